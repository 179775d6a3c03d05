"""The one test-key factory: every test builds its keys here, from parts, so that no key-shaped literal is
ever written in the repository (tests/test_no_committed_keys.py checks every committed file).

Bodies come from a seeded generator: varied like real keys (no long runs, no 'abcdef' sequences,
which the checker rightly calls placeholders) and the same on every run. `make(provider, seed)` gives a
valid key of any kind for any seed; VALID and CONTEXTUAL hold seed 0 of every kind the checker knows.
"""

from __future__ import annotations

import base64
import random
import string
from collections.abc import Callable

ALNUM = string.ascii_letters + string.digits
B64URL = ALNUM + "_-"
HEX = "0123456789abcdef"
LOWER_ALNUM = string.ascii_lowercase + string.digits
BASE64_NOPAD = ALNUM + "+/"

# Fixed markers and prefixes, spelt in pieces so no scanner mistakes this file for a key store.
OPENAI_MARKER = "T3Blbk" + "FJ"
AZURE_MARKER = "JQQJ" + "99"
AZURE_SIGNATURE = "AAAB" + "ACOG"  # B: Azure OpenAI; A would be AI Services (Foundry)
BEDROCK_LONG = "ABSK" + "QmVkcm9ja0FQSUtleS"
BEDROCK_SHORT = "bedrock-api-key-" + "YmVkcm9jay5hbWF6b25hd3MuY29t"
GEMINI_AUTH = "AQ." + "Ab8RN6"


def fill(n: int, alphabet: str, seed: int = 0) -> str:
    """n characters from alphabet, deterministic per seed, without runs or keyboard sequences."""
    rng = random.Random(f"{seed}:{n}:{alphabet}")  # noqa: S311 -- reproducible test data, not secrets
    out: list[str] = []
    while len(out) < n:
        ch = rng.choice(alphabet)
        if out and out[-1] == ch:
            continue
        out.append(ch)
    text = "".join(out)
    for seq in ("abcdefghij", "0123456789", "1234567890", "qwertyuiop"):
        assert seq not in text.lower()
    return text


def bedrock_short(seed: int = 0, body: int = 300) -> str:
    """A short-term Bedrock key as AWS's token generators write it: 'bedrock-api-key-' and the base64 of a
    presigned request (host, query, then '&Version=1'). `body` sets the security token's length."""
    query = "&".join(
        (
            "Action=CallWithBearerToken",
            "X-Amz-Algorithm=AWS4-HMAC-SHA256",
            "X-Amz-Credential=" + fill(20, string.ascii_uppercase + "234567", seed) + "%2F20261129%2Fbedrock",
            "X-Amz-Date=20261129T000000Z",
            "X-Amz-Expires=43200",
            "X-Amz-Security-Token=" + fill(body, ALNUM + "%", seed + 1),
            "X-Amz-Signature=" + fill(64, HEX, seed + 2),
            "X-Amz-SignedHeaders=host",
            "Version=1",
        )
    )
    return BEDROCK_SHORT[:16] + base64.b64encode(f"bedrock.amazonaws.com/?{query}".encode()).decode()


def bedrock_long(seed: int = 0, user: str = "") -> str:
    """A long-term Bedrock key laid out as published ones decode: ABSK and the base64 of the IAM service user
    name ('<user>-at-<12-digit account>'), ':' and a 60-character base64 secret (44 bytes). `user` defaults to
    the console's 'BedrockAPIKey-' and four characters."""
    rng = random.Random(f"bedrock:{seed}")  # noqa: S311 -- reproducible test data, not secrets
    secret = base64.b64encode(bytes(rng.randrange(256) for _ in range(44))).decode()
    user = user or "BedrockAPIKey-" + fill(4, LOWER_ALNUM, seed)
    account = str(rng.randrange(10**11, 10**12))
    return BEDROCK_LONG[:4] + base64.b64encode(f"{user}-at-{account}:{secret}".encode()).decode()


