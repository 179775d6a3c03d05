"""The engine-neutral build: `python -m sitegen pages`, an engine without the plugin, `python -m sitegen
finish`. MkDocs run that way must write the very site the plugin writes; Zensical must build the same
pages with their widgets, head markup and policy. (tests/generator/test_built_site.py runs its checks on
both engines' sites too.)"""

from __future__ import annotations

import html
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from playwright.sync_api import Page

from tests.checker.keys import make
from tests.conftest import ZensicalBuild
from tests.generator.support import write_config
from tests.support import ROOT
from tests.widget.helpers import key_input, wait_verdict

SKIPPED = {"assets", "search", "_deploy"}


def _pages(site: Path) -> set[str]:
    return {
        path.relative_to(site).as_posix()
        for path in site.rglob("index.html")
        if path.relative_to(site).parts[0] not in SKIPPED
    }


@pytest.fixture(scope="module")
def three_step_mkdocs_site(zensical_build: ZensicalBuild, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """MkDocs without the plugin, from the folder and config the pages step wrote, then the finish step."""
    site = tmp_path_factory.mktemp("three-step") / "site"
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    config = zensical_build.work / "mkdocs.yml"
    build = [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(config), "--site-dir", str(site)]
    subprocess.run(build, cwd=ROOT, env=env, check=True)
    manifest = zensical_build.work / "manifest.json"
    subprocess.run(
        [sys.executable, "-m", "sitegen", "finish", str(site), "--manifest", str(manifest)], cwd=ROOT, check=True
    )
    return site


def test_pages_then_plain_mkdocs_then_finish_writes_the_plugins_site(
    english_site: Path, three_step_mkdocs_site: Path
) -> None:
    def files(site: Path) -> dict[str, bytes]:
        return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}

    plugin, steps = files(english_site), files(three_step_mkdocs_site)
    assert sorted(plugin) == sorted(steps)
    # The search index lists the same entries; only their order follows the order the files were found in.
    index = "search/search_index.json"

    def entries(data: bytes) -> list[str]:
        return sorted(json.dumps(doc, sort_keys=True) for doc in json.loads(data)["docs"])

    assert entries(plugin.pop(index)) == entries(steps.pop(index))
    assert [name for name in plugin if plugin[name] != steps[name]] == []


def test_zensical_builds_every_page_of_the_mkdocs_build(english_site: Path, zensical_site: Path) -> None:
    mkdocs_pages, zensical_pages = _pages(english_site), _pages(zensical_site)
    assert len(mkdocs_pages) > 300
    assert sorted(mkdocs_pages - zensical_pages) == []
    assert sorted(zensical_pages - mkdocs_pages) == []


@pytest.mark.parametrize(
    ("page", "marker"),
    [
        ("key-checker/index.html", " data-keycheck"),
        ("troubleshooting/index.html", "data-error-lookup"),
        ("troubleshooting/index.html", 'class="flowchart'),
        ("compare/index.html", "<table"),
        ("faq/index.html", '"@type":"FAQPage"'),
    ],
)
def test_the_zensical_site_has_the_widgets_and_blocks_of_the_mkdocs_site(
    built_site: Path, zensical_site: Path, page: str, marker: str
) -> None:
    mkdocs_html = (built_site / page).read_text(encoding="utf-8")
    zensical_html = (zensical_site / page).read_text(encoding="utf-8")
    assert marker in mkdocs_html
    assert zensical_html.count(marker) == mkdocs_html.count(marker)


def test_the_zensical_site_has_the_finish_steps_files(zensical_site: Path) -> None:
    for name in [
        "sw.js",
        "robots.txt",
        "sitemap.xml",
        "_headers",
        "_deploy/nginx.conf",
        "assets/checker/manifest.json",
    ]:
        assert (zensical_site / name).is_file(), name
    manifest = json.loads((zensical_site / "assets/checker/manifest.json").read_text(encoding="utf-8"))
    assert (zensical_site / "assets/checker" / manifest["wheel"]).is_file()


def test_the_key_checker_on_the_zensical_site_gives_a_verdict(page: Page, zensical_url: str) -> None:
    page.goto(zensical_url + "key-checker/")
    key_input(page).focus()
    key_input(page).fill(make("anthropic", 3))
    shown = wait_verdict(page)
    assert shown.provider == "anthropic"
    assert shown.valid


def test_a_plugin_build_can_leave_the_finish_step_to_the_command_line(english_site: Path, tmp_path: Path) -> None:
    """What a site of several editions does: each config's build writes its pages and its manifest, and one
    `python -m sitegen finish` then runs over the whole folder."""
    manifest = tmp_path / "manifest.json"
    config = write_config(
        tmp_path / "mkdocs.yml",
        docs=ROOT / "docs",
        data=ROOT / "data",
        plugin_options={"finish": False, "manifest": manifest},
    )
    site = tmp_path / "site"
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    build = [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(config), "--site-dir", str(site)]
    subprocess.run(build, cwd=ROOT, env=env, check=True)
    assert not (site / "_headers").exists()
    assert not (site / "sw.js").exists()
    assert "Content-Security-Policy" not in (site / "index.html").read_text(encoding="utf-8")
    finish = [
        sys.executable,
        "-m",
        "sitegen",
        "finish",
        str(site),
        "--manifest",
        str(manifest),
        "--config",
        str(config),
    ]
    subprocess.run(finish, cwd=ROOT, check=True)

    def names(root: Path) -> list[str]:
        return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())

    assert names(site) == names(english_site)
    # The same inline scripts, so the same policy; the head markup was not added twice.
    assert (site / "_headers").read_bytes() == (english_site / "_headers").read_bytes()
    faq = (site / "faq" / "index.html").read_text(encoding="utf-8")
    assert faq.count('property="og:url"') == 1
    assert faq.count('"@type":"FAQPage"') == 1


def test_the_home_page_title_is_its_own_on_both_engines(built_site: Path, zensical_site: Path) -> None:
    """docs/overrides/main.html: the home page's title already names the site, so the name is not added."""
    for site in (built_site, zensical_site):
        html = (site / "index.html").read_text(encoding="utf-8")
        assert "<title>AI API Key Guide: check, fix and store your AI API keys</title>" in html, site


def test_every_page_has_the_same_title_on_both_engines(built_site: Path, zensical_site: Path) -> None:
    """Read as text (entities decoded): Zensical writes "/" as "&#x2f;", which is the same title."""

    def title(site: Path, page: str) -> str:
        found = re.search(r"<title>([^<]*)</title>", (site / page).read_text(encoding="utf-8"))
        assert found, f"{site.name}/{page}"
        return html.unescape(found[1])

    common = sorted(_pages(built_site) & _pages(zensical_site))
    assert len(common) > 300
    assert [p for p in common if title(zensical_site, p) != title(built_site, p)] == []
