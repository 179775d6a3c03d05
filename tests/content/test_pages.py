"""Every page of the nav exists and has real content; the hand-written pages follow the content rules."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from checker import PROVIDERS
from sitegen.providerpages import nav_entries
from tests.content.nav import CONTENT_PAGES, DOCS, Page, handwritten_nav_pages, nav_pages

MIN_WORDS = 150  # a stub page ("coming soon", a title and a line) has far fewer
MAX_FIRST_PARAGRAPH_WORDS = 90  # the answer must come first and be short enough to read at a glance


class _MainText(HTMLParser):
    """Collects the words and headings of Material's main article, skipping code and scripts."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0  # >0 while inside <article class="md-content__inner ...">
        self.skip = 0  # >0 while inside <script>, <style>, <pre>
        self.words: list[str] = []
        self.headings: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if self.depth:
            self.depth += tag == "article"
        elif tag == "article" and "md-content__inner" in classes:
            self.depth = 1
        if self.depth and tag in {"script", "style", "pre"}:
            self.skip += 1
        if self.depth and re.fullmatch(r"h[1-3]", tag):
            self.headings.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.depth and tag in {"script", "style", "pre"}:
            self.skip -= 1
        if self.depth and tag == "article":
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth and not self.skip:
            self.words.extend(re.findall(r"[A-Za-z0-9][\w'.-]*", data))


def _built_html(site: Path, page: str) -> Path:
    stem = page.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return site / stem.removesuffix("index") / "index.html"
    return site / stem / "index.html"


def test_nav_lists_every_content_page() -> None:
    missing = [p for p in CONTENT_PAGES if p not in nav_pages()]
    assert missing == [], f"content pages not in the nav of mkdocs.yml: {missing}"


# The build adds the generated provider guides to the nav; they must read as real pages too.
GENERATED_NAV_PAGES = [path for entry in nav_entries(PROVIDERS) for path in entry.values()]


@pytest.mark.parametrize("page", nav_pages() + GENERATED_NAV_PAGES, ids=str)
def test_nav_page_is_built_with_real_content(built_site: Path, page: str) -> None:
    html = _built_html(built_site, page)
    assert html.is_file(), f"{page}: listed in the nav but not built ({html} missing)"
    text = _MainText()
    text.feed(html.read_text(encoding="utf-8"))
    assert text.headings, f"{page}: no heading in the page body"
    assert len(text.words) >= MIN_WORDS, f"{page}: only {len(text.words)} words; a stub, not a page"


@pytest.mark.parametrize("page", CONTENT_PAGES, ids=str)
def test_content_page_has_front_matter_description(page: str) -> None:
    description = Page.read(page).meta.get("description")
    assert isinstance(description, str), f"{page}: no `description:` in the front matter"
    assert 50 <= len(description) <= 170, f"{page}: description of {len(description)} characters"


def test_descriptions_are_unique() -> None:
    seen: dict[str, str] = {}
    for page in handwritten_nav_pages():
        description = Page.read(page).meta.get("description")
        if description is None:
            continue
        assert description not in seen, f"{page} repeats the description of {seen[description]}"
        seen[description] = page


@pytest.mark.parametrize("page", CONTENT_PAGES, ids=str)
def test_page_answers_in_its_first_paragraph(page: str) -> None:
    body = Page.read(page)
    assert re.search(r"^# \S", body.body, re.MULTILINE), f"{page}: no level-1 title"
    first = body.first_paragraph()
    words = len(first.split())
    assert 15 <= words <= MAX_FIRST_PARAGRAPH_WORDS, f"{page}: first paragraph has {words} words"
    assert not first.startswith(("<", "!!!", "|", "=== ")), f"{page}: the page opens with markup, not an answer"


_FOOTNOTE_REF = re.compile(r"\[\^([\w-]+)\](?!:)")
_FOOTNOTE_DEF = re.compile(r"^\[\^([\w-]+)\]:(.*(?:\n {4}.*)*)", re.MULTILINE)


@pytest.mark.parametrize("page", CONTENT_PAGES, ids=str)
def test_footnotes_are_sourced_and_dated(page: str) -> None:
    body = Page.read(page).body
    definitions = dict(_FOOTNOTE_DEF.findall(body))
    references = set(_FOOTNOTE_REF.findall(body))
    assert references == set(definitions), f"{page}: footnotes used {references} vs defined {set(definitions)}"
    for name, text in definitions.items():
        assert re.search(r"https://|`[\w./-]+`", text), f"{page}: footnote {name} names no source"
        assert re.search(r"checked\s+\d{4}-\d{2}-\d{2}", text), f"{page}: footnote {name} has no checked date"


_TABLE_HEADER = re.compile(r"^(\|.*\|)\n\|(?: *:?-+:? *\|)+$", re.M)


@pytest.mark.parametrize("page", CONTENT_PAGES, ids=str)
def test_table_headers_are_not_empty(page: str) -> None:
    """Screen readers announce a column by its header: an empty one leaves the row labels unnamed (axe's
    empty-table-header)."""
    text = (DOCS / page).read_text(encoding="utf-8")
    empty = [
        m.group(1)
        for m in _TABLE_HEADER.finditer(text)
        if any(not cell.strip() for cell in m.group(1).strip("|").split("|"))
    ]
    assert empty == [], f"{page}: a table header cell is empty: {empty}"
