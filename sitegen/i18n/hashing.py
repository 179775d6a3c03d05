"""`source_hash`: a short hash of the English text a translation was made from.

A data record's hash covers its translatable text only (sitegen.i18n.fields), so a re-checked date or a
new source does not mark its translation stale; a page's hash covers the whole Markdown file.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sitegen.i18n.fields import fact_fields
from sitegen.i18n.overlay import is_record_list

HASH_LENGTH = 12  # hex digits: enough to tell versions of one text apart, short enough to read in a diff


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:HASH_LENGTH]


def _text_only(value: Any, facts: frozenset[str]) -> Any:
    if isinstance(value, dict):
        return {k: _text_only(v, facts) for k, v in value.items() if k not in facts}
    if isinstance(value, list):
        return [_text_only(v, facts) for v in value]
    return value if isinstance(value, str) else None


def record_hashes(english: Any, kind: str) -> dict[str, str]:
    """The hash of every translatable unit of an English data document, by the paths overlay.Merged uses:
    "" for the file's own text (e.g. an error catalog's intro), "<list>/<id>" for each record."""
    facts = fact_fields(kind)
    if not isinstance(english, dict):
        return {}
    hashes: dict[str, str] = {}
    top = {}
    for key, value in english.items():
        if is_record_list(value):
            for record in value:
                hashes[f"{key}/{record['id']}"] = _hash_value(_text_only(record, facts))
        elif key not in facts:
            top[key] = _text_only(value, facts)
    if any(v is not None for v in top.values()):
        hashes[""] = _hash_value(top)
    return hashes


def _hash_value(value: Any) -> str:
    return text_hash(json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":")))
