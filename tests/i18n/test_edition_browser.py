"""The zh-TW key checker as built by scripts/build, in real Chromium with real Pyodide: the page at
/zh-TW/key-checker/ boots the root's runtime and answers in Chinese."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from checker import diagnose
from tests.checker.keys import make
from tests.widget.helpers import BOOT_TIMEOUT_MS, SETTLED, wait_state

pytestmark = pytest.mark.browser


def test_the_zh_tw_key_checker_answers_in_chinese(page: Page, site_url: str) -> None:
    key = make("openai", 7)
    page.goto(site_url + "zh-TW/key-checker/")
    assert page.locator("html").get_attribute("lang") == "zh-Hant-TW"
    field = page.get_by_label("API 金鑰", exact=True)
    field.focus()
    assert wait_state(page, "ready", "error") == "ready"
    field.fill(f'"{key}"')
    page.wait_for_selector(SETTLED, state="attached", timeout=BOOT_TIMEOUT_MS)
    result = page.locator(".keycheck__result")
    expected = diagnose(f'"{key}"', None, lang="zh-TW")
    assert result.locator(".keycheck__fix").all_text_contents() == [f.fix for f in expected.findings]
    assert result.locator(".keycheck__headline").text_content() == "貼上的內容不是有效的 OpenAI 金鑰"
    assert key[20:40] not in (result.text_content() or "")


def test_the_language_switcher_keeps_the_reader_on_the_same_page(page: Page, site_url: str) -> None:
    # Material's own script would send the reader to the other edition's home when English sits at the
    # root; the switcher's links name the same page, so a click lands there, both ways.
    page.goto(site_url + "faq/")
    page.locator(".md-header__option .md-select").hover()
    page.locator('a.md-select__link[hreflang="zh-Hant-TW"]').click()
    page.wait_for_url(site_url + "zh-TW/faq/")
    assert page.locator("html").get_attribute("lang") == "zh-Hant-TW"
    page.locator(".md-header__option .md-select").hover()
    page.locator('a.md-select__link[hreflang="en"]').click()
    page.wait_for_url(site_url + "faq/")
    assert page.locator("html").get_attribute("lang") == "en"
