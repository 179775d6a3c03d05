"""Hand-written pages that link to a generated error page must not restate its facts differently.

A link such as [OpenAI 429 `insufficient_quota`](errors/openai/429-insufficient-quota.md) repeats the
entry's status and code in its text, and a link may quote the message; when the catalog changes, this
test points at the stale link.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml

from tests.content.nav import DOCS, ROOT

_LINK = re.compile(r"\[(?P<text>[^\]]+)\]\((?P<target>[^)\s]*errors/(?P<provider>[a-z_]+)/(?P<id>[\w-]+)\.md)\)")
_STATUS = re.compile(r"\b[1-5]\d\d\b")
_CODE = re.compile(r"`([^`]+)`")
_QUOTED = re.compile(r'"([^"]+)"')


def _catalog() -> dict[str, dict[str, Any]]:
    entries: dict[str, dict[str, Any]] = {}
    for path in sorted((ROOT / "data" / "errors").glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for entry in data["errors"]:
            entries[f"{path.stem}/{entry['id']}"] = entry
    return entries


def _links() -> list[tuple[str, str, str]]:
    """(page, link text, provider/id) for every link from a hand-written page to an error page."""
    found = []
    for page in sorted(DOCS.rglob("*.md")):
        for match in _LINK.finditer(page.read_text(encoding="utf-8")):
            if match["id"] == "index":
                continue  # a provider's list of errors: nothing to compare
            found.append((str(page.relative_to(DOCS)), match["text"], f"{match['provider']}/{match['id']}"))
    return found


LINKS = _links()
CATALOG = _catalog()


def test_the_pages_link_to_error_pages() -> None:
    pages = {page for page, _, _ in LINKS}
    assert {"troubleshooting/index.md", "test-your-key.md"} <= pages


@pytest.mark.parametrize(("page", "text", "ref"), LINKS, ids=[f"{p}:{r}" for p, _, r in LINKS])
def test_link_text_agrees_with_the_catalog(page: str, text: str, ref: str) -> None:
    assert ref in CATALOG, f"{page}: link to {ref}, which the error catalog does not have"
    entry = CATALOG[ref]
    statuses = _STATUS.findall(text)
    if statuses:
        assert str(entry["status"]) in statuses, f"{page}: '{text}' links to {ref} (status {entry['status']})"
    known = " ".join(_strings(entry))
    for code in _CODE.findall(text):
        # "..." or "…" in a quoted code stands for any middle part (API_KEY_..._BLOCKED).
        pattern = ".*".join(re.escape(part) for part in re.split(r"\.\.\.|…", code))
        assert re.search(pattern, known), f"{page}: '{text}' quotes `{code}`, which {ref} does not carry"
    said = " ".join(_strings([entry.get("title"), entry.get("message"), entry.get("variants")])).lower()
    for quote in _QUOTED.findall(text):
        # A quote is the message's own words up to its first variable part, which a page may fill with an
        # example ("Missing scopes: api.model.read"); "…" marks left-out text. Those words must be the entry's.
        for part in re.split(r"\.\.\.|…", quote):
            words = re.match(r"[\w' -]*", part.strip())
            lead = words[0].strip().lower() if words else ""
            if len(lead) >= 3:
                assert lead in said, f"{page}: '{text}' quotes \"{quote}\"; {ref}'s message does not say {lead!r}"


def _strings(value: object) -> list[str]:
    """Every string inside an entry (status, type, code, message, patterns, causes...)."""
    if isinstance(value, dict):
        return [s for item in value.values() for s in _strings(item)]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return [] if value is None else [str(value)]
