"""A key split twice by spaces or line breaks inside a pasted error: no piece of 8 or more characters
is quoted, even when the piece between has no digit or capital of its own, or two pieces of 8 sit side
by side. Cases are generated over every kind of key, cut points, separators and error texts."""

from __future__ import annotations

import json

import pytest

from checker.errorlookup import lookup, render

from .leaks import assert_no_leak
from .test_privacy import ALL, ERRORS, KINDS


def _pieces(key: str) -> list[tuple[int, int]]:
    """Two cut points that leave pieces of 8 to 12 characters at the start, in the middle and at the end."""
    n = len(key)
    return [(8, 16), (12, 20), (n // 2, n // 2 + 8), (n - 16, n - 8), (n - 20, n - 9)]


CASES = [
    (kind, ALL[kind][:a] + sep + ALL[kind][a:b] + sep + ALL[kind][b:], template)
    for kind in KINDS
    for a, b in _pieces(ALL[kind])
    for sep in (" ", "\n")
    for template in ERRORS[:2]
]


@pytest.mark.parametrize(
    ("kind", "text", "template"), CASES, ids=[f"{k[0]}-{k[1]}-{n}" for n, (k, _, _) in enumerate(CASES)]
)
def test_no_piece_of_a_twice_split_key_is_quoted(kind: tuple[str, str], text: str, template: str) -> None:
    result = lookup(template.format(key=text))
    assert_no_leak(ALL[kind], json.dumps(result.to_dict(), ensure_ascii=False) + render(result))
