"""What each provider's keys look like, where to get them and how to test them: the one source.

The site's tables, the provider pages and the checker's rules are all derived from `PROVIDERS`.
Formats come from the providers' own documentation where it exists and otherwise from the rules and
fixtures of public secret scanners (gitleaks, betterleaks, trufflehog, detect-secrets, noseyparker,
titus, kingfisher, microsoft/security-utilities). Each format names the sources of its lengths
(`length_sources`). Where the sources disagree, a format records the shape they all accept (`lengths`,
`chars`) and what only some state (`disputed_lengths`, `loose_chars`, `disputed_by`): a key that needs
the disputed part gets "cannot tell", never "valid".
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

CHECKED = "2026-11-27"

# Machine alphabets: the exact characters a key body may contain.
ALNUM = string.ascii_letters + string.digits
B64URL = ALNUM + "_-"
BASE64 = ALNUM + "+/="
HEX = "0123456789abcdef"
HEX_ANY_CASE = HEX + "ABCDEF"
LOWER_ALNUM = string.ascii_lowercase + string.digits
LETTERS = string.ascii_letters

# Human descriptions of the same alphabets, for tables and messages.
ALNUM_TEXT = "letters and digits"
B64URL_TEXT = "letters, digits, _ and -"
BASE64_TEXT = "letters, digits, +, / and ="
HEX_TEXT = "lowercase hex digits (0-9, a-f)"
LOWER_ALNUM_TEXT = "lowercase letters and digits"


@dataclass(frozen=True)
class Source:
    """Where a fact comes from and when it was last checked (ISO date).

    `review_by` (optional ISO date): compare the fact with this source again by that day, e.g. when the
    provider said it may change; scripts/check-freshness lists the source once the day has passed.
    """

    title: str
    url: str
    checked: str
    review_by: str = ""


@dataclass(frozen=True)
class ScheduledChange:
    """A change a provider announced for a day (a cutoff, a retirement, a new default).

    Pages say `before` until `effective` and `after` from that day on, so the site reads right on either
    side of the date without an edit. `checked` is the last day someone compared the change with its
    sources: once `effective` has passed, a `checked` earlier than it means nobody has confirmed the change
    happened as announced, and scripts/check-freshness lists it. When a provider gives only a month,
    `effective` is that month's first day and the wording names the month, not a day.
    """

    id: str  # a lowercase slug, unique within the provider; referred to as "<provider>/<id>"
    effective: str  # ISO date
    before: str  # Markdown sentence(s), true until the day
    after: str  # Markdown sentence(s), true from the day on
    sources: tuple[Source, ...]
    checked: str

    def in_effect(self, today: str) -> bool:
        """Whether the change applies on `today` (an ISO date)."""
        return today >= self.effective

    def wording(self, today: str) -> str:
        return self.after if self.in_effect(today) else self.before


@dataclass(frozen=True)
class KeyFormat:
    """One kind of key (or key look-alike) a provider issues.

    The first ten fields are the public contract; the rest are the checker's matching rules.
    """

    variant: str
    label: str
    prefix: str
    total_length: tuple[int, int]
    alphabet: str
    marker: str | None
    documented: bool
    is_api_key: bool
    notes: str
    sources: tuple[Source, ...]
    # Matching rules. `lengths`: the exact total lengths every source agrees on (empty = any length
    # within total_length); `length_sources` are the sources that state them. `chars`: the characters
    # allowed after the prefix.
    lengths: tuple[int, ...] = ()
    length_sources: tuple[Source, ...] = ()
    chars: str = ALNUM
    # Where the sources disagree: lengths or characters that only some of them state (an exact rule of
    # their own or an observed sample), named in `disputed_by`. A key that needs them gets "cannot
    # tell", never "valid". A scanner's loose range (say 70 to 120) that merely tolerates other lengths
    # is not a disagreement: where every exact rule and every sample agree, other lengths are errors.
    disputed_lengths: tuple[int, ...] = ()
    loose_chars: str = ""
    disputed_by: tuple[Source, ...] = ()
    # Which of `disputed_by` accept which disputed length, where they do not all accept every one:
    # (total length, its sources). A length not listed here is accepted by all of `disputed_by`.
    disputed_length_by: tuple[tuple[int, tuple[Source, ...]], ...] = ()
    # Where the sources of one length state a narrower alphabet than `chars`: (total length, the characters
    # allowed after the prefix at that length, their description). Other characters are errors there.
    length_chars: tuple[tuple[int, str, str], ...] = ()
    # Text at fixed positions of the whole key, for layouts such as Azure's: (0-based position, text),
    # and (position, the characters allowed there).
    fixed: tuple[tuple[int, str], ...] = ()
    slots: tuple[tuple[int, str], ...] = ()
    # The ids of the provider's ScheduledChanges that retire this kind of key, in date order: from the
    # last one's `effective` date the provider refuses these keys altogether. `replacement` says how to
    # get the kind of key that takes its place (from the same sources).
    retirement: tuple[str, ...] = ()
    replacement: str = ""
    # Where the marker sits: "middle" (equal halves around it), "end", "after_prefix", "fixed" (the
    # `fixed` and `slots` positions), or a named layout the checker knows ("uuid", "langsmith", "pinecone", "bedrock",
    # "bedrock_short").
    structure: str = ""
    # "high" when the provider documents it or scanners agree; "low" when only one source knows it.
    confidence: str = "high"
    # True for formats that need context (the provider's name, the variable name) to be attributed.
    needs_context: bool = False
    # False where no source states the key's length (the provider documents only how it starts): the
    # checker names the kind by its prefix and leaves the verdict open ("cannot tell") unless its structure
    # shows the key is whole (checker.matching.PROVES_WHOLE), and `total_length` is only the checker's own
    # bounds. Pages show the length as not documented.
    length_stated: bool = True


@dataclass(frozen=True)
class TestCall:
    """A request that tells whether a key works. Header values use `<key>` for the key.

    `notes` records what the sources leave open (a status code they do not document, a listing that
    may answer without a key); it is empty when every part of the call is confirmed by a source.
    `proves_key` is False for a call that answers without a key too: it only shows the service is
    reachable, and the pages say so instead of calling it a test of the key.
    """

    __test__ = False  # not a pytest test class despite the name

    method: str
    url: str
    headers: tuple[tuple[str, str], ...]
    costs_nothing: bool
    expect: str
    sources: tuple[Source, ...]
    notes: str = ""
    proves_key: bool = True


@dataclass(frozen=True)
class KeyFamily:
    """What every key of a provider shares, whatever its kind or version: `prefix`, then a tag (the kind
    and version, such as api03) and '-', and `marker` somewhere after it when set. A key of the family
    whose tag no format knows is the provider's key of a kind or version the checker does not know yet:
    this outranks a generic shape that merely fits the characters (DeepSeek's sk- and 32 characters)."""

    prefix: str
    marker: str
    chars: str  # the characters every key of the family has after `prefix`
    note: str  # what the sources say about tags the checker does not know
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class Provider:
    """Where to get a provider's keys, how SDKs read them and how requests carry them.

    `sources` back the console and docs URLs, the environment variables and the auth header;
    `notes` says which of those no source confirmed (empty when all are confirmed).
    """

    id: str
    name: str
    formats: tuple[KeyFormat, ...]
    env_vars: tuple[str, ...]
    auth_header: str
    console_url: str
    docs_url: str
    test_call: TestCall
    sources: tuple[Source, ...]
    notes: str = ""
    changes: tuple[ScheduledChange, ...] = ()  # announced changes with their dates
    family: KeyFamily | None = None
    # Sourced facts a reader needs beyond the fields above (other regions or hosts, a variable that takes
    # precedence), backed by `sources`; the provider's page shows them as "Good to know".
    remarks: str = ""


def _src(title: str, url: str) -> Source:
    return Source(title=title, url=url, checked=CHECKED)


def _gh(repo: str, path: str, branch: str = "master") -> Source:
    return _src(f"{repo} {path}", f"https://github.com/{repo}/blob/{branch}/{path}")


def _bearer(
    url: str,
    expect: str,
    *sources: Source,
    extra: tuple[tuple[str, str], ...] = (),
    notes: str = "",
    proves_key: bool = True,
) -> TestCall:
    headers = (("Authorization", "Bearer <key>"), *extra)
    return TestCall("GET", url, headers, True, expect, sources, notes, proves_key)


GITLEAKS = "gitleaks/gitleaks"
BETTERLEAKS = "betterleaks/betterleaks"
TRUFFLEHOG = "trufflesecurity/trufflehog"
KINGFISHER = "mongodb/kingfisher"
TITUS = "praetorian-inc/titus"
NOSEYPARKER = "praetorian-inc/noseyparker"


_RFC4648 = Source(
    "RFC 4648, section 4: Base 64 Encoding", "https://www.rfc-editor.org/rfc/rfc4648#section-4", "2026-11-29"
)


def _gl(name: str) -> Source:
    return _gh(GITLEAKS, f"cmd/generate/config/rules/{name}.go")


def _bl(name: str) -> Source:
    return _gh(BETTERLEAKS, f"cmd/generate/config/rules/{name}.go", "main")


def _th(name: str) -> Source:
    return _gh(TRUFFLEHOG, f"pkg/detectors/{name}/{name}.go", "main")


def _kf(name: str) -> Source:
    return _gh(KINGFISHER, f"crates/kingfisher-rules/data/rules/{name}.yml", "main")


# --- OpenAI -----------------------------------------------------------------------------------

_OPENAI_SRC = (_gl("openai"), _bl("openai"), _th("openai"), _kf("openai"))
_DETECT_SECRETS = _gh("Yelp/detect-secrets", "detect_secrets/plugins/openai.py")
_OPENAI_MARKER = "T3Blbk" + "FJ"  # 'OpenAI' in base64
_OPENAI_NEW_NOTE = (
    "The middle holds T3BlbkFJ, which is 'OpenAI' in base64, with equal halves around it. "
    "Scanners see 74 characters on each side (164 in all) or 58 (132); some older keys have 20."
)

_OPENAI_JAVA_CREDENTIAL = "openai-java-core/src/main/kotlin/com/openai/credential/BearerTokenCredential.kt"

OPENAI = Provider(
    id="openai",
    name="OpenAI",
    formats=(
        KeyFormat(
            variant="project",
            label="Project key",
            prefix="sk-proj-",
            total_length=(56, 164),
            lengths=(132, 164),
            length_sources=(_gl("openai"), _bl("openai")),
            disputed_lengths=(56,),
            disputed_by=(_bl("openai"),),
            alphabet="letters, digits, _ and -",
            chars=B64URL,
            marker="T3BlbkFJ",
            structure="middle",
            documented=True,
            is_api_key=True,
            notes="The default key type today, scoped to one project. " + _OPENAI_NEW_NOTE,
            sources=(
                _src("OpenAI: API keys", "https://platform.openai.com/settings/organization/api-keys"),
                *_OPENAI_SRC,
            ),
        ),
        KeyFormat(
            variant="service_account",
            label="Service account key",
            prefix="sk-svcacct-",
            total_length=(59, 167),
            lengths=(135, 167),
            length_sources=(_gl("openai"), _bl("openai")),
            disputed_lengths=(59, 111),
            disputed_by=(_bl("openai"), _th("openai")),
            disputed_length_by=((59, (_bl("openai"),)), (111, (_th("openai"),))),
            alphabet="letters, digits, _ and -",
            chars=B64URL,
            marker="T3BlbkFJ",
            structure="middle",
            documented=True,
            is_api_key=True,
            notes="A key for a project's service account (a bot user). " + _OPENAI_NEW_NOTE,
            sources=_OPENAI_SRC,
        ),
        KeyFormat(
            variant="admin",
            label="Admin key",
            prefix="sk-admin-",
            total_length=(57, 165),
            lengths=(133,),
            # trufflehog's admin rule states 58 + 58 (133), and every published sample has it. gitleaks' and
            # betterleaks' shared rule takes 74 or 58 on each side for admin keys too (165 with equal
            # halves), betterleaks also 20 (57): lengths only they accept, so "cannot tell", not "invalid".
            length_sources=(_th("openaiadmin"),),
            disputed_lengths=(57, 165),
            disputed_by=(_gl("openai"), _bl("openai")),
            disputed_length_by=((57, (_bl("openai"),)),),
            alphabet="letters, digits, _ and -",
            chars=B64URL,
            marker="T3BlbkFJ",
            structure="middle",
            documented=True,
            is_api_key=True,
            notes="Manages the organisation (keys, users, usage); it cannot call the models. Every published "
            "sample has 133 characters (58 on each side of T3BlbkFJ); two scanners also accept 74 on each side (165).",
            sources=(_th("openaiadmin"), *_OPENAI_SRC),
        ),
        KeyFormat(
            variant="user",
            label="User key (no project)",
            prefix="sk-None-",
            total_length=(56, 164),
            lengths=(56, 164),
            length_sources=(_kf("openai"),),
            alphabet="letters, digits, _ and -",
            chars=B64URL,
            # kingfisher.openai.3 states sk-None- and 48 letters and digits; only its rule for 100 characters
            # or more (kingfisher.openai.2) allows _ and -.
            length_chars=((56, ALNUM, ALNUM_TEXT),),
            marker="T3BlbkFJ",
            structure="middle",
            documented=False,
            is_api_key=True,
            notes="A user key created without a project. Only one scanner (kingfisher) has a rule for it. "
            + _OPENAI_NEW_NOTE,
            sources=(_kf("openai"),),
            confidence="low",
        ),
        KeyFormat(
            variant="legacy",
            label="Legacy user key",
            prefix="sk-",
            total_length=(51, 51),
            lengths=(51,),
            length_sources=(_gl("openai"), _bl("openai"), _DETECT_SECRETS),
            alphabet=ALNUM_TEXT,
            chars=ALNUM,
            marker="T3BlbkFJ",
            structure="middle",
            documented=True,
            is_api_key=True,
            notes="The original format: sk-, 20 characters, T3BlbkFJ, 20 characters. Still works where not revoked.",
            sources=(*_OPENAI_SRC, _DETECT_SECRETS),
        ),
    ),
    # Older service-account keys carried the account's name: sk-<name>-…T3BlbkFJ… (trufflehog's rule
    # takes any name; detect-secrets' comment writes sk-[project-name]-). No source states their length.
    family=KeyFamily(
        prefix="sk-",
        marker=_OPENAI_MARKER,
        chars=B64URL,
        note="OpenAI's older service-account keys had the account's name in this place; no public source "
        "states their length.",
        sources=(_th("openai"), _DETECT_SECRETS),
    ),
    env_vars=("OPENAI_API_KEY", "OPENAI_ADMIN_KEY"),
    auth_header="Authorization: Bearer <key>",
    console_url="https://platform.openai.com/settings/organization/api-keys",
    docs_url="https://platform.openai.com/docs/api-reference/authentication",
    test_call=_bearer(
        "https://api.openai.com/v1/models",
        "A 200 with a list of models means the key is live; 401 means it is wrong or revoked.",
        _bl("openai"),
    ),
    # _client.py reads OPENAI_API_KEY, and OPENAI_ADMIN_KEY for the admin client; the README's
    # "Get an API key here" links the organisation's API keys page under settings. The Java SDK's
    # bearer credential documents the Authorization: Bearer header and links the API reference's
    # Authentication section (the docs URL).
    sources=(
        _gh("openai/openai-python", "src/openai/_client.py", "main"),
        _gh("openai/openai-python", "README.md", "main"),
        _gh("openai/openai-java", _OPENAI_JAVA_CREDENTIAL, "main"),
    ),
)

# --- Anthropic --------------------------------------------------------------------------------

_ANTHROPIC_SRC = (_gl("anthropic"), _bl("anthropic"), _th("anthropic"), _kf("anthropic"))
# Anthropic's tables of its admin-class keys: Claude Console admin keys start sk-ant-admin01-, Claude
# Enterprise Compliance Access Keys (admin keys made in claude.ai) sk-ant-api01-; API keys sk-ant-api03-.
_ANTHROPIC_COMPLIANCE = Source(
    "Claude Docs: Get access to the Compliance API (which key do you need?)",
    "https://platform.claude.com/docs/en/manage-claude/compliance-api-access",
    "2026-11-29",
)
_ANTHROPIC_ADMIN_KEYS = Source(
    "Claude Docs: Create an Admin API key",
    "https://platform.claude.com/docs/en/manage-claude/admin-api-keys",
    "2026-11-29",
)

ANTHROPIC = Provider(
    id="anthropic",
    name="Anthropic",
    formats=(
        KeyFormat(
            variant="standard",
            label="API key",
            prefix="sk-ant-api03-",
            total_length=(108, 108),
            lengths=(108,),
            length_sources=_ANTHROPIC_SRC,
            alphabet=B64URL_TEXT,
            chars=B64URL,
            marker="AA",
            structure="end",
            documented=True,
            is_api_key=True,
            notes="108 characters, always ending in AA.",
            sources=(_src("Anthropic: API overview", "https://docs.claude.com/en/api/overview"), *_ANTHROPIC_SRC),
        ),
        KeyFormat(
            variant="admin",
            label="Admin key",
            prefix="sk-ant-admin01-",
            total_length=(110, 110),
            lengths=(110,),
            # kingfisher's admin rule tolerates 92 to 96 characters after the prefix and no AA: it states no length.
            length_sources=(_gl("anthropic"), _bl("anthropic"), _th("anthropic")),
            alphabet=B64URL_TEXT,
            chars=B64URL,
            marker="AA",
            structure="end",
            documented=True,
            is_api_key=True,
            notes="Manages the organisation through the Admin API; it cannot call the models. 110 characters, ends AA.",
            sources=(
                _src("Anthropic: Admin API", "https://docs.claude.com/en/api/administration-api"),
                *_ANTHROPIC_SRC,
            ),
        ),
        KeyFormat(
            variant="compliance",
            label="Compliance access key (Claude Enterprise)",
            prefix="sk-ant-api01-",
            # Anthropic gives the start only; 400 is the checker's own cap, as for the OAuth tokens.
            total_length=(14, 400),
            length_sources=(_ANTHROPIC_COMPLIANCE, _ANTHROPIC_ADMIN_KEYS),
            length_stated=False,
            alphabet=B64URL_TEXT,
            chars=B64URL,
            marker=None,
            documented=True,
            is_api_key=True,
            notes="The admin key of a Claude Enterprise organisation, made by its primary owner in claude.ai "
            "(Organization settings > API). It works with the Compliance API, the Claude Enterprise Analytics "
            "API and the Spend Limits API, as its scopes allow; it cannot call the models. Anthropic documents "
            "how it starts, not its length.",
            sources=(_ANTHROPIC_COMPLIANCE, _ANTHROPIC_ADMIN_KEYS),
        ),
        KeyFormat(
            variant="oauth_access",
            label="Claude Code OAuth access token",
            prefix="sk-ant-oat01-",
            total_length=(53, 400),
            length_sources=(_kf("anthropic"),),  # 40 or more after the prefix; 400 is the checker's own cap
            alphabet=B64URL_TEXT,
            chars=B64URL,
            marker=None,
            documented=False,
            is_api_key=False,
            notes="A Claude subscription login token (CLAUDE_CODE_OAUTH_TOKEN), not an API key: the API answers "
            "it with 401 'OAuth authentication is currently not supported.' as a Bearer token and refuses it "
            "as x-api-key too.",
            sources=(_kf("anthropic"),),
        ),
        KeyFormat(
            variant="oauth_refresh",
            label="Claude Code OAuth refresh token",
            prefix="sk-ant-ort01-",
            total_length=(53, 400),
            length_sources=(_kf("anthropic"),),  # 40 or more after the prefix; 400 is the checker's own cap
            alphabet=B64URL_TEXT,
            chars=B64URL,
            marker=None,
            documented=False,
            is_api_key=False,
            notes="Renews a Claude Code login. It is not an API key and should stay private.",
            sources=(_kf("anthropic"),),
        ),
        KeyFormat(
            variant="session",
            label="claude.ai session cookie",
            prefix="sk-ant-sid01-",
            total_length=(30, 400),
            length_stated=False,
            # GitHub names the token but publishes no pattern: the bounds are the checker's own, and a
            # session cookie is never judged valid anyway (it is not an API key).
            length_sources=(
                _src(
                    "GitHub secret scanning: supported patterns",
                    "https://docs.github.com/en/code-security/secret-scanning/introduction/supported-secret-scanning-patterns",
                ),
            ),
            alphabet=B64URL_TEXT,
            chars=B64URL,
            marker=None,
            documented=False,
            is_api_key=False,
            notes="The sessionKey cookie of a claude.ai browser login. Not an API key; anyone holding it is "
            "logged in as you, so log out to end that session.",
            sources=(
                _src(
                    "GitHub secret scanning: supported patterns",
                    "https://docs.github.com/en/code-security/secret-scanning/introduction/supported-secret-scanning-patterns",
                ),
            ),
        ),
    ),
    # Every Anthropic key starts sk-ant- and a kind with a two-digit version (api03, admin01, oat01);
    # noseyparker and titus take any api version, kingfisher api versions of two to four digits.
    family=KeyFamily(
        prefix="sk-ant-",
        marker="",
        chars=B64URL,
        note="Anthropic numbers its key kinds (api03, admin01), so a newer version is most likely a newer "
        "Anthropic key.",
        sources=(
            _kf("anthropic"),
            _gh(NOSEYPARKER, "crates/noseyparker/data/default/builtin/rules/anthropic.yml", "main"),
        ),
    ),
    env_vars=("ANTHROPIC_API_KEY",),
    auth_header="x-api-key: <key>",
    console_url="https://platform.claude.com/settings/keys",
    docs_url="https://platform.claude.com/docs/en/get-api-key",
    test_call=TestCall(
        "GET",
        "https://api.anthropic.com/v1/models",
        (("x-api-key", "<key>"), ("anthropic-version", "2023-06-01")),
        True,
        "A 200 with a list of models means the key is live; 401 means it is wrong or revoked.",
        (_th("anthropic"),),
    ),
    sources=(
        _src("Claude Platform Docs: Get your Claude API key", "https://platform.claude.com/docs/en/get-api-key"),
        _gh("anthropics/anthropic-sdk-python", "src/anthropic/_client.py", "main"),
    ),
)

# --- Google Gemini ----------------------------------------------------------------------------

_GEMINI_DOC = _src("Google AI for Developers: Using Gemini API keys", "https://ai.google.dev/gemini-api/docs/api-key")
# Google's API-key page (English, ja, zh-CN and ko editions, read 2026-11-29) announces both steps; it
# gives a day for the first and only the month for the second.
_GEMINI_KEYS_PAGE = Source(
    "Google AI for Developers: Using Gemini API keys (standard versus authorization keys)",
    "https://ai.google.dev/gemini-api/docs/api-key",
    "2026-11-29",
    # The page still words the September step as future and gives no day: look again for a confirmation.
    review_by="2027-01-31",
)
_GEMINI_CHANGES = (
    ScheduledChange(
        id="unrestricted-standard-keys-rejected",
        effective="2026-06-19",
        before="From 19 June 2026 the Gemini API will reject standard (`AIza`) keys that have no API "
        "restrictions; standard keys with explicit restrictions keep working until the next step.",
        after="Since 19 June 2026 the Gemini API rejects standard (`AIza`) keys that have no API restrictions.",
        sources=(_GEMINI_KEYS_PAGE,),
        checked="2026-11-29",
    ),
    ScheduledChange(
        id="standard-keys-rejected",
        effective="2026-09-01",
        before="In September 2026 (Google names the month, not a day) the Gemini API will reject standard "
        "(`AIza`) keys altogether, restricted or not: move to an auth key (`AQ.`) before then.",
        after="Google set September 2026 (the month, no day) for the Gemini API to reject standard (`AIza`) "
        "keys altogether, restricted or not: use an auth key (`AQ.`).",
        sources=(_GEMINI_KEYS_PAGE,),
        checked="2026-11-29",
    ),
)

GOOGLE = Provider(
    id="google",
    name="Google Gemini",
    formats=(
        KeyFormat(
            variant="auth_key",
            label="Auth key (AQ.)",
            prefix="AQ.",
            total_length=(53, 53),
            lengths=(53,),
            length_sources=(_bl("gcp"),),
            alphabet=B64URL_TEXT,
            chars=B64URL,
            marker="Ab8RN6",
            structure="after_prefix",
            documented=False,  # Google documents auth keys but not their layout (length, marker)
            is_api_key=True,
            notes="What Google AI Studio creates today: a key bound to a service account. Google documents "
            "the kind of key but not its exact layout; the 53-character shape comes from one scanner.",
            sources=(_GEMINI_DOC, _bl("gcp")),
            confidence="low",
        ),
        KeyFormat(
            variant="standard",
            label="Standard key (AIza)",
            prefix="AIza",
            total_length=(39, 39),
            lengths=(39,),
            length_sources=(_gl("gcp"), _th("googlegemini")),
            alphabet=B64URL_TEXT,
            chars=B64URL,
            marker=None,
            documented=True,
            is_api_key=True,
            notes="A Google Cloud API key, the same shape for Maps or Firebase. Google is retiring these for "
            "Gemini: unrestricted ones are refused since 19 June 2026, and from September 2026 all of them.",
            sources=(_GEMINI_DOC, _gl("gcp"), _th("googlegemini")),
            retirement=("unrestricted-standard-keys-rejected", "standard-keys-rejected"),
            replacement="Every new key made in Google AI Studio is an auth key (AQ.…), bound to a service "
            "account; send it in the x-goog-api-key header.",
        ),
    ),
    env_vars=("GEMINI_API_KEY", "GOOGLE_API_KEY"),
    auth_header="x-goog-api-key: <key>",
    console_url="https://aistudio.google.com/app/apikey",
    docs_url="https://ai.google.dev/gemini-api/docs/api-key",
    test_call=TestCall(
        "GET",
        "https://generativelanguage.googleapis.com/v1beta/models",
        (("x-goog-api-key", "<key>"),),
        True,
        "A 200 with a list of models means the Gemini API accepted the key; it is not a test of "
        "generateContent, which can still fail for quota, billing, region or model access. "
        "400 API_KEY_INVALID means the key is wrong.",
        (_bl("gcp"), _th("googlegemini")),
    ),
    # _api_client.py reads GOOGLE_API_KEY, then GEMINI_API_KEY (warning when both are set), and sends
    # the key in x-goog-api-key; the docs page says the same of the two variables. Google's Gemini
    # cookbook README sends you to aistudio.google.com/app/apikey to create a key.
    sources=(
        _GEMINI_DOC,
        _gh("googleapis/python-genai", "google/genai/_api_client.py", "main"),
        _gh("google-gemini/cookbook", "README.md", "main"),
    ),
    changes=_GEMINI_CHANGES,
)

# --- Azure OpenAI -----------------------------------------------------------------------------

_AZURE_REFERENCE = _src(
    "Microsoft Learn: Azure OpenAI REST API reference", "https://learn.microsoft.com/azure/ai-foundry/openai/reference"
)

# Microsoft's scanner patterns for the 84-character keys: SEC101/206 (Azure OpenAI) and SEC101/205 (AI
# Services, now Foundry) differ only in the service letter before ACOG, the Cognitive Services signature;
# the letter is the service's number in AzureCognitiveService.cs (0 AI Services, 1 Azure OpenAI) in base64.
_AZURE_PATTERNS = _gh(
    "microsoft/security-utilities", "GeneratedRegexPatterns/HighConfidenceSecurityModels.json", "main"
)
_AZURE_SERVICES = _gh(
    "microsoft/security-utilities",
    "src/Microsoft.Security.Utilities.Core/PreciselyClassifiedSecurityKeys/AzureCognitiveService.cs",
    "main",
)
# A Foundry resource exposes an Azure OpenAI endpoint (<resource>.openai.azure.com) with the same credentials.
_AZURE_FOUNDRY_ENDPOINTS = _src(
    "Microsoft Learn: Endpoints for Foundry Models",
    "https://learn.microsoft.com/en-us/azure/ai-foundry/foundry-models/concepts/endpoints",
)
_AZURE_KEY_MARK = "JQQJ" + "99"
_AZURE_COGNITIVE = "ACOG"
_AZURE_SLOTS = ((59, "ABCDEFGHIJKL"),)

AZURE_OPENAI = Provider(
    id="azure_openai",
    name="Azure OpenAI",
    formats=(
        KeyFormat(
            variant="identifiable",
            label="Resource key (84 characters)",
            prefix="",
            total_length=(84, 84),
            lengths=(84,),
            length_sources=(_AZURE_PATTERNS,),
            alphabet=ALNUM_TEXT,
            chars=ALNUM,
            marker=_AZURE_KEY_MARK,
            fixed=((52, _AZURE_KEY_MARK), (72, "AAAB" + _AZURE_COGNITIVE)),
            slots=_AZURE_SLOTS,
            structure="fixed",
            documented=True,
            is_api_key=True,
            notes="The newer self-identifying key of an Azure OpenAI resource: JQQJ99 at position 53 and "
            "AAABACOG (B: Azure OpenAI, ACOG: Cognitive Services) at position 73.",
            sources=(_AZURE_PATTERNS, _AZURE_SERVICES),
        ),
        KeyFormat(
            variant="ai_services",
            label="Foundry resource key (84 characters)",
            prefix="",
            total_length=(84, 84),
            lengths=(84,),
            length_sources=(_AZURE_PATTERNS,),
            alphabet=ALNUM_TEXT,
            chars=ALNUM,
            marker=_AZURE_KEY_MARK,
            fixed=((52, _AZURE_KEY_MARK), (72, "AAAA" + _AZURE_COGNITIVE)),
            slots=_AZURE_SLOTS,
            structure="fixed",
            documented=True,
            is_api_key=True,
            notes="The self-identifying key of a Microsoft Foundry (formerly Azure AI Services) resource: "
            "AAAAACOG (A: AI Services) at position 73. It authenticates the Azure OpenAI deployments of "
            "that resource, at its openai.azure.com endpoint too.",
            sources=(_AZURE_PATTERNS, _AZURE_SERVICES, _AZURE_FOUNDRY_ENDPOINTS),
        ),
        KeyFormat(
            variant="legacy",
            label="Resource key (32 hex)",
            prefix="",
            total_length=(32, 32),
            lengths=(32,),
            length_sources=(_th("azure_openai"), _kf("azureopenai")),
            alphabet=HEX_TEXT,
            chars=HEX,
            loose_chars=HEX_ANY_CASE,
            disputed_by=(_kf("azureopenai"),),
            marker=None,
            documented=False,
            is_api_key=True,
            notes="32 hex digits with nothing to identify them (the classic key of an Azure OpenAI or AI "
            "Services resource): ElevenLabs' old keys look the same.",
            sources=(_th("azure_openai"), _kf("azureopenai")),
            needs_context=True,
        ),
    ),
    env_vars=("AZURE_OPENAI_API_KEY",),
    auth_header="api-key: <key>",
    console_url="https://portal.azure.com/",
    docs_url="https://learn.microsoft.com/azure/ai-foundry/openai/reference",
    # The v1 API (GA since August 2025) needs no dated api-version; the last dated GA data-plane
    # version is 2024-10-21. The old 2023-03-15-preview deployments listing was a retired preview.
    test_call=TestCall(
        "GET",
        "https://<resource>.openai.azure.com/openai/v1/models",
        (("api-key", "<key>"),),
        True,
        "A 200 listing models means the key belongs to that resource; 401 means it does not.",
        (
            _src(
                "Microsoft Learn: Azure OpenAI v1 REST reference, List models",
                "https://learn.microsoft.com/en-us/rest/api/microsoft-foundry/azureopenai/models",
            ),
            _src(
                "Microsoft Learn: Azure OpenAI v1 API lifecycle",
                "https://learn.microsoft.com/azure/ai-foundry/openai/api-version-lifecycle",
            ),
            _AZURE_REFERENCE,
        ),
        notes="Resources that have not moved to the v1 API can use the dated form "
        "GET /openai/models?api-version=2024-10-21 (the last dated GA version) with the same header.",
    ),
    remarks="The openai SDK's AzureOpenAI client reads AZURE_OPENAI_AD_TOKEN before AZURE_OPENAI_API_KEY, so "
    "a stale Entra ID token in the environment wins over a good key. It also needs an API version "
    "(OPENAI_API_VERSION) and the resource's endpoint (AZURE_OPENAI_ENDPOINT) unless they are passed in code. "
    "Azure OpenAI is now part of Microsoft Foundry, and its reference pages are marked Foundry (classic).",
    # Microsoft's docs: a resource's keys are in its Keys and Endpoint section in the Azure portal, read
    # as AZURE_OPENAI_API_KEY (resource-authentication.md); create-resource.md links portal.azure.com.
    # lib/azure.py (checked 2026-11-29): AZURE_OPENAI_AD_TOKEN takes precedence over AZURE_OPENAI_API_KEY;
    # OPENAI_API_VERSION and AZURE_OPENAI_ENDPOINT are required when not passed as arguments.
    sources=(
        Source(
            "openai/openai-python src/openai/lib/azure.py (AzureOpenAI: environment variables and their order)",
            "https://github.com/openai/openai-python/blob/main/src/openai/lib/azure.py",
            "2026-11-29",
        ),
        _AZURE_REFERENCE,
        _gh("MicrosoftDocs/azure-ai-docs", "articles/ai-foundry/openai/includes/resource-authentication.md", "main"),
        _src(
            "Microsoft Learn: Create and deploy an Azure OpenAI resource",
            "https://learn.microsoft.com/azure/ai-foundry/openai/how-to/create-resource",
        ),
    ),
)

# --- AWS Bedrock ------------------------------------------------------------------------------

_BEDROCK_DOC = _src("Amazon Bedrock: API keys", "https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys.html")
_BEDROCK_USE = _src(
    "Amazon Bedrock: Use an Amazon Bedrock API key",
    "https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys-use.html",
)

# AWS's token generators (JavaScript and Python): the token is 'bedrock-api-key-' and the base64 of the
# presigned URL (without its scheme) followed by TOKEN_VERSION, '&Version=1'.
_BEDROCK_TOKEN_JS = _gh("aws/aws-bedrock-token-generator-js", "src/token.ts", "main")
_BEDROCK_TOKEN_PY = Source(
    "aws/aws-bedrock-token-generator-python aws_bedrock_token_generator/token_generator.py (generate_token)",
    "https://github.com/aws/aws-bedrock-token-generator-python/blob/main/aws_bedrock_token_generator/token_generator.py",
    "2026-11-29",
)
# The service-specific credential a long-term key is made from: ServiceUserName "combining the IAM user's name
# [with] the ID number of the AWS account, as in jane-at-123456789012", and ServiceCredentialSecret.
_IAM_SERVICE_CREDENTIAL = Source(
    "AWS IAM API Reference: ServiceSpecificCredential",
    "https://docs.aws.amazon.com/IAM/latest/APIReference/API_ServiceSpecificCredential.html",
    "2026-11-29",
)
BEDROCK_SHORT_TERM_START = "bedrock-api-key-"
"""What comes before the base64 text in a short-term Bedrock key (AUTH_PREFIX in AWS's generators)."""
BEDROCK_SHORT_TERM_END = "&Version=1"
"""What the base64 text of a short-term Bedrock key decodes to at its end (TOKEN_VERSION in AWS's generators)."""

AWS_BEDROCK = Provider(
    id="aws_bedrock",
    name="AWS Bedrock",
    formats=(
        KeyFormat(
            variant="long_term",
            label="Long-term API key",
            prefix="ABSKQmVkcm9ja0FQSUtleS",
            total_length=(113, 275),
            length_sources=(_gl("aws"), _bl("aws")),
            alphabet=BASE64_TEXT,
            chars=BASE64,
            marker=None,
            documented=False,
            is_api_key=True,
            notes="Starts with ABSK and the base64 of 'BedrockAPIKey-'. Belongs to an IAM user.",
            sources=(_BEDROCK_DOC, _gl("aws"), _bl("aws"), _RFC4648, _IAM_SERVICE_CREDENTIAL),
            # The scanners' rule (ABSK, base64 characters, then '=' padding only at the end) plus base64's
            # own rule (RFC 4648: groups of 4 characters): a length off by 1 to 3 cannot be a whole key.
            # Decoded, every published key is the IAM service user name ('<user>-at-<12-digit account>', the
            # form the IAM reference gives), ':' and a 60-character base64 secret. AWS does not document that
            # encoding, so a key without that layout (one cut by whole groups) gets "cannot tell", not "valid"
            # (checker.matching.bedrock_layout).
            structure="bedrock",
        ),
        KeyFormat(
            variant="short_term",
            label="Short-term API key",
            prefix="bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t",
            total_length=(100, 5000),
            # A presigned URL: its length varies with the credentials inside; AWS states no bounds, and
            # these are the checker's own (the fixed prefix alone is 44 characters). What shows a key is
            # whole is its decoded end (structure below), so the length is not claimed.
            length_stated=False,
            length_sources=(_BEDROCK_DOC, _BEDROCK_TOKEN_JS, _BEDROCK_TOKEN_PY),
            alphabet=BASE64_TEXT,
            chars=BASE64,
            marker=None,
            documented=True,
            is_api_key=True,
            notes="A presigned request valid for at most 12 hours, made by AWS's token generator.",
            sources=(_BEDROCK_DOC, _gl("aws"), _BEDROCK_TOKEN_JS, _BEDROCK_TOKEN_PY, _RFC4648),
            # AWS's token generators write 'bedrock-api-key-' and the standard base64 (RFC 4648, padded) of
            # the presigned URL with '&Version=1' appended: whole groups of 4, and the text decodes to
            # something that ends so (BEDROCK_SHORT_TERM_END). A cut or extended copy does neither.
            structure="bedrock_short",
        ),
    ),
    env_vars=("AWS_BEARER_TOKEN_BEDROCK",),
    auth_header="Authorization: Bearer <key>",
    console_url="https://console.aws.amazon.com/bedrock/home#/api-keys",
    docs_url="https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys.html",
    test_call=_bearer(
        "https://bedrock.us-east-1.amazonaws.com/foundation-models",
        "A 200 listing foundation models means the key is accepted in that region.",
        _src(
            "Amazon Bedrock API reference: ListFoundationModels",
            "https://docs.aws.amazon.com/bedrock/latest/APIReference/API_ListFoundationModels.html",
        ),
        _BEDROCK_USE,
        notes="API keys work for Amazon Bedrock and Bedrock Runtime actions, and ListFoundationModels is one; "
        "a 403 AccessDenied can still come from a real key whose IAM policy does not allow "
        "bedrock:ListFoundationModels.",
    ),
    # The guide opens the console at console.aws.amazon.com/bedrock and picks API keys in the left
    # navigation; AWS's Swift Bedrock Library (copyright Amazon) sends users to that page's own
    # route, console.aws.amazon.com/bedrock/home#/api-keys, when AWS_BEARER_TOKEN_BEDROCK is unset.
    sources=(
        _BEDROCK_DOC,
        _BEDROCK_USE,
        _src(
            "Amazon Bedrock: Generate an Amazon Bedrock API key",
            "https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys-generate.html",
        ),
        _gh("build-on-aws/swift-bedrock-library", "Examples/anthropic-messages/Sources/Messages.swift", "main"),
    ),
)


# --- Providers with one simple prefixed format --------------------------------------------------


def _simple(
    *,
    variant: str = "standard",
    label: str = "API key",
    prefix: str,
    length: int,
    chars: str,
    alphabet: str,
    sources: tuple[Source, ...],
    notes: str = "",
    documented: bool = False,
    length_sources: tuple[Source, ...] = (),
    loose_chars: str = "",
    disputed_by: tuple[Source, ...] = (),
    confidence: str = "high",
    needs_context: bool = False,
    is_api_key: bool = True,
) -> KeyFormat:
    return KeyFormat(
        variant=variant,
        label=label,
        prefix=prefix,
        total_length=(length, length),
        lengths=(length,),
        alphabet=alphabet,
        chars=chars,
        marker=None,
        documented=documented,
        is_api_key=is_api_key,
        notes=notes,
        sources=sources,
        # Unless told otherwise, every source listed states this one length.
        length_sources=length_sources or sources,
        loose_chars=loose_chars,
        disputed_by=disputed_by,
        confidence=confidence,
        needs_context=needs_context,
    )


GROQ = Provider(
    id="groq",
    name="Groq",
    formats=(
        _simple(
            prefix="gsk_",
            length=56,
            chars=ALNUM,
            alphabet=ALNUM_TEXT,
            notes="gsk_ and 52 letters and digits (noseyparker and titus tolerate 50 to 54, but every sample has 52).",
            sources=(_th("groq"), _bl("groq"), _kf("groq")),
        ),
    ),
    env_vars=("GROQ_API_KEY",),
    auth_header="Authorization: Bearer <key>",
    console_url="https://console.groq.com/keys",
    docs_url="https://console.groq.com/docs/quickstart",
    test_call=_bearer(
        "https://api.groq.com/openai/v1/models", "A 200 with a list of models means the key is live.", _th("groq")
    ),
    # The quickstart links the keys page and exports GROQ_API_KEY; _client.py reads that variable
    # and sends it as a Bearer token.
    sources=(
        _src("GroqDocs: Quickstart", "https://console.groq.com/docs/quickstart"),
        _gh("groq/groq-python", "src/groq/_client.py", "main"),
    ),
)

XAI = Provider(
    id="xai",
    name="xAI",
    formats=(
        _simple(
            prefix="xai-",
            length=84,
            chars=ALNUM + "_",
            alphabet="letters, digits and _",
            loose_chars=B64URL,
            disputed_by=(_bl("xai"),),
            notes="xai- and 80 characters. betterleaks and titus tolerate 70 to 120 and -, but every sample "
            "has 80 letters, digits and _.",
            sources=(_th("xai"), _bl("xai")),
        ),
    ),
    env_vars=("XAI_API_KEY",),
    auth_header="Authorization: Bearer <key>",
    console_url="https://console.x.ai/team/default/api-keys",
    docs_url="https://docs.x.ai/developers/quickstart",
    test_call=_bearer(
        "https://api.x.ai/v1/api-key",
        "A 200 describing the key means it is live; 400 or 401 means it is not.",
        # The REST reference moved from docs.x.ai/docs/api-reference to docs.x.ai/developers/rest-api-reference.
        Source("xAI REST API reference", "https://docs.x.ai/developers/rest-api-reference", "2026-11-29"),
        _th("xai"),
    ),
    # The getting-started guide links the console's API Keys page and says the SDKs read XAI_API_KEY;
    # the SDK's clients read it and send it as a Bearer token.
    sources=(
        _src("xAI Docs: Getting Started", "https://docs.x.ai/developers/quickstart"),
        _gh("xai-org/xai-sdk-python", "src/xai_sdk/sync/client.py", "main"),
        _gh("xai-org/xai-sdk-python", "src/xai_sdk/interceptors.py", "main"),
    ),
)

MISTRAL = Provider(
    id="mistral",
    name="Mistral AI",
    formats=(
        _simple(
            prefix="",
            length=32,
            chars=ALNUM,
            alphabet=ALNUM_TEXT,
            notes="32 letters and digits with no prefix: the format alone cannot tell it is Mistral's.",
            sources=(_bl("mistral"), _kf("mistral")),
            needs_context=True,
        ),
    ),
    env_vars=("MISTRAL_API_KEY",),
    auth_header="Authorization: Bearer <key>",
    console_url="https://console.mistral.ai/api-keys",
    docs_url="https://docs.mistral.ai/getting-started/quickstarts/studio/activate-and-generate-api-key",
    test_call=_bearer(
        "https://api.mistral.ai/v1/models", "A 200 with a list of models means the key is live.", _kf("mistral")
    ),
    # security.py reads MISTRAL_API_KEY when no key is passed; models/security.py sends it as a Bearer token.
    # "Send your first API request" links console.mistral.ai/api-keys; the docs' redirect.ts moves the old
    # /getting-started/quickstart page to a list of quickstarts, so docs_url names the API key page.
    sources=(
        _src(
            "Mistral AI: Send your first API request",
            "https://docs.mistral.ai/getting-started/quickstarts/developer/first-api-request",
        ),
        _gh(
            "mistralai/platform-docs-public",
            "src/content/en/docs/getting-started/quickstarts/developer/first-api-request/page.mdx",
            "main",
        ),
        _gh("mistralai/platform-docs-public", "redirect.ts", "main"),
        _src(
            "Mistral AI: Activate Studio and generate an API key",
            "https://docs.mistral.ai/getting-started/quickstarts/studio/activate-and-generate-api-key",
        ),
        _gh("mistralai/client-python", "src/mistralai/client/utils/security.py", "main"),
        _gh("mistralai/client-python", "src/mistralai/client/models/security.py", "main"),
    ),
)

COHERE = Provider(
    id="cohere",
    name="Cohere",
    formats=(
        _simple(
            prefix="",
            length=40,
            chars=ALNUM,
            alphabet=ALNUM_TEXT,
            notes="40 letters and digits with no prefix: the format alone cannot tell it is Cohere's.",
            sources=(_gl("cohere"), _bl("cohere")),
            needs_context=True,
        ),
    ),
    env_vars=("CO_API_KEY", "COHERE_API_KEY"),
    auth_header="Authorization: Bearer <key>",
    console_url="https://dashboard.cohere.com/api-keys",
    docs_url="https://docs.cohere.com/reference/about",
    test_call=_bearer(
        "https://api.cohere.com/v1/models",
        "A 200 with a list of models means the key is live.",
        _src("Cohere: list models", "https://docs.cohere.com/reference/list-models"),
        _gh("cohere-ai/cohere-python", "src/cohere/models/raw_client.py", "main"),
    ),
    # client.py: CO_API_KEY is the documented variable, COHERE_API_KEY is accepted too. The docs page
    # at reference/about (about.mdx in Cohere's docs repo) links the dashboard's API keys page.
    sources=(
        _src("Cohere: Working with Cohere's API and SDK", "https://docs.cohere.com/reference/about"),
        _gh("cohere-ai/cohere-developer-experience", "fern/pages/cohere-api/about.mdx", "main"),
        _gh("cohere-ai/cohere-python", "src/cohere/client.py", "main"),
        _gl("cohere"),
    ),
)

HUGGINGFACE = Provider(
    id="huggingface",
    name="Hugging Face",
    formats=(
        _simple(
            variant="user",
            label="User access token",
            prefix="hf_",
            length=37,
            chars=LETTERS,
            alphabet="letters (some scanners also allow digits)",
            loose_chars=ALNUM,
            disputed_by=(_th("huggingface"),),
            documented=True,
            notes="hf_ and 34 characters. Scanners disagree on whether digits occur.",
            sources=(
                _src("Hugging Face: user access tokens", "https://huggingface.co/docs/hub/security-tokens"),
                _gl("huggingface"),
                _th("huggingface"),
            ),
        ),
        _simple(
            variant="org",
            label="Organisation token (deprecated)",
            prefix="api_org_",
            length=42,
            chars=LETTERS,
            alphabet="letters (some scanners also allow digits)",
            loose_chars=ALNUM,
            disputed_by=(_th("huggingface"),),
            notes="Organisation API tokens were deprecated in 2023; use a user access token instead.",
            sources=(_gl("huggingface"), _th("huggingface")),
        ),
    ),
    env_vars=("HF_TOKEN", "HUGGING_FACE_HUB_TOKEN"),
    auth_header="Authorization: Bearer <key>",
    console_url="https://huggingface.co/settings/tokens",
    docs_url="https://huggingface.co/docs/hub/security-tokens",
    test_call=_bearer(
        "https://huggingface.co/api/whoami-v2",
        "A 200 naming your account means the token is live; 401 means it is wrong or revoked.",
        _bl("huggingface"),
    ),
    # The tokens page links the Access Tokens tab of your settings; _auth.py reads HF_TOKEN, then the
    # older HUGGING_FACE_HUB_TOKEN; _headers.py sends the token as a Bearer token.
    sources=(
        _src("Hugging Face: user access tokens", "https://huggingface.co/docs/hub/security-tokens"),
        _gh("huggingface/huggingface_hub", "src/huggingface_hub/utils/_auth.py", "main"),
        _gh("huggingface/huggingface_hub", "src/huggingface_hub/utils/_headers.py", "main"),
    ),
)

OPENROUTER = Provider(
    id="openrouter",
    name="OpenRouter",
    formats=(
        _simple(
            prefix="sk-or-v1-",
            length=73,
            chars=HEX,
            alphabet=HEX_TEXT,
            notes="sk-or-v1- and 64 hex digits. It starts with sk- like an OpenAI key but only works with OpenRouter.",
            sources=(_th("openrouter"), _bl("openrouter")),
        ),
    ),
    env_vars=("OPENROUTER_API_KEY",),
    auth_header="Authorization: Bearer <key>",
    console_url="https://openrouter.ai/keys",
    docs_url="https://openrouter.ai/docs/guides/overview/auth/api-keys",
    test_call=_bearer(
        "https://openrouter.ai/api/v1/key",
        "A 200 describing the key (label, limits, usage) means it is live.",
        _src(
            "OpenRouter API reference: Get current API key",
            "https://openrouter.ai/docs/api/api-reference/api-keys/get-current-key",
        ),
        _th("openrouter"),
    ),
    # The authentication page links openrouter.ai/keys to create a key and documents the Bearer header;
    # the TypeScript SDK falls back to OPENROUTER_API_KEY when no key is passed (security.ts, env.ts).
    sources=(
        _src("OpenRouter: API Authentication", "https://openrouter.ai/docs/guides/overview/auth/api-keys"),
        _gh("OpenRouterTeam/typescript-sdk", "src/lib/security.ts", "main"),
        _gh("OpenRouterTeam/typescript-sdk", "src/lib/env.ts", "main"),
        _th("openrouter"),
    ),
)

DEEPSEEK = Provider(
    id="deepseek",
    name="DeepSeek",
    notes="DeepSeek ships no SDK of its own: DEEPSEEK_API_KEY is the name its examples read and pass to the "
    "OpenAI SDK, so only code that follows them looks it up.",
    formats=(
        _simple(
            prefix="sk-",
            length=35,
            chars=HEX,
            alphabet=HEX_TEXT,
            loose_chars=LOWER_ALNUM,
            disputed_by=(_th("deepseek"),),
            notes="sk- and 32 hex digits. The shape is not unique, so the provider has to be known from context.",
            sources=(_th("deepseek"), _bl("deepseek"), _kf("deepseek")),
            needs_context=True,
        ),
    ),
    env_vars=("DEEPSEEK_API_KEY",),
    auth_header="Authorization: Bearer <key>",
    console_url="https://platform.deepseek.com/api_keys",
    docs_url="https://api-docs.deepseek.com/",
    test_call=_bearer(
        "https://api.deepseek.com/user/balance",
        "A 200 with your balance means the key is live; 401 means it is wrong.",
        _src("DeepSeek API: Get user balance", "https://api-docs.deepseek.com/api/get-user-balance"),
        _th("deepseek"),
    ),
    # "Your First API Call" links platform.deepseek.com/api_keys and reads DEEPSEEK_API_KEY in its
    # curl, Python and Node.js examples.
    sources=(
        _src("DeepSeek API docs: Your First API Call", "https://api-docs.deepseek.com/"),
        _src(
            "DeepSeek API docs: Your First API Call (Markdown)",
            "https://api-docs.deepseek.com/quick_start/your_first_api_call.md",
        ),
        _src(
            "DeepSeek API reference (Chinese): authentication, HTTP Bearer",
            "https://api-docs.deepseek.com/zh-cn/api/deepseek-api",
        ),
    ),
)

PERPLEXITY = Provider(
    id="perplexity",
    name="Perplexity",
    formats=(
        _simple(
            prefix="pplx-",
            length=53,
            chars=ALNUM,
            alphabet=ALNUM_TEXT,
            notes="pplx- and 48 letters and digits.",
            sources=(_gl("perplexity"), _bl("perplexity"), _kf("perplexity")),
        ),
    ),
    env_vars=("PERPLEXITY_API_KEY", "PPLX_API_KEY"),
    auth_header="Authorization: Bearer <key>",
    console_url="https://console.perplexity.ai/",
    docs_url="https://docs.perplexity.ai/",
    test_call=_bearer(
        "https://api.perplexity.ai/v1/models",
        "A 200 with a list of models only shows the service answers: Perplexity documents this listing with "
        "no security requirement, so it cannot tell whether the key works.",
        _src("Perplexity API reference: List Models", "https://docs.perplexity.ai/api-reference/models-get.md"),
        _gh("perplexityai/perplexity-py", "api.md", "main"),
        notes="No free Perplexity request that needs the key is confirmed. Perplexity's Python and Node SDKs "
        "have no models call; their one free listing, GET /async/chat/completions (your asynchronous "
        "requests), belongs to the Sonar API, whose chat completions were announced to end on 2026-09-27, "
        "so whether it still answers is unknown. A minimal Agent API request (POST /v1/agent with a short "
        "input) proves the key for a small charge, but needs a JSON body the call above cannot carry.",
        proves_key=False,
    ),
    sources=(
        _src("Perplexity: API key management", "https://docs.perplexity.ai/docs/admin/api-key-management"),
        _src(
            "Perplexity: Migrate from Sonar to the Agent API",
            "https://docs.perplexity.ai/docs/agent-api/migrate-from-sonar/overview",
        ),
        _src(
            "vercel/ai release @ai-sdk/perplexity@3.1.0",
            "https://github.com/vercel/ai/releases/tag/@ai-sdk%2Fperplexity@3.1.0",
        ),
        _gl("perplexity"),
    ),
    notes="PPLX_API_KEY is a name some integrations read; no Perplexity source checked here documents it.",
)

REPLICATE = Provider(
    id="replicate",
    name="Replicate",
    formats=(
        _simple(
            prefix="r8_",
            length=40,
            chars=ALNUM,
            alphabet=ALNUM_TEXT,
            loose_chars=B64URL,
            disputed_by=(_th("replicate"),),
            notes="r8_ and 37 letters and digits.",
            sources=(_th("replicate"), _bl("replicate"), _kf("replicate")),
        ),
    ),
    env_vars=("REPLICATE_API_TOKEN",),
    auth_header="Authorization: Bearer <key>",
    console_url="https://replicate.com/account/api-tokens",
    docs_url="https://replicate.com/docs/reference/http",
    test_call=_bearer(
        "https://api.replicate.com/v1/account",
        "A 200 naming your account means the token is live; 401 means it is wrong.",
        _gh("replicate/replicate-python", "replicate/account.py", "main"),
        _src("Replicate HTTP API", "https://replicate.com/docs/reference/http"),
    ),
    # client.py reads REPLICATE_API_TOKEN and sends it as a Bearer token. The newer SDK's README links
    # the api-tokens page for a token and the HTTP API reference; the JavaScript SDK's README does too.
    sources=(
        _gh("replicate/replicate-python", "replicate/client.py", "main"),
        _gh("replicate/replicate-python-beta", "README.md", "main"),
        _gh("replicate/replicate-javascript", "README.md", "main"),
        _th("replicate"),
    ),
)

TOGETHER = Provider(
    id="together",
    name="Together AI",
    formats=(
        _simple(
            prefix="tgp_v1_",
            length=50,
            chars=B64URL,
            alphabet=B64URL_TEXT,
            notes="tgp_v1_ and 43 characters. Older keys were 64 hex digits; no scanner covers them.",
            sources=(_bl("togetherai"), _kf("togetherai")),
        ),
    ),
    env_vars=("TOGETHER_API_KEY",),
    auth_header="Authorization: Bearer <key>",
    console_url="https://api.together.ai/settings/projects/~current/api-keys",
    docs_url="https://docs.together.ai/docs/api-keys-authentication",
    test_call=_bearer(
        "https://api.together.ai/v1/whoami",
        "A 200 names the key's organisation and project, so the key is live and you see which project "
        "it belongs to; 401 means it is wrong.",
        Source(
            "Together AI API reference: Get API key identity (GET /whoami)",
            "https://docs.together.ai/reference/whoami",
            "2026-11-29",
        ),
        _gh("togethercomputer/together-py", "src/together/_client.py", "main"),
        _src("Together AI: error codes", "https://docs.together.ai/docs/error-codes"),
    ),
    # Keys are scoped to projects; the authentication page links the current project's key settings.
    # SDK 2 (together-py, _client.py) reads TOGETHER_API_KEY, sends it as a Bearer token to
    # https://api.together.ai/v1 (TOGETHER_BASE_URL overrides it) and has client.whoami().
    sources=(
        _src("Together AI: Authentication", "https://docs.together.ai/docs/api-keys-authentication"),
        Source(
            "togethercomputer/together-py src/together/_client.py",
            "https://github.com/togethercomputer/together-py/blob/main/src/together/_client.py",
            "2026-11-29",
        ),
    ),
)

FIREWORKS = Provider(
    id="fireworks",
    name="Fireworks AI",
    formats=(
        _simple(
            prefix="fw_",
            length=27,
            chars=ALNUM,
            alphabet=ALNUM_TEXT,
            notes="fw_ and 24 letters and digits, per the one scanner with a rule; treat the length as uncertain.",
            sources=(_kf("fireworks"), _gh(TITUS, "pkg/rule/rules/fireworksai.yml", "main")),
            confidence="low",
        ),
    ),
    env_vars=("FIREWORKS_API_KEY",),
    auth_header="Authorization: Bearer <key>",
    console_url="https://fireworks.ai/account/api-keys",
    docs_url="https://docs.fireworks.ai/getting-started/quickstart",
    test_call=_bearer(
        "https://api.fireworks.ai/inference/v1/models",
        "A 200 with a list of models means the key is live.",
        _kf("fireworks"),
    ),
    # Fireworks' cookbook sends users to fireworks.ai/account/api-keys for a key (training's validation.py;
    # some newer pages link app.fireworks.ai/settings/users/api-keys instead) and links the quickstart.
    sources=(
        _gh("fw-ai/cookbook", "training/utils/validation.py", "main"),
        _gh("fw-ai/cookbook", "advisor/README.md", "main"),
        _src(
            "Fireworks docs: Python client installation",
            "https://docs.fireworks.ai/tools-sdks/python-client/installation",
        ),
        _src(
            "Fireworks API reference (Bearer authentication)", "https://fireworks.ai/docs/api-reference/create-secret"
        ),
        _kf("fireworks"),
    ),
)

CEREBRAS = Provider(
    id="cerebras",
    name="Cerebras",
    formats=(
        _simple(
            prefix="csk-",
            length=52,
            chars=LOWER_ALNUM,
            alphabet=LOWER_ALNUM_TEXT,
            loose_chars=ALNUM,
            disputed_by=(_bl("cerebras"),),
            notes="csk- and 48 lowercase letters and digits.",
            sources=(_bl("cerebras"), _gh(TITUS, "pkg/rule/rules/cerebras.yml", "main")),
        ),
    ),
    env_vars=("CEREBRAS_API_KEY",),
    auth_header="Authorization: Bearer <key>",
    console_url="https://cloud.cerebras.ai/",
    docs_url="https://inference-docs.cerebras.ai/quickstart",
    test_call=_bearer(
        "https://api.cerebras.ai/v1/models",
        "A 200 with a list of models means the key is live; 401 or 403 means it is not.",
        _bl("cerebras"),
    ),
    # The quickstart sends you to the Cloud Console's API Keys page; the API reference documents the
    # Bearer header; _client.py reads CEREBRAS_API_KEY.
    sources=(
        _src("Cerebras Inference: Quickstart", "https://inference-docs.cerebras.ai/quickstart"),
        _src("Cerebras Inference: API reference", "https://inference-docs.cerebras.ai/api-reference"),
        _gh("Cerebras/cerebras-cloud-sdk-python", "src/cerebras/cloud/sdk/_client.py", "main"),
    ),
)

VOYAGE = Provider(
    id="voyage",
    name="Voyage AI",
    formats=(
        _simple(
            prefix="pa-",
            length=46,
            chars=B64URL,
            alphabet=B64URL_TEXT,
            notes="pa- and 43 characters. Plausible Analytics script ids also start with pa-.",
            sources=(_kf("voyageai"),),
            confidence="low",  # kingfisher's rule is the only one (titus copies it); Voyage publishes no format
        ),
        _simple(
            variant="al",
            label="API key (al-)",
            prefix="al-",
            length=46,
            chars=B64URL,
            alphabet=B64URL_TEXT,
            notes="al- and 43 characters: a MongoDB Atlas model API key, created in the Atlas UI. The Python SDK "
            "sends al- keys to https://ai.mongodb.com/v1; they do not work at api.voyageai.com.",
            sources=(
                _kf("voyageai"),
                _src("MongoDB Docs: Model API Keys", "https://www.mongodb.com/docs/voyageai/management/api-keys/"),
                _gh("voyage-ai/voyageai-python", "voyageai/util.py", "main"),
            ),
            confidence="low",
        ),
    ),
    env_vars=("VOYAGE_API_KEY",),
    auth_header="Authorization: Bearer <key>",
    console_url="https://dash.voyageai.com/",
    docs_url="https://docs.voyageai.com/docs/api-key-and-installation",
    test_call=_bearer(
        "https://api.voyageai.com/v1/files",
        "Any answer but 401 means the key is real (403 is a real key without that permission).",
        _kf("voyageai"),
        notes="This tests pa- keys from the Voyage dashboard only. An al- key (MongoDB Atlas) works only at "
        "https://ai.mongodb.com/v1, so this call refuses it; no source we read names a free test call there.",
    ),
    remarks="Keys starting al- are MongoDB Atlas model API keys, created in the Atlas UI at the organisation "
    "or project level; the Python SDK sends them to https://ai.mongodb.com/v1 instead of "
    "https://api.voyageai.com/v1. If VOYAGE_API_KEY_PATH is set, the SDK reads the key from that file and "
    "ignores VOYAGE_API_KEY.",
    # util.py reads VOYAGE_API_KEY_PATH (a file holding the key) before VOYAGE_API_KEY, picks the base URL
    # by prefix (get_default_base_url: al- -> ai.mongodb.com), sends a Bearer token and, with no key, says
    # keys are made in the dashboard at dash.voyageai.com. MongoDB's Model API Keys page: Atlas-made keys
    # authenticate only at ai.mongodb.com.
    sources=(
        _src("Voyage AI: API Key and Python Client", "https://docs.voyageai.com/docs/api-key-and-installation"),
        _src("Voyage AI: error codes", "https://docs.voyageai.com/docs/error-codes"),
        _gh("voyage-ai/voyageai-python", "voyageai/util.py", "main"),
        _src("MongoDB Docs: Model API Keys", "https://www.mongodb.com/docs/voyageai/management/api-keys/"),
    ),
)

ELEVENLABS = Provider(
    id="elevenlabs",
    name="ElevenLabs",
    formats=(
        _simple(
            prefix="sk_",
            length=51,
            chars=HEX,
            alphabet=HEX_TEXT,
            notes="sk_ and 48 hex digits (an underscore, unlike OpenAI's sk-).",
            sources=(_th("elevenlabs"), _bl("elevenlabs")),
        ),
        _simple(
            variant="legacy",
            label="Legacy key (32 hex)",
            prefix="",
            length=32,
            chars=HEX,
            alphabet=HEX_TEXT,
            notes="Older keys: 32 hex digits with no prefix, indistinguishable from Azure OpenAI's.",
            sources=(_th("elevenlabs"),),
            needs_context=True,
        ),
    ),
    # The SDK stopped reading ELEVEN_API_KEY in February 2025 (commit 34300967); only ELEVENLABS_API_KEY remains.
    env_vars=("ELEVENLABS_API_KEY",),
    auth_header="xi-api-key: <key>",
    console_url="https://elevenlabs.io/app/settings/api-keys",
    docs_url="https://elevenlabs.io/docs/api-reference/authentication",
    test_call=TestCall(
        "GET",
        "https://api.elevenlabs.io/v1/user",
        (("xi-api-key", "<key>"),),
        True,
        "A 200 describing your account means the key is live; 401 means it is wrong.",
        (
            _th("elevenlabs"),
            Source(
                "elevenlabs/skills setup-api-key/SKILL.md (User: Read lets the key pass this check)",
                "https://github.com/elevenlabs/skills/blob/HEAD/setup-api-key/SKILL.md",
                "2026-11-29",
            ),
        ),
        notes='Only a key whose "User" permission is set to Read can call /v1/user; a key restricted to other '
        "endpoints (text to speech, say) fails this check although it works for them.",
    ),
    remarks="Besides api.elevenlabs.io, ElevenLabs' API reference lists api.us.elevenlabs.io and the "
    "data-residency hosts api.eu.residency.elevenlabs.io, api.in.residency.elevenlabs.io and "
    "api.sg.residency.elevenlabs.io; call the host your workspace's data lives on.",
    sources=(
        _src("ElevenLabs: API Authentication", "https://elevenlabs.io/docs/api-reference/authentication"),
        _gh("elevenlabs/elevenlabs-python", "src/elevenlabs/client.py", "main"),
        _gh("elevenlabs/elevenlabs-python", "src/elevenlabs/core/client_wrapper.py", "main"),
        _src(
            "elevenlabs/skills setup-api-key/SKILL.md",
            "https://github.com/elevenlabs/skills/blob/HEAD/setup-api-key/SKILL.md",
        ),
        Source(
            "ElevenLabs API reference (servers: production, US and data-residency hosts)",
            "https://elevenlabs.io/docs/api-reference/studio/stream-chapter-snapshot",
            "2026-11-29",
        ),
    ),
)

_LANGSMITH_SRC = (_th("langsmith"), _bl("langchain"))

LANGSMITH = Provider(
    id="langsmith",
    name="LangSmith",
    formats=(
        KeyFormat(
            variant="personal",
            label="Personal access token",
            prefix="lsv2_pt_",
            total_length=(51, 51),
            lengths=(51,),
            alphabet="hex digits, in two groups (32 and 10) joined by _",
            chars=HEX + "_",
            loose_chars=HEX_ANY_CASE + "_",
            length_sources=_LANGSMITH_SRC,
            disputed_by=(_bl("langchain"),),
            marker="_",
            structure="langsmith",
            documented=False,
            is_api_key=True,
            notes="lsv2_pt_, 32 hex digits, _, 10 hex digits.",
            sources=_LANGSMITH_SRC,
        ),
        KeyFormat(
            variant="service",
            label="Service key",
            prefix="lsv2_sk_",
            total_length=(51, 51),
            lengths=(51,),
            alphabet="hex digits, in two groups (32 and 10) joined by _",
            chars=HEX + "_",
            loose_chars=HEX_ANY_CASE + "_",
            length_sources=_LANGSMITH_SRC,
            disputed_by=(_bl("langchain"),),
            marker="_",
            structure="langsmith",
            documented=False,
            is_api_key=True,
            notes="lsv2_sk_, 32 hex digits, _, 10 hex digits.",
            sources=_LANGSMITH_SRC,
        ),
    ),
    env_vars=("LANGSMITH_API_KEY", "LANGCHAIN_API_KEY"),
    auth_header="x-api-key: <key>",
    console_url="https://smith.langchain.com/settings",
    docs_url="https://docs.langchain.com/langsmith/create-account-api-key",
    test_call=TestCall(
        "GET",
        "https://api.smith.langchain.com/api/v1/api-key",
        (("x-api-key", "<key>"),),
        True,
        "A 200 means the key is live; 401 or 403 means it is not.",
        (_th("langsmith"),),
        notes="This is the US host; accounts that signed up in the EU region call "
        "https://eu.api.smith.langchain.com instead. An organisation-scoped service key gets 403 (error "
        "org_scoped_key_requires_workspace) unless the request names a workspace in X-Tenant-Id.",
    ),
    remarks="EU accounts send every request to https://eu.api.smith.langchain.com (set LANGSMITH_ENDPOINT). "
    "An organisation-scoped service key needs a workspace: the SDK sends LANGSMITH_WORKSPACE_ID in the "
    "X-Tenant-Id header, and without it the API answers 403 with error org_scoped_key_requires_workspace.",
    # utils.py looks up LANGSMITH_API_KEY, then LANGCHAIN_API_KEY; client.py sends x-api-key; the SDK's
    # README sends you to the Settings page for a key.
    sources=(
        _src("LangSmith: Create an account and API key", "https://docs.langchain.com/langsmith/create-account-api-key"),
        _gh("langchain-ai/langsmith-sdk", "python/langsmith/utils.py", "main"),
        _gh("langchain-ai/langsmith-sdk", "python/langsmith/client.py", "main"),
        _gh("langchain-ai/langsmith-sdk", "python/README.md", "main"),
        Source(
            "langchain-ai/langsmith-sdk python/langsmith/client.py (X-Tenant-Id, org_scoped_key_requires_workspace)",
            "https://github.com/langchain-ai/langsmith-sdk/blob/main/python/langsmith/client.py",
            "2026-11-29",
        ),
    ),
)

_PINECONE_AUTH = _src("Pinecone: Authentication", "https://docs.pinecone.io/docs/authentication")

PINECONE = Provider(
    id="pinecone",
    name="Pinecone",
    formats=(
        KeyFormat(
            variant="standard",
            label="API key (pcsk_)",
            prefix="pcsk_",
            total_length=(74, 75),
            lengths=(74, 75),
            length_sources=(_th("pinecone"), _bl("pinecone")),
            alphabet="letters and digits: a 5-6 character id, _, then 63 characters",
            chars=ALNUM + "_",
            marker="_",
            structure="pinecone",
            documented=False,
            is_api_key=True,
            notes="pcsk_, a short key id, _, and a 63-character secret.",
            sources=(_th("pinecone"), _bl("pinecone")),
        ),
        KeyFormat(
            variant="legacy",
            label="Legacy key (UUID)",
            prefix="",
            total_length=(36, 36),
            lengths=(36,),
            length_sources=(_bl("pinecone"),),
            alphabet="a UUID: hex digits in groups 8-4-4-4-12",
            chars=HEX + "-",
            marker=None,
            structure="uuid",
            documented=False,
            is_api_key=True,
            notes="Older keys were plain UUIDs; the format alone cannot tell them apart from any other UUID.",
            sources=(_bl("pinecone"),),
            needs_context=True,
        ),
    ),
    env_vars=("PINECONE_API_KEY",),
    auth_header="Api-Key: <key>",
    console_url="https://app.pinecone.io/",
    docs_url="https://docs.pinecone.io/guides/projects/manage-api-keys",
    test_call=TestCall(
        "GET",
        "https://api.pinecone.io/indexes",
        (("Api-Key", "<key>"), ("X-Pinecone-Api-Version", "2025-10")),
        True,
        "A 200 listing your indexes means the key is live; 401 means it is wrong.",
        (
            _PINECONE_AUTH,
            _src("Pinecone: API versioning", "https://docs.pinecone.io/reference/api/versioning"),
            Source(
                "pinecone-io/pinecone-python-client pinecone/_internal/constants.py (CONTROL_PLANE_API_VERSION)",
                "https://github.com/pinecone-io/pinecone-python-client/blob/main/pinecone/_internal/constants.py",
                "2026-11-29",
                review_by="2027-02-28",  # a new stable API version comes every quarter
            ),
            _th("pinecone"),
        ),
        notes="2025-10 is the version the Python SDK still sends to the control plane (its May 2026 code also "
        "uses 2026-04 for some assistant calls). Pinecone releases a stable version every quarter and supports "
        "each for at least 12 months, so check the versioning page for the newest; without the header Pinecone "
        "uses the oldest supported version, which is enough for this listing.",
    ),
    # The SDK's authentication guide sends you to the console at app.pinecone.io for a key; the
    # manage-api-keys page walks through the console's API keys tab.
    sources=(
        _PINECONE_AUTH,
        _src("Pinecone: Manage API keys", "https://docs.pinecone.io/guides/projects/manage-api-keys"),
        _gh("pinecone-io/pinecone-python-client", "docs/getting-started/authentication.md", "main"),
        _th("pinecone"),
    ),
)

_NEMOCLAW_E2E = _gh("NVIDIA/NemoClaw", "test/e2e/test-full-e2e.sh", "main")

NVIDIA = Provider(
    id="nvidia",
    name="NVIDIA NIM",
    formats=(
        _simple(
            prefix="nvapi-",
            length=70,
            chars=B64URL,
            alphabet=B64URL_TEXT,
            notes="nvapi- and 64 characters (betterleaks and titus tolerate 60 to 70).",
            sources=(_th("nvapi"), _bl("nvidia")),
        ),
    ),
    env_vars=("NVIDIA_API_KEY", "NGC_API_KEY"),
    auth_header="Authorization: Bearer <key>",
    console_url="https://build.nvidia.com/",
    docs_url="https://docs.api.nvidia.com/nim/reference/llm-apis",
    test_call=_bearer(
        "https://integrate.api.nvidia.com/v1/models",
        "A 200 only shows the service answers: this list comes back without any key, so it cannot tell "
        "whether the key works.",
        _NEMOCLAW_E2E,
        _th("nvapi"),
        notes="No free NVIDIA request that needs the key is known. The real test is POST /v1/chat/completions "
        "with this header and a one-token JSON body, the request NVIDIA's own end-to-end script sends with "
        "NVIDIA_API_KEY; it uses a little of the account's credits, and the call above cannot carry a body.",
        proves_key=False,
    ),
    # NVIDIA's agent toolkit reads NVIDIA_API_KEY for the hosted NIM models; NVIDIA's NIM guides have
    # the self-hosted containers read an NGC personal key from NGC_API_KEY; NemoClaw's end-to-end
    # script sends NVIDIA_API_KEY as Authorization: Bearer.
    sources=(
        _gh("NVIDIA/NeMo-Agent-Toolkit", "packages/nvidia_nat_crewai/src/nat/plugins/crewai/llm.py", "develop"),
        _src(
            "NVIDIA NIM for Speech: NGC access setup",
            "https://docs.nvidia.com/nim/speech/latest/get-started/ngc-access-setup.html",
        ),
        _NEMOCLAW_E2E,
        _th("nvapi"),
    ),
    notes="The docs URL (docs.api.nvidia.com/nim/reference/llm-apis) was not found on a stored NVIDIA page "
    "or in an NVIDIA repository; only third-party projects were seen linking it.",
)

_LANGFUSE_SETUP = _src("Langfuse: Python SDK setup", "https://langfuse.com/docs/observability/sdk/python/setup")

LANGFUSE = Provider(
    id="langfuse",
    name="Langfuse",
    formats=(
        KeyFormat(
            variant="secret",
            label="Secret key",
            prefix="sk-lf-",
            total_length=(42, 42),
            lengths=(42,),
            length_sources=(_th("langfuse"),),
            alphabet="a UUID: hex digits in groups 8-4-4-4-12",
            chars=HEX + "-",
            marker=None,
            structure="uuid",
            documented=True,
            is_api_key=True,
            notes="sk-lf- and a UUID. Used together with the public key (pk-lf-).",
            sources=(_th("langfuse"), _src("Langfuse: API", "https://langfuse.com/docs/api")),
        ),
        KeyFormat(
            variant="public",
            label="Public key",
            prefix="pk-lf-",
            total_length=(42, 42),
            lengths=(42,),
            length_sources=(_th("langfuse"),),
            alphabet="a UUID: hex digits in groups 8-4-4-4-12",
            chars=HEX + "-",
            marker=None,
            structure="uuid",
            documented=True,
            is_api_key=False,
            notes="The public half of a Langfuse key pair. It is not secret and does not work alone: "
            "the secret key starts with sk-lf-.",
            sources=(_th("langfuse"), _src("Langfuse: API", "https://langfuse.com/docs/api")),
        ),
    ),
    env_vars=("LANGFUSE_SECRET_KEY", "LANGFUSE_PUBLIC_KEY"),
    auth_header="Authorization: Basic base64(<public key>:<key>)",
    console_url="https://cloud.langfuse.com/",
    docs_url="https://langfuse.com/docs/api",
    test_call=TestCall(
        "GET",
        "https://cloud.langfuse.com/api/public/projects",
        (("Authorization", "Basic base64(<public key>:<key>)"),),
        True,
        "A 200 naming the project means the key pair is live; 401 means one of the two is wrong.",
        (
            _gh("langfuse/langfuse-python", "langfuse/api/projects/raw_client.py", "main"),
            _src("Langfuse: API", "https://langfuse.com/docs/api"),
            _LANGFUSE_SETUP,
        ),
        notes="cloud.langfuse.com is the EU region and the SDKs' default; keys made in another region or on a "
        "self-hosted server must be sent to that host, which the SDKs read from LANGFUSE_BASE_URL "
        "(LANGFUSE_HOST is the older name). No Langfuse source says which status a key pair gets from "
        "another region's host.",
    ),
    remarks="Langfuse Cloud has four separate regions, each with its own accounts, keys and console: EU "
    "https://cloud.langfuse.com, US https://us.cloud.langfuse.com, Japan https://jp.cloud.langfuse.com and "
    "HIPAA https://hipaa.cloud.langfuse.com. The console link above is the EU one; sign in where your "
    "project lives.",
    # The SDK reads LANGFUSE_PUBLIC_KEY and LANGFUSE_SECRET_KEY, and the host from LANGFUSE_BASE_URL
    # (LANGFUSE_HOST deprecated), defaulting to cloud.langfuse.com; the setup guide names the same
    # variables and us.cloud.langfuse.com for the US region.
    sources=(
        _src("Langfuse: API", "https://langfuse.com/docs/api"),
        _gh("langfuse/langfuse-python", "langfuse/_client/environment_variables.py", "main"),
        _LANGFUSE_SETUP,
        _th("langfuse"),
        Source("Langfuse: Data Regions & Availability", "https://langfuse.com/security/data-regions", "2026-11-29"),
    ),
)

# --- Chinese providers: Alibaba Model Studio (DashScope) and Moonshot AI (Kimi) -------------------------
# Neither publishes its key layout. One scanner rule each knows the shape, so both formats are "low"
# confidence: the checker warns that the verdict rests on a single source, and points at the test call.

_DASHSCOPE_SDK = "dashscope/dashscope-sdk-python"

DASHSCOPE = Provider(
    id="dashscope",
    name="Alibaba Model Studio (DashScope)",
    notes="Keys belong to one region (China, Singapore, US and others): a key works only with the endpoint "
    "of the region it was created in, and any other region answers 401. The console URL above is the "
    "China edition's, as the SDK names it; keys for the international edition are made in Model Studio "
    "on alibabacloud.com.",
    formats=(
        _simple(
            prefix="sk-",
            length=35,
            chars=LOWER_ALNUM,
            alphabet=LOWER_ALNUM_TEXT,
            notes="sk- and 32 lowercase letters and digits, the shape trufflehog looks for next to the words "
            "dashscope, bailian, aliyun, qwen or tongyi. DeepSeek keys look the same, so the provider has to "
            "be known from context.",
            sources=(_th("dashscope"),),
            confidence="low",
            needs_context=True,
        ),
    ),
    env_vars=("DASHSCOPE_API_KEY",),
    auth_header="Authorization: Bearer <key>",
    console_url="https://dashscope.console.aliyun.com/apiKey",
    docs_url="https://www.alibabacloud.com/help/en/model-studio/first-api-call-to-qwen",
    test_call=_bearer(
        "https://dashscope.aliyuncs.com/compatible-mode/v1/models",
        "A 200 with a list of models means the key works in the China (Beijing) region; 401 or 403 means "
        "it does not work there.",
        _th("dashscope"),
        _src(
            "Alibaba Cloud Model Studio: Base URL overview",
            "https://www.alibabacloud.com/help/en/model-studio/base-url",
        ),
        notes="A key of another region fails here too: send the same request to that region's host, for "
        "example dashscope-intl.aliyuncs.com for Singapore, before concluding that the key is dead.",
    ),
    # env.py reads DASHSCOPE_API_KEY (constants.py names it) and defaults to dashscope.aliyuncs.com; the SDK's
    # error registry sends readers to dashscope.console.aliyun.com/apiKey for a key; the base-URL page says
    # keys are region-bound and the error-code page files a key/host region mismatch under 401
    # InvalidApiKey; the compatible-mode API takes a Bearer key.
    sources=(
        _src(
            "Alibaba Cloud Model Studio: Make your first API call to Qwen",
            "https://www.alibabacloud.com/help/en/model-studio/first-api-call-to-qwen",
        ),
        _src(
            "Alibaba Cloud Model Studio: Base URL overview",
            "https://www.alibabacloud.com/help/en/model-studio/base-url",
        ),
        _src(
            "Alibaba Cloud Model Studio: Error messages", "https://www.alibabacloud.com/help/en/model-studio/error-code"
        ),
        _gh(_DASHSCOPE_SDK, "dashscope/common/env.py", "main"),
        _gh(_DASHSCOPE_SDK, "dashscope/common/error_registry.py", "main"),
        _th("dashscope"),
    ),
)

MOONSHOT = Provider(
    id="moonshot",
    name="Moonshot AI (Kimi)",
    notes="Moonshot runs two platforms with separate keys: platform.moonshot.ai with api.moonshot.ai, and "
    "platform.moonshot.cn with api.moonshot.cn. A key sent to the other platform's host is refused. The "
    "console URL above is the international platform's, as Docker's provider guide gives it.",
    formats=(
        _simple(
            prefix="sk-",
            length=51,
            chars=B64URL,
            alphabet=B64URL_TEXT,
            notes="sk- and 48 letters, digits, _ or -, the shape betterleaks looks for next to the words kimi "
            "or moonshot. Kimi's help centre confirms only the sk- start; other sk- keys look alike, so the "
            "provider has to be known from context.",
            sources=(
                _bl("kimi"),
                _src(
                    "Kimi help: API troubleshooting (keys start with sk-)",
                    "https://www.kimi.com/help/kimi-api/api-troubleshooting",
                ),
            ),
            confidence="low",
            needs_context=True,
        ),
    ),
    env_vars=("MOONSHOT_API_KEY",),
    auth_header="Authorization: Bearer <key>",
    console_url="https://platform.moonshot.ai/console/api-keys",
    docs_url="https://platform.kimi.com/docs/api/overview",
    test_call=_bearer(
        "https://api.moonshot.ai/v1/models",
        "A 200 with a list of models means the key works; 401 or 403 means it does not.",
        _bl("kimi"),
        notes="Keys made on the China platform (platform.moonshot.cn) are checked against "
        "https://api.moonshot.cn/v1/models instead.",
    ),
    # The API overview names the Authorization: Bearer $MOONSHOT_API_KEY header and the api.moonshot.cn base
    # URL; Docker's Moonshot guide links the international console's API keys page and MOONSHOT_API_KEY.
    sources=(
        _src("Kimi API docs: API overview", "https://platform.kimi.com/docs/api/overview"),
        _src("Docker docs: Moonshot AI provider", "https://docs.docker.com/ai/docker-agent/providers/moonshot.md"),
        _src("Kimi help: API troubleshooting", "https://www.kimi.com/help/kimi-api/api-troubleshooting"),
        _src(
            "Kimi API docs: Errors (keys of the two platforms are independent)",
            "https://platform.kimi.ai/docs/api/errors",
        ),
    ),
)

_ALL = (
    OPENAI,
    ANTHROPIC,
    GOOGLE,
    AZURE_OPENAI,
    AWS_BEDROCK,
    GROQ,
    XAI,
    MISTRAL,
    COHERE,
    HUGGINGFACE,
    OPENROUTER,
    DEEPSEEK,
    PERPLEXITY,
    REPLICATE,
    TOGETHER,
    FIREWORKS,
    CEREBRAS,
    VOYAGE,
    ELEVENLABS,
    LANGSMITH,
    PINECONE,
    NVIDIA,
    LANGFUSE,
    DASHSCOPE,
    MOONSHOT,
)

PROVIDERS: Mapping[str, Provider] = MappingProxyType({p.id: p for p in _ALL})
"""Every provider by id, in display order (OpenAI, Anthropic and Google first)."""
