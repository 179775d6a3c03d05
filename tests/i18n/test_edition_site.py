"""The zh-TW edition as built (the session's site: English at the root, zh-TW/ beside it): Chinese
without simplified characters or avoided wordings, hreflang pairs both ways, the page language, the
language switcher, one sitemap with both languages, FAQPage markup in Chinese, system CJK fonts and a
search index split into words."""

from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from checker.i18n import translate
from checker.providers import PROVIDERS, Provider
from sitegen.providerpages import generated_ids, guide_uri
from tests.i18n.chinese import avoided_in, page_text, simplified_in, without_provider_messages

EDITION = "zh-TW"
SITE_URL = "https://ai-api-keys.example.org/"
HAN = re.compile(r"[\u4e00-\u9fff]")


def _pages(site: Path) -> dict[str, str]:
    """Every page of both editions by its URL path ('' is the home page, 'zh-TW/faq/' a zh-TW page)."""
    return {
        p.relative_to(site).as_posix().removesuffix("index.html"): p.read_text(encoding="utf-8")
        for p in sorted(site.rglob("*.html"))
        if not p.relative_to(site).as_posix().startswith(("_deploy/", "assets/", f"{EDITION}/assets/"))
    }


@pytest.fixture(scope="module")
def pages(built_site: Path) -> dict[str, str]:
    return _pages(built_site)


def _edition(pages: dict[str, str]) -> dict[str, str]:
    return {path: text for path, text in pages.items() if path.startswith(f"{EDITION}/")}


def test_every_english_page_has_its_zh_tw_page(pages: dict[str, str]) -> None:
    english = {p for p in pages if not p.startswith(f"{EDITION}/")}
    assert {p.removeprefix(f"{EDITION}/") for p in _edition(pages)} == english


def test_no_simplified_character_or_avoided_wording_on_any_zh_tw_page(pages: dict[str, str]) -> None:
    found = {}
    for path, text in _edition(pages).items():
        shown = without_provider_messages(page_text(text))
        if problems := simplified_in(shown) + avoided_in(shown):
            found[path] = problems[:5]
    assert found == {}


def test_article_text_is_mostly_chinese(pages: dict[str, str]) -> None:
    """Han characters outnumber Latin words in the article of the hand-written pages (a Chinese character
    carries about what an English word does; the generated pages quote English messages at length)."""
    latin_heavy = []
    for path in ("", "faq/", "key-checker/", "store-your-key/", "troubleshooting/", "privacy/"):
        article = pages[f"{EDITION}/{path}"].split('<article class="md-content__inner', 1)[1].split("</article>")[0]
        text = re.sub(r"<(pre|code|script|svg)\b.*?</\1>", " ", article, flags=re.DOTALL)
        text = re.sub(r"<[^>]+>", " ", text)
        if len(HAN.findall(text)) <= len(re.findall(r"[A-Za-z]+", text)):
            latin_heavy.append(path)
    assert latin_heavy == []


def _sitemap(site: Path) -> dict[str, dict[str, str]]:
    """Per page URL of the site's sitemap, its hreflang alternates (language -> URL)."""
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    root = ET.parse(site / "sitemap.xml").getroot()  # noqa: S314 - our own build output
    return {
        str(url.findtext("s:loc", namespaces=ns)): {
            str(link.get("hreflang")): str(link.get("href")) for link in url.findall("x:link", ns)
        }
        for url in root
    }


def test_hreflang_alternates_are_reciprocal_with_x_default(built_site: Path, pages: dict[str, str]) -> None:
    """In the sitemap (where Material's switcher reads them too): every page names itself and its
    counterpart, English is x-default, and the counterpart names it back."""
    listed = _sitemap(built_site)
    problems = []
    for path in pages:
        if path.endswith("404.html"):  # the not-found page stands for no address
            continue
        english = SITE_URL + path.removeprefix(f"{EDITION}/")
        chinese = SITE_URL + f"{EDITION}/" + path.removeprefix(f"{EDITION}/")
        expected = {"en": english, "zh-Hant-TW": chinese, "x-default": english}
        if listed.get(SITE_URL + path) != expected:
            problems.append(f"/{path}: {listed.get(SITE_URL + path)}")
        elif listed.get(english) != listed.get(chinese):
            problems.append(f"/{path}: not named back")
    assert problems == []
    # No <link rel="alternate"> in a page: Material would fetch a sitemap.xml next to each one's address.
    assert [p for p, text in pages.items() if 'rel="alternate"' in text.split("</head>", 1)[0]] == []


def test_page_language(pages: dict[str, str]) -> None:
    languages = {path: re.search(r'<html lang="([^"]+)"', text)[1] for path, text in pages.items()}  # type: ignore[index]
    assert {lang for path, lang in languages.items() if path.startswith(f"{EDITION}/")} == {"zh-Hant-TW"}
    assert {lang for path, lang in languages.items() if not path.startswith(f"{EDITION}/")} == {"en"}


@pytest.mark.parametrize("path", ["", f"{EDITION}/", "faq/", f"{EDITION}/faq/"])
def test_the_language_switcher_is_on_both_editions(pages: dict[str, str], path: str) -> None:
    switcher = pages[path].split('<div class="md-select">', 1)[1].split("</div>", 2)
    links = re.findall(
        r'<a href="([^"]+)" hreflang="([^"]+)" class="md-select__link">\s*([^<]+?)\s*</a>', "".join(switcher)
    )
    assert [(lang, name) for _, lang, name in links] == [("en", "English"), ("zh-Hant-TW", "繁體中文（台灣）")]
    # Each language's link leads to this same page in that edition, not to the edition's home.
    same_page = path.removeprefix(f"{EDITION}/")
    assert [href for href, _, _ in links] == [f"/{same_page}", f"/{EDITION}/{same_page}"]


