"""Where each finding is explained (sitegen.findinglinks): every code has a page, every page and anchor
exists, and the built widgets link each finding to a page and section that are really there."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from checker import FINDINGS, PROVIDERS
from sitegen import findinglinks
from sitegen.errors import BuildError
from sitegen.findinglinks import BY_PROVIDER, FINDING_PAGES, PageSource, Target, headings, page_title, resolve
from sitegen.providerpages import generated_ids, guide_uri, render_provider_page
from tests.support import ROOT

DOCS = ROOT / "docs"
GENERATED = {guide_uri(pid): pid for pid in generated_ids(PROVIDERS)}
SCRIPT = re.compile(r'<script type="application/json" class="keycheck__links">(?P<json>.*?)</script>', re.DOTALL)


def page_url(path: str) -> str:
    """A docs path's URL as MkDocs makes it with directory URLs."""
    stem = path.removesuffix(".md")
    if stem == "index":
        return ""
    return stem.removesuffix("index") if stem.endswith("/index") else stem + "/"


def read_docs(path: str) -> PageSource | None:
    """The site's own pages: hand-written ones from docs/, generated provider guides as the build makes them."""
    if path in GENERATED:
        return PageSource(page_url(path), render_provider_page(PROVIDERS[GENERATED[path]]))
    file = DOCS / path
    return PageSource(page_url(path), file.read_text(encoding="utf-8")) if file.is_file() else None


def site_links() -> findinglinks.FindingLinks:
    return resolve(read_docs)


def test_every_finding_code_has_exactly_one_page() -> None:
    assert list(FINDING_PAGES) == [f.code for f in FINDINGS]
    assert set(BY_PROVIDER) <= set(FINDING_PAGES)


def test_every_target_of_the_site_resolves_to_a_titled_page_and_section() -> None:
    links = site_links()
    assert set(links.findings) == {f.code for f in FINDINGS}
    assert set(links.guides) == set(PROVIDERS)
    assert links.findings["ENV_ASSIGNMENT"] == Target(
        "store-your-key.md#on-your-own-machine-a-env-file",
        "store-your-key/#on-your-own-machine-a-env-file",
        "Store your API key safely – On your own machine: a .env file",
    )
    assert links.findings["KEY_FOUND_IN_TEXT"].url == "store-your-key/#if-a-key-leaks"
    assert links.findings["MASKED_KEY"].url.startswith("get-a-key/#")
    assert links.findings["PLACEHOLDER"] == Target("get-a-key/index.md", "get-a-key/", "Get an API key")
    assert links.guides["openai"] == Target("get-a-key/openai.md", "get-a-key/openai/", "Get an OpenAI API key")
    assert links.guides["groq"].title == f"Get your {PROVIDERS['groq'].name} API key"


def test_a_missing_page_or_anchor_or_code_stops_the_build() -> None:
    with pytest.raises(BuildError, match=r"^where: nowhere\.md: no such page in docs/$"):
        resolve(
            read_docs, pages={"EMPTY": "nowhere.md"}, codes=["EMPTY"], guides={}, by_provider=frozenset(), where="where"
        )
    with pytest.raises(BuildError, match=r"^where: key-checker\.md#gone: no heading of key-checker\.md has the anchor"):
        resolve(
            read_docs,
            pages={"EMPTY": "key-checker.md#gone"},
            codes=["EMPTY"],
            guides={},
            by_provider=frozenset(),
            where="where",
        )
    with pytest.raises(BuildError, match=r"without a page: EMPTY; unknown codes: OTHER$"):
        resolve(read_docs, pages={"OTHER": "key-checker.md"}, codes=["EMPTY"], guides={}, by_provider=frozenset())
    with pytest.raises(BuildError, match=r"without a page: none; unknown codes: OTHER$"):
        resolve(
            read_docs, pages={"EMPTY": "key-checker.md"}, codes=["EMPTY"], guides={}, by_provider=frozenset({"OTHER"})
        )


def test_headings_and_titles_as_the_toc_extension_and_mkdocs_make_them() -> None:
    text = (
        "---\ndescription: d\n---\n# The page\n\n```sh\n# a shell comment\n```\n\n"
        "    ```md\n    # inside an indented fence\n    ```\n\n"
        "## On your own machine: a .env file\n## Uses `code` and a [link](x.md) {#custom}\n### *Stressed* ###\n"
    )
    assert headings(text) == [
        (1, "The page", "the-page"),
        (2, "On your own machine: a .env file", "on-your-own-machine-a-env-file"),
        (2, "Uses code and a link", "custom"),
        (3, "Stressed", "stressed"),
    ]
    assert page_title(text) == "The page"
    assert page_title('---\ntitle: "From front matter"\n---\n# Heading\n') == "From front matter"
    assert page_title("No heading at all.\n") is None


def test_built_pages_have_every_target_and_the_widgets_link_to_them(built_site: Path) -> None:
    """Each embedding page's link data, resolved from that page, names a built page with that anchor."""
    links = site_links()
    for page in ("key-checker/index.html", "troubleshooting/index.html"):
        html = (built_site / page).read_text(encoding="utf-8")
        blocks = SCRIPT.findall(html)
        assert blocks, page
        data = json.loads(blocks[0])
        assert set(data["findings"]) == {f.code for f in FINDINGS}
        assert set(data["guides"]) == set(PROVIDERS)
        assert set(data["byProvider"]) == BY_PROVIDER
        base = "http://site/" + page.removesuffix("index.html")
        for code, number in data["findings"].items():
            href, title = data["pages"][number]
            assert title == links.findings[code].title
            assert urljoin(base, href) == "http://site/" + links.findings[code].url, (page, code)
        for href, _ in data["pages"]:
            parts = urlsplit(urljoin(base, href))
            target = built_site / parts.path.lstrip("/") / "index.html"
            assert target.is_file(), (page, href)
            if parts.fragment:
                assert f'id="{parts.fragment}"' in target.read_text(encoding="utf-8"), (page, href)
