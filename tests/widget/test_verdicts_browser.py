"""The three verdicts in real Chromium: the headline, its mark and data-verdict follow the checker's verdict,
and the findings of other services' secrets, unknown key versions and retired kinds of key are shown."""

from __future__ import annotations

import random
import string

import pytest
from playwright.sync_api import BrowserContext, Page

from checker import diagnose
from tests.widget.helpers import RESULT, Verdict, key_input, paste_text, start, wait_verdict
from tests.widget.keys import make

pytestmark = pytest.mark.browser

_RNG = random.Random(11)  # noqa: S311 - reproducible test data
_B64URL = string.ascii_letters + string.digits + "_-"


def _body(n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(_RNG.choice(alphabet) for _ in range(n))


UNSURE = ("cannot_tell", "unsure", "Cannot tell")
HF_WITH_DIGITS = "hf" + "_" + _body(30, string.ascii_letters) + "7z4q"
NEWER_ANTHROPIC = "sk-ant-" + "api04-" + _body(93, _B64URL) + "AA"

# (case, text, verdict, headline class, headline start, first finding)
CASES = [
    ("valid", make("groq", 3), "valid", "good", "The format looks right for Groq", None),
    ("disputed", HF_WITH_DIGITS, *UNSURE, "CHARACTERS_UNUSUAL"),
    ("shared-shape", _body(32), *UNSURE, "AMBIGUOUS_FORMAT"),
    ("newer-anthropic", NEWER_ANTHROPIC, *UNSURE, "KEY_VERSION_UNKNOWN"),
    ("stripe", "sk_" + "live_" + _body(40), "invalid", "bad", "This is not an AI provider key", "OTHER_SECRET"),
    ("retired-gemini", make("google", 4), "invalid", "bad", "This is not a valid Google Gemini key", "FORMAT_RETIRED"),
    ("cut-xai", make("xai", 5)[:-8], "invalid", "bad", "This is not a valid xAI key", "TOO_SHORT"),
]  # fmt: skip


@pytest.fixture
def checker_page(context: BrowserContext, page: Page, site_url: str) -> Page:
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url.rstrip("/"))
    page.goto(site_url + "key-checker/")
    start(page)
    return page


def test_each_verdict_is_shown_as_the_checker_gives_it(checker_page: Page) -> None:
    shown_cases = []
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
        shown_cases.append(case)
    assert shown_cases == [c[0] for c in CASES]
