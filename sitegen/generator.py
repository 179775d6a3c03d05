"""The generator's build-time state and steps, in plain values: no MkDocs object crosses this line.

The plugin turns MkDocs' pages and files into the strings and paths used here, so the whole pipeline
(data -> pages, tags -> tables, page -> head markup) runs and is tested without MkDocs.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from checker.providers import Provider
from sitegen import errorcatalog, errorpages, faq, jsonld, providerpages, seo, statuspages, tables, tags
from sitegen.errors import BuildError
from sitegen.flowchart import Flowchart
from sitegen.gitdates import FileDates
from sitegen.links import relative_to_page, relink
from sitegen.models import Cell, Dataset, FaqEntry, Source, Topic
from sitegen.tables import ProviderLike

PROVIDERS_FILE = "checker/providers.py"
"""Where checker.PROVIDERS is written: the dates of the generated provider pages come from its history."""

FAQ_TAG = "faq"


@dataclass(frozen=True)
class SiteInfo:
    name: str
    url: str  # ends with "/"
    author: str
    language: str
    docs_prefix: str  # docs/ relative to the repository root, e.g. "docs/"


@dataclass(frozen=True)
class PageInfo:
    src_uri: str
    url: str  # absolute canonical URL
    title: str
    description: str
    is_home: bool
    crumbs: tuple[jsonld.Crumb, ...]
    meta_updated: str | None = None  # an explicit `updated:` date in the page's front matter
    image: seo.ShareImage | None = None  # the page's share card (sitegen.cards)


@dataclass
class SiteGenerator:
    dataset: Dataset
    providers: Mapping[str, Provider]
    git_dates: Mapping[str, FileDates]
    render_markdown: Callable[[str], str]
    site: SiteInfo
    flowchart: Flowchart | None = None  # data/flowchart.yml, checked at load; None where no page needs it
    entry_added: Mapping[tuple[str, str], str] = field(default_factory=dict)  # (data file, error id) -> git day
    _faq_markup: dict[str, list[FaqEntry]] = field(default_factory=dict)
    _sources: dict[str, tuple[str, str]] = field(default_factory=dict)  # generated page -> (data file, checked)

    # --- generated pages -------------------------------------------------------------------------

    def error_titles(self) -> dict[str, str]:
        """Every error ref with the heading of its page: the text of links to it."""
        return {e.ref: errorpages.heading(e, c.provider_name) for c in self.dataset.catalogs for e in c.errors}

    def error_answers(self) -> dict[str, tuple[str, str]]:
        """Every error ref with its page's heading and its first fix as plain text, in the build's words (an
        edition's build has its overlays laid over the data): what the error lookup shows of an entry."""
        return {
            e.ref: (errorpages.heading(e, c.provider_name), errorcatalog.plain(e.fixes[0]))
            for c in self.dataset.catalogs
            for e in c.errors
        }

    def generated_pages(self) -> list[tuple[str, str]]:
        """(src_uri, Markdown) of every page made from data."""
        titles = self.error_titles()
        pages = []
        for catalog in self.dataset.catalogs:
            newest = max(e.checked for e in catalog.errors)
            uri = errorpages.provider_index_uri(catalog.provider)
            pages.append((uri, errorpages.render_provider_index(catalog)))
            self._sources[uri] = (catalog.source_file, newest)
            for entry in catalog.errors:
                added = self.entry_added.get((catalog.source_file, entry.id))
                page = errorpages.render_error_page(entry, catalog.provider_name, titles, added)
                pages.append((entry.src_uri, page))
                self._sources[entry.src_uri] = (catalog.source_file, entry.checked)
        if self.dataset.catalogs:
            pages.append((errorpages.ERRORS_INDEX, errorpages.render_errors_index(self.dataset.catalogs)))
            newest_all = max(e.checked for e in self.dataset.all_errors())
            self._sources[errorpages.ERRORS_INDEX] = (self.dataset.catalogs[0].source_file, newest_all)
            for uri, page in statuspages.generated(self.dataset.catalogs):
                pages.append((uri, page))
                self._sources[uri] = (self.dataset.catalogs[0].source_file, newest_all)
        for provider_id in providerpages.generated_ids(self.providers):
            provider = self.providers[provider_id]
            uri = providerpages.guide_uri(provider_id)
            pages.append((uri, providerpages.render_provider_page(provider)))
            self._sources[uri] = (PROVIDERS_FILE, providerpages.newest_checked(provider))
        return pages

    def extend_nav(self, nav: list[object]) -> list[object]:
        """mkdocs.yml's nav with the generated pages in it: the provider guides join the "get a key"
        section, and each provider's error pages are listed under its error index."""
        nav = providerpages.with_nav_section(nav, providerpages.nav_entries(self.providers))
        return errorpages.with_error_pages_in_nav(nav, self.dataset.catalogs)

    # --- checks that need the pages --------------------------------------------------------------

    def check_faq_pages(self, page_markdown: Mapping[str, str], faq_file: str) -> None:
        """Every page an FAQ entry names exists and carries the faq tag."""
        problems = []
        for entry in self.dataset.faq:
            for page in entry.pages:
                if page not in page_markdown:
                    problems.append(f"{faq_file}: entry '{entry.id}': field 'pages': no page {page!r} in docs/")
                elif FAQ_TAG not in tags.tag_names(page_markdown[page], page):
                    problems.append(
                        f"{faq_file}: entry '{entry.id}': field 'pages': page {page!r} has no "
                        f"'<!-- keybase:{FAQ_TAG} -->' line to show it"
                    )
        if problems:
            raise BuildError("\n  ".join(["invalid data; no site was written:", *problems]))

    # --- tags in pages ---------------------------------------------------------------------------

    def tag_handlers(self, src_uri: str) -> dict[str, tags.Handler]:
        """The handlers of this generator's tags on one page (tags.expand_tags): tables and FAQ blocks."""
        provider_ids = list(self.providers)
        topic_ids = [t.id for t in self.dataset.topics]
        catalog_ids = [c.provider for c in self.dataset.catalogs]

        def pick_providers(tag: tags.Tag) -> list[ProviderLike]:
            ids = tags.id_list(tag, "providers", provider_ids, src_uri)
            return [self.providers[i] for i in (ids if ids is not None else provider_ids)]

        def faq_block(tag: tags.Tag) -> str:
            level = int(tag.args.get("level", "2"))
            if not 2 <= level <= 4:
                raise BuildError(f"{src_uri}:{tag.line}: tag keybase:faq: level must be 2, 3 or 4")
            entries = faq.entries_for_page(self.dataset.faq, src_uri)
            self._faq_markup[src_uri] = [e for e in entries if e.markup_on == src_uri]
            return faq.render_faq_block(entries, src_uri, level, self.error_titles())

        def comparison(tag: tags.Tag) -> str:
            ids = tags.id_list(tag, "topics", ["console", *topic_ids], src_uri)
            chosen = [t for t in self._topics() if ids is None or t.id in ids]
            wanted = tags.id_list(tag, "providers", provider_ids, src_uri)
            covered = {p for t in chosen if t.id != "console" for p, _ in t.cells}
            columns = [
                (p.id, p.name)
                for p in self.providers.values()
                if (wanted is not None and p.id in wanted) or (wanted is None and p.id in covered)
            ]
            return relink(tables.comparison_table(chosen, columns), src_uri)

        def error_list(tag: tags.Tag) -> str:
            ids = tags.id_list(tag, "provider", catalog_ids, src_uri) or catalog_ids
            chosen = [e for c in self.dataset.catalogs if c.provider in ids for e in c.errors]
            return errorpages.error_table(chosen, src_uri)

        return {
            FAQ_TAG: faq_block,
            "comparison": comparison,
            "key-formats": lambda tag: tables.key_format_table(pick_providers(tag)),
            "providers": lambda tag: tables.provider_overview_table(
                pick_providers(tag),
                {p: relative_to_page(providerpages.guide_uri(p), src_uri) for p in provider_ids},
            ),
            "storage": lambda _: tables.storage_table(self.dataset.storage),
            "errors": error_list,
        }

    def _topics(self) -> list[Topic]:
        """The data's topics after a console row built from PROVIDERS (the one source of console URLs)."""
        console = Topic(
            "console",
            "Console",
            tuple(
                (
                    p.id,
                    Cell(
                        f"<{p.console_url}>",
                        tuple(Source(s.title, s.url) for s in p.sources[:1]),
                        max(s.checked for s in p.sources),
                        uncertain=False,
                        note=None,
                    ),
                )
                for p in self.providers.values()
                if p.sources
            ),
        )
        return [console, *self.dataset.topics]

    # --- dates -----------------------------------------------------------------------------------

    def page_dates(self, src_uri: str, meta_updated: str | None) -> tuple[str, str]:
        """(published, modified) of a page: git history of its source, else the data's checked date.

        A hand-written page git does not know yet falls back to its `updated:` front matter, then to the
        newest checked date of the data. The build date is never used.
        """
        newest_data = max(date for _, date in self.dataset.file_dates)
        if src_uri in self._sources:
            data_file, checked = self._sources[src_uri]
            known = self.git_dates.get(data_file)
            if known is None:
                return checked, checked
            return min(known.created, checked), max(known.modified, checked)
        known = self.git_dates.get(self.site.docs_prefix + src_uri)
        if known is not None:
            return known.created, known.modified
        fallback = meta_updated or newest_data
        return fallback, fallback

    # --- head markup -----------------------------------------------------------------------------

    def head_html(self, page: PageInfo) -> str:
        """Open Graph / Twitter tags and every JSON-LD block of one page."""
        published, modified = self.page_dates(page.src_uri, page.meta_updated)
        return head_markup(self.site, page, published, modified, self.faq_items(page.src_uri))

    def faq_items(self, src_uri: str) -> list[dict[str, object]]:
        """The FAQPage questions of a page whose faq tag was expanded (its entries marked up there)."""
        marked = self._faq_markup.get(src_uri, [])
        return faq.faq_page_items(marked, self.render_markdown) if marked else []


def head_markup(
    site: SiteInfo, page: PageInfo, published: str, modified: str, faq_items: Sequence[dict[str, object]]
) -> str:
    """Open Graph / Twitter tags and every JSON-LD block of one page, from plain values (any engine's page)."""
    parts = [
        seo.social_tags(
            title=page.title,
            description=page.description,
            url=page.url,
            site_name=site.name,
            is_home=page.is_home,
            locale=site.language,
            image=page.image,
        )
    ]
    if len(page.crumbs) > 1:
        parts.append(jsonld.script_tag(jsonld.breadcrumb_list(page.crumbs)))
    if page.is_home:
        parts.append(jsonld.script_tag(jsonld.website(site.name, site.url, page.description, site.language)))
    else:
        article = jsonld.Article(
            headline=page.title,
            description=page.description,
            url=page.url,
            date_published=published,
            date_modified=modified,
            author=site.author,
            publisher=site.name,
            publisher_url=site.url,
            language=site.language,
        )
        parts.append(jsonld.script_tag(jsonld.tech_article(article)))
    if faq_items:
        parts.append(jsonld.script_tag(jsonld.faq_page(list(faq_items), page.url)))
    return "".join(parts)


def url_crumbs(
    page_url: str, title: str, titles_by_url: Mapping[str, str], site_url: str, home_title: str
) -> tuple[jsonld.Crumb, ...]:
    """Breadcrumbs from the URL's folders: Home, each ancestor that is a page, then the page itself."""
    crumbs = [jsonld.Crumb(home_title, site_url)]
    parts = [p for p in page_url.strip("/").split("/") if p]
    for depth in range(1, len(parts)):
        ancestor = "/".join(parts[:depth]) + "/"
        if ancestor in titles_by_url:
            crumbs.append(jsonld.Crumb(titles_by_url[ancestor], site_url + ancestor))
    if parts:
        crumbs.append(jsonld.Crumb(title, site_url + page_url))
    return tuple(crumbs)


def nav_crumbs(
    sections: Sequence[tuple[str, str | None]], page_url: str, title: str, site_url: str, home_title: str
) -> tuple[jsonld.Crumb, ...]:
    """Breadcrumbs from the nav: Home, each enclosing section that has an index page, then the page.

    sections: (title, index page URL or None), outermost first.
    """
    crumbs = [jsonld.Crumb(home_title, site_url)]
    crumbs += [jsonld.Crumb(name, site_url + url) for name, url in sections if url is not None and url != page_url]
    if page_url:
        crumbs.append(jsonld.Crumb(title, site_url + page_url))
    return tuple(crumbs)
