"""diagnose(): look at whatever was pasted and say what it is and what is wrong with it.

The steps, in order:
1. Guard rails: empty text, text far longer than any key (only its start is searched).
2. Unwrap: whitespace, quotes, `NAME=`/`export`, `Authorization: Bearer` (checker.paste).
3. Not a key at all: a masked dashboard copy, a URL, a placeholder.
4. Characters: invisible ones removed, look-alikes mapped to ASCII, each named with its position.
5. Several words: a key broken over lines, several keys, a key inside a sentence, or just words.
6. Formats: every provider's formats are compared (checker.matching); the best fit decides the
   provider, and what does not fit becomes findings. With `provider=`, the text is judged against
   that provider, and a key of another provider is called out as such.

Everything is plain string scanning over at most MAX_INPUT characters: linear time on any input.
No message ever contains the key; only `Report.masked` shows its prefix and last four characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .chars import ascii_lookalike, char_name, is_invisible
from .context import provider_for_env_var
from .findings import FINDINGS_BY_CODE, FIXABLE, UNDECIDED
from .matching import Check, Level, check, check_all, known_prefixes
from .othersecrets import find_other_secret
from .paste import Unwrapped, unwrap
from .pastefix import (
    Fixed,
    key_in_command,
    key_in_url,
    split_joined,
    split_pair,
    strip_ansi,
    strip_escaped_newlines,
    strip_trailing_ellipsis,
)
from .providers import B64URL, PROVIDERS, KeyFormat, Provider, Source
from .report import Finding, Report, Verdict
from .shortlist import could_fit, leading_prefix
from .wording import (
    article,
    expected_lengths,
    join_and,
    key_name,
    listed_chars,
    name_plural,
    plural,
    prefix_list,
    source_names,
)

MAX_INPUT = 10_000
"""Longer texts are not keys (the longest, AWS Bedrock short-term keys, have a few thousand
characters); only their first MAX_INPUT characters are searched for something key-shaped."""

_MAX_POSITIONS = 3
# The characters _scan_characters may change: not printable ASCII or ASCII whitespace, and not in a
# script block without invisible characters or ASCII look-alikes (CJK ideographs, kana, Hangul; a test
# checks every one of them).
_SPECIAL_CHAR = re.compile("[^\t\n\x0b-\r\x1c-\x7e\u3041-\u3096\u30a1-\u30fa\u4e00-\u9fff\uac00-\ud7a3]")
_MAX_PREFIX_HITS = 10_000
_KEY_CHARS = frozenset(B64URL)
_MASK_MARKS = ("…", "...", "***", "•", "●", "·····", "∙")
_PLACEHOLDER_WORDS = (
    "your",
    "here",
    "replace",
    "placeholder",
    "insert",
    "example",
    "changeme",
    "change_me",
    "redacted",
    "dummy",
    "fake",
    "xxxx",
    "todo",
    "mykey",
    "my_key",
    "my-key",
    "apikey",
    "api_key",
    "api-key",
    "secret",
    "token",
)
_PLACEHOLDER_MAX_WORDS = 4  # "YOUR API KEY HERE" is a blank to fill in; a longer text is a sentence
_CODE_MARKS = frozenset("\"'`<>()[]{}=")
_TOKEN_SEPARATORS = frozenset(" \t\r\n\"'`<>()[]{}=,;:")
_TOKEN_RUN = re.compile("[^" + re.escape("".join(sorted(_TOKEN_SEPARATORS))) + "]+")
_SEQUENCES = ("abcdefghij", "0123456789", "1234567890", "qwertyuiop")
_MAX_PERIOD = 8  # 'abcabcabc…', '12341234…': a body that repeats a pattern this short is typed, not random
_ID_PREFIXES = (
    ("org-", "an OpenAI organisation id", "OPENAI_ORG_ID"),
    ("proj_", "an OpenAI project id", "OPENAI_PROJECT_ID"),
    ("user-", "an OpenAI user id", ""),
)


@dataclass
class _State:
    wanted: str | None = None
    from_context: bool = False
    findings: list[Finding] = field(default_factory=list)

    def add(self, code: str, message: str, fix: str) -> None:
        self.findings.append(Finding(code, FINDINGS_BY_CODE[code].severity, message, fix))


def diagnose(text: str, provider: str | None = None) -> Report:
    """Diagnose pasted text. `provider` is the provider id the user says the key is for, if any."""
    state = _State()
    if provider is not None and provider.strip():
        pid = provider.strip().lower()
        if pid in PROVIDERS:
            state.wanted = pid
        else:
            state.add(
                "UNKNOWN_PROVIDER",
                "The provider id you gave is not one the checker knows, so the text was judged on its own.",
                "Use one of: " + ", ".join(PROVIDERS) + ".",
            )

    if len(text) > MAX_INPUT:
        return _too_long(text, state)

    ansi = strip_ansi(text)  # terminal colour codes first: they sit outside quotes and NAME=
    text = ansi.text
    command = key_in_command(text.strip())  # its quotes and headers belong to the command, not the key
    if command is not None:
        _fixed(state, ansi)
        return _judge(_fixed(state, command), state)
    unwrapped = _unwrap_unless_key(text)
    if unwrapped.env_name and state.wanted is None:
        state.wanted = provider_for_env_var(unwrapped.env_name)
        state.from_context = state.wanted is not None
    core = unwrapped.core
    if not core:
        return _empty(text, unwrapped, state)
    if core.endswith(".") and not _fits_any(core) and _fits_any(core.rstrip(".")):
        # A full stop from the sentence the key was copied out of; only when the rest is a key, since
        # prose and other strings end with one too.
        unwrapped.removed.setdefault("TRAILING_PUNCTUATION", ".")
        core = core.rstrip(".")
    _wrapper_findings(unwrapped, state)
    _fixed(state, ansi)  # already undone: `text` is without the codes
    core = _fixed(state, strip_escaped_newlines(core))
    core = _fixed(state, strip_trailing_ellipsis(core))

    if any(mark in core for mark in _MASK_MARKS):
        return _masked_copy(core, state)
    lowered = core.lower()
    in_url = key_in_url(core) if "://" in core or lowered.startswith("www.") else None
    if in_url is not None:
        core = _fixed(state, in_url)
        lowered = core.lower()
    elif "://" in core or lowered.startswith("www."):
        state.add(
            "URL_NOT_KEY",
            "This is a web address, not a key.",
            "Open the provider's API key page and copy the key itself (a single string such as sk-proj-…).",
        )
        _hint_embedded(core, state, start=1)
        return _finish(core, state, None)
    if len(core.split(maxsplit=1)) == 1:  # a pair or two keys joined, before '=' or ':' split them
        pair = split_pair(core)
        if pair is not None:
            return _judge_pair(pair[0], pair[1], state)
        joined = split_joined(core, state.wanted)
        if joined is not None:
            core = _fixed(state, joined)
            lowered = core.lower()
    placeholder = _placeholder_reason(core, lowered)
    if placeholder or (any(mark in core for mark in _CODE_MARKS) and not _fits_any(core)):
        # A key pasted with the code or JSON around it (client = OpenAI(api_key="…")) carries words such
        # as "api_key" and marks such as quotes: a token that fits a key format exactly wins.
        inside = [(start, token) for start, token in _embedded_keys(core) if token != core]
        if len(inside) == 1:
            start, embedded = inside[0]
            _text_around_key(start, state)
            return _judge(embedded, state)
        if len(inside) > 1:
            _multiple_keys([_keyish(token) or "" for _, token in inside], state)
            return _finish(core, state, None)
    if placeholder:
        state.add("PLACEHOLDER", placeholder[0], placeholder[1])
        return _finish(core, state, None)

    scanned = _scan_characters(core, state)
    key = _split_words(scanned, state)
    if key is None:
        return _finish(scanned, state, None)

    for id_prefix, what, env in _ID_PREFIXES:
        if key.startswith(id_prefix) and len(key) >= len(id_prefix) + 16 and key[len(id_prefix) :].isalnum():
            where = f" It belongs in {env} if your code needs it." if env else ""
            state.add(
                "ID_NOT_KEY",
                f"This is {what}: it names something in your account but grants no access.{where}",
                f"Create or copy an API key at {PROVIDERS['openai'].console_url} and use that instead.",
            )
            return _finish(key, state, None)

    return _judge(key, state)


# --- paste mistakes undone before judging (checker.pastefix) -----------------------------------


def _fixed(state: _State, fix: Fixed) -> str:
    """The text after the fix, with a finding for each mistake it undid."""
    for code, message, how in fix.notes:
        state.add(code, message, how)
    return fix.text


def _judge_pair(secret: Fixed, public: str, state: _State) -> Report:
    """The secret half judged; what is wrong with the public half is said too."""
    _fixed(state, secret)
    if not any(c.level == Level.STRICT for c in check_all(public)):
        prefix, pid, fmt = _leading_prefix(public)
        name = key_name(PROVIDERS[pid], fmt) if pid is not None and fmt is not None else "public key"
        state.add(
            "PAIR_HALF_MALFORMED",
            f"The {name} ({prefix}…) of the pair does not have the expected shape: it may be cut off. The "
            "verdict below is the secret key's alone.",
            "Copy both keys again from the provider's project settings.",
        )
    return _judge(secret.text, state)


# --- 1. guard rails ----------------------------------------------------------------------------


def _too_long(text: str, state: _State) -> Report:
    state.add(
        "INPUT_TOO_LONG",
        f"The text has {len(text):,} characters, far more than any API key, so it was only searched "
        "for the start of a known key, not diagnosed.",
        "Paste only the key itself, not a whole file or log.",
    )
    _hint_embedded(text, state, start=0)
    return Report(None, [], None, False, state.findings, "…", False)


def _empty(text: str, unwrapped: Unwrapped, state: _State) -> Report:
    if unwrapped.env_name:
        state.add(
            "EMPTY",
            f"The variable {unwrapped.env_name} has no value: there is nothing after the '='.",
            "Put the key right after the '=', with no space, on the same line.",
        )
    elif unwrapped.header_name:
        state.add(
            "EMPTY",
            f"There is only the header name '{unwrapped.header_name}', with no key after it.",
            "Paste the key itself.",
        )
    elif text:
        state.add(
            "EMPTY",
            "There is nothing to check: only spaces, line breaks or quotes.",
            "Paste the key into the field.",
        )
    else:
        state.add("EMPTY", "There is nothing to check: the text is empty.", "Paste the key into the field.")
    return Report(None, [], None, False, state.findings, "…", False)


# --- 2. wrappers -------------------------------------------------------------------------------


def _unwrap_unless_key(text: str) -> Unwrapped:
    """Unwrap, unless the text minus surrounding whitespace is already a well-formed key.

    A key body may by chance read like `NAME=` or start with a quote-free word such as Bearer;
    a text that fits a key format exactly is never taken apart.
    """
    unwrapped = unwrap(text)
    stripped = text.strip()
    if stripped == unwrapped.core or (len(unwrapped.removed) <= 1 and "WHITESPACE_AROUND" in unwrapped.removed):
        return unwrapped
    if could_fit(stripped) and any(c.level == Level.STRICT for c in check_all(stripped)):
        plain = Unwrapped(core=stripped, offset=text.find(stripped[:1]))
        if stripped != text:
            newline = "\n" in text or "\r" in text
            plain.removed["WHITESPACE_AROUND"] = "line breaks" if newline else "spaces"
            plain.newline_around = newline
        return plain
    return unwrapped


def _wrapper_findings(unwrapped: Unwrapped, state: _State) -> None:
    removed = unwrapped.removed
    if "WHITESPACE_AROUND" in removed:
        what, them = ("A line break comes", "it") if unwrapped.newline_around else ("Spaces come", "them")
        state.add(
            "WHITESPACE_AROUND",
            f"{what} before or after the key. Many programs send {them} along as part of the key, "
            "and the provider then rejects the key.",
            f"Remove {them}. In a .env file, end the line right after the key.",
        )
    if "ENV_ASSIGNMENT" in removed:
        name = removed["ENV_ASSIGNMENT"]
        state.add(
            "ENV_ASSIGNMENT",
            f"This is a whole assignment ({name}=…), not just the key.",
            "Paste only the value after the '='.",
        )
    if "AUTH_HEADER" in removed:
        name = removed["AUTH_HEADER"]
        state.add(
            "AUTH_HEADER",
            f"The text starts with '{name}', which is how the key is sent over HTTP, not part of the key.",
            f"Paste only what comes after '{name}'.",
        )
    if "INLINE_COMMENT" in removed:
        state.add(
            "INLINE_COMMENT",
            "A comment ('# …') follows the key on the line. python-dotenv and keycheck --file read a '#' "
            "after a space or tab as the start of a comment, so it is not part of the value; a loader that "
            "does not would send it along with the key.",
            "Put the comment on a line of its own, above the key.",
        )
    if "QUOTES_AROUND" in removed:
        smart = removed["QUOTES_AROUND"] == "typographic quotes"
        why = " Word processors and chat apps turn straight quotes into curly ones." if smart else ""
        state.add(
            "QUOTES_AROUND",
            f"The key is wrapped in {removed['QUOTES_AROUND']}, which are not part of it.{why}",
            "Remove the quotes. (In a .env file straight quotes around the value are fine; curly ones never are.)",
        )
    if "TRAILING_PUNCTUATION" in removed:
        mark = removed["TRAILING_PUNCTUATION"]
        state.add(
            "TRAILING_PUNCTUATION",
            f"A '{mark}' follows the key, probably from the sentence or line of code it was copied from.",
            f"Remove the '{mark}'.",
        )


# --- 3. not a key --------------------------------------------------------------------------------


def _masked_copy(core: str, state: _State) -> Report:
    prefix = _leading_prefix(core)[0]
    owners = list(dict.fromkeys(p for known, p, _ in known_prefixes() if known == prefix)) if prefix else []
    pid = owners[0] if len(owners) == 1 else None
    console = PROVIDERS[pid].console_url if pid else "the provider's API key page"
    state.add(
        "MASKED_KEY",
        "This is a shortened copy of a key, the way dashboards list keys (part of it replaced by … or *). "
        "The full key cannot be rebuilt from it.",
        f"A key is shown in full only once, when it is created. Create a new key at {console}, copy it "
        "right away, and revoke the old one if you no longer have it.",
    )
    return Report(pid, owners, None, False, state.findings, prefix + "…", False, _name(pid))


def _placeholder_reason(core: str, lowered: str) -> tuple[str, str] | None:
    if "${" in core or "{{" in core or "$(" in core or (core.startswith("$") and core[1:2].isalpha()):
        return (
            "This is a template or shell variable, not its value: it was never filled in.",
            "Check that the variable is set in the environment your code runs in, and print its length "
            "(not its value) to confirm.",
        )
    if "<" in core and ">" in core:
        return (
            "This is a placeholder from documentation (text in angle brackets), not a key.",
            "Replace the whole placeholder, brackets included, with your own key.",
        )
    # In a sentence ("I do not know where my key is") the words are prose, not a template's blank.
    short = len(core.split()) <= _PLACEHOLDER_MAX_WORDS
    # Words of a known prefix are not placeholders (Bedrock's short-term keys start bedrock-api-key-).
    after_prefix = lowered[len(_leading_prefix(core)[0]) :]
    if short and _has_placeholder_word(after_prefix) and not _fits_any(core.strip()):
        return (
            "This is example text from documentation or a template, not a real key.",
            "Create a key in the provider's console and paste that instead.",
        )
    return None


def _has_placeholder_word(lowered: str) -> bool:
    """A placeholder word standing apart (YOUR_API_KEY, sk-your-key-here), or anywhere in short text."""
    for word in _PLACEHOLDER_WORDS:
        pos = lowered.find(word)
        while pos != -1:
            end = pos + len(word)
            before = pos == 0 or not lowered[pos - 1].isalnum()
            after = end == len(lowered) or not lowered[end].isalnum()
            if before or after or len(lowered) <= 40:
                return True
            pos = lowered.find(word, pos + 1)
    return False


def _looks_made_up(body: str) -> str | None:
    """Why a key body is evidently not random: one repeated character or a keyboard run."""
    if len(body) >= 8 and len(set(body)) <= 2:
        return "made of one or two repeated characters"
    longest = run = 1
    for i in range(1, len(body)):
        run = run + 1 if body[i] == body[i - 1] else 1
        longest = max(longest, run)
    if longest >= 12:
        return "a long run of one repeated character"
    lowered = body.lower()
    if any(seq in lowered for seq in _SEQUENCES):
        return "a run such as abcdef… or 123456…"
    for period in range(2, _MAX_PERIOD + 1):
        if len(body) >= 2 * period + 8 and body[period:] == body[:-period]:
            return "one short pattern repeated"
    return None


# --- 4. characters -------------------------------------------------------------------------------


def _scan_characters(core: str, state: _State) -> str:
    """Drop invisible characters and map look-alikes to ASCII, naming each with its position."""
    if core.isascii() and core.isprintable():
        return core
    kept: list[str] = []
    invisible: list[tuple[int, str]] = []
    invisible_count = 0
    confusable: list[tuple[int, str, str]] = []
    confusable_count = 0
    pos = 0
    for special in _SPECIAL_CHAR.finditer(core):  # the rest is kept as is, copied in runs
        i, ch = special.start(), special.group()
        kept.append(core[pos:i])
        pos = i + 1
        if ch.isspace():
            kept.append(" ")
        elif is_invisible(ch):
            invisible_count += 1
            if len(invisible) < _MAX_POSITIONS:
                invisible.append((i, ch))
        else:
            target = ascii_lookalike(ch)
            if target is None:
                kept.append(ch)
            else:
                confusable_count += 1
                if len(confusable) < _MAX_POSITIONS:
                    confusable.append((i, ch, target))
                kept.append(target)
    kept.append(core[pos:])
    if invisible_count:
        where = join_and([f"{char_name(ch)} at position {i + 1}" for i, ch in invisible])
        more = f" (and {invisible_count - len(invisible)} more)" if invisible_count > len(invisible) else ""
        state.add(
            "INVISIBLE_CHARACTER",
            f"The key contains {plural(invisible_count, 'invisible character')}: {where}{more}. "
            "They usually come from copying through a chat app, a PDF or a word processor.",
            "Delete them, or better, copy the key again straight from the provider's page.",
        )
    if confusable_count:
        where = join_and([f"{char_name(ch)} at position {i + 1} looks like '{t}'" for i, ch, t in confusable])
        more = f" (and {confusable_count - len(confusable)} more)" if confusable_count > len(confusable) else ""
        state.add(
            "CONFUSABLE_CHARACTER",
            f"Some characters only look like the ones in a key: {where}{more}.",
            "Type the plain characters over them, or better, copy the key again from the provider's page.",
        )
    return "".join(kept)


# --- 5. words ------------------------------------------------------------------------------------


def _split_words(scanned: str, state: _State) -> str | None:
    """The one key-like string to judge, or None when the text is several keys or plain words."""
    words = scanned.split()
    if len(words) <= 1:
        return words[0] if words else scanned
    joined = "".join(words)
    keys = [w for w in words if _keyish(w)]
    whole_keys = [w for w in words if _fits_any(w)]
    fragments = all(frozenset(w) <= _KEY_CHARS for w in words)
    if _fits_any(joined) or (_keyish(joined) and fragments and not whole_keys and len(keys) <= 1):
        _inner_space_findings(scanned, state)
        return joined
    if len(keys) >= 2:
        _multiple_keys([_keyish(w) or "" for w in keys], state)
        return None
    if len(keys) == 1:
        _text_around_key(scanned.find(keys[0]), state)
        key = keys[0]
        # "My key is sk-….": the sentence's full stop is not part of the key.
        return key.rstrip(".") if key.endswith(".") and _fits_any(key.rstrip(".")) else key
    if not any(w.isalpha() and len(w) >= 2 for w in words):
        _inner_space_findings(scanned, state)
        return joined
    state.add(
        "SENTENCE_NOT_KEY",
        "These are words separated by spaces, not a key. (OpenAI's 'Incorrect API key provided' error "
        "shows the start of such text when a sentence was sent as the key.)",
        "Paste only the key: one unbroken string copied from the provider's API key page.",
    )
    return None


def _multiple_keys(names: list[str], state: _State) -> None:
    state.add(
        "MULTIPLE_KEYS",
        f"There are {len(names)} key-shaped strings here ({join_and(list(dict.fromkeys(names)))}).",
        "Check one key at a time.",
    )


def _text_around_key(start: int, state: _State) -> None:
    state.add(
        "TEXT_AROUND_KEY",
        f"There is other text around something that looks like a key (it starts at position {start + 1}).",
        "Paste only the key, without the words or code around it.",
    )


def _embedded_keys(core: str) -> list[tuple[int, str]]:
    """(position, token) of each distinct token that fits a key format exactly, where tokens are the runs
    between spaces, quotes, brackets and the marks code puts around a value (= : , ;). A sentence's
    full stop after a key is not part of the token."""
    found: dict[str, int] = {}
    for run in _TOKEN_RUN.finditer(core):
        token = run.group().rstrip(".")
        pad = 0
        while pad < 2 and core[run.end() + pad : run.end() + pad + 1] == "=":
            pad += 1
        padded = token + "=" * pad if token == run.group() else token
        for candidate in dict.fromkeys((padded, token)):  # a base64 key's '=' padding is a separator too
            strict = len(candidate) >= _SHORTEST_KEYISH and candidate not in found
            if strict and could_fit(candidate) and any(c.level == Level.STRICT for c in check_all(candidate)):
                found[candidate] = run.start()
                break
    return [(pos, token) for token, pos in found.items()]


def _inner_space_findings(scanned: str, state: _State) -> None:
    breaks = [i for i, ch in enumerate(scanned) if ch in "\r\n"]
    spaces = [i for i, ch in enumerate(scanned) if ch.isspace() and ch not in "\r\n"]
    if breaks:
        state.add(
            "LINE_BREAK_INSIDE",
            f"A line break splits the key (at position {breaks[0] + 1}). Terminals and e-mails wrap "
            "long lines, and the copy keeps the break.",
            "Join the lines: delete the line break so the key is one unbroken string.",
        )
    if spaces:
        state.add(
            "SPACE_INSIDE",
            f"There is {plural(len(spaces), 'space')} inside the key (first at position {spaces[0] + 1}).",
            "Delete the spaces: a key is one unbroken string.",
        )


_SHORTEST_KEYISH = 15  # below any key format's length; words shorter than this are just words


def _keyish(word: str) -> str | None:
    """A short description when `word` looks like some key ('an OpenAI project key'), else None."""
    if len(word) < _SHORTEST_KEYISH:
        return None
    prefix, pid, fmt = _leading_prefix(word)
    if prefix and fmt is not None and pid is not None and len(word) >= len(prefix) + 12:
        return key_name(PROVIDERS[pid], fmt)
    for c in check_all(word) if could_fit(word) else ():
        if c.level >= Level.LOOSE:
            return key_name(PROVIDERS[c.provider], c.fmt)
    return None


def _fits_any(text: str) -> bool:
    if len(text) < _SHORTEST_KEYISH:
        return False
    return could_fit(text) and any(c.level >= Level.LOOSE for c in check_all(text))


# --- 6. formats ----------------------------------------------------------------------------------


def _distance(c: Check) -> float:
    """How far a prefix-level match is from fitting; picks the likeliest format among same-prefix ones."""
    d = 0.0
    if not c.length_loose_ok:
        lengths = c.fmt.lengths or c.fmt.total_length
        d += 1 + min(200, *(abs(c.length - n) for n in lengths)) / 200
    if c.bad_char_count:
        d += 1
    if not c.structure_ok:
        d += 2 if c.fmt.marker and not c.marker_present else 1
    return d


def _best(checks: list[Check]) -> tuple[Level, list[Check]]:
    """The best level reached and the checks at that level, narrowed to the likeliest ones."""
    exact_prefixed = [c for c in checks if c.fmt.prefix and not c.prefix_case and c.level >= Level.PREFIX]
    if exact_prefixed:
        # A text that starts with a known prefix is judged by it, never by the prefix-less shapes.
        checks = [c for c in checks if c.fmt.prefix]
    top = max((c.level for c in checks), default=Level.NONE)
    if top == Level.NONE:
        return top, []
    group = [c for c in checks if c.level == top]
    if top == Level.PREFIX:
        group = [c for c in group if not c.prefix_case] or group
    longest = max(len(c.fmt.prefix) for c in group)
    group = [c for c in group if len(c.fmt.prefix) == longest]
    if top == Level.STRICT:
        group = _marked_first(group)
    if top == Level.PREFIX and len(group) > 1:
        # A marker found in the text (OpenAI's T3BlbkFJ) is evidence no length can outweigh: a cut or
        # extended key that carries it belongs to the marker's provider, not to a markerless shape
        # whose length happens to be one off (Moonshot's sk- + 48).
        group = [c for c in group if c.fmt.marker and c.marker_present] or group
        closest = min(_distance(c) for c in group)
        group = [c for c in group if _distance(c) == closest]
    return top, group


def _marked_first(group: list[Check]) -> list[Check]:
    """A marker in its place (OpenAI's T3BlbkFJ) outranks shapes that carry none (Moonshot's sk- + 48)."""
    marked = [c for c in group if c.fmt.marker and c.marker_present and c.structure_ok and c.level == Level.STRICT]
    return marked or group


def _closest_own(key: str, pid: str) -> Check | None:
    """For a provider with prefix-less formats, the nearest one, to explain what does not fit."""
    own = [check(pid, f, key) for f in PROVIDERS[pid].formats if not f.prefix and f.is_api_key]
    return min(own, key=_distance) if own else None


def _providers_of(checks: list[Check]) -> list[str]:
    return list(dict.fromkeys(c.provider for c in checks))


def _judge(key: str, state: _State) -> Report:
    checks = check_all(key)
    # Before any format: a made-up body, a non-AI secret, a provider's key family with an unknown tag.
    found = _placeholder_body(key, checks, state) or _other_secret(key, checks, state) or _family(key, checks, state)
    if found is not None:
        return found
    wanted = state.wanted
    if wanted is None:
        level, group = _best(checks)
        if level == Level.NONE:
            state.add(
                "UNKNOWN_FORMAT",
                f"This matches none of the key formats of the {len(PROVIDERS)} providers the checker knows.",
                "Check that you copied the key itself (not an id, a password or a masked copy). If your "
                "provider is not listed, the checker cannot judge its keys.",
            )
            _hint_embedded(key, state, start=1)
            return _finish(key, state, None)
        providers = _providers_of(group)
        if level >= Level.LOOSE and (len(providers) > 1 or all(c.fmt.needs_context for c in group)):
            return _ambiguous(key, group, providers, state)
        if level == Level.PREFIX and all(c.fmt.needs_context for c in group):
            return _shared_prefix_only(key, checks, state)
        return _verdict(key, group[0], level, state, providers)

    own_checks = [c for c in checks if c.provider == wanted]
    other_checks = [c for c in checks if c.provider != wanted]
    if any(c.fmt.prefix and not c.prefix_case and c.level >= Level.PREFIX for c in own_checks):
        other_checks = [c for c in other_checks if c.fmt.prefix]  # its own prefix beats shapes without one
    own_level, own_group = _best(own_checks)
    other_level, other_group = _best(other_checks)
    if own_level >= Level.LOOSE:
        fitting = _marked_first([c for c in checks if c.level >= Level.LOOSE])
        marked = [c for c in fitting if c.provider != wanted and c.fmt.marker and c.level == Level.STRICT]
        if marked and not own_group[0].fmt.marker:
            # Another provider's marker in its place (OpenAI's T3BlbkFJ) outweighs a shape without one.
            return _mismatch(key, wanted, Level.STRICT, marked, state)
        candidates = [wanted, *[p for p in _providers_of(fitting) if p != wanted]]
        chosen = own_group[0]
        if state.from_context and chosen.fmt.needs_context and len(candidates) > 1:
            state.add(
                "CONTEXT_USED",
                f"This shape is shared by several providers; the variable name says it is for "
                f"{PROVIDERS[wanted].name}, so it was judged as such.",
                "Nothing to do if the variable name is right.",
            )
        return _verdict(key, chosen, own_level, state, candidates)
    own_prefix = len(own_group[0].fmt.prefix) if own_level == Level.PREFIX else -1
    other_prefix = len(other_group[0].fmt.prefix) if other_group else -1
    if (other_level >= Level.LOOSE and other_prefix >= own_prefix) or (
        other_level == Level.PREFIX and other_prefix > own_prefix
    ):
        return _mismatch(key, wanted, other_level, other_group, state)
    if own_level == Level.PREFIX:
        return _verdict(key, own_group[0], own_level, state, [wanted])
    prov = PROVIDERS[wanted]
    closest = _closest_own(key, wanted)
    if closest is not None:
        _structure_findings(key, closest, state)
        return _finish(key, state, closest, provider=wanted, candidates=[wanted], level=Level.PREFIX)
    state.add(
        "NOT_PROVIDER_FORMAT",
        f"{prov.name} keys start with {prefix_list(prov)}; this text starts differently.",
        f"Copy the key from {prov.console_url}.",
    )
    return _finish(key, state, None)


def _placeholder_body(key: str, checks: list[Check], state: _State) -> Report | None:
    """PLACEHOLDER for a key-like text whose body is evidently made up, whether or not a provider was chosen."""
    made_up = _looks_made_up(key[len(_leading_prefix(key)[0]) :])
    if made_up is None:
        return None
    own = [c for c in checks if c.provider == state.wanted] if state.wanted else checks
    level, group = _best(own)
    providers = _providers_of(group)
    # A shape that needs context (sk- and 48 characters) names no provider unless one was chosen.
    named = len(providers) == 1 and level >= Level.PREFIX
    named = named and (state.wanted is not None or not all(c.fmt.needs_context for c in group))
    if named:
        prov = PROVIDERS[providers[0]]
        shape, console = article(key_name(prov, group[0].fmt)), prov.console_url
    else:
        shape = "a key"
        console = PROVIDERS[state.wanted].console_url if state.wanted else "your provider's console"
    state.add(
        "PLACEHOLDER",
        f"This has the shape of {shape}, but its body is {made_up}, which a real key never is: it is a "
        "placeholder or test value.",
        f"Create a real key at {console}.",
    )
    single = providers[0] if named else None
    return _finish(key, state, group[0] if single else None, provider=single, candidates=providers, level=Level.PREFIX)


def _longest_prefix(checks: list[Check]) -> int:
    """The longest AI key prefix the text starts with exactly (0 when none)."""
    return max((len(c.fmt.prefix) for c in checks if c.fmt.prefix and not c.prefix_case), default=0)


def _other_secret(key: str, checks: list[Check], state: _State) -> Report | None:
    """A well-known non-AI secret (othersecrets.OTHER_SECRETS) whose prefix is longer than any AI prefix it shares."""
    found = find_other_secret(key)
    if found is None or len(found[0]) <= _longest_prefix(checks):
        return None
    prefix, kind = found
    caution = (
        " It is a secret of its own: if it was pasted or posted anywhere public, revoke it."
        if kind.secret
        else " It is meant to be public, so it is no secret, and it cannot call any AI model."
    )
    state.add("OTHER_SECRET", f"This is {kind.name} ('{prefix}…'), not an AI provider key.{caution}", kind.fix)
    return Report(None, [], None, False, state.findings, prefix + "…", False)


def _family(key: str, checks: list[Check], state: _State) -> Report | None:
    """A key of a provider's family (providers.KeyFamily) with a kind or version tag no format knows."""
    for prov in PROVIDERS.values():
        family = prov.family
        if family is None or not key.startswith(family.prefix):
            continue
        rest = key[len(family.prefix) :]
        tag, dash, _ = rest.partition("-")
        known = [f.prefix[len(family.prefix) : -1] for f in prov.formats if f.prefix.startswith(family.prefix)]
        fits = dash and tag.isalnum() and len(tag) <= 32 and frozenset(rest) <= frozenset(family.chars)
        if not fits or tag in known or family.marker not in rest[len(tag) :]:
            continue
        if len(family.prefix) + len(tag) + 1 <= _longest_prefix([c for c in checks if c.provider != prov.id]):
            continue  # another provider's longer prefix (sk-or-v1-, sk-lf-) says whose it is
        tags = join_and([f"'{t}'" for t in dict.fromkeys(t for t in known if t)])
        marked = f" and '{family.marker}' inside" if family.marker else ""
        if state.wanted not in (None, prov.id):
            want = PROVIDERS[state.wanted or ""]
            state.add(
                "PROVIDER_MISMATCH",
                f"It starts like {article(prov.name)} key ('{family.prefix}'{marked}), not {article(want.name)} key. "
                "Keys work only with the provider that issued them.",
                f"Use a key from {want.console_url} for {want.name}, or send this one to {prov.name} instead.",
            )
            return _finish(key, state, None, provider=prov.id, candidates=[prov.id])
        state.add(
            "KEY_VERSION_UNKNOWN",
            f"This starts with '{family.prefix}'{marked}, as {prov.name} keys do, but the kind or version "
            f"{_tag_shown(tag)} is not one the checker knows ({tags}): it is probably {article(prov.name)} key of a "
            f"version this checker does not know yet. {family.note}",
            f"Run the test call ({prov.test_call.method} {prov.test_call.url}) to find out whether {prov.name} "
            "accepts it.",
        )
        return _finish(key, state, None, provider=prov.id, candidates=[prov.id])
    return None


