"""Each kind of bad data is refused with a message naming file, entry and field.

The cases run the build's data checks in-process (load_site_data and the FAQ page check, as the plugin
calls them); two real builds show the plugin stops on bad data and writes no site.
"""

from __future__ import annotations

import functools
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from checker import PROVIDERS
from sitegen.errors import BuildError
from sitegen.generator import SiteGenerator, SiteInfo
from sitegen.sitedata import load_site_data
from tests.generator.support import site_with_data_copy, write_config
from tests.support import ROOT, build_site


def _edit(relative: str, old: str, new: str) -> Callable[[Path], None]:
    def apply(data: Path) -> None:
        path = data / relative
        text = path.read_text(encoding="utf-8")
        assert old in text, f"fixture text not found in {relative}: {old!r}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    return apply


@functools.cache
def _docs_markdown() -> dict[str, str]:
    docs = ROOT / "docs"
    return {page.relative_to(docs).as_posix(): page.read_text(encoding="utf-8") for page in docs.rglob("*.md")}


def _check_data(data: Path) -> None:
    """The checks a build runs on data/ before it writes any page (raises BuildError)."""
    dataset, chart = load_site_data(data, {p.id: p.name for p in PROVIDERS.values()}, "data")
    site = SiteInfo("test", "https://example.org/", "test", "en", "docs/")
    SiteGenerator(dataset, PROVIDERS, {}, str, site, chart).check_faq_pages(_docs_markdown(), "data/faq.yml")


def _data_copy(tmp: Path) -> Path:
    data = tmp / "data"
    shutil.copytree(ROOT / "data", data)
    return data


CASES = [
    (
        "missing-field",
        _edit("errors/openai.yml", "    title: Incorrect API key provided\n", ""),
        [r"data/errors/openai\.yml: entry '401-invalid-api-key': field 'title': missing \(required\)"],
    ),
    (
        "wrong-type",
        _edit("errors/anthropic.yml", "    status: 529\n", "    status: overloaded\n"),
        [r"data/errors/anthropic\.yml: entry '529-overloaded': field 'status': expected integer, found string"],
    ),
    (
        "unknown-field",
        _edit("faq.yml", "  - id: key-cost\n", "  - id: key-cost\n    answr: typo\n"),
        [r"data/faq\.yml: entry 'key-cost': field 'answr': unknown field \(allowed: "],
    ),
    (
        "html-in-title",
        _edit("errors/openai.yml", "    title: Incorrect API key provided\n", "    title: Incorrect API key <key>\n"),
        [r"data/errors/openai\.yml: entry '401-invalid-api-key': field 'title': "],
    ),
    (
        "duplicate-id",
        _edit("errors/google.yml", "  - id: 400-api-key-expired\n", "  - id: 400-api-key-invalid\n"),
        [r"data/errors/google\.yml: entry '400-api-key-invalid': field 'id': duplicate id"],
    ),
    (
        "dangling-related-error",
        _edit("errors/openai.yml", "related: [429-credit-balance-exhausted,", "related: [429-no-such-error,"),
        [
            r"data/errors/openai\.yml: entry '429-insufficient-quota': field 'related': "
            r"no error 'openai/429-no-such-error'"
        ],
    ),
    (
        "faq-markup-on-other-page",
        _edit("faq.yml", "  - id: key-cost\n", "  - id: key-cost\n    markup_on: no-such-page.md\n"),
        [r"data/faq\.yml: entry 'key-cost': field 'markup_on': expected one of its pages \(faq\.md\)"],
    ),
    (
        "dangling-faq-page",
        _edit(
            "faq.yml",
            "pages: [faq.md]\n    errors: [openai/429-insufficient-quota]",
            "pages: [nope.md]\n    errors: [openai/429-insufficient-quota]",
        ),
        [r"data/faq\.yml: entry 'key-cost': field 'pages': no page 'nope\.md' in docs/"],
    ),
    (
        "pattern-misses-own-message",
        _edit("errors/openai.yml", '      - "incorrect api key provided"\n', '      - "wrong key given"\n'),
        [r"entry '401-invalid-api-key': field 'patterns': no pattern matches the entry's own message"],
    ),
    (
        "flowchart-dangling-answer",
        _edit("flowchart.yml", "        next: q-status\n", "        next: q-nowhere\n"),
        [r"data/flowchart\.yml: node 'start': answer '[^']+' leads to 'q-nowhere', which does not exist"],
    ),
    (
        "flowchart-unknown-error-link",
        _edit("flowchart.yml", "- error: openai/401-missing-api-key\n", "- error: openai/401-no-such-error\n"),
        [r"data/flowchart\.yml: node '[a-z0-9-]+': link to error 'openai/401-no-such-error', which is not in the"],
    ),
    (
        "flowchart-schema",
        _edit("flowchart.yml", "start: start\n", "start: start\nstart_here: yes\n"),
        [r"data/flowchart\.yml: field 'start_here': unknown field"],
    ),
    (
        "comparison-unknown-error",
        _edit("comparison.yml", "errors: [google/400-api-key-invalid]", "errors: [google/400-no-such-error]"),
        [
            r"data/comparison\.yml: entry 'bad-key-status': field 'cells\.google\.errors': "
            r"no error 'google/400-no-such-error'"
        ],
    ),
    (
        "comparison-error-of-another-provider",
        _edit("comparison.yml", "errors: [anthropic/401-invalid-x-api-key]", "errors: [openai/401-invalid-api-key]"),
        [
            r"data/comparison\.yml: entry 'bad-key-status': field 'cells\.anthropic\.errors': "
            r"'openai/401-invalid-api-key' is an error of openai, not of anthropic"
        ],
    ),
    (
        "comparison-value-beside-errors",
        _edit(
            "comparison.yml",
            "errors: [google/400-api-key-invalid]\n",
            'errors: [google/400-api-key-invalid]\n        value: "400"\n',
        ),
        [
            r"data/comparison\.yml: entry 'bad-key-status': field 'cells\.google': 'errors' takes the value, .* "
            r"expected no 'value' beside it"
        ],
    ),
    (
        "comparison-cell-without-value",
        _edit("comparison.yml", '        value: "402 when the monthly spend limit is reached"\n', ""),
        [r"data/comparison\.yml: entry 'no-credit-status': field 'cells\.together\.value': missing \(required\)"],
    ),
    (
        "review-by-not-a-date",
        _edit("faq.yml", "  - id: key-cost\n", "  - id: key-cost\n    review_by: 2027-02-30\n"),
        [r"data/faq\.yml: entry 'key-cost': field 'review_by': expected a real date YYYY-MM-DD, found '2027-02-30'"],
    ),
    (
        "review-by-before-checked",
        _edit(
            "errors/openai.yml",
            "  - id: 401-invalid-api-key\n",
            "  - id: 401-invalid-api-key\n    review_by: 2020-01-01\n",
        ),
        [r"data/errors/openai\.yml: entry '401-invalid-api-key': field 'review_by': expected a day after 'checked'"],
    ),
    (
        "provider-change-without-sources",
        _edit(
            "errors/openai.yml",
            "  - id: 401-invalid-api-key\n",
            "  - id: 401-invalid-api-key\n    changes:\n      - {date: 2024-01-02, kind: provider, what: Moved.}\n",
        ),
        [r"data/errors/openai\.yml: entry '401-invalid-api-key': field 'changes\[0\]\.sources': missing \(required\)"],
    ),
    (
        "unknown-scheduled-change",
        _edit("faq.yml", "{change:google/standard-keys-rejected}", "{change:google/no-such-change}"),
        [r"data/faq\.yml: entry 'gemini-aq-keys': field 'answer': unknown scheduled change 'google/no-such-change'"],
    ),
    (
        "catalog-of-unknown-provider",
        _edit("errors/vertex_ai.yml", "provider: vertex_ai\n", "provider: vertex\n"),
        [
            r"data/errors/vertex_ai\.yml: field 'provider': expected a provider id of checker\.PROVIDERS or "
            r"CATALOG_ONLY_PROVIDERS, found 'vertex'"
        ],
    ),
    (
        "bad-yaml-syntax",
        _edit("storage.yml", "  - id: vercel-env\n", "  - id: vercel-env\n   broken: [\n"),
        [r"data/storage\.yml:\d+:\d+: invalid YAML: "],
    ),
]


