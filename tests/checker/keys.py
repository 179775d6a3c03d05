"""Build test keys from their parts, so that no key-shaped literal is ever written in the repository.

Bodies come from a seeded generator: varied like real keys (no long runs, no 'abcdef' sequences,
which the checker rightly calls placeholders) and the same on every run.
"""

from __future__ import annotations

import random
import string

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


def uuid(seed: int = 0) -> str:
    h = fill(32, HEX, seed)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def openai(kind: str = "proj", half: int = 74, seed: int = 0) -> str:
    alphabet = ALNUM if kind == "" else B64URL
    head = "sk-" + (f"{kind}-" if kind else "")
    return head + fill(half, alphabet, seed) + OPENAI_MARKER + fill(half, alphabet, seed + 1)


def anthropic(kind: str = "api03", seed: int = 0) -> str:
    if kind in ("api03", "admin01"):
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


# (provider, variant) -> a function building a valid key of that kind.
VALID: dict[tuple[str, str], str] = {
    ("openai", "project"): openai("proj"),
    ("openai", "service_account"): openai("svcacct"),
    ("openai", "admin"): openai("admin", 58),
    ("openai", "user"): openai("None"),
    ("openai", "legacy"): openai("", 20),
    ("anthropic", "standard"): anthropic("api03"),
    ("anthropic", "admin"): anthropic("admin01"),
    ("google", "standard"): "AIza" + fill(35, B64URL),
    ("google", "auth_key"): GEMINI_AUTH + fill(44, B64URL),
    ("azure_openai", "identifiable"): azure_identifiable(),
    ("azure_openai", "ai_services"): azure_identifiable(service="A"),
    ("aws_bedrock", "long_term"): BEDROCK_LONG + fill(109, BASE64_NOPAD) + "=",  # whole base64 groups
    ("aws_bedrock", "short_term"): BEDROCK_SHORT + fill(300, BASE64_NOPAD) + "&Version=1",
    ("groq", "standard"): "gsk_" + fill(52, ALNUM),
    ("xai", "standard"): "xai-" + fill(80, ALNUM + "_"),
    ("huggingface", "user"): "hf_" + fill(34, string.ascii_letters),
    ("huggingface", "org"): "api_org_" + fill(34, string.ascii_letters),
    ("openrouter", "standard"): "sk-or-v1-" + fill(64, HEX),
    ("perplexity", "standard"): "pplx-" + fill(48, ALNUM),
    ("replicate", "standard"): "r8_" + fill(37, ALNUM),
    ("together", "standard"): "tgp_v1_" + fill(43, B64URL),
    ("fireworks", "standard"): "fw_" + fill(24, ALNUM),
    ("cerebras", "standard"): "csk-" + fill(48, LOWER_ALNUM),
    ("voyage", "standard"): "pa-" + fill(43, B64URL),
    ("voyage", "al"): "al-" + fill(43, B64URL),
    ("elevenlabs", "standard"): "sk_" + fill(48, HEX),
    ("langsmith", "personal"): "lsv2_pt_" + fill(32, HEX) + "_" + fill(10, HEX, 1),
    ("langsmith", "service"): "lsv2_sk_" + fill(32, HEX) + "_" + fill(10, HEX, 1),
    ("pinecone", "standard"): "pcsk_" + fill(5, ALNUM) + "_" + fill(63, ALNUM, 1),
    ("nvidia", "standard"): "nvapi-" + fill(64, B64URL),
    ("langfuse", "secret"): "sk-lf-" + uuid(),
}

# Shapes without a distinctive prefix: valid only once the provider is known.
CONTEXTUAL: dict[tuple[str, str], str] = {
    ("azure_openai", "legacy"): fill(32, HEX, 5),
    ("elevenlabs", "legacy"): fill(32, HEX, 6),
    ("mistral", "standard"): fill(32, ALNUM, 7),
    ("cohere", "standard"): fill(40, ALNUM, 8),
    ("deepseek", "standard"): "sk-" + fill(32, HEX, 9),
    ("pinecone", "legacy"): uuid(10),
    ("dashscope", "standard"): "sk-" + fill(32, LOWER_ALNUM, 11),
    ("moonshot", "standard"): "sk-" + fill(48, B64URL, 12),
}
