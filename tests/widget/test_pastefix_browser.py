"""Paste mistakes in real Chromium: a key pasted inside a command, a sentence, a .env line with a comment,
after an ellipsis, joined to another key or as a Langfuse pair is named, and the widget shows the checker's
own report for what the field holds (the cleaned key's provider and masked form, "as pasted")."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from checker import diagnose
from tests.checker.keys import VALID, uuid
from tests.widget.helpers import RESULT, Verdict, key_input, paste_text, wait_verdict

pytestmark = pytest.mark.browser

PROJECT = VALID[("openai", "project")]
ANTHROPIC = VALID[("anthropic", "standard")]
LANGFUSE = VALID[("langfuse", "secret")]

# (case, text, the finding that names the mistake)
CASES = [
    ("curl", f'curl https://api.openai.com/v1/models -H "Authorization: Bearer {PROJECT}"', "COMMAND_AROUND_KEY"),
    ("sentence", f"my key is {ANTHROPIC} thanks", "TEXT_AROUND_KEY"),
    ("env-comment", f"MY_API_KEY={PROJECT} # production", "INLINE_COMMENT"),
    ("ellipsis", PROJECT + "\u2026", "TRAILING_ELLIPSIS"),
    ("joined", PROJECT + ANTHROPIC, "TWO_KEYS_JOINED"),
    ("langfuse-pair", f"pk-lf-{uuid(3)}:{LANGFUSE}", "KEY_PAIR_PASTED"),
]


def test_paste_mistakes_are_named_and_the_cleaned_key_shown(checker_page: Page) -> None:
    for case, text, first in CASES:
        paste_text(checker_page, text)
        shown = wait_verdict(checker_page)
        report = diagnose(key_input(checker_page).input_value())
        assert shown == Verdict.expected(report.to_dict()), case
        assert (shown.verdict, report.cleaned_verdict) == ("invalid", "valid"), case
        assert first in shown.codes, case
        assert shown.masked == report.masked, case
        headline = checker_page.locator(f"{RESULT} .keycheck__headline").text_content() or ""
        assert headline.endswith("key as pasted"), case
        assert text not in checker_page.locator(RESULT).inner_text(), case
