"""Peel off what commonly surrounds a pasted key: whitespace, quotes, `NAME=`, `export`, headers.

Pure string scanning (no regular expressions), so the work is linear in the length of the text.
Each wrapper is removed from the outside in, repeatedly, because they nest: a quoted value in an
`export` line, or a header line copied with its line break.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .shortlist import leading_prefix

# Opening quote -> the closing quotes accepted for it (smart quotes are often mismatched).
_QUOTES: dict[str, str] = {
    '"': '"“”',
    "'": "'‘’",
    "`": "`",
    "“": '”“"',
    "”": '”“"',
    "‘": "’‘'",
    "’": "’‘'",
    "«": "»",
    "»": "«",
    "„": "“”",
    "‚": "‘’",
    # Full-width quotes and the CJK corner brackets Chinese and Japanese text quotes with (「…」, 『…』).
    "＂": '＂"”“',
    "＇": "＇'’",
    "「": "」",
    "」": "「",
    "『": "』",
    "』": "『",
    "〝": "〞〟",
}
_WIDE_QUOTES = frozenset("＂＇「」『』〝〞〟")
_ALL_QUOTES = frozenset(_QUOTES) | frozenset("".join(_QUOTES.values()))

# Header names a key is sent in; a copied header line starts with one of these and a colon.
HEADER_NAMES = ("authorization", "x-api-key", "api-key", "x-goog-api-key", "xi-api-key", "x-api-token")
_AUTH_SCHEMES = ("bearer", "token", "basic")

_NAME_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-")
_NAME_HINTS = ("KEY", "TOKEN", "SECRET", "API", "AUTH", "PASS", "CRED")


@dataclass
class Unwrapped:
    """The text between the wrappers, where it starts in the input, and what was removed."""

    core: str
    offset: int
    removed: dict[str, str] = field(default_factory=dict)  # finding code -> what was removed, described
    env_name: str | None = None
    header_name: str | None = None
    newline_around: bool = False


def _strip_ws(text: str, start: int, end: int) -> tuple[int, int, bool]:
    newline = False
    while start < end and text[start].isspace():
        newline = newline or text[start] in "\r\n"
        start += 1
    while end > start and text[end - 1].isspace():
        newline = newline or text[end - 1] in "\r\n"
        end -= 1
    return start, end, newline


def _name_like(name: str) -> bool:
    """A variable name as people write them: short, one case, and hinting at a credential.

    Keys mix upper and lower case, so this also keeps a key followed by '=' from being taken for
    a name (and then shown in a message).
    """
    if len(name) > 64 or not (name.isupper() or name.islower()):
        return False
    if leading_prefix(name)[0] and ("-" in name or "." in name):
        # No language's variable names hold '-' or '.' (YAML's api-key starts with no key prefix): this is
        # the start of a key (sk-ant-api03-…) with an '=' or ':' in it, never to be shown as a name.
        return False
    upper = name.upper()
    return any(hint in upper for hint in _NAME_HINTS) or (name.isupper() and "_" in name)


def _env_assignment(text: str, start: int, end: int) -> tuple[int, str] | None:
    """`[export ]NAME=value`, `NAME: value` (YAML), `"NAME": value` (JSON), Windows' `setx NAME value` and
    PowerShell's `$env:NAME = value`: where the value starts."""
    pos = start
    lowered = text[start : min(end, start + 8)].lower()
    setx = lowered.startswith("setx ")
    if lowered.startswith(("export ", "export\t")):
        pos += 7
    elif lowered.startswith(("set ", "setx ")):
        pos += 5 if setx else 4
    elif lowered.startswith("$env:"):
        pos += 5
    while pos < end and text[pos] in " \t":
        pos += 1
    quoted = pos < end and text[pos] in "\"'"
    if quoted:
        pos += 1
    name_start = pos
    # A variable name is short; stop early so a long key is never scanned as a name.
    limit = min(end, pos + 80)
    while pos < limit and text[pos] in _NAME_CHARS:
        pos += 1
    name = text[name_start:pos]
    if quoted and pos < end and text[pos] in "\"'":
        pos += 1
    spaced = pos < end and text[pos] in " \t"
    while pos < end and text[pos] in " \t":
        pos += 1
    if setx and spaced and name and pos < end and _name_like(name):
        return pos, name  # setx takes the value after a space, not after '='
    if not name or pos >= end or text[pos] not in "=:":
        return None
    if text[pos] == ":" and name.lower() in HEADER_NAMES:
        return None  # a header line, handled by _header
    if not _name_like(name):
        return None
    pos += 1
    if pos < end and text[pos] == "=":  # `:=` (make, Go)
        pos += 1
    while pos < end and text[pos] in " \t":
        pos += 1
    return pos, name


