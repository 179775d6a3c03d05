"""The browser worker's entry points: text in, JSON text out (no Python object crosses into JavaScript).

The worker imports this module after a plain boot, and the build imports it (and calls `warm`) before it
takes the memory snapshot the worker boots from, so both paths run the same code.
"""

from __future__ import annotations

import json

from .engine import diagnose
from .errorlookup import lookup
from .i18n import LANGUAGES, UnknownLanguage, resolve


def page_language(tag: str) -> str:
    """The checker's language for a page's `lang` ('zh-Hant-TW' -> 'zh-TW'); English for any other page."""
    try:
        return resolve(tag)
    except UnknownLanguage:
        return "en"


def check(text: str, provider: str, lang: str = "") -> str:
    """diagnose(text, provider).to_dict() as JSON; an internal error is named, never traced (it may hold the key)."""
    try:
        return json.dumps(diagnose(text, provider or None, page_language(lang)).to_dict())
    except Exception as exc:  # a traceback could quote the key
        return json.dumps({"internal_error": type(exc).__name__})


def lookup_error(text: str, lang: str = "") -> str:
    """lookup(text).to_dict() as JSON; a pasted error may hold a key, so no traceback either."""
    try:
        return json.dumps(lookup(text, page_language(lang)).to_dict())
    except Exception as exc:  # a traceback could quote the key
        return json.dumps({"internal_error": type(exc).__name__})


def warm() -> None:
    """Run both entry points once in every language, so everything they load lazily (the error catalog,
    the message catalogs, compiled patterns, stdlib modules) is in memory before a snapshot is taken: a
    snapshot keeps memory, not files. The long word reaches the indexes only text of a key's length builds
    (checker.shortlist), which a reader's first real key would otherwise pay for."""
    for lang in LANGUAGES:
        check("placeholder", "", lang)
        check("placeholder" * 8, "", lang)
        lookup_error("401 invalid api key", lang)
