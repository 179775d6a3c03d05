"""Quick answers that spare the full format check on text that cannot be a key.

A pasted sentence or a block of code has hundreds of words; comparing each with every provider's
formats (checker.matching.check_all) costs milliseconds per word. Two facts decide most words at once:

- `could_fit`: a format is fitted (loosely or strictly) only by text of one of its lengths whose
  characters after the prefix are all in its alphabet (the loose one included). Formats are indexed by
  length, so a word is compared only with the few formats of its length.
- `leading_prefix`: the known prefixes are indexed by their first character, longest first.

Both only narrow down: the full check still judges whatever passes. A test holds could_fit to that
promise (it is False only where check_all finds no format at LOOSE level or better).
"""

from __future__ import annotations

from functools import lru_cache

from .matching import fold_prefix, known_prefixes
from .providers import PROVIDERS, KeyFormat

_Candidate = tuple[str, frozenset[str]]  # (prefix, every character a fitting body may hold)


def _fitting_lengths(fmt: KeyFormat) -> set[int]:
    """Every total length at which the format can be fitted, loosely or strictly (as matching.check)."""
    lo, hi = fmt.total_length
    exact = set(fmt.lengths) if fmt.lengths else set(range(lo, hi + 1))
    return exact | set(fmt.disputed_lengths)


@lru_cache(maxsize=1)
def _by_length() -> dict[int, tuple[_Candidate, ...]]:
    index: dict[int, dict[_Candidate, None]] = {}
    for prov in PROVIDERS.values():
        for fmt in prov.formats:
            candidate = (fmt.prefix, frozenset(fmt.chars) | frozenset(fmt.loose_chars))
            for n in _fitting_lengths(fmt):
                index.setdefault(n, {})[candidate] = None
    return {n: tuple(found) for n, found in index.items()}


def could_fit(text: str) -> bool:
    """False when no key format can fit `text`, loosely or strictly; True when one might."""
    candidates = _by_length().get(len(text))
    if not candidates:
        return False
    chars: dict[int, frozenset[str]] = {}  # the body's characters, per prefix length, computed once
    for prefix, alphabet in candidates:
        if prefix and not text.startswith(prefix):
            continue
        body = chars.get(len(prefix))
        if body is None:
            body = chars[len(prefix)] = frozenset(text[len(prefix) :])
        if body <= alphabet:
            return True
    return False


@lru_cache(maxsize=1)
def _by_first_char() -> dict[str, tuple[tuple[str, str, KeyFormat], ...]]:
    index: dict[str, list[tuple[str, str, KeyFormat]]] = {}
    for item in known_prefixes():  # longest first, and kept in that order per character
        index.setdefault(item[0][0], []).append(item)
    return {ch: tuple(items) for ch, items in index.items()}


def leading_prefix(text: str) -> tuple[str, str | None, KeyFormat | None]:
    """The longest known prefix `text` starts with, its provider and format; ("", None, None) if none."""
    for prefix, pid, fmt in _by_first_char().get(text[:1], ()):
        if text.startswith(prefix):
            return prefix, pid, fmt
    return "", None, None


@lru_cache(maxsize=1)
def _folded_prefixes() -> tuple[str, ...]:
    return tuple(fold_prefix(prefix) for prefix, _, _ in known_prefixes())  # longest first


def folded_prefix_length(text: str) -> int:
    """The length of the longest known prefix `text` starts with, ignoring case and separators ('-', '_', '.'),
    so that the words of a damaged prefix ('BEDROCK_API_KEY_') are not read as a placeholder's; 0 if none."""
    head = fold_prefix(text[:64])
    return next((len(prefix) for prefix in _folded_prefixes() if head.startswith(prefix)), 0)
