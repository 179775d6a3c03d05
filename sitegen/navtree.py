"""mkdocs.yml's nav read without an engine: each page's nav title and enclosing sections, and page URLs.

Pure functions over the nav as YAML gives it (strings, one-key mappings, lists), so the page manifest an
engine without the plugin needs (sitegen.docsfolder) carries the same breadcrumbs and card sections as
the plugin reads from MkDocs' Navigation.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class NavPlace:
    """Where a page sits in the nav: its own title there (None: the page's), and its sections, outermost
    first, each with the URL of its index page (navigation.indexes) or None."""

    title: str | None
    sections: tuple[tuple[str, str | None], ...]


def page_url(src_uri: str) -> str:
    """A docs path's site-relative URL with directory URLs, as MkDocs gives it (the home page is '')."""
    parent, name = posixpath.split(src_uri)
    stem = posixpath.splitext(name)[0]
    if stem in {"index", "README"}:
        return parent + "/" if parent else ""
    return posixpath.join(parent, stem) + "/"


def places(nav: Sequence[object]) -> dict[str, NavPlace]:
    """Every docs path the nav lists, with its place (a page listed twice keeps its first place)."""
    found: dict[str, NavPlace] = {}
    for src, place in _walk(nav, ()):
        found.setdefault(src, place)
    return found


def _walk(items: Sequence[object], sections: tuple[tuple[str, str | None], ...]) -> Iterator[tuple[str, NavPlace]]:
    for item in items:
        title, value = _entry(item)
        if isinstance(value, str):
            if "://" not in value:  # an external link is no page
                yield value, NavPlace(title, sections)
        elif isinstance(value, list):
            yield from _walk(value, (*sections, (title or "", _index_url(value))))


def _entry(item: object) -> tuple[str | None, object]:
    if isinstance(item, dict) and len(item) == 1:
        [(title, value)] = item.items()
        return str(title), value
    return None, item


def _index_url(children: Sequence[object]) -> str | None:
    """The URL of a section's index page: its first child, when that is an index.md."""
    if not children:
        return None
    _, first = _entry(children[0])
    if isinstance(first, str) and posixpath.splitext(posixpath.basename(first))[0] == "index":
        return page_url(first)
    return None
