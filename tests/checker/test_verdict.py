"""The three-way verdict: cases generated for every provider and kind of key, shared prefixes, other
services' secrets, placeholders, Azure's key kinds, and a property test of what "valid" promises.

Every key is built from parts (tests/checker/keys.py); nothing key-shaped is written whole.
"""

from __future__ import annotations

import re
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker import PROVIDERS, KeyFormat, diagnose
from checker.othersecrets import OTHER_SECRETS

from .keys import ALNUM, B64URL, CONTEXTUAL, HEX, VALID, anthropic, azure_identifiable, fill, openai
from .test_diagnose import codes, run

FORMATS: dict[tuple[str, str], KeyFormat] = {(p.id, f.variant): f for p in PROVIDERS.values() for f in p.formats}
ALL_KEYS = {**VALID, **CONTEXTUAL}
IDS = [f"{p}-{v}" for p, v in ALL_KEYS]
BAD_CHAR = "!"  # in no key alphabet


def _shortest(fmt: KeyFormat) -> int:
    return min(fmt.lengths or fmt.total_length)


def _longest(fmt: KeyFormat) -> int:
    return max(fmt.lengths or fmt.total_length)


def variants(ident: tuple[str, str], key: str) -> dict[str, str]:
    """The well-formed key and three damaged copies: cut short, extended, one character from no alphabet."""
    fmt = FORMATS[ident]
    cut = key[:-1] if fmt.lengths else key[: _shortest(fmt) - 1]
    pad_chars = "".join(ch for ch in fmt.chars if ch in ALNUM)  # no '=' or '-' a paste could split at
    # A range is exceeded with room to spare, right after the prefix: a tail such as &Version=1 stays last.
    pad = fill(1 if fmt.lengths else _longest(fmt) - len(key) + 12, pad_chars, 99)
    extended = key + pad if fmt.lengths else fmt.prefix + pad + key[len(fmt.prefix) :]
    middle = len(fmt.prefix) + (len(key) - len(fmt.prefix)) // 3  # away from markers at the middle and end
    return {
        "well-formed": key,
        "truncated": cut,
        "extended": extended,
        "alphabet-broken": key[:middle] + BAD_CHAR + key[middle + 1 :],
    }


EXPECTED_DAMAGE = {
    "truncated": {"TOO_SHORT", "MISSING_MARKER", "MARKER_MISPLACED"},
    "extended": {"TOO_LONG", "MISSING_MARKER", "MARKER_MISPLACED"},
    "alphabet-broken": {"INVALID_CHARACTERS"},
}


@pytest.mark.parametrize(("ident", "key"), list(ALL_KEYS.items()), ids=IDS)
@pytest.mark.parametrize("variant", ["well-formed", "truncated", "extended", "alphabet-broken"])
def test_generated_variants_of_every_kind_of_key(ident: tuple[str, str], key: str, variant: str) -> None:
    provider, kind = ident
    text = variants(ident, key)[variant]
    data = run(text, provider)
    if variant == "well-formed":
        assert (data["provider"], data["variant"]) == (provider, kind)
        retired = [c for c in codes(data) if c == "FORMAT_RETIRED"]
        assert data["verdict"] == ("invalid" if retired else "valid")
        return
    assert data["provider"] == provider
    assert (data["verdict"], data["valid"]) == ("invalid", False)
    assert EXPECTED_DAMAGE[variant] & set(codes(data)), codes(data)


# --- shared prefixes: the longest known prefix decides --------------------------------------------

AWS_ID_CHARS = string.ascii_uppercase + "234567"
SLACK_BOT = "xo" + "xb-" + fill(12, string.digits, 7) + "-" + fill(12, string.digits, 8) + "-" + fill(24, ALNUM, 9)
JWT = "ey" + "J" + fill(30, B64URL, 10) + ".ey" + fill(40, B64URL, 11) + "." + fill(43, B64URL, 12)
OTHER = ("OTHER_SECRET", None, "invalid")
NEWER_ANTHROPIC = ("KEY_VERSION_UNKNOWN", "anthropic", "cannot_tell")
OLDER_OPENAI = ("KEY_VERSION_UNKNOWN", "openai", "cannot_tell")


