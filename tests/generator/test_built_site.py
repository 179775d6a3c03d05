"""SEO and structured data over the whole built site: every page, every JSON-LD block, every link; each test
runs on the MkDocs build and on the Zensical build (tests/conftest.py: engine_site)."""

from __future__ import annotations

import datetime as dt
import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

import pytest
from PIL import Image

from tests.support import ROOT

SITE_URL = next(
    line.split(":", 1)[1].strip()
    for line in (ROOT / "mkdocs.yml").read_text(encoding="utf-8").splitlines()
    if line.startswith("site_url:")
)


class _Page(HTMLParser):
    """What the tests need from one built page, collected in one pass."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.meta: dict[str, list[str]] = {}
        self.canonical: list[str] = []
        self.json_ld: list[str] = []
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.questions: dict[str, str] = {}  # faq id -> visible question
        self.answers: dict[str, str] = {}  # faq id -> visible answer text
        self._capture: str | None = None
        self._depth = 0
        self._buffer: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if "id" in a:
            self.ids.add(a["id"])
        if "name" in a and tag == "a":
            self.ids.add(a["name"])
        if tag == "meta" and ("name" in a or "property" in a):
            self.meta.setdefault(a.get("name") or a["property"], []).append(a.get("content", ""))
        elif tag == "link" and a.get("rel") == "canonical":
            self.canonical.append(a.get("href", ""))
        elif tag == "a" and "href" in a:
            self.links.append(a["href"])
        if self._capture is not None:
            self._depth += 1
            if tag in {"p", "li", "br", "div", "pre"}:
                self._buffer.append(" ")
            if tag == "a" and a.get("class") == "headerlink":
                self._capture_skip = True
            return
        if tag == "title":
            self._start("title")
        elif tag == "script" and a.get("type") == "application/ld+json":
            self._start("ld")
        elif re.fullmatch(r"h[2-4]", tag) and a.get("id", "").startswith("faq-"):
            self._start("q:" + a["id"].removeprefix("faq-"))
        elif tag == "div" and "data-faq-answer" in a:
            self._start("a:" + a["data-faq-answer"])

    def _start(self, what: str) -> None:
        self._capture, self._depth, self._buffer, self._capture_skip = what, 0, [], False

    def handle_endtag(self, tag: str) -> None:
        if self._capture is None:
            return
        if self._depth > 0:
            self._depth -= 1
            if tag == "a":
                self._capture_skip = False
            return
        text, what = "".join(self._buffer), self._capture
        self._capture = None
        if what == "title":
            self.title = text.strip()
        elif what == "ld":
            self.json_ld.append(text)
        elif what.startswith("q:"):
            self.questions[what[2:]] = " ".join(text.split())
        else:
            self.answers[what[2:]] = " ".join(text.split())

    def handle_data(self, data: str) -> None:
        if self._capture is not None and not self._capture_skip:
            self._buffer.append(data)

    _capture_skip = False


def _pages(site: Path) -> dict[str, Path]:
    """URL path -> built HTML file, for every page (not the 404 template, not widget assets)."""
    found = {}
    for path in sorted(site.rglob("index.html")):
        rel = path.relative_to(site).parent.as_posix()
        if rel.split("/")[0] in {"assets", "search", "_deploy"}:
            continue
        found["" if rel == "." else rel + "/"] = path
    return found


@pytest.fixture(scope="module")
def pages(engine_site: Path) -> dict[str, _Page]:
    parsed = {}
    for url, path in _pages(engine_site).items():
        page = _Page()
        page.feed(path.read_text(encoding="utf-8"))
        parsed[url] = page
    assert len(parsed) > 50, "the error pages were not generated"
    return parsed


def _blocks(page: _Page) -> list[dict[str, object]]:
    return [json.loads(text) for text in page.json_ld]


def test_every_page_has_title_unique_description_and_canonical(pages: dict[str, _Page]) -> None:
    descriptions = Counter()
    for url, page in pages.items():
        assert page.title, url
        assert len(page.meta.get("description", [])) == 1, url
        description = page.meta["description"][0]
        assert 30 <= len(description) <= 200, (url, description)
        descriptions[description] += 1
        assert page.canonical == [SITE_URL + url], url
        assert page.meta.get("og:url") == [SITE_URL + url], url
        assert page.meta.get("og:description") == [description], url
        assert page.meta.get("twitter:card") == ["summary_large_image"], url
    assert [d for d, n in descriptions.items() if n > 1] == []


def test_every_page_has_a_1200x630_share_card_in_the_build(pages: dict[str, _Page], engine_site: Path) -> None:
    images = Counter()
    for url, page in pages.items():
        [image] = page.meta.get("og:image", [None])
        assert image, url
        edition = "zh-TW/" if url.startswith("zh-TW/") else ""  # an edition's cards are in its own folder
        assert image.startswith(SITE_URL + edition + "assets/cards/"), (url, image)
        assert image.endswith(".png"), (url, image)
        assert page.meta.get("og:image:width") == ["1200"], url
        assert page.meta.get("og:image:height") == ["630"], url
        [alt] = page.meta.get("og:image:alt", [""])
        assert page.meta["og:title"][0].split(": ")[-1][:20].lower() in alt.lower(), (url, alt)
        file = engine_site / image.removeprefix(SITE_URL)
        with Image.open(file) as png:
            assert (png.format, png.size) == ("PNG", (1200, 630)), url
        images[image] += 1
    assert [image for image, n in images.items() if n > 1] == []  # one card per page


def _is_date(value: object) -> bool:
    try:
        dt.date.fromisoformat(str(value))
    except ValueError:
        return False
    return True


def test_json_ld_parses_and_has_googles_required_properties(pages: dict[str, _Page]) -> None:
    seen_types = Counter()
    for url, page in pages.items():
        for raw in page.json_ld:
            assert "</" not in raw, url
        for block in _blocks(page):
            kind = block["@type"]
            seen_types[kind] += 1
            assert block["@context"] == "https://schema.org"
            if kind == "BreadcrumbList":
                items = block["itemListElement"]
                assert isinstance(items, list), url
                assert len(items) >= 2, url
                assert [i["position"] for i in items] == list(range(1, len(items) + 1))
                assert all(i["name"] and str(i["item"]).startswith(SITE_URL) for i in items), url
                assert items[-1]["item"] == SITE_URL + url
            elif kind == "TechArticle":
                assert block["headline"]
                assert len(str(block["headline"])) <= 110
                assert _is_date(block["datePublished"]), url
                assert _is_date(block["dateModified"]), url
                assert block["datePublished"] <= block["dateModified"]
                assert block["author"]["name"]
                assert block["publisher"]["name"]
            elif kind == "WebSite":
                assert url in {"", "zh-TW/"}, "WebSite markup belongs on an edition's home page only"
                assert block["url"] == SITE_URL + url
                assert block["name"] == page.meta["og:site_name"][0]
            elif kind == "FAQPage":
                assert block["mainEntity"], url
                for q in block["mainEntity"]:  # type: ignore[union-attr]
                    assert q["@type"] == "Question"
                    assert q["name"]
                    assert q["acceptedAnswer"]["text"]
            else:
                pytest.fail(f"{url}: unexpected JSON-LD type {kind}")
    assert seen_types["FAQPage"] >= 1
    assert seen_types["WebSite"] == len({url for url in pages if url in {"", "zh-TW/"}})  # one per edition home
    assert seen_types["TechArticle"] >= 50
    assert seen_types["BreadcrumbList"] >= 50


def test_faq_markup_equals_the_visible_questions_and_answers(pages: dict[str, _Page]) -> None:
    marked_up = Counter()
    for url, page in pages.items():
        visible = {page.questions[i]: page.answers.get(i) for i in page.questions}
        for block in _blocks(page):
            if block["@type"] != "FAQPage":
                continue
            for q in block["mainEntity"]:  # type: ignore[union-attr]
                name = q["name"]
                marked_up[name] += 1
                assert name in visible, f"{url}: marked-up question not shown: {name}"
                assert q["acceptedAnswer"]["text"] == visible[name], url
    assert marked_up, "no FAQPage markup anywhere"
    assert [q for q, n in marked_up.items() if n > 1] == []


def test_every_internal_link_and_anchor_resolves(engine_site: Path, pages: dict[str, _Page]) -> None:
    broken = []
    own = urlsplit(SITE_URL)
    for url, page in pages.items():
        base = SITE_URL + url
        for href in page.links:
            target, fragment = urldefrag(urljoin(base, href))
            parts = urlsplit(target)
            if parts.scheme not in {"http", "https"} or parts.netloc != own.netloc:
                continue
            path = unquote(parts.path.removeprefix(own.path.rstrip("/")).lstrip("/"))
            file = engine_site / path
            if file.is_dir() or path == "":
                file = file / "index.html"
            if path.startswith("zh-TW/") and not (engine_site / "zh-TW").is_dir():
                continue  # the language switcher's edition; scripts/build-zensical builds the English one only
            if not file.is_file():
                broken.append(f"{url} -> {href}")
                continue
            target_url = path if path.endswith("/") or path == "" else ""
            if fragment and target_url in pages and fragment not in pages[target_url].ids:
                broken.append(f"{url} -> {href} (no #{fragment})")
    assert broken == []


def test_sitemap_lists_every_page_once_with_real_dates(engine_site: Path, pages: dict[str, _Page]) -> None:
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    root = ET.parse(engine_site / "sitemap.xml").getroot()  # noqa: S314 - our own build output
    entries = [(u.findtext("s:loc", namespaces=ns), u.findtext("s:lastmod", namespaces=ns)) for u in root]
    locs = [loc for loc, _ in entries]
    assert sorted(locs) == sorted(SITE_URL + url for url in pages)
    assert len(set(locs)) == len(locs)
    for loc, lastmod in entries:
        assert _is_date(lastmod), loc
    # The same date the page's own markup states.
    for url, page in pages.items():
        modified = [b["dateModified"] for b in _blocks(page) if b["@type"] == "TechArticle"]
        if modified:
            assert dict(entries)[SITE_URL + url] == modified[0], url
    robots = (engine_site / "robots.txt").read_text(encoding="utf-8")
    assert f"Sitemap: {SITE_URL}sitemap.xml" in robots


def test_every_page_carries_the_csp_meta_without_unsafe_inline(engine_site: Path) -> None:
    for path in engine_site.rglob("*.html"):
        if "assets" in path.relative_to(engine_site).parts:
            continue
        text = path.read_text(encoding="utf-8")
        head = text[: text.index("</head>")]
        match = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', head)
        assert match, path
        policy = match[1].replace("&#x27;", "'")
        assert "unsafe-inline" not in policy
        assert "frame-ancestors" not in policy
        assert head.index("Content-Security-Policy") < head.find("<script") or "<script" not in head


def test_error_pages_exist_for_every_catalog_entry(engine_site: Path) -> None:
    for data in sorted((ROOT / "data" / "errors").glob("*.yml")):
        ids = re.findall(r"^  - id: (\S+)$", data.read_text(encoding="utf-8"), re.MULTILINE)
        assert ids, data
        for error_id in ids:
            assert (engine_site / "errors" / data.stem / error_id / "index.html").is_file(), error_id


def test_comparison_cells_from_the_catalog_link_to_their_error_pages(engine_site: Path) -> None:
    """Rows of comparison.yml that name error ids show each entry's status and code, linked to its page."""
    html = (engine_site / "compare" / "index.html").read_text(encoding="utf-8")
    expected = [
        '<a href="../errors/openai/429-insufficient-quota/">429 <code>insufficient_quota</code></a>',
        '<a href="../errors/google/400-api-key-invalid/">400 <code>API_KEY_INVALID</code></a>',
        '<a href="../errors/anthropic/400-credit-balance-too-low/">400 <code>invalid_request_error</code> '
        '("Your credit balance is too low")</a>',
    ]
    missing = [link for link in expected if link not in html]
    assert missing == []


def test_an_error_pages_side_navigation_lists_its_providers_errors(engine_site: Path) -> None:
    """A reader can move between a provider's errors from the sidebar; other providers' lists are pruned."""
    html = (engine_site / "errors" / "openai" / "429-insufficient-quota" / "index.html").read_text(encoding="utf-8")
    nav = html[html.index('<nav class="md-nav md-nav--primary') : html.index("<article")]
    for data in sorted((ROOT / "data" / "errors").glob("*.yml")):
        ids = re.findall(r"^  - id: (\S+)$", data.read_text(encoding="utf-8"), re.MULTILINE)
        for error_id in ids if data.stem != "openai" else [i for i in ids if i != "429-insufficient-quota"]:
            link = f'href="../{error_id}/"' if data.stem == "openai" else f'href="../../{data.stem}/{error_id}/"'
            assert (link in nav) == (data.stem == "openai"), (data.stem, error_id)
