"""Name and classify single characters: invisible ones, look-alikes of ASCII, and everything else.

Keys are plain ASCII. Text copied from chat apps, PDFs and word processors brings zero-width spaces,
direction marks, soft hyphens, typographic dashes and letters from other alphabets that look the
same. These helpers say which character it is (by its Unicode name, never by showing it) and what
ASCII character was probably meant.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters from other scripts that render like ASCII letters (the common ones in real pastes).
_CONFUSABLES: dict[str, str] = {
    # Cyrillic
    "\u0410": "A", "\u0412": "B", "\u0415": "E", "\u041a": "K", "\u041c": "M", "\u041d": "H", "\u041e": "O",
    "\u0420": "P", "\u0421": "C", "\u0422": "T", "\u0425": "X", "\u0423": "Y", "\u0430": "a", "\u0435": "e",
    "\u043e": "o", "\u0440": "p", "\u0441": "c", "\u0443": "y", "\u0445": "x", "\u0456": "i", "\u0458": "j",
    "\u0455": "s", "\u0406": "I", "\u0408": "J", "\u0405": "S", "\u0501": "d", "\u051b": "q", "\u051d": "w",
    "\u04bb": "h", "\u04cf": "l",
    # Greek
    "\u0391": "A", "\u0392": "B", "\u0395": "E", "\u0396": "Z", "\u0397": "H", "\u0399": "I", "\u039a": "K",
    "\u039c": "M", "\u039d": "N", "\u039f": "O", "\u03a1": "P", "\u03a4": "T", "\u03a5": "Y", "\u03a7": "X",
    "\u03bf": "o", "\u03b1": "a", "\u03bd": "v", "\u03b9": "i", "\u03c1": "p", "\u03ba": "k",
    # Dashes and hyphens that word processors substitute for "-"
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-", "\ufe63": "-",
    # Letter-like symbols
    "\u0131": "i", "\u0269": "i", "\u01c0": "l", "\u2113": "l",
}  # fmt: skip

# Characters that take no visible space but are not whitespace to str.split().
_INVISIBLE_EXTRA = frozenset("\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180e\u3164\uffa0")

_ASCII_KEY_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_+/=.")


def codepoint(ch: str) -> str:
    return f"U+{ord(ch):04X}"


def char_name(ch: str) -> str:
    """'U+200B ZERO WIDTH SPACE'; characters without a name get a description instead."""
    cat = unicodedata.category(ch)
    if cat == "Cs":
        return f"{codepoint(ch)} (half of a broken character pair)"
    if cat == "Cc":
        return f"{codepoint(ch)} (a control character)"
    name = unicodedata.name(ch, "")
    if not name:
        return f"{codepoint(ch)} (an unassigned or private-use character)"
    return f"{codepoint(ch)} {name}"


def describe(ch: str) -> str:
    """How a character is named in a message: printable ASCII quoted, anything else by name."""
    if " " < ch < "\x7f":
        return f"'{ch}'"
    if ch == " ":
        return "a space"
    return char_name(ch)


@lru_cache(maxsize=4096)  # one character at a time: long non-Latin text repeats its characters
def is_invisible(ch: str) -> bool:
    """True for characters that show nothing (or almost nothing) on screen, whitespace aside."""
    if ch in _INVISIBLE_EXTRA:
        return True
    cat = unicodedata.category(ch)
    # Cf: format controls (zero-width, direction marks, BOM); Cc: controls; Cs: lone surrogates;
    # Co/Cn: private-use and unassigned code points, which fonts render as nothing or a box.
    return cat in ("Cf", "Cc", "Cs", "Co", "Cn", "Mn", "Me")


@lru_cache(maxsize=4096)
def ascii_lookalike(ch: str) -> str | None:
    """The ASCII key character `ch` imitates, or None."""
    mapped = _CONFUSABLES.get(ch)
    if mapped is not None:
        return mapped
    # Full-width forms, mathematical letters, superscripts: compatibility-normalise to ASCII.
    folded = unicodedata.normalize("NFKC", ch)
    if len(folded) == 1 and folded in _ASCII_KEY_CHARS:
        return folded
    return None


# Every character is_invisible may call invisible lies outside these ranges (a test checks all of them):
# printable ASCII and ASCII whitespace, Latin letters, Cyrillic letters, CJK ideographs, Hangul. Only the
# characters that do fall outside are looked at one by one, so long text in these scripts is fast.
_MAYBE_INVISIBLE = re.compile("[^\t-\r\x1c-\x7e\u00a0-\u00ac\u00ae-\u02ff\u0400-\u0482\u4e00-\u9fff\uac00-\ud7a3]")


def strip_invisible(text: str) -> str:
    """`text` without its invisible characters (whitespace is kept): what a reader of it sees."""
    return _MAYBE_INVISIBLE.sub(_drop_invisible, text)


def _drop_invisible(found: re.Match[str]) -> str:
    ch = found.group()
    return "" if is_invisible(ch) and not ch.isspace() else ch
