"""Per-page head metadata: meta description fallback, Open Graph and Twitter tags, and where they go."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from sitegen.faq import html_to_text

_FIRST_PARAGRAPH = re.compile(r"<p\b[^>]*>(.*?)</p>", re.DOTALL)
MAX_DESCRIPTION = 160


def description_from_content(content_html: str) -> str | None:
    """The page's first paragraph as a meta description (cut at a word boundary), or None."""
    for match in _FIRST_PARAGRAPH.finditer(content_html):
        text = html_to_text(match[1])
        if len(text) >= 30:
            return shorten(text, MAX_DESCRIPTION)
    return None


def shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:.")
    return cut + "…"


@dataclass(frozen=True)
class ShareImage:
    """A page's share card: its absolute URL, size in pixels and text alternative."""

    url: str
    width: int
    height: int
    alt: str


def social_tags(
    *,
    title: str,
    description: str,
    url: str,
    site_name: str,
    is_home: bool,
    locale: str,
    image: ShareImage | None = None,
) -> str:
    """Open Graph and Twitter card tags; with an image, the large card that shows it."""
    pairs = [
        ("property", "og:type", "website" if is_home else "article"),
        ("property", "og:site_name", site_name),
        ("property", "og:title", title),
        ("property", "og:description", description),
        ("property", "og:url", url),
        ("property", "og:locale", locale),
    ]
    if image is not None:
        pairs += [
            ("property", "og:image", image.url),
            ("property", "og:image:type", "image/png"),
            ("property", "og:image:width", str(image.width)),
            ("property", "og:image:height", str(image.height)),
            ("property", "og:image:alt", image.alt),
        ]
    pairs += [
        ("name", "twitter:card", "summary_large_image" if image is not None else "summary"),
        ("name", "twitter:title", title),
        ("name", "twitter:description", description),
    ]
    return "".join(f'<meta {attr}="{key}" content="{html.escape(value)}">' for attr, key, value in pairs)


def insert_before_head_end(page_html: str, fragment: str) -> str:
    index = page_html.find("</head>")
    if index < 0:
        return page_html
    return page_html[:index] + fragment + page_html[index:]
