"""Match a pasted API error (an SDK exception, a JSON body, a log line) against the error catalog.

`lookup_error(text)` ranks the catalog's entries by how well they explain the text: the message
patterns first, then the error code and type, the HTTP status and hints of the provider. It also spots
API keys inside the text (a log line with an Authorization header, OpenAI's 401 message that echoes
the key's start) and reports them only in masked form. Each match says why it was chosen: the words a
pattern matched, quoted from the text (cut short, and with anything that may be a key masked the same
way), and which of the entry's code, type, HTTP status and provider appear.

The catalog is `error_catalog.json` beside this file, generated from data/errors/*.yml by
scripts/sync-error-catalog (a test fails when the two drift). Standard library only. The catalog's
patterns are searched by checker.linearmatch (bounded patterns, run only near their anchor text), and
every other scan here is a single pass, so the time is linear in the length of the text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Literal

from .chars import strip_invisible
from .engine import diagnose
from .i18n import _, language
from .linearmatch import Haystack, LinearPattern, NotLinear, compile_linear, first_match
from .wording import article

Confidence = Literal["high", "medium", "low"]

MAX_TEXT = 200_000
"""Characters looked at; an error message is far shorter, and the bound keeps every scan cheap."""
MAX_RESULTS = 5
MAX_KEY_CANDIDATES = 40
QUOTE_MAX = 60
"""Characters of matched text a reason quotes; a longer match is shown by its start and its end."""
_QUOTE_TAIL = 24
MAX_QUOTED_SPAN = 400
"""A longer match (a pattern with a wildcard) is masked only at its two ends, the parts a reason shows."""
MAX_TOKEN = 512
"""A run of key characters longer than this is hidden whole, without asking the checker about it."""

# Words that say which provider answered. Facts of the providers' hosts, SDK modules and body shapes.
_PROVIDER_HINTS: dict[str, tuple[str, ...]] = {
    "openai": ("api.openai.com", "platform.openai.com", "openai.", "openai_api_key", "openai"),
    "anthropic": ("api.anthropic.com", "anthropic.", "x-api-key", "anthropic", "claude", '"type":"error"'),
    "google": (
        "generativelanguage.googleapis.com",
        "ai.google.dev",
        "google.genai",
        "googleapis.com",
        "gemini",
        "x-goog-api-key",
    ),
    "azure_openai": ("azure", "cognitiveservices", "aka.ms/oai"),
    "aws_bedrock": ("bedrock", "amazonaws.com", "botocore", "boto3", "aws_bearer_token"),
    "groq": ("groq",),
    "xai": ("api.x.ai", "console.x.ai", "xai_api_key", "xai-sdk", "xai_sdk", "grok"),
    "mistral": ("mistral",),
    "vertex_ai": ("aiplatform", "vertex"),
    "deepseek": ("api.deepseek.com", "deepseek"),
    "openrouter": ("openrouter.ai", "openrouter"),
    "cohere": ("api.cohere.com", "cohere", "co_api_key"),
    "dashscope": ("dashscope", "aliyuncs.com", "alibabacloud.com", "aliyun", "bailian", "qwen"),
    "moonshot": ("api.moonshot", "moonshot", "kimi"),
    "zhipu": ("bigmodel", "zhipu", "api.z.ai", "glm"),
}

_STATUS = re.compile(r"(?<![\w.])([1-5][0-9]{2})(?![\w.])")
_WORD = re.compile(r"[A-Za-z0-9_]+")
_KEYLIKE = re.compile(r"[A-Za-z0-9_\-.]{16,}")
# OpenAI echoes the key it received: "Incorrect API key provided: sk-or-v1***...abcd." (masked by OpenAI).
_ECHO = re.compile(r"incorrect api key provided: ?([^\n]{1,160})", re.IGNORECASE)
_ECHO_END = re.compile(r"\.(?:\s|$)")
# A run of the characters keys are written with (base64 ones too): quoted text is judged token by token.
_KEY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.+/="
_TOKEN_CHARS = frozenset(_KEY_ALPHABET)
_TOKEN = re.compile(f"[{re.escape(_KEY_ALPHABET)}]+")
_SEGMENT = re.compile(r"[A-Za-z0-9]+")


@dataclass(frozen=True)
class ErrorMatch:
    """One catalog entry that explains the pasted text, and why."""

    ref: str
    """"<provider>/<id>", e.g. "openai/429-insufficient-quota"."""
    provider: str
    provider_name: str
    id: str
    status: int
    title: str
    confidence: Confidence
    score: int
    why: tuple[str, ...]
    fix: str
    retry: str
    url: str
    """The entry's page, relative to the site root ("errors/openai/429-insufficient-quota/")."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "ref": self.ref,
            "provider": self.provider,
            "provider_name": self.provider_name,
            "id": self.id,
            "status": self.status,
            "title": self.title,
            "confidence": self.confidence,
            "score": self.score,
            "why": list(self.why),
            "fix": self.fix,
            "retry": self.retry,
            "url": self.url,
        }


