"""`keycheck --error`: the same lookup in a terminal, through the real command."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.checker import keys
from tests.flowchart.test_errorlookup import openai_sdk
from tests.support import ROOT


def _run(text: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "checker.cli", "--error", *args],
        input=text, capture_output=True, text=True, cwd=ROOT, check=False,
    )


QUOTA = openai_sdk(429, "RateLimitError", "You exceeded your current quota, please check your plan and billing "
                   "details.", "insufficient_quota", "insufficient_quota")


def test_text_output_names_the_entry_and_its_fix() -> None:
    result = _run(QUOTA)
    assert result.returncode == 0
    first = result.stdout.splitlines()[0]
    assert first == "OpenAI 429: You exceeded your current quota (high confidence)"
    assert "  page:  errors/openai/429-insufficient-quota/ (on the site)" in result.stdout


def test_json_output_and_a_key_in_the_text_is_masked() -> None:
    key = keys.openai("proj", seed=4)
    result = _run(f"Authorization: Bearer {key}\n{QUOTA}", "--json")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert data["matches"][0]["ref"] == "openai/429-insufficient-quota"
    assert data["keys"][0]["provider"] == "openai"
    assert key[8:16] not in result.stdout + result.stderr
    assert key[-12:-4] not in result.stdout + result.stderr


def test_unrelated_text_exits_1() -> None:
    result = _run("all good here\n")
    assert result.returncode == 1
    assert result.stdout == "No entry of the error catalog matches this text.\n"
