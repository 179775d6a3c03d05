"""Announced provider changes in page text: `{change:<provider>/<id>}` becomes the change's wording for
the build day, its `before` text until the change's `effective` day and its `after` text from then on.

The wording is written once, with the change in checker.PROVIDERS; pages, FAQ answers and comparison
cells name it instead of restating it, so they read right on either side of the date without an edit.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Mapping

from checker.providers import ScheduledChange
from sitegen.errors import BuildError
from sitegen.models import Dataset

TOKEN = re.compile(r"\{change:([a-z0-9_]+/[a-z0-9]+(?:-[a-z0-9]+)*)\}")
"""`{change:google/standard-keys-rejected}`: a provider id and a change id of that provider."""


def expand(text: str, changes: Mapping[str, ScheduledChange], today: str, where: str) -> str:
    """text with every change token replaced by its wording on `today` (an ISO date).

    where names the text in a message (a page, or file and entry); an unknown change stops the build.
    """

    def wording(match: re.Match[str]) -> str:
        change = changes.get(match.group(1))
        if change is None:
            line = text.count("\n", 0, match.start()) + 1
            known = ", ".join(sorted(changes)) or "none"
            raise BuildError(f"{where}:{line}: unknown scheduled change '{match.group(1)}' (known: {known})")
        return change.wording(today).strip()

    return TOKEN.sub(wording, text)


def _texts(value: object, field: str) -> Iterator[tuple[str, str]]:
    """(field path, text) of every string inside a data record, nested records and tuples included."""
    if isinstance(value, str):
        yield field, value
    elif isinstance(value, tuple):
        for i, item in enumerate(value):
            yield from _texts(item, f"{field}[{i}]")
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from _texts(getattr(value, f.name), f"{field}.{f.name}" if field else f.name)


def unknown_in_data(dataset: Dataset, changes: Mapping[str, ScheduledChange], data_label: str) -> list[str]:
    """One line per change token in data/ that names no known change, with file, entry and field; and one
    per token in an error entry, whose text also feeds the checker's offline lookup, where no build day
    exists to choose the wording."""
    problems = [
        f"{c.source_file}: entry '{e.id}': field '{field}': expected no {{change:...}} in an error entry "
        "(its text is also the offline error lookup's); name the change in the FAQ or a page instead"
        for c in dataset.catalogs
        for e in c.errors
        for field, text in _texts(e, "")
        if TOKEN.search(text)
    ]
    records: list[tuple[str, object]] = [(f"{data_label}/faq.yml: entry '{f.id}'", f) for f in dataset.faq]
    records += [
        (f"{data_label}/comparison.yml: entry '{t.id}' cell '{p}'", cell) for t in dataset.topics for p, cell in t.cells
    ]
    records += [(f"{data_label}/storage.yml: entry '{o.id}'", o) for o in dataset.storage]
    for where, record in records:
        for field, text in _texts(record, ""):
            for match in TOKEN.finditer(text):
                if match.group(1) not in changes:
                    problems.append(f"{where}: field '{field}': unknown scheduled change '{match.group(1)}'")
    return problems
