"""Search long pasted text with the error catalog's patterns in time linear in the text's length.

Python's `re` backtracks: a pattern such as `the model .* does not exist` retries its `.*` from every
place "the model" occurs, so 200,000 characters can take many seconds. Patterns here are kept to a
simple subset that has two properties `re` does not guarantee on its own:

- a bounded width: no `*`, `+` or `{n,}`, every repetition has an upper bound (`{0,80}`), and no
  repeated group repeats inside, so one attempt at one place costs at most a fixed amount;
- an anchor: a piece of plain text (at least MIN_ANCHOR characters) that every match contains.

`first_match` finds the anchor with `str.find` (fast, in C) and runs the regular expression only in a
window around each place the anchor occurs, so the work is proportional to the text plus the windows,
never to the text times itself; text without the anchor is not scanned by `re` at all. Before that, the
words the anchor holds whole ("api" and "key" in "incorrect api key provided") are looked up in the
text's set of words, so most patterns cost a few set look-ups instead of a pass over the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

MAX_REPEAT = 200
"""The largest upper bound of one repetition ({0,200})."""
MAX_WIDTH = 400
"""The longest text one pattern may match; the search window around an anchor is this wide."""
MIN_ANCHOR = 3
_EDGE = 2

_WORD = re.compile(r"[a-z0-9_]+")
_QUANTIFIER = re.compile(r"\{(\d*)(?:(,)(\d*))?\}")
_ESCAPED_CONTROL = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v"}
_ZERO_WIDTH_ESCAPES = frozenset("bBAZ")
_CLASS_ESCAPES = frozenset("sSdDwW")


class NotLinear(ValueError):
    """The pattern is outside the subset: the message says what to change."""


@dataclass(frozen=True)
class LinearPattern:
    source: str
    regex: re.Pattern[str]
    """Compiled from the pattern with its letters lower-cased: it runs on the lower-cased text."""
    anchor: str
    """Lower-case text that every match contains, as the caller's lower-cased text holds it."""
    width: int
    """The longest text a match can span."""
    words: frozenset[str]
    """Words the anchor holds whole (with a non-word character on both sides): any text with a match has
    them among its words."""


class Haystack:
    """A text prepared once for many patterns: lower-cased (positions kept) and its set of words."""

    def __init__(self, text: str, words: Iterable[str] | None = None) -> None:
        """`words`, if the caller has them, are the text's runs of [A-Za-z0-9_] in any case."""
        self.text = text
        self.lowered = lower_same_length(text)
        if words is not None and text.isascii():  # then lower-casing maps words to words one to one
            self.words = frozenset(w.lower() for w in words)
        else:
            self.words = frozenset(_WORD.findall(self.lowered))


@dataclass
class _Shape:
    """What a piece of a pattern can match: its widest span, the plain text every match of it contains,
    and whether it repeats something (to reject repetition inside repetition)."""

    width: int = 0
    runs: list[str] | None = None
    repeats: bool = False


