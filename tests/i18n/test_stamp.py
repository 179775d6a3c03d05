"""`python -m sitegen.i18n stamp` and `report`: hashes written as text edits, staleness after an English
edit, and the parity figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitegen.i18n.__main__ import main
from sitegen.i18n.hashing import text_hash

ENGLISH_FAQ = """faq:
  - id: one
    question: First question?
    answer: First answer.
    pages: [faq.md]
    checked: 2026-11-27
  - id: two
    question: Second question?
    answer: Second answer.
    pages: [faq.md]
    checked: 2026-11-27
"""

OVERLAY_FAQ = """# translated by hand
faq:
  one:
    question: 第一個問題？
    answer: >-
      第一個回答。
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs/index.md").write_text("# Home\n\nHello.\n", encoding="utf-8")
    (tmp_path / "docs/faq.md").write_text("# FAQ\n", encoding="utf-8")
    (tmp_path / "data").mkdir()
    (tmp_path / "data/faq.yml").write_text(ENGLISH_FAQ, encoding="utf-8")
    edition = tmp_path / "i18n/zh-TW"
    (edition / "docs").mkdir(parents=True)
    (edition / "data").mkdir()
    (edition / "docs/index.md").write_text("---\ntitle: 首頁\n---\n\n# 首頁\n", encoding="utf-8")
    (edition / "data/faq.yml").write_text(OVERLAY_FAQ, encoding="utf-8")
    return tmp_path


def test_stamp_writes_hashes_and_keeps_the_layout(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--root", str(project), "stamp"]) == 0
    assert capsys.readouterr().out == "stamped 1 page(s) and 1 data record(s)\n"
    page_hash = text_hash("# Home\n\nHello.\n")
    assert (project / "i18n/zh-TW/docs/index.md").read_text(encoding="utf-8") == (
        f'---\ntitle: 首頁\nsource_hash: "{page_hash}"\n---\n\n# 首頁\n'
    )
    overlay = (project / "i18n/zh-TW/data/faq.yml").read_text(encoding="utf-8")
    assert overlay.startswith('# translated by hand\nfaq:\n  one:\n    source_hash: "')
    assert overlay.endswith("    question: 第一個問題？\n    answer: >-\n      第一個回答。\n")
    # A second run changes nothing: existing hashes are kept (a plain one is quoted: digits would load as a number).
    assert main(["--root", str(project), "stamp"]) == 0
    assert capsys.readouterr().out == "stamped 0 page(s) and 0 data record(s)\n"


def test_report_lists_missing_and_stale_translations(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["--root", str(project), "stamp"])
    capsys.readouterr()
    (project / "docs/index.md").write_text("# Home\n\nHello again.\n", encoding="utf-8")
    english = (project / "data/faq.yml").read_text(encoding="utf-8")
    (project / "data/faq.yml").write_text(english.replace("First answer.", "A new answer."), encoding="utf-8")
    assert main(["--root", str(project), "report"]) == 0
    assert capsys.readouterr().out == (
        "missing (2):\n  docs/faq.md\n  data/faq.yml: entry 'two'\n"
        "stale (2):\n  docs/index.md\n  data/faq.yml: entry 'one'\n"
        "zh-TW: pages 1/2 (50.0 %), data records 1/2; 2 stale, 0 unstamped\n"
    )
    # A date or source change is not a change of the text: nothing more goes stale.
    (project / "data/faq.yml").write_text(
        english.replace("2026-11-27", "2026-11-29").replace("First answer.", "A new answer."), encoding="utf-8"
    )
    main(["--root", str(project), "report"])
    assert "2 stale" in capsys.readouterr().out
    # Re-stamping a brought-up-to-date file clears it.
    main(["--root", str(project), "stamp", "--refresh", str(project / "i18n/zh-TW/docs/index.md")])
    main(["--root", str(project), "report"])
    assert capsys.readouterr().out.endswith("1 stale, 0 unstamped\n")
