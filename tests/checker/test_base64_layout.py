"""Bedrock long-term keys are 'ABSK' and base64: whole groups of 4 characters, '=' only at the end.

The scanners accept any length from 113 to 275, so the length alone calls a copy that lost or gained a
character whole; the base64 groups do not. Cases are generated from a well-formed key built in code.
"""

from __future__ import annotations

import pytest

from checker import diagnose

from .keys import BASE64_NOPAD, BEDROCK_LONG, fill

KEYS = [
    BEDROCK_LONG + fill(n, BASE64_NOPAD, seed) + pad
    for seed, (n, pad) in enumerate([(109, "="), (108, "=="), (110, ""), (173, "="), (238, "")])
]
CUT = [(key, cut) for key in KEYS for cut in (1, 2, 3) if (len(key) - 4 - cut) % 4]
ADDED = [(key, extra) for key in KEYS if key.endswith("=") for extra in ("Q", "x7", fill(8, BASE64_NOPAD, 3))]


@pytest.mark.parametrize("key", KEYS, ids=[str(len(k)) for k in KEYS])
def test_whole_groups_are_valid(key: str) -> None:
    report = diagnose(key)
    assert (report.provider, report.variant, report.verdict) == ("aws_bedrock", "long_term", "valid")


@pytest.mark.parametrize(("key", "cut"), CUT, ids=[f"{len(k)}-{c}" for k, c in CUT])
def test_a_broken_last_group_is_a_cut_copy(key: str, cut: int) -> None:
    for provider in (None, "aws_bedrock"):
        report = diagnose(key[:-cut], provider)
        assert report.provider == "aws_bedrock"
        assert report.verdict == "invalid"
        (finding,) = report.findings
        assert finding.code == "TOO_SHORT"
        assert f"lacks {(cut - len(key) + 4) % 4} character" in finding.message


@pytest.mark.parametrize(("key", "extra"), ADDED, ids=[f"{len(k)}+{len(e)}" for k, e in ADDED])
def test_text_after_the_padding_is_not_part_of_the_key(key: str, extra: str) -> None:
    for provider in (None, "aws_bedrock"):
        report = diagnose(key + extra, provider)
        assert report.verdict == "invalid"
        assert report.provider == "aws_bedrock"


@pytest.mark.parametrize("key", KEYS, ids=[str(len(k)) for k in KEYS])
def test_padding_inside_is_named(key: str) -> None:
    for at in (30, len(key) // 2, len(key) - 6):
        report = diagnose(key[:at] + "=" + key[at + 1 :], "aws_bedrock")
        assert report.verdict == "invalid"
        assert [f.code for f in report.findings] == ["TOO_LONG"]
        assert f"position {at + 1}" in report.findings[0].message
