"""The FAQ data has enough well-sourced questions, and every one of them reaches the FAQ page."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.content.nav import ROOT

MIN_QUESTIONS = 20


def _faq() -> list[dict[str, Any]]:
    entries = yaml.safe_load((ROOT / "data" / "faq.yml").read_text(encoding="utf-8"))["faq"]
    assert isinstance(entries, list)
    return entries


def test_faq_has_enough_questions() -> None:
    assert len(_faq()) >= MIN_QUESTIONS


@pytest.mark.parametrize("entry", _faq(), ids=lambda e: str(e["id"]))
def test_faq_entry_is_sourced_and_dated(entry: dict[str, Any]) -> None:
    assert entry["sources"], f"{entry['id']}: no source"
    for source in entry["sources"]:
        assert str(source["url"]).startswith("https://"), f"{entry['id']}: source {source['title']!r} is not https"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(entry["checked"])), f"{entry['id']}: checked date"


@pytest.mark.parametrize("entry", _faq(), ids=lambda e: str(e["id"]))
def test_faq_answer_comes_first(entry: dict[str, Any]) -> None:
    # The first sentence answers; the rest explains. A long wind-up before the answer fails here.
    first_sentence = re.split(r"(?<=[.!?:])\s", " ".join(str(entry["answer"]).split()), maxsplit=1)[0]
    assert len(first_sentence.split()) <= 45, f"{entry['id']}: first sentence of {len(first_sentence.split())} words"


def test_every_question_is_on_the_faq_page(built_site: Path) -> None:
    page = html.unescape((built_site / "faq" / "index.html").read_text(encoding="utf-8"))
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))
    missing = [e["id"] for e in _faq() if "faq.md" in e["pages"] and " ".join(e["question"].split()) not in text]
    assert missing == [], f"questions missing from the built FAQ page: {missing}"


@pytest.mark.parametrize("entry", _faq(), ids=lambda e: str(e["id"]))
def test_faq_answer_does_not_send_the_reader_to_the_page_they_are_on(entry: dict[str, Any]) -> None:
    """An answer shown on privacy.md that says "details are on the Privacy page" reads as a loop there:
    a link to a page the answer is shown on must point at a section of it."""
    targets = re.findall(r"\]\(([^)\s]+)\)", entry["answer"])
    loops = [t for t in targets if t in entry["pages"]]
    assert loops == [], f"{entry['id']}: links to {loops}, a page it is shown on, without a section anchor"