def _tag_shown(tag: str) -> str:
    """A version tag as a message quotes it: whole when short ('api04'); a longer one may be the start of
    the key's secret part (a legacy key has no tag), so only its length is told."""
    return f"'{tag}'" if len(tag) < 8 else f"here ({len(tag)} characters, not shown: they may be part of the key)"


def _shared_prefix_only(key: str, checks: list[Check], state: _State) -> Report:
    """A text that fits no shape and starts only with a prefix that several providers share (sk-).

    Its length cannot say whose key was cut: naming one provider would be a guess, so none is named."""
    shared = [c for c in checks if c.level == Level.PREFIX and c.fmt.needs_context]
    providers = _providers_of(shared)
    names = join_and([PROVIDERS[p].name for p in providers])
    prefix = shared[0].fmt.prefix
    state.add(
        "UNKNOWN_FORMAT",
        f"It starts with {prefix} as keys of {names} do, but it has the shape of none of them "
        f"({len(key)} characters), and that prefix alone does not tell which provider issued it.",
        "Copy the key again from your provider's console, and choose the provider (on the command line: "
        "--provider ID) to learn what does not fit.",
    )
    return _finish(key, state, None, candidates=providers)


def _ambiguous(key: str, group: list[Check], providers: list[str], state: _State) -> Report:
    names = [PROVIDERS[p].name for p in providers]
    shape = f"{len(key)} characters: {group[0].fmt.alphabet}"
    if len(providers) > 1:
        who = f"a shape used by {join_and(names)}. The text alone cannot tell which"
    else:
        who = (
            f"a shape with no distinctive prefix. It fits {names[0]} keys, but other services' keys and "
            "random ids look the same"
        )
    state.add(
        "AMBIGUOUS_FORMAT",
        f"This is well formed ({shape}), {who}; only where you got it can decide.",
        "Choose the provider (on the command line: --provider ID) to get a verdict.",
    )
    return _finish(key, state, group[0], provider=None, candidates=providers, level=Level.LOOSE)


