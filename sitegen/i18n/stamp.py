"""Write `source_hash` into translated pages (front matter) and overlay records, as text edits that keep
the translator's layout, comments and block scalars as they were.

By default only translations without a hash get one (a new translation is assumed made from today's
English); `refresh` re-stamps, for a translation just brought up to date with a changed English text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

from sitegen.errors import BuildError
from sitegen.i18n import frontmatter
from sitegen.i18n.fields import HASH_FIELD, fact_fields
from sitegen.i18n.hashing import record_hashes, text_hash
from sitegen.i18n.overlay import is_record_list
from sitegen.i18n.sources import Pair
from sitegen.yamlio import load_yaml


@dataclass(frozen=True)
class _Edit:
    start: int  # character offsets into the overlay's text
    end: int
    text: str


def stamp_page(pair: Pair, *, refresh: bool = False) -> bool:
    """Stamp one translated page; True when its file changed."""
    text = pair.translated.read_text(encoding="utf-8")
    if frontmatter.get_key(text, HASH_FIELD) and not refresh:
        return False
    new = frontmatter.set_key(text, HASH_FIELD, f'"{text_hash(pair.english.read_text(encoding="utf-8"))}"')
    if new != text:
        pair.translated.write_text(new, encoding="utf-8")
    return new != text


def stamp_overlay(pair: Pair, kind: str, label: str, *, refresh: bool = False) -> int:
    """Stamp every record of one overlay that has an English record; returns how many hashes were written."""
    english = load_yaml(pair.english, f"data/{pair.relative}")
    text = pair.translated.read_text(encoding="utf-8")
    load_yaml(pair.translated, label)  # syntax errors and duplicate keys, named the project's way
    edits = overlay_edits(text, english, kind, label, refresh=refresh)
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        text = text[: edit.start] + edit.text + text[edit.end :]
    if edits:
        pair.translated.write_text(text, encoding="utf-8")
    return len(edits)


def overlay_edits(text: str, english: Any, kind: str, label: str, *, refresh: bool) -> list[_Edit]:
    hashes = record_hashes(english, kind)
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    if not isinstance(root, yaml.MappingNode):
        raise BuildError(f"{label}: expected a mapping at the top, like the English file")
    edits: list[_Edit] = []
    top_keys = {k.value for k, _ in root.value if isinstance(k, yaml.ScalarNode)}
    if "" in hashes and (top_keys - {HASH_FIELD}) & _top_text_keys(english, kind):
        edits += _stamp_mapping(text, root, hashes[""], label, "the file's top level", refresh=refresh)
    for key, value in root.value:
        if not isinstance(english, dict) or not is_record_list(english.get(key.value)):
            continue
        if not isinstance(value, yaml.MappingNode):
            continue  # the build names this problem
        for id_node, record in value.value:
            record_hash = hashes.get(f"{key.value}/{id_node.value}")
            if record_hash is not None and isinstance(record, yaml.MappingNode):
                edits += _stamp_mapping(text, record, record_hash, label, f"entry '{id_node.value}'", refresh=refresh)
    return edits


def _top_text_keys(english: dict[str, Any], kind: str) -> set[str]:
    """The English file's own text fields, outside its records (e.g. an error catalog's intro)."""
    return {key for key, value in english.items() if not is_record_list(value) and key not in fact_fields(kind)}


def _stamp_mapping(
    text: str, node: yaml.MappingNode, value: str, label: str, where: str, *, refresh: bool
) -> list[_Edit]:
    for key, current in node.value:
        if key.value == HASH_FIELD:
            # Kept when quoted (a plain 12-digit hash would load as a number) and not being refreshed.
            if current.style in {'"', "'"} and (not refresh or current.value == value):
                return []
            return [_Edit(current.start_mark.index, current.end_mark.index, f'"{value}"')]
    if node.flow_style or not node.value:
        raise BuildError(f"{label}: {where}: write it as a block mapping (one field a line) so it can be stamped")
    first = node.value[0][0]
    line_start = text.rfind("\n", 0, first.start_mark.index) + 1
    indent = text[line_start : first.start_mark.index]
    if indent.strip():
        raise BuildError(f"{label}: {where}: expected its first field on a line of its own")
    return [_Edit(line_start, line_start, f'{indent}{HASH_FIELD}: "{value}"\n')]
