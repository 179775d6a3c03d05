"""The same diagnosis in real Pyodide (Python 3.14 in WebAssembly, on Node) as in CPython.

The checker wheel is built the way the site build does and unpacked into Pyodide the way the
browser worker does. Cases go in on stdin, never on the command line.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

import checker
from checker import diagnose
from sitegen.wheel import build_wheel

from .test_diagnose import all_cases

ROOT = Path(__file__).resolve().parents[2]
RUNNER = ROOT / "scripts" / "pyodide-checker.mjs"

pytestmark = pytest.mark.pyodide

PYTHON = """
import json, sys
from checker import diagnose
cases = json.loads(DATA)
json.dumps({"python": sys.version, "reports": [diagnose(text, provider).to_dict() for text, provider in cases]})
"""


def run_in_pyodide(data: str, tmp_path: Path) -> dict[str, object]:
    node = shutil.which("node")
    if node is None or not (ROOT / "node_modules" / "pyodide" / "pyodide.mjs").exists():
        pytest.skip("Node and the npm pyodide package are needed (scripts/setup installs them)")
    wheel = build_wheel(ROOT / "checker", "checker", checker.__version__, tmp_path)
    result = subprocess.run(
        [node, str(RUNNER), str(wheel)],
        input=json.dumps({"code": PYTHON, "data": data}),
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    parsed: dict[str, object] = json.loads(result.stdout)
    return parsed


def test_pyodide_gives_identical_reports(tmp_path: Path) -> None:
    cases = all_cases()
    expected = [diagnose(text, provider).to_dict() for text, provider in cases]
    got = run_in_pyodide(json.dumps(cases), tmp_path)
    assert str(got["python"]).startswith("3.14")
    reports = got["reports"]
    assert isinstance(reports, list)
    assert len(reports) == len(expected) > 200
    mismatched = [i for i, (a, b) in enumerate(zip(reports, expected, strict=True)) if a != b]
    # Name the case numbers only: the cases hold keys.
    assert not mismatched, f"{len(mismatched)} cases differ, e.g. case numbers {mismatched[:5]}"