@dataclass(frozen=True)
class SpottedKey:
    """A key (or a provider's echo of one) found in the text. Holds only the masked form."""

    provider: str | None
    provider_name: str | None
    masked: str
    echoed: bool
    """True: the provider's own echo of a key it received (already partly hidden by the provider)."""
    note: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "provider": self.provider,
            "provider_name": self.provider_name,
            "masked": self.masked,
            "echoed": self.echoed,
            "note": self.note,
        }


@dataclass(frozen=True)
class Lookup:
    matches: tuple[ErrorMatch, ...]
    keys: tuple[SpottedKey, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"matches": [m.to_dict() for m in self.matches], "keys": [k.to_dict() for k in self.keys]}


@dataclass(frozen=True)
class _Entry:
    ref: str
    provider: str
    provider_name: str
    id: str
    status: int
    type: str | None
    code: str | None
    title: str
    fix: str
    retry: str
    url: str
    patterns: tuple[LinearPattern, ...]


@lru_cache(maxsize=1)
def _catalog() -> tuple[_Entry, ...]:
    raw = json.loads(resources.files(__package__).joinpath("error_catalog.json").read_text(encoding="utf-8"))
    return tuple(
        _Entry(
            ref=f"{e['provider']}/{e['id']}",
            provider=e["provider"],
            provider_name=e["provider_name"],
            id=e["id"],
            status=e["status"],
            type=e["type"],
            code=e["code"],
            title=e["title"],
            fix=e["fix"],
            retry=e["retry"],
            url=e["url"],
            patterns=_linear(e["patterns"]),
        )
        for e in raw["errors"]
    )


def _linear(patterns: list[str]) -> tuple[LinearPattern, ...]:
    """The entry's patterns, ready for a linear-time search. The build refuses any pattern outside the
    subset (sitegen.dataset), so none is dropped here; if one ever were, it is left out rather than run
    as a scan that could take seconds."""
    compiled = []
    for pattern in patterns:
        try:
            compiled.append(compile_linear(pattern))
        except NotLinear:
            continue
    return tuple(compiled)


# Chat apps, word processors and some web pages turn an error's straight quotes into typographic ones;
# the catalog's patterns are written with the straight quotes the APIs send.
_TYPOGRAPHIC_QUOTES = str.maketrans({"‘": "'", "’": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "‟": '"'})


_ESCAPE_LEVELS = 3
_UNICODE_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


def _unescape_unicode(found: re.Match[str]) -> str:
    return chr(int(found.group(1), 16))


def normalise(text: str) -> str:
    """The text as one line: JSON escapes undone, whitespace runs collapsed (SDKs wrap and escape),
    typographic quotes made straight, and invisible characters dropped (a key split by one is then whole,
    found and masked as a key)."""
    text = text[:MAX_TEXT]
    # A JSON body logged inside another JSON string is escaped twice (\\\" for a quote): undo each level,
    # a few at most, so the work stays linear.
    for _level in range(_ESCAPE_LEVELS):
        unescaped = text.replace("\\\\", "\\").replace('\\"', '"')
        if unescaped == text:
            break
        text = unescaped
    # JSON writers escape what is not ASCII (json.dumps by default): \u4ee4 for 令, \u2019 for ’.
    text = strip_invisible(_UNICODE_ESCAPE.sub(_unescape_unicode, text))
    text = text.replace("\\n", " ").replace("\\t", " ")
    return " ".join(text.translate(_TYPOGRAPHIC_QUOTES).split())


