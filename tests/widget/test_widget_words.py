"""The widget's words in another language: the markup worded in zh-TW, the scripts' words in a JSON block
with the same keys and placeholders as the English written in the scripts, and English pages unchanged."""

from __future__ import annotations

import json
import re
import string
from pathlib import Path
from typing import get_args

import pytest

from checker import FINDINGS
from checker.report import Severity
from sitegen.flowchart_embed import SCRIPT_WORDS as LOOKUP_WORDS
from sitegen.flowchart_embed import page_handlers, render_lookup
from sitegen.i18n.messages import use_language
from sitegen.tags import expand_tags
from sitegen.widgets import (
    SCRIPT_WORDS,
    SEVERITY_WORDS,
    KeyCheckerTags,
    SitePaths,
    render_key_checker,
    script_words_json,
)
from tests.widget.test_findinglinks import site_links

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = [ROOT / "docs" / "assets" / "keycheck" / name for name in ("widget.js", "verdict.js")]
PROVIDERS_2 = (("openai", "OpenAI"), ("anthropic", "Anthropic"))
_BLOCK = re.compile(r'<script type="application/json" class="keycheck__words">(.*?)</script>')


def _render(language: str | None) -> str:
    return render_key_checker(
        index=1, page_url="key-checker/", paths=SitePaths(), providers=PROVIDERS_2, language=language
    )


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_an_english_widget_carries_only_the_severity_words() -> None:
    """The scripts hold the rest of the English; the severity words are written only in Python."""
    assert _render(None) == _render("en")
    found = _BLOCK.search(_render("en"))
    assert found is not None
    assert json.loads(found.group(1)) == {"verdict": {"error": "Problem", "warning": "Warning", "info": "Note"}}


def test_the_scripts_write_no_severity_word() -> None:
    source = "".join(path.read_text(encoding="utf-8") for path in SCRIPTS)
    assert set(SEVERITY_WORDS) == set(get_args(Severity))
    assert [word for word in SEVERITY_WORDS.values() if json.dumps(word) in source] == []


def test_a_zh_tw_widget_is_worded_in_chinese() -> None:
    html = _render("zh-TW")
    for text in (
        '<label class="keycheck__label" for="keycheck-1-key">API 金鑰</label>',
        'aria-label="顯示 API 金鑰">顯示</button>',
        'aria-label="清除 API 金鑰">清除</button>',
        '<option value="">任何供應商（自動偵測）</option>',
        '<label class="keycheck__label" for="keycheck-1-provider">我預期這把金鑰來自</label>',
        '<span class="keycheck__step" id="keycheck-1-step">正在載入金鑰檢查器</span>',
        '<button class="keycheck__button keycheck__retry" type="button">再試一次</button>',
        "你可以在終端機用 <code>keycheck</code> 執行同樣的檢查",
    ):
        assert text in html
    assert "API key" not in html
    assert "Try again" not in html


def test_the_words_block_has_every_key_translated_with_its_placeholders() -> None:
    found = _BLOCK.search(_render("zh-TW"))
    assert found is not None
    words = json.loads(found.group(1))
    assert {table: set(entries) for table, entries in words.items()} == {
        table: set(entries) for table, entries in SCRIPT_WORDS.items()
    }
    for table, entries in SCRIPT_WORDS.items():
        for key, english in entries.items():
            chinese = words[table][key]
            assert chinese != english or english.strip() == "", f"{table}.{key} is not translated"
            assert _fields(chinese) == _fields(english), f"{table}.{key}"
    assert words["verdict"]["invalidFor"] == "貼上的內容不是有效的 {name} 金鑰"


@pytest.mark.parametrize(
    ("table", "key"),
    [(t, k) for t, e in SCRIPT_WORDS.items() for k in e if not (t == "verdict" and k in SEVERITY_WORDS)],
)
def test_each_word_is_the_english_the_scripts_write(table: str, key: str) -> None:
    """SCRIPT_WORDS holds the scripts' English to translate: a word changed in a script must change here."""
    source = "".join(path.read_text(encoding="utf-8") for path in SCRIPTS)
    english = SCRIPT_WORDS[table][key]
    assert json.dumps(english, ensure_ascii=False) in source


def test_the_words_block_cannot_end_its_script_element() -> None:
    with use_language("zh-TW"):
        text = script_words_json()
    assert "<" not in text
    assert ">" not in text
    assert json.loads(text)["verdict"]["readMore"] == "延伸閱讀：{title}"


def _findings_table(language: str | None) -> str:
    handlers = KeyCheckerTags(
        page_url="key-checker/", source="key-checker.md", paths=SitePaths(), links=site_links, language=language
    ).handlers()
    return expand_tags("<!-- keybase:key-checker-findings -->\n", handlers, "key-checker.md")


