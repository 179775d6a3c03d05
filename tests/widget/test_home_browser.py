"""The home page hosts the key checker: above the fold on a phone and a laptop, and a real walk-through
(a pasted key, built in code from parts, gets the same verdict as the CPython checker, shown masked)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from checker import diagnose
from tests.checker.keys import make
from tests.widget.helpers import Verdict, key_input, paste_text, start, wait_verdict

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(("width", "height"), [(390, 844), (1280, 800)])
def test_the_checker_and_its_promise_are_above_the_fold(page: Page, site_url: str, width: int, height: int) -> None:
    page.set_viewport_size({"width": width, "height": height})
    page.goto(site_url)
    assert page.title() == "AI API Key Guide: check, fix and store your AI API keys"
    field = key_input(page).bounding_box()
    assert field is not None
    assert field["y"] + field["height"] <= height, field
    promise = page.get_by_text("Nothing is sent anywhere", exact=True).bounding_box()
    assert promise is not None
    assert promise["y"] + promise["height"] <= height, promise


def test_home_page_lists_the_common_tasks(page: Page, site_url: str) -> None:
    page.goto(site_url)
    tasks = page.locator(".kb-tasks")
    for name, href in [
        ("Get a key", "get-a-key/"),
        ("Fix an error", "troubleshooting/"),
        ("Store your key", "store-your-key/"),
        ("Paste the error you got", "troubleshooting/#paste-your-error"),
    ]:
        link = tasks.get_by_role("link", name=name, exact=True).get_attribute("href") or ""
        assert link in {href, site_url + href}, name  # instant navigation makes links absolute


@pytest.mark.usefixtures("clipboard")
def test_pasting_a_key_on_the_home_page_gives_the_checkers_verdict(page: Page, site_url: str) -> None:
    page.goto(site_url)
    start(page)
    key = make("openai", 14)
    paste_text(page, key)
    shown = wait_verdict(page)
    assert shown == Verdict.expected(diagnose(key).to_dict())
    assert (shown.provider, shown.verdict) == ("openai", "valid")
    assert shown.masked.endswith(key[-4:])
    assert key not in page.locator(".keycheck__result").inner_text()
    assert key not in page.url
    # A damaged copy of the same key on the same page: the verdict changes, and says why.
    paste_text(page, key[:-10])
    cut = wait_verdict(page)
    assert cut == Verdict.expected(diagnose(key[:-10]).to_dict())
    assert not cut.valid
