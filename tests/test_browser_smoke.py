"""The home page opens in real Chromium and every request it makes stays on 127.0.0.1."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page

pytestmark = pytest.mark.browser


def test_home_page_loads_from_own_origin_only(page: Page, site_url: str) -> None:
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    response = page.goto(site_url, wait_until="load")
    assert response is not None
    assert response.status == 200
    # The site's name and what it is for, not a bare "Home" (share previews and search results show it).
    assert page.title().startswith("AI API Key Guide: ")
    assert requested, "the page made no request at all"
    foreign = [url for url in requested if urlsplit(url).hostname != "127.0.0.1"]
    assert foreign == []
