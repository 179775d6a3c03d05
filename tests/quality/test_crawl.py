"""A Chromium crawl of every built page: every request goes to the site's own origin, and no page logs an
error or warning (a CSP violation, a bad Permissions-Policy name or a script error would)."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import ConsoleMessage, Page

pytestmark = pytest.mark.browser


def test_every_page_requests_only_its_own_origin_and_logs_no_error(page: Page, site_url: str, pages: list[str]) -> None:
    origin = urlsplit(site_url).netloc
    requested: dict[str, set[str]] = {}
    logged: dict[str, list[str]] = {}
    current = [""]

    def on_console(message: ConsoleMessage) -> None:
        if message.type in {"error", "warning"}:
            logged.setdefault(current[0], []).append(f"{message.type}: {message.text}")

    page.on("request", lambda request: requested.setdefault(request.url, set()).add(current[0]))
    page.on("console", on_console)
    page.on("pageerror", lambda error: logged.setdefault(current[0], []).append(f"uncaught: {error}"))
    for path in pages:
        current[0] = "/" + path
        page.goto(site_url + path, wait_until="load")
    foreign = {url: sorted(on) for url, on in requested.items() if urlsplit(url).netloc != origin}
    assert foreign == {}
    assert logged == {}
    assert len(requested) > len(pages)
