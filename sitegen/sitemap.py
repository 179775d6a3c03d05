"""sitemap.xml with real lastmod dates, and robots.txt pointing at it."""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape


def sitemap_xml(entries: Sequence[tuple[str, str]]) -> str:
    """entries: (absolute URL, ISO date) pairs, one per page, in the order given."""
    urls = "".join(f"<url><loc>{escape(url)}</loc><lastmod>{date}</lastmod></url>\n" for url, date in entries)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"{urls}</urlset>\n"
    )


def robots_txt(sitemap_url: str) -> str:
    return f"User-agent: *\nAllow: /\n\nSitemap: {sitemap_url}\n"
