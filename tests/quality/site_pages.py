"""Which pages the quality gates look at: every built page, one page per type, and the Lighthouse sample."""

from __future__ import annotations

from pathlib import Path

# Lighthouse is slow (~12 s a page), so it runs on one page of each kind readers land on.
LIGHTHOUSE_SAMPLE = {
    "home": "",
    "guide": "get-a-key/openai/",
    "faq": "faq/",
    "key-checker": "key-checker/",
}
ERROR_PAGES = "errors/"


def page_paths(site: Path) -> list[str]:
    """URL path (relative to the site root) of every HTML page: '' for home, 'faq/' for faq/index.html."""
    paths = []
    for html in sorted(site.rglob("*.html")):
        relative = html.relative_to(site).as_posix()
        if relative.startswith("_deploy/"):
            continue
        paths.append(relative.removesuffix("index.html"))
    return paths


def page_types(paths: list[str]) -> dict[str, str]:
    """One page per type: a type is the first path segment plus whether the page is a section index
    or a page inside one (depth), so every template and every generated kind of page is covered."""
    types: dict[str, str] = {}
    for path in paths:
        segments = path.strip("/").split("/") if path.strip("/") else []
        name = "home" if not segments else segments[0].removesuffix(".html")
        if len(segments) > 1:
            name += "-" + ("page" if len(segments) == 2 else f"depth{len(segments)}")
        types.setdefault(name, path)
    return types


def lighthouse_sample(paths: list[str]) -> dict[str, str]:
    """The Lighthouse pages: home, a guide, an error page, the FAQ and the key checker."""
    sample = dict(LIGHTHOUSE_SAMPLE)
    error_pages = [p for p in paths if p.startswith(ERROR_PAGES) and p.count("/") >= 3]
    sample["error"] = error_pages[0] if error_pages else ERROR_PAGES + "<none built>/"
    return sample