def uuid(seed: int = 0) -> str:
    h = fill(32, HEX, seed)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def openai(kind: str = "proj", half: int = 74, seed: int = 0, alphabet: str = "") -> str:
    """An OpenAI-shaped key: sk-<kind>- and two equal halves around the fixed marker."""
    # Legacy keys, and the 20 + 20 shape (kingfisher's sk-None- rule), hold letters and digits only.
    alphabet = alphabet or (ALNUM if kind == "" or half == 20 else B64URL)
    head = "sk-" + (f"{kind}-" if kind else "")
    return head + fill(half, alphabet, seed) + OPENAI_MARKER + fill(half, alphabet, seed + 1)


def anthropic(kind: str = "api03", seed: int = 0) -> str:
    """sk-ant-<kind>-: API and admin keys (any version) end in AA; session and OAuth tokens do not."""
    if kind.startswith(("api", "admin")):
        return f"sk-ant-{kind}-" + fill(93, B64URL, seed) + "AA"
    return f"sk-ant-{kind}-" + fill(80, B64URL, seed)


def azure_identifiable(seed: int = 0, service: str = "B") -> str:
    """An 84-character Azure key; `service` is the letter before ACOG (A AI Services, B Azure OpenAI)."""
    return (
        fill(52, ALNUM, seed)
        + AZURE_MARKER
        + fill(1, ALNUM, seed + 1)
        + "C"
        + fill(12, ALNUM, seed + 2)
        + "AAA"
        + service
        + AZURE_SIGNATURE[4:]
        + fill(4, ALNUM, seed + 3)
    )


# (provider, variant) -> a function building a valid key of that kind from a seed.
BUILD: dict[tuple[str, str], Callable[[int], str]] = {
    ("openai", "project"): lambda seed: openai("proj", seed=seed),
    ("openai", "service_account"): lambda seed: openai("svcacct", seed=seed),
    ("openai", "admin"): lambda seed: openai("admin", 58, seed),
    ("openai", "user"): lambda seed: openai("None", seed=seed),
    ("openai", "legacy"): lambda seed: openai("", 20, seed),
    ("anthropic", "standard"): lambda seed: anthropic("api03", seed),
    ("anthropic", "admin"): lambda seed: anthropic("admin01", seed),
    ("google", "standard"): lambda seed: "AIza" + fill(35, B64URL, seed),
    ("google", "auth_key"): lambda seed: GEMINI_AUTH + fill(44, B64URL, seed),
    ("azure_openai", "identifiable"): azure_identifiable,
    ("azure_openai", "ai_services"): lambda seed: azure_identifiable(seed, service="A"),
    ("aws_bedrock", "long_term"): bedrock_long,
    ("aws_bedrock", "short_term"): bedrock_short,
    ("groq", "standard"): lambda seed: "gsk_" + fill(52, ALNUM, seed),
    ("xai", "standard"): lambda seed: "xai-" + fill(80, ALNUM + "_", seed),
    ("huggingface", "user"): lambda seed: "hf_" + fill(34, string.ascii_letters, seed),
    ("huggingface", "org"): lambda seed: "api_org_" + fill(34, string.ascii_letters, seed),
    ("openrouter", "standard"): lambda seed: "sk-or-v1-" + fill(64, HEX, seed),
    ("perplexity", "standard"): lambda seed: "pplx-" + fill(48, ALNUM, seed),
    ("replicate", "standard"): lambda seed: "r8_" + fill(37, ALNUM, seed),
    ("together", "standard"): lambda seed: "tgp_v1_" + fill(43, B64URL, seed),
    ("fireworks", "standard"): lambda seed: "fw_" + fill(24, ALNUM, seed),
    ("cerebras", "standard"): lambda seed: "csk-" + fill(48, LOWER_ALNUM, seed),
    ("voyage", "standard"): lambda seed: "pa-" + fill(43, B64URL, seed),
    ("voyage", "al"): lambda seed: "al-" + fill(43, B64URL, seed),
    ("elevenlabs", "standard"): lambda seed: "sk_" + fill(48, HEX, seed),
    ("langsmith", "personal"): lambda seed: "lsv2_pt_" + fill(32, HEX, seed) + "_" + fill(10, HEX, seed + 1),
    ("langsmith", "service"): lambda seed: "lsv2_sk_" + fill(32, HEX, seed) + "_" + fill(10, HEX, seed + 1),
    ("pinecone", "standard"): lambda seed: "pcsk_" + fill(5, ALNUM, seed) + "_" + fill(63, ALNUM, seed + 1),
    ("nvidia", "standard"): lambda seed: "nvapi-" + fill(64, B64URL, seed),
    ("langfuse", "secret"): lambda seed: "sk-lf-" + uuid(seed),
}

