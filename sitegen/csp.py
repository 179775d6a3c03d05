"""Content-Security-Policy without 'unsafe-inline': hash every inline script the pages carry.

One policy for the whole site: Material's inline scripts differ with page depth, and instant navigation
keeps the first page's policy while it swaps in others, so each page must allow the scripts of all.
JSON-LD and Material's JSON config are data blocks, which browsers never execute and CSP does not check.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import html
import re
from collections.abc import Iterable
from pathlib import Path

# A script element is its start tag and the first end tag after it (what `<script ...>.*?</script>` matches),
# found by two searches: one regex whose lazy body is tried at every character of the element takes twice
# as long over a 150 KB page.
_SCRIPT_START = re.compile(r"<script(?P<attrs>[^>]*)>", re.IGNORECASE)
_SCRIPT_END = re.compile(r"</script>", re.IGNORECASE)
_TYPE = re.compile(r"""\btype\s*=\s*["']?(?P<type>[^"'\s>]+)""", re.IGNORECASE)
_SRC = re.compile(r"\bsrc\s*=", re.IGNORECASE)
_JS_TYPES = {"", "text/javascript", "application/javascript", "module"}

# Directives a <meta> policy can carry. frame-ancestors, report-uri and sandbox are ignored there.
BASE_DIRECTIVES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("default-src", ("'none'",)),
    ("script-src", ("'self'", "'wasm-unsafe-eval'")),
    ("connect-src", ("'self'",)),
    ("worker-src", ("'self'",)),
    ("style-src", ("'self'",)),
    ("img-src", ("'self'", "data:")),
    ("font-src", ("'self'",)),
    ("base-uri", ("'none'",)),
    ("form-action", ("'none'",)),
)
HEADER_ONLY_DIRECTIVES: tuple[tuple[str, tuple[str, ...]], ...] = (("frame-ancestors", ("'none'",)),)


def inline_script_hashes(page_html: str) -> set[str]:
    """CSP source expressions ('sha256-...') for every inline script a browser would execute."""
    found = set()
    position = 0
    while (start := _SCRIPT_START.search(page_html, position)) is not None:
        end = _SCRIPT_END.search(page_html, start.end())
        if end is None:  # no end tag after this one, so none after any later start tag either
            break
        position = end.end()
        attrs = start["attrs"]
        if _SRC.search(attrs):
            continue
        type_match = _TYPE.search(attrs)
        if (type_match["type"].lower() if type_match else "") not in _JS_TYPES:
            continue
        found.add(script_hash(page_html[start.end() : end.start()]))
    return found


@functools.lru_cache(maxsize=4096)
def script_hash(body: str) -> str:
    """The source expression of one script's text; kept, since every page repeats the theme's few scripts."""
    return f"'sha256-{base64.b64encode(hashlib.sha256(body.encode('utf-8')).digest()).decode()}'"


def policy(hashes: Iterable[str], *, for_header: bool) -> str:
    directives = list(BASE_DIRECTIVES) + (list(HEADER_ONLY_DIRECTIVES) if for_header else [])
    parts = []
    for name, values in directives:
        extra = tuple(sorted(hashes)) if name == "script-src" else ()
        parts.append(" ".join((name, *values, *extra)))
    return "; ".join(parts)


_META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="[^"]*">')
_META_START = '<meta http-equiv="Content-Security-Policy" content="'
_CHARSET = re.compile(r"<meta charset=[^>]*>", re.IGNORECASE)
_HEAD = re.compile(r"<head[^>]*>")


def meta_tag(meta_policy: str) -> str:
    return f'<meta http-equiv="Content-Security-Policy" content="{html.escape(meta_policy)}">'


def meta_span(page_html: str) -> tuple[int, int] | None:
    """Where the policy goes: the span of the page's first policy meta (replaced), else the empty span
    after <meta charset> or <head> (a meta policy only covers what comes after it); None: no <head>."""
    # str.find first: the same first match as _META.search, without running the regex over the whole page.
    start = page_html.find(_META_START)
    while start >= 0:
        if found := _META.match(page_html, start):
            return found.span()
        start = page_html.find(_META_START, start + 1)
    anchor = _CHARSET.search(page_html) or _HEAD.search(page_html)
    return None if anchor is None else (anchor.end(), anchor.end())


def insert_meta(page_html: str, meta_policy: str) -> str:
    """Put the policy first in <head> (a meta policy only covers what comes after it).

    A page that already has one (an unchanged page of a `--dirty` build) gets it replaced, never a second.
    """
    span = meta_span(page_html)
    if span is None:
        return page_html
    return page_html[: span[0]] + meta_tag(meta_policy) + page_html[span[1] :]


def site_policy(site_dir: Path) -> str:
    """The header policy for a built site: every inline script of every HTML page allowed by its hash."""
    hashes: set[str] = set()
    for page in sorted(site_dir.rglob("*.html")):
        hashes |= inline_script_hashes(page.read_text(encoding="utf-8"))
    return policy(hashes, for_header=True)
