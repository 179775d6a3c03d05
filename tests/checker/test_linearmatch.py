"""checker.linearmatch: which patterns it takes, what it finds (what a case-insensitive re.search finds),
and that the work
grows linearly with the text (counted in characters handed to `re`, not timed)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from itertools import pairwise

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.linearmatch import (
    MAX_REPEAT,
    Haystack,
    LinearPattern,
    NotLinear,
    compile_linear,
    first_match,
    lower_same_length,
)
from tests.support import ROOT

CATALOG = [
    p
    for entry in json.loads((ROOT / "checker" / "error_catalog.json").read_text(encoding="utf-8"))["errors"]
    for p in entry["patterns"]
]
# Shapes the catalog may use, with the edge cases of windows: \b and $ at a window's end, ^ at the start.
SYNTHETIC = [
    r"\bcancelled\b",
    r"^overloaded$",
    r"^model: \S{1,100}",
    r"402.{0,40}resource_exhausted",
    r"the model:? `?[^`]{0,200}`? does not exist",
    r"not_found_error.{0,200}model",
    r"would exceed (the|your account's) rate limit",
    r"limit: ?0\b",
    r"x{0,3}abc\b",
]


@pytest.mark.parametrize(
    ("pattern", "anchor", "width"),
    [
        ("incorrect api key provided", "incorrect api key provided", 26),
        ("Incorrect API key provided", "incorrect api key provided", 26),
        (r"didn'?t provide an api key", "t provide an api key", 25),
        (r"\bcancelled\b", "cancelled", 9),
        (r"the model:? `?[^`]{0,200}`? does not exist", " does not exist", 228),
        (r"api_key_(http_referrer|service)_blocked", "api_key_", 29),
        (r"Missing Scopes: [a-z]{1,5}", "missing scopes: ", 21),
        (r"a\.b\ncd", "a.b\ncd", 6),
    ],
)
def test_anchor_and_width(pattern: str, anchor: str, width: int) -> None:
    compiled = compile_linear(pattern)
    assert (compiled.anchor, compiled.width) == (anchor, width)


def test_whole_words_of_the_anchor_must_be_words_of_the_text() -> None:
    compiled = compile_linear("incorrect api key provided")
    assert compiled.words == {"api", "key"}  # the ends may be parts of longer words
    assert first_match(compiled, Haystack("Xincorrect API KEY providedX")) is not None
    assert first_match(compiled, Haystack("incorrect apikey provided")) is None


@pytest.mark.parametrize(
    ("pattern", "why"),
    [
        (r"the model `[^`]*` does not exist", "'*' repeats without a limit"),
        (r"not_found_error.+model", "'+' repeats without a limit"),
        (r"quota.{3,}", "{n,} repeats without a limit"),
        (r"(ab{0,3}){0,3}xyz", "a repeated group repeats again"),
        (r"(?=quota)quota", "look-arounds"),
        (r"quota.{0,201}", f"more than {MAX_REPEAT}"),
        (r"a.{0,200}b.{0,200}c", "could span 403 characters"),
        (r"(quota|limit)", "no plain text of 3"),
        (r"\d{1,3}ab", "no plain text of 3"),
        (r"quota\x41", r"the escape \x"),
        (r"quota[abc", "not a valid regular expression"),
    ],
)
def test_patterns_outside_the_subset_are_refused_with_the_reason(pattern: str, why: str) -> None:
    with pytest.raises(NotLinear, match=re.escape(why)):
        compile_linear(pattern)


def test_every_catalog_pattern_is_in_the_subset() -> None:
    assert CATALOG
    for pattern in CATALOG:
        compile_linear(pattern)


def fragments(pattern: str) -> list[str]:
    """Pieces of text near-matches are made of: the pattern's words and marks, and the anchor."""
    words = re.findall(r"[a-z_]+|[^a-z_\\\[\]{}()?|^$*+.]", pattern.lower())
    return [*words, compile_linear(pattern).anchor, " ", "`", "'", ".", "x", "X", "İ", "402", "\n"]


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(set(CATALOG + SYNTHETIC))), st.data())
def test_first_match_finds_what_re_search_finds(pattern: str, data: st.DataObject) -> None:
    compiled = compile_linear(pattern)
    pieces = data.draw(st.lists(st.sampled_from(fragments(pattern)), max_size=80))
    filler = data.draw(st.integers(0, 300))
    text = "".join(pieces) + " " * filler + "".join(reversed(pieces))
    expected = re.compile(pattern, re.IGNORECASE).search(text)
    found = first_match(compiled, Haystack(text))
    assert (found and found.span()) == (expected and expected.span())


def test_lower_same_length_keeps_positions() -> None:
    text = "Dotted İ then QUOTA"
    lowered = lower_same_length(text)
    assert len(lowered) == len(text)
    assert lowered.index("quota") == text.index("QUOTA")


# ------------------------------------------------------------------------------- growth, counted


@dataclass
class Counting:
    """Stands in for a compiled pattern and counts the characters each search is allowed to look at."""

    regex: re.Pattern[str]
    width: int
    chars: int = 0

    def search(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        self.chars += endpos - pos
        return self.regex.search(text, pos, endpos)

    def match(self, text: str, pos: int) -> re.Match[str] | None:
        self.chars += self.width
        return self.regex.match(text, pos)


def work(text: str) -> int:
    """Characters handed to `re` by first_match over every catalog pattern (each costs at most a bounded
    number of steps per character, since a match spans at most `width`)."""
    haystack = Haystack(text)
    total = 0
    for pattern in CATALOG:
        compiled = compile_linear(pattern)
        counter = Counting(compiled.regex, compiled.width)
        first_match(replace(compiled, regex=counter), haystack)  # type: ignore[arg-type]
        total += counter.chars + len(text)  # + the str.find passes over the text
    return total


ANCHORS = " ".join(compile_linear(p).anchor for p in CATALOG)
ADVERSARIAL = {
    # The texts that took seconds: an opening that a wildcard tries to close up to the end, repeated.
    "open-model": "the model is ",
    "open-not-found": "not_found_error ",
    "open-credentials": "missing credentials. please pass an api_key, ",
    "every-anchor": ANCHORS + " ",
    "words": "the quota key was sent to a model and the rate limit ",
}
SIZES = (12_500, 25_000, 50_000, 100_000, 200_000)


def repeated(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


@pytest.mark.parametrize("unit", ADVERSARIAL.values(), ids=list(ADVERSARIAL))
def test_work_grows_linearly_from_12_5_to_200_kb(unit: str) -> None:
    counts = [work(repeated(unit, size)) for size in SIZES]
    for (small, a), (big, b) in pairwise(zip(SIZES, counts, strict=True)):
        # Doubling the text may double the work (plus a little for windows at the edges), never more.
        assert b / a <= (big / small) * 1.1, (small, big, a, b)
    assert counts[-1] / counts[0] <= 16 * 1.1


def test_pattern_type_is_what_first_match_expects() -> None:
    assert isinstance(compile_linear("quota"), LinearPattern)
