"""Small helpers that make messages read naturally: articles, lists, lengths, positions.

Each helper words its piece in the current language (checker.i18n): English articles and plurals, or
the translation's own forms ('an OpenAI project key' is 'OpenAI 專案金鑰' in zh-TW).
"""

from __future__ import annotations

from .chars import describe
from .i18n import _, ngettext, pgettext
from .providers import KeyFormat, Provider, Source


def article(name: str) -> str:
    """'an OpenAI', 'a Groq', 'an xAI'."""
    vowel_sound = name[:1] in "AEIOU" or name.startswith(("xAI", "NVIDIA"))
    return (_("an {name}") if vowel_sound else _("a {name}")).format(name=name)


def join_or(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return pgettext("list", ", ").join(items[:-1]) + pgettext("list", " or ") + items[-1]


def join_and(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return pgettext("list", ", ").join(items[:-1]) + pgettext("list", " and ") + items[-1]


def sentences(*parts: str) -> str:
    """Sentences one after the other: a space between them in English, nothing in Chinese."""
    text = ""
    for part in parts:
        if part:
            text = pgettext("sentences", "{first} {second}").format(first=text, second=part) if text else part
    return text


def characters(count: int) -> str:
    """'1 character', '12 characters'."""
    return ngettext("{count} character", "{count} characters", count).format(count=count)


def expected_lengths(fmt: KeyFormat) -> str:
    """'108 characters', '164, 132 or 56 characters', 'between 113 and 275 characters'."""
    if fmt.lengths:
        lengths = sorted(set(fmt.lengths), reverse=True)
        listed = join_or([str(n) for n in lengths])
        return ngettext("{lengths} character", "{lengths} characters", lengths[-1]).format(lengths=listed)
    lo, hi = fmt.total_length
    if lo == hi:
        return characters(lo)
    return _("between {low} and {high} characters").format(low=lo, high=hi)


def label(fmt: KeyFormat) -> str:
    """The format's label ('project key') in the current language."""
    return _(fmt.label)


def key_name(provider: Provider, fmt: KeyFormat) -> str:
    """'OpenAI project key', 'Anthropic API key', 'Mistral API key'."""
    text = label(fmt)
    if text == fmt.label and not text.lower().startswith("api key"):
        text = f"{text[:1].lower()}{text[1:]}"  # English: 'Project key' reads 'OpenAI project key'
    return _("{provider} {kind}").format(provider=provider.name, kind=text)


def listed_chars(found: tuple[tuple[int, str], ...], total: int) -> str:
    """Name the characters and their positions, e.g. "'.' at position 31 (and 3 more)"."""
    parts = [_("{char} at position {position}").format(char=describe(ch), position=pos + 1) for pos, ch in found]
    text = join_and(parts)
    if total > len(found):
        text += more(total - len(found))
    return text


def more(count: int) -> str:
    """' (and 3 more)': what a list of the first few leaves out."""
    return _(" (and {count} more)").format(count=count)


def prefix_list(provider: Provider) -> str:
    prefixes = list(dict.fromkeys(f.prefix for f in provider.formats if f.prefix and f.is_api_key))
    return join_or([f"'{p}'" for p in prefixes])


def name_plural(name: str) -> str:
    """'OpenAI project keys'; a closing remark in brackets stays last: 'resource keys (84 characters)'.

    Words without plural forms (Chinese) leave the name as it is."""
    head, bracket, tail = name.partition(" (")
    return _("{name}s{remark}").format(name=head, remark=f"{bracket}{tail}")


def source_name(source: Source) -> str:
    """What a message calls a source: the scanner's name for its rule files, else the page's publisher."""
    first = source.title.split(" ", 1)[0]
    if "/" in first:
        return first.split("/", 1)[1]
    return source.title.split(":", 1)[0]


def source_names(sources: tuple[Source, ...]) -> str:
    """'gitleaks and betterleaks': each named once, in order."""
    return join_and(list(dict.fromkeys(source_name(s) for s in sources)))
