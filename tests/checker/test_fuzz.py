"""diagnose() never raises and never shows more of a key than its masked form, whatever the input."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker import PROVIDERS, diagnose
from checker.engine import MAX_INPUT

from .keys import VALID
from .leaks import assert_no_leak

# Characters that have broken text tools before: controls, lone surrogates, direction overrides,
# zero-width and joiner characters, look-alikes, quotes, the ellipsis dashboards use.
NASTY = [
    *list(
        "\x00\x07\x1b\x7f\r\n\t\u0085\u00a0\u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u2028\u2029"
        "\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff\ufffd\u0430\u03bf\u2013\u2212"
        "\uff21\u201c\u201d\u2018\u2019\u00ab\u00bb\u2026*.=:;,<>${}"
    ),
    "\ud800",
    "\udfff",
    "\U0001f600",
    "\U000e0041",
]

any_char = st.one_of(st.characters(codec=None, exclude_categories=()), st.sampled_from(NASTY))
any_text = st.text(any_char, max_size=300)
providers = st.one_of(st.none(), st.sampled_from([*PROVIDERS, "", "nope", " OPENAI "]))
# Draw which key, not the key itself, so a failure report names the kind and never prints a key.
kinds = st.sampled_from(sorted(VALID))
wrappers = st.sampled_from(["", " ", "\n", '"', "'", "\u201c", "Bearer ", "OPENAI_API_KEY=", "export X_KEY=", "`"])

FAST = settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_report(text: str, provider: str | None) -> str:
    report = diagnose(text, provider)
    data = report.to_dict()
    dumped = json.dumps(data, ensure_ascii=False)
    assert isinstance(report.valid, bool)
    assert report.valid <= report.cleaned_valid
    assert len(report.masked) <= 64  # a prefix, an ellipsis, four characters: never the whole text
    return dumped


@FAST
@given(any_text, providers)
def test_any_text(text: str, provider: str | None) -> None:
    check_report(text, provider)


@FAST
@given(kinds, st.lists(st.tuples(st.integers(0, 300), any_char), max_size=4), wrappers, wrappers, providers)
def test_mangled_keys_never_leak(
    kind: tuple[str, str], inserts: list[tuple[int, str]], before: str, after: str, provider: str | None
) -> None:
    key = VALID[kind]
    text = key
    for pos, ch in inserts:
        text = text[:pos] + ch + text[pos:]
    dumped = check_report(before + text + after, provider)
    assert_no_leak(key, dumped)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.text(any_char, min_size=1, max_size=8), st.integers(1, 1_000_000), kinds)
def test_huge_inputs(chunk: str, size: int, kind: tuple[str, str]) -> None:
    key = VALID[kind]
    text = (chunk * (size // len(chunk) + 1))[:size] + key
    dumped = check_report(text, None)
    assert_no_leak(key, dumped)
    if len(text) > MAX_INPUT:
        assert '"INPUT_TOO_LONG"' in dumped


def test_one_megabyte_of_one_character() -> None:
    report = diagnose("A" * 1_000_000)
    assert [f.code for f in report.findings] == ["INPUT_TOO_LONG"]
