"""Every zh-TW file translates an English one; what is missing or stale is listed, not failed on."""

from __future__ import annotations

from pathlib import Path

from sitegen.i18n.parity import parity

ROOT = Path(__file__).resolve().parents[2]
EDITION = ROOT / "i18n" / "zh-TW"


def test_every_translated_file_has_an_english_source() -> None:
    orphans = [
        path.relative_to(EDITION).as_posix()
        for folder in ("docs", "data")
        for path in sorted((EDITION / folder).rglob("*"))
        if path.is_file() and path.suffix in {".md", ".yml"} and not (ROOT / path.relative_to(EDITION)).is_file()
    ]
    assert orphans == []


def test_the_parity_report_counts_every_english_page_and_record() -> None:
    result = parity(ROOT, EDITION)
    english_pages = [p for p in (ROOT / "docs").rglob("*.md") if "overrides" not in p.parts]
    assert result.pages_total > len(english_pages)  # plus one page per error record
    assert result.pages_done + len([m for m in result.missing if m.startswith("docs/") or "errors/" in m]) >= (
        result.pages_total
    )
