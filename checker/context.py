"""Infer the provider from a variable name such as MISTRAL_API_KEY (a .env line, --env, --file)."""

from __future__ import annotations

from .providers import PROVIDERS

# Words in a variable name that point at one provider, most specific first
# (AZURE_OPENAI before OPENAI, OPENROUTER before OPENAI).
_NAME_WORDS: tuple[tuple[str, str], ...] = (
    ("AZURE_OPENAI", "azure_openai"),
    ("AZURE", "azure_openai"),
    ("OPENROUTER", "openrouter"),
    ("OPENAI", "openai"),
    ("ANTHROPIC", "anthropic"),
    ("CLAUDE", "anthropic"),
    ("GEMINI", "google"),
    ("GOOGLE", "google"),
    ("BEDROCK", "aws_bedrock"),
    ("GROQ", "groq"),
    ("XAI", "xai"),
    ("GROK", "xai"),
    ("MISTRAL", "mistral"),
    ("COHERE", "cohere"),
    ("HUGGING", "huggingface"),
    ("HF_", "huggingface"),
    ("DEEPSEEK", "deepseek"),
    ("PERPLEXITY", "perplexity"),
    ("PPLX", "perplexity"),
    ("REPLICATE", "replicate"),
    ("TOGETHER", "together"),
    ("FIREWORKS", "fireworks"),
    ("CEREBRAS", "cerebras"),
    ("VOYAGE", "voyage"),
    ("ELEVEN", "elevenlabs"),
    ("LANGSMITH", "langsmith"),
    ("LANGCHAIN", "langsmith"),
    ("PINECONE", "pinecone"),
    ("NVIDIA", "nvidia"),
    ("NGC", "nvidia"),
    ("LANGFUSE", "langfuse"),
)


def provider_for_env_var(name: str) -> str | None:
    """The provider a variable name belongs to: an exact SDK variable, else a provider's name in it."""
    upper = name.strip().upper()
    if not upper:
        return None
    for pid, prov in PROVIDERS.items():
        if upper in prov.env_vars:
            return pid
    for word, pid in _NAME_WORDS:
        if word in upper:
            return pid
    return None
