"""Where a translated edition's files are, and laying its data overlays onto the English documents."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitegen.i18n.overlay import merge_overlay
from sitegen.yamlio import load_yaml

I18N_DIR = "i18n"


@dataclass(frozen=True)
class Edition:
    """One translated edition: i18n/<language>/ with docs/, data/ and glossary.yml."""

    language: str  # e.g. "zh-TW"
    root: Path  # the folder holding i18n/ (the project root)

    @property
    def folder(self) -> Path:
        return self.root / I18N_DIR / self.language

    @property
    def docs_dir(self) -> Path:
        return self.folder / "docs"

    @property
    def data_dir(self) -> Path:
        return self.folder / "data"

    @property
    def data_label(self) -> str:
        return f"{I18N_DIR}/{self.language}/data"

    def overlaid(self, english: Any, relative: str, kind: str) -> tuple[Any, list[str]]:
        """The English document with this edition's overlay of data/<relative> laid over it, and the problems
        found (each names the overlay file, entry and field). No overlay file: the English document as is."""
        path = self.data_dir / relative
        if not path.is_file():
            return english, []
        name = f"{self.data_label}/{relative}"
        merged, problems = merge_overlay(english, load_yaml(path, name), kind, name)
        return (english if merged is None else merged.document), problems
