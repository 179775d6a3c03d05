"""Offline after one visit, in real Chromium with the context set offline: the key checker (from the
snapshot) and the error lookup still work from the service worker's cache, which holds only the build's
listed files, and a new build's worker deletes the caches of older ones."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page

from checker import diagnose
from sitegen import offline
from tests.checker.keys import make
from tests.checker.leaks import runs
from tests.widget.helpers import Verdict, allow_clipboard, paste_text, start, wait_verdict

pytestmark = pytest.mark.browser

READY_WORKER = "async () => { await navigator.serviceWorker.ready; return (await caches.keys()).sort(); }"
CACHED_URLS = """async () => {
    const urls = [];
    for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }
    return urls.sort();
}"""


@pytest.fixture
def visitor(browser: Browser, site_url: str) -> Iterator[BrowserContext]:
    """A reader's browser: a fresh profile whose service workers are allowed."""
    context = browser.new_context(service_workers="allow")
    allow_clipboard(context, site_url)
    yield context
    context.close()


def _precache(built_site: Path) -> list[str]:
    text = (built_site / "sw.js").read_text(encoding="utf-8")
    found = re.search(r"const PRECACHE = (\[.*?\]);", text, re.DOTALL)
    assert found is not None
    listed: list[str] = json.loads(found[1])
    return listed


def _current_cache(page: Page) -> str:
    script = page.evaluate("async () => (await navigator.serviceWorker.ready).active.scriptURL")
    found = re.search(r'const VERSION = "([0-9a-f]+)"', page.request.get(script).text())
    assert found is not None
    return "keybase-offline-" + found[1]


def _first_visit(page: Page, site_url: str) -> list[str]:
    page.goto(site_url + "key-checker/")
    start(page)
    caches: list[str] = page.evaluate(READY_WORKER)
    return caches


def test_checker_and_error_lookup_work_offline_after_one_visit(
    visitor: BrowserContext, site_url: str, built_site: Path
) -> None:
    page = visitor.new_page()
    caches = _first_visit(page, site_url)
    assert len(caches) == 1
    assert caches[0].startswith("keybase-offline-")
    visitor.set_offline(True)
    page.reload()
    start(page)
    assert page.locator("html").get_attribute("data-checker-boot") == "snapshot"
    key = make("anthropic", 4)
    paste_text(page, key)
    assert wait_verdict(page) == Verdict.expected(diagnose(key).to_dict())
    # A page with the error lookup, never visited, was precached too.
    page.goto(site_url + "troubleshooting/")
    page.locator(".errorlookup__text").focus()
    page.wait_for_selector('[data-error-lookup-state="ready"]', state="attached", timeout=90_000)
    page.locator(".errorlookup__text").fill("Error code: 401 - Incorrect API key provided")
    page.wait_for_selector(".errorlookup__result[data-match]", state="attached", timeout=30_000)
    assert page.locator(".errorlookup__result").get_attribute("data-match") == "openai/401-invalid-api-key"
    # The cache holds exactly the build's list, less what only a plain boot reads (the standard library
    # and the wheel, which a boot from the snapshot never fetched), and nothing the reader typed.
    cached = page.evaluate(CACHED_URLS)
    listed = _precache(built_site)
    assert len(offline.fallback_only(listed)) == 2
    kept = [path for path in listed if path not in offline.fallback_only(listed)]
    expected = sorted(site_url + ("" if path == "./" else path) for path in kept)
    assert cached == expected
    assert not any(run in url for url in cached for run in runs(key))


def test_a_new_build_deletes_the_old_offline_cache(visitor: BrowserContext, site_url: str) -> None:
    page = visitor.new_page()
    page.goto(site_url + "key-checker/")
    # What an older build's worker left behind, and a cache of some other script on the same site.
    page.evaluate("async () => { await caches.open('keybase-offline-0000000000000000'); await caches.open('other'); }")
    _first_visit(page, site_url)
    for _ in range(100):  # the worker deletes old caches while it activates, just after `ready`
        caches = page.evaluate("async () => (await caches.keys()).sort()")
        if "keybase-offline-0000000000000000" not in caches:
            break
        page.wait_for_timeout(50)
    assert [c for c in caches if c.startswith("keybase-offline-")] == [_current_cache(page)]
    assert "other" in caches  # not the site worker's to delete


# The checker's state 200 ms after the page's load event (an init script runs before the page's own): an
# idle start waits for a second of quiet after load, so only an earlier start has left "idle" by then.
STATE_AT_LOAD = """addEventListener("load", () => setTimeout(() => {
  window.stateAtLoad = document.querySelector("[data-keycheck]")?.dataset.keycheckState ?? "none";
}, 200));"""


@pytest.mark.parametrize(("path", "mode"), [("", "idle"), ("key-checker/", "returning")], ids=["home", "key-checker"])
def test_a_returning_reader_boots_a_checker_first_page_at_once(
    visitor: BrowserContext, site_url: str, path: str, mode: str
) -> None:
    page = visitor.new_page()
    page.add_init_script(STATE_AT_LOAD)
    page.goto(site_url + path)  # the checker is the page's main job
    page.wait_for_load_state("load")
    assert page.locator("[data-keycheck]").get_attribute("data-start") == mode
    page.wait_for_timeout(400)  # the probe has run (200 ms after load)
    # First visit: no offline copy yet, so the checker waits for the page to settle (idle) or for intent.
    assert page.evaluate("window.stateAtLoad") == "idle"
    start(page)
    page.evaluate(READY_WORKER)
    again = visitor.new_page()
    again.add_init_script(STATE_AT_LOAD)
    again.goto(site_url + path)
    again.wait_for_load_state("load")
    again.wait_for_timeout(400)
    # The offline copy holds everything the worker needs: it started without waiting for the page to settle.
    assert again.evaluate("window.stateAtLoad") in {"loading", "ready"}
    # A page whose checker waits for intent still waits, offline copy or not.
    other = visitor.new_page()
    other.add_init_script(STATE_AT_LOAD)
    other.goto(site_url + "troubleshooting/")
    other.wait_for_load_state("load")
    other.wait_for_timeout(500)
    assert other.locator("[data-keycheck]").first.get_attribute("data-keycheck-state") == "idle"


def test_a_returning_readers_worker_reads_the_runtime_and_snapshot_straight_from_the_offline_copy(
    visitor: BrowserContext, site_url: str
) -> None:
    _first_visit(visitor.new_page(), site_url)
    requested: list[str] = []
    visitor.on("request", lambda request: requested.append(request.url))
    page = visitor.new_page()
    page.goto(site_url + "key-checker/")
    start(page)
    assert page.locator("html").get_attribute("data-checker-boot") == "snapshot"
    # Neither the network nor the service worker was asked for them: the worker took them from the cache.
    assert any(url.endswith("/manifest.json") for url in requested)
    assert [url for url in requested if url.endswith((".wasm", ".bin"))] == []
