"""No output, under any flag, carries 8 or more consecutive characters of a key (beyond its public prefix
and markers): diagnose's to_dict and text, every keycheck flag's stdout and stderr, the error lookup's
reasons and keys. The key goes in whole, split by invisible characters, or where a name or id belongs."""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker import cli, diagnose
from checker.errorlookup import lookup, render

from .keys import CONTEXTUAL, VALID
from .leaks import assert_no_leak

KINDS = sorted({**VALID, **CONTEXTUAL})
ALL = {**VALID, **CONTEXTUAL}
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u034f", "\u180e", "\x00"]
ERRORS = [
    "openai.AuthenticationError: Error code: 401 - Incorrect API key provided: {key}. You can find your key",
    "openai.NotFoundError: Error code: 404 - The model `{key}` does not exist or you do not have access to it.",
    '{{"type":"error","error":{{"type":"authentication_error","message":"invalid x-api-key {key}"}}}}',
    "curl -H 'Authorization: Bearer {key}' https://api.openai.com/v1/models -> 401 invalid_api_key",
    "You have insufficient permissions for this operation. Missing scopes: {key}. Check your role.",
    "Error code: 429 insufficient_quota{key}",
    "model: {key}",
]
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def split(key: str, cuts: list[tuple[int, str]]) -> str:
    for where, ch in sorted(cuts, reverse=True):
        pos = where % (len(key) + 1)
        key = key[:pos] + ch + key[pos:]
    return key


@contextlib.contextmanager
def environment(values: dict[str, str]) -> Iterator[None]:
    saved = dict(os.environ)
    os.environ.clear()
    os.environ.update({k: v for k, v in saved.items() if not k.endswith(("_KEY", "_TOKEN"))} | values)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


def keycheck(argv: list[str], stdin: str = "", env: dict[str, str] | None = None) -> str:
    """keycheck run in this process: everything it wrote to stdout and stderr."""
    out, err = io.StringIO(), io.StringIO()
    old_stdin = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        with (
            environment(env or {}),
            contextlib.redirect_stdout(out),
            contextlib.redirect_stderr(err),
            contextlib.suppress(SystemExit),  # argparse exits on usage errors
        ):
            cli.main(argv)
    finally:
        sys.stdin = old_stdin
    return out.getvalue() + err.getvalue()


cuts = st.lists(st.tuples(st.integers(0, 400), st.sampled_from(INVISIBLE)), max_size=3)
# In an error message a key may also be wrapped by a terminal or a log (a line break, or JSON's \n).
breaks = st.lists(st.tuples(st.integers(0, 400), st.sampled_from([*INVISIBLE, " ", "\n", "\\n"])), max_size=2)


@SETTINGS
@given(st.sampled_from(KINDS), breaks, st.sampled_from(ERRORS))
def test_error_lookup_never_quotes_a_key(kind: tuple[str, str], cut: list[tuple[int, str]], template: str) -> None:
    key = ALL[kind]
    result = lookup(template.format(key=split(key, cut)))
    assert_no_leak(key, json.dumps(result.to_dict(), ensure_ascii=False) + render(result))


@pytest.mark.parametrize("kind", [("openai", "project"), ("anthropic", "standard"), ("google", "auth_key")])
def test_a_key_split_by_an_invisible_character_in_an_error_is_found_and_masked(kind: tuple[str, str]) -> None:
    key = ALL[kind]
    text = ERRORS[2].format(key=key[:-10] + "\u200b" + key[-10:])
    result = lookup(text)
    assert [k.masked for k in result.keys] == [diagnose(key).masked]
    assert_no_leak(key, json.dumps(result.to_dict(), ensure_ascii=False) + render(result))


@SETTINGS
@given(st.sampled_from(KINDS), cuts, st.sampled_from(["", " ", "\n", '"', "OPENAI_API_KEY=", "Bearer "]))
def test_diagnose_never_shows_a_key(kind: tuple[str, str], cut: list[tuple[int, str]], wrapper: str) -> None:
    key = ALL[kind]
    report = diagnose(wrapper + split(key, cut) + wrapper.strip("=").strip())
    assert_no_leak(key, json.dumps(report.to_dict(), ensure_ascii=False) + cli.render(report))