def _mismatch(key: str, wanted: str, level: Level, group: list[Check], state: _State) -> Report:
    chosen = group[0]
    other = PROVIDERS[chosen.provider]
    want = PROVIDERS[wanted]
    if not chosen.fmt.is_api_key:
        return _verdict(key, chosen, level, state, _providers_of(group))
    shared = _providers_of(group)
    if level >= Level.LOOSE and chosen.fmt.needs_context and len(shared) > 1:
        what = f"It has the shape {join_and([PROVIDERS[p].name for p in shared])} keys share"
    elif level >= Level.LOOSE and chosen.fmt.needs_context:
        what = f"It has the shape of {article(key_name(other, chosen.fmt))}"
    elif level >= Level.LOOSE:
        what = f"This is {article(key_name(other, chosen.fmt))}"
    else:
        what = f"It starts like {article(key_name(other, chosen.fmt))}"
    route = ""
    if other.id == "openrouter":
        route = " To use it from an OpenAI-compatible client, set the base URL to https://openrouter.ai/api/v1."
    state.add(
        "PROVIDER_MISMATCH",
        f"{what}, not {article(want.name)} key. Keys work only with the provider that issued them.{route}",
        f"Use a key from {want.console_url} for {want.name}, or send this one to {other.name} instead.",
    )
    if level < Level.STRICT:
        _structure_findings(key, chosen, state)
    providers = _providers_of(group)
    provider = providers[0] if len(providers) == 1 else None
    return _finish(key, state, chosen, provider=provider, candidates=providers, level=Level.PREFIX)