def test_the_findings_table_in_zh_tw_has_the_checker_titles_and_the_site_words() -> None:
    table = _findings_table("zh-TW")
    assert "| 檢查結果 | 類別 | 檢查碼 | 延伸閱讀 |" in table
    assert '<span id="finding-TOO_SHORT"></span>太短：金鑰少了一部分 | 問題 | `TOO_SHORT` |' in table
    assert '<span id="finding-CONTEXT_USED"></span>依變數名稱判斷供應商 | 附註 | `CONTEXT_USED` |' in table
    rows = [line for line in table.splitlines() if line.startswith("| <span")]
    assert len(rows) == len(FINDINGS)
    assert not [row for row in rows if not re.search("[\u4e00-\u9fff]", row.split("|")[1])]


def test_the_findings_table_in_english_is_unchanged() -> None:
    table = _findings_table(None)
    assert "| Finding | Kind | Code | Read more |" in table
    row = '<span id="finding-TOO_SHORT"></span>Too short: part of the key is missing | Problem | `TOO_SHORT` |'
    assert row in table


# --- the error lookup (sitegen/flowchart_embed.py, docs/assets/errorlookup/errorlookup.js) ------------

LOOKUP_SCRIPT = ROOT / "docs" / "assets" / "errorlookup" / "errorlookup.js"
_LOOKUP_BLOCK = re.compile(r'<script type="application/json" class="errorlookup__words">(.*?)</script>')


def _lookup(language: str) -> str:
    with use_language(language):
        return render_lookup(index=1, page_url="troubleshooting/", paths=SitePaths())


def test_the_error_lookup_in_zh_tw() -> None:
    html = _lookup("zh-TW")
    assert '<label class="errorlookup__label" for="errorlookup-1-text">貼上你的錯誤</label>' in html
    assert 'aria-label="清除貼上的錯誤">清除</button>' in html
    assert '請依狀態碼在<a href="../errors/">錯誤頁面</a>中找到你的錯誤' in html
    found = _LOOKUP_BLOCK.search(html)
    assert found is not None
    words = json.loads(found.group(1))
    for table, entries in LOOKUP_WORDS.items():
        assert set(words[table]) == set(entries)
        for key, english in entries.items():
            assert _fields(words[table][key]) == _fields(english), f"{table}.{key}"
    assert words["lookup"]["why"] == "原因：{reasons}。"
    assert "errorlookup__words" not in _lookup("en")


@pytest.mark.parametrize(("table", "key"), [(t, k) for t, e in LOOKUP_WORDS.items() for k in e])
def test_each_lookup_word_is_the_english_the_script_writes(table: str, key: str) -> None:
    assert json.dumps(LOOKUP_WORDS[table][key], ensure_ascii=False) in LOOKUP_SCRIPT.read_text(encoding="utf-8")


_ANSWERS_BLOCK = re.compile(r'<script type="application/json" class="errorlookup__answers">(.*?)</script>')


def test_a_zh_tw_lookup_carries_each_entrys_heading_and_fix() -> None:
    answers = {"acme/401-bad-key": ("Acme 錯誤 401：Bad key", "重新複製 <金鑰> & 再試一次。")}
    with use_language("zh-TW"):
        html = render_lookup(index=1, page_url="troubleshooting/", paths=SitePaths(), answers=answers)
    found = _ANSWERS_BLOCK.search(html)
    assert found is not None
    assert "<金鑰>" not in found.group(1)  # escaped: the text cannot end the block
    assert json.loads(found.group(1)) == {"acme/401-bad-key": list(answers["acme/401-bad-key"])}
    english = render_lookup(index=1, page_url="troubleshooting/", paths=SitePaths(), answers=answers)
    assert "errorlookup__answers" not in english  # English pages read the checker's own catalog


@pytest.mark.parametrize(("language", "carried"), [("en", False), ("zh-TW", True)])
def test_the_lookup_tag_reads_the_answers_only_in_another_language(language: str, carried: bool) -> None:
    asked: list[str] = []

    def answers() -> dict[str, tuple[str, str]]:
        asked.append("answers")
        return {"acme/401-bad-key": ("Acme 錯誤 401：Bad key", "重新複製。")}

    with use_language(language):
        handlers = page_handlers(
            page_url="t/",
            source="t.md",
            chart=None,
            paths=SitePaths(),
            page_url_of=lambda path: None,
            error_titles=dict,
            key_checker=KeyCheckerTags(page_url="t/", source="t.md", paths=SitePaths()),
            error_answers=answers,
        )
        out = expand_tags("<!-- keybase:error-lookup -->\n", handlers, "t.md")
    assert ("errorlookup__answers" in out) is carried
    assert bool(asked) is carried
