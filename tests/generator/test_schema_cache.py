"""Documents that passed their JSON Schema once are not checked again; a failing one always is."""

from __future__ import annotations

import json
from pathlib import Path

from sitegen.schemas import PASSED_FILE, load_registry, validate

SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://ai-api-keys.example.org/schemas/thing.schema.json",
    "type": "object",
    "properties": {"things": {"type": "array", "items": {"type": "string"}}},
    "additionalProperties": False,
}


def _schemas(tmp_path: Path) -> Path:
    folder = tmp_path / "schemas"
    folder.mkdir()
    (folder / "thing.schema.json").write_text(json.dumps(SCHEMA), encoding="utf-8")
    return folder


def test_a_pass_is_remembered_and_a_failure_is_not(tmp_path: Path) -> None:
    folder, cache = _schemas(tmp_path), tmp_path / "cache"
    good, bad = {"things": ["a"]}, {"things": [1]}
    assert validate(good, "thing", load_registry(folder, cache), "f.yml", "things") == []
    assert len((cache / PASSED_FILE).read_text(encoding="utf-8").split()) == 1
    assert validate(bad, "thing", load_registry(folder, cache), "f.yml", "things") != []
    assert validate(bad, "thing", load_registry(folder, cache), "f.yml", "things") != []
    assert len((cache / PASSED_FILE).read_text(encoding="utf-8").split()) == 1


def test_a_remembered_pass_does_not_outlive_a_schema_change(tmp_path: Path) -> None:
    folder, cache = _schemas(tmp_path), tmp_path / "cache"
    document = {"things": ["a"]}
    assert validate(document, "thing", load_registry(folder, cache), "f.yml", "things") == []
    stricter = dict(SCHEMA, properties={"things": {"type": "array", "items": {"type": "integer"}}})
    (folder / "thing.schema.json").write_text(json.dumps(stricter), encoding="utf-8")
    assert validate(document, "thing", load_registry(folder, cache), "f.yml", "things") != []


def test_the_key_sees_the_document(tmp_path: Path) -> None:
    schemas = load_registry(_schemas(tmp_path), tmp_path / "cache")
    assert schemas.key({"things": ["a"]}, "thing") != schemas.key({"things": ["b"]}, "thing")
    assert schemas.key({"things": ["a"]}, "thing") == schemas.key({"things": ["a"]}, "thing")
