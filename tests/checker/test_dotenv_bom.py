"""A .env file saved with a byte-order mark: the first name is read without it, as python-dotenv does
since its pull request 640, so keycheck --file names and judges the first entry like the others.
Cases are generated over several kinds of key as the first entry, with LF and CRLF line ends."""

from __future__ import annotations

import pytest

from checker.context import provider_for_env_var
from checker.dotenv import parse_dotenv

from .keys import VALID

FIRST = [
    ("OPENAI_API_KEY", ("openai", "project")),
    ("ANTHROPIC_API_KEY", ("anthropic", "standard")),
    ("GROQ_API_KEY", ("groq", "standard")),
    ("HF_TOKEN", ("huggingface", "user")),
]
CASES = [(name, VALID[ident], end) for name, ident in FIRST for end in ("\n", "\r\n")]


@pytest.mark.parametrize(("name", "key", "end"), CASES, ids=[f"{n}-{len(e)}" for n, _, e in CASES])
def test_first_name_is_read_without_the_byte_order_mark(name: str, key: str, end: str) -> None:
    text = "\ufeff" + f"{name}={key}{end}OTHER_TOKEN=x{end}"
    first, second = parse_dotenv(text)
    assert (first.line, first.name, first.value) == (1, name, key)
    assert provider_for_env_var(first.name) is not None
    assert second.name == "OTHER_TOKEN"