def _verdict(key: str, chosen: Check, level: Level, state: _State, candidates: list[str]) -> Report:
    prov = PROVIDERS[chosen.provider]
    fmt = chosen.fmt
    if not fmt.is_api_key:
        state.add(
            "NOT_AN_API_KEY",
            f"This is {article(prov.name)} {fmt.label[:1].lower()}{fmt.label[1:]}, not an API key. {fmt.notes}",
            f"Create an API key at {prov.console_url} and use that.",
        )
        return _finish(key, state, chosen, provider=chosen.provider, candidates=candidates, level=Level.PREFIX)
    if level < Level.STRICT:
        _structure_findings(key, chosen, state)
    if level >= Level.LOOSE:
        _variant_notes(prov, fmt, state)
    return _finish(key, state, chosen, provider=chosen.provider, candidates=candidates, level=level)


def _structure_findings(key: str, c: Check, state: _State) -> None:
    prov = PROVIDERS[c.provider]
    fmt = c.fmt
    name = key_name(prov, fmt)
    if c.prefix_case:
        state.add(
            "PREFIX_CASE",
            f"It starts like {article(name)}, but the prefix is not in the exact upper/lower case "
            f"('{fmt.prefix}'). Keys are case-sensitive; something changed the case after copying.",
            f"Copy the key again from {prov.console_url}: a key whose case changed cannot be repaired by hand.",
        )
        return  # whatever else differs follows from the changed case
    if not c.length_ok:
        expected = expected_lengths(fmt)
        longest = max(fmt.lengths or fmt.total_length)
        if c.length_loose_ok:
            state.add(
                "LENGTH_UNUSUAL",
                f"It has {c.length} characters: {source_names(fmt.disputed_by)} {_have(fmt.disputed_by)} "
                f"{name_plural(name)} of this length, while {source_names(fmt.length_sources)} "
                f"{_expect(fmt.length_sources)} {expected}. {prov.name} does not publish the length, so the "
                "checker cannot tell whether it is whole.",
                f"Run the test call, or copy the key again in full from {prov.console_url}.",
            )
        elif c.length < longest:
            bigger = [n for n in (fmt.lengths or fmt.total_length) if n > c.length]
            missing = min(bigger) - c.length
            state.add(
                "TOO_SHORT",
                f"It has {c.length} characters; {article(name)} has {expected}. "
                f"{plural(missing, 'character')} {'is' if missing == 1 else 'are'} missing: the copy was "
                "probably cut off (a narrow field, a wrapped line, or a selection that missed the end).",
                f"Copy the whole key again, using the copy button at {prov.console_url}. If the key is no "
                "longer shown there, create a new one.",
            )
        else:
            again = key.find(fmt.prefix, len(fmt.prefix)) if len(fmt.prefix) >= 3 else -1
            if again > 0:
                state.add(  # not split (checker.pastefix found no two whole keys): too long, as a whole
                    "TOO_LONG",
                    f"The prefix '{fmt.prefix}' appears again at position {again + 1}: two keys, or pieces of "
                    "them, were pasted one after the other.",
                    "Keep only one of them: the part before that position, or the part from it on.",
                )
            else:
                state.add(
                    "TOO_LONG",
                    f"It has {c.length} characters, {c.length - longest} more than {article(name)} "
                    f"({expected}): something was pasted together with the key.",
                    "Remove the extra characters, or copy the key again on its own.",
                )
    if c.bad_char_count:
        state.add(
            "INVALID_CHARACTERS",
            f"{name_plural(name)} contain only {fmt.alphabet}, but this has "
            f"{listed_chars(c.bad_chars, c.bad_char_count)}.",
            f"Copy the key again from {prov.console_url}; characters changed by hand cannot be guessed back.",
        )
    if c.loose_chars:
        # Name the kind of character, not the characters: these are real key material.
        kinds = join_and(list(dict.fromkeys(_char_kind(ch) for _, ch in c.loose_chars)))
        state.add(
            "CHARACTERS_UNUSUAL",
            f"It contains {kinds} (first at position {c.loose_chars[0][0] + 1}): {source_names(fmt.disputed_by)} "
            f"{_have(fmt.disputed_by)} such {name_plural(name)}, while the other sources expect only "
            f"{fmt.alphabet}. {prov.name} does not document the alphabet, so the checker cannot tell.",
            f"Run the test call to find out; if {prov.name} rejects the key, copy it again from {prov.console_url}.",
        )
    if not c.structure_ok:
        _marker_finding(key, c, name, state)


