"""What a build keeps of the data between builds (parsed YAML, linear patterns): used while its inputs are
the same, dropped when they change, and never a reason to let bad data through."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from checker import PROVIDERS
from sitegen.dataset import LINEAR_FILE, MATCH_FILE, load_dataset
from sitegen.errors import BuildError
from sitegen.passedchecks import PassedChecks
from sitegen.yamlio import PARSED_DIR, load_yaml
from tests.support import ROOT

NAMES = {p.id: p.name for p in PROVIDERS.values()}


def _slot(cache: Path) -> Path:
    (slot,) = (cache / PARSED_DIR).iterdir()
    return slot


def test_a_parsed_document_is_taken_from_the_cache_while_the_text_is_the_same(tmp_path: Path) -> None:
    source, cache = tmp_path / "a.yml", tmp_path / "cache"
    source.write_text("things: [a, b]\nchecked: 2026-11-29\n", encoding="utf-8")
    assert load_yaml(source, "data/a.yml", cache) == {"things": ["a", "b"], "checked": "2026-11-29"}
    # Change the kept document behind the loader's back: an unchanged text is read from the cache.
    kept = json.loads(_slot(cache).read_text(encoding="utf-8"))
    _slot(cache).write_text(json.dumps(dict(kept, document={"from": "cache"})), encoding="utf-8")
    assert load_yaml(source, "data/a.yml", cache) == {"from": "cache"}
    source.write_text("things: [c]\n", encoding="utf-8")
    assert load_yaml(source, "data/a.yml", cache) == {"things": ["c"]}
    assert load_yaml(source, "data/a.yml", cache) == {"things": ["c"]}
    assert len(list((cache / PARSED_DIR).iterdir())) == 1  # the file's one slot, replaced


def test_a_document_json_cannot_carry_is_parsed_every_time(tmp_path: Path) -> None:
    source, cache = tmp_path / "a.yml", tmp_path / "cache"
    source.write_text("401: unauthorized\n", encoding="utf-8")  # a number as a key: JSON would make it "401"
    assert load_yaml(source, "data/a.yml", cache) == {401: "unauthorized"}
    assert load_yaml(source, "data/a.yml", cache) == {401: "unauthorized"}
    assert not (cache / PARSED_DIR).exists()


def test_bad_yaml_is_refused_every_time(tmp_path: Path) -> None:
    source, cache = tmp_path / "a.yml", tmp_path / "cache"
    source.write_text("a: 1\na: 2\n", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(BuildError, match=r"data/a\.yml:2:1: invalid YAML: duplicate key 'a'"):
            load_yaml(source, "data/a.yml", cache)


def test_a_pass_is_kept_under_a_key_of_the_value_and_the_checking_code(tmp_path: Path) -> None:
    checks = PassedChecks(tmp_path, "passes", b"code v1")
    checks.remember_pass(checks.key("abc"))
    again = PassedChecks(tmp_path, "passes", b"code v1")
    assert again.passed_before(again.key("abc"))
    assert not again.passed_before(again.key("abd"))
    changed_code = PassedChecks(tmp_path, "passes", b"code v2")
    assert not changed_code.passed_before(changed_code.key("abc"))
    no_cache = PassedChecks(None, "passes", b"code v1")
    no_cache.remember_pass(no_cache.key("abc"))
    assert not no_cache.passed_before(no_cache.key("abc"))


def test_a_cached_load_finds_a_pattern_made_nonlinear_after_it_passed(tmp_path: Path) -> None:
    data, cache = tmp_path / "data", tmp_path / "cache"
    shutil.copytree(ROOT / "data", data)
    first = load_dataset(data, NAMES, "data", cache)
    assert load_dataset(data, NAMES, "data", cache) == first  # from the caches: the same dataset
    passed = set((cache / LINEAR_FILE).read_text(encoding="utf-8").split())
    assert len(passed) == len({p for c in first.catalogs for e in c.errors for p in e.patterns})
    path = data / "errors" / "openai.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('"incorrect api key provided"', '"incorrect api key.*provided"', 1), encoding="utf-8")
    for _ in range(2):
        with pytest.raises(BuildError, match=r"entry '401-invalid-api-key': field 'patterns\[0\]'"):
            load_dataset(data, NAMES, "data", cache)


def test_a_cached_load_finds_a_message_no_pattern_matches_any_more(tmp_path: Path) -> None:
    data, cache = tmp_path / "data", tmp_path / "cache"
    shutil.copytree(ROOT / "data", data)
    first = load_dataset(data, NAMES, "data", cache)
    passed = set((cache / MATCH_FILE).read_text(encoding="utf-8").split())
    assert len(passed) == sum(len(c.errors) for c in first.catalogs)  # every entry's patterns matched
    assert load_dataset(data, NAMES, "data", cache) == first  # no pattern compiled: the same dataset
    path = data / "errors" / "openai.yml"
    text = path.read_text(encoding="utf-8")
    # The entry's message changes so that its pattern no longer matches it.
    changed = text.replace('message: "Incorrect API key provided', 'message: "Incorrect API token provided', 1)
    assert changed != text
    path.write_text(changed, encoding="utf-8")
    for _ in range(2):  # a failing check is never kept
        with pytest.raises(BuildError, match=r"entry '401-invalid-api-key': field 'patterns': no pattern matches"):
            load_dataset(data, NAMES, "data", cache)
    path.write_text(text.replace('"incorrect api key provided"', '"incorrect api key provided("', 1), encoding="utf-8")
    with pytest.raises(BuildError, match=r"entry '401-invalid-api-key': field 'patterns\[0\]': expected a valid"):
        load_dataset(data, NAMES, "data", cache)
