"""Prints the zh-TW parity figure at the end of every run that collected the i18n tests (the issue's
target is 95 % of pages); the figure never fails a run while translations are partial."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitegen.i18n.parity import parity

ROOT = Path(__file__).resolve().parents[2]


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    result = parity(ROOT, ROOT / "i18n" / "zh-TW")
    terminalreporter.write_sep("-", "translation parity")
    terminalreporter.write_line(result.summary("zh-TW") + " (details: python -m sitegen.i18n report)")
