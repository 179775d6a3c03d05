"""Test keys built from parts at run time, never written whole, and the copy mistakes readers make.

Bodies come from a seeded generator, so every run types the same keys and no two keys share a run
of eight characters outside their prefixes.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable

ALNUM = string.ascii_letters + string.digits
B64URL = ALNUM + "_-"
HEX = "0123456789abcdef"


def _body(rng: random.Random, length: int, alphabet: str = ALNUM) -> str:
    return "".join(rng.choice(alphabet) for _ in range(length))


def openai_project(rng: random.Random) -> str:
    # A 164-character project key: prefix, two equal halves around the fixed marker.
    return "sk-" + "proj-" + _body(rng, 74, B64URL) + "T3Blbk" + "FJ" + _body(rng, 74, B64URL)


def openai_legacy(rng: random.Random) -> str:
    return "sk-" + _body(rng, 20) + "T3Blbk" + "FJ" + _body(rng, 20)


def anthropic(rng: random.Random) -> str:
    return "sk-" + "ant-" + "api03-" + _body(rng, 93, B64URL) + "AA"


def google(rng: random.Random) -> str:
    return "AI" + "za" + _body(rng, 35, B64URL)


def groq(rng: random.Random) -> str:
    return "gsk" + "_" + _body(rng, 52)


def huggingface(rng: random.Random) -> str:
    return "hf" + "_" + _body(rng, 34, string.ascii_letters)


def openrouter(rng: random.Random) -> str:
    return "sk-" + "or-" + "v1-" + _body(rng, 64, HEX)


def xai(rng: random.Random) -> str:
    return "xai" + "-" + _body(rng, 80)


def perplexity(rng: random.Random) -> str:
    return "pplx" + "-" + _body(rng, 48)


def replicate(rng: random.Random) -> str:
    return "r8" + "_" + _body(rng, 37)


BUILDERS: dict[str, Callable[[random.Random], str]] = {
    "openai_project": openai_project,
    "openai_legacy": openai_legacy,
    "anthropic": anthropic,
    "google": google,
    "groq": groq,
    "huggingface": huggingface,
    "openrouter": openrouter,
    "xai": xai,
    "perplexity": perplexity,
    "replicate": replicate,
}

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


def make(builder: str, seed: int) -> str:
    return BUILDERS[builder](random.Random(seed))  # noqa: S311 - reproducible test data


def distinct_keys(count: int, seed: int = 7) -> list[str]:
    """count different keys cycling through every provider builder."""
    rng = random.Random(seed)  # noqa: S311 - reproducible test data
    names = list(BUILDERS)
    return [BUILDERS[names[i % len(names)]](rng) for i in range(count)]


def runs(text: str, width: int = 8) -> set[str]:
    """Every run of width characters in text: what must never appear in a request."""
    return {text[i : i + width] for i in range(len(text) - width + 1)}
