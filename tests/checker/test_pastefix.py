"""Paste mistakes are named, undone, and the cleaned key judged: for every sample key of every provider,
each mistake gets its finding code, and the cleaned verdict, provider and masked form are the key's own.
The CLI and the JSON report say so too ("not valid as pasted", cleaned_verdict)."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from checker import diagnose
from checker.cli import render
from checker.dotenv import parse_dotenv
from checker.shortlist import leading_prefix

from .keys import VALID, uuid
from .leaks import assert_no_leak

PROJECT = VALID[("openai", "project")]
ANTHROPIC = VALID[("anthropic", "standard")]
LANGFUSE_SECRET = VALID[("langfuse", "secret")]
LANGFUSE_PUBLIC = "pk-lf-" + uuid(3)
ESC = "\x1b"
URL = "https://api.example.com/v1/models"

# (name, what the paste does to the key, the finding it must get)
MISTAKES: list[tuple[str, Callable[[str], str], str]] = [
    ("ansi-colour", lambda k: f"{ESC}[1;32m{k}{ESC}[0m", "ANSI_ESCAPES"),
    ("ansi-in-env-line", lambda k: f"{ESC}[33mMY_API_KEY={k}{ESC}[0m", "ANSI_ESCAPES"),
    ("escaped-newline", lambda k: k + "\\n", "ESCAPED_NEWLINE"),
    ("escaped-crlf-in-json-string", lambda k: '"' + k + '\\r\\n"', "ESCAPED_NEWLINE"),
    ("unicode-ellipsis", lambda k: k + "\u2026", "TRAILING_ELLIPSIS"),
    ("env-inline-comment", lambda k: f"MY_API_KEY={k} # production", "INLINE_COMMENT"),
    ("env-inline-comment-tab", lambda k: f"MY_API_KEY={k}\t#prod", "INLINE_COMMENT"),
    ("env-quoted-then-comment", lambda k: f'MY_API_KEY="{k}"  # prod', "INLINE_COMMENT"),
    ("curl-bearer", lambda k: f'curl {URL} -H "Authorization: Bearer {k}"', "COMMAND_AROUND_KEY"),
    ("curl-header-first", lambda k: f"$ curl -s -H 'x-api-key: {k}' {URL}", "COMMAND_AROUND_KEY"),
    ("curl-url-parameter", lambda k: f'curl "{URL}?key={k}&alt=json"', "COMMAND_AROUND_KEY"),
    ("in-a-sentence", lambda k: f"my key is {k} thanks", "TEXT_AROUND_KEY"),
    ("in-json", lambda k: '{"api_key": "' + k + '"}', "TEXT_AROUND_KEY"),
    ("in-angle-brackets", lambda k: f"<{k}>", "TEXT_AROUND_KEY"),
    ("joined-with-an-openai-key", lambda k: k + PROJECT, "TWO_KEYS_JOINED"),
    ("joined-with-itself", lambda k: k + k, "TWO_KEYS_JOINED"),
]

# Keys a mistake cannot be told apart from, by their shape: skipped for that mistake, with the reason.
SKIP: dict[tuple[str, str], str] = {}
KEYS = sorted((kind, key) for kind, key in VALID.items() if diagnose(key).verdict == "valid")


@pytest.mark.parametrize(("kind", "key"), KEYS, ids=[f"{p}-{v}" for (p, v), _ in KEYS])
@pytest.mark.parametrize(("mistake", "paste", "code"), MISTAKES, ids=[m[0] for m in MISTAKES])
def test_mistake_is_named_and_the_cleaned_key_judged(
    kind: tuple[str, str], key: str, mistake: str, paste: Callable[[str], str], code: str
) -> None:
    if mistake == "joined-with-an-openai-key" and kind == ("openai", "project"):
        pytest.skip("the same key twice is the joined-with-itself case")
    if mistake == "joined-with-itself" and len(leading_prefix(key)[0]) < 3:
        pytest.skip("without a prefix, nothing marks where the second key starts")
    clean = diagnose(key)
    report = diagnose(paste(key))
    data = report.to_dict()
    assert code in [f["code"] for f in data["findings"]]
    assert data["verdict"] == "invalid"
    assert (data["cleaned_verdict"], data["provider"], data["masked"]) == ("valid", clean.provider, clean.masked)
    text = render(report)
    assert "not valid as pasted (the key itself is fine once the mistakes below are fixed)" in text
    assert_no_leak(key, json.dumps(data, ensure_ascii=False) + text)


def test_joined_keys_judge_the_chosen_providers_half() -> None:
    report = diagnose(PROJECT + ANTHROPIC, "anthropic")
    assert (report.provider, report.cleaned_verdict) == ("anthropic", "valid")
    assert "second one is judged" in report.findings[0].message
    assert diagnose(PROJECT + ANTHROPIC).provider == "openai"


def test_a_cut_key_joined_to_another_keeps_its_own_problem() -> None:
    report = diagnose(PROJECT[:-20] + ANTHROPIC)
    assert [f.code for f in report.findings][:2] == ["TWO_KEYS_JOINED", "TOO_SHORT"]
    assert report.cleaned_verdict == "invalid"


@pytest.mark.parametrize(
    "text",
    [f"{LANGFUSE_PUBLIC}:{LANGFUSE_SECRET}", f"{LANGFUSE_SECRET}:{LANGFUSE_PUBLIC}"],
    ids=["public-first", "secret-first"],
)
def test_langfuse_pair_judges_the_secret_half(text: str) -> None:
    report = diagnose(text)
    assert report.findings[0].code == "KEY_PAIR_PASTED"
    assert (report.provider, report.variant, report.cleaned_verdict) == ("langfuse", "secret", "valid")
    assert report.masked == diagnose(LANGFUSE_SECRET).masked


def test_langfuse_pair_with_a_cut_secret_or_public_half() -> None:
    cut_secret = diagnose(f"{LANGFUSE_PUBLIC}:{LANGFUSE_SECRET[:-3]}")
    assert "TOO_SHORT" in [f.code for f in cut_secret.findings]
    assert cut_secret.cleaned_verdict == "invalid"
    cut_public = diagnose(f"{LANGFUSE_PUBLIC[:-4]}:{LANGFUSE_SECRET}")
    assert "PAIR_HALF_MALFORMED" in [f.code for f in cut_public.findings]
    assert cut_public.cleaned_verdict == "valid"  # the secret key itself is fine


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sk-proj-\u2026" + PROJECT[-4:], "MASKED_KEY"),  # a dashboard's masked copy stays one
        (PROJECT[:40] + "\u2026", "MASKED_KEY"),  # so does a key cut and marked with an ellipsis
        ("curl https://api.openai.com/v1/models", "URL_NOT_KEY"),  # a command with no key in it
        (f"MY_API_KEY={PROJECT}#prod", "INVALID_CHARACTERS"),  # no space before '#': part of the value
    ],
    ids=["masked", "cut-with-ellipsis", "curl-without-key", "hash-without-space"],
)
def test_lookalikes_of_these_mistakes_are_not_taken_for_them(text: str, expected: str) -> None:
    codes = [f.code for f in diagnose(text).findings]
    assert expected in codes
    assert not {"TRAILING_ELLIPSIS", "COMMAND_AROUND_KEY", "INLINE_COMMENT"} & set(codes)


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("K_KEY=abc # comment", "abc"),
        ("K_KEY=abc\t# comment", "abc"),
        ("K_KEY=abc#def", "abc#def"),
        ("K_KEY='abc # not a comment' # comment", "abc # not a comment"),
    ],
)
def test_dotenv_reads_comments_as_python_dotenv_does(line: str, value: str) -> None:
    assert [e.value for e in parse_dotenv(line)] == [value]


# Cases for the finding-coverage and Pyodide parity tests (test_diagnose.all_cases).
PASTE_CASES: list[str] = [paste(PROJECT) for _, paste, _ in MISTAKES if paste(PROJECT) != PROJECT + PROJECT] + [
    f"{LANGFUSE_PUBLIC}:{LANGFUSE_SECRET}",
    f"{LANGFUSE_PUBLIC[:-4]}:{LANGFUSE_SECRET}",
    PROJECT + ANTHROPIC,
]
