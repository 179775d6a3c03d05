"""Every page the generator makes has a <title> that search results show whole, in the words people type."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from checker import PROVIDERS
from sitegen.dataset import load_dataset
from sitegen.errors import BuildError
from sitegen.generator import SiteGenerator, SiteInfo
from tests.support import ROOT

MAX_TITLE = 70  # html-validate's long-title limit, for the whole <title>
TITLE_BUDGET = 50  # what the data may use before the site name


def _site_name() -> str:
    match = re.search(r"^site_name: (.+)$", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), re.MULTILINE)
    assert match is not None, "mkdocs.yml has no site_name"
    return match[1].strip()


def _generated_titles() -> dict[str, str]:
    names = {p.id: p.name for p in PROVIDERS.values()}
    site = SiteInfo(_site_name(), "https://example.org/", "test", "en", "docs/")
    generator = SiteGenerator(load_dataset(ROOT / "data", names), PROVIDERS, {}, lambda text: text, site)
    titles = {}
    for src_uri, markdown in generator.generated_pages():
        front = re.match(r"\A---\n(.*?)\n---\n", markdown, re.DOTALL)
        assert front is not None, f"{src_uri}: no front matter"
        titles[src_uri] = str(yaml.safe_load(front[1])["title"])
    return titles


TITLES = _generated_titles()


@pytest.mark.parametrize("src_uri", sorted(TITLES), ids=str)
def test_generated_title_fits_in_search_results(src_uri: str) -> None:
    # Material writes "<page title> - <site name>" into <title>.
    whole = f"{TITLES[src_uri]} - {_site_name()}"
    assert len(whole) <= MAX_TITLE, f"{src_uri}: <title> of {len(whole)} characters: {whole!r}"


def test_error_titles_lead_with_provider_and_status() -> None:
    names = {p.id: p.name for p in PROVIDERS.values()}
    for catalog in load_dataset(ROOT / "data", names).catalogs:
        for entry in catalog.errors:
            title = TITLES[entry.src_uri]
            assert len(title) <= TITLE_BUDGET, entry.ref
            # The provider in one or two words ("OpenAI", "Azure OpenAI", "AWS Bedrock"), then the status.
            assert re.match(rf"^\S+(?: \S+)? {entry.status}\b", title), f"{entry.ref}: {title!r}"


def test_generated_titles_are_unique() -> None:
    seen: dict[str, str] = {}
    for src_uri, title in TITLES.items():
        assert title not in seen, f"{src_uri} repeats the title of {seen[title]}"
        seen[title] = src_uri


def _broken_copy(tmp_path: Path, old: str, new: str) -> Path:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    path = data / "errors" / "openai.yml"
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture text not found: {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return data


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            '    search_title: "OpenAI 429 insufficient_quota: fix"\n',
            '    search_title: "OpenAI insufficient_quota: fix"\n',
            "data/errors/openai.yml: entry '429-insufficient-quota': field 'search_title': "
            "expected the status 429 in the title",
        ),
        (
            '    search_title: "OpenAI 429 insufficient_quota: fix"\n',
            '    search_title: "OpenAI 429 insufficient_quota: fix" \n    title2: x\n',
            "data/errors/openai.yml: entry '429-insufficient-quota': field 'title2': unknown field",
        ),
        (
            '    search_title: "OpenAI 429 insufficient_quota: fix"\n',
            '    search_title: "OpenAI 429 insufficient_quota: fix and everything else to know"\n',
            "data/errors/openai.yml: entry '429-insufficient-quota': field 'search_title':",
        ),
        (
            '    search_title: "OpenAI 429 insufficient_quota: fix"\n',
            '    search_title: "OpenAI 429 credit_balance_exhausted: fix"\n',
            "data/errors/openai.yml: field 'search_title': 'OpenAI 429 credit_balance_exhausted: fix' appears twice",
        ),
        (
            "    title: You exceeded your current quota\n",
            "    title: You exceeded your current quota, please check your plan and billing details now\n",
            "data/errors/openai.yml: entry '429-insufficient-quota': field 'summary': with the title the meta "
            "description has 217 characters; expected at most 200",
        ),
    ],
    ids=["no-status", "unknown-field", "too-long", "duplicate", "description-too-long"],
)
def test_bad_search_title_names_file_entry_and_field(tmp_path: Path, old: str, new: str, expected: str) -> None:
    data = _broken_copy(tmp_path, old, new)
    names = {p.id: p.name for p in PROVIDERS.values()}
    with pytest.raises(BuildError) as caught:
        load_dataset(data, names)
    assert expected in str(caught.value), str(caught.value)
