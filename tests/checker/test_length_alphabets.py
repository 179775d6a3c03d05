"""Where the only source of one length states a narrower alphabet (KeyFormat.length_chars), a key of that
length with any other character is not valid: kingfisher's rule for 56-character OpenAI sk-None- keys
allows letters and digits, and only its rule for 100 characters or more allows _ and -. Cases are built
from the formats' data, for each such length, at several places in the key."""

from __future__ import annotations

import pytest

from checker import PROVIDERS, KeyFormat, diagnose

from .keys import fill

NARROW = [
    (prov.id, fmt, length, chars)
    for prov in PROVIDERS.values()
    for fmt in prov.formats
    for length, chars, _ in fmt.length_chars
]
NARROW_IDS = [f"{p}-{f.variant}-{n}" for p, f, n, _ in NARROW]


def test_some_format_states_a_narrower_alphabet() -> None:
    assert [(pid, fmt.variant, length) for pid, fmt, length, _ in NARROW] == [("openai", "user", 56)]


def _key(fmt: KeyFormat, length: int, chars: str, seed: int) -> str:
    """A key of `length` from `chars`, with the format's marker in the middle where it has one."""
    marker = fmt.marker or ""
    half = (length - len(fmt.prefix) - len(marker)) // 2
    return fmt.prefix + fill(half, chars, seed) + marker + fill(half, chars, seed + 1)


CASES = [
    (pid, fmt, length, chars, wrong, at)
    for pid, fmt, length, chars in NARROW
    for wrong in sorted(set(fmt.chars) - set(chars))
    for at in (len(fmt.prefix), length // 2 - 5, length - 1)
]


@pytest.mark.parametrize(("pid", "fmt", "length", "chars"), NARROW, ids=NARROW_IDS)
def test_the_narrow_alphabet_is_valid(pid: str, fmt: KeyFormat, length: int, chars: str) -> None:
    for seed in range(5):
        key = _key(fmt, length, chars, seed)
        assert len(key) == length
        report = diagnose(key, pid)
        assert (report.provider, report.variant, report.verdict) == (pid, fmt.variant, "valid")


@pytest.mark.parametrize("case", CASES, ids=[f"{p}-{f.variant}-{n}-{w!r}@{a}" for p, f, n, _, w, a in CASES])
def test_a_character_outside_it_is_not_valid(case: tuple[str, KeyFormat, int, str, str, int]) -> None:
    pid, fmt, length, chars, wrong, at = case
    key = _key(fmt, length, chars, 3)
    text = key[:at] + wrong + key[at + 1 :]
    for provider in (None, pid):
        report = diagnose(text, provider)
        assert report.verdict == "invalid"
        assert report.cleaned_verdict == "invalid"
        assert "INVALID_CHARACTERS" in [f.code for f in report.findings]
