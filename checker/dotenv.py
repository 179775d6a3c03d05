"""Read NAME=value entries from a .env file the way common loaders do (python-dotenv, Docker, shells)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Entry:
    line: int
    name: str
    value: str


def parse_dotenv(text: str) -> list[Entry]:
    """Every assignment in `text`: comments and blank lines skipped, `export` and quotes removed.

    The value is kept exactly as a loader would hand it to the program, so whitespace inside quotes,
    a stray quote or an invisible character is still there for the checker to find.
    """
    entries: list[Entry] = []
    # A byte-order mark (Windows editors write one) is no part of the first name: python-dotenv strips it
    # since theskumar/python-dotenv pull request 640 (issue 637: before, the first variable was lost).
    text = text.removeprefix("\ufeff")
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.lstrip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("export ") or line.startswith("export\t"):
            line = line[7:].lstrip()
        name, sep, rest = line.partition("=")
        name = name.strip()
        if not sep or not name or " " in name:
            continue
        entries.append(Entry(number, name, _value(rest)))
    return entries


def _value(rest: str) -> str:
    rest = rest.lstrip(" \t")
    if rest[:1] in ("'", '"'):
        quote = rest[0]
        end = rest.find(quote, 1)
        if end != -1:
            return rest[1:end]
        return rest  # unbalanced: hand over as is, the checker names the stray quote
    # As python-dotenv: an unquoted value ends where whitespace and a '#' start a comment (abc#def stays).
    for i, ch in enumerate(rest):
        if ch == "#" and i > 0 and rest[i - 1] in " \t":
            rest = rest[:i]
            break
    return rest.rstrip(" \t")


def is_key_name(name: str) -> bool:
    """Names that hold credentials by convention: *_KEY, *_TOKEN and the like."""
    upper = name.upper()
    return upper.endswith(("_KEY", "_TOKEN", "_API_KEY", "_SECRET_KEY")) or upper in ("HF_TOKEN", "CO_API_KEY")
