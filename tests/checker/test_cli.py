"""The keycheck command, run as a real subprocess. Keys go in through stdin, env or a file, never argv,
except in the one test about the argument form (which warns about exactly that)."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from checker import PROVIDERS, diagnose

from .keys import ALNUM, CONTEXTUAL, VALID, fill
from .leaks import assert_no_leak

PROJECT = VALID[("openai", "project")]
ANTHROPIC = VALID[("anthropic", "standard")]
OPENROUTER = VALID[("openrouter", "standard")]
MISTRAL = CONTEXTUAL[("mistral", "standard")]


def keycheck(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.endswith(("_KEY", "_TOKEN"))}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "checker.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=full_env,
        check=False,
        timeout=60,
    )


def no_leak(result: subprocess.CompletedProcess[str], *keys: str) -> None:
    for key in keys:
        assert_no_leak(key, result.stdout + result.stderr)


def test_stdin_valid_key() -> None:
    result = keycheck(stdin=PROJECT + "\n")  # the newline a pipe adds is not held against the key
    assert result.returncode == 0
    assert "input: valid" in result.stdout
    assert "OpenAI (openai)" in result.stdout
    assert "Project key (project)" in result.stdout
    assert "sk-proj-\u2026" + PROJECT[-4:] in result.stdout
    no_leak(result, PROJECT)


def test_stdin_paste_mistake_lists_finding_and_fix() -> None:
    result = keycheck(stdin='"' + PROJECT + '"')
    assert result.returncode == 1
    assert "QUOTES_AROUND" in result.stdout
    assert "fix: Remove the quotes." in result.stdout
    assert "fine once the mistakes below are fixed" in result.stdout
    no_leak(result, PROJECT)


def test_json_output_is_the_report() -> None:
    result = keycheck("--json", "--provider", "openai", stdin=OPENROUTER)
    assert result.returncode == 1
    assert json.loads(result.stdout) == diagnose(OPENROUTER, "openai").to_dict()
    no_leak(result, OPENROUTER)


def test_env_variable_name_sets_the_provider() -> None:
    result = keycheck("--env", "MISTRAL_API_KEY", "--json", env={"MISTRAL_API_KEY": MISTRAL})
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert (data["provider"], data["valid"]) == ("mistral", True)
    no_leak(result, MISTRAL)


def test_env_value_is_checked_exactly() -> None:
    result = keycheck("--env", "ANTHROPIC_API_KEY", env={"ANTHROPIC_API_KEY": ANTHROPIC + "\n"})
    assert result.returncode == 1
    assert "WHITESPACE_AROUND" in result.stdout
    no_leak(result, ANTHROPIC)


def test_missing_env_variable_is_a_usage_error() -> None:
    result = keycheck("--env", "NOT_SET_ANYWHERE_KEY")
    assert result.returncode == 2
    assert "not set" in result.stderr


def test_dotenv_file(tmp_path: Path) -> None:
    secret_django = fill(50, ALNUM, 11)
    env_file = tmp_path / ".env"
    env_file.write_text(
        "# keys\n"
        f"export OPENAI_API_KEY={PROJECT}\n"
        f'ANTHROPIC_API_KEY="{ANTHROPIC} "\n'
        f"OPENROUTER_API_KEY='{OPENROUTER}'  \n"
        f"MISTRAL_API_KEY={MISTRAL} # comment\n"
        f"DJANGO_SECRET_KEY={secret_django}\n"
        "DEBUG=1\n",
        encoding="utf-8",
    )
    result = keycheck("--file", str(env_file))
    assert result.returncode == 1  # the Anthropic entry has a trailing space inside the quotes
    assert "OPENAI_API_KEY (line 2): valid" in result.stdout
    assert "ANTHROPIC_API_KEY (line 3): not valid" in result.stdout
    assert "OPENROUTER_API_KEY (line 4): valid" in result.stdout
    assert "MISTRAL_API_KEY (line 5): valid" in result.stdout
    assert "skipped (not a known provider's key): DJANGO_SECRET_KEY" in result.stdout
    assert "DEBUG" not in result.stdout
    no_leak(result, PROJECT, ANTHROPIC, OPENROUTER, MISTRAL, secret_django)

    as_json = keycheck("--file", str(env_file), "--json")
    data = json.loads(as_json.stdout)
    assert [e["name"] for e in data["entries"]] == [
        "OPENAI_API_KEY",
        "ANTHROPIC_API_KEY",
        "OPENROUTER_API_KEY",
        "MISTRAL_API_KEY",
    ]
    assert [e["valid"] for e in data["entries"]] == [True, False, True, True]
    assert data["skipped"] == ["DJANGO_SECRET_KEY"]
    no_leak(as_json, PROJECT, ANTHROPIC, OPENROUTER, MISTRAL, secret_django)


def test_dotenv_file_all_valid(tmp_path: Path) -> None:
    env_file = tmp_path / "ok.env"
    env_file.write_text(f"OPENAI_API_KEY={PROJECT}\r\nGROQ_API_KEY={VALID[('groq', 'standard')]}\r\n", "utf-8")
    assert keycheck("--file", str(env_file)).returncode == 0


def test_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    result = keycheck("--file", str(tmp_path / "nope.env"))
    assert result.returncode == 2


def test_key_as_argument_works_but_warns() -> None:
    result = keycheck(PROJECT)
    assert result.returncode == 0
    assert "shell history" in result.stderr
    no_leak(result, PROJECT)


def test_unknown_provider_is_a_usage_error() -> None:
    result = keycheck("--provider", "nope", stdin=PROJECT)
    assert result.returncode == 2
    assert "unknown provider" in result.stderr


def test_usage_error_never_echoes_arguments() -> None:
    result = keycheck(PROJECT, ANTHROPIC)
    assert result.returncode == 2
    no_leak(result, PROJECT, ANTHROPIC)


def test_list_providers() -> None:
    text = keycheck("--list-providers")
    assert text.returncode == 0
    assert len(text.stdout.splitlines()) == len(PROVIDERS)
    data = json.loads(keycheck("--list-providers", "--json").stdout)
    assert [row["id"] for row in data] == list(PROVIDERS)
    assert "sk-ant-api03-" in next(row for row in data if row["id"] == "anthropic")["prefixes"]


def _read_until(fd: int, marker: bytes, timeout: float = 30) -> bytes:
    seen = b""
    deadline = time.monotonic() + timeout
    while marker not in seen and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
    return seen


@pytest.mark.skipif(not hasattr(pty, "openpty"), reason="needs a pseudo-terminal")
def test_terminal_prompt_does_not_echo_the_key() -> None:
    master, slave = pty.openpty()
    env = {k: v for k, v in os.environ.items() if not k.endswith(("_KEY", "_TOKEN"))}
    proc = subprocess.Popen(
        [sys.executable, "-m", "checker.cli"],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        start_new_session=True,  # no controlling terminal: getpass reads the pty on stdin, echo off
    )
    os.close(slave)
    try:
        prompt = _read_until(master, b"hidden")
        assert b"API key (input hidden)" in prompt
        os.write(master, PROJECT.encode() + b"\n")
        rest = _read_until(master, b"key:")
        rest += _read_until(master, b"\n", timeout=2)
        assert proc.wait(timeout=30) == 0
    finally:
        os.close(master)
        if proc.poll() is None:
            proc.kill()
    output = (prompt + rest).decode("utf-8", "replace")
    assert "input: valid" in output
    assert_no_leak(PROJECT, output)


# A shape only some sources accept, and a shape several providers share: neither valid nor invalid.
UNDECIDED_HF = "hf_" + fill(34, ALNUM, 2)


@pytest.mark.parametrize(
    ("stdin", "args"), [(UNDECIDED_HF, ()), (MISTRAL, ())], ids=["disputed-alphabet", "shared-shape"]
)
def test_cannot_tell_has_its_own_exit_status(stdin: str, args: tuple[str, ...]) -> None:
    result = keycheck(*args, stdin=stdin)
    assert result.returncode == 3
    assert "input: cannot tell" in result.stdout
    as_json = keycheck("--json", *args, stdin=stdin)
    assert as_json.returncode == 3
    data = json.loads(as_json.stdout)
    assert (data["verdict"], data["valid"]) == ("cannot_tell", False)
    no_leak(result, stdin)


def test_dotenv_file_undecided_entry_exits_3_unless_one_is_invalid(tmp_path: Path) -> None:
    env_file = tmp_path / "mixed.env"
    env_file.write_text(f"OPENAI_API_KEY={PROJECT}\nHF_TOKEN={UNDECIDED_HF}\n", "utf-8")
    assert keycheck("--file", str(env_file)).returncode == 3
    env_file.write_text(f"OPENAI_API_KEY={PROJECT[:-1]}\nHF_TOKEN={UNDECIDED_HF}\n", "utf-8")
    assert keycheck("--file", str(env_file)).returncode == 1


# Variable names as people write them, which --file shows as they are (a name that could hold a key is
# not shown: tests/checker/test_privacy.py).
NAMES = [
    "OPENAI_API_KEY",
    "openai_api_key",
    "AzureOpenAI_KEY",
    "MyApp__OpenAI_KEY",
    "GPT4_TOKEN",
    "app.openai.api_key",
]


def test_dotenv_file_shows_ordinary_names(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("".join(f"{name}={PROJECT}\n" for name in NAMES), encoding="utf-8")
    result = keycheck("--file", str(env_file), "--provider", "openai")
    for line, name in enumerate(NAMES, start=1):
        assert f"{name} (line {line}): valid" in result.stdout
    data = json.loads(keycheck("--file", str(env_file), "--provider", "openai", "--json").stdout)
    assert [e["name"] for e in data["entries"]] == NAMES
