"""Drive the key checker in a Playwright page and read its verdict back from the DOM.

Everything waits on DOM markers (data attributes, aria-busy), never on page-side functions: under the
site's strict CSP Playwright's wait_for_function cannot run.
"""

from __future__ import annotations

import json
import re
import urllib.request
from dataclasses import dataclass
from typing import Any

from playwright.sync_api import BrowserContext, Locator, Page, Request

ROOT = "[data-keycheck]"
RESULT = ".keycheck__result"
SETTLED = f"{RESULT}[data-valid]:not([aria-busy])"
BOOT_TIMEOUT_MS = 90_000
# The widget's own limit (client.js): a runtime that never answers ends in the error state after it.
CLIENT_BOOT_LIMIT_MS = 120_000


@dataclass(frozen=True)
class Verdict:
    """What the widget rendered, in the terms of diagnose(...).to_dict()."""

    provider: str
    valid: bool
    verdict: str
    codes: tuple[str, ...]
    messages: tuple[str, ...]
    fixes: tuple[str, ...]
    masked: str

    @classmethod
    def expected(cls, report: dict[str, Any]) -> Verdict:
        findings = report["findings"]
        return cls(
            provider=report["provider"] or "",
            valid=bool(report["valid"]),
            verdict=report["verdict"],
            codes=tuple(f["code"] for f in findings),
            messages=tuple(f["message"] for f in findings),
            fixes=tuple(f["fix"] for f in findings),
            masked=report["masked"] or "",
        )


def key_input(page: Page) -> Locator:
    return page.get_by_label("API key", exact=True)


def state(page: Page) -> str | None:
    return page.locator(ROOT).first.get_attribute("data-keycheck-state")


def wait_state(page: Page, *states: str, timeout_ms: int = BOOT_TIMEOUT_MS) -> str:
    selector = ", ".join(f'{ROOT}[data-keycheck-state="{s}"]' for s in states)
    page.wait_for_selector(selector, state="attached", timeout=timeout_ms)
    return state(page) or ""


def start(page: Page) -> None:
    """Focus the input (the reader's intent) and wait until the checker is ready."""
    key_input(page).focus()
    assert wait_state(page, "ready", "error") == "ready"


def wait_verdict(page: Page) -> Verdict:
    page.wait_for_selector(SETTLED, state="attached", timeout=BOOT_TIMEOUT_MS)
    result = page.locator(RESULT).first
    findings = result.locator("li[data-code]")
    masked = result.locator("code")
    return Verdict(
        provider=result.get_attribute("data-provider") or "",
        valid=result.get_attribute("data-valid") == "true",
        verdict=result.get_attribute("data-verdict") or "",
        codes=tuple(findings.evaluate_all("items => items.map(i => i.dataset.code)")),
        messages=tuple(t.removeprefix(s) for t, s in _texts_and_labels(result)),
        fixes=tuple(result.locator(".keycheck__fix").all_text_contents()),
        masked=masked.first.text_content() or "" if masked.count() else "",
    )


def _texts_and_labels(result: Locator) -> list[tuple[str, str]]:
    messages = result.locator(".keycheck__message")
    labels = result.locator(".keycheck__message .keycheck__severity")
    return list(zip(messages.all_text_contents(), labels.all_text_contents(), strict=True))


def type_text(page: Page, text: str) -> None:
    """Type like a person: one key event per character (line breaks as the characters they are)."""
    field = key_input(page)
    field.fill("")
    field.press_sequentially(text)


def allow_clipboard(context: BrowserContext, site_url: str) -> None:
    """Let the test site read and write the clipboard, which paste_text goes through."""
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url.rstrip("/"))


def paste_text(page: Page, text: str) -> None:
    """A real paste: the text goes through the clipboard and Control+V."""
    field = key_input(page)
    field.fill("")
    field.focus()
    page.evaluate("text => navigator.clipboard.writeText(text)", text)
    page.keyboard.press("Control+V")


def checker_workers(page: Page) -> list[str]:
    return [w.url for w in page.workers if w.url.endswith("/assets/keycheck/worker.js")]


def checker_workers_after_settling(page: Page, timeout_ms: int = 5000) -> list[str]:
    """The checker workers once a termination has had time to reach the driver.

    The page ends a worker at once, but Playwright learns of it by an event that can arrive a moment later,
    so a worker seen right after the page ended it may be one that is already gone.
    """
    for _ in range(timeout_ms // 50):
        if not (workers := checker_workers(page)):
            return workers
        page.wait_for_timeout(50)
    return checker_workers(page)


def page_fetches(requests: list[Request], site_url: str) -> list[str]:
    """URLs the page and its workers fetched, less the copy the site's service worker makes for offline use.

    The service worker is registered once the checker is ready and then stores the build's listed files
    (sw.js's PRECACHE): those requests are its own, and each must be sw.js or one of the listed files.
    """
    listed = {*precached_urls(site_url), site_url + "sw.js"}  # the worker's own script, fetched to install it
    unlisted = [r.url for r in requests if r.service_worker is not None and r.url not in listed]
    assert unlisted == [], f"the service worker fetched files the build did not list: {unlisted}"
    return [r.url for r in requests if r.service_worker is None]


def precached_urls(site_url: str) -> list[str]:
    """The absolute URLs the built site's service worker stores, read from the served sw.js."""
    with urllib.request.urlopen(site_url + "sw.js") as response:  # the local test server
        text = response.read().decode("utf-8")
    found = re.search(r"const PRECACHE = (\[.*?\]);", text, re.DOTALL)
    assert found is not None
    return [site_url + ("" if path == "./" else path) for path in json.loads(found[1])]
