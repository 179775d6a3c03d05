"""The widget's behaviour in real Chromium: intent loading, injection, keyboard, axe, failures,
clearing, hiding and Material's instant navigation."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Route

from checker import diagnose
from tests.checker.keys import make
from tests.support import AXE
from tests.widget.helpers import (
    CLIENT_BOOT_LIMIT_MS,
    RESULT,
    Verdict,
    checker_workers,
    checker_workers_after_settling,
    key_input,
    paste_text,
    start,
    state,
    type_text,
    wait_state,
    wait_verdict,
)
from tests.widget.test_findinglinks import site_links

pytestmark = pytest.mark.browser






def test_input_is_a_private_password_field(page: Page, site_url: str) -> None:
    page.goto(site_url + "key-checker/")
    field = key_input(page)
    assert field.get_attribute("type") == "password"
    for name, value in {
        "autocomplete": "off",
        "spellcheck": "false",
        "autocapitalize": "off",
        "autocorrect": "off",
    }.items():
        assert field.get_attribute(name) == value, name
    assert page.get_by_role("combobox", name="I expect a key from").count() == 1
    assert page.get_by_role("button", name="Clear API key").is_visible()
    # With scripting on, the no-JavaScript note is not rendered and the form is there from the start.
    assert page.locator(".keycheck__nojs").count() == 0
    assert page.locator(".keycheck__form").is_visible()


@pytest.mark.parametrize(
    ("path", "form", "note"),
    [
        ("key-checker/", ".keycheck__form", ".keycheck__nojs"),
        ("troubleshooting/", ".errorlookup__form", ".errorlookup__nojs"),
    ],
    ids=["key-checker", "error-lookup"],
)
def test_without_javascript_the_note_replaces_the_form(
    browser: Browser, site_url: str, path: str, form: str, note: str
) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site_url + path)
        assert page.locator(note).first.is_visible()
        assert "needs JavaScript" in page.locator(note).first.inner_text()
        assert not page.locator(form).first.is_visible()
    finally:
        context.close()


def test_loads_on_intent_with_progress_then_gives_a_verdict(page: Page, site_url: str) -> None:
    page.goto(site_url + "troubleshooting/")  # a page that starts the checker on intent only
    root = page.locator("[data-keycheck]").first  # the flowchart further down has a second one
    page.wait_for_load_state("load")
    assert state(page) == "idle"
    field = root.get_by_label("API key", exact=True)
    field.focus()
    page.wait_for_selector('[data-keycheck-state="loading"] .keycheck__progress:not([hidden])', state="attached")
    assert wait_state(page, "ready", "error") == "ready"
    assert root.locator(".keycheck__progress").is_hidden()
    field.press_sequentially(make("anthropic", 3))
    shown = wait_verdict(page)
    assert shown.provider == "anthropic"
    assert shown.valid


def test_typing_before_ready_is_checked_once_ready(page: Page, site_url: str) -> None:
    page.goto(site_url + "key-checker/")
    type_text(page, make("google", 4))  # starts the load; the text waits for the checker
    assert wait_verdict(page).provider == "google"


def test_html_in_the_key_shows_as_text_and_runs_nothing(open_context: BrowserContext, site_url: str) -> None:
    page = open_context.new_page()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(site_url + "key-checker/")
    title = page.title()
    start(page)
    probe = "<img src=x onerror=\"document.title='injected'\">"
    for text in [probe, "sk-" + "proj-" + probe, make("groq", 8) + probe]:
        paste_text(page, text)
        shown = wait_verdict(page)
        assert shown == Verdict.expected(diagnose(key_input(page).input_value()).to_dict())
    result = page.locator(RESULT)
    assert result.locator("img, script, iframe, svg").count() == 0
    assert page.title() == title
    assert [u for u in requested if u.endswith("/x")] == []


def _tab_to(page: Page, selector: str, limit: int = 120) -> None:
    for _ in range(limit):
        if page.locator(f"{selector}:focus").count():
            return
        page.keyboard.press("Tab")
    pytest.fail(f"Tab never reached {selector}")


def test_keyboard_only_walk_and_axe_finds_no_violation(open_context: BrowserContext, site_url: str) -> None:
    page = open_context.new_page()
    page.goto(site_url + "key-checker/")
    page.add_script_tag(path=str(AXE))
    axe = "async root => (await axe.run(document.querySelector(root))).violations.map(v => v.id + ': ' + v.help)"
    assert page.evaluate(axe, "[data-keycheck]") == []

    _tab_to(page, "#keycheck-1-key")
    assert wait_state(page, "ready", "error") == "ready"
    page.keyboard.type(make("xai", 12))
    assert wait_verdict(page).provider == "xai"
    page.keyboard.press("Tab")
    toggle = page.get_by_role("button", name="Show API key")
    assert page.locator(".keycheck__toggle:focus").count() == 1
    page.keyboard.press("Enter")
    assert key_input(page).get_attribute("type") == "text"
    assert page.get_by_role("button", name="Hide API key").count() == 1
    page.keyboard.press("Space")
    assert key_input(page).get_attribute("type") == "password"
    assert toggle.count() == 1
    status = page.get_by_role("status")
    assert status.get_attribute("aria-live") == "polite"
    assert "format looks right" in status.inner_text()
    assert page.evaluate(axe, "[data-keycheck]") == []
    # Clear by keyboard: focus returns to the empty input.
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert key_input(page).input_value() == ""
    assert page.locator("#keycheck-1-key:focus").count() == 1


def _abort(route: Route) -> None:
    route.abort()


def test_blocked_wasm_shows_the_error_state_and_retry_recovers(page: Page, site_url: str) -> None:
    page.route("**/*.wasm", _abort)
    page.goto(site_url + "key-checker/")
    key_input(page).focus()
    # Pyodide usually reports the failed download at once; when it stalls instead, the widget's own boot
    # limit must still end in the error state, so wait past that limit.
    assert wait_state(page, "ready", "error", timeout_ms=CLIENT_BOOT_LIMIT_MS + 15_000) == "error"
    error = page.get_by_role("alert")
    assert "could not be loaded" in error.inner_text()
    # The page stays usable: the field takes text, the rest of the page responds.
    key_input(page).fill("still typing")
    assert key_input(page).input_value() == "still typing"
    page.get_by_role("button", name="Show API key").click()
    assert key_input(page).get_attribute("type") == "text"
    assert checker_workers_after_settling(page) == []
    page.unroute("**/*.wasm", _abort)
    page.get_by_role("button", name="Try again").click()
    assert wait_state(page, "ready", "error") == "ready"
    paste_text(page, make("replicate", 2))
    assert wait_verdict(page).provider == "replicate"


@pytest.mark.parametrize(
    ("script", "words"),
    [
        ("delete window.WebAssembly;", "WebAssembly"),
        ("{ const W = Worker; window.Worker = function (url) { return new W(url); }; }", "background worker"),
    ],
    ids=["no-webassembly", "no-module-worker"],
)
def test_missing_browser_features_fail_in_plain_words(page: Page, site_url: str, script: str, words: str) -> None:
    page.add_init_script(script)
    page.goto(site_url + "key-checker/")
    key_input(page).focus()
    assert wait_state(page, "ready", "error") == "error"
    assert words in page.get_by_role("alert").inner_text()
    assert checker_workers_after_settling(page) == []


def test_clear_empties_the_input_and_ends_the_worker(page: Page, site_url: str) -> None:
    page.goto(site_url + "key-checker/")
    start(page)
    type_text(page, make("perplexity", 1))
    wait_verdict(page)
    closed: list[str] = []
    for worker in page.workers:
        worker.on("close", lambda w: closed.append(w.url))
    page.get_by_role("button", name="Clear API key").click()
    assert key_input(page).input_value() == ""
    assert page.locator(f"{RESULT}[data-valid]").count() == 0
    assert page.locator(RESULT).inner_text() == ""
    assert wait_state(page, "ready", "error") == "ready"  # a fresh worker, booted at once
    assert [u for u in closed if u.endswith("/assets/keycheck/worker.js")] != []
    assert len(checker_workers(page)) == 1


@pytest.mark.parametrize("path", ["key-checker/", "troubleshooting/"])
def test_each_finding_links_to_its_mapped_page_from_any_page(page: Page, site_url: str, path: str) -> None:
    """Links resolve to the same pages wherever the widget is embedded; provider problems go to the guide."""
    pages = site_links()
    page.goto(site_url + path)
    root = page.locator("[data-keycheck]").first  # the troubleshooting page has a second one in its flowchart
    field = root.get_by_label("API key", exact=True)
    field.focus()
    page.wait_for_selector('[data-keycheck][data-keycheck-state="ready"]', state="attached", timeout=90_000)
    cases = [
        # A paste mistake: the page its code maps to.
        ("", "'" + make("openai", 5) + "'", "QUOTES_AROUND", pages.findings["QUOTES_AROUND"]),
        # A damaged key of a known provider: that provider's guide.
        ("", make("anthropic", 3)[:-6], "TOO_SHORT", pages.guides["anthropic"]),
        # Another provider's key than the one expected: the guide of the provider the checker detected.
        ("openai", make("anthropic", 4), "PROVIDER_MISMATCH", pages.guides["anthropic"]),
    ]
    assert pages.findings["QUOTES_AROUND"].url == "store-your-key/#on-your-own-machine-a-env-file"
    for expected_provider, text, code, target in cases:
        root.get_by_label("I expect a key from").select_option(expected_provider)
        field.fill(text)
        page.wait_for_selector(f"[data-keycheck] {RESULT}[data-valid]:not([aria-busy])", state="attached")
        link = root.locator(f'{RESULT} li[data-code="{code}"] a.keycheck__more')
        assert link.get_attribute("href") == site_url + target.url
        assert (link.text_content() or "").startswith(f"Read more: {target.title} (about: ")
    # The link leads to the page it names.
    root.locator(f'{RESULT} li[data-code="PROVIDER_MISMATCH"] a.keycheck__more').click()
    page.wait_for_url(site_url + pages.guides["anthropic"].url)


def test_hidden_for_long_clears_the_key_and_the_worker(page: Page, site_url: str) -> None:
    page.goto(site_url + "key-checker/")
    page.locator("[data-keycheck]").evaluate("root => { root.dataset.clearAfter = '300'; }")
    start(page)
    paste_text(page, make("huggingface", 6))
    wait_verdict(page)
    page.evaluate(
        """() => {
            Object.defineProperty(document, "visibilityState", {configurable: true, get: () => "hidden"});
            document.dispatchEvent(new Event("visibilitychange"));
        }"""
    )
    assert wait_state(page, "idle") == "idle"
    assert key_input(page).input_value() == ""
    assert page.locator(f"{RESULT}[data-valid]").count() == 0
    page.wait_for_timeout(200)  # the terminated worker leaves Playwright's list asynchronously
    assert checker_workers_after_settling(page) == []


def test_instant_navigation_remounts_without_a_second_worker(page: Page, instant_site_url: str) -> None:
    site_url = instant_site_url
    page.goto(site_url, wait_until="networkidle")  # the sitemap is loaded: links are taken over
    page.evaluate("() => { window.keycheckSamePage = true; }")
    page.locator(".md-tabs a, .md-nav a").filter(has_text="Key checker").first.click()
    page.wait_for_selector("[data-keycheck]", state="attached")
    start(page)
    # The swapped-in page was parsed with scripting off: its no-JS note must not survive the mount.
    assert page.locator(".keycheck__nojs").count() == 0
    assert page.evaluate("() => window.keycheckSamePage === true"), "navigation reloaded the page"
    paste_text(page, make("openrouter", 3))
    assert wait_verdict(page).provider == "openrouter"

    # The home page hosts a checker too (the worker may stay for it): leave for a page with none.
    page.locator(".md-tabs a, .md-nav a").filter(has_text="FAQ").first.click()
    page.wait_for_url(site_url + "faq/")
    page.wait_for_timeout(300)
    assert checker_workers_after_settling(page) == []
    page.go_back()
    page.wait_for_selector("[data-keycheck]", state="attached")
    start(page)
    paste_text(page, make("groq", 3))
    assert wait_verdict(page).provider == "groq"
    assert len(checker_workers(page)) == 1
    assert page.evaluate("() => window.keycheckSamePage === true")


def test_two_widgets_on_one_page_share_one_worker(page: Page, site_url: str) -> None:
    page.goto(site_url + "troubleshooting/")
    roots = page.locator("[data-keycheck]")
    assert roots.count() >= 1
    first = roots.first
    field = first.get_by_label("API key", exact=True)
    field.focus()
    page.wait_for_selector('[data-keycheck][data-keycheck-state="ready"]', state="attached", timeout=90_000)
    field.fill(make("google", 21))
    page.wait_for_selector(f"[data-keycheck] {RESULT}[data-valid]:not([aria-busy])", state="attached")
    assert first.locator(RESULT).get_attribute("data-provider") == "google"
    # Every widget on the page follows the one worker's state.
    assert {r.get_attribute("data-keycheck-state") for r in roots.all()} == {"ready"}
    assert len(checker_workers(page)) == 1
