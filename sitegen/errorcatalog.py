"""The error catalog as the checker package needs it in the browser: checker/error_catalog.json.

The checker cannot read YAML (standard library only, in Pyodide), so scripts/sync-error-catalog writes
this compact JSON from data/errors/*.yml, and a test fails when the file and the YAML drift apart.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from checker import PROVIDERS
from checker.linearmatch import why_not_linear
from sitegen.dataset import load_dataset
from sitegen.errors import BuildError
from sitegen.models import ErrorCatalog

CATALOG_FILE = "error_catalog.json"

# A repeated group that itself repeats ("(a+)+", "(x*y?)*") can take exponential time in Python's re.
_NESTED_REPEAT = re.compile(r"\([^()]*[+*}][^()]*\)[+*{]")
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def unsafe_pattern(pattern: str) -> bool:
    """True for patterns with nested repetition, look-arounds or repetition without an upper bound: the
    checker's linear-time search takes only the subset checker.linearmatch describes."""
    nested = bool(_NESTED_REPEAT.search(pattern)) or "(?=" in pattern or "(?!" in pattern or "(?<" in pattern
    return nested or why_not_linear(pattern) is not None


def plain(markdown: str) -> str:
    """Markdown of one fix step as plain text: link texts kept, code and emphasis marks dropped."""
    text = _MD_LINK.sub(r"\1", markdown)
    return " ".join(text.replace("`", "").replace("**", "").split())


def catalog_document(catalogs: Sequence[ErrorCatalog]) -> dict[str, Any]:
    errors = []
    for catalog in catalogs:
        for entry in catalog.errors:
            for pattern in entry.patterns:
                if unsafe_pattern(pattern):
                    raise BuildError(
                        f"{catalog.source_file}: entry '{entry.id}': field 'patterns': {pattern!r}: "
                        f"{why_not_linear(pattern) or 'repeats a repeated group or looks around'}"
                    )
            errors.append(
                {
                    "provider": entry.provider,
                    "provider_name": catalog.provider_name,
                    "id": entry.id,
                    "status": entry.status,
                    "type": entry.type,
                    "code": entry.code,
                    "title": entry.title,
                    "patterns": list(entry.patterns),
                    "fix": plain(entry.fixes[0]),
                    "retry": entry.retry.verdict,
                    "url": entry.src_uri.removesuffix(".md") + "/",
                }
            )
    return {
        "generated_from": "data/errors/*.yml by scripts/sync-error-catalog; do not edit by hand",
        "errors": errors,
    }


def catalog_json(catalogs: Sequence[ErrorCatalog]) -> str:
    return json.dumps(catalog_document(catalogs), indent=1, ensure_ascii=False) + "\n"


def catalog_from_data(data_dir: Path) -> str:
    """The JSON text the checker should ship, from the validated data under data_dir."""
    dataset = load_dataset(data_dir, {p.id: p.name for p in PROVIDERS.values()})
    return catalog_json(dataset.catalogs)


def main(argv: Sequence[str] | None = None) -> int:
    """Write checker/error_catalog.json from data/ (or, with --check, fail when it is out of date)."""
    args = list(sys.argv[1:] if argv is None else argv)
    root = Path(__file__).resolve().parent.parent
    target = root / "checker" / CATALOG_FILE
    try:
        text = catalog_from_data(root / "data")
    except BuildError as exc:
        print(exc, file=sys.stderr)
        return 1
    if "--check" in args:
        current = target.read_text(encoding="utf-8") if target.exists() else ""
        if current != text:
            print(f"{target.relative_to(root)} is out of date: run scripts/sync-error-catalog", file=sys.stderr)
            return 1
        return 0
    target.write_text(text, encoding="utf-8")
    count = text.count('"provider_name"')
    print(f"wrote {target.relative_to(root)} ({count} errors)")
    return 0
