"""Paste mistakes that can be undone before the key is judged, each found with plain string scanning.

- ANSI colour escapes copied from a terminal (ESC [ 32 m … ESC [ 0 m) around or inside the key;
- a literal backslash-n (or -r, -t) left at an end by JSON or shell escaping;
- a complete key followed by an ellipsis (…, ...), which is not a masked key;
- a whole `curl` command line: the key is taken from its header, URL or argument;
- a key pair such as Langfuse's `pk-lf-…:sk-lf-…`: the secret half is judged, the public half checked;
- two keys joined without a space: the half for the chosen provider (else the first) is judged.

Each function returns the text to judge and what it removed, as (finding code, message, fix); the
engine adds the findings. Messages never quote the text: only positions, prefixes and kinds of key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .i18n import _
from .matching import Level, check_all, known_prefixes
from .providers import PROVIDERS
from .shortlist import could_fit, leading_prefix
from .wording import article, key_name

Note = tuple[str, str, str]  # (finding code, message, fix)

# CSI sequences (ESC [ parameters letter) and OSC ones (ESC ] … BEL or ESC \); a lone ESC too.
_ANSI = re.compile(r"\x1b\[[0-9;?]{0,32}[ -/]{0,4}[@-~]|\x1b\][^\x07\x1b]{0,256}(?:\x07|\x1b\\)|\x1b")
_ESCAPES = ("\\r\\n", "\\n", "\\r", "\\t")
_ELLIPSES = ("\u2026", "...")
_KEY_HINTS = ("bearer ", "x-api-key:", "api-key:", "x-goog-api-key:", "authorization:", "key=", "token=")
_COMMAND_SPLIT = re.compile(r"[\s\"'`<>(){}\[\],;?&|\\]+")
_PARAMETER = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]{0,23}=")  # key=, api_key=: a value's name in a URL
_MIN_KEYISH = 15
_LONG_PREFIX = 8


@dataclass
class Fixed:
    text: str
    notes: list[Note] = field(default_factory=list)


def strip_ansi(text: str) -> Fixed:
    """The text without terminal colour escapes."""
    if "\x1b" not in text:
        return Fixed(text)
    cleaned = _ANSI.sub("", text)
    return Fixed(
        cleaned,
        [
            (
                "ANSI_ESCAPES",
                _(
                    "The text holds terminal colour codes (ANSI escape sequences such as ESC[32m), copied along "
                    "with the key from a coloured terminal output."
                ),
                _(
                    "Copy the key from a plain source (the provider's page, or the output piped through cat), or "
                    "delete the codes."
                ),
            )
        ],
    )


def strip_escaped_newlines(core: str) -> Fixed:
    """The key without a literal backslash-n (\\n, \\r\\n, \\t) at either end."""
    found = Fixed(core)
    changed = True
    while changed:
        changed = False
        for escape in _ESCAPES:
            if found.text.endswith(escape) and len(found.text) > len(escape):
                found.text = found.text[: -len(escape)]
                changed = True
            if found.text.startswith(escape) and len(found.text) > len(escape):
                found.text = found.text[len(escape) :]
                changed = True
    if found.text != core:
        found.notes.append(
            (
                "ESCAPED_NEWLINE",
                _(
                    "A backslash and a letter (\\n: an escaped line break) are at the end of the key: the line "
                    "break of a JSON string or a shell echo, written out as two characters."
                ),
                _("Delete the backslash and the letter; in JSON, end the string right after the key."),
            )
        )
    return found


def _fits(text: str, level: Level = Level.STRICT) -> bool:
    return len(text) >= _MIN_KEYISH and could_fit(text) and any(c.level >= level for c in check_all(text))


def strip_trailing_ellipsis(core: str) -> Fixed:
    """A complete key with an ellipsis after it: the ellipsis goes (a masked key has too few characters)."""
    for mark in _ELLIPSES:
        if core.endswith(mark) and _fits(core[: -len(mark)]):
            return Fixed(
                core[: -len(mark)],
                [
                    (
                        "TRAILING_ELLIPSIS",
                        _(
                            "An ellipsis ('{mark}') follows a complete key. It is not a shortened, masked key: "
                            "every character of the key is there, and the ellipsis came with the copy (from a "
                            "sentence, or a tool that marks text that goes on)."
                        ).format(mark=mark),
                        _("Delete the '{mark}' after the key.").format(mark=mark),
                    )
                ],
            )
    return Fixed(core)


def key_in_command(core: str) -> Fixed | None:
    """The key inside a `curl` (or wget, http) command line, or None when the text is no such command."""
    lowered = core.lower()
    head = lowered.lstrip("$> ")
    if not head.startswith(("curl ", "wget ", "http ", "https ")):  # http/https: HTTPie's commands
        return None
    tokens = [_value(t) for t in _COMMAND_SPLIT.split(core) if t]
    candidates = [t for t in tokens if len(t) >= _MIN_KEYISH and "://" not in t and "/" not in t[:8]]
    # Prefer what follows a header name or key= ; else the first token that looks like a key.
    hinted = [t for t in candidates if _after_hint(lowered, t)]
    keyish = [t for t in hinted + candidates if leading_prefix(t)[0] or _fits(t, Level.LOOSE)]
    if not keyish:
        return None
    key = keyish[0]
    return Fixed(
        key,
        [
            (
                "COMMAND_AROUND_KEY",
                _(
                    "This is a whole command line (curl and its options); the key was taken from it "
                    "(at position {position}) and judged on its own."
                ).format(position=core.find(key) + 1),
                _("Paste only the key. To test it, run the command itself."),
            )
        ],
    )


def key_in_url(core: str) -> Fixed | None:
    """The key in a web address's query (?key=…, as Google's examples send it), or None when the address
    carries no key after key= or token=."""
    lowered = core.lower()
    tokens = [_value(t) for t in _COMMAND_SPLIT.split(core) if t]
    hinted = [t for t in tokens if len(t) >= _MIN_KEYISH and "/" not in t[:8] and _after_hint(lowered, t)]
    keyish = [t for t in hinted if leading_prefix(t)[0] or _fits(t, Level.LOOSE)]
    if not keyish:
        return None
    key = keyish[0]
    return Fixed(
        key,
        [
            (
                "TEXT_AROUND_KEY",
                _(
                    "This is a web address with the key in it (from position {position}); the key was "
                    "taken from it and judged on its own."
                ).format(position=core.find(key) + 1),
                _(
                    "Paste only the key. A key in a web address ends up in logs and browser history: send it in a "
                    "header where the API allows one."
                ),
            )
        ],
    )


def _value(token: str) -> str:
    """The value of a `name=value` token (a URL parameter); a key's own trailing '=' padding is kept."""
    named = _PARAMETER.match(token)
    return token[named.end() :] if named and named.end() < len(token) else token


