"""A key with '=' or ':' typed into it, just after its prefix: the part before the mark is the start of
a key, not a variable name, so it is never taken for one and never shown in a message.

Cases are generated over every kind of key, both marks and the first positions after the prefix."""

from __future__ import annotations

import json

import pytest

from checker import PROVIDERS, diagnose

from .keys import CONTEXTUAL, VALID
from .leaks import assert_no_leak

FORMATS = {(p.id, f.variant): f for p in PROVIDERS.values() for f in p.formats}
CASES = [
    (ident, key, key[:at] + mark + key[at + 1 :])
    for ident, key in {**VALID, **CONTEXTUAL}.items()
    if "-" in FORMATS[ident].prefix or "." in FORMATS[ident].prefix
    for mark in "=:"
    for at in range(len(FORMATS[ident].prefix) + 1, len(FORMATS[ident].prefix) + 5)
]


def test_cases_exist() -> None:
    assert len(CASES) >= 100


@pytest.mark.parametrize(
    ("ident", "key", "text"), CASES, ids=[f"{i[0]}-{i[1]}-{n}" for n, (i, _, _) in enumerate(CASES)]
)
def test_start_of_a_key_is_no_variable_name(ident: tuple[str, str], key: str, text: str) -> None:
    report = diagnose(text)
    assert "ENV_ASSIGNMENT" not in [f.code for f in report.findings]
    if text[len(FORMATS[ident].prefix) :].strip(FORMATS[ident].chars):
        assert report.verdict != "valid"  # the mark is in no place the key's alphabet allows
    assert_no_leak(key, json.dumps(report.to_dict()))
