"""`python -m checker` runs the keycheck command: same output and exit status as the console script."""

from __future__ import annotations

import os
import subprocess
import sys

from .keys import VALID
from .leaks import assert_no_leak

PROJECT = VALID[("openai", "project")]


def run(module: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.endswith(("_KEY", "_TOKEN"))}
    return subprocess.run(
        [sys.executable, "-m", module, *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=60,
    )


def test_python_dash_m_checker_checks_a_key_from_stdin() -> None:
    result = run("checker", stdin=PROJECT + "\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout == run("checker.cli", stdin=PROJECT + "\n").stdout
    assert "input: valid" in result.stdout
    assert_no_leak(PROJECT, result.stdout + result.stderr)


def test_python_dash_m_checker_reports_a_bad_key_and_usage_errors() -> None:
    bad = run("checker", "--json", stdin=PROJECT[:-3])
    assert bad.returncode == 1
    assert '"TOO_SHORT"' in bad.stdout
    assert run("checker", "--no-such-flag").returncode == 2
    assert run("checker", "--version").stdout.startswith("keycheck ")