def _after_hint(lowered: str, token: str) -> bool:
    pos = lowered.find(token.lower())
    before = lowered[max(0, pos - 24) : pos].rstrip(" '\"")
    return any(before.endswith(hint.rstrip()) for hint in _KEY_HINTS)


def split_pair(core: str) -> tuple[Fixed, str] | None:
    """`public:secret` of one provider (Langfuse's pk-lf-…:sk-lf-…): the secret half to judge, and the
    public half (to be checked by the caller). None when the text is no such pair."""
    if core.count(":") != 1:
        return None
    first, second = core.split(":")
    for public, secret in ((first, second), (second, first)):
        pub = leading_prefix(public)
        sec = leading_prefix(secret)
        if pub[1] is None or pub[1] != sec[1] or pub[2] is None or sec[2] is None:
            continue
        if pub[2].is_api_key or not sec[2].is_api_key:
            continue
        prov = PROVIDERS[pub[1]]
        note = (
            "KEY_PAIR_PASTED",
            _(
                "This is a pair: {a_public} ({public_prefix}…) and {a_secret} ({secret_prefix}…), joined by ':' "
                "as HTTP basic authentication writes them. The secret one is judged below."
            ).format(
                a_public=article(key_name(prov, pub[2])),
                public_prefix=pub[0],
                a_secret=article(key_name(prov, sec[2])),
                secret_prefix=sec[0],
            ),
            _(
                "Set each in its own variable (see {provider}'s documentation for their names); never paste "
                "the secret one where the public one goes."
            ).format(provider=prov.name),
        )
        return Fixed(secret, [note]), public
    return None