class _Parser:
    def __init__(self, pattern: str) -> None:
        self.p = pattern
        self.i = 0

    def fail(self, why: str) -> NotLinear:
        return NotLinear(f"{why} (at character {self.i + 1}); {SUBSET}")

    def alternation(self) -> _Shape:
        branches = [self.sequence()]
        while self.i < len(self.p) and self.p[self.i] == "|":
            self.i += 1
            branches.append(self.sequence())
        if len(branches) == 1:
            return branches[0]
        # Only text common to every branch would be an anchor; none is looked for.
        return _Shape(max(b.width for b in branches), [], any(b.repeats for b in branches))

    def sequence(self) -> _Shape:
        width, runs, current, repeats = 0, [], "", False
        while self.i < len(self.p) and self.p[self.i] not in "|)":
            atom, literal = self.atom()
            low, high = self.quantifier()
            once = (low, high) == (1, 1)
            if not once and atom.repeats:
                raise self.fail("a repeated group repeats again")
            if high > MAX_REPEAT:
                raise self.fail(f"a repetition allows more than {MAX_REPEAT}")
            width += atom.width * high
            repeats = repeats or atom.repeats or not once
            if literal is not None and once:
                current += literal
                continue
            runs.append(current)
            current = ""
            if once and atom.runs:
                runs += atom.runs
        runs.append(current)
        return _Shape(width, [r for r in runs if r], repeats)

    def atom(self) -> tuple[_Shape, str | None]:
        """One element and, for a plain character, that character."""
        ch = self.p[self.i]
        self.i += 1
        if ch in "*+?{" and (ch != "{" or _QUANTIFIER.match(self.p, self.i - 1)):
            raise self.fail("a repetition with nothing to repeat")
        if ch in "^$":
            return _Shape(0), None
        if ch == ".":
            return _Shape(1), None
        if ch == "[":
            self.char_class()
            return _Shape(1), None
        if ch == "(":
            return self.group(), None
        if ch == "\\":
            return self.escape()
        return _Shape(1), ch.lower()

    def escape(self) -> tuple[_Shape, str | None]:
        if self.i >= len(self.p):
            raise self.fail("a pattern ends with a backslash")
        ch = self.p[self.i]
        self.i += 1
        if ch in _ZERO_WIDTH_ESCAPES:
            return _Shape(0), None
        if ch in _CLASS_ESCAPES:
            return _Shape(1), None
        if ch in _ESCAPED_CONTROL:
            return _Shape(1), _ESCAPED_CONTROL[ch]
        if ch.isalnum():
            raise self.fail(f"the escape \\{ch} is not in the subset")
        return _Shape(1), ch.lower()

    def char_class(self) -> None:
        start = self.i
        if self.i < len(self.p) and self.p[self.i] == "^":
            self.i += 1
        if self.i < len(self.p) and self.p[self.i] == "]":
            self.i += 1  # a ']' right at the start is a member
        while self.i < len(self.p) and self.p[self.i] != "]":
            self.i += 2 if self.p[self.i] == "\\" else 1
        if self.i >= len(self.p):
            self.i = start
            raise self.fail("a character class is not closed")
        self.i += 1

    def group(self) -> _Shape:
        if self.p.startswith("?:", self.i):
            self.i += 2
        elif self.p.startswith("?", self.i):
            raise self.fail("look-arounds, flags and named groups are not in the subset")
        inner = self.alternation()
        if self.i >= len(self.p) or self.p[self.i] != ")":
            raise self.fail("a group is not closed")
        self.i += 1
        return inner

    def quantifier(self) -> tuple[int, int]:
        if self.i >= len(self.p):
            return 1, 1
        ch = self.p[self.i]
        if ch in "*+":
            raise self.fail(f"'{ch}' repeats without a limit: write {{0,N}} or {{1,N}} with N at most {MAX_REPEAT}")
        if ch == "?":
            low, high = 0, 1
            self.i += 1
        else:
            found = _QUANTIFIER.match(self.p, self.i)
            if not found:
                return 1, 1
            first, comma, last = found.groups()
            if comma and not last:
                raise self.fail(f"{{n,}} repeats without a limit: give an upper bound of at most {MAX_REPEAT}")
            low = int(first or 0)
            high = int(last) if comma else low
            self.i = found.end()
        if self.i < len(self.p) and self.p[self.i] in "?+":
            self.i += 1  # lazy or possessive: the same bounds
        return low, high


SUBSET = (
    "expected plain text with '.', character classes, \\b \\s \\S \\d \\w, groups (…|…), '?', and repetitions "
    f"with an upper bound ({{0,N}}, N at most {MAX_REPEAT}), spanning at most {MAX_WIDTH} characters and "
    f"containing at least {MIN_ANCHOR} characters of plain text every match has"
)


