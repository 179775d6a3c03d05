"""axe-core (the version pinned in package.json) on one page of every type: no violation."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page

from tests.quality.site_pages import page_types
from tests.support import AXE

pytestmark = pytest.mark.browser

# page.evaluate runs through the DevTools protocol, which the page's CSP does not block (a <script>
# tag added to the page would be).
RUN_AXE = """async () => (await axe.run(document, {resultTypes: ["violations"]})).violations.map(
  (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`)"""


def test_pages_have_types(pages: list[str]) -> None:
    kinds = page_types(pages)
    assert {"home", "404"} <= kinds.keys(), kinds


@pytest.mark.parametrize("viewport", [(1280, 800), (412, 823)], ids=["desktop", "mobile"])
def test_no_axe_violation_on_any_page_type(
    page: Page, site_url: str, pages: list[str], viewport: tuple[int, int], built_site: Path
) -> None:
    axe_source = AXE.read_text(encoding="utf-8")
    page.set_viewport_size({"width": viewport[0], "height": viewport[1]})
    violations: dict[str, list[str]] = {}
    for kind, path in page_types(pages).items():
        page.goto(site_url + path, wait_until="load")
        page.evaluate(axe_source)
        found = page.evaluate(RUN_AXE)
        if found:
            violations[f"{kind} (/{path})"] = found
    assert violations == {}, "\n".join(f"{k}: {v}" for k, v in violations.items())