def _marker_finding(key: str, c: Check, name: str, state: _State) -> None:
    prov = PROVIDERS[c.provider]
    fmt = c.fmt
    marker = fmt.marker or ""
    if fmt.confidence == "low":
        state.add(
            "FORMAT_NOT_DOCUMENTED",
            f"The layout scanners expect for {name_plural(name)} ('{marker}' right after '{fmt.prefix}') is not there. "
            f"{prov.name} does not document the layout, so this is not necessarily wrong.",
            f"If {prov.name} rejects the key, create a new one at {prov.console_url}.",
        )
        return
    if fmt.structure == "bedrock":
        _base64_finding(key, c, name, state)
        return
    if fmt.structure in ("uuid", "langsmith", "pinecone"):
        if c.length_ok:
            state.add(
                "MARKER_MISPLACED",
                f"{name_plural(name)} are laid out as {fmt.alphabet}; the separators of this text are not "
                "where they belong.",
                f"Copy the key again from {prov.console_url}.",
            )
        return
    if not c.marker_present:
        where = {
            "middle": "in the middle ('OpenAI' written in base64)",
            "end": "at the very end",
            "after_prefix": f"right after '{fmt.prefix}'",
            "fixed": f"at position {_fixed_position(fmt, marker) + 1}",
        }.get(fmt.structure, "")
        state.add(
            "MISSING_MARKER",
            f"Every {name} has '{marker}' {where}; this text does not. It may be cut off, changed, or "
            "not a key of this kind at all.",
            f"Copy the key again from {prov.console_url}.",
        )
    elif c.length_ok and fmt.structure == "fixed" and _fixed_at(key, _fixed_position(fmt, marker), marker):
        # The key's own signature is where it belongs: what differs is the part that names the service.
        differ = [f"'{part}' at position {pos + 1}" for pos, part in fmt.fixed if not _fixed_at(key, pos, part)]
        differ += [f"one of {allowed[0]}-{allowed[-1]} at position {pos + 1}" for pos, allowed in fmt.slots
                   if not (pos < len(key) and key[pos] in allowed)]  # fmt: skip
        state.add(
            "MARKER_MISPLACED",
            f"'{marker}' is where {name_plural(name)} have it, but this text does not have {join_and(differ)}. "
            "Those fixed parts name the service a key belongs to: this is probably a key of another service.",
            f"Copy the key from the Keys and Endpoint page of the resource you call, at {prov.console_url}.",
        )
    elif c.length_ok:
        state.add(
            "MARKER_MISPLACED",
            f"'{marker}' is there, but not where {name_plural(name)} have it: characters were lost on one side "
            "and added on the other.",
            f"Copy the key again from {prov.console_url}.",
        )


