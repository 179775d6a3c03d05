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

# A translated edition has the English site's pages and templates: the gates check every English page and
# these of each edition (home, the 404 page, the FAQ, the key checker, a guide, a status page, an error
# page), so the second language adds minutes, not a second suite. Links are followed from them to all.
EDITIONS = ("zh-TW/",)
EDITION_SAMPLE = (
    "",
    "404.html",
    "faq/",
    "key-checker/",
    "get-a-key/openai/",
    "errors/status/401/",
    "errors/openai/401-invalid-api-key/",
)


def page_paths(site: Path, *, every_edition_page: bool = False) -> list[str]:
    """URL path (relative to the site root) of every HTML page: '' for home, 'faq/' for faq/index.html;
    of a translated edition only EDITION_SAMPLE, unless every_edition_page."""
    paths = []
    for html in sorted(site.rglob("*.html")):
        relative = html.relative_to(site).as_posix()
        if relative.startswith("_deploy/"):
            continue
        path = relative.removesuffix("index.html")
        edition = next((e for e in EDITIONS if path.startswith(e)), None)
        if edition is None or every_edition_page or path.removeprefix(edition) in EDITION_SAMPLE:
            paths.append(path)
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
    # The zh-TW edition: its home, the FAQ (FAQPage markup in Chinese) and the same error page.
    sample.update({f"zh-TW-{k}": "zh-TW/" + sample[k] for k in ("home", "faq", "error")})
    return sample
