"""Data overlays: the merge rules of i18n/README.md, and every kind of bad overlay named by file, entry
and field."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from checker import PROVIDERS
from sitegen.errors import BuildError
from sitegen.i18n.edition import Edition
from sitegen.i18n.overlay import merge_overlay
from sitegen.sitedata import load_site_data

ROOT = Path(__file__).resolve().parents[2]
FILE = "i18n/zh-TW/data/errors/x.yml"

ENGLISH: dict[str, Any] = {
    "provider": "x",
    "intro": "Intro.",
    "errors": [
        {
            "id": "401-a",
            "status": 401,
            "title": "exact message",
            "meaning": "Meaning.",
            "causes": ["One.", "Two."],
            "retry": {"verdict": "no", "why": "Why."},
        },
        {
            "id": "429-b",
            "status": 429,
            "title": "other",
            "meaning": "M2.",
            "causes": ["C."],
            "retry": {"verdict": "yes", "why": "W."},
        },
    ],
}


def test_translated_fields_replace_the_english_and_the_rest_stays() -> None:
    overlay = {
        "intro": "簡介。",
        "errors": {"401-a": {"source_hash": "abc", "causes": ["一。", "二。"], "retry": {"why": "原因。"}}},
    }
    merged, problems = merge_overlay(ENGLISH, overlay, "errors", FILE)
    assert problems == []
    assert merged is not None
    assert merged.document["intro"] == "簡介。"
    first, second = merged.document["errors"]
    assert first == {**ENGLISH["errors"][0], "causes": ["一。", "二。"], "retry": {"verdict": "no", "why": "原因。"}}
    assert second == ENGLISH["errors"][1]
    assert merged.hashes == {"errors/401-a": "abc"}


@pytest.mark.parametrize(
    ("overlay", "problem"),
    [
        ({"errors": {"404-z": {"meaning": "x"}}}, "entry '404-z': field 'errors': no record with this id in English"),
        (
            {"errors": {"401-a": {"colour": "紅"}}},
            "entry '401-a': field 'colour': not in the English file; expected one of its fields",
        ),
        (
            {"errors": {"401-a": {"causes": ["一。"]}}},
            "entry '401-a': field 'causes': expected 2 items (as in English), found 1",
        ),
        ({"errors": {"401-a": {"causes": "一。"}}}, "entry '401-a': field 'causes': expected a list, found text"),
        ({"errors": {"401-a": {"meaning": ["x"]}}}, "entry '401-a': field 'meaning': expected text, found a list"),
        ({"errors": {"401-a": {"meaning": " "}}}, "entry '401-a': field 'meaning': expected text, found empty text"),
        ({"errors": {"401-a": {"retry": "否"}}}, "entry '401-a': field 'retry': expected a mapping, found text"),
        (
            {"errors": {"401-a": {"retry": {"hint": "x"}}}},
            "entry '401-a': field 'retry.hint': not in the English file; expected one of its fields",
        ),
        (
            {"errors": {"401-a": {"title": "訊息"}}},
            "entry '401-a': field 'title': a fact, not text: it comes from the English file",
        ),
        (
            {"errors": {"401-a": {"status": 402}}},
            "entry '401-a': field 'status': a fact, not text: it comes from the English file",
        ),
        (
            {"errors": {"401-a": {"retry": {"verdict": "是"}}}},
            "entry '401-a': field 'retry.verdict': a fact, not text: it comes from the English file",
        ),
        (
            {"errors": [{"id": "401-a"}]},
            "field 'errors': expected a mapping from record id to translation, found a list",
        ),
        ({"errors": {"401-a": "x"}}, "entry '401-a': expected a mapping of fields, found text"),
        ({"extra": "x"}, "field 'extra': not in the English file; expected one of its fields"),
    ],
)
def test_a_bad_overlay_is_named_by_file_entry_and_field(overlay: dict[str, Any], problem: str) -> None:
    merged, problems = merge_overlay(ENGLISH, overlay, "errors", FILE)
    assert merged is None
    assert problems == [f"{FILE}: {problem}"]


def test_a_list_without_ids_keeps_its_length_and_order() -> None:
    english = {"nodes": [{"id": "n", "answers": [{"label": "A", "next": "x"}, {"label": "B", "next": "y"}]}]}
    merged, problems = merge_overlay(
        english, {"nodes": {"n": {"answers": [{"label": "甲"}, {"label": "乙"}]}}}, "flowchart", FILE
    )
    assert problems == []
    assert merged is not None
    assert merged.document["nodes"][0]["answers"] == [{"label": "甲", "next": "x"}, {"label": "乙", "next": "y"}]


def _copy_project(tmp_path: Path, overlay: str) -> Edition:
    for folder in ("data",):
        target = tmp_path / folder
        target.mkdir()
        for path in (ROOT / folder).rglob("*"):
            if path.is_file():
                dest = target / path.relative_to(ROOT / folder)
                dest.parent.mkdir(parents=True, exist_ok=True)
                dest.write_bytes(path.read_bytes())
    overlay_file = tmp_path / "i18n/zh-TW/data/faq.yml"
    overlay_file.parent.mkdir(parents=True)
    overlay_file.write_text(overlay, encoding="utf-8")
    return Edition("zh-TW", tmp_path)


def test_the_loader_lays_the_overlay_over_the_english_records(tmp_path: Path) -> None:
    edition = _copy_project(tmp_path, "faq:\n  lost-key:\n    question: 弄丟了 API 金鑰，還能再看到它嗎？\n")
    names = {p.id: p.name for p in PROVIDERS.values()}
    dataset, _ = load_site_data(tmp_path / "data", names, edition=edition)
    lost = next(entry for entry in dataset.faq if entry.id == "lost-key")
    assert lost.question == "弄丟了 API 金鑰，還能再看到它嗎？"
    assert lost.answer.startswith("No. Providers show")  # left out: the English answer


def test_the_loader_stops_on_a_bad_overlay_naming_it(tmp_path: Path) -> None:
    edition = _copy_project(tmp_path, "faq:\n  lost-key:\n    pages: [faq.md]\n  no-such-question:\n    question: 問\n")
    names = {p.id: p.name for p in PROVIDERS.values()}
    with pytest.raises(BuildError) as caught:
        load_site_data(tmp_path / "data", names, edition=edition)
    assert str(caught.value).splitlines()[1:] == [
        "  i18n/zh-TW/data/faq.yml: entry 'no-such-question': field 'faq': no record with this id in English",
        "  i18n/zh-TW/data/faq.yml: entry 'lost-key': field 'pages': a fact, not text: it comes from the English file",
    ]