def test_the_sitemap_lists_both_languages(built_site: Path, pages: dict[str, str]) -> None:
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    root = ET.parse(built_site / "sitemap.xml").getroot()  # noqa: S314 - our own build output
    locs = [u.findtext("s:loc", namespaces=ns) for u in root]
    listed = [p for p in pages if not p.endswith("404.html")]
    assert sorted(locs) == sorted(SITE_URL + p for p in listed)
    assert sum(1 for loc in locs if loc and loc.startswith(SITE_URL + f"{EDITION}/")) == len(listed) // 2
    robots = (built_site / "robots.txt").read_text(encoding="utf-8")
    assert f"Sitemap: {SITE_URL}sitemap.xml" in robots
    assert not (built_site / EDITION / "robots.txt").exists()


def test_faqpage_markup_is_in_chinese(pages: dict[str, str]) -> None:
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', pages[f"{EDITION}/faq/"], re.DOTALL)
    faq = next(json.loads(b) for b in blocks if json.loads(b).get("@type") == "FAQPage")
    questions = faq["mainEntity"]
    assert len(questions) > 10
    for question in questions:
        name, answer = question["name"], question["acceptedAnswer"]["text"]
        assert HAN.search(name), name
        assert name.endswith("？"), name
        assert len(HAN.findall(answer)) > len(re.findall(r"[A-Za-z]+", re.sub(r"<[^>]+>", "", answer))), name


def test_system_cjk_fonts_and_no_web_font(built_site: Path) -> None:
    css = (built_site / "assets" / "stylesheets" / "site.css").read_text(encoding="utf-8")
    rule = re.search(r'html\[lang="zh-Hant-TW"\] \{([^}]*)\}', css)
    assert rule is not None
    assert all(f in rule[1] for f in ('"PingFang TC"', '"Microsoft JhengHei"', '"Noto Sans CJK TC"'))
    for sheet in built_site.rglob("*.css"):
        assert "@font-face" not in sheet.read_text(encoding="utf-8"), sheet
    assert not [p for p in built_site.rglob("*") if p.suffix in {".woff", ".woff2", ".ttf", ".otf"}]


def test_the_zh_tw_search_index_is_split_into_words(built_site: Path) -> None:
    index = json.loads((built_site / EDITION / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["lang"] == ["zh"]
    text = " ".join(doc["text"] for doc in index["docs"])
    # jieba wrote zero-width spaces between words; the glossary's terms stay whole.
    assert text.count("\u200b") > 1000
    for term in ("金鑰", "速率限制", "額度"):
        assert f"\u200b{term}\u200b" in text, term


def test_the_zh_tw_checker_uses_the_root_runtime_and_wheel(built_site: Path, pages: dict[str, str]) -> None:
    """One runtime, one wheel and one snapshot for the site: the edition's widgets point at the root's."""
    page = built_site / EDITION / "key-checker" / "index.html"
    for attr in ("data-runtime", "data-checker"):
        folder = re.search(rf'{attr}="([^"]+)"', pages[f"{EDITION}/key-checker/"])
        assert folder is not None, attr
        assert folder[1].startswith("../../assets/"), folder[1]
        assert (page.parent / folder[1]).resolve().is_dir(), attr
    assert not (built_site / EDITION / "assets" / "pyodide").exists()
    assert not (built_site / EDITION / "assets" / "checker").exists()


def _article_words(page_html: str) -> str:
    """A page's article as a reader reads it: tags, code and the footnotes (sources' own titles, in their
    language) left out, one space between words (a sentence may be broken over lines or around a link)."""
    article = page_html.split('<article class="md-content__inner', 1)[1].split("</article>", maxsplit=1)[0]
    article = article.split('<div class="footnote">', 1)[0]
    text = re.sub(r"<(pre|script|svg)\b.*?</\1>", " ", article, flags=re.DOTALL)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())


def _shown_provider_text(provider: Provider) -> list[str]:
    """The provider-data text its generated page shows, as a reader reads it (Markdown's backticks gone)."""
    call = provider.test_call
    fields = [provider.notes, provider.remarks, call.expect, call.notes]
    fields += [t for fmt in provider.formats for t in (fmt.label, fmt.alphabet)]
    return [" ".join(t.replace("`", "").split()) for t in dict.fromkeys(fields) if t]


@pytest.mark.parametrize("provider_id", generated_ids(PROVIDERS))
def test_a_zh_tw_provider_page_shows_no_translated_provider_text_in_english(
    pages: dict[str, str], provider_id: str
) -> None:
    """Every provider-data text that has a translation in the checker's catalog shows on the English page
    as written and on the zh-TW page only translated."""
    path = guide_uri(provider_id).removesuffix(".md") + "/"
    english, chinese = _article_words(pages[path]), _article_words(pages[f"{EDITION}/{path}"])
    translated = [t for t in _shown_provider_text(PROVIDERS[provider_id]) if translate(t, EDITION) != t]
    assert translated, "the catalog translates nothing this page shows"
    assert [t for t in translated if t not in english] == []
    assert [t for t in translated if t in chinese] == []
