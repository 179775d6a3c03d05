"""The English sources of an edition and their translated counterparts, listed from the folders alone."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

DOCS_DIR = "docs"
DATA_DIR = "data"
SKIPPED_DOCS = ("overrides/",)  # theme templates, not pages (mkdocs.yml's exclude_docs)
SKIPPED_DATA = ("schemas/",)


@dataclass(frozen=True)
class Pair:
    relative: str  # the path under docs/ or data/
    english: Path
    translated: Path


def page_pairs(root: Path, edition_dir: Path) -> Iterator[Pair]:
    """Every hand-written English page (docs/**/*.md) with where its translation lives."""
    docs = root / DOCS_DIR
    for path in sorted(docs.rglob("*.md")):
        relative = path.relative_to(docs).as_posix()
        if not relative.startswith(SKIPPED_DOCS):
            yield Pair(relative, path, edition_dir / DOCS_DIR / relative)


def data_pairs(root: Path, edition_dir: Path) -> Iterator[Pair]:
    """Every English data file (data/**/*.yml) with where its overlay lives."""
    data = root / DATA_DIR
    for path in sorted(data.rglob("*.yml")):
        relative = path.relative_to(data).as_posix()
        if not relative.startswith(SKIPPED_DATA):
            yield Pair(relative, path, edition_dir / DATA_DIR / relative)


def data_kind(relative: str) -> str:
    """The schema name of a data file: "errors" for data/errors/*.yml, else the file's stem."""
    return relative.split("/", 1)[0] if "/" in relative else relative.removesuffix(".yml")
