"""The zh-TW sources (pages, overlays, the generated pages' catalog) before any build: no simplified-only
character and no wording the glossary says to avoid, outside the providers' exact messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitegen.i18n.messages import LOCALE_DIR
from tests.i18n.chinese import avoided_in, simplified_in, simplified_only, without_provider_messages

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted(
    [
        *(p for p in (ROOT / "i18n" / "zh-TW").rglob("*") if p.suffix in {".md", ".yml"} and p.name != "glossary.yml"),
        LOCALE_DIR / "zh_TW" / "LC_MESSAGES" / "sitegen.po",
        ROOT / "mkdocs.zh-TW.yml",
    ]
)


def test_the_character_table_knows_simplified_from_shared_characters() -> None:
    assert {"钥", "错", "误", "设", "过", "获"} <= simplified_only()
    assert not {"后", "了", "干", "金", "鑰", "錯"} & simplified_only()


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_no_simplified_character_and_no_avoided_wording(path: Path) -> None:
    text = without_provider_messages(path.read_text(encoding="utf-8"))
    assert simplified_in(text) == []
    assert avoided_in(text) == []