def compile_linear(pattern: str) -> LinearPattern:
    """The pattern, compiled case-insensitively with its anchor and width; NotLinear if outside the subset."""
    anchor, width = _shape(pattern)
    # Run on lower-cased text: Python's re is many times slower with IGNORECASE, and on some patterns
    # (".{0,200}" after a word) it even grows faster than the text.
    try:
        regex = re.compile(_lower_literals(pattern))
    except re.error as exc:
        raise NotLinear(f"not a valid regular expression ({exc})") from exc
    return LinearPattern(pattern, regex, anchor, width, _whole_words(anchor))


def _shape(pattern: str) -> tuple[str, int]:
    """(anchor, width) of a pattern of the subset; NotLinear if it is invalid or outside the subset."""
    try:
        re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise NotLinear(f"not a valid regular expression ({exc})") from exc
    parser = _Parser(pattern)
    shape = parser.alternation()
    if parser.i < len(pattern):
        raise parser.fail("an unmatched ')'")
    if shape.width > MAX_WIDTH:
        raise NotLinear(f"a match could span {shape.width} characters; {SUBSET}")
    anchor = max(shape.runs or [""], key=len)
    if len(anchor) < MIN_ANCHOR:
        raise NotLinear(f"no plain text of {MIN_ANCHOR} or more characters is in every match; {SUBSET}")
    return anchor, shape.width


def _whole_words(anchor: str) -> frozenset[str]:
    pieces = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(anchor)]
    return frozenset(word for word, start, end in pieces if start > 0 and end < len(anchor))


def _lower_literals(pattern: str) -> str:
    """The pattern with its letters lower-cased, escapes (\\S, \\B, \\W) left as they are."""
    out: list[str] = []
    escaped = False
    for ch in pattern:
        out.append(ch if escaped else ch.lower())
        escaped = not escaped and ch == "\\"
    return "".join(out)


def why_not_linear(pattern: str) -> str | None:
    """None for a pattern of the subset, else what is wrong with it (for build errors)."""
    try:
        _shape(pattern)  # the build checks every data pattern: no need to compile the lower-cased copy too
    except NotLinear as exc:
        return str(exc)
    return None


def lower_same_length(text: str) -> str:
    """text.lower(), one character for one, so that a position in the result is the same position in
    `text`: where lower-casing gives two characters (İ -> i + a combining dot) only the first is kept,
    the letter a case-insensitive regular expression also takes it for."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower()[0] for ch in text)


def first_match(pattern: LinearPattern, haystack: Haystack) -> re.Match[str] | None:
    """The leftmost match of the pattern in the text, as a case-insensitive re.search finds it (where the
    text's case folds as str.lower folds it). The match is of the lower-cased text; its positions are
    those of the text.

    Every match contains the anchor and spans at most `width`
    characters, so it lies within `width` characters of an anchor: the regular expression runs only in
    those windows (windows that touch are searched as one).
    """
    if not pattern.words <= haystack.words:
        return None
    lowered = haystack.lowered
    anchor, width, n = pattern.anchor, pattern.width, len(lowered)
    reach = width - len(anchor)  # how far a match can extend beyond its anchor, on either side
    found = lowered.find(anchor)
    while found != -1:
        lo = max(0, found - reach)
        last = found
        while True:  # take in every later anchor whose window touches this one
            later = lowered.rfind(anchor, last + 1, last + 2 * (len(anchor) + reach + 1))
            if later == -1:
                break
            last = later
        # Two characters more than a match can reach, so that \b and $ (which also matches before a
        # final line break) see the text that follows instead of the window's end.
        hi = min(n, last + len(anchor) + reach + _EDGE)
        start = lo
        while (match := pattern.regex.search(lowered, start, hi)) is not None:
            if match.end() <= hi - _EDGE or hi == n:
                return match
            # It ends at the window's edge, where \b or $ may have taken the edge for the text's end.
            whole = pattern.regex.match(lowered, match.start())
            if whole is not None:
                return whole
            start = match.start() + 1
        found = lowered.find(anchor, last + 1)
    return None
