"""Compare a cleaned-up text with one key format: prefix, length, alphabet and fixed markers.

Plain string operations only (startswith, set inclusion, slicing): linear in the text's length and
safe on any input. The engine turns the result into findings.
"""

from __future__ import annotations

import binascii
import string
from dataclasses import dataclass, replace
from enum import IntEnum

from .providers import BEDROCK_SHORT_TERM_END, BEDROCK_SHORT_TERM_START, PROVIDERS, KeyFormat

_MAX_LISTED = 3  # characters named one by one in a message; the rest are counted
_FEW_DISTINCT = 24  # up to this many distinct unexpected characters, scan per character with str.find


def _first_positions(body: str, chars: frozenset[str], offset: int) -> list[tuple[int, str]]:
    """The first _MAX_LISTED (position, character) pairs of any of `chars` in `body`, in order."""
    found: list[tuple[int, str]] = []
    for ch in chars:
        pos = body.find(ch)
        for _ in range(_MAX_LISTED):
            if pos == -1:
                break
            found.append((offset + pos, ch))
            pos = body.find(ch, pos + 1)
    return sorted(found)[:_MAX_LISTED]


class Level(IntEnum):
    NONE = 0  # nothing in common (only possible for formats without a prefix)
    PREFIX = 1  # the prefix fits, something else does not
    LOOSE = 2  # fits only what some scanners accept
    STRICT = 3  # fits what the provider documents or the scanners agree on


@dataclass(frozen=True)
class Check:
    provider: str
    fmt: KeyFormat
    level: Level
    length: int
    length_ok: bool
    length_loose_ok: bool  # a length every source accepts, or one only some state (disputed)
    bad_chars: tuple[tuple[int, str], ...]  # (0-based position, character), first few only
    bad_char_count: int
    loose_chars: tuple[tuple[int, str], ...]  # characters only the loose alphabet allows
    structure_ok: bool
    marker_present: bool
    prefix_case: bool  # the prefix matched only when ignoring case (and separators: prefix_separator)
    # For a key that encodes a structure (BASE64_START): whether the decoded text has the layout every
    # published key has, where the provider does not document it. False makes the key "cannot tell".
    decoded_ok: bool = True
    # For a prefix that matched only ignoring case or separators: whether a separator differs ('sk_proj-'
    # for 'sk-proj-'), and the level the text reaches with the prefix written as the format has it.
    prefix_separator: bool = False
    repaired: Level = Level.NONE

    @property
    def key(self) -> tuple[str, str]:
        return (self.provider, self.fmt.variant)


def alphabet_text(fmt: KeyFormat, length: int) -> str:
    """The description of the characters `fmt` allows at this total length (KeyFormat.length_chars)."""
    return next((text for n, _, text in fmt.length_chars if n == length), fmt.alphabet)


def fixed_parts_fit(fmt: KeyFormat, text: str) -> bool:
    """Whether every fixed text and every slot of the format is where the format has it."""
    texts = all(text[pos : pos + len(part)] == part for pos, part in fmt.fixed)
    return texts and all(pos < len(text) and text[pos] in allowed for pos, allowed in fmt.slots)