def split_joined(key: str, wanted: str | None) -> Fixed | None:
    """Two keys pasted one after the other: where the second starts with a known prefix and each half
    looks like a key. The half of the chosen provider is judged, else the first. None otherwise."""
    if len(key) < 2 * _MIN_KEYISH:
        return None
    # A key that fits as a whole is split only at a long prefix (8+ characters, such as Bedrock's), which
    # no key body holds by chance.
    shortest = _LONG_PREFIX if _fits(key, Level.LOOSE) else 3
    halves: tuple[str, str] | None = None
    for pos in _prefix_starts(key, shortest):
        first, second = key[:pos], key[pos:]
        if _keyish(first) and _keyish(second) and (_fits(first) or _fits(second)):
            halves = (first, second)
            break
    if halves is None:
        return None
    first, second = halves
    between = _("with nothing between them")
    if first[-1] in _SEPARATORS and not _fits(first) and _fits(first[:-1]):
        # A list separator left between the two (key1,key2): it belongs to neither key.
        between = _("separated only by '{mark}'").format(mark=first[-1])
        first = first[:-1]
        halves = first, second
    pick = 1 if wanted is not None and _belongs(second, wanted) and not _belongs(first, wanted) else 0
    chosen = halves[pick]
    return Fixed(
        chosen,
        [
            (
                "TWO_KEYS_JOINED",
                (
                    _(
                        "Two keys were pasted one after the other, {between}: {first} and {second} (from position "
                        "{position}). The first one is judged below."
                    )
                    if pick == 0
                    else _(
                        "Two keys were pasted one after the other, {between}: {first} and {second} (from position "
                        "{position}). The second one is judged below."
                    )
                ).format(
                    between=between, first=_kind(first), second=_kind(second), position=len(key) - len(second) + 1
                ),
                _("Keep only the key you need: one key per variable or field."),
            )
        ],
    )


_SEPARATORS = ",;|/:"  # what lists of values are joined with, when no space follows


def _prefix_starts(key: str, shortest: int) -> list[int]:
    """Positions (after the first key's shortest length) where a known prefix of `shortest` or more
    characters starts, found with str.find; at most 64, so the work stays linear."""
    starts: set[int] = set()
    for prefix in _prefixes(shortest):
        pos = key.find(prefix, _MIN_KEYISH)
        while pos != -1 and len(starts) < 64:
            starts.add(pos)
            pos = key.find(prefix, pos + 1)
    return sorted(starts)


@lru_cache(maxsize=4)
def _prefixes(shortest: int) -> tuple[str, ...]:
    return tuple(dict.fromkeys(p for p, _, _ in known_prefixes() if len(p) >= shortest))


def _keyish(text: str) -> bool:
    prefix = leading_prefix(text)[0]
    return (bool(prefix) and len(text) >= len(prefix) + 12) or _fits(text, Level.LOOSE)


def _belongs(text: str, pid: str) -> bool:
    return leading_prefix(text)[1] == pid or any(c.provider == pid and c.level >= Level.LOOSE for c in check_all(text))


def _kind(text: str) -> str:
    prefix, pid, fmt = leading_prefix(text)
    if pid is not None and fmt is not None:
        return _("{a_key} ({prefix}…)").format(a_key=article(key_name(PROVIDERS[pid], fmt)), prefix=prefix)
    fitting = [c for c in check_all(text) if c.level >= Level.LOOSE]
    return article(key_name(PROVIDERS[fitting[0].provider], fitting[0].fmt)) if fitting else _("a key")