@pytest.mark.parametrize(("name", "breaks", "expected"), CASES, ids=[c[0] for c in CASES])
def test_bad_data_is_refused_naming_file_entry_and_field(
    tmp_path: Path, name: str, breaks: Callable[[Path], None], expected: list[str]
) -> None:
    data = _data_copy(tmp_path)
    breaks(data)
    with pytest.raises(BuildError) as refused:
        _check_data(data)
    for pattern in expected:
        assert re.search(pattern, str(refused.value)), f"{name}: {refused.value}"


def test_unbroken_copy_passes_the_checks(tmp_path: Path) -> None:
    """The copy itself is sound: the failures above come from the edits, not from the set-up."""
    _check_data(_data_copy(tmp_path))


@pytest.mark.build
def test_unbroken_copy_builds(tmp_path: Path) -> None:
    config, _ = site_with_data_copy(tmp_path)
    dest = tmp_path / "site"
    result = build_site(dest, config)
    assert result.returncode == 0, result.stderr[-2000:]
    assert (dest / "errors" / "openai" / "429-insufficient-quota" / "index.html").is_file()


@pytest.mark.build
def test_broken_flowchart_stops_a_build_whose_pages_do_not_show_it(tmp_path: Path) -> None:
    """End to end: bad data stops a real build, naming the file, with no traceback and no site written.
    The flowchart is checked with the rest of the data, not only when a page asks for it."""
    config, data = site_with_data_copy(tmp_path)
    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "docs", docs)
    page = docs / "troubleshooting" / "index.md"
    text = page.read_text(encoding="utf-8")
    assert "<!-- keybase:flowchart -->\n" in text
    page.write_text(text.replace("<!-- keybase:flowchart -->\n", ""), encoding="utf-8")
    write_config(config, docs=docs, data=data)
    _edit("flowchart.yml", "        next: q-status\n", "        next: q-nowhere\n")(data)
    dest = tmp_path / "site"
    result = build_site(dest, config)
    output = result.stdout + result.stderr
    assert result.returncode != 0, "the build passed with a broken flowchart"
    assert "data/flowchart.yml: node 'start': answer" in output, output[-2000:]
    assert "Traceback" not in output
    assert not dest.exists() or not any(dest.iterdir()), "a site was written despite bad data"
