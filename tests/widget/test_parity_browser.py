"""The widget in real Chromium gives the same verdict as the CPython checker, typed or pasted."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from checker import PROVIDERS, diagnose
from tests.checker.keys import MISTAKES, SAMPLE, make
from tests.widget.helpers import Verdict, key_input, paste_text, type_text, wait_verdict
from tests.widget.test_findinglinks import site_links

pytestmark = pytest.mark.browser


def _compare(page: Page, case: str, provider: str = "") -> str | None:
    """None when the rendered verdict equals CPython's for what the input holds, else the case name."""
    shown = wait_verdict(page)
    # The browser drops line breaks from a one-line input: compare with what the input really holds.
    held = key_input(page).input_value()
    expected = Verdict.expected(diagnose(held, provider or None).to_dict())
    return None if shown == expected else f"{case}: shown {shown.codes} valid={shown.valid}, expected {expected.codes}"


def test_pasted_keys_of_every_provider_and_mistake_match_cpython(checker_page: Page) -> None:
    mismatches = []
    valid_seen = 0
    for seed, (provider, variant) in enumerate(SAMPLE):
        key = make(provider, seed, variant)
        for mistake, damage in MISTAKES.items():
            paste_text(checker_page, damage(key))
            mismatch = _compare(checker_page, f"{provider}-{variant}/{mistake}")
            if mismatch:
                mismatches.append(mismatch)
            valid_seen += wait_verdict(checker_page).valid
    assert mismatches == []
    # The keys are built to be well-formed: each provider's as-issued key reads as valid, unless its
    # kind is one the provider has stopped accepting (Gemini's standard keys).
    retired = sum(
        any(f.code == "FORMAT_RETIRED" for f in diagnose(make(provider, seed, variant)).findings)
        for seed, (provider, variant) in enumerate(SAMPLE)
    )
    assert valid_seen >= len(SAMPLE) - retired


@pytest.mark.parametrize("mistake", ["as_issued", "double_quotes", "cut_short", "cyrillic_letter"])
def test_typed_keys_match_cpython(checker_page: Page, mistake: str) -> None:
    mismatches = []
    for seed, (provider, variant) in enumerate(SAMPLE):
        type_text(checker_page, MISTAKES[mistake](make(provider, 100 + seed, variant)))
        mismatch = _compare(checker_page, f"{provider}-{variant}/{mistake}")
        if mismatch:
            mismatches.append(mismatch)
    assert mismatches == []


@pytest.mark.parametrize(
    ("builder", "expected_provider"),
    [("openai", "anthropic"), ("anthropic", "anthropic"), ("google", "openai")],
    ids=["openai-key-expected-anthropic", "anthropic-key-expected-anthropic", "google-key-expected-openai"],
)
def test_expected_provider_select_matches_cpython(checker_page: Page, builder: str, expected_provider: str) -> None:
    checker_page.get_by_label("I expect a key from").select_option(expected_provider)
    paste_text(checker_page, make(builder, 42))
    assert _compare(checker_page, builder, expected_provider) is None


def test_changing_the_expected_provider_updates_the_verdict(checker_page: Page) -> None:
    paste_text(checker_page, make("groq", 5))
    assert wait_verdict(checker_page).provider == "groq"
    checker_page.get_by_label("I expect a key from").select_option("openai")
    assert _compare(checker_page, "groq-then-openai", "openai") is None


def test_verdict_shows_provider_kind_masked_key_and_linked_fixes(checker_page: Page, site_url: str) -> None:
    key = make("openai", 9)
    paste_text(checker_page, '"' + key + '"')
    shown = wait_verdict(checker_page)
    report = diagnose(key_input(checker_page).input_value()).to_dict()
    result = checker_page.locator(".keycheck__result")
    text = result.inner_text()
    assert report["provider"] == "openai"
    assert PROVIDERS["openai"].name in text
    assert shown.masked == report["masked"]
    assert key not in text
    links = result.locator("li[data-code] a")
    assert links.count() == len(report["findings"]) > 0
    pages = site_links()
    for code, link in zip(shown.codes, links.all(), strict=True):
        target = pages.guides["openai"] if code in pages.by_provider else pages.findings[code]
        assert link.get_attribute("href") == site_url + target.url
        assert (link.text_content() or "").startswith(f"Read more: {target.title} (about: ")
