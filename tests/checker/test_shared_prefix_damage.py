"""Damaged keys under a prefix several providers share (sk-): a marker decides the provider, and
without one no provider is named, since a length that fits no shape cannot tell whose key was cut.

Cases are generated from PROVIDERS and tests/checker/keys.py: every kind of key whose prefix begins
like a shape that needs context, cut or extended by 1 and 8 characters.
"""

from __future__ import annotations

import re

import pytest

from checker import PROVIDERS, diagnose

from .keys import ALNUM, CONTEXTUAL, VALID, fill

CONTEXT_PREFIXES = {f.prefix for p in PROVIDERS.values() for f in p.formats if f.needs_context and f.prefix}
FORMATS = {(p.id, f.variant): f for p in PROVIDERS.values() for f in p.formats}
DELTAS = (-8, -1, 1, 8)


def _damaged(key: str, delta: int) -> str:
    return key[:delta] if delta < 0 else key + fill(delta, ALNUM, 31)


def _fits_no_shape(text: str) -> bool:
    """No format whose prefix the text starts with has the text's length."""
    own = [f for f in FORMATS.values() if f.prefix and text.startswith(f.prefix)]
    return all(len(text) not in (f.lengths or range(f.total_length[0], f.total_length[1] + 1)) for f in own)


MARKED = [
    (ident, delta, _damaged(key, delta))
    for ident, key in VALID.items()
    if FORMATS[ident].marker and any(key.startswith(p) for p in CONTEXT_PREFIXES)
    for delta in DELTAS
]
CONTEXT_ONLY = [
    (ident, delta, _damaged(key, delta))
    for ident, key in CONTEXTUAL.items()
    if FORMATS[ident].prefix in CONTEXT_PREFIXES
    for delta in DELTAS
]


def test_cases_exist() -> None:
    assert len(MARKED) >= 4
    assert len(CONTEXT_ONLY) >= 12
    assert sum(_fits_no_shape(text) for _, _, text in CONTEXT_ONLY) >= 8


@pytest.mark.parametrize(("ident", "delta", "text"), MARKED, ids=[f"{i[0]}-{i[1]}{d:+d}" for i, d, _ in MARKED])
def test_marker_names_the_provider_of_a_damaged_key(ident: tuple[str, str], delta: int, text: str) -> None:
    report = diagnose(text)
    assert report.provider == ident[0]
    assert report.verdict == "invalid"


@pytest.mark.parametrize(
    ("ident", "delta", "text"), CONTEXT_ONLY, ids=[f"{i[0]}-{i[1]}{d:+d}" for i, d, _ in CONTEXT_ONLY]
)
def test_shared_prefix_alone_names_no_provider(ident: tuple[str, str], delta: int, text: str) -> None:
    report = diagnose(text)
    if not _fits_no_shape(text):
        # The damaged length is another context shape's own: that one is judged, never "valid" alone.
        assert report.verdict != "valid"
        return
    assert report.provider is None
    assert report.verdict == "invalid"
    assert ident[0] in report.candidates
    assert [f.code for f in report.findings] == ["UNKNOWN_FORMAT"]
    chosen = diagnose(text, ident[0])
    assert chosen.provider == ident[0]
    assert {f.code for f in chosen.findings} & {"TOO_SHORT", "TOO_LONG"}


PLACEHOLDERS = [
    # The key's own layout (a UUID keeps its dashes) with every letter and digit made the same.
    (ident, FORMATS[ident].prefix + re.sub("[A-Za-z0-9]", filler, key[len(FORMATS[ident].prefix) :]))
    for ident, key in CONTEXTUAL.items()
    for filler in ("0", "a")
]


@pytest.mark.parametrize(("ident", "text"), PLACEHOLDERS, ids=[f"{i[0]}-{i[1]}-{t[-1]}" for i, t in PLACEHOLDERS])
def test_placeholder_of_a_shape_that_needs_context_names_no_provider(ident: tuple[str, str], text: str) -> None:
    alone = diagnose(text)
    assert (alone.provider, alone.verdict, alone.findings[0].code) == (None, "invalid", "PLACEHOLDER")
    chosen = diagnose(text, ident[0])
    assert (chosen.provider, chosen.verdict, chosen.findings[0].code) == (ident[0], "invalid", "PLACEHOLDER")


MARKED_CHOSEN = [
    (ident, other, key)
    for ident, key in VALID.items()
    if FORMATS[ident].marker
    for other in PROVIDERS
    if other != ident[0]
]


@pytest.mark.parametrize(
    ("ident", "other", "key"), MARKED_CHOSEN, ids=[f"{i[0]}-{i[1]}-as-{o}" for i, o, _ in MARKED_CHOSEN]
)
def test_a_key_with_its_marker_is_never_valid_for_another_provider(
    ident: tuple[str, str], other: str, key: str
) -> None:
    report = diagnose(key, other)
    assert report.verdict != "valid"
    assert report.provider in (ident[0], None)
