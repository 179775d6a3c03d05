"""The text of the provider data that the checker's messages and the site's pages show, for the
message catalogs.

`scripts/update-catalogs` adds these to what Babel extracts from the `_()` calls: the provider tables
(checker.providers) are data, written once for the site and the checker, so their words are collected
here rather than wrapped in markers field by field. The runtime never imports this module; each field
is translated where it is shown (`_(fmt.label)`; the site's generated pages read the same catalog
through `checker.i18n.translate`, so each text has one translation).
"""

from __future__ import annotations

from .providers import PROVIDERS


def shown_data_text() -> list[tuple[str, str]]:
    """(text, where) of every data field a message, a report or a site page shows, each text once:
    the checker's fields in table order, then the fields only the site shows."""
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
    for prov in PROVIDERS.values():  # what only the site's provider pages show
        found.setdefault(prov.notes, f"{prov.id} notes")
        found.setdefault(prov.remarks, f"{prov.id} remarks")
        found.setdefault(prov.test_call.expect, f"{prov.id} test call expect")
        found.setdefault(prov.test_call.notes, f"{prov.id} test call notes")
    return [(text, where) for text, where in found.items() if text]
