"""The service worker that keeps the checker and the error lookup working offline after one visit.

The build lists what those pages need (the pages themselves, the scripts and stylesheets they load, the
widget modules, the Pyodide runtime, the checker's manifest, wheel and snapshot) and writes `sw.js` at the
site root with that list and a version made of the listed files' contents: a new build with any change
gets a new cache, and the worker deletes the old one. Pure functions, then one writer.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

from sitegen.filedigest import sha256_of
from sitegen.sitefiles import site_files

SW_FILE = "sw.js"
TEMPLATE = Path(__file__).with_name("offline_sw.js")
WIDGET_MARKERS = ("data-keycheck", "data-error-lookup")
"""Attributes of the widget roots (sitegen/widgets.py, sitegen/flowchart_embed.py): a page holding one is
precached."""
_ASSET = re.compile(r"""<(?:script[^>]*\bsrc|link[^>]*\bhref)=["']?([^"'\s>]+)""", re.IGNORECASE)
_MODULE = re.compile(r"""<script\s[^>]*\btype=["']?module["']?[^>]*\bsrc=["']?([^"'\s>]+)""", re.IGNORECASE)
_SKIPPED = (".gz", ".br", ".map")
FALLBACK_ONLY = ("python_stdlib.zip", ".whl")
"""Ends of the names of files only a plain boot reads (the standard library, the checker wheel): a boot from
the snapshot never fetches them, so the worker copies them only from the browser's HTTP cache, where a
plain boot left them, and never downloads them itself."""


def is_widget_page(page_html: str) -> bool:
    # The plain substring test first: it rules out nearly every page at a fraction of the regex's cost.
    return any(marker in page_html and re.search(rf"\s{marker}[\s=>]", page_html) for marker in WIDGET_MARKERS)


def page_url(path: str) -> str:
    """A built page's URL relative to the site root: folder/index.html -> folder/, index.html -> ./"""
    if path == "index.html":
        return "./"
    return path[: -len("index.html")] if path.endswith("/index.html") else path


def page_assets(page_path: str, page_html: str, files: set[str]) -> set[str]:
    """The built files a page's <script src> and <link href> name (same site, relative links only), and
    every file next to a module script (the modules it imports and the worker it starts live there)."""
    folder = page_path.rsplit("/", 1)[0] + "/" if "/" in page_path else ""

    def resolve(link: str) -> str | None:
        if "://" in link or link.startswith(("/", "data:", "#")):
            return None
        return _normalize(folder + link.split("#", 1)[0].split("?", 1)[0])

    found = {path for link in _ASSET.findall(page_html) if (path := resolve(link)) in files}
    for link in _MODULE.findall(page_html):
        if (module := resolve(link)) in files and module is not None:
            siblings = module.rsplit("/", 1)[0] + "/"
            found |= {f for f in files if f.startswith(siblings) and "/" not in f[len(siblings) :]}
    return found


def _normalize(path: str) -> str:
    parts: list[str] = []
    for part in path.split("/"):
        if part == "..":
            if parts:
                parts.pop()
        elif part not in ("", "."):
            parts.append(part)
    return "/".join(parts)


def precache_list(pages: Mapping[str, str], files: Iterable[str], folders: Iterable[str]) -> list[str]:
    """Every path the worker stores: the widget pages, their assets, and every file under folders."""
    file_set = set(files)
    listed: set[str] = set()
    for path, text in pages.items():
        if is_widget_page(text):
            listed.add(page_url(path))
            listed |= page_assets(path, text, file_set)
    prefixes = tuple(folder.strip("/") + "/" for folder in folders)
    listed |= {f for f in file_set if f.startswith(prefixes)}
    return sorted(p for p in listed if not p.endswith(_SKIPPED))


def version(contents: Mapping[str, bytes]) -> str:
    """A version that changes when any listed path or its content does."""
    return version_of_digests({path: hashlib.sha256(data).hexdigest() for path, data in contents.items()})


def version_of_digests(digests: Mapping[str, str]) -> str:
    """version() from each listed path's sha256 (hex) instead of its content."""
    digest = hashlib.sha256()
    for path in sorted(digests):
        digest.update(path.encode() + b"\0" + bytes.fromhex(digests[path]))
    return digest.hexdigest()[:16]


def fallback_only(precache: Iterable[str]) -> list[str]:
    """The listed paths only a plain boot reads (FALLBACK_ONLY)."""
    return [path for path in precache if path.endswith(FALLBACK_ONLY)]


def render(
    template: str, precache: list[str], immutable: list[str], build_version: str, optional: Iterable[str] = ()
) -> str:
    return (
        template.replace("__VERSION__", build_version)
        .replace("__PRECACHE__", json.dumps(precache, indent=2))
        .replace("__IMMUTABLE__", json.dumps(immutable))
        .replace("__OPTIONAL__", json.dumps(sorted(optional)))
    )


def write_service_worker(
    site_dir: Path, folders: Iterable[str], immutable: Iterable[str], pages: Mapping[str, str] | None = None
) -> list[str]:
    """Write site_dir/sw.js for the built site; returns the precached paths.

    folders: every file under them is precached. immutable: path prefixes of files whose URL changes
    with their content (the worker serves those from its cache first, everything else network first).
    pages: the HTML of at least every page with a widget, by path (None: every page is read from site_dir)."""
    files = site_files(site_dir)
    if pages is None:
        pages = {f: (site_dir / f).read_text(encoding="utf-8") for f in files if f.endswith(".html")}
    precache = precache_list(pages, files, folders)
    # The runtime's and the snapshot's sha256 are kept by file identity (sitegen.filedigest): 25 MB not
    # read and hashed again while they are unchanged.
    digests = {p: sha256_of(site_dir / (p + "index.html" if p.endswith("/") else p)) for p in precache}
    template = TEMPLATE.read_text(encoding="utf-8")
    text = render(template, precache, sorted(immutable), version_of_digests(digests), fallback_only(precache))
    (site_dir / SW_FILE).write_text(text, encoding="utf-8")
    return precache
