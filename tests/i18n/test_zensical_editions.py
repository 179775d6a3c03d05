"""Both editions built with Zensical (scripts/build-zensical: the pages step and Zensical per edition,
then one finish over both), against the MkDocs build of the same site: the same zh-TW pages, in Chinese,
paired with their English pages in the sitemap, with a key checker that loads the root's runtime."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.support import build_zensical

EDITION = "zh-TW"
HAN = re.compile(r"[\u4e00-\u9fff]")
XHTML = "{http://www.w3.org/1999/xhtml}link"


@pytest.fixture(scope="module")
def zensical_editions(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("zensical-editions")
    result = build_zensical(base / "site", base / "work", english_only=False)
    if result.returncode != 0:
        pytest.fail(f"scripts/build-zensical failed:\n{result.stdout}\n{result.stderr}")
    return base / "site"


def _edition_pages(site: Path) -> set[str]:
    folder = site / EDITION
    return {
        p.relative_to(folder).as_posix()
        for p in folder.rglob("index.html")
        if p.relative_to(folder).parts[0] not in {"assets", "search"}
    }


def test_zensical_builds_the_zh_tw_pages_mkdocs_builds(zensical_editions: Path, built_site: Path) -> None:
    pages = _edition_pages(zensical_editions)
    assert len(pages) > 300
    assert pages == _edition_pages(built_site)


def test_zh_tw_pages_are_in_chinese_with_their_language(zensical_editions: Path) -> None:
    faq = (zensical_editions / EDITION / "faq" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="zh-Hant-TW"' in faq
    blocks = [json.loads(b) for b in re.findall(r'<script type="application/ld\+json">(.*?)</script>', faq, re.S)]
    questions = [q["name"] for b in blocks if b.get("@type") == "FAQPage" for q in b["mainEntity"]]
    assert questions
    assert all(HAN.search(q) for q in questions)


def test_the_sitemap_pairs_every_zh_tw_page_with_its_english_page(zensical_editions: Path) -> None:
    root = ET.parse(zensical_editions / "sitemap.xml").getroot()  # noqa: S314 - our own build output
    pairs = {
        url.findtext("{http://www.sitemaps.org/schemas/sitemap/0.9}loc"): {
            link.get("hreflang"): link.get("href") for link in url.iter(XHTML)
        }
        for url in root
    }
    zh = {loc: links for loc, links in pairs.items() if loc and f"/{EDITION}/" in loc}
    assert len(zh) == len(pairs) // 2
    for loc, links in zh.items():
        english = links["en"]
        assert links["zh-Hant-TW"] == loc
        assert pairs[english]["zh-Hant-TW"] == loc  # reciprocal
        assert links["x-default"] == english


def test_the_zh_tw_key_checker_loads_the_roots_runtime(zensical_editions: Path) -> None:
    page = (zensical_editions / EDITION / "key-checker" / "index.html").read_text(encoding="utf-8")
    runtime = re.search(r'data-runtime="([^"]+)"', page)
    assert runtime is not None
    assert runtime[1].startswith("../../assets/")
    assert (zensical_editions / EDITION / "key-checker" / runtime[1] / "pyodide.asm.wasm").is_file()
