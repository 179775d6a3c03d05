"""JSON Schema validation that reports problems the way an editor of the YAML needs them:
file, entry id, field, what was expected and what was found."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sitegen.passedchecks import PassedChecks

if TYPE_CHECKING:  # imported when a document is first validated: a build whose data passed before skips them
    import jsonschema
    from referencing import Registry

SCHEMA_BASE = "https://ai-api-keys.example.org/schemas/"
PASSED_FILE = "passed-schema-checks"


class Schemas:
    """The *.schema.json files of a folder, loaded when a document first needs them.

    With a cache_dir, a document that passed its schema once is not checked again while the document,
    the schema files, this module and the jsonschema version are the same (a key over all of them is
    kept in cache_dir). Only passes are kept: a failing document is checked, and reported, every time.
    """

    def __init__(self, schema_dir: Path, cache_dir: Path | None = None) -> None:
        self.schema_dir = schema_dir
        self.cache_dir = cache_dir
        self._registry: Registry[Any] | None = None
        self._passes: PassedChecks | None = None

    def registry(self) -> Registry[Any]:
        if self._registry is None:
            from referencing import Registry, Resource  # noqa: PLC0415 - see the TYPE_CHECKING import

            resources = []
            for path in sorted(self.schema_dir.glob("*.schema.json")):
                contents = json.loads(path.read_text(encoding="utf-8"))
                resources.append((contents["$id"], Resource.from_contents(contents)))
            self._registry = Registry().with_resources(resources)
        return self._registry

    def key(self, document: Any, schema_name: str) -> str:
        return self._checks().key(json.dumps([schema_name, document], sort_keys=True, ensure_ascii=False))

    def passed_before(self, key: str) -> bool:
        return self._checks().passed_before(key)

    def remember_pass(self, key: str) -> None:
        self._checks().remember_pass(key)

    def _checks(self) -> PassedChecks:
        if self._passes is None:  # the schemas are read when the first document is checked
            salt = Path(__file__).read_bytes() + version("jsonschema").encode()
            for path in sorted(self.schema_dir.glob("*.schema.json")):
                salt += path.name.encode() + b"\0" + path.read_bytes()
            self._passes = PassedChecks(self.cache_dir, PASSED_FILE, salt)
        return self._passes


def load_registry(schema_dir: Path, cache_dir: Path | None = None) -> Schemas:
    """All *.schema.json files of schema_dir, addressable by their $id (loaded on first use)."""
    return Schemas(schema_dir, cache_dir)


def validate(document: Any, schema_name: str, schemas: Schemas, file: str, list_key: str) -> list[str]:
    """Problems of document against schema `schema_name` (e.g. "faq"), one readable line each.

    `list_key` names the top-level list of entries ("errors", "faq", ...) so a problem inside an entry
    is reported with the entry's id rather than its position.
    """
    key = schemas.key(document, schema_name)
    if schemas.passed_before(key):
        return []
    import jsonschema  # noqa: PLC0415 - see the TYPE_CHECKING import

    registry = schemas.registry()
    schema = registry.contents(SCHEMA_BASE + f"{schema_name}.schema.json")
    validator = jsonschema.Draft202012Validator(schema, registry=registry)
    problems = sorted(validator.iter_errors(document), key=lambda e: [str(p) for p in e.absolute_path])
    if not problems:
        schemas.remember_pass(key)
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
