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

from .chars import ascii_lookalike, char_name, is_invisible, strip_invisible
from .context import provider_for_env_var
from .findings import FINDINGS_BY_CODE, FIXABLE, UNDECIDED
from .i18n import _, language, ngettext
from .matching import (
    BASE64_START,
    BEDROCK_SECRET_LENGTH,
    PROVES_WHOLE,
    Check,
    Decoded,
    Level,
    alphabet_text,
    bedrock_layout,
    check,
    check_all,
    known_prefixes,
)
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
from .providers import B64URL, BEDROCK_SHORT_TERM_END, PROVIDERS, KeyFormat, Provider, Source
from .report import Finding, Report, Verdict
from .shortlist import could_fit, folded_prefix_length, leading_prefix
from .wording import (
    article,
    characters,
    expected_lengths,
    join_and,
    key_name,
    label,
    listed_chars,
    more,
    name_plural,
    prefix_list,
    sentences,
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
_CODE_MARKS = frozenset("\"'`<>()[]{}=,;")
# Chinese, Japanese and Korean text puts no space around a key ("我的金鑰是sk-…，請…"): its characters and
# punctuation end a token like a space does. Full-width letters, digits and - _ + / = . are not among them:
# they are look-alikes of a key's own characters, which the character scan names and maps.
_CJK_TEXT = "\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3，：；！？（）［］｛｝＜＞＂＇｀～｜"
_CJK_RUN = re.compile(f"[{_CJK_TEXT}]")
_TOKEN_SEPARATORS = frozenset(" \t\r\n\"'`<>()[]{}=,;:")
_TOKEN_RUN = re.compile("[^" + re.escape("".join(sorted(_TOKEN_SEPARATORS))) + _CJK_TEXT + "]+")
_SEQUENCES = ("abcdefghij", "0123456789", "1234567890", "qwertyuiop")
_MAX_PERIOD = 8  # 'abcabcabc…', '12341234…': a body that repeats a pattern this short is typed, not random
_ID_PREFIXES = (
    ("org-", "organisation", "OPENAI_ORG_ID"),
    ("proj_", "project", "OPENAI_PROJECT_ID"),
    ("user-", "user", ""),
)


@dataclass
class _State:
    wanted: str | None = None
    from_context: bool = False
    findings: list[Finding] = field(default_factory=list)

    def add(self, code: str, message: str, fix: str) -> None:
        self.findings.append(Finding(code, FINDINGS_BY_CODE[code].severity, message, fix))


def diagnose(text: str, provider: str | None = None, lang: str = "en") -> Report:
    """Diagnose pasted text. `provider` is the provider id the user says the key is for, if any.

    `lang` is the language of the messages and fixes ("en" or "zh-TW", see checker.i18n.LANGUAGES; an
    unknown one raises checker.i18n.UnknownLanguage). Codes, verdicts and ids are the same in every language.
    """
    with language(lang):
        return _diagnose(text, provider)


def _diagnose(text: str, provider: str | None) -> Report:
    state = _State()
    if provider is not None and provider.strip():
        pid = provider.strip().lower()
        if pid in PROVIDERS:
            state.wanted = pid
        else:
            state.add(
                "UNKNOWN_PROVIDER",
                _("The provider id you gave is not one the checker knows, so the text was judged on its own."),
                _("Use one of: {ids}.").format(ids=", ".join(PROVIDERS)),
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

    if _masked(core):
        return _masked_copy(core, state)
    lowered = core.lower()
    in_url = key_in_url(core) if "://" in core or lowered.startswith("www.") else None
    if in_url is not None:
        core = _fixed(state, in_url)
        lowered = core.lower()
    elif "://" in core or lowered.startswith("www."):
        # A key beside the address, not in it: Markdown's [key](https://…), "key (https://…)".
        beside = [(start, token) for start, token in _embedded_keys(core) if not token.startswith("//")]
        if len(beside) == 1:
            _text_around_key(beside[0][0], state)
            return _judge(beside[0][1], state)
        state.add(
            "URL_NOT_KEY",
            _("This is a web address, not a key."),
            _("Open the provider's API key page and copy the key itself (a single string such as sk-proj-…)."),
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
    marked = any(mark in core for mark in _CODE_MARKS) or _CJK_RUN.search(core) is not None
    if placeholder or (marked and not _fits_any(core)):
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
            names = {
                "organisation": _("an OpenAI organisation id"),
                "project": _("an OpenAI project id"),
                "user": _("an OpenAI user id"),
            }
            where = _(" It belongs in {variable} if your code needs it.").format(variable=env) if env else ""
            state.add(
                "ID_NOT_KEY",
                _("This is {what}: it names something in your account but grants no access.").format(what=names[what])
                + where,
                _("Create or copy an API key at {console} and use that instead.").format(
                    console=PROVIDERS["openai"].console_url
                ),
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
        name = key_name(PROVIDERS[pid], fmt) if pid is not None and fmt is not None else _("public key")
        state.add(
            "PAIR_HALF_MALFORMED",
            _(
                "The {name} ({prefix}…) of the pair does not have the expected shape: it may be cut off. The "
                "verdict below is the secret key's alone."
            ).format(name=name, prefix=prefix),
            _("Copy both keys again from the provider's project settings."),
        )
    return _judge(secret.text, state)


# --- 1. guard rails ----------------------------------------------------------------------------


def _too_long(text: str, state: _State) -> Report:
    state.add(
        "INPUT_TOO_LONG",
        _(
            "The text has {length} characters, far more than any API key, so it was only searched "
            "for the start of a known key, not diagnosed."
        ).format(length=f"{len(text):,}"),
        _("Paste only the key itself, not a whole file or log."),
    )
    _hint_embedded(text, state, start=0)
    return Report(None, [], None, False, state.findings, "…", False)


def _empty(text: str, unwrapped: Unwrapped, state: _State) -> Report:
    if unwrapped.env_name:
        state.add(
            "EMPTY",
            _("The variable {name} has no value: there is nothing after the '='.").format(name=unwrapped.env_name),
            _("Put the key right after the '=', with no space, on the same line."),
        )
    elif unwrapped.header_name:
        state.add(
            "EMPTY",
            _("There is only the header name '{header}', with no key after it.").format(header=unwrapped.header_name),
            _("Paste the key itself."),
        )
    elif text:
        state.add(
            "EMPTY",
            _("There is nothing to check: only spaces, line breaks or quotes."),
            _("Paste the key into the field."),
        )
    else:
        state.add("EMPTY", _("There is nothing to check: the text is empty."), _("Paste the key into the field."))
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
        if unwrapped.newline_around:
            message = _(
                "A line break comes before or after the key. Many programs send it along as part of the key, "
                "and the provider then rejects the key."
            )
            fix = _("Remove it. In a .env file, end the line right after the key.")
        else:
            message = _(
                "Spaces come before or after the key. Many programs send them along as part of the key, "
                "and the provider then rejects the key."
            )
            fix = _("Remove them. In a .env file, end the line right after the key.")
        state.add("WHITESPACE_AROUND", message, fix)
    if "ENV_ASSIGNMENT" in removed:
        name = removed["ENV_ASSIGNMENT"]
        state.add(
            "ENV_ASSIGNMENT",
            _("This is a whole assignment ({name}=…), not just the key.").format(name=name),
            _("Paste only the value after the '='."),
        )
    if "AUTH_HEADER" in removed:
        name = removed["AUTH_HEADER"]
        state.add(
            "AUTH_HEADER",
            _("The text starts with '{header}', which is how the key is sent over HTTP, not part of the key.").format(
                header=name
            ),
            _("Paste only what comes after '{header}'.").format(header=name),
        )
    if "INLINE_COMMENT" in removed:
        state.add(
            "INLINE_COMMENT",
            _(
                "A comment ('# …') follows the key on the line. python-dotenv and keycheck --file read a '#' "
                "after a space or tab as the start of a comment, so it is not part of the value; a loader that "
                "does not would send it along with the key."
            ),
            _("Put the comment on a line of its own, above the key."),
        )
    if "QUOTES_AROUND" in removed:
        smart = removed["QUOTES_AROUND"] == "typographic quotes"
        if removed["QUOTES_AROUND"] == "HTML entities":
            message = _(
                "The key is wrapped in quotes written as HTML (such as &quot;), copied from a page's source or an "
                "escaped log. They are not part of it."
            )
        elif removed["QUOTES_AROUND"] == "full-width quotes":
            message = _(
                "The key is wrapped in full-width or CJK quotation marks (such as 「」 or ＂＂), which are not "
                "part of it."
            )
        elif smart:
            message = _(
                "The key is wrapped in typographic quotes, which are not part of it. Word processors and chat "
                "apps turn straight quotes into curly ones."
            )
        else:
            message = _("The key is wrapped in quotes, which are not part of it.")
        state.add(
            "QUOTES_AROUND",
            message,
            _("Remove the quotes. (In a .env file straight quotes around the value are fine; curly ones never are.)"),
        )
    if "TRAILING_PUNCTUATION" in removed:
        mark = removed["TRAILING_PUNCTUATION"]
        state.add(
            "TRAILING_PUNCTUATION",
            _("A '{mark}' follows the key, probably from the sentence or line of code it was copied from.").format(
                mark=mark
            ),
            _("Remove the '{mark}'.").format(mark=mark),
        )


# --- 3. not a key --------------------------------------------------------------------------------


def _masked_copy(core: str, state: _State) -> Report:
    prefix = _leading_prefix(core)[0]
    owners = list(dict.fromkeys(p for known, p, _ in known_prefixes() if known == prefix)) if prefix else []
    pid = owners[0] if len(owners) == 1 else None
    # Two wordings, not a placeholder for the page: a translation words "at this address" and "on the
    # provider's page" differently.
    if pid:
        fix = _(
            "A key is shown in full only once, when it is created. Create a new key at {console}, copy it "
            "right away, and revoke the old one if you no longer have it."
        ).format(console=PROVIDERS[pid].console_url)
    else:
        fix = _(
            "A key is shown in full only once, when it is created. Create a new key on the provider's API key "
            "page, copy it right away, and revoke the old one if you no longer have it."
        )
    state.add(
        "MASKED_KEY",
        _(
            "This is a shortened copy of a key, the way dashboards list keys (part of it replaced by … or *). "
            "The full key cannot be rebuilt from it."
        ),
        fix,
    )
    return Report(pid, owners, None, False, state.findings, prefix + "…", False, _name(pid))


def _masked(core: str) -> bool:
    """Whether a mask mark (…, ***, •) stands inside or against a key-like run, as dashboards write them
    (sk-…abcd, sk-proj-****abcd). A mark standing apart is a list bullet or a pause: "• sk-…" is a key."""
    for mark in _MASK_MARKS:
        pos = core.find(mark)
        while pos != -1:
            end = pos + len(mark)
            before = core[pos - 1] if pos > 0 else " "
            after = core[end] if end < len(core) else " "
            if before in _KEY_CHARS or after in _KEY_CHARS:
                return True
            pos = core.find(mark, end)
    return False


def _placeholder_reason(core: str, lowered: str) -> tuple[str, str] | None:
    if "${" in core or "{{" in core or "$(" in core or (core.startswith("$") and core[1:2].isalpha()):
        return (
            _("This is a template or shell variable, not its value: it was never filled in."),
            _(
                "Check that the variable is set in the environment your code runs in, and print its length "
                "(not its value) to confirm."
            ),
        )
    if "<" in core and ">" in core:
        return (
            _("This is a placeholder from documentation (text in angle brackets), not a key."),
            _("Replace the whole placeholder, brackets included, with your own key."),
        )
    # In a sentence ("I do not know where my key is") the words are prose, not a template's blank.
    short = len(core.split()) <= _PLACEHOLDER_MAX_WORDS
    # Words of a known prefix are not placeholders (Bedrock's short-term keys start bedrock-api-key-), also
    # where an invisible character, a space or a look-alike letter (named later) breaks the prefix up, or
    # its case or separators were changed (named later too).
    plain = _plain(core) if short else core
    after_prefix = plain.lower()[folded_prefix_length(plain) :]
    if short and _has_placeholder_word(after_prefix) and not _fits_any(plain):
        return (
            _("This is example text from documentation or a template, not a real key."),
            _("Create a key in the provider's console and paste that instead."),
        )
    return None


def _plain(text: str) -> str:
    """`text` as the character scan will leave it: without whitespace and invisible characters, look-alike
    letters as the ASCII ones they imitate."""
    if text.isascii():
        return "".join(text.split())
    return "".join(ascii_lookalike(ch) or ch for ch in strip_invisible(text) if not ch.isspace())


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
        return _("made of one or two repeated characters")
    longest = run = 1
    for i in range(1, len(body)):
        run = run + 1 if body[i] == body[i - 1] else 1
        longest = max(longest, run)
    if longest >= 12:
        return _("a long run of one repeated character")
    lowered = body.lower()
    if any(seq in lowered for seq in _SEQUENCES):
        return _("a run such as abcdef… or 123456…")
    for period in range(2, _MAX_PERIOD + 1):
        if len(body) >= 2 * period + 8 and body[period:] == body[:-period]:
            return _("one short pattern repeated")
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
        where = join_and(
            [_("{char} at position {position}").format(char=char_name(ch), position=i + 1) for i, ch in invisible]
        )
        rest = more(invisible_count - len(invisible)) if invisible_count > len(invisible) else ""
        state.add(
            "INVISIBLE_CHARACTER",
            ngettext(
                "The key contains {count} invisible character: {where}. They usually come from copying "
                "through a chat app, a PDF or a word processor.",
                "The key contains {count} invisible characters: {where}. They usually come from copying "
                "through a chat app, a PDF or a word processor.",
                invisible_count,
            ).format(count=invisible_count, where=where + rest),
            _("Delete them, or better, copy the key again straight from the provider's page."),
        )
    if confusable_count:
        where = join_and(
            [
                _("{char} at position {position} looks like '{ascii}'").format(
                    char=char_name(ch), position=i + 1, ascii=t
                )
                for i, ch, t in confusable
            ]
        )
        rest = more(confusable_count - len(confusable)) if confusable_count > len(confusable) else ""
        state.add(
            "CONFUSABLE_CHARACTER",
            _("Some characters only look like the ones in a key: {where}.").format(where=where + rest),
            _("Type the plain characters over them, or better, copy the key again from the provider's page."),
        )
    return "".join(kept)


# --- 5. words ------------------------------------------------------------------------------------


def _split_words(scanned: str, state: _State) -> str | None:
    """The one key-like string to judge, or None when the text is several keys or plain words."""
    words = scanned.split()
    if len(words) <= 1:
        return words[0] if words else scanned
    joined = "".join(words)
    # "My key is ….": the sentence's full stop is not part of the key (nor what makes it one).
    keys = [w for w in words if _keyish(w) or (w.endswith(".") and _keyish(w.rstrip(".")))]
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
        _(
            "These are words separated by spaces, not a key. (OpenAI's 'Incorrect API key provided' error "
            "shows the start of such text when a sentence was sent as the key.)"
        ),
        _("Paste only the key: one unbroken string copied from the provider's API key page."),
    )
    return None


def _multiple_keys(names: list[str], state: _State) -> None:
    state.add(
        "MULTIPLE_KEYS",
        _("There are {count} key-shaped strings here ({names}).").format(
            count=len(names), names=join_and(list(dict.fromkeys(names)))
        ),
        _("Check one key at a time."),
    )


def _text_around_key(start: int, state: _State) -> None:
    state.add(
        "TEXT_AROUND_KEY",
        _("There is other text around something that looks like a key (it starts at position {position}).").format(
            position=start + 1
        ),
        _("Paste only the key, without the words or code around it."),
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
            _(
                "A line break splits the key (at position {position}). Terminals and e-mails wrap "
                "long lines, and the copy keeps the break."
            ).format(position=breaks[0] + 1),
            _("Join the lines: delete the line break so the key is one unbroken string."),
        )
    if spaces:
        state.add(
            "SPACE_INSIDE",
            ngettext(
                "There is {count} space inside the key (first at position {position}).",
                "There are {count} spaces inside the key (first at position {position}).",
                len(spaces),
            ).format(count=len(spaces), position=spaces[0] + 1),
            _("Delete the spaces: a key is one unbroken string."),
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
    if not c.structure_ok and not _cut_before_marker(c):
        d += 2 if c.fmt.marker and not c.marker_present else 1
    return d


def _cut_before_marker(c: Check) -> bool:
    """Whether the text ends before the place the format's marker would have (an 84-character Azure key cut
    to 42 lacks JQQJ99 at position 53 because it was cut): then the missing marker says nothing the length
    does not already say, and a format that needs it is not farther off than one that has no marker."""
    fmt = c.fmt
    if not fmt.marker or c.marker_present or c.length_ok:
        return False
    if fmt.structure == "fixed":
        return c.length <= _fixed_position(fmt, fmt.marker)
    if fmt.structure == "middle":
        plen, mlen = len(fmt.prefix), len(fmt.marker)
        return all(plen + (n - plen - mlen) // 2 + mlen > c.length for n in fmt.lengths if n > c.length) and any(
            n > c.length for n in fmt.lengths
        )
    return False


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
        # A prefix written with another case or separator ('sk_proj-') whose text fits once the prefix is put
        # right outranks a prefix no longer than it that fits exactly but leaves the rest unexplained ('sk_'
        # of ElevenLabs for an OpenAI 'sk-' key); a shape that needs context does not (it explains little).
        exact = [c for c in group if not c.prefix_case]
        repaired = [c for c in group if c.prefix_case and c.repaired >= Level.LOOSE and not c.fmt.needs_context]
        longest_exact = max((len(c.fmt.prefix) for c in exact), default=0)
        group = [c for c in repaired if len(c.fmt.prefix) >= longest_exact] or exact or group
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
                _("This matches none of the key formats of the {count} providers the checker knows.").format(
                    count=len(PROVIDERS)
                ),
                _(
                    "Check that you copied the key itself (not an id, a password or a masked copy). If your "
                    "provider is not listed, the checker cannot judge its keys."
                ),
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
                _(
                    "This shape is shared by several providers; the variable name says it is for "
                    "{provider}, so it was judged as such."
                ).format(provider=PROVIDERS[wanted].name),
                _("Nothing to do if the variable name is right."),
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
        _("{provider} keys start with {prefixes}; this text starts differently.").format(
            provider=prov.name, prefixes=prefix_list(prov)
        ),
        _("Copy the key from {console}.").format(console=prov.console_url),
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
        message = _(
            "This has the shape of {a_key}, but its body is {made_up}, which a real key never is: it is a "
            "placeholder or test value."
        ).format(a_key=article(key_name(prov, group[0].fmt)), made_up=made_up)
    else:
        message = _(
            "This has the shape of a key, but its body is {made_up}, which a real key never is: it is a "
            "placeholder or test value."
        ).format(made_up=made_up)
    owner = providers[0] if named else state.wanted
    if owner:
        fix = _("Create a real key at {console}.").format(console=PROVIDERS[owner].console_url)
    else:
        fix = _("Create a real key in your provider's console.")
    state.add("PLACEHOLDER", message, fix)
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
        _(" It is a secret of its own: if it was pasted or posted anywhere public, revoke it.")
        if kind.secret
        else _(" It is meant to be public, so it is no secret, and it cannot call any AI model.")
    )
    what = _("This is {kind} ('{prefix}…'), not an AI provider key.").format(kind=_(kind.name), prefix=prefix)
    state.add("OTHER_SECRET", what + caution, _(kind.fix))
    return Report(None, [], None, False, state.findings, prefix + "…", False)


def _family(key: str, checks: list[Check], state: _State) -> Report | None:
    """A key of a provider's family (providers.KeyFamily) with a kind or version tag no format knows."""
    for prov in PROVIDERS.values():
        family = prov.family
        if family is None or not key.startswith(family.prefix):
            continue
        rest = key[len(family.prefix) :]
        tag, dash, _after = rest.partition("-")
        known = [f.prefix[len(family.prefix) : -1] for f in prov.formats if f.prefix.startswith(family.prefix)]
        fits = dash and tag.isalnum() and len(tag) <= 32 and frozenset(rest) <= frozenset(family.chars)
        if not fits or tag in known or family.marker not in rest[len(tag) :]:
            continue
        if len(family.prefix) + len(tag) + 1 <= _longest_prefix([c for c in checks if c.provider != prov.id]):
            continue  # another provider's longer prefix (sk-or-v1-, sk-lf-) says whose it is
        tags = join_and([f"'{t}'" for t in dict.fromkeys(t for t in known if t)])
        marked = _(" and '{marker}' inside").format(marker=family.marker) if family.marker else ""
        if state.wanted not in (None, prov.id):
            want = PROVIDERS[state.wanted or ""]
            state.add(
                "PROVIDER_MISMATCH",
                _(
                    "It starts like {a_provider} key ('{prefix}'{marked}), not {a_wanted} key. "
                    "Keys work only with the provider that issued them."
                ).format(
                    a_provider=article(prov.name), prefix=family.prefix, marked=marked, a_wanted=article(want.name)
                ),
                _("Use a key from {console} for {wanted}, or send this one to {provider} instead.").format(
                    console=want.console_url, wanted=want.name, provider=prov.name
                ),
            )
            return _finish(key, state, None, provider=prov.id, candidates=[prov.id])
        state.add(
            "KEY_VERSION_UNKNOWN",
            _(
                "This starts with '{prefix}'{marked}, as {provider} keys do, but the kind or version "
                "{tag} is not one the checker knows ({tags}): it is probably {a_provider} key of a "
                "version this checker does not know yet. {note}"
            ).format(
                prefix=family.prefix,
                marked=marked,
                provider=prov.name,
                tag=_tag_shown(tag),
                tags=tags,
                a_provider=article(prov.name),
                note=_(family.note),
            ),
            _("Run the test call ({method} {url}) to find out whether {provider} accepts it.").format(
                method=prov.test_call.method, url=prov.test_call.url, provider=prov.name
            ),
        )
        return _finish(key, state, None, provider=prov.id, candidates=[prov.id])
    return None


def _tag_shown(tag: str) -> str:
    """A version tag as a message quotes it: whole when short ('api04'); a longer one may be the start of
    the key's secret part (a legacy key has no tag), so only its length is told."""
    if len(tag) < 8:
        return f"'{tag}'"
    return _("here ({count} characters, not shown: they may be part of the key)").format(count=len(tag))


def _shared_prefix_only(key: str, checks: list[Check], state: _State) -> Report:
    """A text that fits no shape and starts only with a prefix that several providers share (sk-).

    Its length cannot say whose key was cut: naming one provider would be a guess, so none is named."""
    shared = [c for c in checks if c.level == Level.PREFIX and c.fmt.needs_context]
    providers = _providers_of(shared)
    names = join_and([PROVIDERS[p].name for p in providers])
    prefix = shared[0].fmt.prefix
    state.add(
        "UNKNOWN_FORMAT",
        _(
            "It starts with {prefix} as keys of {names} do, but it has the shape of none of them "
            "({length}), and that prefix alone does not tell which provider issued it."
        ).format(prefix=prefix, names=names, length=characters(len(key))),
        _(
            "Copy the key again from your provider's console, and choose the provider (on the command line: "
            "--provider ID) to learn what does not fit."
        ),
    )
    return _finish(key, state, None, candidates=providers)


def _ambiguous(key: str, group: list[Check], providers: list[str], state: _State) -> Report:
    names = [PROVIDERS[p].name for p in providers]
    shape = _("{length}: {alphabet}").format(
        length=characters(len(key)), alphabet=_(alphabet_text(group[0].fmt, len(key)))
    )
    if len(providers) > 1:
        message = _(
            "This is well formed ({shape}), a shape used by {names}. The text alone cannot tell which; only "
            "where you got it can decide."
        ).format(shape=shape, names=join_and(names))
    else:
        message = _(
            "This is well formed ({shape}), a shape with no distinctive prefix. It fits {provider} keys, but "
            "other services' keys and random ids look the same; only where you got it can decide."
        ).format(shape=shape, provider=names[0])
    state.add(
        "AMBIGUOUS_FORMAT",
        message,
        _("Choose the provider (on the command line: --provider ID) to get a verdict."),
    )
    return _finish(key, state, group[0], provider=None, candidates=providers, level=Level.LOOSE)


def _mismatch(key: str, wanted: str, level: Level, group: list[Check], state: _State) -> Report:
    chosen = group[0]
    other = PROVIDERS[chosen.provider]
    want = PROVIDERS[wanted]
    if not chosen.fmt.is_api_key:
        return _verdict(key, chosen, level, state, _providers_of(group))
    shared = _providers_of(group)
    a_key = article(key_name(other, chosen.fmt))
    if level >= Level.LOOSE and chosen.fmt.needs_context and len(shared) > 1:
        what = _("It has the shape {names} keys share").format(names=join_and([PROVIDERS[p].name for p in shared]))
    elif level >= Level.LOOSE and chosen.fmt.needs_context:
        what = _("It has the shape of {a_key}").format(a_key=a_key)
    elif level >= Level.LOOSE:
        what = _("This is {a_key}").format(a_key=a_key)
    else:
        what = _("It starts like {a_key}").format(a_key=a_key)
    route = ""
    if other.id == "openrouter":
        route = _(" To use it from an OpenAI-compatible client, set the base URL to {url}.").format(
            url="https://openrouter.ai/api/v1"
        )
    state.add(
        "PROVIDER_MISMATCH",
        _("{what}, not {a_wanted} key. Keys work only with the provider that issued them.").format(
            what=what, a_wanted=article(want.name)
        )
        + route,
        _("Use a key from {console} for {wanted}, or send this one to {provider} instead.").format(
            console=want.console_url, wanted=want.name, provider=other.name
        ),
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
            _("This is {a_key}, not an API key. {notes}").format(
                a_key=article(key_name(prov, fmt)), notes=_(fmt.notes)
            ),
            _("Create an API key at {console} and use that.").format(console=prov.console_url),
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
    if c.prefix_separator:
        state.add(
            "PREFIX_SEPARATOR",
            _(
                "It starts like {a_key} ('{prefix}'), but the prefix has other separators: {differ}. The "
                "characters between the parts of a prefix are part of the key; something changed them after copying."
            ).format(a_key=article(name), prefix=fmt.prefix, differ=_separators_differ(key, fmt.prefix)),
            _("Copy the key again from {console}: a key that was changed cannot be repaired by hand.").format(
                console=prov.console_url
            ),
        )
        return  # whatever else differs follows from the changed prefix
    if c.prefix_case:
        state.add(
            "PREFIX_CASE",
            _(
                "It starts like {a_key}, but the prefix is not in the exact upper/lower case "
                "('{prefix}'). Keys are case-sensitive; something changed the case after copying."
            ).format(a_key=article(name), prefix=fmt.prefix),
            _("Copy the key again from {console}: a key whose case changed cannot be repaired by hand.").format(
                console=prov.console_url
            ),
        )
        return  # whatever else differs follows from the changed case
    if not fmt.length_stated and fmt.structure not in PROVES_WHOLE and c.length_ok:
        state.add(
            "FORMAT_NOT_DOCUMENTED",
            _(
                "It starts as {names} do ('{prefix}'), but {provider} documents only how they start, not how "
                "long they are, so the checker cannot tell whether this one is whole."
            ).format(names=name_plural(name), prefix=fmt.prefix, provider=prov.name),
            _("If {provider} rejects the key, copy it again from where it was created.").format(provider=prov.name),
        )
    if not c.length_ok or _meant_length(key, c) != c.length:
        # A length the format allows, but not with this layout (Pinecone's id of 5 or 6): name the layout's.
        expected = expected_lengths(fmt) if not c.length_ok else characters(_meant_length(key, c))
        if c.length_loose_ok and not c.length_ok:
            state.add(
                "LENGTH_UNUSUAL",
                _(
                    "It has {length}: {accepts}, while {expects}. {provider} does not publish the length, so the "
                    "checker cannot tell whether it is whole."
                ).format(
                    length=characters(c.length),
                    accepts=_accept(_disputing(fmt, c.length), name_plural(name)),
                    expects=_expect(fmt.length_sources, expected),
                    provider=prov.name,
                ),
                _("Run the test call, or copy the key again in full from {console}.").format(console=prov.console_url),
            )
        elif (meant := _meant_length(key, c)) > c.length:
            missing = meant - c.length
            state.add(
                "TOO_SHORT",
                sentences(
                    _("It has {length}; {a_key} has {expected}.").format(
                        length=characters(c.length), a_key=article(name), expected=expected
                    ),
                    ngettext(
                    "{count} character is missing: the copy was probably cut off (a narrow field, a wrapped "
                    "line, or a selection that missed the end).",
                    "{count} characters are missing: the copy was probably cut off (a narrow field, a wrapped "
                    "line, or a selection that missed the end).",
                        missing,
                    ).format(count=missing),
                ),
                _(
                    "Copy the whole key again, using the copy button at {console}. If the key is no "
                    "longer shown there, create a new one."
                ).format(console=prov.console_url),
            )
        else:
            again = key.find(fmt.prefix, len(fmt.prefix)) if len(fmt.prefix) >= 3 else -1
            if again > 0:
                state.add(  # not split (checker.pastefix found no two whole keys): too long, as a whole
                    "TOO_LONG",
                    _(
                        "The prefix '{prefix}' appears again at position {position}: two keys, or pieces of "
                        "them, were pasted one after the other."
                    ).format(prefix=fmt.prefix, position=again + 1),
                    _("Keep only one of them: the part before that position, or the part from it on."),
                )
            else:
                state.add(
                    "TOO_LONG",
                    _(
                        "It has {length}, {extra} more than {a_key} ({expected}): something was pasted "
                        "together with the key."
                    ).format(
                        length=characters(c.length), extra=c.length - meant, a_key=article(name), expected=expected
                    ),
                    _("Remove the extra characters, or copy the key again on its own."),
                )
    if c.bad_char_count:
        state.add(
            "INVALID_CHARACTERS",
            _("{names} contain only {alphabet}, but this has {found}.").format(
                names=name_plural(name),
                alphabet=_(alphabet_text(fmt, c.length)),
                found=listed_chars(c.bad_chars, c.bad_char_count),
            ),
            _("Copy the key again from {console}; characters changed by hand cannot be guessed back.").format(
                console=prov.console_url
            ),
        )
    if c.loose_chars:
        # Name the kind of character, not the characters: these are real key material.
        kinds = join_and(list(dict.fromkeys(_char_kind(ch) for _, ch in c.loose_chars)))
        state.add(
            "CHARACTERS_UNUSUAL",
            _(
                "It contains {kinds} (first at position {position}): {accepts}, while the other sources expect "
                "only {alphabet}. {provider} does not document the alphabet, so the checker cannot tell."
            ).format(
                kinds=kinds,
                position=c.loose_chars[0][0] + 1,
                accepts=_accept_such(fmt.disputed_by, name_plural(name)),
                alphabet=_(alphabet_text(fmt, c.length)),
                provider=prov.name,
            ),
            _("Run the test call to find out; if {provider} rejects the key, copy it again from {console}.").format(
                provider=prov.name, console=prov.console_url
            ),
        )
    if not c.structure_ok:
        _marker_finding(key, c, name, state)
    elif not c.decoded_ok:
        _decoded_finding(key, c, name, state)


def _separators_differ(key: str, prefix: str) -> str:
    """"'_' at position 3 instead of '-'", for each separator of the prefix written otherwise (no key material:
    only separators, at the prefix's own positions)."""
    return join_and(
        [
            _("'{found}' at position {position} instead of '{wanted}'").format(found=a, position=i + 1, wanted=b)
            for i, (a, b) in enumerate(zip(key[: len(prefix)], prefix, strict=True))
            if a != b and a.lower() != b.lower()
        ]
    )


def _decoded_finding(key: str, c: Check, name: str, state: _State) -> None:
    """A long-term Bedrock key in whole base64 groups whose decoded text lacks the layout of published keys.

    AWS does not document that layout, so this leaves the verdict open ("cannot tell") instead of calling the
    key invalid; the message says what the decoded text shows without quoting any of it (it is key material)."""
    prov = PROVIDERS[c.provider]
    start = key[: BASE64_START[c.fmt.structure]]
    layout = _(
        "an IAM user name, '-at-', the 12-digit account ID, ':' and a secret of {count} base64 characters"
    ).format(count=BEDROCK_SECRET_LENGTH)
    if bedrock_layout(key[len(start) :]) == Decoded.SECRET_CUT:
        message = _(
            "After '{start}', published {names} decode to {layout}. This one decodes to that layout, but its "
            "secret is shorter: the end of the key was most likely cut off. AWS does not document the "
            "layout, so the checker cannot tell for sure."
        ).format(start=start, names=name_plural(name), layout=layout)
    else:
        message = _(
            "After '{start}', published {names} decode to {layout}; this text does not. AWS does not document "
            "the layout, so this is not necessarily wrong, but a damaged or made-up key looks like this too."
        ).format(start=start, names=name_plural(name), layout=layout)
    state.add(
        "FORMAT_NOT_DOCUMENTED",
        message,
        _("Copy the whole key again from {console}, or run the test call ({method} {url}) to find out.").format(
            console=prov.console_url, method=prov.test_call.method, url=prov.test_call.url
        ),
    )


_PINECONE_SECRET = 63  # the characters after a Pinecone key's second '_' (trufflehog's and betterleaks' rules)


def _meant_length(key: str, c: Check) -> int:
    """The length the key most likely had, of those its format allows: where a marker sits in the middle
    (OpenAI's T3BlbkFJ), the length its position implies; else the allowed length nearest to the text's.
    A 133-character project key is one too long for 132, not 31 short of 164."""
    fmt = c.fmt
    if not fmt.lengths:  # a range: its nearer end, or the text's own length inside it
        lo, hi = fmt.total_length
        return min(max(c.length, lo), hi)
    allowed = fmt.lengths
    marker = fmt.marker or ""
    implied = -1
    if fmt.structure == "middle" and marker:
        at = key.find(marker, len(fmt.prefix))
        implied = 2 * (at - len(fmt.prefix)) + len(marker) + len(fmt.prefix) if at >= 0 else -1
        if at < 0:
            # No marker: a key of a length whose marker lies within the text would show it, so the text is a
            # longer key cut before (or inside) its marker: the shortest such length.
            plen, mlen = len(fmt.prefix), len(marker)
            longer = [n for n in allowed if n > c.length and plen + (n - plen - mlen) // 2 + mlen > c.length]
            implied = min(longer, default=-1)
    elif fmt.structure == "pinecone":  # pcsk_, an id of 5 or 6, '_', a secret of 63
        cut = key.find("_", len(fmt.prefix))
        implied = cut + 1 + _PINECONE_SECRET if cut - len(fmt.prefix) in (5, 6) else -1
    if implied in allowed:
        return implied
    return min(allowed, key=lambda n: (abs(n - c.length), n))


def _marker_finding(key: str, c: Check, name: str, state: _State) -> None:
    prov = PROVIDERS[c.provider]
    fmt = c.fmt
    marker = fmt.marker or ""
    if fmt.confidence == "low":
        state.add(
            "FORMAT_NOT_DOCUMENTED",
            _(
                "The layout scanners expect for {names} ('{marker}' {where}) is not there. "
                "{provider} does not document the layout, so this is not necessarily wrong."
            ).format(names=name_plural(name), marker=marker, where=_marker_place(fmt), provider=prov.name),
            _("If {provider} rejects the key, create a new one at {console}.").format(
                provider=prov.name, console=prov.console_url
            ),
        )
        return
    if fmt.structure in BASE64_START:
        _base64_finding(key, c, name, state)
        return
    if fmt.structure in ("uuid", "langsmith", "pinecone"):
        if c.length_ok and _meant_length(key, c) == c.length:
            state.add(
                "MARKER_MISPLACED",
                _("{names} are laid out as {alphabet}; the separators of this text are not where they belong.").format(
                    names=name_plural(name), alphabet=_(fmt.alphabet)
                ),
                _("Copy the key again from {console}.").format(console=prov.console_url),
            )
        return
    if not c.marker_present:
        where = _marker_place(fmt)
        state.add(
            "MISSING_MARKER",
            _(
                "Every {name} has '{marker}' {where}; this text does not. It may be cut off, changed, or "
                "not a key of this kind at all."
            ).format(name=name, marker=marker, where=where),
            _("Copy the key again from {console}.").format(console=prov.console_url),
        )
    elif c.length_ok and fmt.structure == "fixed" and _fixed_at(key, _fixed_position(fmt, marker), marker):
        # The key's own signature is where it belongs: what differs is the part that names the service.
        differ = [
            _("{char} at position {position}").format(char=f"'{part}'", position=pos + 1)
            for pos, part in fmt.fixed
            if not _fixed_at(key, pos, part)
        ]
        differ += [
            _("one of {first}-{last} at position {position}").format(
                first=allowed[0], last=allowed[-1], position=pos + 1
            )
            for pos, allowed in fmt.slots
            if not (pos < len(key) and key[pos] in allowed)
        ]
        state.add(
            "MARKER_MISPLACED",
            _(
                "'{marker}' is where {names} have it, but this text does not have {differ}. "
                "Those fixed parts name the service a key belongs to: this is probably a key of another service."
            ).format(marker=marker, names=name_plural(name), differ=join_and(differ)),
            _("Copy the key from the Keys and Endpoint page of the resource you call, at {console}.").format(
                console=prov.console_url
            ),
        )
    elif c.length_ok:
        state.add(
            "MARKER_MISPLACED",
            _(
                "'{marker}' is there, but not where {names} have it: characters were lost on one side "
                "and added on the other."
            ).format(marker=marker, names=name_plural(name)),
            _("Copy the key again from {console}.").format(console=prov.console_url),
        )


def _marker_place(fmt: KeyFormat) -> str:
    """Where the format's marker sits, as a message says it: 'in the middle (…)', 'right after 'sk-None-''."""
    return {
        "middle": _("in the middle ('OpenAI' written in base64)"),
        "end": _("at the very end"),
        "after_prefix": _("right after '{prefix}'").format(prefix=fmt.prefix),
        "fixed": _("at position {position}").format(position=_fixed_position(fmt, fmt.marker or "") + 1),
    }.get(fmt.structure, "")


def _base64_finding(key: str, c: Check, name: str, state: _State) -> None:
    """A Bedrock key is a fixed start and base64: text after its '=' padding was added, broken groups were
    cut, and a short-term key whose text does not decode to its fixed end was cut or extended."""
    prov = PROVIDERS[c.provider]
    start = BASE64_START[c.fmt.structure]
    encoded = key[start:]
    unpadded = encoded.rstrip("=")
    inside = unpadded.find("=")
    if inside >= 0 or len(encoded) - len(unpadded) > 2:
        position = start + (inside if inside >= 0 else len(unpadded) + 1) + 1
        state.add(
            "TOO_LONG",
            _(
                "{names} are base64 after '{start}', where '=' is only padding at the very end (two at most), but "
                "this text goes on after the '=' at position {position}: something was pasted after the key, or "
                "a character of it was changed."
            ).format(names=name_plural(name), start=key[:start], position=position),
            _("Copy the key again on its own from {console}.").format(console=prov.console_url),
        )
        return
    missing = -len(encoded) % 4
    if missing:
        state.add(
            "TOO_SHORT",
            _(
                "After '{start}', {a_key} is base64, written in whole groups of 4 characters; this text's "
                "last group lacks {missing}: the copy was probably cut off."
            ).format(start=key[:start], a_key=article(name), missing=characters(missing)),
            _(
                "Copy the whole key again from {console}. If the key is no longer shown there, create a new one."
            ).format(console=prov.console_url),
        )
        return
    state.add(
        "MISSING_MARKER",
        _(
            "After '{start}', {a_key} is base64 of a signed request that ends with '{end}', but this text does not "
            "decode to that ending: part of the key was probably cut off, or something was pasted after it."
        ).format(start=key[:start], a_key=article(name), end=BEDROCK_SHORT_TERM_END),
        _("Copy the whole key again from {console}. If the key is no longer shown there, create a new one.").format(
            console=prov.console_url
        ),
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
    said = sentences(*(_(c.wording(today)).replace("`", "") for c in steps))
    source = final.sources[0]
    cited = _("(Source: {title}, {url}, checked {date}.)").format(
        title=source.title, url=source.url, date=final.checked
    )
    what = sentences(_("This is {a_key}.").format(a_key=article(key_name(prov, fmt))), said, cited)
    code = "FORMAT_RETIRED" if final.in_effect(today) else "STANDARD_KEY_RETIRING"
    fix = _("Create a new key at {console}.").format(console=prov.console_url)
    state.add(code, what, sentences(fix, _(fmt.replacement) if fmt.replacement else ""))


def _accept(sources: tuple[Source, ...], names: str) -> str:
    """'gitleaks accepts OpenAI keys of this length' (the verb agrees with the number of sources)."""
    return ngettext(
        "{sources} accepts {names} of this length", "{sources} accept {names} of this length", len(sources)
    ).format(sources=source_names(sources), names=names)


def _disputing(fmt: KeyFormat, length: int) -> tuple[Source, ...]:
    """The sources that accept this disputed length (KeyFormat.disputed_length_by), else all of disputed_by."""
    return next((sources for n, sources in fmt.disputed_length_by if n == length), fmt.disputed_by)


def _accept_such(sources: tuple[Source, ...], names: str) -> str:
    return ngettext("{sources} accepts such {names}", "{sources} accept such {names}", len(sources)).format(
        sources=source_names(sources), names=names
    )


def _expect(sources: tuple[Source, ...], expected: str) -> str:
    return ngettext("{sources} expects {expected}", "{sources} expect {expected}", len(sources)).format(
        sources=source_names(sources), expected=expected
    )


def _variant_notes(prov: Provider, fmt: KeyFormat, state: _State) -> None:
    variant = (prov.id, fmt.variant)
    if fmt.confidence == "low":
        state.add(
            "FORMAT_UNCERTAIN",
            _(
                "Only one public source describes {names} and {provider} does not publish the "
                "format, so this verdict is less certain than for other keys."
            ).format(names=name_plural(key_name(prov, fmt)), provider=prov.name),
            _("To be sure, run the test call: {method} {url}.").format(
                method=prov.test_call.method, url=prov.test_call.url
            )
            if prov.test_call.proves_key
            else _("To be sure, make a small request to {provider} with it.").format(provider=prov.name),
        )
    if fmt.retirement:
        _retirement_finding(prov, fmt, state)
    elif variant == ("google", "auth_key"):
        state.add(
            "AUTH_KEY_HEADER",
            _(
                "Auth keys work when sent in the x-goog-api-key header; tools that put the key in the URL "
                "(?key=…) have been reported to fail with them."
            ),
            _("Use a current Google SDK, which sets the header, or set x-goog-api-key yourself."),
        )
    elif variant == ("anthropic", "compliance"):
        state.add(
            "ADMIN_KEY",
            _(
                "This is a Claude Enterprise Compliance Access Key: it reads the organisation's compliance, "
                "analytics or spend-limit data, as its scopes allow, but cannot call the models."
            ),
            _("To call the models, use a regular API key from {console}.").format(console=prov.console_url),
        )
    elif fmt.variant == "admin":
        state.add(
            "ADMIN_KEY",
            _(
                "This is {a_provider} admin key: it manages the organisation (keys, members, usage) "
                "but cannot call the models."
            ).format(a_provider=article(prov.name)),
            _("To call the models, use a regular API key from {console}.").format(console=prov.console_url),
        )
    elif variant == ("huggingface", "org"):
        state.add(
            "DEPRECATED_FORMAT",
            _("This is a Hugging Face organisation token (api_org_…), a kind deprecated in 2023."),
            _("Create a user access token at {console}.").format(console=prov.console_url),
        )
    elif variant == ("aws_bedrock", "short_term"):
        state.add(
            "SHORT_TERM_KEY",
            _("This is a short-term Bedrock API key: it stops working after at most 12 hours."),
            _("For longer use, generate a new one when it expires, or create a long-term key for an IAM user."),
        )
    elif variant == ("langfuse", "secret"):
        state.add(
            "KEY_PAIR_NEEDED",
            _("A Langfuse secret key works only together with its public key (pk-lf-…)."),
            _("Set both LANGFUSE_SECRET_KEY and LANGFUSE_PUBLIC_KEY, from the same project."),
        )


# --- helpers -------------------------------------------------------------------------------------


def _char_kind(ch: str) -> str:
    if ch.isdigit():
        return _("digits")
    if ch.isupper():
        return _("uppercase letters")
    if ch.isalpha():
        return _("lowercase letters")
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
        _("Something that starts like {a_key} ('{prefix}…') begins at position {position}.").format(
            a_key=article(key_name(PROVIDERS[pid], fmt)), prefix=prefix, position=pos + 1
        ),
        _("If that is your key, copy only it: from that position to the next space, quote or line break."),
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
        variant_label=label(fmt) if fmt is not None and provider is not None else None,
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
