"""Paste mistakes at the edges: each must be named or undone so that the key inside gets the verdict it gets
on its own. Generated for every sample key of every provider (tests/checker/keys.py):

- full-width and CJK quotation marks around the key (「…」, 『…』, ＂…＂), as Chinese and Japanese text quotes;
- a key at the end of a sentence, full stop included, also for keys without a prefix;
- an invisible character, a space or a line break inside a key whose prefix holds a word that reads like a
  placeholder (Bedrock's bedrock-api-key-): a real key split so is not "example text";
- an API error pasted with typographic quotes (’ “ ”), or escaped twice (a JSON body logged inside a JSON
  string), or with its non-ASCII characters written as \\u escapes, is found like the error as sent;
- a key inside Chinese, Japanese or Korean text (no spaces), after a list bullet, in a Markdown link or a CSV
  line is found and judged, and a mask mark against a key still makes a masked copy.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from checker import diagnose
from checker.errorlookup import lookup

from .keys import CONTEXTUAL, VALID
from .leaks import assert_no_leak

ALL = {**VALID, **CONTEXTUAL}
KINDS = sorted(ALL)
IDS = [f"{p}-{v}" for p, v in KINDS]

WIDE_QUOTES = [("「", "」"), ("『", "』"), ("＂", "＂"), ("＇", "＇"), ("〝", "〞")]


@pytest.mark.parametrize("kind", KINDS, ids=IDS)
@pytest.mark.parametrize(("opening", "closing"), WIDE_QUOTES, ids=[o + c for o, c in WIDE_QUOTES])
def test_full_width_and_cjk_quotes_are_taken_off(kind: tuple[str, str], opening: str, closing: str) -> None:
    key = ALL[kind]
    for provider in (None, kind[0]):
        alone = diagnose(key, provider)
        for lang in ("en", "zh-TW"):
            report = diagnose(opening + key + closing, provider, lang)
            codes = [f.code for f in report.findings]
            assert "QUOTES_AROUND" in codes
            assert report.verdict == "invalid"
            assert (report.cleaned_verdict, report.provider, report.masked) == (
                alone.verdict,
                alone.provider,
                alone.masked,
            )
            assert_no_leak(key, json.dumps(report.to_dict(), ensure_ascii=False))
    quoted = diagnose(opening + key + closing).findings[0].message
    assert "full-width or CJK quotation marks" in quoted


SENTENCES = ["Here is my key: {key}.", "The key {key}.", "I pasted {key}. It fails."]


@pytest.mark.parametrize("kind", KINDS, ids=IDS)
@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_key_ending_a_sentence_is_found_without_its_full_stop(kind: tuple[str, str], sentence: str) -> None:
    key = ALL[kind]
    for provider in (None, kind[0]):
        alone = diagnose(key, provider)
        report = diagnose(sentence.format(key=key), provider)
        codes = [f.code for f in report.findings]
        assert "SENTENCE_NOT_KEY" not in codes
        assert "TEXT_AROUND_KEY" in codes
        assert (report.cleaned_verdict, report.provider) == (alone.verdict, alone.provider)


BREAKS = ["\u200b", "\ufeff", "\u200e", "\u00ad", " ", "\n", "\r\n"]


def _positions(key: str) -> list[int]:
    """Inside the prefix, just after it and in the middle of the body."""
    return sorted({3, 9, 20, len(key) // 2})


@pytest.mark.parametrize("kind", KINDS, ids=IDS)
@pytest.mark.parametrize("mark", BREAKS, ids=[f"U+{ord(m[0]):04X}" for m in BREAKS])
def test_a_key_split_by_a_mark_is_never_a_placeholder(kind: tuple[str, str], mark: str) -> None:
    key = ALL[kind]
    alone = diagnose(key)
    for at in _positions(key):
        report = diagnose(key[:at] + mark + key[at:])
        codes = [f.code for f in report.findings]
        assert "PLACEHOLDER" not in codes, at
        if alone.verdict == "valid":
            assert (report.cleaned_verdict, report.provider) == ("valid", alone.provider), (at, codes)


def _catalog_messages() -> list[tuple[str, str]]:
    """(provider/id, message) of every error in data/errors whose message quotes something."""
    out = []
    for path in sorted((Path(__file__).resolve().parents[2] / "data" / "errors").glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for e in data["errors"]:
            # Placeholders such as <model id> stand for a value the API fills in: a word takes their place.
            message = re.sub(r"<[^<>]{1,40}>", "sample", e.get("message") or "")
            if "'" in message or '"' in message:
                out.append((f"{path.stem}/{e['id']}", message))
    return out


CURLY = str.maketrans({"'": "’", '"': "”"})
MESSAGES = _catalog_messages()


def test_catalog_has_messages_with_quotes() -> None:
    assert len(MESSAGES) >= 10


@pytest.mark.parametrize(("ref", "message"), MESSAGES, ids=[r for r, _ in MESSAGES])
def test_typographic_quotes_do_not_hide_an_error(ref: str, message: str) -> None:
    straight = [m.ref for m in lookup(message).matches]
    curly = [m.ref for m in lookup(message.translate(CURLY)).matches]
    assert curly[:1] == straight[:1]


HTML_QUOTES = [
    ("&quot;", "&quot;"),
    ("&#34;", "&#34;"),
    ("&#39;", "&#39;"),
    ("&QUOT;", "&quot;"),
    ("&ldquo;", "&rdquo;"),
]


@pytest.mark.parametrize("kind", KINDS, ids=IDS)
@pytest.mark.parametrize(("opening", "closing"), HTML_QUOTES, ids=[o for o, _ in HTML_QUOTES])
def test_quotes_written_as_html_entities_are_taken_off(kind: tuple[str, str], opening: str, closing: str) -> None:
    key = ALL[kind]
    for provider in (None, kind[0]):
        alone = diagnose(key, provider)
        report = diagnose(opening + key + closing, provider)
        assert "QUOTES_AROUND" in [f.code for f in report.findings]
        assert report.verdict == "invalid"
        assert (report.cleaned_verdict, report.provider, report.masked) == (alone.verdict, alone.provider, alone.masked)
    assert "written as HTML" in diagnose(opening + key + closing).findings[0].message


@pytest.mark.parametrize(("ref", "message"), MESSAGES, ids=[r for r, _ in MESSAGES])
def test_an_error_escaped_twice_is_found(ref: str, message: str) -> None:
    """A JSON body logged as a string inside another JSON string: every quote escaped twice."""
    straight = [m.ref for m in lookup(message).matches]
    twice = json.dumps(json.dumps({"error": {"message": message}}))
    assert [m.ref for m in lookup(twice).matches][:1] == straight[:1]


def _non_ascii_messages() -> list[tuple[str, str]]:
    """(provider/id, message) of every error in data/errors whose message has characters beyond ASCII."""
    out = []
    for path in sorted((Path(__file__).resolve().parents[2] / "data" / "errors").glob("*.yml")):
        for e in yaml.safe_load(path.read_text(encoding="utf-8"))["errors"]:
            message = re.sub(r"<[^<>]{1,40}>", "sample", e.get("message") or "")
            if not message.isascii():
                out.append((f"{path.stem}/{e['id']}", message))
    return out


NON_ASCII = _non_ascii_messages()


def test_catalog_has_messages_beyond_ascii() -> None:
    assert len(NON_ASCII) >= 5


@pytest.mark.parametrize(("ref", "message"), NON_ASCII, ids=[r for r, _ in NON_ASCII])
def test_an_error_with_unicode_escapes_is_found(ref: str, message: str) -> None:
    """JSON writers escape what is not ASCII (Python's json.dumps by default): 令 is written \\u4ee4."""
    straight = [m.ref for m in lookup(message).matches]
    assert straight[:1] == [ref]
    for escaped in (json.dumps({"error": {"message": message}}), json.dumps(json.dumps({"message": message}))):
        assert [m.ref for m in lookup(escaped).matches][:1] == [ref]


# Text around a key that the key checker met in real pastes: Chinese and Japanese sentences put no space
# around it, lists put a bullet before it, Markdown and CSV put it between their marks.
AROUND = [
    ("zh-label", "金鑰：{key}"),
    ("zh-sentence", "我的金鑰是{key}，請幫我看看。"),
    ("zh-parentheses", "（{key}）"),
    ("ja-quote", "キー「{key}」です"),
    ("ko-sentence", "제 키는 {key}입니다"),
    ("full-width-colon", "OPENAI_API_KEY：{key}"),
    ("bullet", "• {key}"),
    ("black-circle", "● {key}"),
    ("bullet-operator", "∙ {key}"),
    ("markdown-link", "[{key}](https://example.com/keys)"),
    ("csv", "openai,{key},2026-11-29"),
    ("key-in-fragment", "https://example.com/#key={key}"),
]


@pytest.mark.parametrize("kind", KINDS, ids=IDS)
@pytest.mark.parametrize(("name", "template"), AROUND, ids=[n for n, _ in AROUND])
def test_the_key_is_found_in_the_text_around_it(kind: tuple[str, str], name: str, template: str) -> None:
    key = ALL[kind]
    for provider in (None, kind[0]):
        alone = diagnose(key, provider)
        for lang in ("en", "zh-TW"):
            report = diagnose(template.format(key=key), provider, lang)
            codes = [f.code for f in report.findings]
            assert "MASKED_KEY" not in codes
            assert "PLACEHOLDER" not in codes
            assert report.verdict == "invalid"
            assert (report.cleaned_verdict, report.provider) == (alone.verdict, alone.provider), codes
            assert_no_leak(key, json.dumps(report.to_dict(), ensure_ascii=False))


MASKED = ["sk-proj-…{tail}", "sk-proj-****{tail}", "sk-•••••••{tail}", "sk-ant-api03-...{tail}", "●●●●●●●●{tail}"]


@pytest.mark.parametrize("template", MASKED)
def test_a_mask_against_the_key_is_still_a_masked_copy(template: str) -> None:
    assert "MASKED_KEY" in [f.code for f in diagnose(template.format(tail="Xy7q")).findings]
