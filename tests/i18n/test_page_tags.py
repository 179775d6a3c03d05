"""A translated page carries the same page tags as its English page, argument for argument.

A tag is what the page does (a checker that starts at idle, a flowchart, a FAQ block), not wording: a
translation whose tags lag behind the English would give the zh-TW reader a different page.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sitegen.tags import lines_outside_fences, parse_tag

ROOT = Path(__file__).resolve().parents[2]
EDITION_DOCS = ROOT / "i18n" / "zh-TW" / "docs"
TRANSLATED = sorted(p.relative_to(EDITION_DOCS).as_posix() for p in EDITION_DOCS.rglob("*.md"))


def page_tags(path: Path) -> list[tuple[str, dict[str, str]]]:
    text = path.read_text(encoding="utf-8")
    tags = []
    for index, line, in_code in lines_outside_fences(text):
        tag = None if in_code else parse_tag(line, index + 1, path.name)
        if tag is not None:
            tags.append((tag.name, tag.args))
    return tags


def test_the_edition_has_translated_pages() -> None:
    assert "index.md" in TRANSLATED
    assert "key-checker.md" in TRANSLATED


@pytest.mark.parametrize("page", TRANSLATED)
def test_translated_page_has_the_english_pages_tags(page: str) -> None:
    assert page_tags(EDITION_DOCS / page) == page_tags(ROOT / "docs" / page)
