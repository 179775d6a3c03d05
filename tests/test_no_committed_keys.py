"""No committed file holds a complete key-shaped string: secret scanners and push protection would stop the
repository, and a real key might hide among fakes. Tests build their keys at run time (tests/checker/keys.py);
docs use placeholders such as `sk-proj-...`.

The shapes come from the checker's own formats, so a provider added to the checker is scanned for too.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from checker import PROVIDERS

ROOT = Path(__file__).resolve().parent.parent
# Folders that are never committed (.gitignore), for a copy of the project without git.
_NOT_COMMITTED = {".git", ".venv", "node_modules", "site", "build", "dist", "__pycache__", ".hypothesis", ".cache"}


def _char_class(chars: str) -> str:
    return "[" + "".join(re.escape(c) for c in sorted(set(chars))) + "]"


def _shapes() -> dict[str, re.Pattern[str]]:
    """provider/variant -> the whole key: its prefix (not inside a longer word) and at least the shortest body."""
    shapes: dict[str, re.Pattern[str]] = {}
    for provider in PROVIDERS.values():
        for fmt in provider.formats:
            body = fmt.total_length[0] - len(fmt.prefix)
            if fmt.prefix:
                shape = re.escape(fmt.prefix) + _char_class(fmt.chars) + "{" + str(body) + ",}"
            elif fmt.marker:  # no prefix, but a fixed marker inside (Azure's identifiable keys)
                shape = _char_class(fmt.chars) + "{20,}" + re.escape(fmt.marker) + _char_class(fmt.chars) + "{20,}"
            else:
                continue  # a bare run of hex or letters is no key without its provider: commit hashes, ids
            shapes[f"{provider.id}/{fmt.variant}"] = re.compile(r"(?<![A-Za-z0-9_.-])" + shape)
    return shapes


def committed_files() -> list[Path]:
    try:
        listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return sorted(
            p for p in ROOT.rglob("*") if p.is_file() and not _NOT_COMMITTED & set(p.relative_to(ROOT).parts)
        )
    return [ROOT / name for name in listed.decode("utf-8").split("\0") if name]


def test_the_scan_sees_the_keys_it_looks_for() -> None:
    """The shapes match the factory's keys, written out in text as a mistaken commit would hold them."""
    from tests.checker.keys import VALID

    shapes = _shapes()
    for (provider, variant), key in VALID.items():
        text = f'API_KEY="{key}"\n'
        assert shapes[f"{provider}/{variant}"].search(text), f"{provider}/{variant} not recognised"


def test_no_committed_file_holds_a_key_shaped_string() -> None:
    shapes = _shapes()
    found: list[str] = []
    for path in committed_files():
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, FileNotFoundError):
            continue  # binary files (images, fonts), and files deleted but not yet committed
        for name, shape in shapes.items():
            # Name the file, the shape and the offset, never the match: a real key must not reach the log.
            found += [f"{path.relative_to(ROOT)}: {name} at offset {m.start()}" for m in shape.finditer(text)]
    assert found == []


@pytest.mark.parametrize("placeholder", ["sk-proj-...", "sk-ant-api03-…AbCd", "AIza" + "x" * 6, "gsk_…"])
def test_placeholders_are_not_keys(placeholder: str) -> None:
    assert not any(shape.search(placeholder) for shape in _shapes().values())
