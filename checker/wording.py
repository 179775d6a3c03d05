"""Small helpers that make messages read naturally: articles, lists, lengths, positions."""

from __future__ import annotations

from .chars import describe
from .providers import KeyFormat, Provider, Source


def article(name: str) -> str:
    """'an OpenAI', 'a Groq', 'an xAI'."""
    vowel_sound = name[:1] in "AEIOU" or name.startswith(("xAI", "NVIDIA"))
    return ("an " if vowel_sound else "a ") + name


def join_or(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " or " + items[-1]


def join_and(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def expected_lengths(fmt: KeyFormat) -> str:
    """'108 characters', '164, 132 or 56 characters', 'between 113 and 275 characters'."""
    if fmt.lengths:
        return join_or([str(n) for n in sorted(set(fmt.lengths), reverse=True)]) + " characters"
    lo, hi = fmt.total_length
    return f"{lo} characters" if lo == hi else f"between {lo} and {hi} characters"


def key_name(provider: Provider, fmt: KeyFormat) -> str:
    """'OpenAI project key', 'Anthropic API key', 'Mistral API key'."""
    label = fmt.label
    if label.lower().startswith("api key"):
        return f"{provider.name} {label}"
    return f"{provider.name} {label[:1].lower()}{label[1:]}"


def listed_chars(found: tuple[tuple[int, str], ...], total: int) -> str:
    """Name the characters and their positions, e.g. "'.' at position 31 (and 3 more)"."""
    parts = [f"{describe(ch)} at position {pos + 1}" for pos, ch in found]
    text = join_and(parts)
    if total > len(found):
        text += f" (and {total - len(found)} more)"
    return text


def prefix_list(provider: Provider) -> str:
    prefixes = list(dict.fromkeys(f.prefix for f in provider.formats if f.prefix and f.is_api_key))
    return join_or([f"'{p}'" for p in prefixes])


def name_plural(name: str) -> str:
    """'OpenAI project keys'; a closing remark in brackets stays last: 'resource keys (84 characters)'."""
    head, bracket, tail = name.partition(" (")
    return f"{head}s{bracket}{tail}"


def source_name(source: Source) -> str:
    """What a message calls a source: the scanner's name for its rule files, else the page's publisher."""
    first = source.title.split(" ", 1)[0]
    if "/" in first:
        return first.split("/", 1)[1]
    return source.title.split(":", 1)[0]


def source_names(sources: tuple[Source, ...]) -> str:
    """'gitleaks and betterleaks': each named once, in order."""
    return join_and(list(dict.fromkeys(source_name(s) for s in sources)))
