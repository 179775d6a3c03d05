"""The three verdicts in real Chromium: the headline, its mark and data-verdict follow the checker's verdict,
and the findings of other services' secrets, unknown key versions and retired kinds of key are shown."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from checker import diagnose
from sitegen.widgets import SEVERITY_WORDS
from tests.checker.keys import ALNUM, anthropic, fill, make
from tests.widget.helpers import RESULT, Verdict, key_input, paste_text, wait_verdict

pytestmark = pytest.mark.browser

UNSURE = ("cannot_tell", "unsure", "Cannot tell")
STRIPE = "sk_" + "live_" + fill(40, ALNUM, 11)  # another service's secret
HF_WITH_DIGITS = make("huggingface", 11)[:-4] + "7z4q"
NEWER_ANTHROPIC = anthropic("api04", 11)

# (case, text, verdict, headline class, headline start, first finding)
CASES = [
    ("valid", make("groq", 3), "valid", "good", "The format looks right for Groq", None),
    ("valid-with-note", make("langfuse", 3), "valid", "good", "The format looks right for Langfuse", "KEY_PAIR_NEEDED"),
    ("disputed", HF_WITH_DIGITS, *UNSURE, "CHARACTERS_UNUSUAL"),
    ("shared-shape", fill(32, ALNUM, 11), *UNSURE, "AMBIGUOUS_FORMAT"),
    ("newer-anthropic", NEWER_ANTHROPIC, *UNSURE, "KEY_VERSION_UNKNOWN"),
    ("stripe", STRIPE, "invalid", "bad", "This is not an AI provider key", "OTHER_SECRET"),
    ("retired-gemini", make("google", 4), "invalid", "bad", "This is not a valid Google Gemini key", "FORMAT_RETIRED"),
    ("cut-xai", make("xai", 5)[:-8], "invalid", "bad", "This is not a valid xAI key", "TOO_SHORT"),
]  # fmt: skip


def severities(text: str) -> list[str]:
    return [finding.severity for finding in diagnose(text).findings]


def test_each_verdict_is_shown_as_the_checker_gives_it(checker_page: Page) -> None:
    shown_cases = []
    seen: set[str] = set()
    for case, text, verdict, kind, headline, first in CASES:
        paste_text(checker_page, text)
        shown = wait_verdict(checker_page)
        expected = Verdict.expected(diagnose(key_input(checker_page).input_value()).to_dict())
        assert shown == expected, case
        assert shown.verdict == verdict, case
        assert shown.valid is (verdict == "valid"), case
        head = checker_page.locator(f"{RESULT} .keycheck__headline")
        assert head.get_attribute("class") == f"keycheck__headline keycheck__headline--{kind}", case
        assert (head.text_content() or "").startswith(headline), case
        mark = head.evaluate("node => getComputedStyle(node, '::before').content")
        assert mark == {"good": '"✓"', "bad": '"!"', "unsure": '"?"'}[kind], case
        if first:
            assert shown.codes[0] == first, case
        assert text not in (checker_page.locator(RESULT).inner_text()), case
        labels = checker_page.locator(f"{RESULT} li[data-severity]").evaluate_all(
            "items => items.map(i => [i.dataset.severity, i.querySelector('.keycheck__severity').textContent])"
        )
        # The words come from the page's data block (sitegen.widgets), the one place they are written.
        assert labels == [[s, f"{SEVERITY_WORDS[s]}: "] for s in severities(key_input(checker_page).input_value())]
        seen |= {severity for severity, _ in labels}
        shown_cases.append(case)
    assert shown_cases == [c[0] for c in CASES]
    assert seen == set(SEVERITY_WORDS)  # every severity's word was shown
