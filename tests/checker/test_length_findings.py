"""A key cut or extended by a few characters is told how many, counted from the length it most likely had:
the nearest length its format allows, or, where a marker sits in the middle (OpenAI's), the length the
marker's place implies. A 133-character OpenAI project key is one too long for 132, not 31 short of 164.
Cases are generated from every sample key whose format has exact lengths (tests/checker/keys.py)."""

from __future__ import annotations

import pytest

from checker import PROVIDERS, diagnose

from .keys import VALID, openai

SAMPLES = {
    **VALID,
    ("openai", "project-58"): openai("proj", 58),
    ("openai", "service_account-58"): openai("svcacct", 58),
    ("openai", "user-20"): openai("None", 20),
}


def _format(kind: tuple[str, str]):  # type: ignore[no-untyped-def]
    variant = kind[1].split("-")[0]
    return next(f for f in PROVIDERS[kind[0]].formats if f.variant == variant)


KINDS = sorted(
    kind
    for kind, key in SAMPLES.items()
    if _format(kind).lengths and len(key) in _format(kind).lengths and diagnose(key).verdict != "invalid"
)
CHANGES = [1, 2, 5, -1, -2, -5]


@pytest.mark.parametrize("kind", KINDS, ids=[f"{p}-{v}" for p, v in KINDS])
@pytest.mark.parametrize("change", CHANGES)
def test_the_count_is_from_the_length_the_key_had(kind: tuple[str, str], change: int) -> None:
    key = SAMPLES[kind]
    text = key + key[-change - 1 : -1] if change > 0 else key[:change]
    report = diagnose(text, kind[0])
    found = {f.code: f.message for f in report.findings}
    assert report.verdict == "invalid"
    if change > 0:
        assert "TOO_SHORT" not in found
        assert f"{change} more than" in found["TOO_LONG"]
    else:
        assert "TOO_LONG" not in found
        count = -change
        assert f"{count} character{'s are' if count > 1 else ' is'} missing" in found["TOO_SHORT"]
