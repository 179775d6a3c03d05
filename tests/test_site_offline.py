"""The built site references no host but its own: no CDN, no web fonts, no analytics.

Comments are stripped first (licence headers name their authors' sites). Material's own bundle keeps a
few references to other hosts for features this site does not use; they are listed below with the
reason, only for Material's files, and the browser tests and the CSP (connect-src 'self') prove that
none is ever requested.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.support import ROOT, runtime_path

# Absolute URLs in attributes, CSS url(...) and @import, and JS string literals.
URL = re.compile(r"""(?:https?:)?//([A-Za-z0-9.-]+\.[A-Za-z]{2,})(?::\d+)?[/"')`\s]""")
# Links a reader may follow (sources, consoles) are not requests the page makes: their targets are skipped,
# and so is page text (a URL quoted in an error message). Tags, scripts and styles are what can fetch.
LINK_TARGETS = re.compile(r"""<a\s[^>]*?href=["'][^"']*["']""", re.I)
# A page's description (for search results and share cards) is text too, even when it names a base URL,
# in its meta tags and in its JSON-LD block, which browsers never run or fetch from; so is a JSON data
# block (the widgets' words, the error lookup's answers on a zh-TW page, which quote API hosts).
JSON_LD = re.compile(r"""<script type="application/(?:ld\+)?json"[^>]*>.*?</script>""", re.S)
DESCRIPTION_METAS = re.compile(
    r"""<meta\s+(?:name|property)=["'](?:description|og:description|twitter:description)["']\s+content="[^"]*["]""",
    re.I,
)
HTML_FETCHERS = re.compile(r"<(script|style)\b[^>]*>.*?</\1>|<[^>]+>", re.I | re.S)
COMMENTS = re.compile(r"/\*.*?\*/|<!--.*?-->|\\3c\s?!--.*?--(?:>|\\3e)|(?m:(?:^|(?<=\s))//[^\n]*)", re.S)
# Hosts that appear as identifiers, never requested: XML namespaces and the schema.org vocabulary.
NAMESPACES = {"www.w3.org", "www.sitemaps.org", "schema.org"}
MATERIAL_DORMANT = {
    "unpkg.com": "mermaid and a ResizeObserver polyfill, loaded only for diagrams or very old browsers",
    "api.github.com": "repository stars and forks, fetched only when mkdocs.yml sets repo_url",
    "bit.ly": "a link printed in a console warning about an invalid search query",
    "github.com": "links inside error strings of the word segmenter bundled with the search index",
    # Zensical's bundle (scripts/build-zensical): the same dormant features, and one more.
    "cdn.jsdelivr.net": "Pyodide for Zensical's code-execution blocks (data-md-exec), which this site has none of",
}


def _own_host() -> str:
    for line in (ROOT / "mkdocs.yml").read_text(encoding="utf-8").splitlines():
        if line.startswith("site_url:"):
            return line.split("//", 1)[1].split("/", 1)[0]
    raise AssertionError("mkdocs.yml has no site_url")


def referenced_hosts(text: str) -> set[str]:
    """Hosts named by absolute URLs in the text outside comments."""
    return {m.group(1).lower() for m in URL.finditer(COMMENTS.sub("", text))}


def html_request_surface(page: str) -> str:
    """The parts of an HTML page that can make the browser fetch: tags (minus link targets), scripts, styles."""
    without_links = DESCRIPTION_METAS.sub("<meta", LINK_TARGETS.sub("<a", JSON_LD.sub("", page)))
    return " ".join(m.group(0) for m in HTML_FETCHERS.finditer(without_links))


def test_host_scan_finds_foreign_hosts_and_skips_comments() -> None:
    sample = (
        '<link href="https://fonts.googleapis.com/css?family=Roboto"> @import url(//cdn.example.net/x.css)'
        "/* see https://licence.example.com/ */ <!-- https://comment.example.com/ -->\n"
        "url('data:image/svg+xml,\\3c !--! https://css-svg.example.com/ --\\3e')"
        '  // https://line-comment.example.com/\nfetch("https://api.example.com/v1")'
    )
    assert referenced_hosts(sample) == {"fonts.googleapis.com", "cdn.example.net", "api.example.com"}


def test_link_targets_and_page_text_are_not_requests() -> None:
    page = (
        '<p>See <a class="x" href="https://docs.example.com/page">https://docs.example.com/page</a> and '
        "<code>https://text.example.com/</code></p>"
        '<meta name="description" content="Use https://base.example.com/v1 as the base.">'
        '<meta http-equiv="refresh" content="0; url=https://refresh.example.net/">'
        '<script type="application/ld+json">{"description": "Use https://base.example.com/v1"}</script>'
        '<img src="https://img.example.net/x.png"><script>fetch("https://api.example.org/v1")</script>'
    )
    assert referenced_hosts(html_request_surface(page)) == {"img.example.net", "api.example.org", "refresh.example.net"}


@pytest.mark.parametrize("suffix", [".html", ".css", ".js"])
def test_no_foreign_host_in_built_files(engine_site: Path, suffix: str) -> None:
    built_site = engine_site  # each engine's build (tests/conftest.py)
    allowed = NAMESPACES | {_own_host()}
    offenders: dict[str, set[str]] = {}
    files = [p for p in built_site.rglob(f"*{suffix}") if "pyodide" not in p.parts]
    assert files, f"no {suffix} file was built"
    for path in files:
        relative = path.relative_to(built_site)
        text = path.read_text(encoding="utf-8", errors="replace")
        hosts = referenced_hosts(html_request_surface(text) if suffix == ".html" else text) - allowed
        if relative.parts[:2] == ("assets", "javascripts") or relative.parts[1:3] == ("assets", "javascripts"):
            hosts -= MATERIAL_DORMANT.keys()
        if hosts:
            offenders[relative.as_posix()] = hosts
    assert offenders == {}


def test_pyodide_runtime_is_self_hosted(engine_site: Path) -> None:
    built_site = engine_site
    runtime = built_site / runtime_path()
    assert (runtime / "pyodide.asm.wasm").stat().st_size > 1_000_000
    assert (runtime / "python_stdlib.zip").is_file()
    assert list((built_site / "assets" / "checker").glob("checker-*.whl")) != []


def test_shipped_lock_file_lists_no_package(engine_site: Path) -> None:
    """The browser downloads the lock on every cold start; the site needs none of Pyodide's packages."""
    built_site = engine_site
    shipped = json.loads((built_site / runtime_path() / "pyodide-lock.json").read_text(encoding="utf-8"))
    original = json.loads((ROOT / "node_modules" / "pyodide" / "pyodide-lock.json").read_text(encoding="utf-8"))
    assert shipped == {"info": original["info"], "packages": {}}
