"""Table-driven diagnosis tests. Every key is built from parts (tests/checker/keys.py)."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from checker import PROVIDERS, diagnose
from checker.engine import MAX_INPUT
from checker.findings import FINDINGS, FINDINGS_BY_CODE, FIXABLE
from checker.matching import PROVES_WHOLE

from .keys import (
    ALNUM,
    B64URL,
    CONTEXTUAL,
    GEMINI_AUTH,
    HEX,
    LOWER_ALNUM,
    OPENAI_MARKER,
    VALID,
    anthropic,
    fill,
    uuid,
)
from .leaks import assert_no_leak

PROJECT = VALID[("openai", "project")]
ANTHROPIC = VALID[("anthropic", "standard")]
GEMINI = VALID[("google", "standard")]
OPENROUTER = VALID[("openrouter", "standard")]
GROQ = VALID[("groq", "standard")]


def run(text: str, provider: str | None = None) -> dict[str, object]:
    """Diagnose, check the invariants every report must keep, and return its dict."""
    report = diagnose(text, provider)
    data = report.to_dict()
    json.dumps(data)  # must serialise
    for finding in report.findings:
        info = FINDINGS_BY_CODE[finding.code]
        assert finding.severity == info.severity, finding.code
        assert finding.message.endswith((".", ")")), finding.code
        assert finding.fix.endswith((".", ")")), finding.code
    assert report.valid <= report.cleaned_valid
    if report.valid:
        assert not any(f.severity == "error" for f in report.findings)
    return data


def codes(data: dict[str, object]) -> list[str]:
    findings = data["findings"]
    assert isinstance(findings, list)
    return [f["code"] for f in findings]


# --- valid keys ------------------------------------------------------------------------------------

VALID_IDS = [f"{p}-{v}" for p, v in VALID]


@pytest.mark.parametrize(("ident", "key"), list(VALID.items()), ids=VALID_IDS)
def test_valid_key_is_recognised(ident: tuple[str, str], key: str) -> None:
    provider, variant = ident
    retired = next(f for f in PROVIDERS[provider].formats if f.variant == variant).retirement
    for given in (None, provider):
        data = run(key, given)
        assert (data["provider"], data["variant"]) == (provider, variant)
        if retired and "FORMAT_RETIRED" in codes(data):  # a kind the provider has stopped accepting
            assert data["verdict"] == "invalid"
            continue
        assert data["valid"] is True
        assert data["cleaned_valid"] is True
        assert data["candidates"] == [provider]
        assert data["provider_name"] == PROVIDERS[provider].name
        assert not [c for c in codes(data) if FINDINGS_BY_CODE[c].severity == "error"]
        assert_no_leak(key, json.dumps(data, ensure_ascii=False))


def test_every_api_key_format_has_a_valid_case() -> None:
    """Every kind of API key whose length a source states; the others are never "valid" (test_heldout)."""
    formats = {
        (p.id, f.variant)
        for p in PROVIDERS.values()
        for f in p.formats
        if f.is_api_key and (f.length_stated or f.structure in PROVES_WHOLE)
    }
    assert formats == set(VALID) | set(CONTEXTUAL)


@pytest.mark.parametrize("ident", list(CONTEXTUAL), ids=[f"{p}-{v}" for p, v in CONTEXTUAL])
def test_prefixless_shapes_need_the_provider(ident: tuple[str, str]) -> None:
    provider, variant = ident
    key = CONTEXTUAL[ident]
    alone = run(key)
    assert alone["provider"] is None
    assert alone["valid"] is False
    assert provider in alone["candidates"]  # type: ignore[operator]
    assert "AMBIGUOUS_FORMAT" in codes(alone)
    told = run(key, provider)
    assert (told["provider"], told["variant"], told["valid"]) == (provider, variant, True)


def test_32_hex_lists_every_candidate() -> None:
    data = run(CONTEXTUAL[("azure_openai", "legacy")])
    assert data["candidates"] == ["azure_openai", "mistral", "elevenlabs"]


def test_provider_from_variable_name_decides_a_shared_shape() -> None:
    data = run("ELEVENLABS_API_KEY=" + CONTEXTUAL[("elevenlabs", "legacy")])
    assert (data["provider"], data["cleaned_valid"]) == ("elevenlabs", True)
    assert codes(data) == ["ENV_ASSIGNMENT", "CONTEXT_USED"]


# --- paste mistakes --------------------------------------------------------------------------------

PASTE: list[tuple[str, Callable[[str], str], list[str]]] = [
    ("trailing-newline", lambda k: k + "\n", ["WHITESPACE_AROUND"]),
    ("crlf", lambda k: k + "\r\n", ["WHITESPACE_AROUND"]),
    ("spaces-around", lambda k: "  " + k + " ", ["WHITESPACE_AROUND"]),
    ("double-quotes", lambda k: '"' + k + '"', ["QUOTES_AROUND"]),
    ("single-quotes", lambda k: "'" + k + "'", ["QUOTES_AROUND"]),
    ("backticks", lambda k: "`" + k + "`", ["QUOTES_AROUND"]),
    ("smart-quotes", lambda k: "\u201c" + k + "\u201d", ["QUOTES_AROUND"]),
    ("one-quote", lambda k: k + '"', ["QUOTES_AROUND"]),
    ("bearer", lambda k: "Bearer " + k, ["AUTH_HEADER"]),
    ("authorization", lambda k: "Authorization: Bearer " + k, ["AUTH_HEADER"]),
    ("x-api-key", lambda k: "x-api-key: " + k, ["AUTH_HEADER"]),
    ("env-line", lambda k: "MY_API_KEY=" + k, ["ENV_ASSIGNMENT"]),
    ("export-line", lambda k: "export MY_TOKEN=" + k + "\n", ["WHITESPACE_AROUND", "ENV_ASSIGNMENT"]),
    ("quoted-env", lambda k: "API_KEY='" + k + "'", ["ENV_ASSIGNMENT", "QUOTES_AROUND"]),
    ("json-pair", lambda k: '"api_key": "' + k + '",', ["ENV_ASSIGNMENT", "QUOTES_AROUND", "TRAILING_PUNCTUATION"]),
    ("zero-width", lambda k: k[:21] + "\u200b" + k[21:], ["INVISIBLE_CHARACTER"]),
    ("bom", lambda k: "\ufeff" + k, ["INVISIBLE_CHARACTER"]),
    ("soft-hyphen", lambda k: k[:30] + "\u00ad" + k[30:], ["INVISIBLE_CHARACTER"]),
    ("rtl-override", lambda k: k[:12] + "\u202e" + k[12:], ["INVISIBLE_CHARACTER"]),
    ("bell", lambda k: k[:12] + "\x07" + k[12:], ["INVISIBLE_CHARACTER"]),
    ("line-break-inside", lambda k: k[:40] + "\n" + k[40:], ["LINE_BREAK_INSIDE"]),
    ("space-inside", lambda k: k[:40] + " " + k[40:], ["SPACE_INSIDE"]),
    ("nbsp-inside", lambda k: k[:40] + "\u00a0" + k[40:], ["SPACE_INSIDE"]),
    ("layered", lambda k: ' "Bearer ' + k + '"\n', ["WHITESPACE_AROUND", "AUTH_HEADER", "QUOTES_AROUND"]),
]

BASES = {"openai": PROJECT, "anthropic": ANTHROPIC, "groq": GROQ}


@pytest.mark.parametrize(("name", "mangle", "expected"), PASTE, ids=[p[0] for p in PASTE])
@pytest.mark.parametrize("provider", list(BASES))
def test_paste_mistake_is_named_and_fixable(
    name: str, mangle: Callable[[str], str], expected: list[str], provider: str
) -> None:
    key = BASES[provider]
    data = run(mangle(key))
    assert sorted(codes(data)) == sorted(expected)
    assert (data["provider"], data["valid"], data["cleaned_valid"]) == (provider, False, True)
    assert all(code in FIXABLE for code in expected)
    assert_no_leak(key, json.dumps(data, ensure_ascii=False))


def test_invisible_character_is_named_with_its_position() -> None:
    data = run(PROJECT[:21] + "\u200b" + PROJECT[21:])
    message = data["findings"][0]["message"]  # type: ignore[index]
    assert "U+200B ZERO WIDTH SPACE at position 22" in message


CONFUSABLES = [
    ("cyrillic-a", "\u0430", "a", "U+0430 CYRILLIC SMALL LETTER A"),
    ("greek-omicron", "\u03bf", "o", "U+03BF GREEK SMALL LETTER OMICRON"),
    ("en-dash", "\u2013", "-", "U+2013 EN DASH"),
    ("fullwidth-digit", "\uff17", "7", "U+FF17 FULLWIDTH DIGIT SEVEN"),
]


@pytest.mark.parametrize(("name", "fake", "real", "label"), CONFUSABLES, ids=[c[0] for c in CONFUSABLES])
def test_look_alike_character(name: str, fake: str, real: str, label: str) -> None:
    key = PROJECT[:30] + real + PROJECT[31:]
    data = run(key[:30] + fake + key[31:])
    assert codes(data) == ["CONFUSABLE_CHARACTER"]
    assert f"{label} at position 31 looks like '{real}'" in data["findings"][0]["message"]  # type: ignore[index]
    assert data["cleaned_valid"] is True
    assert data["valid"] is False


# --- structure -------------------------------------------------------------------------------------

STRUCTURE: list[tuple[str, str, str | None, list[str], str | None]] = [
    # (id, text, provider given, expected codes, detected provider)
    ("openai-cut-off", PROJECT[:120], None, ["TOO_SHORT"], "openai"),
    ("openai-extra", PROJECT + "xyz", None, ["TOO_LONG"], "openai"),
    ("openai-no-marker", PROJECT.replace(OPENAI_MARKER, "Q" + OPENAI_MARKER[1:]), None, ["MISSING_MARKER"], "openai"),
    (
        "openai-marker-off-centre",
        PROJECT[:20] + PROJECT[21:] + "Q",
        None,
        ["MARKER_MISPLACED"],
        "openai",
    ),
    ("openai-bad-char", PROJECT[:50] + "." + PROJECT[51:], None, ["INVALID_CHARACTERS"], "openai"),
    ("openai-accent", PROJECT[:50] + "\u00e9" + PROJECT[51:], None, ["INVALID_CHARACTERS"], "openai"),
    ("openai-upper-case", PROJECT.upper(), None, ["PREFIX_CASE"], "openai"),
    # Another separator in the prefix: the prefix fits only once put right, which outranks ElevenLabs' sk_.
    ("openai-underscore-prefix", "sk_proj_" + PROJECT[8:], None, ["PREFIX_SEPARATOR"], "openai"),
    ("anthropic-underscores", "sk_ant_api03_" + ANTHROPIC[13:], None, ["PREFIX_SEPARATOR"], "anthropic"),
    ("groq-dash", "gsk-" + GROQ[4:], "groq", ["PREFIX_SEPARATOR"], "groq"),
    # sk- and 48 characters without T3BlbkFJ is the shape of a Moonshot key, which needs its provider named.
    ("legacy-no-marker", "sk-" + fill(48, ALNUM, 3), None, ["AMBIGUOUS_FORMAT"], None),
    ("anthropic-cut-off", ANTHROPIC[:-30], None, ["TOO_SHORT", "MISSING_MARKER"], "anthropic"),
    ("anthropic-no-aa", ANTHROPIC[:-2] + "Ab", None, ["MISSING_MARKER"], "anthropic"),
    ("gemini-short", GEMINI[:-1], None, ["TOO_SHORT"], "google"),
    ("gemini-in-upper", GEMINI.upper(), None, ["PREFIX_CASE"], "google"),
    ("groq-far-too-long", GROQ + fill(20, ALNUM), None, ["TOO_LONG"], "groq"),
    ("openrouter-upper-hex", OPENROUTER[:9] + OPENROUTER[9:].upper(), None, ["INVALID_CHARACTERS"], "openrouter"),
    ("mistral-short", fill(31, ALNUM, 4), "mistral", ["TOO_SHORT"], "mistral"),
    ("mistral-symbol", fill(31, ALNUM, 4) + "!", "mistral", ["INVALID_CHARACTERS"], "mistral"),
    ("pinecone-uuid-no-dashes", fill(36, HEX, 4), "pinecone", ["MARKER_MISPLACED"], "pinecone"),
    ("pinecone-uuid-symbol", uuid(4)[:-1] + "!", "pinecone", ["INVALID_CHARACTERS"], "pinecone"),
    (
        "langsmith-no-separator",
        "lsv2_pt_" + fill(43, HEX),
        None,
        ["MARKER_MISPLACED"],
        "langsmith",
    ),
    (
        "azure-no-signature",
        VALID[("azure_openai", "identifiable")][:52] + "QQQQ99" + VALID[("azure_openai", "identifiable")][58:],
        "azure_openai",
        ["MISSING_MARKER"],
        "azure_openai",
    ),
]


@pytest.mark.parametrize(("name", "text", "given", "expected", "detected"), STRUCTURE, ids=[s[0] for s in STRUCTURE])
def test_structure_problem(name: str, text: str, given: str | None, expected: list[str], detected: str | None) -> None:
    data = run(text, given)
    assert codes(data) == expected
    assert data["provider"] == detected
    assert data["valid"] is False
    assert data["cleaned_valid"] is False
    assert_no_leak(text, json.dumps(data, ensure_ascii=False))


def test_too_short_counts_the_missing_characters() -> None:
    data = run(ANTHROPIC[:-30])
    assert "30 characters are missing" in data["findings"][0]["message"]  # type: ignore[index]


# --- where the sources disagree: "cannot tell", never "valid" -------------------------------------

UNCERTAIN: list[tuple[str, str, str | None, list[str], str]] = [
    ("hf-with-digits", "hf_" + fill(34, ALNUM, 2), None, ["CHARACTERS_UNUSUAL"], "huggingface"),
    ("deepseek-non-hex", "sk-" + fill(32, LOWER_ALNUM, 2), "deepseek", ["CHARACTERS_UNUSUAL"], "deepseek"),
    ("xai-dash", "xai-" + fill(40, ALNUM, 2) + "-" + fill(39, ALNUM, 3), None, ["CHARACTERS_UNUSUAL"], "xai"),
    (
        "gemini-auth-other",
        "AQ." + fill(50, B64URL, 2),
        None,
        ["FORMAT_NOT_DOCUMENTED", "FORMAT_UNCERTAIN", "AUTH_KEY_HEADER"],
        "google",
    ),
    ("cerebras-upper", "csk-" + fill(48, ALNUM, 2), None, ["CHARACTERS_UNUSUAL"], "cerebras"),
    (
        "openai-project-56",
        "sk-proj-" + fill(20, ALNUM, 2) + OPENAI_MARKER + fill(20, ALNUM, 3),
        None,
        ["LENGTH_UNUSUAL"],
        "openai",
    ),
    (
        "openai-svcacct-111",
        "sk-svcacct-" + fill(46, ALNUM, 2) + OPENAI_MARKER + fill(46, ALNUM, 3),
        None,
        ["LENGTH_UNUSUAL"],
        "openai",
    ),
]


@pytest.mark.parametrize(("name", "text", "given", "expected", "detected"), UNCERTAIN, ids=[u[0] for u in UNCERTAIN])
def test_disputed_shape_cannot_tell(
    name: str, text: str, given: str | None, expected: list[str], detected: str
) -> None:
    data = run(text, given)
    assert codes(data) == expected
    assert (data["provider"], data["verdict"], data["valid"]) == (detected, "cannot_tell", False)
    assert (data["cleaned_verdict"], data["cleaned_valid"]) == ("cannot_tell", False)


def test_disputed_length_names_the_sources_on_each_side() -> None:
    message = run(UNCERTAIN[-1][1])["findings"][0]["message"]  # type: ignore[index]
    # Only trufflehog accepts 111 (46 + 46); betterleaks' extra length for these keys is 59 (20 + 20).
    assert "trufflehog accepts OpenAI service account keys of this length" in message
    assert "while gitleaks and betterleaks expect 167 or 135 characters" in message


# Where every exact rule and every sample agree on one length, a scanner's looser range is a tolerance,
# not a second opinion: another length is an error, "probably cut when copied".
CONSENSUS: list[tuple[str, str, list[str], str]] = [
    ("xai-100", "xai-" + fill(96, ALNUM, 2), ["TOO_LONG"], "xai"),
    ("xai-8-short", "xai-" + fill(72, ALNUM, 2), ["TOO_SHORT"], "xai"),
    ("gemini-auth-60", GEMINI_AUTH + fill(51, B64URL, 2), ["TOO_LONG"], "google"),
    ("gemini-auth-52", GEMINI_AUTH + fill(43, B64URL, 2), ["TOO_SHORT"], "google"),
    ("fireworks-32", "fw_" + fill(29, ALNUM, 2), ["TOO_LONG"], "fireworks"),
    ("fireworks-26", "fw_" + fill(23, ALNUM, 2), ["TOO_SHORT"], "fireworks"),
    ("groq-58", GROQ + "Zq", ["TOO_LONG"], "groq"),
    ("groq-55", GROQ[:-1], ["TOO_SHORT"], "groq"),
    ("nvidia-69", "nvapi-" + fill(63, B64URL, 2), ["TOO_SHORT"], "nvidia"),
]


@pytest.mark.parametrize(("name", "text", "expected", "detected"), CONSENSUS, ids=[c[0] for c in CONSENSUS])
def test_length_the_sources_agree_on_is_required(name: str, text: str, expected: list[str], detected: str) -> None:
    data = run(text)
    assert codes(data)[: len(expected)] == expected
    assert (data["provider"], data["verdict"], data["valid"]) == (detected, "invalid", False)
    assert "probably cut off" in data["findings"][0]["message"] or "pasted together" in data["findings"][0]["message"]  # type: ignore[index]


# --- not a key -------------------------------------------------------------------------------------

NOT_KEYS: list[tuple[str, str, list[str], str | None]] = [
    ("empty", "", ["EMPTY"], None),
    ("only-spaces", " \n\t", ["EMPTY"], None),
    ("only-quotes", '""', ["EMPTY"], None),
    ("env-without-value", "OPENAI_API_KEY=", ["EMPTY"], None),
    ("dashboard-dots", "sk-..." + PROJECT[-4:], ["MASKED_KEY"], None),
    ("dashboard-ellipsis", "sk-proj-\u2026" + PROJECT[-4:], ["MASKED_KEY"], "openai"),
    ("dashboard-stars", "sk-ant-api03-****" + ANTHROPIC[-4:], ["MASKED_KEY"], "anthropic"),
    ("your-api-key", "YOUR_API_KEY", ["PLACEHOLDER"], None),
    ("key-here", "sk-proj-your-key-here", ["PLACEHOLDER"], None),
    ("angle-brackets", "<your key>", ["PLACEHOLDER"], None),
    ("template", "${OPENAI_API_KEY}", ["PLACEHOLDER"], None),
    ("shell-var", "$OPENAI_API_KEY", ["PLACEHOLDER"], None),
    ("all-x", "sk-proj-" + "x" * 74 + OPENAI_MARKER + "x" * 74, ["PLACEHOLDER"], "openai"),
    ("gemini-sequence", "AIza" + "Sy" + "abcdefghijklmnopqrstuvwxyz" + fill(7, ALNUM), ["PLACEHOLDER"], "google"),
    ("org-id", "org-" + fill(24, ALNUM), ["ID_NOT_KEY"], None),
    ("project-id", "proj_" + fill(24, ALNUM), ["ID_NOT_KEY"], None),
    ("url", "https://api.openai.com/v1/models", ["URL_NOT_KEY"], None),
    # The key is taken out of the address and judged (tests/checker/test_key_in_url.py): a retired AIza key.
    ("url-with-key", "https://example.com/v1?key=" + GEMINI, ["TEXT_AROUND_KEY", "FORMAT_RETIRED"], "google"),
    ("url-with-key-elsewhere", "https://example.com/v1/" + GEMINI + "/x", ["URL_NOT_KEY", "KEY_FOUND_IN_TEXT"], None),
    ("sentence", "You are a helpful assistant", ["SENTENCE_NOT_KEY"], None),
    ("sentence-with-placeholder-words", "I do not know where my key is", ["SENTENCE_NOT_KEY"], None),
    ("sentence-about-the-key", "Here is my api key", ["SENTENCE_NOT_KEY"], None),
    ("sentence-full-stop", "You are a helpful assistant.", ["SENTENCE_NOT_KEY"], None),
    ("two-keys-in-json", '{"openai": "' + PROJECT + '", "anthropic": "' + ANTHROPIC + '"}', ["MULTIPLE_KEYS"], None),
    ("two-keys", PROJECT + "\n" + ANTHROPIC, ["MULTIPLE_KEYS"], None),
    ("session-cookie", anthropic("sid01"), ["NOT_AN_API_KEY"], "anthropic"),
    ("claude-code-oauth", anthropic("oat01"), ["NOT_AN_API_KEY"], "anthropic"),
    ("claude-code-refresh", anthropic("ort01"), ["NOT_AN_API_KEY"], "anthropic"),
    ("langfuse-public", "pk-lf-" + uuid(3), ["NOT_AN_API_KEY"], "langfuse"),
    ("random-word", "hunter2", ["UNKNOWN_FORMAT"], None),
    ("huge", "a" * (MAX_INPUT + 1), ["INPUT_TOO_LONG"], None),
    ("huge-with-key", "log: " + PROJECT + " " + "z" * MAX_INPUT, ["INPUT_TOO_LONG", "KEY_FOUND_IN_TEXT"], None),
]


@pytest.mark.parametrize(("name", "text", "expected", "provider"), NOT_KEYS, ids=[n[0] for n in NOT_KEYS])
def test_not_a_key(name: str, text: str, expected: list[str], provider: str | None) -> None:
    data = run(text)
    assert codes(data) == expected
    assert data["provider"] == provider
    assert data["valid"] is False
    assert data["cleaned_valid"] is False
    assert data["variant"] is None or provider is not None
    for key in (PROJECT, ANTHROPIC, GEMINI):
        assert_no_leak(key, json.dumps(data, ensure_ascii=False))


# A real key pasted with the code, JSON, shell line or sentence around it is found and judged: words
# such as "api_key", "here" or angle brackets around it must not turn it into a "placeholder".
KEY_IN_CONTEXT: list[tuple[str, str, list[str], str, bool]] = [
    ("python-call", 'client = OpenAI(api_key="' + PROJECT + '")', ["TEXT_AROUND_KEY"], "openai", True),
    ("json-field", '{"api_key": "' + PROJECT + '"}', ["TEXT_AROUND_KEY"], "openai", True),
    ("after-here", "here: " + ANTHROPIC, ["TEXT_AROUND_KEY"], "anthropic", True),
    ("angle-brackets", "<" + PROJECT + ">", ["TEXT_AROUND_KEY"], "openai", True),
    ("sentence-full-stop", "My key is " + PROJECT + ".", ["TEXT_AROUND_KEY"], "openai", True),
    ("windows-setx", 'setx OPENAI_API_KEY "' + PROJECT + '"', ["ENV_ASSIGNMENT", "QUOTES_AROUND"], "openai", True),
    (
        "powershell-env",
        '$env:ANTHROPIC_API_KEY = "' + ANTHROPIC + '"',
        ["ENV_ASSIGNMENT", "QUOTES_AROUND"],
        "anthropic",
        True,
    ),
    ("full-stop-after-key", PROJECT + ".", ["TRAILING_PUNCTUATION"], "openai", True),
]


@pytest.mark.parametrize(
    ("name", "text", "expected", "provider", "cleaned"), KEY_IN_CONTEXT, ids=[k[0] for k in KEY_IN_CONTEXT]
)
def test_key_inside_code_or_prose_is_found(
    name: str, text: str, expected: list[str], provider: str, cleaned: bool
) -> None:
    data = run(text)
    assert codes(data) == expected
    assert data["provider"] == provider
    assert data["cleaned_valid"] is cleaned
    for key in (PROJECT, ANTHROPIC):
        assert_no_leak(key, json.dumps(data, ensure_ascii=False))


@pytest.mark.parametrize(
    ("today", "code", "verdict", "said"),
    [
        ("2026-06-01", "STANDARD_KEY_RETIRING", "valid", "From 19 June 2026 the Gemini API will reject"),
        ("2026-07-01", "STANDARD_KEY_RETIRING", "valid", "Since 19 June 2026 the Gemini API rejects"),
        ("2026-11-29", "FORMAT_RETIRED", "invalid", "Google set September 2026 (the month, no day)"),
    ],
    ids=["before-june", "after-june", "after-september"],
)
def test_gemini_standard_key_follows_the_scheduled_changes(
    monkeypatch: pytest.MonkeyPatch, today: str, code: str, verdict: str, said: str
) -> None:
    monkeypatch.setattr("checker.engine._today", lambda: today)
    data = run(GEMINI)
    assert codes(data) == [code]
    assert data["verdict"] == verdict
    finding = data["findings"][0]  # type: ignore[index]
    assert said in finding["message"]
    assert "https://ai.google.dev/gemini-api/docs/api-key" in finding["message"]
    assert finding["fix"].startswith(f"Create a new key at {PROVIDERS['google'].console_url}.")
    assert "auth key (AQ.…)" in finding["fix"]


def test_retirement_facts_live_in_the_provider_data() -> None:
    google = PROVIDERS["google"]
    standard = next(f for f in google.formats if f.variant == "standard")
    changes = {c.id: c for c in google.changes}
    assert [changes[i].effective for i in standard.retirement] == ["2026-06-19", "2026-09-01"]


# --- provider= -------------------------------------------------------------------------------------

MISMATCH: list[tuple[str, str, str, str]] = [
    ("openrouter-as-openai", OPENROUTER, "openai", "openrouter"),
    ("anthropic-as-openai", ANTHROPIC, "openai", "anthropic"),
    ("gemini-as-openai", GEMINI, "openai", "google"),
    ("openai-as-anthropic", PROJECT, "anthropic", "openai"),
    ("openai-as-gemini", PROJECT, "google", "openai"),
    ("deepseek-shape-as-openai", CONTEXTUAL[("deepseek", "standard")], "openai", "deepseek"),
    ("openai-legacy-as-deepseek", VALID[("openai", "legacy")], "deepseek", "openai"),
    ("groq-as-xai", GROQ, "xai", "groq"),
    ("cut-anthropic-as-openai", ANTHROPIC[:60], "openai", "anthropic"),
]


@pytest.mark.parametrize(("name", "text", "given", "actual"), MISMATCH, ids=[m[0] for m in MISMATCH])
def test_key_of_another_provider(name: str, text: str, given: str, actual: str) -> None:
    data = run(text, given)
    assert codes(data)[0] == "PROVIDER_MISMATCH"
    # A shape several providers share names them all and settles on none of them.
    assert data["provider"] == (actual if len(data["candidates"]) == 1 else None)  # type: ignore[arg-type]
    assert actual in data["candidates"]  # type: ignore[operator]
    assert data["valid"] is False
    assert data["cleaned_valid"] is False
    message = data["findings"][0]["message"]  # type: ignore[index]
    assert PROVIDERS[actual].name in message
    assert PROVIDERS[given].name in message


def test_openrouter_mismatch_explains_the_base_url() -> None:
    data = run(OPENROUTER, "openai")
    assert "https://openrouter.ai/api/v1" in data["findings"][0]["message"]  # type: ignore[index]


def test_env_name_counts_as_the_provider() -> None:
    data = run("OPENAI_API_KEY=" + OPENROUTER)
    assert codes(data) == ["ENV_ASSIGNMENT", "PROVIDER_MISMATCH"]


def test_unknown_provider_id_is_a_warning_not_a_crash() -> None:
    data = run(PROJECT, "no-such-provider")
    assert codes(data) == ["UNKNOWN_PROVIDER"]
    assert data["valid"] is True


def test_provider_id_is_normalised() -> None:
    assert run(PROJECT, " OpenAI ")["valid"] is True


def test_key_that_does_not_look_like_the_provider() -> None:
    data = run("zz" + fill(40, ALNUM), "openai")
    assert codes(data) == ["NOT_PROVIDER_FORMAT"]
    assert "'sk-proj-'" in data["findings"][0]["message"]  # type: ignore[index]


# --- masking ---------------------------------------------------------------------------------------


def test_masked_shows_prefix_and_last_four_only() -> None:
    assert run(PROJECT)["masked"] == "sk-proj-\u2026" + PROJECT[-4:]
    assert run(ANTHROPIC)["masked"] == "sk-ant-api03-\u2026" + ANTHROPIC[-4:]


@pytest.mark.parametrize("length", [1, 5, 12, 20, 23], ids=lambda n: f"secret-{n}")
def test_short_text_shows_no_tail(length: int) -> None:
    text = "gsk_" + fill(length, ALNUM, 9)
    masked = run(text)["masked"]
    assert masked == "gsk_\u2026"


def test_fixed_paste_mistakes_do_not_change_the_masked_form() -> None:
    assert run('"' + PROJECT + '"\n')["masked"] == run(PROJECT)["masked"]


# --- the finding table -----------------------------------------------------------------------------


def test_finding_codes_are_unique_and_well_formed() -> None:
    all_codes = [f.code for f in FINDINGS]
    assert len(all_codes) == len(set(all_codes))
    assert all(code.isupper() and " " not in code for code in all_codes)
    assert set(all_codes) >= FIXABLE
    assert all(f.severity in ("error", "warning", "info") for f in FINDINGS)


def all_cases() -> list[tuple[str, str | None]]:
    """Every (text, provider) pair of the tables above: the Pyodide parity test reuses them."""
    cases: list[tuple[str, str | None]] = []
    for (provider, _), key in {**VALID, **CONTEXTUAL}.items():
        cases += [(key, None), (key, provider)]
    cases += [(mangle(key), None) for _, mangle, _ in PASTE for key in BASES.values()]
    cases += [(PROJECT[:30] + fake + PROJECT[31:], None) for _, fake, _, _ in CONFUSABLES]
    cases += [(text, given) for _, text, given, _, _ in STRUCTURE + UNCERTAIN]
    cases += [(text, None) for _, text, _, _ in CONSENSUS]
    from .test_verdict import PLACEHOLDERS, SHARED  # imported here: that module imports this one

    cases += [(text, chosen) for _, text, chosen, _ in SHARED]
    from .test_pastefix import PASTE_CASES

    cases += [(text, None) for text in PASTE_CASES]
    cases += [(text, None) for _, text in PLACEHOLDERS]
    cases += [(text, None) for _, text, _, _ in NOT_KEYS]
    cases += [(text, given) for _, text, given, _ in MISMATCH]
    cases += [
        ("ELEVENLABS_API_KEY=" + CONTEXTUAL[("elevenlabs", "legacy")], None),
        (PROJECT, "no-such-provider"),
        ("zz" + fill(40, ALNUM), "openai"),
    ]
    return cases


def test_every_finding_code_is_exercised_by_a_case() -> None:
    seen = {f.code for text, given in all_cases() for f in diagnose(text, given).findings}
    # Only given before a scheduled change's date: test_gemini_standard_key_follows_the_scheduled_changes.
    dated = {"STANDARD_KEY_RETIRING"}
    assert {f.code for f in FINDINGS} - seen - dated == set()


@pytest.mark.parametrize(
    ("wrap", "pronoun"),
    [(lambda k: "  " + k + " ", "them"), (lambda k: k + "\n", "it")],
    ids=["spaces", "line-break"],
)
def test_whitespace_wording_agrees_with_what_was_found(wrap: Callable[[str], str], pronoun: str) -> None:
    finding = next(f for f in diagnose(wrap(PROJECT)).findings if f.code == "WHITESPACE_AROUND")
    assert f"send {pronoun} along" in finding.message
    assert finding.fix.startswith(f"Remove {pronoun}.")


@pytest.mark.parametrize(
    ("prefix", "quoted"),
    [("Authorization: Bearer ", "'Authorization: Bearer'"), ("x-api-key: ", "'x-api-key:'"), ("Bearer ", "'Bearer'")],
)
def test_auth_header_finding_quotes_the_header_as_written(prefix: str, quoted: str) -> None:
    report = diagnose(prefix + PROJECT)
    assert [f.code for f in report.findings] == ["AUTH_HEADER"]
    assert quoted in report.findings[0].message
    assert quoted in report.findings[0].fix
