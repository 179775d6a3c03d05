"""diagnose(): a first, minimal version (format matching only); the full rules follow."""

from __future__ import annotations

from .providers import PROVIDERS, KeyFormat
from .report import Finding, Report


def _fits(fmt: KeyFormat, text: str) -> bool:
    if not text.startswith(fmt.prefix):
        return False
    lo, hi = fmt.total_length
    n = len(text)
    if fmt.lengths and n not in fmt.lengths:
        return False
    if not lo <= n <= hi:
        return False
    body = text[len(fmt.prefix) :]
    return all(c in fmt.chars for c in body) and (not fmt.marker or fmt.marker in body)


def _mask(text: str, prefix: str) -> str:
    if len(text) - len(prefix) >= 20:
        return prefix + "…" + text[-4:]
    return prefix + "…"


def diagnose(text: str, provider: str | None = None) -> Report:
    key = text.strip()
    matches = [
        (p.id, f)
        for p in PROVIDERS.values()
        for f in p.formats
        if (provider is None or p.id == provider) and _fits(f, key)
    ]
    findings: list[Finding] = []
    if key != text:
        findings.append(
            Finding("WHITESPACE_AROUND", "error", "Spaces or line breaks surround the key.", "Remove them.")
        )
    ids = list(dict.fromkeys(pid for pid, _ in matches))
    if len(ids) == 1:
        fmt = matches[0][1]
        pid: str | None = ids[0]
        return Report(
            pid,
            ids,
            fmt.variant,
            not findings,
            findings,
            _mask(key, fmt.prefix),
            True,
            PROVIDERS[ids[0]].name,
            fmt.label,
        )
    pid = None
    if not ids:
        findings.append(Finding("UNKNOWN_FORMAT", "error", "This matches no known key format.", "Copy the key again."))
    return Report(pid, ids, None, False, findings, _mask(key, ""), False)
