"""sitemap.xml with real lastmod dates, and robots.txt pointing at it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from xml.sax.saxutils import escape


def sitemap_xml(
    entries: Sequence[tuple[str, str]], alternates: Mapping[str, Sequence[tuple[str, str]]] | None = None
) -> str:
    """entries: (absolute URL, ISO date) pairs, one per page, in the order given.

    alternates: per URL, (hreflang, URL) of the same page in every language (x-default included): the
    sitemap form of hreflang, which Material's language switcher also reads to find a page's counterpart.
    """
    alternates = alternates or {}
    urls = "".join(
        f"<url><loc>{escape(url)}</loc><lastmod>{date}</lastmod>"
        + "".join(
            f'<xhtml:link rel="alternate" hreflang="{escape(lang)}" href="{escape(href)}"/>'
            for lang, href in alternates.get(url, ())
        )
        + "</url>\n"
        for url, date in entries
    )
    namespaces = ' xmlns:xhtml="http://www.w3.org/1999/xhtml"' if alternates else ""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"{namespaces}>\n'
        f"{urls}</urlset>\n"
    )


def hreflang_alternates(
    site_url: str, editions: Sequence[tuple[str, str, Sequence[str]]]
) -> dict[str, list[tuple[str, str]]]:
    """Per page URL, its counterparts: editions are (language, folder in the site, page URLs), the first the
    x-default; a page path present in several editions gets them all, itself included (hreflang is reciprocal)."""
    if len(editions) < 2:
        return {}
    by_path: dict[str, list[tuple[str, str]]] = {}
    for language, prefix, urls in editions:
        for url in urls:
            by_path.setdefault(url.removeprefix(site_url + prefix), []).append((language, url))
    found = {}
    for pairs in by_path.values():
        if len(pairs) > 1:
            with_default = [*pairs, ("x-default", pairs[0][1])] if pairs[0][0] == editions[0][0] else pairs
            for _, url in pairs:
                found[url] = with_default
    return found


def robots_txt(sitemap_url: str) -> str:
    return f"User-agent: *\nAllow: /\n\nSitemap: {sitemap_url}\n"
