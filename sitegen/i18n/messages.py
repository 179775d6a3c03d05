"""The language the generated pages are worded in: gettext catalogs of the templates' and the
generator's own words (sitegen/locale/<ll_CC>/LC_MESSAGES/sitegen.po, compiled to .mo beside it).

Words are written in English and marked where they are written: `{% trans %}` in the templates,
`_("...")` in the Python that words a page. `scripts/update-site-catalogs` extracts and compiles them with
Babel. The build of an edition sets its language once (`use_language`); the many small functions that
word a page read it from a context variable, so none needs an extra parameter.
"""

from __future__ import annotations

import gettext
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path

from checker import i18n as checker_i18n

DOMAIN = "sitegen"
SOURCE_LANGUAGE = "en"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"

_language: ContextVar[str] = ContextVar("sitegen_language", default=SOURCE_LANGUAGE)


def catalog_folder(language: str) -> str:
    """gettext's folder name of a BCP 47 tag: zh-TW -> zh_TW."""
    return language.replace("-", "_")


@cache
def translations(language: str) -> gettext.NullTranslations:
    """The compiled catalog of a language (the source language: the words as written)."""
    if language == SOURCE_LANGUAGE:
        return gettext.NullTranslations()
    path = LOCALE_DIR / catalog_folder(language) / "LC_MESSAGES" / f"{DOMAIN}.mo"
    if not path.is_file():
        raise ValueError(f"no catalog for language {language!r} (no {path.name}: scripts/update-site-catalogs)")
    with path.open("rb") as compiled:
        return gettext.GNUTranslations(compiled)


def current() -> str:
    return _language.get()


def set_language(language: str) -> None:
    """Word every page of this build in language (a build makes one edition)."""
    translations(language)  # an unknown language stops the build here, not at the first page
    _language.set(language)


@contextmanager
def use_language(language: str) -> Iterator[None]:
    """Word pages in language inside the block (tests, and builds that make one edition after another)."""
    translations(language)
    token = _language.set(language)
    try:
        yield
    finally:
        _language.reset(token)


def _(message: str) -> str:
    """message in the current language."""
    return translations(current()).gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    return translations(current()).ngettext(singular, plural, count)


def N_(message: str) -> str:
    """Mark a message kept in a table for translation where it is shown (with _())."""
    return message


def data_text(text: str) -> str:
    """Text of the provider data (checker.providers: a format's label or alphabet, a test call's expected
    answer, a note) in the current language, from the checker's catalog, which holds one translation of
    each such text for the checker and the site alike (checker.datatext collects them)."""
    if not text:  # gettext("") is the catalog's header
        return text
    return checker_i18n.translate(text, current())
