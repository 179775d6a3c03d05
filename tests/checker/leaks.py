"""Assert that output never shows more of a key than its masked form."""

from __future__ import annotations

from checker import PROVIDERS

# Text the checker may print that also occurs inside keys: prefixes and fixed markers are public.
_PUBLIC = tuple(
    {f.prefix for p in PROVIDERS.values() for f in p.formats}
    | {f.marker or "" for p in PROVIDERS.values() for f in p.formats}
    | {"AAABACOG"}
)
WINDOW = 8


def runs(text: str, width: int = WINDOW) -> set[str]:
    """Every run of width characters in text: what must never appear in a request or a stored URL."""
    return {text[i : i + width] for i in range(len(text) - width + 1)}


def secret_windows(key: str) -> set[str]:
    """Every 8-character run of `key` that is not public text (a prefix or a marker)."""
    return {run for run in runs(key) if not any(run in public for public in _PUBLIC)}


def assert_no_leak(key: str, output: str) -> None:
    leaked = [run for run in secret_windows(key) if run in output]
    # Report how many, never which: the failure message must not print the key either.
    assert not leaked, f"{len(leaked)} eight-character runs of the key appear in the output"