def _base64_finding(key: str, c: Check, name: str, state: _State) -> None:
    """A Bedrock key is 'ABSK' and base64: text after its '=' padding was added, broken groups were cut."""
    prov = PROVIDERS[c.provider]
    encoded = key[4:]
    inside = encoded.rstrip("=").find("=")
    if inside >= 0:
        state.add(
            "TOO_LONG",
            f"{name_plural(name)} are base64 after 'ABSK', where '=' is only padding at the very end, but this "
            f"text goes on after the '=' at position {4 + inside + 1}: something was pasted after the key, or a "
            "character of it was changed.",
            f"Copy the key again on its own from {PROVIDERS[c.provider].console_url}.",
        )
        return
    missing = -len(encoded) % 4
    state.add(
        "TOO_SHORT",
        f"After 'ABSK', {article(name)} is base64, written in whole groups of 4 characters; this text's "
        f"last group lacks {plural(missing, 'character')}: the copy was probably cut off.",
        f"Copy the whole key again from {prov.console_url}. If the key is no longer shown there, create a new one.",
    )


def _fixed_position(fmt: KeyFormat, part: str) -> int:
    return next((pos for pos, text in fmt.fixed if text == part), 0)


def _fixed_at(key: str, pos: int, part: str) -> bool:
    return key[pos : pos + len(part)] == part


