"""Session fixtures: one real site build, one real server, and Debian's Chromium for Playwright."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Page

from tests.serving.nginx import NginxServer, run_nginx
from tests.support import build_site, build_whole_site, build_zensical, serve_directory
from tests.widget.helpers import allow_clipboard, start

CHROMIUM = "/usr/bin/chromium"
# No DNS lookups at all: any request to another host fails at once instead of leaking.
CHROMIUM_ARGS = [
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


# The test tiers (pyproject's markers), given by what a test uses so no test can miss its tier:
# `scripts/test --fast` runs the rest, the in-process checker and generator tests.
_BUILD_FIXTURES = {
    "built_site",
    "site_url",
    "nginx_url",
    "nginx_server",
    "instant_site_url",
    "english_site",
    "zensical_build",
    "zensical_site",
    "engine_site",
    "zensical_url",
    "zensical_editions",
}
_BROWSER_FIXTURES = {"page", "context", "browser"}
_QUALITY_DIR = Path(__file__).parent / "quality"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        used = set(getattr(item, "fixturenames", ()))
        if used & _BUILD_FIXTURES:
            item.add_marker(pytest.mark.build)
        if used & _BROWSER_FIXTURES:
            item.add_marker(pytest.mark.browser)
        if _QUALITY_DIR in item.path.parents:
            item.add_marker(pytest.mark.quality)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The whole site, built once per test session by scripts/build (`mkdocs build --strict` of the English
    site and of the zh-TW edition into its zh-TW/ folder, then `python -m sitegen finish` over both)."""
    dest = tmp_path_factory.mktemp("site")
    result = build_whole_site(dest)
    if result.returncode != 0:
        pytest.fail(f"mkdocs build failed:\n{result.stdout}\n{result.stderr}")
    return dest


@dataclass(frozen=True)
class ZensicalBuild:
    site: Path  # the built site, finished
    work: Path  # what the pages step wrote: docs/, mkdocs.yml (no plugin), manifest.json, nav.yml


@pytest.fixture(scope="session")
def zensical_build(tmp_path_factory: pytest.TempPathFactory) -> ZensicalBuild:
    """The English site built once per session with Zensical by scripts/build-zensical (the engine
    comparisons are page for page with MkDocs' English build; tests/i18n builds both editions)."""
    base = tmp_path_factory.mktemp("zensical")
    build = ZensicalBuild(base / "site", base / "work")
    result = build_zensical(build.site, build.work)
    if result.returncode != 0:
        pytest.fail(f"scripts/build-zensical failed:\n{result.stdout}\n{result.stderr}")
    return build


@pytest.fixture(scope="session")
def zensical_site(zensical_build: ZensicalBuild) -> Path:
    return zensical_build.site


ENGINES = ("mkdocs", "zensical")


@pytest.fixture(scope="session", params=ENGINES)
def engine_site(request: pytest.FixtureRequest) -> Path:
    """The built site of each engine in turn: MkDocs with the keybase plugin, then Zensical."""
    return Path(request.getfixturevalue("built_site" if request.param == "mkdocs" else "zensical_site"))


@pytest.fixture(scope="session")
def zensical_url(zensical_site: Path) -> Iterator[str]:
    """Base URL (ending in '/') of the Zensical-built site on 127.0.0.1, with the build's headers."""
    with serve_directory(zensical_site) as url:
        yield url


@pytest.fixture(scope="session")
def english_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The English edition alone, as a plain `mkdocs build --strict` writes it (the plugin finishes it by
    itself): what the three-step and Zensical builds, English only, are compared with file by file."""
    dest = tmp_path_factory.mktemp("english-site")
    result = build_site(dest)
    if result.returncode != 0:
        pytest.fail(f"mkdocs build failed:\n{result.stdout}\n{result.stderr}")
    return dest


@pytest.fixture(scope="session")
def nginx_server(built_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[NginxServer]:
    """Debian's nginx serving the built site with the nginx config the build generated."""
    with run_nginx(built_site, tmp_path_factory.mktemp("nginx")) as server:
        yield server


@pytest.fixture(scope="session")
def nginx_url(nginx_server: NginxServer) -> str:
    """Base URL (ending in '/') of the built site served by nginx."""
    return nginx_server.url


@pytest.fixture(scope="session")
def site_url(request: pytest.FixtureRequest, built_site: Path) -> Iterator[str]:
    """Base URL (ending in '/') of the built site served on 127.0.0.1, with the build's headers.

    KEYBASE_SERVER picks the server: `python` (default, the development server) or `nginx` (as in CI).
    """
    server = os.environ.get("KEYBASE_SERVER", "python")
    if server == "nginx":
        yield request.getfixturevalue("nginx_url")
    elif server == "python":
        with serve_directory(built_site) as url:
            yield url
    else:
        pytest.fail(f"KEYBASE_SERVER={server!r}: expected 'python' or 'nginx'")


@pytest.fixture(scope="session")
def instant_site_url(built_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A copy of the site whose sitemap names the test server's own origin.

    Material's instant navigation only takes over links listed in sitemap.xml, and it maps the
    sitemap's host but not its port onto the current page: on a test port no link would qualify.
    """
    copy = tmp_path_factory.mktemp("instant") / "site"
    shutil.copytree(built_site, copy)
    with serve_directory(copy) as url:
        sitemap = copy / "sitemap.xml"
        text = sitemap.read_text(encoding="utf-8")
        sitemap.write_text(re.sub(r"<loc>https?://[^/<]+/", f"<loc>{url}", text), encoding="utf-8")
        yield url


# --- the browser fixtures every browser test shares ---------------------------------------------------


@pytest.fixture
def clipboard(context: BrowserContext, site_url: str) -> BrowserContext:
    """The test's own browser context (pytest-playwright's `context`), with the clipboard allowed."""
    allow_clipboard(context, site_url)
    return context


@pytest.fixture
def checker_page(clipboard: BrowserContext, page: Page, site_url: str) -> Page:
    """The key checker page with its checker started (the reader focused the field), ready for a paste."""
    page.goto(site_url + "key-checker/")
    start(page)
    return page


@pytest.fixture
def open_context(browser: Browser, site_url: str) -> Iterator[BrowserContext]:
    """A context without the site's CSP, so injected test scripts (axe-core, an injection probe) can run;
    the site may use the clipboard (the paste tests)."""
    context = browser.new_context(bypass_csp=True)
    allow_clipboard(context, site_url)
    yield context
    context.close()


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}
