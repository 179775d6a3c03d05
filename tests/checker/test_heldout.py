"""Held-out cases: a key of every documented kind, built from its parts (keys.BUILD), then damaged the ways
keys get damaged. A verdict of "valid" must hold only for the key as issued (or once a paste mistake the
checker undoes is undone); every other mutation breaks a stated constraint and must not be called valid.

The tables pin the defects these cases found: a long-term Bedrock key cut by a whole base64 group of 4
passed as valid, and an OpenAI admin key of 165 characters (74 on each side of the marker, which gitleaks'
and betterleaks' rule accepts) was called invalid on a length only one scanner states.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from checker import PROVIDERS, KeyFormat, diagnose
from checker.matching import PROVES_WHOLE

from .keys import B64URL, BUILD, BUILD_CONTEXTUAL, bedrock_long, fill, openai

SEED = 41  # not a seed the other tests use: these keys are new to the checker

# Kinds whose key, as issued, gets another verdict than "valid", and why.
NOT_VALID_AS_ISSUED = {
    ("google", "standard"): "invalid",  # Gemini refuses standard keys since September 2026 (FORMAT_RETIRED)
}


def _case_swapped(key: str, prefix: str) -> str:
    swapped = prefix.swapcase()
    return swapped + key[len(prefix) :]


# Damage that leaves no whole key: the verdict may be invalid or cannot_tell, never valid.
BREAKING: dict[str, Callable[[str], str]] = {
    "cut_1": lambda key: key[:-1],
    "cut_4": lambda key: key[:-4],
    "cut_8": lambda key: key[:-8],
    "cut_half": lambda key: key[: len(key) // 2],
    "one_extra": lambda key: key + ("Q" if key[-1] != "Q" else "R"),
    "outside_alphabet_end": lambda key: key[:-3] + "!" + key[-2:],
    "outside_alphabet_middle": lambda key: key[: len(key) // 2] + "#" + key[len(key) // 2 + 1 :],
}

# Paste mistakes the checker undoes: as pasted "invalid", once cleaned the key's own verdict.
WRAPPING: dict[str, Callable[[str], str]] = {
    "spaces_and_newline": lambda key: f"  {key}\n",
    "double_quotes": lambda key: f'"{key}"',
    "single_quotes": lambda key: f"'{key}'",
    "bearer": lambda key: "Bearer " + key,
    "header": lambda key: "Authorization: Bearer " + key,
}

PREFIXED = [(ident, build) for ident, build in BUILD.items()]
ALL_KINDS = [*PREFIXED, *BUILD_CONTEXTUAL.items()]


def _fmt(provider: str, variant: str) -> KeyFormat:
    return next(f for f in PROVIDERS[provider].formats if f.variant == variant)


def _given(ident: tuple[str, str]) -> list[str | None]:
    """Prefixed kinds are judged with and without the provider; prefix-less shapes only with it."""
    return [ident[0]] if ident in BUILD_CONTEXTUAL else [None, ident[0]]


@pytest.mark.parametrize(("ident", "build"), ALL_KINDS, ids=[f"{p}-{v}" for (p, v), _ in ALL_KINDS])
def test_the_key_as_issued(ident: tuple[str, str], build: Callable[[int], str]) -> None:
    key = build(SEED)
    for given in _given(ident):
        report = diagnose(key, given)
        assert (report.provider, report.variant) == ident
        assert report.verdict == NOT_VALID_AS_ISSUED.get(ident, "valid"), [f.code for f in report.findings]


BREAK_CASES = [(ident, build, name) for ident, build in ALL_KINDS for name in BREAKING]


@pytest.mark.parametrize(
    ("ident", "build", "mutation"), BREAK_CASES, ids=[f"{p}-{v}-{m}" for (p, v), _, m in BREAK_CASES]
)
def test_a_damaged_key_is_never_valid(ident: tuple[str, str], build: Callable[[int], str], mutation: str) -> None:
    key = build(SEED)
    text = BREAKING[mutation](key)
    for given in _given(ident):
        report = diagnose(text, given)
        codes = [f.code for f in report.findings]
        assert report.verdict != "valid", codes
        assert report.findings, "a verdict other than valid says why"
        if key.endswith("=") and mutation == "one_extra":
            # Base64 padding ends the key: the character after it is text around a whole key, taken off.
            assert "TEXT_AROUND_KEY" in codes
            continue
        assert report.cleaned_verdict != "valid", codes


WRAP_CASES = [(ident, build, name) for ident, build in ALL_KINDS for name in WRAPPING]


@pytest.mark.parametrize(
    ("ident", "build", "mutation"), WRAP_CASES, ids=[f"{p}-{v}-{m}" for (p, v), _, m in WRAP_CASES]
)
def test_a_wrapped_key_is_judged_as_the_key(ident: tuple[str, str], build: Callable[[int], str], mutation: str) -> None:
    key = build(SEED)
    for given in _given(ident):
        report = diagnose(WRAPPING[mutation](key), given)
        assert report.verdict == "invalid"
        assert report.cleaned_verdict == NOT_VALID_AS_ISSUED.get(ident, "valid"), [f.code for f in report.findings]
        assert (report.provider, report.variant) == ident


CASE_CASES = [(ident, build) for ident, build in PREFIXED if _fmt(*ident).prefix.swapcase() != _fmt(*ident).prefix]


@pytest.mark.parametrize(("ident", "build"), CASE_CASES, ids=[f"{p}-{v}" for (p, v), _ in CASE_CASES])
def test_a_prefix_in_the_wrong_case_is_named(ident: tuple[str, str], build: Callable[[int], str]) -> None:
    fmt = _fmt(*ident)
    text = _case_swapped(build(SEED), fmt.prefix)
    for given in _given(ident):
        report = diagnose(text, given)
        assert report.verdict == "invalid"
        assert report.cleaned_verdict == "invalid"
        assert report.provider == ident[0]
        assert "PREFIX_CASE" in [f.code for f in report.findings]


# --- OpenAI admin keys: 133 is what trufflehog states and every sample has; gitleaks' and betterleaks' rule
# also takes 74 on each side (165), betterleaks 20 (57). Those lengths are disputed, not wrong.

ADMIN: list[tuple[str, str, str, str]] = [
    # (case, text, verdict, the sources the message names as accepting it)
    ("58+58", openai("admin", 58, SEED), "valid", ""),
    ("74+74", openai("admin", 74, SEED), "cannot_tell", "gitleaks and betterleaks accept"),
    ("20+20", openai("admin", 20, SEED, alphabet="abcdefghkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
     "cannot_tell", "betterleaks accepts"),
    ("74+74 cut by 1", openai("admin", 74, SEED)[:-1], "invalid", ""),
    ("58+58 plus 1", openai("admin", 58, SEED) + "Q", "invalid", ""),
]


@pytest.mark.parametrize(("case", "text", "verdict", "named"), ADMIN, ids=[c[0] for c in ADMIN])
def test_openai_admin_lengths(case: str, text: str, verdict: str, named: str) -> None:
    for given in (None, "openai"):
        report = diagnose(text, given)
        assert (report.provider, report.variant, report.verdict) == ("openai", "admin", verdict)
        if named:
            (length,) = [f for f in report.findings if f.code == "LENGTH_UNUSUAL"]
            assert named + " OpenAI admin keys of this length" in length.message
            assert "while trufflehog expects 133 characters" in length.message


def test_anthropic_admin_keys_keep_their_one_length() -> None:
    """Every scanner with an exact rule states 110 (93 characters and AA after sk-ant-admin01-); nothing
    states 165, so a 165-character text is not an Anthropic admin key as issued."""
    fmt = _fmt("anthropic", "admin")
    assert fmt.lengths == (110,)
    assert all("kingfisher" not in s.url for s in fmt.length_sources)  # a range of 92-96, no AA: no length
    key = BUILD[("anthropic", "admin")](SEED)
    report = diagnose(key[:-2] + key[15:70] + "AA")
    assert (report.provider, report.verdict) == ("anthropic", "invalid")
    assert "TOO_LONG" in [f.code for f in report.findings]


# --- Bedrock long-term keys: ABSK and base64 of '<IAM user>-at-<account>:<secret>'. Cut by whole groups
# of 4, the base64 stays well formed; only the decoded secret shows the cut.

BEDROCK_CUTS = [(seed, cut) for seed in (SEED, SEED + 1) for cut in (4, 8, 12, 16, 24, 36)]


@pytest.mark.parametrize(("seed", "cut"), BEDROCK_CUTS, ids=[f"{s}-{c}" for s, c in BEDROCK_CUTS])
def test_a_bedrock_key_cut_by_whole_groups_is_not_valid(seed: int, cut: int) -> None:
    key = bedrock_long(seed)
    assert diagnose(key).verdict == "valid"
    for given in (None, "aws_bedrock"):
        report = diagnose(key[:-cut], given)
        assert (report.provider, report.variant) == ("aws_bedrock", "long_term")
        assert report.verdict != "valid"
        codes = [f.code for f in report.findings]
        assert "FORMAT_NOT_DOCUMENTED" in codes
        message = report.findings[codes.index("FORMAT_NOT_DOCUMENTED")].message
        assert "most likely cut off" in message
        assert key[10:-10] not in message  # no decoded or encoded key material in the message


# --- A separator of the prefix changed ('sk_proj-', 'gsk-', 'bedrock_api_key_'): named as such, for the
# provider whose prefix it is, not taken for another provider's shorter prefix (ElevenLabs' sk_) or for a
# placeholder's words (api_key).

_SWAP = {"-": "_", "_": "-", ".": "-"}


def _separator_changed(key: str, prefix: str) -> str:
    at = next(i for i, ch in enumerate(prefix) if ch in _SWAP)
    return key[:at] + _SWAP[prefix[at]] + key[at + 1 :]


# ElevenLabs' 'sk_' written 'sk-' leaves sk- and 48 hex digits: exactly a Moonshot key's shape.
SEPARATOR_CASES = [
    (ident, build)
    for ident, build in PREFIXED
    if any(ch in _SWAP for ch in _fmt(*ident).prefix) and ident != ("elevenlabs", "standard")
]


@pytest.mark.parametrize(("ident", "build"), SEPARATOR_CASES, ids=[f"{p}-{v}" for (p, v), _ in SEPARATOR_CASES])
def test_a_prefix_with_another_separator_is_named(ident: tuple[str, str], build: Callable[[int], str]) -> None:
    fmt = _fmt(*ident)
    text = _separator_changed(build(SEED), fmt.prefix)
    for given in _given(ident):
        report = diagnose(text, given)
        assert (report.provider, report.variant) == ident
        assert (report.verdict, report.cleaned_verdict) == ("invalid", "invalid")
        assert [f.code for f in report.findings] == ["PREFIX_SEPARATOR"]
        assert f"'{fmt.prefix}'" in report.findings[0].message


def test_a_separator_change_is_not_a_placeholder() -> None:
    key = BUILD[("aws_bedrock", "short_term")](SEED)
    for text in ("bedrock_api_key_" + key[16:], key[:16].upper() + key[16:]):
        report = diagnose(text)
        assert report.provider == "aws_bedrock"
        assert "PLACEHOLDER" not in [f.code for f in report.findings]


# --- Anthropic documents sk-ant-api01- as the Compliance Access Key of Claude Enterprise, and only its
# start. Before, the checker took 'api01' for an unknown version of an API key. Now it names the kind and
# leaves the verdict open at any length; what no key of the family holds is still an error.

COMPLIANCE = "sk-ant-api01-"
COMPLIANCE_CASES: list[tuple[str, str, str, list[str]]] = [
    # (case, text, verdict, codes)
    ("api03-shaped", COMPLIANCE + fill(93, B64URL, SEED) + "AA", "cannot_tell", ["FORMAT_NOT_DOCUMENTED", "ADMIN_KEY"]),
    ("shorter", COMPLIANCE + fill(40, B64URL, SEED), "cannot_tell", ["FORMAT_NOT_DOCUMENTED", "ADMIN_KEY"]),
    ("longer", COMPLIANCE + fill(150, B64URL, SEED), "cannot_tell", ["FORMAT_NOT_DOCUMENTED", "ADMIN_KEY"]),
    ("symbol", COMPLIANCE + fill(60, B64URL, SEED) + "!" + fill(20, B64URL, SEED), "invalid",
     ["FORMAT_NOT_DOCUMENTED", "INVALID_CHARACTERS"]),
]


@pytest.mark.parametrize(("case", "text", "verdict", "codes"), COMPLIANCE_CASES, ids=[c[0] for c in COMPLIANCE_CASES])
def test_a_compliance_access_key_is_named_but_not_judged_whole(
    case: str, text: str, verdict: str, codes: list[str]
) -> None:
    for given in (None, "anthropic"):
        report = diagnose(text, given)
        assert (report.provider, report.variant, report.verdict) == ("anthropic", "compliance", verdict)
        assert [f.code for f in report.findings] == codes
        assert "documents only how they start" in report.findings[0].message


def test_no_format_without_a_stated_length_is_ever_valid() -> None:
    unstated = [
        (p.id, f)
        for p in PROVIDERS.values()
        for f in p.formats
        if not f.length_stated and f.is_api_key and f.structure not in PROVES_WHOLE
    ]
    assert unstated, "the compliance key at least"
    for pid, fmt in unstated:
        lo, hi = fmt.total_length
        for n in (lo, (lo + hi) // 2, hi):
            report = diagnose(fmt.prefix + fill(n - len(fmt.prefix), fmt.chars, SEED), pid)
            assert report.verdict == "cannot_tell", (pid, fmt.variant, n)


# --- A cut key is called cut, not too long: where a format has several lengths and its marker sits in the
# middle, a text without the marker is a longer key cut before it (a shorter key would show its marker);
# and a layout the text ends before (Azure's JQQJ99 at position 53) does not make another format closer.

CUT_KINDS = [(ident, build, cut) for ident, build in ALL_KINDS for cut in ("cut_1", "cut_4", "cut_half")]


@pytest.mark.parametrize(("ident", "build", "cut"), CUT_KINDS, ids=[f"{p}-{v}-{c}" for (p, v), _, c in CUT_KINDS])
def test_a_cut_key_is_never_called_too_long(ident: tuple[str, str], build: Callable[[int], str], cut: str) -> None:
    text = BREAKING[cut](build(SEED))
    report = diagnose(text, ident[0])
    assert "TOO_LONG" not in [f.code for f in report.findings]


CUT_MESSAGES: list[tuple[str, str, str, str, str]] = [
    # (case, text, provider given, variant judged, words of the TOO_SHORT message)
    ("openai-user-half", BUILD[("openai", "user")](SEED)[:82], "openai", "user", "82 characters are missing"),
    ("openai-project-half", BUILD[("openai", "project")](SEED)[:82], "openai", "project", "82 characters are missing"),
    ("openai-project-60", BUILD[("openai", "project")](SEED)[:60], "openai", "project", "72 characters are missing"),
    ("azure-half", BUILD[("azure_openai", "identifiable")](SEED)[:42], "azure_openai", "identifiable", "42 characters"),
]


@pytest.mark.parametrize(("case", "text", "given", "variant", "words"), CUT_MESSAGES, ids=[c[0] for c in CUT_MESSAGES])
def test_how_much_of_a_cut_key_is_missing(case: str, text: str, given: str, variant: str, words: str) -> None:
    report = diagnose(text, given)
    assert (report.provider, report.variant, report.verdict) == (given, variant, "invalid")
    (short,) = [f for f in report.findings if f.code == "TOO_SHORT"]
    assert words in short.message


def test_a_single_source_layout_is_described_where_it_is() -> None:
    """sk-None- keys carry T3BlbkFJ in the middle, not right after the prefix (the message said so before)."""
    report = diagnose(BUILD[("openai", "user")](SEED)[:82])
    (layout,) = [f for f in report.findings if f.code == "FORMAT_NOT_DOCUMENTED"]
    assert "in the middle" in layout.message
    assert "right after" not in layout.message


# --- Two keys pasted as one, and one provider's prefix on another's body. A whole key found in the text may
# be taken out and judged (TWO_KEYS_JOINED, TEXT_AROUND_KEY); the text as pasted is never valid.

PAIRS = [(a, b) for a in PREFIXED for b in PREFIXED if a[0] != b[0]][::7] + [(a, a) for a in PREFIXED]


@pytest.mark.parametrize(("first", "second"), PAIRS, ids=[f"{a[0][0]}-{a[0][1]}+{b[0][0]}-{b[0][1]}" for a, b in PAIRS])
def test_two_keys_pasted_together(
    first: tuple[tuple[str, str], Callable[[int], str]], second: tuple[tuple[str, str], Callable[[int], str]]
) -> None:
    for sep in ("", " ", "\n", ","):
        report = diagnose(first[1](SEED) + sep + second[1](SEED + 1))
        codes = [f.code for f in report.findings]
        assert report.verdict == "invalid", (sep, codes)
        if report.cleaned_verdict == "valid":
            assert {"TWO_KEYS_JOINED", "MULTIPLE_KEYS", "TEXT_AROUND_KEY"} & set(codes), (sep, codes)


# Another provider's body after a prefix, at a length the prefix's format does not have: never valid.
SWAPS = [
    (a, b)
    for a in PREFIXED
    for b in PREFIXED
    if a[0] != b[0]
    and _fmt(*a[0]).lengths
    and len(_fmt(*a[0]).prefix) + len(b[1](SEED)) - len(_fmt(*b[0]).prefix)
    not in (*_fmt(*a[0]).lengths, *_fmt(*a[0]).disputed_lengths)
]


@pytest.mark.parametrize(("head", "body"), SWAPS, ids=[f"{a[0][0]}-{a[0][1]}<{b[0][0]}-{b[0][1]}" for a, b in SWAPS])
def test_a_prefix_on_another_providers_body(
    head: tuple[tuple[str, str], Callable[[int], str]], body: tuple[tuple[str, str], Callable[[int], str]]
) -> None:
    prefix = _fmt(*head[0]).prefix
    text = prefix + body[1](SEED)[len(_fmt(*body[0]).prefix) :]
    for given in (None, head[0][0], body[0][0]):
        report = diagnose(text, given)
        assert report.verdict != "valid", [f.code for f in report.findings]
        assert report.cleaned_verdict != "valid", [f.code for f in report.findings]
