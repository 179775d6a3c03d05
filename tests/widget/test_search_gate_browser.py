"""On a page with the checker, Material's search index waits for the checker (search-gate.js): it is built
once the checker is ready, or at once when the reader turns to search, and search then answers as usual.
Elsewhere Material's worker starts directly."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from sitegen.offline import WIDGET_MARKERS
from tests.support import ROOT
from tests.widget.helpers import start

pytestmark = pytest.mark.browser

CONFIG_SEARCH = re.compile(r'"search": "([^"]+)"')
META = ".md-search-result__meta"
INITIALIZING = "Initializing search"
READY = "Type to start searching"
# Without the gate, Material builds this site's index in about a second on this kind of machine.
UNGATED_BUILD_MS = 3_000


def test_the_template_knows_a_widget_page_by_the_markers_the_offline_copy_uses() -> None:
    # docs/overrides/main.html cannot import sitegen: it names the widget roots' attributes itself.
    template = (ROOT / "docs" / "overrides" / "main.html").read_text(encoding="utf-8")
    condition = re.search(r"\{%-? if page and page\.content and \((.+?)\) -?%\}", template)
    assert condition, "main.html: no widget-page condition"
    assert sorted(re.findall(r'"([^"]+)" in page\.content', condition[1])) == sorted(WIDGET_MARKERS)


def search_worker(built_site: Path, page: str) -> str:
    found = CONFIG_SEARCH.search((built_site / page).read_text(encoding="utf-8"))
    assert found, page
    return found[1]


@pytest.mark.parametrize("page", ["key-checker/index.html", "index.html", "troubleshooting/index.html"])
def test_a_page_with_the_checker_starts_materials_worker_through_the_gate(built_site: Path, page: str) -> None:
    url = search_worker(built_site, page)
    found = re.fullmatch(r"(?:\.\./)*(assets/javascripts/workers/search-gate\.js)\?worker=(.+)", url)
    assert found, url
    gate, worker = found.groups()
    assert (built_site / gate).is_file()
    assert re.fullmatch(r"search\.[0-9a-f]+\.min\.js", worker)
    assert (built_site / "assets/javascripts/workers" / worker).is_file()


@pytest.mark.parametrize("page", ["faq/index.html", "errors/index.html"])
def test_other_pages_start_materials_worker_directly(built_site: Path, page: str) -> None:
    assert re.fullmatch(r"\.\./assets/javascripts/workers/search\.[0-9a-f]+\.min\.js", search_worker(built_site, page))


def wait_for_search_index(page: Page, site_url: str) -> None:
    with page.expect_response(lambda r: r.url.endswith("search/search_index.json")):
        page.goto(site_url + "key-checker/")
    page.wait_for_load_state("load")


def test_the_index_waits_for_the_checker_then_is_built(page: Page, site_url: str) -> None:
    # A first visit: the checker waits for the reader's intent, so the index waits too.
    wait_for_search_index(page, site_url)
    page.wait_for_timeout(UNGATED_BUILD_MS)
    expect(page.locator(META)).to_have_text(INITIALIZING)
    start(page)
    expect(page.locator(META)).to_have_text(READY, timeout=30_000)


def test_turning_to_search_builds_the_index_at_once_and_search_answers(page: Page, site_url: str) -> None:
    page.set_viewport_size({"width": 1280, "height": 800})
    wait_for_search_index(page, site_url)
    query = page.locator("[data-md-component=search-query]")
    query.focus()
    expect(page.locator(META)).to_have_text(READY, timeout=30_000)
    query.press_sequentially("rate limit")  # Material searches on key events
    expect(page.locator(".md-search-result__item").first).to_be_visible(timeout=30_000)
    # The checker was never asked for: it is still idle.
    assert page.locator("[data-keycheck]").get_attribute("data-keycheck-state") == "idle"