def _today() -> str:
    """Today as an ISO date: the checker says what a provider's scheduled change means on the day it runs."""
    return date.today().isoformat()


def _retirement_finding(prov: Provider, fmt: KeyFormat, state: _State) -> None:
    """What the provider's scheduled changes (Provider.changes, named in fmt.retirement) mean for this key."""
    today = _today()
    steps = [c for c in prov.changes if c.id in fmt.retirement]
    final = steps[-1]
    said = " ".join(c.wording(today).replace("`", "") for c in steps)
    source = final.sources[0]
    cited = f"(Source: {source.title}, {source.url}, checked {final.checked}.)"
    what = f"This is {article(key_name(prov, fmt))}. {said} {cited}"
    code = "FORMAT_RETIRED" if final.in_effect(today) else "STANDARD_KEY_RETIRING"
    state.add(code, what, f"Create a new key at {prov.console_url}. {fmt.replacement}".rstrip())


def _have(sources: tuple[Source, ...]) -> str:
    return "accepts" if len(sources) == 1 else "accept"


def _expect(sources: tuple[Source, ...]) -> str:
    return "expects" if len(sources) == 1 else "expect"


def _variant_notes(prov: Provider, fmt: KeyFormat, state: _State) -> None:
    variant = (prov.id, fmt.variant)
    if fmt.confidence == "low":
        state.add(
            "FORMAT_UNCERTAIN",
            f"Only one public source describes {name_plural(key_name(prov, fmt))} and {prov.name} does not publish the "
            "format, so this verdict is less certain than for other keys.",
            f"To be sure, run the test call: {prov.test_call.method} {prov.test_call.url}."
            if prov.test_call.proves_key
            else f"To be sure, make a small request to {prov.name} with it.",
        )
    if fmt.retirement:
        _retirement_finding(prov, fmt, state)
    elif variant == ("google", "auth_key"):
        state.add(
            "AUTH_KEY_HEADER",
            "Auth keys work when sent in the x-goog-api-key header; tools that put the key in the URL "
            "(?key=…) have been reported to fail with them.",
            "Use a current Google SDK, which sets the header, or set x-goog-api-key yourself.",
        )
    elif fmt.variant == "admin":
        state.add(
            "ADMIN_KEY",
            f"This is {article(prov.name)} admin key: it manages the organisation (keys, members, usage) "
            "but cannot call the models.",
            f"To call the models, use a regular API key from {prov.console_url}.",
        )
    elif variant == ("huggingface", "org"):
        state.add(
            "DEPRECATED_FORMAT",
            "This is a Hugging Face organisation token (api_org_…), a kind deprecated in 2023.",
            f"Create a user access token at {prov.console_url}.",
        )
    elif variant == ("aws_bedrock", "short_term"):
        state.add(
            "SHORT_TERM_KEY",
            "This is a short-term Bedrock API key: it stops working after at most 12 hours.",
            "For longer use, generate a new one when it expires, or create a long-term key for an IAM user.",
        )
    elif variant == ("langfuse", "secret"):
        state.add(
            "KEY_PAIR_NEEDED",
            "A Langfuse secret key works only together with its public key (pk-lf-…).",
            "Set both LANGFUSE_SECRET_KEY and LANGFUSE_PUBLIC_KEY, from the same project.",
        )


