"""JSON Schema validation that reports problems the way an editor of the YAML needs them:
file, entry id, field, what was expected and what was found."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import jsonschema
from referencing import Registry, Resource

SCHEMA_BASE = "https://ai-api-keys.example.org/schemas/"


def load_registry(schema_dir: Path) -> Registry[Any]:
    """All *.schema.json files of schema_dir, addressable by their $id."""
    resources = []
    for path in sorted(schema_dir.glob("*.schema.json")):
        contents = json.loads(path.read_text(encoding="utf-8"))
        resources.append((contents["$id"], Resource.from_contents(contents)))
    return Registry().with_resources(resources)


def validate(document: Any, schema_name: str, registry: Registry[Any], file: str, list_key: str) -> list[str]:
    """Problems of document against schema `schema_name` (e.g. "faq"), one readable line each.

    `list_key` names the top-level list of entries ("errors", "faq", ...) so a problem inside an entry
    is reported with the entry's id rather than its position.
    """
    schema = registry.contents(SCHEMA_BASE + f"{schema_name}.schema.json")
    validator = jsonschema.Draft202012Validator(schema, registry=registry)
    problems = sorted(validator.iter_errors(document), key=lambda e: [str(p) for p in e.absolute_path])
    return [_describe(error, document, file, list_key) for error in problems]


def _describe(error: jsonschema.ValidationError, document: Any, file: str, list_key: str) -> str:
    path = list(error.absolute_path)
    where = file
    field_path: Sequence[Any] = path
    if len(path) >= 2 and path[0] == list_key and isinstance(path[1], int):
        entry = document[list_key][path[1]]
        entry_id = entry.get("id") if isinstance(entry, dict) else None
        where += f": entry '{entry_id}'" if isinstance(entry_id, str) else f": {list_key} entry #{path[1] + 1}"
        field_path = path[2:]
    field = _dotted(field_path)
    return f"{where}: {_expectation(error, field)}"


def _dotted(parts: Iterable[Any]) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _field(parent: str, name: str) -> str:
    return f"{parent}.{name}" if parent else name


def _found(value: Any) -> str:
    shown = json.dumps(value, ensure_ascii=False) if not isinstance(value, dict | list) else type(value).__name__
    if len(shown) > 60:
        shown = shown[:57] + "..."
    return shown


_JSON_TYPES = {dict: "object", list: "array", str: "string", bool: "boolean", int: "integer", float: "number"}


def _expectation(error: jsonschema.ValidationError, field: str) -> str:
    kind, instance = error.validator, error.instance
    expected: Any = error.validator_value
    schema: dict[str, Any] = error.schema if isinstance(error.schema, dict) else {}
    if kind == "required":
        missing = [name for name in expected if isinstance(instance, dict) and name not in instance]
        return "; ".join(f"field '{_field(field, name)}': missing (required)" for name in missing)
    if kind == "additionalProperties" and isinstance(instance, dict):
        allowed = sorted(schema.get("properties", {}))
        unknown = sorted(k for k in instance if k not in allowed)
        return "; ".join(
            f"field '{_field(field, name)}': unknown field (allowed: {', '.join(allowed)})" for name in unknown
        )
    label = f"field '{field}'" if field else "top level"
    if kind == "type":
        wanted = " or ".join(expected) if isinstance(expected, list) else expected
        found = _JSON_TYPES.get(type(instance), "null" if instance is None else type(instance).__name__)
        shown = "" if isinstance(instance, dict | list) or instance is None else " " + _found(instance)
        return f"{label}: expected {wanted}, found {found}{shown}"
    if kind == "enum":
        return f"{label}: expected one of {', '.join(map(str, expected))}, found {_found(instance)}"
    if kind == "pattern":
        hint = schema.get("description", "")
        return f"{label}: expected text matching /{expected}/, found {_found(instance)}" + (
            f" ({hint})" if hint else ""
        )
    return f"{label}: {error.message}"