def _weights(entries: tuple[_Entry, ...]) -> tuple[dict[str, int], dict[str, int]]:
    """Points for a code or type seen in the text: rarer values tell more (shared by fewer entries)."""
    codes: dict[str, int] = {}
    types: dict[str, int] = {}
    for e in entries:
        if e.code:
            codes[e.code] = codes.get(e.code, 0) + 1
        if e.type:
            types[e.type] = types.get(e.type, 0) + 1
    return (
        {c: max(15, 45 // n) for c, n in codes.items()},
        {t: max(5, 30 // n) for t, n in types.items()},
    )


def _providers_named(lowered: str, spotted: tuple[SpottedKey, ...]) -> dict[str, str]:
    """Each provider the text points at, with how: "names" (its host, module or words) or "key"."""
    named = {pid: "names" for pid, hints in _PROVIDER_HINTS.items() if any(h in lowered for h in hints)}
    for k in spotted:
        if k.provider and not k.echoed:
            named.setdefault(k.provider, "key")
    return named


def lookup(text: str, lang: str = "en") -> Lookup:
    """The catalog entries that explain `text`, best first, and any keys found in it (masked).

    `lang` is the language of the reasons (`why`) and of the notes on keys found (see checker.i18n); the
    catalog's own titles, fixes and retry advice come from the error catalog as they are."""
    with language(lang):
        return _lookup(text)


def _lookup(text: str) -> Lookup:
    flat = normalise(text)
    if not flat:
        return Lookup((), ())
    words = set(_WORD.findall(flat))
    haystack = Haystack(flat, words)
    lowered = haystack.lowered
    spotted = spot_keys(flat)
    entries = _catalog()
    code_points, type_points = _weights(entries)
    statuses = {int(s) for s in _STATUS.findall(flat)}
    named = _providers_named(lowered, spotted)
    matches: list[ErrorMatch] = []
    for entry in entries:
        score, why, strong = 0, [], False
        found = [m for p in entry.patterns if (m := first_match(p, haystack))]
        best = max(found, key=lambda m: _pattern_weight(m.group(0)), default=None)
        longest = _pattern_weight(best.group(0)) if best else 0
        code_seen = entry.code if entry.code and entry.code in words else None
        type_seen = entry.type if entry.type and entry.type in words else None
        if best:
            score += longest
            shown = _quote(flat, best.start(), best.end())
            if not shown.strip("… "):
                why.append(_("the text contains words of this error, run together with what may be a key (not shown)"))
            elif shown not in (code_seen, type_seen):  # a lone code or type is told below, once
                why.append(_('the text contains "{quote}"').format(quote=shown))
            strong = True
        if code_seen:
            score += code_points[code_seen]
            strong = strong or code_points[code_seen] >= 20
        if type_seen:
            score += type_points[type_seen]
        if code_seen and code_seen == type_seen:
            why.append(_('"{value}" appears (this error\'s code and type)').format(value=code_seen))
        else:
            why += [_('"{value}" appears (this error\'s code)').format(value=code_seen)] if code_seen else []
            why += [_('"{value}" appears (this error\'s type)').format(value=type_seen)] if type_seen else []
        if entry.status in statuses:
            score += 15
            why.append(_('"{value}" appears (this error\'s HTTP status)').format(value=entry.status))
            strong = strong or (type_seen is not None and type_points[type_seen] >= 10)
        if entry.provider in named:
            score += 12
            name = entry.provider_name
            if named[entry.provider] == "names":
                why.append(_("the text names {provider}").format(provider=name))
            else:
                why.append(_("the text holds {a_provider} key").format(a_provider=article(name)))
        elif named:
            score -= 20  # another provider answered: keep the entry only if its message matched
        if strong and score > 0:
            matches.append(_match(entry, score, tuple(why), longest > 0))
    matches.sort(key=lambda m: -m.score)
    return Lookup(tuple(matches[:MAX_RESULTS]), spotted)


def _pattern_weight(matched: str) -> int:
    """Points for a matched pattern: words of a message tell more than a lone code-like token."""
    if " " not in matched:
        return 30 + min(10, len(matched) // 4)
    return 50 + min(30, len(matched) // 2)


def _quote(text: str, start: int, end: int) -> str:
    """text[start:end] as a reason quotes it: at most about QUOTE_MAX characters, and never a key.

    Each run of key characters the span touches is judged whole, also where the span cuts it, so no
    piece of a key can slip out; a run that may be a key is replaced by the checker's masked form.
    The text is cut only after masking, so a cut cannot hide a key from the judgement either.
    """
    if end - start <= MAX_QUOTED_SPAN:
        shown = _masked_span(text, start, end)
        return shown if len(shown) <= QUOTE_MAX else _cut(shown, shown)
    return _cut(_masked_span(text, start, start + QUOTE_MAX), _masked_span(text, end - QUOTE_MAX, end))


def _cut(head: str, tail: str) -> str:
    """The start of head and the end of tail (both masked already), cut between words where one is near."""
    head, tail = head[: QUOTE_MAX - _QUOTE_TAIL], tail[-_QUOTE_TAIL:]
    if " " in head[len(head) // 2 :]:
        head = head[: head.rindex(" ")]
    if " " in tail[: len(tail) // 2]:
        tail = tail[tail.index(" ") + 1 :]
    return f"{head.rstrip()} … {tail.lstrip()}"


def _masked_span(text: str, start: int, end: int) -> str:
    out: list[str] = []
    pos = start
    for token in _TOKEN.finditer(text, start, end):
        lo, hi = token.span()
        while lo > 0 and token.start() - lo <= MAX_TOKEN and text[lo - 1] in _TOKEN_CHARS:
            lo -= 1  # the whole run, where the span cuts it on the left
        while hi < len(text) and hi - token.end() <= MAX_TOKEN and text[hi] in _TOKEN_CHARS:
            hi += 1
        shown = _hidden(text[lo:hi]) or ("…" if _key_piece(text, lo, hi) else token.group(0))
        out += [text[pos : token.start()], shown]
        pos = token.end()
    out.append(text[pos:end])
    return "".join(out)


_PIECE_HOPS = 4


def _key_piece(text: str, lo: int, hi: int) -> bool:
    """A run of 8 or more key characters next to others (one space or line break apart) that are hidden,
    or that make a key once joined with it: the rest of a key that line breaks or spaces split
    (…ab12 Xy7q9Zk3w). A run next to a hidden one is hidden when it has a digit, a capital or a mark, or
    when the two joined make a key; plain words next to a key stay readable."""
    run = text[lo:hi]
    if len(run) < 8:
        return False
    sides: list[list[str]] = []
    for step, first_edge in ((-1, lo - 1), (1, hi)):
        edge = first_edge
        # Pieces between (ab12Xy7q 9 Zk3w…, or three pieces of 8: split twice) are stepped over, a few at
        # most: short ones cannot show 8 characters, and none may shield its neighbours.
        pieces: list[str] = []
        for _hop in range(_PIECE_HOPS):
            if not (0 <= edge < len(text) and text[edge].isspace()):
                break
            near = edge + step
            far = near
            while 0 <= far + step < len(text) and abs(far - near) < MAX_TOKEN and text[far + step] in _TOKEN_CHARS:
                far += step
            if not (0 <= near < len(text) and text[near] in _TOKEN_CHARS):
                break
            neighbour = text[min(near, far) : max(near, far) + 1]
            pieces.append(neighbour)
            if _hidden(neighbour) is not None:
                joined = "".join([run, *pieces] if step == 1 else [*reversed(pieces), run])
                if _piece_like(run) or _makes_key(joined):
                    return True
                break
            edge = far + step
        sides.append(pieces)
    # No piece is long enough to be hidden alone (a short key such as fw_ and 24 characters, cut twice):
    # the pieces together may still be a key. Only a run that looks like key material counts: plain words
    # in a row ("403 The security token included in the") can join into a key-long string too.
    return (
        _piece_like(run)
        and bool(sides[0] or sides[1])
        and _makes_key("".join([*reversed(sides[0]), run, *sides[1]]))
    )


def _piece_like(run: str) -> bool:
    """A digit anywhere, or a capital or a mark after the first character: key material, not a word."""
    return any(c.isdigit() for c in run) or any(c.isupper() or c in "_-" for c in run[1:])


def _makes_key(joined: str) -> bool:
    if len(joined) > MAX_TOKEN:
        return False
    report = diagnose(joined.strip(".-"))
    return report.provider is not None or bool(report.candidates)


def _hidden(run: str) -> str | None:
    """The masked form of a run of key characters that may be a key; None when it is ordinary text."""
    core = run.strip(".-")
    if len(core) < 12:
        return None
    if len(core) > MAX_TOKEN:
        return "…"
    report = diagnose(core)
    if report.provider is not None or report.candidates:
        return report.masked
    return "…" if _looks_random(core) else None


def _looks_random(run: str) -> bool:
    """Letters mixed with digits, or with both cases, at a length secrets have (not words or model ids)."""
    if len(run) >= 24 and all(any(test(c) for c in run) for test in (str.islower, str.isupper, str.isdigit)):
        return True
    for segment in _SEGMENT.findall(run):
        digits = sum(c.isdigit() for c in segment)
        if len(segment) >= 12 and 0 < digits < len(segment):
            return True
        if len(segment) >= 16 and not segment.islower() and not segment.isupper():
            return True
    return False


def _match(entry: _Entry, score: int, why: tuple[str, ...], message_matched: bool) -> ErrorMatch:
    confidence: Confidence = "high" if message_matched and score >= 75 else "medium" if score >= 50 else "low"
    return ErrorMatch(
        ref=entry.ref,
        provider=entry.provider,
        provider_name=entry.provider_name,
        id=entry.id,
        status=entry.status,
        title=entry.title,
        confidence=confidence,
        score=score,
        why=why,
        fix=entry.fix,
        retry=entry.retry,
        url=entry.url,
    )


def lookup_error(text: str, lang: str = "en") -> list[ErrorMatch]:
    """The catalog entries that explain `text`, best first; empty when nothing fits."""
    return list(lookup(text, lang).matches)


# ------------------------------------------------------------------------------------------ keys in text


def spot_keys(text: str) -> tuple[SpottedKey, ...]:
    """Keys in the text, by the checker's own diagnosis, and OpenAI's echo of the key it received."""
    found: list[SpottedKey] = []
    seen: set[str] = set()
    # Python's re is slow with IGNORECASE: look for the echo only where its words occur.
    echoes = _ECHO.finditer(text) if "incorrect api key provided" in text.lower() else ()
    for match in echoes:
        end = _ECHO_END.search(match.group(1))  # the echo ends where OpenAI's next sentence starts
        echo = (match.group(1)[: end.start()] if end else match.group(1)).strip()
        if echo not in seen and ("*" in echo or "…" in echo):  # a whole key is left to the scan below
            seen.add(echo)
            found.append(_echoed(echo))
    for count, match in enumerate(_KEYLIKE.finditer(text)):
        if count >= MAX_KEY_CANDIDATES:
            break
        token = match.group(0).strip(".-")
        if token in seen or any(token in e for e in seen):
            continue
        report = diagnose(token)
        if report.provider is not None and report.valid:
            seen.add(token)
            name = report.provider_name or report.provider
            found.append(
                SpottedKey(
                    report.provider,
                    name,
                    report.masked,
                    echoed=False,
                    note=_(
                        "The text contains a whole {provider} key. Anyone who saw this text can use it: "
                        "revoke the key and create a new one."
                    ).format(provider=name),
                )
            )
    return tuple(found)


def _echoed(echo: str) -> SpottedKey:
    """What the start of an echoed key says: another provider's key, a URL, a sentence."""
    visible = echo.replace("*", "").replace("…", "")
    head = echo.split("*", 1)[0].split("…", 1)[0]
    masked = f"{head[:8]}…{visible[-4:]}" if len(visible) >= 12 else f"{head[:8]}…"
    report = diagnose(head) if head else None
    owner = report.candidates[0] if report and len(report.candidates) == 1 else None
    if head.lower().startswith(("http://", "https://")):
        note = _("The key that was sent starts like a URL: a URL was configured where the key belongs.")
    elif head.startswith("sk-or-"):
        owner = "openrouter"
        note = _("The key that was sent starts like an OpenRouter key: send it to OpenRouter, not to OpenAI.")
    elif head.startswith("sk-ant-"):
        owner = "anthropic"
        note = _("The key that was sent starts like an Anthropic key: send it to Anthropic, not to OpenAI.")
    elif not head.startswith("sk-"):
        note = _("The value that was sent does not start like an OpenAI key (sk-...): check what your program reads.")
    else:
        note = _("The provider shows the start and the end of the key it received: compare them with your key.")
    return SpottedKey(owner, None, masked, echoed=True, note=note)


def render(result: Lookup, lang: str = "en") -> str:
    """The lookup as text for a terminal (keys masked, as everywhere)."""
    with language(lang):
        lines: list[str] = [
            _("Key in the text: {masked}. {note}").format(masked=k.masked, note=k.note) for k in result.keys
        ]
        if not result.matches:
            lines.append(_("No entry of the error catalog matches this text."))
        confidence = {"high": _("high confidence"), "medium": _("medium confidence"), "low": _("low confidence")}
        for match in result.matches:
            lines += [
                f"{match.provider_name} {match.status}: {match.title} ({confidence[match.confidence]})",
                _("  fix:   {text}").format(text=match.fix),
                _("  retry: {text}").format(text=match.retry),
                _("  why:   {text}").format(text=_("; ").join(match.why)),
                _("  page:  {url} (on the site)").format(url=match.url),
            ]
        return "\n".join(lines) + "\n"