# (case, text, provider chosen, (first finding, provider reported, verdict))
SHARED: list[tuple[str, str, str | None, tuple[str, str | None, str]]] = [
    ("stripe-live", "sk_" + "live_" + fill(24, ALNUM, 1), None, OTHER),
    ("stripe-test", "sk_" + "test_" + fill(99, ALNUM, 2), None, OTHER),
    ("stripe-as-elevenlabs", "sk_" + "live_" + fill(48, HEX, 3), "elevenlabs", OTHER),
    ("stripe-publishable", "pk_" + "live_" + fill(24, ALNUM, 4), None, OTHER),
    ("github-pat", "gh" + "p_" + fill(36, ALNUM, 5), None, OTHER),
    ("github-fine-grained", "github" + "_pat_" + fill(22, ALNUM, 23) + "_" + fill(59, ALNUM, 24), None, OTHER),
    ("aws-access-key-id", "AK" + "IA" + fill(16, AWS_ID_CHARS, 6), None, OTHER),
    ("slack-bot", SLACK_BOT, None, OTHER),
    ("jwt", JWT, None, OTHER),
    ("anthropic-api04", anthropic("api04", 13), None, NEWER_ANTHROPIC),
    ("anthropic-admin02", anthropic("admin02", 14), None, NEWER_ANTHROPIC),
    ("anthropic-api04-as-anthropic", anthropic("api04", 15), "anthropic", NEWER_ANTHROPIC),
    ("anthropic-api04-as-deepseek", anthropic("api04", 16), "deepseek", ("PROVIDER_MISMATCH", "anthropic", "invalid")),
    ("openai-named-service-account", openai("reportbot", 74, 17), None, OLDER_OPENAI),
    ("openai-named-short", openai("ci-runner", 20, 19, ALNUM), None, OLDER_OPENAI),
]


@pytest.mark.parametrize(("case", "text", "chosen", "expected"), SHARED, ids=[c[0] for c in SHARED])
def test_longest_known_prefix_names_the_key(
    case: str, text: str, chosen: str | None, expected: tuple[str, str | None, str]
) -> None:
    finding, provider, verdict = expected
    data = run(text, chosen)
    assert codes(data)[0] == finding
    assert (data["provider"], data["verdict"], data["valid"]) == (provider, verdict, False)


def test_other_secrets_are_named_for_what_they_are() -> None:
    message = run(SHARED[0][1])["findings"][0]["message"]  # type: ignore[index]
    assert message.startswith("This is a Stripe secret key ('sk_live_…'), not an AI provider key.")
    assert all(kind.sources and kind.fix.endswith(".") for kind in OTHER_SECRETS)


def test_unknown_anthropic_version_is_called_so() -> None:
    text = next(text for case, text, _, _ in SHARED if case == "anthropic-api04")
    message = run(text)["findings"][0]["message"]  # type: ignore[index]
    assert "'api04'" in message
    assert "probably an Anthropic key of a version this checker does not know yet" in message


def test_family_needs_its_marker_and_a_tag() -> None:
    # Without T3BlbkFJ an sk-<word>- text is no OpenAI key; a known tag goes to its own format.
    assert "KEY_VERSION_UNKNOWN" not in codes(run("sk-" + "reportbot-" + fill(148, B64URL, 21)))
    assert codes(run(anthropic("api03")[:-5]))[0] == "TOO_SHORT"


# --- placeholders, with and without a provider ------------------------------------------------------

PLACEHOLDERS: list[tuple[str, str]] = [
    ("digits-32", (string.digits * 4)[:32]),
    ("hex-run", "0123456789abcdef" * 2),
    ("letters-run", string.ascii_lowercase + "abcdef"),
    ("one-char", "a" * 32),
    ("two-chars", "ab" * 20),
    ("pattern", "abc1" * 10),
    ("sk-digits", "sk-" + (string.digits * 4)[:32]),
    ("groq-run", "gsk_" + (string.ascii_letters * 2)[:52]),
]


