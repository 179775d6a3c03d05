"""Typed, validated views of the data files. Built only by `sitegen.dataset`; everything else reads them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Verdict = Literal["yes", "no", "depends"]


@dataclass(frozen=True)
class Source:
    title: str
    url: str


@dataclass(frozen=True)
class Retry:
    verdict: Verdict
    why: str


@dataclass(frozen=True)
class ErrorChange:
    """One dated event in an error's history: the provider changed it, or we checked it again."""

    date: str
    kind: Literal["provider", "recheck"]
    what: str  # Markdown, one sentence
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True)
class ErrorEntry:
    provider: str
    id: str
    status: int
    type: str | None
    code: str | None
    sdk_exception: str | None
    title: str
    search_title: str  # the short <title>; `title` stays the gist of the message shown on the page
    summary: str
    message: str | None
    variants: tuple[str, ...]
    patterns: tuple[str, ...]
    meaning: str
    causes: tuple[str, ...]
    fixes: tuple[str, ...]
    retry: Retry
    related: tuple[str, ...]  # fully qualified "<provider>/<id>"
    sources: tuple[Source, ...]
    checked: str
    review_by: str | None = None  # re-check by this day (scripts/check-freshness)
    changes: tuple[ErrorChange, ...] = ()  # oldest first

    @property
    def ref(self) -> str:
        """The entry's site-wide id, "<provider>/<id>"."""
        return f"{self.provider}/{self.id}"

    @property
    def src_uri(self) -> str:
        """Path of the generated page relative to docs/."""
        return error_src_uri(self.ref)


def error_src_uri(ref: str) -> str:
    """The page of the error "<provider>/<id>", relative to docs/: the one place error-page paths are made."""
    return f"errors/{ref}.md"


@dataclass(frozen=True)
class ErrorCatalog:
    provider: str
    provider_name: str
    intro: str
    errors: tuple[ErrorEntry, ...]
    source_file: str  # e.g. "data/errors/openai.yml", relative to the project root


@dataclass(frozen=True)
class FaqEntry:
    id: str
    question: str
    answer: str
    pages: tuple[str, ...]
    markup_on: str
    errors: tuple[str, ...]
    sources: tuple[Source, ...]
    checked: str
    review_by: str | None = None


@dataclass(frozen=True)
class Cell:
    value: str  # inline Markdown; links are relative to docs/
    sources: tuple[Source, ...]
    checked: str
    uncertain: bool
    note: str | None
    errors: tuple[str, ...] = ()  # the catalog entries ("<provider>/<id>") the value was made from
    review_by: str | None = None


@dataclass(frozen=True)
class Topic:
    id: str
    label: str
    cells: tuple[tuple[str, Cell], ...]  # (provider id, cell) in PROVIDERS order

    def cell(self, provider: str) -> Cell | None:
        return dict(self.cells).get(provider)


@dataclass(frozen=True)
class StorageOption:
    id: str
    environment: str
    store: str
    gives: tuple[str, ...]
    sources: tuple[Source, ...]
    checked: str
    review_by: str | None = None


@dataclass(frozen=True)
class Dataset:
    """Everything under data/, validated and cross-checked."""

    catalogs: tuple[ErrorCatalog, ...]
    faq: tuple[FaqEntry, ...]
    topics: tuple[Topic, ...]
    storage: tuple[StorageOption, ...]
    file_dates: tuple[tuple[str, str], ...]  # (source file, newest checked date in it)

    def error(self, ref: str) -> ErrorEntry | None:
        provider, _, error_id = ref.partition("/")
        for catalog in self.catalogs:
            if catalog.provider == provider:
                return next((e for e in catalog.errors if e.id == error_id), None)
        return None

    def all_errors(self) -> tuple[ErrorEntry, ...]:
        return tuple(e for c in self.catalogs for e in c.errors)
