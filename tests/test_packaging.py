"""The version is written once (checker.__version__) and both packages ship their type information."""

from __future__ import annotations

from importlib.metadata import version

import checker
from tests.support import ROOT


def test_the_distribution_takes_its_version_from_the_checker() -> None:
    assert version("ai-api-keys") == checker.__version__
    assert "version = " not in (ROOT / "pyproject.toml").read_text(encoding="utf-8").split("[project.")[0]


def test_both_packages_are_marked_typed() -> None:
    assert (ROOT / "checker" / "py.typed").is_file()
    assert (ROOT / "sitegen" / "py.typed").is_file()
