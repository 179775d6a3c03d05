"""Fixtures of the quality gates: the built pages, a report folder, and the Lighthouse score table."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.quality.site_pages import page_paths
from tests.support import ROOT

SCORES = pytest.StashKey[dict[str, dict[str, float]]]()


@pytest.fixture(scope="session")
def pages(built_site: Path) -> list[str]:
    """URL path of every built page, relative to the site root."""
    return page_paths(built_site)


@pytest.fixture(scope="session")
def report_dir() -> Path:
    """Where the gates write their reports (KEYBASE_REPORT_DIR, default test-reports/ in the checkout)."""
    folder = Path(os.environ.get("KEYBASE_REPORT_DIR", ROOT / "test-reports"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="session")
def lighthouse_scores(request: pytest.FixtureRequest) -> dict[str, dict[str, float]]:
    """Scores per page type, printed at the end of the run."""
    return request.config.stash.setdefault(SCORES, {})


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    scores = config.stash.get(SCORES, {})
    if not scores:
        return
    categories = ["performance", "accessibility", "best-practices", "seo"]
    terminalreporter.section("Lighthouse 12.2.3 (mobile) on nginx")
    terminalreporter.write_line(f"{'page':<14}" + "".join(f"{c:>16}" for c in categories))
    for page, by_category in scores.items():
        terminalreporter.write_line(f"{page:<14}" + "".join(f"{by_category.get(c, 0):>16.2f}" for c in categories))