def _header(text: str, start: int, end: int) -> tuple[int, str] | None:
    """`Authorization: Bearer `, `x-api-key: ` and friends, or a bare `Bearer `: where the key starts."""
    head = text[start : min(end, start + 40)].lower()
    pos = start
    name = ""
    for candidate in HEADER_NAMES:
        if head.startswith(candidate):
            rest = len(candidate)
            j = rest
            while j < len(head) and head[j] in " \t":
                j += 1
            if j < len(head) and head[j] == ":":
                name = text[start : start + rest] + ":"  # shown as written in a header line
                pos = start + j + 1
                break
    while pos < end and text[pos] in " \t":
        pos += 1
    scheme_head = text[pos : min(end, pos + 8)].lower()
    for scheme in _AUTH_SCHEMES:
        if scheme_head.startswith(scheme) and pos + len(scheme) < end and text[pos + len(scheme)] in " \t":
            pos += len(scheme)
            name = (name + " " if name else "") + text[pos - len(scheme) : pos]
            while pos < end and text[pos] in " \t":
                pos += 1
            break
    if not name or pos >= end:
        return None
    return pos, name


def _before_comment(text: str, start: int, end: int) -> int:
    """Where the value of a .env line ends, as python-dotenv reads it: a quoted value at its closing quote
    (a '#' may follow), an unquoted one before a '#' that follows a space or tab (abc#def stays whole)."""
    if start < end and text[start] in "\"'":
        close = text.find(text[start], start + 1, end)
        if close != -1 and text[close + 1 : end].strip(" \t").startswith("#"):
            return close + 1
        return end
    pos = text.find("#", start, end)
    while pos != -1:
        if pos > 0 and text[pos - 1] in " \t":
            while pos > start and text[pos - 1] in " \t":
                pos -= 1
            return pos
        pos = text.find("#", pos + 1, end)
    return end


# Quotes as HTML writes them, when a key is copied from a page's source or an HTML-escaped log.
_ENTITY_QUOTES = ("&quot;", "&#34;", "&#x22;", "&apos;", "&#39;", "&#x27;", "&ldquo;", "&rdquo;", "&lsquo;", "&rsquo;")


def _entity_quotes(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(start, end) inside an HTML-escaped quote at either end, or None when there is none."""
    head = text[start : start + 8].lower()
    tail = text[max(start, end - 8) : end].lower()
    opening = next((e for e in _ENTITY_QUOTES if head.startswith(e)), "")
    closing = next((e for e in _ENTITY_QUOTES if tail.endswith(e)), "")
    if not (opening or closing) or end - start <= len(opening) + len(closing):
        return None
    return start + len(opening), end - len(closing)


def unwrap(text: str) -> Unwrapped:
    """Remove the wrappers around the key. Never looks further in than the wrappers themselves."""
    start, end = 0, len(text)
    found = Unwrapped(core="", offset=0)
    # Each pass removes at most one layer of each kind; real pastes have very few layers.
    for _ in range(6):
        before = (start, end)
        start, end, newline = _strip_ws(text, start, end)
        if (start, end) != before and "WHITESPACE_AROUND" not in found.removed:
            found.removed["WHITESPACE_AROUND"] = "line breaks" if newline else "spaces"
            found.newline_around = newline
        elif (start, end) != before and newline:
            found.newline_around = True
            found.removed["WHITESPACE_AROUND"] = "line breaks"

        env = _env_assignment(text, start, end)
        if env is not None:
            start, found.env_name = env
            found.removed.setdefault("ENV_ASSIGNMENT", found.env_name)
            value_end = _before_comment(text, start, end)
            if value_end != end:
                found.removed.setdefault("INLINE_COMMENT", "#")
                end = value_end
            continue
        header = _header(text, start, end)
        if header is not None:
            start, found.header_name = header
            found.removed.setdefault("AUTH_HEADER", found.header_name)
            continue
        entity = _entity_quotes(text, start, end)
        if entity is not None:
            start, end = entity
            found.removed.setdefault("QUOTES_AROUND", "HTML entities")
            continue
        if end - start >= 1 and (text[start] in _ALL_QUOTES or text[end - 1] in _ALL_QUOTES):
            opening = text[start] if text[start] in _ALL_QUOTES else ""
            closing = text[end - 1] if end - start >= 2 and text[end - 1] in _ALL_QUOTES else ""
            if opening:
                start += 1
            if closing:
                end -= 1
            smart = any(q not in "\"'`" for q in opening + closing)
            wide = any(q in _WIDE_QUOTES for q in opening + closing)
            kind = "full-width quotes" if wide else "typographic quotes" if smart else "quotes"
            found.removed.setdefault("QUOTES_AROUND", kind)
            continue
        if end - start >= 1 and text[end - 1] in ",;":
            end -= 1
            found.removed.setdefault("TRAILING_PUNCTUATION", text[end])
            continue
        if (start, end) == before:
            break
    found.core = text[start:end]
    found.offset = start
    return found
