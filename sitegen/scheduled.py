"""Announced provider changes in page text: `{change:<provider>/<id>}` becomes the change's wording for
the build day, its `before` text until the change's `effective` day and its `after` text from then on.

The wording is written once, with the change in checker.PROVIDERS; pages, FAQ answers and comparison
cells name it instead of restating it, so they read right on either side of the date without an edit.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from checker.providers import ScheduledChange
from sitegen.errors import BuildError

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
