"""Markdown links in data are written relative to docs/; a page needs them relative to itself."""

from __future__ import annotations

import functools
import posixpath
import re

# An inline link target: "](target)" or "](target "title")". Only .md targets are rewritten.
_LINK = re.compile(r"\]\((?P<target>[^)\s]+\.md(?:#[^)\s]*)?)(?P<rest>(?:\s+\"[^\"]*\")?\))")
_EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|/|#)", re.IGNORECASE)


def relative_to_page(docs_path: str, page_src_uri: str) -> str:
    """docs_path (e.g. "store/index.md#rotate") as a link from the page at page_src_uri."""
    path, hash_, anchor = docs_path.partition("#")
    return _relpath(path, posixpath.dirname(page_src_uri) or ".") + hash_ + anchor


@functools.lru_cache(maxsize=65536)
def _relpath(path: str, start: str) -> str:
    """posixpath.relpath, kept: it asks the OS for the working folder twice a call, and a large site's
    generated pages make tens of thousands of links between the same few hundred folders and pages."""
    return posixpath.relpath(path, start)


def relink(markdown: str, page_src_uri: str) -> str:
    """Rewrite every docs-relative .md link in markdown for the page at page_src_uri."""

    def fix(match: re.Match[str]) -> str:
        target = match["target"]
        if _EXTERNAL.match(target):
            return match[0]
        return f"]({relative_to_page(target, page_src_uri)}{match['rest']}"

    return _LINK.sub(fix, markdown)
