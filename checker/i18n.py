"""The language of the checker's messages: gettext catalogs read with the standard library alone.

Messages are written in English and marked where they are written: `_("...")` translates at once,
`N_("...")` only marks text kept in data (translated later, where it is shown). Placeholders are named
`str.format` fields (`{length}`), so a translation may put them in any order. The compiled catalogs
(`locale/<ll_CC>/LC_MESSAGES/checker.mo`) ship inside the package and are read as package data, so
the same code works in CPython, from a wheel, and in Pyodide. `scripts/update-catalogs` extracts and
compiles them with Babel, a development tool only.

The language is set per call (`diagnose(..., lang="zh-TW")`) and held in a context variable while the
call runs, so the many small functions that word a message need no extra parameter.
"""

from __future__ import annotations

import gettext
import io
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from importlib import resources

DOMAIN = "checker"
DEFAULT = "en"
LANGUAGES: tuple[str, ...] = ("en", "zh-TW")
"""The languages the checker answers in, as BCP 47 tags; English is the source language."""

# Tags a page or a user may give for a supported language (compared lowercase, '_' read as '-').
_ALIASES: dict[str, str] = {
    "en": "en",
    "zh-tw": "zh-TW",
    "zh-hant": "zh-TW",
    "zh-hant-tw": "zh-TW",
}


class UnknownLanguage(ValueError):
    """A language the checker has no messages for."""


def resolve(tag: str | None) -> str:
    """The supported language a tag names ('zh-Hant-TW' -> 'zh-TW', 'en-GB' -> 'en'); empty -> English.

    Raises UnknownLanguage for any other tag: a caller asked for a language explicitly and should hear
    that it is not there, rather than get English without a word."""
    if tag is None or not tag.strip():
        return DEFAULT
    lowered = tag.strip().replace("_", "-").lower()
    if lowered in _ALIASES:
        return _ALIASES[lowered]
    if lowered.split("-", 1)[0] == "en":
        return DEFAULT
    raise UnknownLanguage(f"no messages in language {tag!r}; known: {', '.join(LANGUAGES)}")


@cache
def translation(lang: str) -> gettext.NullTranslations:
    """The catalog of a supported language (English: no catalog, the messages as written)."""
    lang = resolve(lang)
    if lang == DEFAULT:
        return gettext.NullTranslations()
    folder = lang.replace("-", "_")
    data = resources.files(__package__).joinpath("locale", folder, "LC_MESSAGES", f"{DOMAIN}.mo").read_bytes()
    return gettext.GNUTranslations(io.BytesIO(data))


_ENGLISH = gettext.NullTranslations()
# The default is one shared object that is never changed (NullTranslations holds no state we touch).
_current: ContextVar[gettext.NullTranslations] = ContextVar("checker_language", default=_ENGLISH)


@contextmanager
def language(lang: str | None) -> Iterator[str]:
    """Word every message in `lang` until the block ends (nested blocks restore the outer language)."""
    resolved = resolve(lang)
    token = _current.set(translation(resolved))
    try:
        yield resolved
    finally:
        _current.reset(token)


def _(message: str) -> str:
    """`message` in the current language (as written when the catalog has no translation of it)."""
    return _current.get().gettext(message)


def N_(message: str) -> str:
    """Mark text for extraction without translating it yet (it is translated where it is shown)."""
    return message


def ngettext(singular: str, plural: str, count: int) -> str:
    """The singular or plural form for `count`, in the current language's plural rules."""
    return _current.get().ngettext(singular, plural, count)


def translate(message: str, lang: str) -> str:
    """`message` (English text marked with N_, such as a finding's title) in `lang`, outside any call."""
    return translation(lang).gettext(message)


def pgettext(context: str, message: str) -> str:
    """`message` translated in a context (short pieces such as list separators need one)."""
    return _current.get().pgettext(context, message)
