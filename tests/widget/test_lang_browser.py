"""A page in Traditional Chinese (Taiwan) gets its key checker and its error lookup in Chinese, in real
Chromium with real Pyodide.

The pages are built pages with `<html lang="zh-Hant-TW">` and the widget rendered for zh-TW
(sitegen.widgets, sitegen.flowchart_embed), served beside the built site: the worker is told the page's
language, and checker.browser answers in zh-TW; the widgets' own words come from the page's words block.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page

from checker import PROVIDERS, diagnose
from sitegen.dataset import load_dataset
from sitegen.errorcatalog import plain
from sitegen.errorpages import heading
from sitegen.flowchart_embed import render_lookup
from sitegen.i18n.edition import Edition
from sitegen.i18n.messages import use_language
from sitegen.widgets import SitePaths, provider_options, render_key_checker
from tests.checker.keys import make
from tests.support import serve_directory
from tests.widget.helpers import BOOT_TIMEOUT_MS, SETTLED, key_input, wait_state

pytestmark = pytest.mark.browser

_WIDGET = re.compile(r'<div class="keycheck" id="keycheck-1".*?widget\.js"></script>\n</div>', re.DOTALL)
_LOOKUP = re.compile(r'<div class="errorlookup" id="errorlookup-1".*?errorlookup\.js"></script>\n</div>', re.DOTALL)
_ATTRIBUTE = 'data-{name}="([^"]+)"'


def _paths(widget: str, page_url: str) -> SitePaths:
    """The site paths a built widget names (its data-runtime and data-checker, relative to its page)."""

    def site_path(name: str) -> str:
        match = re.search(_ATTRIBUTE.format(name=name), widget)
        assert match is not None
        return posixpath.normpath(posixpath.join(page_url, match.group(1))) + "/"

    return SitePaths(runtime_dir=site_path("runtime"), checker_dir=site_path("checker"))


def _zh_answers() -> dict[str, tuple[str, str]]:
    """Each error's heading and first fix from the zh-TW overlays, as the zh-TW build gives the lookup."""
    root = Path(__file__).resolve().parents[2]
    names = {p.id: p.name for p in PROVIDERS.values()}
    dataset = load_dataset(root / "data", names, edition=Edition("zh-TW", root))
    return {e.ref: (heading(e, c.provider_name), plain(e.fixes[0])) for c in dataset.catalogs for e in c.errors}


def _zh_page(english: str, page_url: str) -> str:
    """A built English page with the page language and its first key checker and error lookup switched to
    zh-TW; the page keeps its place in the site (same folder depth)."""
    page = english
    if found := _WIDGET.search(page):
        paths = _paths(found.group(0), page_url)
        zh = render_key_checker(index=1, page_url=page_url, paths=paths, providers=provider_options(), language="zh-TW")
        page = page.replace(found.group(0), zh)
    if found := _LOOKUP.search(page):
        with use_language("zh-TW"):
            paths = _paths(found.group(0), page_url)
            zh = render_lookup(index=1, page_url=page_url, paths=paths, answers=_zh_answers())
        page = page.replace(found.group(0), zh)
    assert page != english, "the built page has no widget"
    page, count = re.subn(r'<html lang="[^"]*"', '<html lang="zh-Hant-TW"', page, count=1)
    assert count == 1
    return page


