"""Merge a translation overlay (i18n/<lang>/data/<file>.yml) onto the English document it mirrors.

The rules (i18n/README.md): a list of records with an `id` becomes a mapping from the id to the record's
translated fields; a mapping keeps its keys; any other list keeps its length and order; a field left out
keeps the English text. Only text may be translated: facts (sitegen.i18n.fields) come from the English file.

Every problem is reported at once, naming the overlay file, the entry and the field, and no merged
document is returned then: the build stops rather than show a half-checked translation.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sitegen.i18n.fields import HASH_FIELD, fact_fields


@dataclass(frozen=True)
class Merged:
    """The English document with the translation laid over it, and where the translation's hashes are."""

    document: Any
    hashes: Mapping[str, str]  # record path ("" for the file's top level, "errors/<id>") -> source_hash found


def is_record_list(value: Any) -> bool:
    """A list whose items are all mappings with an `id`: its overlay is keyed by id."""
    return (
        isinstance(value, list)
        and bool(value)
        and all(isinstance(item, dict) and isinstance(item.get("id"), str) for item in value)
    )


def merge_overlay(english: Any, overlay: Any, kind: str, file: str) -> tuple[Merged | None, list[str]]:
    """(merged document, []) or (None, problem lines). kind picks the untranslatable fields (fields.py)."""
    problems: list[str] = []
    facts = fact_fields(kind)
    hashes: dict[str, str] = {}
    if not isinstance(overlay, dict) or not isinstance(english, dict):
        return None, [f"{file}: expected a mapping at the top, like the English file"]

    def where(entry: str | None, field: str) -> str:
        return f"{file}: entry '{entry}': field '{field}'" if entry else f"{file}: field '{field}'"

    def merge(en: Any, ov: Any, entry: str | None, path: str) -> Any:
        if isinstance(en, dict):
            if not isinstance(ov, dict):
                problems.append(f"{where(entry, path)}: expected a mapping, found {_kind(ov)}")
                return en
            out = dict(en)
            for key, value in ov.items():
                field = f"{path}.{key}" if path else str(key)
                if key == HASH_FIELD and not path:
                    continue
                if key not in en:
                    problems.append(f"{where(entry, field)}: not in the English file; expected one of its fields")
                elif key in facts and not is_record_list(en[key]):
                    problems.append(f"{where(entry, field)}: a fact, not text: it comes from the English file")
                else:
                    out[key] = merge(en[key], value, entry, field)
            return out
        if is_record_list(en):
            return merge_records(en, ov, entry, path)
        if isinstance(en, list):
            if not isinstance(ov, list):
                problems.append(f"{where(entry, path)}: expected a list, found {_kind(ov)}")
                return en
            if len(ov) != len(en):
                problems.append(f"{where(entry, path)}: expected {len(en)} items (as in English), found {len(ov)}")
                return en
            return [merge(e, o, entry, f"{path}[{i}]") for i, (e, o) in enumerate(zip(en, ov, strict=True))]
        if isinstance(en, str):
            if not isinstance(ov, str) or not ov.strip():
                problems.append(f"{where(entry, path)}: expected text, found {_kind(ov)}")
                return en
            return ov
        problems.append(f"{where(entry, path)}: expected no translation of a {_kind(en)} (not text)")
        return en

    def merge_records(en: Sequence[dict[str, Any]], ov: Any, entry: str | None, path: str) -> list[Any]:
        if not isinstance(ov, dict):
            problems.append(
                f"{where(entry, path)}: expected a mapping from record id to translation, found {_kind(ov)}"
            )
            return list(en)
        by_id = {record["id"]: record for record in en}
        for record_id in ov:
            if record_id not in by_id:
                problems.append(f"{file}: entry '{record_id}': field '{path}': no record with this id in English")
        out = []
        for record in en:
            translated = ov.get(record["id"])
            if translated is None:
                out.append(record)
                continue
            rid = str(record["id"])
            if not isinstance(translated, dict):
                problems.append(f"{file}: entry '{rid}': expected a mapping of fields, found {_kind(translated)}")
                out.append(record)
                continue
            if isinstance(translated.get(HASH_FIELD), str):
                hashes[f"{path}/{rid}"] = translated[HASH_FIELD]
            rest = {k: v for k, v in translated.items() if k != HASH_FIELD}
            out.append(merge(record, rest, rid, ""))
        return out

    if isinstance(overlay.get(HASH_FIELD), str):
        hashes[""] = overlay[HASH_FIELD]
    merged = merge(english, overlay, None, "")
    return (None, problems) if problems else (Merged(merged, hashes), [])


def _kind(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, str):
        return "text" if value.strip() else "empty text"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__
