"""The zh-TW catalog read from the installed wheel in real Pyodide: the same Chinese reports as CPython.

The wheel is built the way the site build does (sitegen.wheel) and unpacked the way the browser worker
does; the checker then finds its compiled catalog as package data, with the standard library's gettext.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
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
import json
from checker import diagnose
from checker.browser import check
cases = json.loads(DATA)
json.dumps({
    "reports": [diagnose(text, provider, lang="zh-TW").to_dict() for text, provider in cases],
    "page": json.loads(check(cases[0][0], "", "zh-Hant-TW")),
})
"""


def test_the_wheel_ships_the_compiled_catalog(tmp_path: Path) -> None:
    wheel = build_wheel(ROOT / "checker", "checker", checker.__version__, tmp_path)
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    assert "checker/locale/zh_TW/LC_MESSAGES/checker.mo" in names
    assert not [n for n in names if n.endswith((".po", ".pot"))]  # sources stay in the repository


def test_pyodide_gives_identical_chinese_reports(tmp_path: Path) -> None:
    node = shutil.which("node")
    if node is None or not (ROOT / "node_modules" / "pyodide" / "pyodide.mjs").exists():
        pytest.skip("Node and the npm pyodide package are needed (scripts/setup installs them)")
    cases = all_cases()[::7]  # a spread of every table; test_pyodide.py runs them all in English
    expected = [diagnose(text, provider, lang="zh-TW").to_dict() for text, provider in cases]
    wheel = build_wheel(ROOT / "checker", "checker", checker.__version__, tmp_path)
    result = subprocess.run(
        [node, str(RUNNER), str(wheel)],
        input=json.dumps({"code": PYTHON, "data": json.dumps(cases)}),
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    got = json.loads(result.stdout)
    mismatched = [i for i, (a, b) in enumerate(zip(got["reports"], expected, strict=True)) if a != b]
    # Name the case numbers only: the cases hold keys.
    assert not mismatched, f"{len(mismatched)} cases differ, e.g. case numbers {mismatched[:5]}"
    assert got["page"]["findings"] == expected[0]["findings"]  # the worker's entry point maps zh-Hant-TW
