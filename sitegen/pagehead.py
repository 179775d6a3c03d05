"""The per-page head markup for pages an engine without the plugin built (Zensical), from the manifest.

With MkDocs the plugin adds the same markup while it writes each page (on_post_page); here the built HTML
is read back: the meta description comes from the page's front matter, else its first paragraph (as the
plugin does), and Open Graph, Twitter and JSON-LD (sitegen.generator.head_markup) go before </head>.
Each page's sitemap entry and share card come from its manifest entry: `edition` returns them.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import markupsafe

from sitegen import cards, seo
from sitegen.docsfolder import Manifest, PageEntry
from sitegen.errors import BuildError
from sitegen.finish import Edition
from sitegen.generator import PageInfo, SiteInfo, head_markup
from sitegen.jsonld import Crumb

_DESCRIPTION = re.compile(r'<meta\s+name="description"\s+content="(?P<content>[^"]*)"\s*/?>')
_CANONICAL = re.compile(r'<link\s+rel="canonical"')
_ARTICLE = re.compile(r"<article\b[^>]*>(.*)</article>", re.DOTALL)
MARKER = 'property="og:url"'  # the head markup is there already: a second run changes nothing


def page_file(site_dir: Path, prefix: str, url: str) -> Path:
    return site_dir / prefix / url / "index.html"


def card_of(manifest: Manifest, entry: PageEntry) -> cards.Card:
    """The page's card; its file lies under the edition's folder."""
    card = cards.card_for(title=entry.title, sections=entry.sections, site_name=manifest.site_name, page_url=entry.url)
    return cards.Card(card.title, card.section, card.site_name, manifest.prefix + card.path)


def edition(manifest: Manifest) -> Edition:
    """The edition's sitemap entries and share cards, for sitegen.finish."""
    return Edition(
        sitemap=[(manifest.site_url + entry.url, entry.modified) for entry in manifest.pages],
        cards=[card_of(manifest, entry) for entry in manifest.pages],
        language=manifest.language,
        prefix=manifest.prefix,
    )


def with_head(page_html: str, manifest: Manifest, entry: PageEntry, *, with_card: bool) -> str:
    """page_html with the description, canonical link, social tags and JSON-LD of its manifest entry."""
    if MARKER in page_html:
        return page_html
    article = _ARTICLE.search(page_html)
    description = (
        entry.description
        or (seo.description_from_content(article[1]) if article else None)
        or manifest.site_description
    )
    url = manifest.site_url + entry.url
    # Escaped as the theme's templates escape (Jinja's): a page whose description is right stays byte for byte.
    tag = f'<meta name="description" content="{markupsafe.escape(description)}">'
    found = _DESCRIPTION.search(page_html)
    if found is None:
        page_html = seo.insert_before_head_end(page_html, tag)
    elif html.unescape(found["content"]) != description:
        page_html = page_html[: found.start()] + tag + page_html[found.end() :]
    if not _CANONICAL.search(page_html):
        page_html = seo.insert_before_head_end(page_html, f'<link rel="canonical" href="{html.escape(url)}">')
    site = SiteInfo(
        name=manifest.site_name,
        url=manifest.site_url,
        author=manifest.author,
        language=manifest.language,
        docs_prefix="",
    )
    card = card_of(manifest, entry)
    info = PageInfo(
        src_uri=entry.src,
        url=url,
        title=entry.title,
        description=description,
        is_home=entry.is_home,
        crumbs=tuple(Crumb(name, link) for name, link in entry.crumbs),
        image=cards.share_image(card, manifest.site_url.removesuffix(manifest.prefix)) if with_card else None,
    )
    head = head_markup(site, info, entry.published, entry.modified, entry.faq)
    return seo.insert_before_head_end(page_html, head)


def write_heads(site_dir: Path, manifest: Manifest, *, with_card: bool) -> int:
    """Add the head markup to every page of the manifest's edition under site_dir; returns the count."""
    missing = [e.src for e in manifest.pages if not page_file(site_dir, manifest.prefix, e.url).is_file()]
    if missing:
        raise BuildError(
            f"{len(missing)} page(s) of the manifest were not built, e.g. {', '.join(missing[:3])}: "
            "finish runs on the site the pages step's folder was built into"
        )
    for entry in manifest.pages:
        path = page_file(site_dir, manifest.prefix, entry.url)
        path.write_text(with_head(path.read_text(encoding="utf-8"), manifest, entry, with_card=with_card), "utf-8")
    return len(manifest.pages)
