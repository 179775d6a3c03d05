"""PROVIDERS is the one source for tables and rules: check its shape and internal consistency."""

from __future__ import annotations

import dataclasses
import re

import pytest

from checker import PROVIDERS, KeyFormat, Provider, Source

REQUIRED = [
    "openai",
    "anthropic",
    "google",
    "azure_openai",
    "aws_bedrock",
    "groq",
    "xai",
    "mistral",
    "cohere",
    "huggingface",
    "openrouter",
    "deepseek",
    "perplexity",
    "replicate",
    "together",
    "fireworks",
    "cerebras",
    "voyage",
    "elevenlabs",
    "langsmith",
    "pinecone",
    "nvidia",
    "langfuse",
    "dashscope",
    "moonshot",
]

FORMATS = [(p, f) for p in PROVIDERS.values() for f in p.formats]
FORMAT_IDS = [f"{p.id}-{f.variant}" for p, f in FORMATS]


def _sources(p: Provider) -> list[Source]:
    found = list(p.sources) + list(p.test_call.sources)
    for f in p.formats:
        found.extend(f.sources)
    return found


def test_every_required_provider_in_display_order() -> None:
    assert list(PROVIDERS)[:3] == ["openai", "anthropic", "google"]
    assert sorted(PROVIDERS) == sorted(REQUIRED)
    assert all(pid == p.id for pid, p in PROVIDERS.items())


def test_mapping_is_read_only() -> None:
    with pytest.raises(TypeError):
        PROVIDERS["x"] = PROVIDERS["openai"]  # type: ignore[index]


@pytest.mark.parametrize("provider", list(PROVIDERS.values()), ids=list(PROVIDERS))
def test_provider_fields(provider: Provider) -> None:
    assert dataclasses.is_dataclass(provider)
    with pytest.raises(dataclasses.FrozenInstanceError):
        provider.name = "x"  # type: ignore[misc]
    assert provider.formats
    assert isinstance(provider.formats, tuple)
    assert provider.env_vars
    assert all(re.fullmatch(r"[A-Z][A-Z0-9_]*", v) for v in provider.env_vars)
    assert "<key>" in provider.auth_header
    assert provider.console_url.startswith("https://")
    assert provider.docs_url.startswith("https://")
    call = provider.test_call
    assert call.method in ("GET", "POST")
    assert call.url.startswith("https://")
    assert any("<key>" in value for _, value in call.headers)
    assert call.expect.endswith(".")
    variants = [f.variant for f in provider.formats]
    assert len(variants) == len(set(variants))
    for source in _sources(provider):
        assert source.url.startswith("https://")
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", source.checked)
        assert source.title


@pytest.mark.parametrize(("provider", "fmt"), FORMATS, ids=FORMAT_IDS)
def test_format_fields(provider: Provider, fmt: KeyFormat) -> None:
    lo, hi = fmt.total_length
    assert 0 < lo <= hi
    assert all(lo <= n <= hi for n in fmt.lengths)
    assert len(fmt.prefix) < lo
    assert fmt.sources, "every format names where it comes from"
    assert fmt.label
    assert fmt.alphabet
    assert fmt.notes
    assert fmt.confidence in ("high", "low")
    assert fmt.chars
    assert fmt.structure in (
        "",
        "middle",
        "end",
        "after_prefix",
        "fixed",
        "uuid",
        "langsmith",
        "pinecone",
        "bedrock",
        "bedrock_short",
    )
    if fmt.structure in ("middle", "end", "after_prefix", "fixed"):
        assert fmt.marker
    if fmt.structure == "fixed":
        assert (fmt.marker, fmt.fixed[0][1]) == (fmt.fixed[0][1], fmt.marker), "the marker is the first fixed part"
        assert all(pos + len(part) <= lo for pos, part in fmt.fixed)


@pytest.mark.parametrize(("provider", "fmt"), FORMATS, ids=FORMAT_IDS)
def test_every_length_and_disagreement_names_its_sources(provider: Provider, fmt: KeyFormat) -> None:
    assert fmt.length_sources, "the sources of the lengths"
    assert set(fmt.length_sources) <= set(fmt.sources)
    assert set(fmt.disputed_by) <= set(fmt.sources)
    disputed = bool(fmt.disputed_lengths or fmt.loose_chars)
    assert bool(fmt.disputed_by) == disputed, "a disagreement names who disagrees, and only then"
    lo, hi = fmt.total_length
    assert all(lo <= n <= hi and n not in fmt.lengths for n in fmt.disputed_lengths)
    assert set(fmt.chars) <= set(fmt.loose_chars or fmt.chars)


def test_prefixes_do_not_collide_within_a_provider() -> None:
    for provider in PROVIDERS.values():
        prefixes = [f.prefix for f in provider.formats if f.prefix]
        # Two formats may share a prefix only when their lengths tell them apart.
        assert len(prefixes) == len(set(prefixes)), provider.id


@pytest.mark.parametrize(("provider", "fmt"), FORMATS, ids=FORMAT_IDS)
def test_a_disputed_length_names_only_sources_that_dispute(provider: Provider, fmt: KeyFormat) -> None:
    for length, sources in fmt.disputed_length_by:
        assert length in fmt.disputed_lengths
        assert sources
        assert set(sources) <= set(fmt.disputed_by)
