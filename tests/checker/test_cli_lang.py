"""keycheck --lang: the report in zh-TW, English by default whatever the locale says, and a clear usage
error for a language the checker does not have. Run as a real subprocess; keys go in through stdin,
the environment or a file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .keys import VALID
from .leaks import assert_no_leak
from .test_cli import keycheck

PROJECT = VALID[("openai", "project")]
ANTHROPIC = VALID[("anthropic", "standard")]


# The pasted text is named, not given, so that no key appears in a test id or a failure report.
PASTED = {"key": PROJECT, "quoted": f'"{PROJECT}"'}


@pytest.mark.parametrize(
    ("args", "pasted", "status", "shown"),
    [
        (("--lang", "zh-TW"), "key", 0, ["輸入：有效", "供應商：OpenAI（openai）", "種類：  專案金鑰（project）"]),
        (("--lang", "zh-Hant-TW"), "quoted", 1, ["QUOTES_AROUND", "金鑰被引號包住了", "修正：請刪掉引號"]),
        (("--lang", "zh-TW", "--provider", "anthropic"), "key", 1, ["PROVIDER_MISMATCH", "不是 Anthropic 金鑰"]),
        (("--lang", "en"), "quoted", 1, ["input: not valid as pasted", "QUOTES_AROUND", "fix: Remove the quotes"]),
    ],
    ids=["valid", "alias-quotes", "mismatch", "english"],
)
def test_lang_words_the_report(args: tuple[str, ...], pasted: str, status: int, shown: list[str]) -> None:
    result = keycheck(*args, stdin=PASTED[pasted])
    assert result.returncode == status
    for text in shown:
        assert text in result.stdout
    assert_no_leak(PROJECT, result.stdout + result.stderr)


def test_english_is_the_default_whatever_the_locale() -> None:
    env = {"LANG": "zh_TW.UTF-8", "LC_ALL": "zh_TW.UTF-8", "LANGUAGE": "zh_TW"}
    result = keycheck(stdin=f'"{PROJECT}"', env=env)
    assert "The key is wrapped in quotes" in result.stdout
    assert "金鑰" not in result.stdout


@pytest.mark.parametrize("lang", ["fr", "zh-CN", "zh"])
def test_unknown_lang_is_a_usage_error(lang: str) -> None:
    result = keycheck("--lang", lang, stdin=PROJECT)
    assert result.returncode == 2
    assert "unknown language; known: en, zh-TW" in result.stderr
    assert result.stdout == ""


def test_a_key_given_to_lang_by_mistake_is_not_echoed() -> None:
    result = keycheck("--lang", PROJECT, stdin=PROJECT)
    assert result.returncode == 2
    assert_no_leak(PROJECT, result.stdout + result.stderr)


def test_json_keeps_codes_and_words_messages_in_chinese() -> None:
    result = keycheck("--lang", "zh-TW", "--json", stdin=f" {PROJECT} ")
    report = json.loads(result.stdout)
    assert [f["code"] for f in report["findings"]] == ["WHITESPACE_AROUND"]
    assert report["findings"][0]["message"].startswith("金鑰前面或後面有空白")
    assert report["variant_label"] == "專案金鑰"
    assert_no_leak(PROJECT, result.stdout)


def test_env_file_in_chinese(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text(f"OPENAI_API_KEY={PROJECT}\nANTHROPIC_API_KEY='{ANTHROPIC}'\nOTHER_TOKEN=abc\n")
    result = keycheck("--lang", "zh-TW", "--file", str(env_file))
    assert "OPENAI_API_KEY（第 1 行）：有效" in result.stdout
    assert "ANTHROPIC_API_KEY（第 2 行）：有效" in result.stdout
    assert "已略過（不是已知供應商的金鑰）：OTHER_TOKEN" in result.stdout
    assert_no_leak(PROJECT, result.stdout)
    assert_no_leak(ANTHROPIC, result.stdout)


def test_error_lookup_reasons_in_chinese() -> None:
    text = 'Error code: 429 - {"error": {"message": "You exceeded your current quota", "type": "insufficient_quota"}}'
    result = keycheck("--lang", "zh-TW", "--error", stdin=text)
    assert result.returncode == 0
    assert "原因：" in result.stdout
    assert "文字中有「" in result.stdout
    english = keycheck("--error", stdin=text)
    assert "why:   the text contains" in english.stdout


def test_messages_on_stderr_follow_lang_too() -> None:
    result = keycheck("--lang", "zh-TW", "--env", "KEYCHECK_TEST_UNSET_VARIABLE")
    assert result.returncode == 2
    assert result.stderr == "keycheck：--env 後面指定的環境變數沒有設定。\n"
    warned = keycheck("--lang", "zh-TW", PROJECT)
    assert warned.stderr.startswith("keycheck：警告：以引數傳入的金鑰")
    assert_no_leak(PROJECT, warned.stdout + warned.stderr)