def _structure(fmt: KeyFormat, text: str, body: str) -> tuple[bool, bool]:
    """(structure fits, marker present anywhere) for the format's named layout."""
    marker = fmt.marker or ""
    present = bool(marker) and marker in body
    kind = fmt.structure
    if kind == "middle":
        spare = len(body) - len(marker)
        centred = spare >= 0 and spare % 2 == 0 and body[spare // 2 : spare // 2 + len(marker)] == marker
        return centred, present
    if kind == "end":
        return text.endswith(marker), present
    if kind == "after_prefix":
        return body.startswith(marker), present
    if kind == "fixed":
        return fixed_parts_fit(fmt, text), present
    if kind == "uuid":
        dashes = len(body) == 36 and body.count("-") == 4 and all(body[i] == "-" for i in (8, 13, 18, 23))
        return dashes, present
    if kind == "langsmith":
        return len(body) == 43 and body[32] == "_" and body.count("_") == 1, present
    if kind in BASE64_START:
        # After 'ABSK' (long-term) or 'bedrock-api-key-' (short-term) comes base64 (RFC 4648, section 4):
        # whole groups of 4 characters, with at most two '=' as padding at the very end. A cut or
        # extended copy breaks the groups or puts text after the '='. A short-term key's text also
        # decodes to a request that ends with BEDROCK_SHORT_TERM_END.
        encoded = text[BASE64_START[kind] :]
        whole = base64_groups_fit(encoded)
        if whole and kind == "bedrock_short":
            whole = decoded_end(encoded).endswith(BEDROCK_SHORT_TERM_END.encode())
        return whole, present
    if kind == "pinecone":
        cut = body.find("_")
        return body.count("_") == 1 and cut in (5, 6) and len(body) - cut - 1 == 63, present
    return True, present


BASE64_START = {"bedrock": 4, "bedrock_short": len(BEDROCK_SHORT_TERM_START)}
"""Where the base64 text of a key with this structure starts."""

PROVES_WHOLE = frozenset({"bedrock_short"})
"""Structures whose check shows a key is whole without a stated length: a short-term Bedrock key decodes to
the fixed end AWS's token generators write (BEDROCK_SHORT_TERM_END)."""

_IAM_NAME = frozenset(string.ascii_letters + string.digits + "_+=,.@-")  # IAM's user name pattern [\w+=,.@-]
_BASE64 = frozenset(string.ascii_letters + string.digits + "+/=")


class Decoded(IntEnum):
    """What the base64 text of a long-term Bedrock key decodes to (bedrock_layout)."""

    FITS = 0  # '<IAM user>-at-<12-digit account>:' and a secret of BEDROCK_SECRET_LENGTH in whole base64 groups
    SECRET_CUT = 1  # that layout, but the secret is shorter: its end is missing
    OTHER = 2  # not that layout at all


BEDROCK_SECRET_LENGTH = 60
"""The secret's length in every published long-term Bedrock key (base64 of 44 bytes, one '=')."""


def bedrock_layout(encoded: str) -> Decoded:
    """Compare the decoded text of a long-term Bedrock key with the layout of every published one.

    AWS documents the service-specific credential behind the key (a user name of the form
    '<IAM user>-at-<account ID>' and a secret) but not how the key encodes it; published keys all decode
    to that user name, ':' and a secret of 60 characters, itself base64. Only called on whole groups."""
    try:
        text = binascii.a2b_base64(encoded, strict_mode=True).decode("ascii")
    except (binascii.Error, ValueError):
        return Decoded.OTHER
    name, colon, secret = text.partition(":")
    user, at, account = name.rpartition("-at-")
    named = bool(colon and at) and 1 <= len(user) <= 64 and frozenset(user) <= _IAM_NAME
    if not (named and len(account) == 12 and account.isdigit() and secret and frozenset(secret) <= _BASE64):
        return Decoded.OTHER
    if len(secret) == BEDROCK_SECRET_LENGTH and base64_groups_fit(secret):
        return Decoded.FITS
    return Decoded.SECRET_CUT if len(secret) < BEDROCK_SECRET_LENGTH and "=" not in secret else Decoded.OTHER


def base64_groups_fit(encoded: str) -> bool:
    """Whole groups of 4, with '=' only as the last one or two characters (RFC 4648, section 4)."""
    unpadded = encoded.rstrip("=")
    return len(encoded) % 4 == 0 and len(encoded) - len(unpadded) <= 2 and "=" not in unpadded


def decoded_end(encoded: str) -> bytes:
    """The last bytes `encoded` (whole base64 groups) decodes to; b"" when it is not base64."""
    try:
        return binascii.a2b_base64(encoded[-16:], strict_mode=True)
    except (binascii.Error, ValueError):
        return b""


_CHARSETS: dict[tuple[str, str], tuple[frozenset[str], frozenset[str]]] = {}


def _charsets(chars: str, loose: str) -> tuple[frozenset[str], frozenset[str]]:
    """The strict and loose alphabets as sets, built once per format (str keys hash once)."""
    found = _CHARSETS.get((chars, loose))
    if found is None:
        strict = frozenset(chars)
        found = _CHARSETS[(chars, loose)] = (strict, strict | frozenset(loose))
    return found


def _whole(fmt: KeyFormat) -> bool:
    """Whether fitting the format shows a key is whole: a length a source states, or a structure that does."""
    return fmt.length_stated or fmt.structure in PROVES_WHOLE


def check(provider: str, fmt: KeyFormat, text: str, *, prefix_case: bool = False) -> Check:
    """Judge `text` against `fmt`. The caller has made sure the prefix fits (or the format has none)."""
    plen = len(fmt.prefix)
    body = text[plen:]
    n = len(text)
    lo, hi = fmt.total_length
    length_ok = (n in fmt.lengths) if fmt.lengths else lo <= n <= hi
    length_loose_ok = length_ok or n in fmt.disputed_lengths

    chars = next((narrow for length, narrow, _ in fmt.length_chars if length == n), fmt.chars)
    strict_set, loose_set = _charsets(chars, fmt.loose_chars)
    body_set = frozenset(body)
    bad: list[tuple[int, str]] = []
    loose_used: list[tuple[int, str]] = []
    bad_count = 0
    if not body_set <= strict_set:
        bad_set = body_set - loose_set
        loose_set_used = body_set & loose_set - strict_set
        if len(bad_set) + len(loose_set_used) <= _FEW_DISTINCT:
            # Few distinct offenders: let str.count/str.find do the scanning in C.
            bad_count = sum(body.count(ch) for ch in bad_set)
            bad = _first_positions(body, bad_set, plen)
            loose_used = _first_positions(body, loose_set_used, plen)
        else:
            for i, ch in enumerate(body):
                if ch in strict_set:
                    continue
                if ch in loose_set:
                    if len(loose_used) < _MAX_LISTED:
                        loose_used.append((plen + i, ch))
                else:
                    bad_count += 1
                    if len(bad) < _MAX_LISTED:
                        bad.append((plen + i, ch))
    structure_ok, marker_present = _structure(fmt, text, body)
    decoded_ok = not (structure_ok and fmt.structure == "bedrock") or (
        bedrock_layout(text[BASE64_START["bedrock"] :]) == Decoded.FITS
    )

    if prefix_case:
        level = Level.PREFIX
    elif length_ok and not bad_count and not loose_used and structure_ok and decoded_ok and _whole(fmt):
        level = Level.STRICT
    elif length_loose_ok and not bad_count and (structure_ok or fmt.confidence == "low"):
        level = Level.LOOSE
    elif plen:
        level = Level.PREFIX
    else:
        level = Level.NONE
    return Check(
        provider=provider,
        fmt=fmt,
        level=level,
        length=n,
        length_ok=length_ok,
        length_loose_ok=length_loose_ok,
        bad_chars=tuple(bad),
        bad_char_count=bad_count,
        loose_chars=tuple(loose_used),
        structure_ok=structure_ok,
        marker_present=marker_present,
        prefix_case=prefix_case,
        decoded_ok=decoded_ok,
    )


_SEPARATORS = str.maketrans("_.", "--")


def fold_prefix(text: str) -> str:
    """`text` with case and the separators '-', '_' and '.' made alike: 'SK_Proj.' and 'sk-proj-' fold the same."""
    return text.lower().translate(_SEPARATORS)


# Every prefix folded once, at import (a few dozen short strings): check_all compares each text with them.
_FOLDED = {f.prefix: fold_prefix(f.prefix) for p in PROVIDERS.values() for f in p.formats if f.prefix}


def check_all(text: str, only: str | None = None) -> list[Check]:
    """Every format whose prefix fits `text` (exactly, or ignoring case and separators), plus the prefix-less
    formats. A prefix that fits only so is judged as damaged (Check.prefix_case), with the level the text
    reaches once the prefix is written right (Check.repaired)."""
    results: list[Check] = []
    folded: str | None = None
    for pid, prov in PROVIDERS.items():
        if only is not None and pid != only:
            continue
        for fmt in prov.formats:
            if not fmt.prefix or text.startswith(fmt.prefix):
                results.append(check(pid, fmt, text))
            else:
                if folded is None:
                    folded = fold_prefix(text[:64])
                if folded.startswith(_FOLDED[fmt.prefix]):
                    as_written = text[: len(fmt.prefix)]
                    repaired = check(pid, fmt, fmt.prefix + text[len(fmt.prefix) :])
                    separator = as_written.lower() != fmt.prefix.lower()
                    damaged = check(pid, fmt, fmt.prefix + text[len(fmt.prefix) :], prefix_case=True)
                    results.append(replace(damaged, prefix_separator=separator, repaired=repaired.level))
    return results


def known_prefixes() -> list[tuple[str, str, KeyFormat]]:
    """(prefix, provider id, format) for every prefixed format, longest prefix first."""
    found = [(f.prefix, pid, f) for pid, p in PROVIDERS.items() for f in p.formats if f.prefix]
    return sorted(found, key=lambda item: -len(item[0]))
