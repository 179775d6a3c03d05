"""Each kind of bad data stops a real build with a message naming file, entry and field, and no site is written."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.generator.support import site_with_data_copy
from tests.support import build_site


def _edit(relative: str, old: str, new: str) -> Callable[[Path], None]:
    def apply(data: Path) -> None:
        path = data / relative
        text = path.read_text(encoding="utf-8")
        assert old in text, f"fixture text not found in {relative}: {old!r}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    return apply


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
        "bad-yaml-syntax",
        _edit("storage.yml", "  - id: vercel-env\n", "  - id: vercel-env\n   broken: [\n"),
        [r"data/storage\.yml:\d+:\d+: invalid YAML: "],
    ),
]


@pytest.mark.parametrize(("name", "breaks", "expected"), CASES, ids=[c[0] for c in CASES])
def test_bad_data_stops_the_build_and_writes_no_site(
    tmp_path: Path, name: str, breaks: Callable[[Path], None], expected: list[str]
) -> None:
    config, data = site_with_data_copy(tmp_path)
    breaks(data)
    dest = tmp_path / "site"
    result = build_site(dest, config)
    output = result.stdout + result.stderr
    assert result.returncode != 0, f"{name}: the build passed"
    for pattern in expected:
        assert re.search(pattern, output.replace(str(data.parent) + "/", "")), output[-2000:]
    assert "Traceback" not in output
    assert not dest.exists() or not any(dest.iterdir()), "a site was written despite bad data"


def test_unbroken_copy_builds(tmp_path: Path) -> None:
    """The copy itself is sound: the failures above come from the edits, not from the set-up."""
    config, _ = site_with_data_copy(tmp_path)
    dest = tmp_path / "site"
    result = build_site(dest, config)
    assert result.returncode == 0, result.stderr[-2000:]
    assert (dest / "errors" / "openai" / "429-insufficient-quota" / "index.html").is_file()