# Shapes without a distinctive prefix: valid only once the provider is known. The seeds differ so that no
# two of these equal-length bodies are the same text.
BUILD_CONTEXTUAL: dict[tuple[str, str], Callable[[int], str]] = {
    ("azure_openai", "legacy"): lambda seed: fill(32, HEX, seed + 5),
    ("elevenlabs", "legacy"): lambda seed: fill(32, HEX, seed + 6),
    ("mistral", "standard"): lambda seed: fill(32, ALNUM, seed + 7),
    ("cohere", "standard"): lambda seed: fill(40, ALNUM, seed + 8),
    ("deepseek", "standard"): lambda seed: "sk-" + fill(32, HEX, seed + 9),
    ("pinecone", "legacy"): lambda seed: uuid(seed + 10),
    ("dashscope", "standard"): lambda seed: "sk-" + fill(32, LOWER_ALNUM, seed + 11),
    ("moonshot", "standard"): lambda seed: "sk-" + fill(48, B64URL, seed + 12),
}

VALID: dict[tuple[str, str], str] = {ident: build(0) for ident, build in BUILD.items()}
CONTEXTUAL: dict[tuple[str, str], str] = {ident: build(0) for ident, build in BUILD_CONTEXTUAL.items()}


def make(provider: str, seed: int = 0, variant: str = "") -> str:
    """A valid key of provider's variant (its first listed variant if none is named) for this seed."""
    builders = {**BUILD, **BUILD_CONTEXTUAL}
    if not variant:
        variant = next(v for p, v in builders if p == provider)
    return builders[(provider, variant)](seed)


# Ten kinds from ten prefixes: the variety the browser walk-throughs type, where each key costs real time.
SAMPLE: tuple[tuple[str, str], ...] = (
    ("openai", "project"),
    ("openai", "legacy"),
    ("anthropic", "standard"),
    ("google", "standard"),
    ("groq", "standard"),
    ("huggingface", "user"),
    ("openrouter", "standard"),
    ("xai", "standard"),
    ("perplexity", "standard"),
    ("replicate", "standard"),
)


def distinct_keys(count: int, seed: int = 7) -> list[str]:
    """count different keys cycling through SAMPLE, each from its own seed."""
    kinds = [SAMPLE[i % len(SAMPLE)] for i in range(count)]
    return [make(provider, seed * 1000 + i, variant) for i, (provider, variant) in enumerate(kinds)]


# The ways a key gets damaged between the provider's console and the reader's code.
MISTAKES: dict[str, Callable[[str], str]] = {
    "as_issued": lambda key: key,
    "spaces_around": lambda key: f"  {key} \n",
    "double_quotes": lambda key: f'"{key}"',
    "bearer_prefix": lambda key: "Bearer " + key,
    "env_line": lambda key: "API_KEY=" + key,
    "cut_short": lambda key: key[:-9],
    "pasted_twice": lambda key: key + key,
    "cyrillic_letter": lambda key: key[:12] + "\u0430" + key[13:],
    "zero_width_space": lambda key: key[:10] + "\u200b" + key[10:],
    "line_break_inside": lambda key: key[:20] + "\n" + key[20:],
}
