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
    return _pairs(root, edition_dir, DOCS_DIR, "*.md", SKIPPED_DOCS)


def data_pairs(root: Path, edition_dir: Path) -> Iterator[Pair]:
    """Every English data file (data/**/*.yml) with where its overlay lives."""
    return _pairs(root, edition_dir, DATA_DIR, "*.yml", SKIPPED_DATA)


def _pairs(root: Path, edition_dir: Path, folder: str, pattern: str, skipped: tuple[str, ...]) -> Iterator[Pair]:
    """The English files under root/folder with the path of each one's counterpart in the edition."""
    english = root / folder
    for path in sorted(english.rglob(pattern)):
        relative = path.relative_to(english).as_posix()
        if not relative.startswith(skipped):
            yield Pair(relative, path, edition_dir / folder / relative)


def data_kind(relative: str) -> str:
    """The schema name of a data file: "errors" for data/errors/*.yml, else the file's stem."""
    return relative.split("/", 1)[0] if "/" in relative else relative.removesuffix(".yml")
