"""checker/error_catalog.json is derived from data/errors/*.yml: the two must never drift apart."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from sitegen import wheel
from sitegen.errorcatalog import CATALOG_FILE, catalog_from_data, plain, unsafe_pattern
from tests.support import ROOT


def test_shipped_catalog_equals_what_the_yaml_yields() -> None:
    shipped = (ROOT / "checker" / CATALOG_FILE).read_text(encoding="utf-8")
    assert shipped == catalog_from_data(ROOT / "data"), "out of date: run scripts/sync-error-catalog"


def test_the_wheel_ships_the_catalog(tmp_path: Path) -> None:
    built = wheel.build_wheel(ROOT / "checker", "checker", "0.0.0", tmp_path)
    with zipfile.ZipFile(built) as archive:
        assert archive.read(f"checker/{CATALOG_FILE}") == (ROOT / "checker" / CATALOG_FILE).read_bytes()
        record = archive.read("checker-0.0.0.dist-info/RECORD").decode()
    assert f"checker/{CATALOG_FILE},sha256=" in record


@pytest.mark.parametrize(
    ("pattern", "unsafe"),
    [
        ("incorrect api key provided", False),
        (r"model `[^`]{1,100}` does not exist", False),
        (r"model `[^`]+` does not exist", True),
        (r"not_found_error.*model", True),
        (r"quota.{3,}", True),
        (r"(a+)+$", True),
        (r"(\w*\s?)*x", True),
        (r"(?=quota)", True),
        (r"limit: ?0\b", False),
    ],
    ids=[
        "plain",
        "class",
        "unbounded-plus",
        "unbounded-star",
        "no-upper-bound",
        "nested-plus",
        "nested-star",
        "lookahead",
        "optional",
    ],
)
def test_unsafe_patterns_are_recognised(pattern: str, unsafe: bool) -> None:
    assert unsafe_pattern(pattern) is unsafe


def test_plain_keeps_link_text_and_drops_marks() -> None:
    assert plain("Paste it into the [key checker](key-checker.md), set `X` **now**.") == (
        "Paste it into the key checker, set X now."
    )
