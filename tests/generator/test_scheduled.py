"""Announced changes in page text read right on either side of their day (fixed "today"s)."""

from __future__ import annotations

import dataclasses

import pytest

from checker import PROVIDERS
from checker.providers import ScheduledChange, Source
from sitegen.dataset import load_dataset
from sitegen.errors import BuildError
from sitegen.freshness import changes_by_ref
from sitegen.scheduled import expand, unknown_in_data
from tests.support import ROOT

SOURCE = Source("Provider docs", "https://example.org/docs", "2026-08-01")
CHANGES = {
    "acme/cutoff": ScheduledChange(
        "cutoff",
        "2026-09-01",
        "From 1 September old keys will fail.",
        "Old keys fail since 1 September.",
        (SOURCE,),
        "2026-08-01",
    )
}


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        ("2026-08-31", "Note: From 1 September old keys will fail. Then..."),
        ("2026-09-01", "Note: Old keys fail since 1 September. Then..."),
        ("2027-01-01", "Note: Old keys fail since 1 September. Then..."),
    ],
)
def test_a_token_takes_the_wording_of_the_build_day(today: str, expected: str) -> None:
    assert expand("Note: {change:acme/cutoff} Then...", CHANGES, today, "page.md") == expected


def test_text_without_tokens_is_unchanged() -> None:
    text = "A {brace} and {change:} and {change:Acme/x} stay as written."
    assert expand(text, CHANGES, "2026-11-29", "page.md") == text


def test_an_unknown_change_names_the_page_and_line() -> None:
    with pytest.raises(
        BuildError, match=r"^docs/x\.md:2: unknown scheduled change 'acme/nope' \(known: acme/cutoff\)$"
    ):
        expand("one\ntwo {change:acme/nope}", CHANGES, "2026-11-29", "docs/x.md")


def test_gemini_standard_key_steps_read_as_past_on_the_day_they_were_checked() -> None:
    changes = changes_by_ref(PROVIDERS)
    assert expand("{change:google/unrestricted-standard-keys-rejected}", changes, "2026-11-29", "p").startswith(
        "Since 19 June 2026 the Gemini API rejects"
    )
    assert expand("{change:google/standard-keys-rejected}", changes, "2026-08-31", "p").startswith(
        "In September 2026 (Google names the month, not a day) the Gemini API will reject"
    )


def test_data_tokens_are_checked_and_kept_out_of_error_entries() -> None:
    dataset = load_dataset(ROOT / "data", {p.id: p.name for p in PROVIDERS.values()})
    assert unknown_in_data(dataset, changes_by_ref(PROVIDERS), "data") == []
    catalog = dataset.catalogs[0]
    entry = dataclasses.replace(catalog.errors[0], fixes=("Do this. {change:google/standard-keys-rejected}",))
    broken = dataclasses.replace(dataset, catalogs=(dataclasses.replace(catalog, errors=(entry,)),))
    assert unknown_in_data(broken, changes_by_ref(PROVIDERS), "data") == [
        f"data/errors/openai.yml: entry '{entry.id}': field 'fixes[0]': expected no {{change:...}} in an error "
        "entry (its text is also the offline error lookup's); name the change in the FAQ or a page instead"
    ]