@pytest.fixture(scope="module")
def zh_site_url(built_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The built site (linked, not copied) plus a zh-Hant-TW copy of the key checker page at zh-hant-test/
    and of the troubleshooting page at zh-hant-lookup/ (the same folder depth as the pages they copy)."""
    root = tmp_path_factory.mktemp("zh-site")
    for entry in built_site.iterdir():
        (root / entry.name).symlink_to(entry)
    for page, copy in (("key-checker", "zh-hant-test"), ("troubleshooting", "zh-hant-lookup")):
        english = (built_site / page / "index.html").read_text(encoding="utf-8")
        (root / copy).mkdir()
        (root / copy / "index.html").write_text(_zh_page(english, f"{page}/"), encoding="utf-8")
    with serve_directory(root) as url:
        yield url


def test_a_zh_hant_tw_page_gets_chinese_findings(page: Page, zh_site_url: str) -> None:
    key = make("openai", 5)
    page.goto(zh_site_url + "zh-hant-test/")
    field = page.get_by_label("API 金鑰", exact=True)
    assert page.get_by_role("combobox", name="我預期這把金鑰來自").count() == 1
    field.focus()
    assert wait_state(page, "ready", "error") == "ready"
    field.fill(f'"{key}"')
    page.wait_for_selector(SETTLED, state="attached", timeout=BOOT_TIMEOUT_MS)
    result = page.locator(".keycheck__result")
    expected = diagnose(f'"{key}"', None, lang="zh-TW")
    assert result.locator("li[data-code]").evaluate_all("items => items.map(i => i.dataset.code)") == [
        f.code for f in expected.findings
    ]
    assert result.locator(".keycheck__fix").all_text_contents() == [f.fix for f in expected.findings]
    messages = result.locator(".keycheck__message").all_text_contents()
    assert messages == [f"問題：{f.message}" for f in expected.findings]
    assert "金鑰被引號包住了" in messages[0]
    # The widget's own words: headline, facts and the show button, from the page's words block.
    assert result.locator(".keycheck__headline").text_content() == "貼上的內容不是有效的 OpenAI 金鑰"
    assert result.locator("dt").all_text_contents() == ["供應商", "金鑰種類", "金鑰（已遮罩）"]
    assert result.locator("dd").nth(1).text_content() == "專案金鑰"
    toggle = page.locator(".keycheck__toggle")
    toggle.click()
    assert (toggle.text_content(), toggle.get_attribute("aria-label")) == ("隱藏", "隱藏 API 金鑰")
    # The key itself is shown only masked, in Chinese as in English.
    assert key[20:40] not in (result.text_content() or "")


def test_an_english_page_stays_english(page: Page, zh_site_url: str) -> None:
    key = make("openai", 6)
    page.goto(zh_site_url + "key-checker/")
    key_input(page).focus()
    assert wait_state(page, "ready", "error") == "ready"
    key_input(page).fill(f'"{key}"')
    page.wait_for_selector(SETTLED, state="attached", timeout=BOOT_TIMEOUT_MS)
    result = page.locator(".keycheck__result")
    assert result.locator(".keycheck__fix").all_text_contents() == [f.fix for f in diagnose(f'"{key}"').findings]
    assert result.locator(".keycheck__headline").text_content() == "This is not a valid OpenAI key as pasted"


def test_a_zh_hant_tw_page_gets_the_error_lookup_in_chinese(page: Page, zh_site_url: str) -> None:
    error = 'Error code: 429 - {"error": {"message": "You exceeded your current quota", "type": "insufficient_quota"}}'
    page.goto(zh_site_url + "zh-hant-lookup/")
    field = page.get_by_label("貼上你的錯誤", exact=True)
    field.focus()
    page.wait_for_selector('[data-error-lookup-state="ready"]', state="attached", timeout=BOOT_TIMEOUT_MS)
    field.fill(error)
    page.wait_for_selector(".errorlookup__result[data-match]", state="attached", timeout=BOOT_TIMEOUT_MS)
    why = page.locator(".errorlookup__why").first.text_content() or ""
    assert why.startswith("原因：文字中有「")
    assert "the text contains" not in why
    fix = page.locator(".errorlookup__fix").first.text_content() or ""
    assert fix.startswith(("高度符合。第一步：", "很可能符合。第一步："))
    # The entry's heading and fix come from the zh-TW overlay, as on the zh-TW site.
    ref = page.locator(".errorlookup__result").get_attribute("data-match") or ""
    with use_language("zh-TW"):
        zh_heading, zh_fix = _zh_answers()[ref]
    assert page.locator(".errorlookup__title a").first.text_content() == zh_heading
    assert zh_fix in fix
    assert re.search("[\u4e00-\u9fff]", zh_fix)