def flag_runs(key: str, tmp: Path) -> dict[str, str]:
    """What keycheck prints with the key given through each input and flag, right or by mistake."""
    dotenv = tmp / "keys.env"
    dotenv.write_text(f"OPENAI_API_KEY={key}\nOTHER_TOKEN='{key}' # note\n", encoding="utf-8")
    # A key pasted in front of the '=' becomes the entry's name, which --file prints.
    named = tmp / "named.env"
    named.write_text(f"{key}_KEY=x\n{key}_API_KEY={key}\nOPENAI_{key}_TOKEN={key}\n", encoding="utf-8")
    return {
        "stdin": keycheck([], stdin=key),
        "stdin --json": keycheck(["--json"], stdin=key),
        "argument": keycheck([key]),
        "argument twice": keycheck([key, key]),
        "--provider KEY": keycheck(["--provider", key], stdin=key),
        "--provider=KEY": keycheck([f"--provider={key}"], stdin=key),
        "--prov=KEY (abbreviated)": keycheck([f"--prov={key}"], stdin=key),
        "--e=KEY (ambiguous)": keycheck([f"--e={key}"]),
        "--env KEY": keycheck(["--env", key]),
        "--env NAME": keycheck(["--env", "OPENAI_API_KEY"], env={"OPENAI_API_KEY": key}),
        "--env NAME --json": keycheck(["--env", "OPENAI_API_KEY", "--json"], env={"OPENAI_API_KEY": key}),
        "--file": keycheck(["--file", str(dotenv)]),
        "--file --json": keycheck(["--file", str(dotenv), "--json"]),
        "--file KEY": keycheck(["--file", key]),
        "--file, a key as a name": keycheck(["--file", str(named)]),
        "--file --json, a key as a name": keycheck(["--file", str(named), "--json"]),
        "--file --lang zh-TW, a key as a name": keycheck(["--file", str(named), "--lang", "zh-TW"]),
        "--error": keycheck(["--error"], stdin=ERRORS[0].format(key=key)),
        "--error --json": keycheck(["--error", "--json"], stdin=ERRORS[2].format(key=key)),
        "--list-providers --provider KEY": keycheck(["--list-providers", "--provider", key]),
        "--no-such-flag KEY": keycheck(["--no-such-flag", key]),
    }


@pytest.mark.parametrize("kind", KINDS, ids=[f"{p}-{v}" for p, v in KINDS])
def test_no_keycheck_flag_prints_a_key(kind: tuple[str, str], tmp_path: Path) -> None:
    key = ALL[kind]
    for flag, output in flag_runs(key, tmp_path).items():
        assert output, flag
        try:
            assert_no_leak(key, output)
        except AssertionError as exc:
            raise AssertionError(f"{flag}: {exc}") from None


def test_the_provider_and_env_messages_still_say_what_is_wrong() -> None:
    key = VALID[("openai", "project")]
    assert "unknown provider id given to --provider" in keycheck(["--provider", key.upper()], stdin=key)
    assert "named after --env is not set" in keycheck(["--env", key])


def test_strip_invisible_drops_every_invisible_character_and_keeps_whitespace() -> None:
    from checker.chars import is_invisible, strip_invisible

    every = "".join(chr(c) for c in range(0x110000))
    kept = strip_invisible(every)
    assert kept == "".join(ch for ch in every if ch.isspace() or not is_invisible(ch))


def test_an_unknown_version_tag_is_quoted_only_when_short() -> None:
    # A legacy key with a look-alike hyphen reads as sk-<tag>-…: the "tag" is the key's secret start.
    key = VALID[("openai", "legacy")]
    report = diagnose(key[:11] + "\u2010" + key[11:])
    assert "KEY_VERSION_UNKNOWN" in [f.code for f in report.findings]
    assert_no_leak(key, json.dumps(report.to_dict(), ensure_ascii=False) + cli.render(report))