@pytest.mark.parametrize(("case", "text"), PLACEHOLDERS, ids=[p[0] for p in PLACEHOLDERS])
@pytest.mark.parametrize("chosen", [None, "mistral", "openai"])
def test_placeholder_whether_or_not_a_provider_is_chosen(case: str, text: str, chosen: str | None) -> None:
    data = run(text, chosen)
    assert codes(data) == ["PLACEHOLDER"]
    assert data["verdict"] == "invalid"


# --- Azure: which 84-character keys authenticate Azure OpenAI --------------------------------------


def test_foundry_key_is_an_azure_openai_key() -> None:
    data = run(azure_identifiable(3, service="A"), "azure_openai")
    assert (data["variant"], data["verdict"]) == ("ai_services", "valid")
    assert data["variant_label"] == "Foundry resource key (84 characters)"


def test_other_azure_service_key_is_named_as_such() -> None:
    other = azure_identifiable(4, service="D")  # the letter of another Cognitive Services kind
    data = run(other, "azure_openai")
    assert codes(data) == ["MARKER_MISPLACED"]
    message = data["findings"][0]["message"]  # type: ignore[index]
    assert "is where Azure OpenAI resource keys (84 characters) have it" in message
    assert "'AAABACOG' at position 73" in message
    assert "probably a key of another service" in message
    assert "lost on one side" not in message
    assert ")s" not in message


def test_azure_marker_comes_from_the_provider_data() -> None:
    fmt = FORMATS[("azure_openai", "identifiable")]
    assert fmt.structure == "fixed"
    assert fmt.fixed[0] == (52, fmt.marker)
    cut = azure_identifiable(5)[:40] + fill(44, ALNUM, 22)
    assert "MISSING_MARKER" in codes(run(cut, "azure_openai"))
    assert "at position 53" in run(cut, "azure_openai")["findings"][0]["message"]  # type: ignore[index]


# --- the promise of "valid" -------------------------------------------------------------------------

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_LANGSMITH = re.compile(r"[0-9a-f]{32}_[0-9a-f]{10}")
_PINECONE = re.compile(r"[A-Za-z0-9]{5,6}_[A-Za-z0-9]{63}")


def _layout_holds(fmt: KeyFormat, text: str) -> bool:
    """The format's sourced marker or layout, checked here independently of checker.matching."""
    body = text[len(fmt.prefix) :]
    marker = fmt.marker or ""
    if fmt.structure == "middle":
        spare = len(body) - len(marker)
        return spare % 2 == 0 and body[spare // 2 : spare // 2 + len(marker)] == marker
    if fmt.structure == "end":
        return text.endswith(marker)
    if fmt.structure == "after_prefix":
        return body.startswith(marker)
    if fmt.structure == "fixed":
        slots = all(text[pos] in allowed for pos, allowed in fmt.slots)
        return slots and all(text[pos : pos + len(part)] == part for pos, part in fmt.fixed)
    pattern = {"uuid": _UUID, "langsmith": _LANGSMITH, "pinecone": _PINECONE}.get(fmt.structure)
    return pattern is None or pattern.fullmatch(body) is not None


@st.composite
def mutated_keys(draw: st.DrawFn) -> tuple[str, str | None]:
    """A well-formed key of any kind with up to three characters deleted, inserted or replaced."""
    ident = draw(st.sampled_from(sorted(ALL_KEYS)))
    text = ALL_KEYS[ident]
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(text) - 1))
        ch = draw(st.sampled_from(B64URL + "+/=.!& "))
        op = draw(st.sampled_from(["delete", "insert", "replace"]))
        text = text[:at] + (ch if op != "delete" else "") + text[at + (op != "insert") :]
    return text, draw(st.sampled_from([None, ident[0]]))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_keys())
def test_valid_means_every_sourced_constraint_holds(case: tuple[str, str | None]) -> None:
    text, chosen = case
    report = diagnose(text, chosen)
    if not report.valid:
        return
    assert report.verdict == "valid"
    assert report.provider
    assert report.variant
    fmt = FORMATS[(report.provider, report.variant)]
    assert text.startswith(fmt.prefix)
    assert len(text) in fmt.lengths if fmt.lengths else fmt.total_length[0] <= len(text) <= fmt.total_length[1]
    assert set(text[len(fmt.prefix) :]) <= set(fmt.chars), "valid only in the alphabet every source accepts"
    assert _layout_holds(fmt, text)
