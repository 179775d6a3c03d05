"""schema.org JSON-LD builders and the one safe way to put JSON into a <script> element."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Crumb:
    name: str
    url: str  # absolute


def script_tag(data: dict[str, object]) -> str:
    """A JSON-LD <script>. `</` is escaped as `<\\/` (valid JSON) so no text can close the element early."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return f'<script type="application/ld+json">{text}</script>'


def website(name: str, url: str, description: str, language: str) -> dict[str, object]:
    """The home page's WebSite block: Google reads the site's name in search results from it."""
    return {
        "@context": "https://schema.org",
        "@type": "WebSite",
        "name": name,
        "url": url,
        "description": description,
        "inLanguage": language,
    }


def faq_page(questions: list[dict[str, object]], url: str) -> dict[str, object]:
    return {"@context": "https://schema.org", "@type": "FAQPage", "url": url, "mainEntity": questions}


def breadcrumb_list(crumbs: Sequence[Crumb]) -> dict[str, object]:
    """Google requires position and name on every item, and item (the URL) on all but the last."""
    items = [
        {"@type": "ListItem", "position": i, "name": crumb.name, "item": crumb.url}
        for i, crumb in enumerate(crumbs, start=1)
    ]
    return {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": items}


@dataclass(frozen=True)
class Article:
    headline: str
    description: str
    url: str
    date_published: str
    date_modified: str
    author: str
    publisher: str
    publisher_url: str
    language: str


def tech_article(article: Article) -> dict[str, object]:
    return {
        "@context": "https://schema.org",
        "@type": "TechArticle",
        # Google truncates long headlines in results; the page title is the headline.
        "headline": article.headline[:110],
        "description": article.description,
        "url": article.url,
        "mainEntityOfPage": article.url,
        "datePublished": article.date_published,
        "dateModified": article.date_modified,
        "inLanguage": article.language,
        "author": {"@type": "Organization", "name": article.author, "url": article.publisher_url},
        "publisher": {"@type": "Organization", "name": article.publisher, "url": article.publisher_url},
    }
