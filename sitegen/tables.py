"""Comparison tables -> Markdown, with each source as a footnote and an "as of" line.

Key formats and the provider overview come from checker.PROVIDERS (duck-typed here, see the Protocols);
the other facts from data/comparison.yml and data/storage.yml.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

from sitegen import templating
from sitegen.mdtext import as_of, cell, footnote_definition, footnote_label
from sitegen.models import Source, StorageOption, Topic


class _SourceLike(Protocol):
    @property
    def title(self) -> str: ...
    @property
    def url(self) -> str: ...
    @property
    def checked(self) -> str: ...


class FormatLike(Protocol):
    @property
    def label(self) -> str: ...
    @property
    def prefix(self) -> str: ...
    @property
    def total_length(self) -> tuple[int, int]: ...
    @property
    def lengths(self) -> tuple[int, ...]: ...
    @property
    def length_stated(self) -> bool: ...
    @property
    def alphabet(self) -> str: ...
    @property
    def documented(self) -> bool: ...
    @property
    def is_api_key(self) -> bool: ...
    @property
    def sources(self) -> Sequence[_SourceLike]: ...


class ProviderLike(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def formats(self) -> Sequence[FormatLike]: ...
    @property
    def env_vars(self) -> Sequence[str]: ...
    @property
    def auth_header(self) -> str: ...
    @property
    def console_url(self) -> str: ...
    @property
    def sources(self) -> Sequence[_SourceLike]: ...


class Footnotes:
    """Footnotes in first-use order; one per source URL."""

    def __init__(self) -> None:
        self._defs: dict[str, str] = {}

    def cite(self, sources: Iterable[Source]) -> str:
        refs = []
        for source in sources:
            label = footnote_label(source)
            self._defs.setdefault(label, footnote_definition(source))
            refs.append(f"[^{label}]")
        return "".join(refs)

    def note(self, label: str, text: str) -> str:
        self._defs.setdefault(label, f"[^{label}]: {cell(text)}")
        return f"[^{label}]"

    def definitions(self) -> list[str]:
        return list(self._defs.values())


def _plain(sources: Sequence[_SourceLike]) -> list[Source]:
    return [Source(s.title, s.url) for s in sources]


def _finish(rows: list[str], notes: Footnotes, dates: list[str]) -> str:
    return templating.render_fragment(
        "table_footer.md.j2", rows="\n".join(rows), as_of=as_of(dates), definitions=notes.definitions()
    )


def _rows(template: str, notes: Footnotes, **context: object) -> list[str]:
    """A table's header and rows from its template; cells cite their sources into notes as they render."""
    return templating.render_fragment(template, notes=notes, plain=_plain, length=_length, **context).split("\n")


def comparison_table(topics: Sequence[Topic], providers: Sequence[tuple[str, str]]) -> str:
    """Rows = topics, columns = providers ((id, name) pairs).

    A missing cell says that no source was checked: a reader must not take it for "the provider has no
    such feature", nor for a promise of more to come.

    The corner cell is named: an empty header cell leaves the row headers' column unlabelled for
    screen readers (axe's empty-table-header rule).
    """
    notes = Footnotes()
    rows = _rows("comparison_rows.md.j2", notes, topics=topics, providers=list(providers))
    dates = [fact.checked for topic in topics for pid, _ in providers if (fact := topic.cell(pid)) is not None]
    return _finish(rows, notes, dates)


def _length(fmt: FormatLike) -> str:
    """The lengths the sources agree on ('132, 164'), else the range they accept ('113–275'): a range where the
    format has exact lengths would tell readers that every length between is fine."""
    if fmt.lengths:
        return ", ".join(str(n) for n in sorted(set(fmt.lengths)))
    low, high = fmt.total_length
    return str(low) if low == high else f"{low}–{high}"


def key_format_table(providers: Sequence[ProviderLike]) -> str:
    """One row per key format: what it starts with, its length and alphabet, and who documents it."""
    notes = Footnotes()
    rows, dates = key_format_rows(providers, notes)
    return _finish(rows, notes, dates)


def key_format_rows(providers: Sequence[ProviderLike], notes: Footnotes) -> tuple[list[str], list[str]]:
    """The key format table's rows and the checked dates of its facts; sources go to the caller's notes,
    so a page that cites the same source elsewhere gets one footnote for it."""
    rows = _rows("key_format_rows.md.j2", notes, providers=providers)
    return rows, [s.checked for provider in providers for fmt in provider.formats for s in fmt.sources]


def provider_overview_table(providers: Sequence[ProviderLike], guides: Mapping[str, str] | None = None) -> str:
    """Where to get the key, the environment variable the SDKs read, and the header it goes in.

    guides: provider id -> link to that provider's guide page, relative to the page the table is on.
    """
    notes = Footnotes()
    rows = _rows("provider_overview_rows.md.j2", notes, providers=providers, guides=guides or {})
    return _finish(rows, notes, [s.checked for provider in providers for s in provider.sources])


def storage_table(options: Sequence[StorageOption]) -> str:
    notes = Footnotes()
    rows = _rows("storage_rows.md.j2", notes, options=options)
    return _finish(rows, notes, [o.checked for o in options])