# --- helpers -------------------------------------------------------------------------------------


def _char_kind(ch: str) -> str:
    if ch.isdigit():
        return "digits"
    if ch.isupper():
        return "uppercase letters"
    if ch.isalpha():
        return "lowercase letters"
    return f"'{ch}'"


def _leading_prefix(text: str) -> tuple[str, str | None, KeyFormat | None]:
    return leading_prefix(text)


def _hint_embedded(text: str, state: _State, start: int) -> None:
    """Point at the first thing inside `text` (at or after `start`) that starts like a known key."""
    best: tuple[int, str, str, KeyFormat] | None = None
    for prefix, pid, fmt in known_prefixes():
        pos = text.find(prefix, start)
        tries = 0  # bounds the work on text that repeats a prefix without a key after it
        while pos != -1 and (best is None or pos < best[0]) and tries < _MAX_PREFIX_HITS:
            tries += 1
            body_from = pos + len(prefix)
            run = 0
            while run < 16 and body_from + run < len(text) and text[body_from + run] in _KEY_CHARS:
                run += 1
            if run >= 16 and (pos == 0 or not text[pos - 1].isalnum()):
                best = (pos, prefix, pid, fmt)
                break
            pos = text.find(prefix, pos + 1)
    if best is None:
        return
    pos, prefix, pid, fmt = best
    state.add(
        "KEY_FOUND_IN_TEXT",
        f"Something that starts like {article(key_name(PROVIDERS[pid], fmt))} ('{prefix}…') begins at "
        f"position {pos + 1}.",
        "If that is your key, copy only it: from that position to the next space, quote or line break.",
    )


def _name(pid: str | None) -> str | None:
    return PROVIDERS[pid].name if pid else None


def _mask(text: str, prefix: str) -> str:
    """Prefix, an ellipsis and the last four characters; shorter secrets show no tail at all."""
    secret = text[len(prefix) :]
    if len(secret) >= 24:
        return prefix + "…" + secret[-4:]
    return prefix + "…"


def _finish(
    key: str,
    state: _State,
    chosen: Check | None,
    *,
    provider: str | None = None,
    candidates: list[str] | None = None,
    level: Level = Level.NONE,
) -> Report:
    fmt = chosen.fmt if chosen is not None else None
    prefix = fmt.prefix if fmt is not None and key.startswith(fmt.prefix) else _leading_prefix(key)[0]
    masked = _mask(key, prefix) if chosen is not None else (prefix + "…")
    cleaned, verdict = _verdicts(state.findings, provider is not None and fmt is not None and fmt.is_api_key)
    return Report(
        provider=provider,
        candidates=list(candidates or []),
        variant=fmt.variant if fmt is not None and provider is not None else None,
        valid=verdict == "valid",
        findings=state.findings,
        masked=masked,
        cleaned_valid=cleaned == "valid",
        provider_name=_name(provider),
        variant_label=fmt.label if fmt is not None and provider is not None else None,
        verdict=verdict,
        cleaned_verdict=cleaned,
    )


def _verdicts(findings: list[Finding], determined: bool) -> tuple[Verdict, Verdict]:
    """(cleaned verdict, verdict as pasted). An error that is not a fixable paste mistake makes the key
    invalid; a finding that leaves the shape open (UNDECIDED) makes it "cannot tell"; a key is valid
    only with neither, once its provider and kind are determined. Any error makes the paste invalid."""
    errors = [f for f in findings if f.severity == "error"]
    cleaned: Verdict
    if any(f.code not in FIXABLE for f in errors):
        cleaned = "invalid"
    elif any(f.code in UNDECIDED for f in findings):
        cleaned = "cannot_tell"
    else:
        cleaned = "valid" if determined else "invalid"
    return cleaned, ("invalid" if errors else cleaned)
