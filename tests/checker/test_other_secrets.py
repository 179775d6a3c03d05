"""Every non-AI secret the checker knows, under every one of its prefixes, is named for what it is,
with or without a provider chosen. Cases are generated from OTHER_SECRETS; bodies are built in code."""

from __future__ import annotations

import pytest

from checker import diagnose
from checker.othersecrets import OTHER_SECRETS, OtherSecret

from .keys import fill


def _text(kind: OtherSecret, prefix: str, seed: int) -> str:
    chars = kind.chars.replace(".", "")
    if kind.parts == 1:
        return prefix + fill(max(kind.body[0], min(kind.body[1], 40)), chars, seed)
    return ".".join([prefix + fill(20, chars, seed), "eyJ" + fill(30, chars, seed + 1), fill(43, chars, seed + 2)])


CASES = [(kind, prefix, _text(kind, prefix, n)) for n, kind in enumerate(OTHER_SECRETS) for prefix in kind.prefixes]


@pytest.mark.parametrize(("kind", "prefix", "text"), CASES, ids=[p for _, p, _ in CASES])
@pytest.mark.parametrize("chosen", [None, "elevenlabs", "openai"])
def test_named_for_what_it_is(kind: OtherSecret, prefix: str, text: str, chosen: str | None) -> None:
    report = diagnose(text, chosen)
    assert report.verdict == "invalid"
    assert report.provider is None
    assert report.findings[0].code == "OTHER_SECRET"
    assert kind.name in report.findings[0].message
