"""Bedrock keys are a fixed start and base64: whole groups of 4 characters, '=' (two at most) only at the end;
a short-term key's base64 decodes to a request ending '&Version=1'.

The scanners accept any length from 113 to 275, so the length alone calls a copy that lost or gained a
character whole; the base64 groups do not. Cases are generated from a well-formed key built in code.
"""

from __future__ import annotations

import pytest

from checker import diagnose

from .keys import BASE64_NOPAD, BEDROCK_LONG, bedrock_long, bedrock_short, fill

# Long-term keys laid out as published ones decode (keys.bedrock_long); user names of three lengths give
# every padding (none, '=', '==').
USERS = ("", "BedrockAPIKey-ab", "BedrockAPIKey-abc", "BedrockAPIKey-k2", "BedrockAPIKey-q7x9z")
KEYS = [bedrock_long(seed, user) for seed, user in enumerate(USERS)]
# What the scanners' rule alone accepts: ABSK, 'BedrockAPIKey-' in base64, then any base64 characters.
SCANNER_SHAPED = [
    BEDROCK_LONG + fill(n, BASE64_NOPAD, seed) + pad
    for seed, (n, pad) in enumerate([(109, "="), (108, "=="), (110, ""), (173, "="), (238, "")])
]


def test_long_term_samples_cover_every_padding() -> None:
    assert {len(k) - len(k.rstrip("=")) for k in KEYS} == {0, 1, 2}
CUT = [(key, cut) for key in KEYS for cut in (1, 2, 3) if (len(key) - 4 - cut) % 4]
ADDED = [(key, extra) for key in KEYS if key.endswith("=") for extra in ("Q", "x7", fill(8, BASE64_NOPAD, 3))]


@pytest.mark.parametrize("key", KEYS, ids=[str(len(k)) for k in KEYS])
def test_whole_groups_are_valid(key: str) -> None:
    report = diagnose(key)
    assert (report.provider, report.variant, report.verdict) == ("aws_bedrock", "long_term", "valid")


@pytest.mark.parametrize("key", SCANNER_SHAPED, ids=[str(len(k)) for k in SCANNER_SHAPED])
def test_a_body_without_the_published_layout_cannot_be_told(key: str) -> None:
    """AWS does not document what the base64 holds: a text the scanners accept but that does not decode to
    '<user>-at-<account>:<secret>' is neither called valid nor invalid."""
    for provider in (None, "aws_bedrock"):
        report = diagnose(key, provider)
        assert (report.provider, report.variant, report.verdict) == ("aws_bedrock", "long_term", "cannot_tell")
        assert [f.code for f in report.findings] == ["FORMAT_NOT_DOCUMENTED"]
        assert "not necessarily wrong" in report.findings[0].message


# Cut by whole groups of 4: the base64 stays whole, only the decoded secret shows the cut.
GROUP_CUTS = [(key, cut) for key in KEYS for cut in (4, 8, 12, 16, 20)]


@pytest.mark.parametrize(("key", "cut"), GROUP_CUTS, ids=[f"{len(k)}-{c}" for k, c in GROUP_CUTS])
def test_a_key_cut_by_whole_groups_is_not_valid(key: str, cut: int) -> None:
    for provider in (None, "aws_bedrock"):
        report = diagnose(key[:-cut], provider)
        assert report.provider == "aws_bedrock"
        assert report.verdict != "valid"
        assert report.cleaned_verdict != "valid"
        codes = [f.code for f in report.findings]
        assert "FORMAT_NOT_DOCUMENTED" in codes
        assert "most likely cut off" in report.findings[codes.index("FORMAT_NOT_DOCUMENTED")].message


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


# More '=' than base64 pads with (two at most, RFC 4648): the key's own padding plus what was pasted after it.
OVERPADDED = [
    (key, pad) for key in KEYS for pad in ("===", "====", "=" * 8) if (len(key.rstrip("=")) + len(pad) - 4) % 4 == 0
]


@pytest.mark.parametrize(("key", "pad"), OVERPADDED, ids=[f"{len(k)}+{len(p)}" for k, p in OVERPADDED])
def test_more_than_two_padding_characters_are_not_a_key(key: str, pad: str) -> None:
    for provider in (None, "aws_bedrock"):
        report = diagnose(key.rstrip("=") + pad, provider)
        codes = [f.code for f in report.findings]
        assert report.verdict == "invalid"
        # Either named as too long, or the whole key found before the extra '=' and judged on its own.
        assert "TOO_LONG" in codes if report.cleaned_verdict != "valid" else "TEXT_AROUND_KEY" in codes


# Short-term keys: 'bedrock-api-key-' and the base64 of a presigned request ending '&Version=1', as AWS's
# token generators write them. Bodies of every length modulo 3, so each padding (none, '=', '==') occurs.
SHORT = [bedrock_short(seed, body) for seed, body in enumerate((300, 301, 302, 640, 1100))]
SHORT_CUTS = [(key, cut) for key in SHORT for cut in (1, 2, 3, 4, 5, 8, 12, 40)]
SHORT_ADDED = [
    (key, extra)
    for key in SHORT
    for extra in ("&Version=1", "Q", fill(4, BASE64_NOPAD, 1), fill(12, BASE64_NOPAD, 2), "==")
]


def test_short_term_samples_cover_every_padding() -> None:
    assert {len(k) - len(k.rstrip("=")) for k in SHORT} == {0, 1, 2}


@pytest.mark.parametrize("key", SHORT, ids=[str(len(k)) for k in SHORT])
def test_short_term_keys_as_aws_writes_them_are_valid(key: str) -> None:
    for provider in (None, "aws_bedrock"):
        report = diagnose(key, provider)
        assert (report.provider, report.variant, report.verdict) == ("aws_bedrock", "short_term", "valid")


@pytest.mark.parametrize(("key", "cut"), SHORT_CUTS, ids=[f"{len(k)}-{c}" for k, c in SHORT_CUTS])
def test_a_cut_short_term_key_is_not_valid(key: str, cut: int) -> None:
    for provider in (None, "aws_bedrock"):
        report = diagnose(key[:-cut], provider)
        assert report.provider == "aws_bedrock"
        assert (report.verdict, report.cleaned_verdict) == ("invalid", "invalid")
        codes = [f.code for f in report.findings]
        assert ("TOO_SHORT" in codes) != ("MISSING_MARKER" in codes)


@pytest.mark.parametrize(("key", "extra"), SHORT_ADDED, ids=[f"{len(k)}+{len(e)}" for k, e in SHORT_ADDED])
def test_text_after_a_short_term_key_is_not_part_of_it(key: str, extra: str) -> None:
    for provider in (None, "aws_bedrock"):
        report = diagnose(key + extra, provider)
        assert report.verdict == "invalid"
        assert report.provider == "aws_bedrock"
        assert report.cleaned_verdict != "valid" or "TEXT_AROUND_KEY" in [f.code for f in report.findings]
