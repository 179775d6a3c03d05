"""A page's Markdown with its page tags expanded and its announced changes worded: text in, text out.

Both engines get the same text from here: the MkDocs plugin calls `PageExpander.expand` for each page it
renders, and `python -m sitegen pages` for each page it writes into the folder another engine builds from.

Why not a Python-Markdown extension (the issue asked for one): an extension is told its options, not the
page it renders. MkDocs (1.6, pages.py) builds one Markdown instance per page from `markdown_extensions`
and then registers its own private tree processors that know the file; Zensical 0.0.73 (markdown/render.py)
puts the page in a ContextExtension whose comments tie it to autorefs, mkdocstrings and markdown-exec.
Reading either means depending on an engine's internals. And a tag needs the whole site, not only its
page: the URL of every docs path (links, relative asset paths), other pages' Markdown (the checker's
finding links) and the generated pages; and it yields data the head markup needs later (the page's
FAQPage entries), which an extension would have to smuggle out of the engine. So the tags are expanded
before any engine runs, by this one function; `sitegen.tags` stays pure, text in and text out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from checker import PROVIDERS
from sitegen import findinglinks, flowchart_embed, freshness, scheduled, tags, widgets
from sitegen.errors import BuildError
from sitegen.generator import SiteGenerator


@dataclass(frozen=True)
class SitePage:
    """What the expansion needs of any page of the site: its site-relative URL and its Markdown."""

    url: str
    markdown: str


@dataclass
class PageExpander:
    """Expands the tags of every page of one build. site_page: a docs path's page, or None."""

    generator: SiteGenerator
    paths: widgets.SitePaths
    site_page: Callable[[str], SitePage | None]
    today: str  # the build day: announced changes are worded for it
    _links: findinglinks.FindingLinks | None = field(default=None, init=False)

    def finding_links(self) -> findinglinks.FindingLinks:
        """Every finding's page, read and checked once per build, when the first page needs it."""
        if self._links is None:

            def read(path: str) -> findinglinks.PageSource | None:
                found = self.site_page(path)
                return None if found is None else findinglinks.PageSource(found.url, found.markdown)

            self._links = findinglinks.resolve(read)
        return self._links

    def scheduled(self, text: str, where: str) -> str:
        """Announced changes in text, worded for the build day (sitegen.scheduled)."""
        return scheduled.expand(text, freshness.changes_by_ref(PROVIDERS), self.today, where)

    def expand(self, source: str, page_url: str, markdown: str) -> str:
        """The page's Markdown, ready for an engine; an unknown tag or bad argument raises BuildError."""
        if "keybase:" not in markdown:  # most pages have no tag: nothing to set up
            return markdown
        gen = self.generator
        # One checker numbering per page: the flowchart's "check my key" step takes its checker from it.
        key_checker = widgets.KeyCheckerTags(
            page_url=page_url, source=source, paths=self.paths, links=self.finding_links
        )
        handlers = tags.combine(
            key_checker.handlers(),
            flowchart_embed.page_handlers(
                page_url=page_url,
                source=source,
                chart=gen.flowchart,
                paths=self.paths,
                page_url_of=lambda path: found.url if (found := self.site_page(path)) else None,
                error_titles=gen.error_titles,  # the validated catalog, not a second read of data/
                error_answers=gen.error_answers,
                key_checker=key_checker,
            ),
            gen.tag_handlers(source),
        )
        markdown = self.scheduled(tags.expand_tags(markdown, handlers, source), source)
        leftover = tags.leftover_tags(markdown, source)
        if leftover:
            raise BuildError(f"{source}:{leftover[0].line}: unknown tag keybase:{leftover[0].name}")
        return markdown
