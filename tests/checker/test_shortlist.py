"""checker.shortlist only narrows down: could_fit is False only where no format fits, and leading_prefix
finds what a walk over every known prefix finds."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker import PROVIDERS
from checker.matching import Level, check_all, known_prefixes
from checker.shortlist import could_fit, leading_prefix

from .keys import B64URL, CONTEXTUAL, VALID

KEYS = sorted({**VALID, **CONTEXTUAL}.items())
PREFIXES = sorted({f.prefix for p in PROVIDERS.values() for f in p.formats if f.prefix})
ALPHABET = B64URL + ".+/=:~ "


def fits_somewhere(text: str) -> bool:
    return any(c.level >= Level.LOOSE for c in check_all(text))


def test_every_sample_key_could_fit() -> None:
    for _, key in KEYS:
        assert could_fit(key)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(range(len(KEYS))),
    st.integers(-12, 12),
    st.lists(st.tuples(st.integers(0, 400), st.sampled_from(ALPHABET)), max_size=3),
)
def test_could_fit_is_false_only_where_nothing_fits_mangled_keys(
    index: int, change: int, edits: list[tuple[int, str]]
) -> None:
    text = KEYS[index][1]
    text = text[:change] if change < 0 else text + text[-change:] if change else text
    for pos, ch in edits:
        text = text[:pos] + ch + text[pos + 1 :]
    assert could_fit(text) or not fits_somewhere(text)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["", *PREFIXES]), st.text(st.sampled_from(ALPHABET), min_size=8, max_size=200))
def test_could_fit_is_false_only_where_nothing_fits_random_text(prefix: str, body: str) -> None:
    text = prefix + body
    assert could_fit(text) or not fits_somewhere(text)


def naive_leading_prefix(text: str) -> str:
    return next((prefix for prefix, _, _ in known_prefixes() if text.startswith(prefix)), "")


@given(st.sampled_from(PREFIXES), st.text(st.sampled_from(ALPHABET), max_size=20))
def test_leading_prefix_is_the_longest_known_one(prefix: str, rest: str) -> None:
    text = prefix + rest
    assert leading_prefix(text)[0] == naive_leading_prefix(text)
    assert leading_prefix(rest)[0] == naive_leading_prefix(rest)


def test_characters_the_scan_skips_need_no_change() -> None:
    # diagnose looks one by one only at characters _SPECIAL_CHAR matches; every other one must be kept
    # as it is: printable ASCII or ASCII whitespace, or neither invisible, whitespace nor a look-alike.
    from checker.chars import ascii_lookalike, is_invisible
    from checker.engine import _SPECIAL_CHAR

    skipped = [chr(c) for c in range(0x110000) if not _SPECIAL_CHAR.match(chr(c))]
    for ch in skipped:
        plain = ch.isascii() and (ch.isprintable() or ch.isspace())
        assert plain or not (is_invisible(ch) or ch.isspace() or ascii_lookalike(ch)), hex(ord(ch))
