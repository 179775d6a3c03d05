"""Match a pasted API error (an SDK exception, a JSON body, a log line) against the error catalog.

`lookup_error(text)` ranks the catalog's entries by how well they explain the text: the message
patterns first, then the error code and type, the HTTP status and hints of the provider. It also spots
API keys inside the text (a log line with an Authorization header, OpenAI's 401 message that echoes
the key's start) and reports them only in masked form.

The catalog is `error_catalog.json` beside this file, generated from data/errors/*.yml by
scripts/sync-error-catalog (a test fails when the two drift). Standard library only; every regular
expression here is a simple scan without nested repetition, so the time is linear in the text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Literal

from .engine import diagnose

Confidence = Literal["high", "medium", "low"]

MAX_TEXT = 200_000
"""Characters looked at; an error message is far shorter, and the bound keeps every scan cheap."""
MAX_RESULTS = 5
MAX_KEY_CANDIDATES = 40

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
}

_STATUS = re.compile(r"(?<![\w.])([1-5][0-9]{2})(?![\w.])")
_WORD = re.compile(r"[A-Za-z0-9_]+")
_KEYLIKE = re.compile(r"[A-Za-z0-9_\-.]{16,}")
# OpenAI echoes the key it received: "Incorrect API key provided: sk-or-v1***...abcd." (masked by OpenAI).
_ECHO = re.compile(r"incorrect api key provided: ?([^\n]{1,160})", re.IGNORECASE)
_ECHO_END = re.compile(r"\.(?:\s|$)")


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
    patterns: tuple[re.Pattern[str], ...]


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
            patterns=tuple(re.compile(p, re.IGNORECASE) for p in e["patterns"]),
        )
        for e in raw["errors"]
    )


def normalise(text: str) -> str:
    """The text as one line: JSON escapes undone, whitespace runs collapsed (SDKs wrap and escape)."""
    text = text[:MAX_TEXT].replace('\\"', '"').replace("\\n", " ").replace("\\t", " ")
    return " ".join(text.split())


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


def _providers_named(lowered: str, spotted: tuple[SpottedKey, ...]) -> set[str]:
    named = {pid for pid, hints in _PROVIDER_HINTS.items() if any(h in lowered for h in hints)}
    named.update(k.provider for k in spotted if k.provider and not k.echoed)
    return named


def lookup(text: str) -> Lookup:
    """The catalog entries that explain `text`, best first, and any keys found in it (masked)."""
    flat = normalise(text)
    if not flat:
        return Lookup((), ())
    lowered = flat.lower()
    spotted = spot_keys(flat)
    entries = _catalog()
    code_points, type_points = _weights(entries)
    words = set(_WORD.findall(flat))
    statuses = {int(s) for s in _STATUS.findall(flat)}
    named = _providers_named(lowered, spotted)
    matches: list[ErrorMatch] = []
    for entry in entries:
        score, why, strong = 0, [], False
        longest = max((_pattern_weight(m.group(0)) for p in entry.patterns if (m := p.search(flat))), default=0)
        if longest:
            score += longest
            why.append(f'the text contains the message "{entry.title}"')
            strong = True
        if entry.code and entry.code in words:
            score += code_points[entry.code]
            why.append(f"the error code {entry.code} appears")
            strong = strong or code_points[entry.code] >= 20
        type_seen = bool(entry.type and entry.type in words)
        if type_seen and entry.type:
            score += type_points[entry.type]
            why.append(f"the error type {entry.type} appears")
        if entry.status in statuses:
            score += 15
            why.append(f"the status {entry.status} appears")
            strong = strong or (type_seen and entry.type is not None and type_points[entry.type] >= 10)
        if entry.provider in named:
            score += 12
            why.append(f"the text names {entry.provider_name}")
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


def lookup_error(text: str) -> list[ErrorMatch]:
    """The catalog entries that explain `text`, best first; empty when nothing fits."""
    return list(lookup(text).matches)


# ------------------------------------------------------------------------------------------ keys in text


def spot_keys(text: str) -> tuple[SpottedKey, ...]:
    """Keys in the text, by the checker's own diagnosis, and OpenAI's echo of the key it received."""
    found: list[SpottedKey] = []
    seen: set[str] = set()
    for match in _ECHO.finditer(text):
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
                    note=f"The text contains a whole {name} key. Anyone who saw this text can use it: "
                    "revoke the key and create a new one.",
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
        note = "The key that was sent starts like a URL: a URL was configured where the key belongs."
    elif head.startswith("sk-or-"):
        owner = "openrouter"
        note = "The key that was sent starts like an OpenRouter key: send it to OpenRouter, not to OpenAI."
    elif head.startswith("sk-ant-"):
        owner = "anthropic"
        note = "The key that was sent starts like an Anthropic key: send it to Anthropic, not to OpenAI."
    elif not head.startswith("sk-"):
        note = "The value that was sent does not start like an OpenAI key (sk-...): check what your program reads."
    else:
        note = "The provider shows the start and the end of the key it received: compare them with your key."
    return SpottedKey(owner, None, masked, echoed=True, note=note)


def render(result: Lookup) -> str:
    """The lookup as text for a terminal (keys masked, as everywhere)."""
    lines: list[str] = [f"Key in the text: {k.masked}. {k.note}" for k in result.keys]
    if not result.matches:
        lines.append("No entry of the error catalog matches this text.")
    for match in result.matches:
        lines += [
            f"{match.provider_name} {match.status}: {match.title} ({match.confidence} confidence)",
            f"  fix:   {match.fix}",
            f"  retry: {match.retry}",
            f"  why:   {'; '.join(match.why)}",
            f"  page:  {match.url} (on the site)",
        ]
    return "\n".join(lines) + "\n"
