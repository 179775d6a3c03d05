"""The CSP meta put into each page as the engine writes it, so the finish step need not read and rewrite
every built page (at 2,500 pages of 150 KB, that second pass was a fifth of the plugin's cost).

The site's one policy allows the inline scripts of every page (sitegen.csp), so it is known only after
the last page. A build starts from the script hashes the previous build ended with (kept in the build's
cache folder): each page gets the meta of that policy as it is written, and its own hashes are noted.
sitegen.finish.apply_csp then compares the final hashes with that guess: the same (any build that changed
no inline script), and no page is touched again; different, and every page is rewritten with the right
policy, as a build without a guess does. So the guess saves time and never decides the output.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sitegen import csp, seo
from sitegen.finish import WrittenPages

HASHES_FILE = "csp-script-hashes"
"""In the build's cache folder: the previous build's inline-script hashes, one a line."""


@dataclass
class PagePolicy:
    """The guessed policy of one build, and the hashes of the pages written with it."""

    allowed: frozenset[str]
    _tag: str = field(init=False)
    _hashes: dict[str, frozenset[str]] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        self._tag = csp.meta_tag(csp.policy(self.allowed, for_header=False))

    def add(self, path: str, page_html: str, head_markup: str = "") -> str:
        """The page with head_markup before </head> and the guessed meta first in <head>; notes its hashes.

        path: where the page is written in the site ('/' separators). The same text as
        csp.insert_meta(seo.insert_before_head_end(page_html, head_markup), policy), made in one copy of
        the page instead of two (a page of a large site is 150 KB, and this runs for every page).
        """
        end = page_html.find("</head>")
        span = csp.meta_span(page_html)
        if end >= 0 and span is not None and span[1] <= end and csp.meta_span(head_markup) is None:
            page_html = "".join(
                (page_html[: span[0]], self._tag, page_html[span[1] : end], head_markup, page_html[end:])
            )
        else:  # no </head>, or the head markup holds where the meta would go: one step after the other
            page_html = seo.insert_before_head_end(page_html, head_markup)
            span = csp.meta_span(page_html)
            if span is not None:
                page_html = page_html[: span[0]] + self._tag + page_html[span[1] :]
        self._hashes[path] = frozenset(csp.inline_script_hashes(page_html))
        return page_html

    def written(self) -> WrittenPages:
        return WrittenPages(self.allowed, dict(self._hashes))


def load(cache_dir: Path) -> PagePolicy | None:
    """The guess from the previous build's hashes, or None (no build yet: the finish step does it all)."""
    try:
        text = (cache_dir / HASHES_FILE).read_text(encoding="utf-8")
    except OSError:
        return None
    return PagePolicy(frozenset(text.split()))


def remember(cache_dir: Path, hashes: Iterable[str]) -> None:
    """Keep this build's hashes for the next one's guess."""
    try:  # only a guess: a folder that cannot be written means the next build does the full pass
        cache_dir.mkdir(parents=True, exist_ok=True)
        (cache_dir / HASHES_FILE).write_text("".join(h + "\n" for h in sorted(hashes)), encoding="utf-8")
    except OSError:
        return
