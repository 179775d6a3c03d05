"""The text of the provider data that the checker's messages show, for the message catalogs.

`scripts/update-catalogs` adds these to what Babel extracts from the `_()` calls: the provider tables
(checker.providers) are data, written once for the site and the checker, so their words are collected
here rather than wrapped in markers field by field. The runtime never imports this module; each field
is translated where it is shown (`_(fmt.label)`).
"""

from __future__ import annotations

from .providers import PROVIDERS


def shown_data_text() -> list[tuple[str, str]]:
    """(text, where) of every data field a message or a report shows, each text once, in table order."""
    found: dict[str, str] = {}
    for prov in PROVIDERS.values():
        for fmt in prov.formats:
            where = f"{prov.id}/{fmt.variant}"
            found.setdefault(fmt.label, f"{where} label")
            found.setdefault(fmt.alphabet, f"{where} alphabet")
            for length, _chars, text in fmt.length_chars:
                found.setdefault(text, f"{where} alphabet at {length}")
            if not fmt.is_api_key:  # NOT_AN_API_KEY quotes the notes of what is not a key
                found.setdefault(fmt.notes, f"{where} notes")
            if fmt.replacement:
                found.setdefault(fmt.replacement, f"{where} replacement")
            for change in prov.changes:
                if change.id in fmt.retirement:
                    found.setdefault(change.before, f"{prov.id}/{change.id} before")
                    found.setdefault(change.after, f"{prov.id}/{change.id} after")
        if prov.family is not None:
            found.setdefault(prov.family.note, f"{prov.id} family note")
    return [(text, where) for text, where in found.items() if text]
