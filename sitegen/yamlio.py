"""Read the project's YAML data strictly: syntax errors name file and line, duplicate keys are errors.

Dates stay strings ("2026-11-27"): YAML would turn them into `datetime.date`, which JSON Schema cannot
check and JSON-LD cannot serialise. The schemas check their shape instead.

Parsing is most of the cost of loading the data (PyYAML builds every value in Python, even with libyaml's
parser), so a build can keep each parsed document as JSON, which loads ten times faster, in its cache
folder: under a key over the file's text, this module and PyYAML's version, so any change parses again.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

import yaml

from sitegen.errors import BuildError

# libyaml's parser when PyYAML was built with it (several times faster on large data), else pure Python.
_Base: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _StrictLoader(_Base):  # type: ignore[valid-type,misc]
    """SafeLoader without timestamp resolution and with duplicate-key detection."""


# Drop the timestamp resolver so unquoted dates load as plain strings.
_StrictLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _construct_mapping(loader: _StrictLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r} (first at line {seen[key] + 1})", key_node.start_mark
            )
        seen[key] = key_node.start_mark.line
    return dict(loader.construct_mapping(node))


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def parse_yaml(text: str, name: str) -> Any:
    """Parse YAML text; `name` is the file name used in error messages."""
    try:
        return yaml.load(text, Loader=_StrictLoader)  # noqa: S506 - _StrictLoader derives from SafeLoader
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{name}:{mark.line + 1}:{mark.column + 1}" if mark else name
        problem = exc.problem or exc.context or "syntax error"
        raise BuildError(f"{where}: invalid YAML: {problem}") from exc
    except yaml.YAMLError as exc:
        raise BuildError(f"{name}: invalid YAML: {exc}") from exc


def load_yaml(path: Path, display_name: str, cache_dir: Path | None = None) -> Any:
    """The file's document; with a cache_dir, taken from the one parsed before while the text is the same."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise BuildError(f"{display_name}: cannot read ({exc.strerror})") from exc
    if cache_dir is None:
        return parse_yaml(text, display_name)
    key = hashlib.sha256(_CACHE_SALT + text.encode()).hexdigest()
    # One slot per file name: a changed file replaces its old document instead of adding one.
    slot = cache_dir / PARSED_DIR / f"{hashlib.sha256(display_name.encode()).hexdigest()[:24]}.json"
    try:
        cached = json.loads(slot.read_text(encoding="utf-8"))
        if cached["key"] == key:
            return cached["document"]
    except (OSError, ValueError, KeyError, TypeError):
        pass
    document = parse_yaml(text, display_name)
    _keep(slot, key, document)
    return document


PARSED_DIR = "parsed-yaml"
"""In the cache folder: each data file's parsed document with the key of the text it came from."""
_CACHE_SALT = hashlib.sha256(Path(__file__).read_bytes() + yaml.__version__.encode()).digest()


def _keep(slot: Path, key: str, document: Any) -> None:
    """Store the document unless JSON would give back something else (a number as a mapping key, NaN)."""
    try:
        stored = json.dumps({"key": key, "document": document}, ensure_ascii=False)
    except (TypeError, ValueError):
        return
    if json.loads(stored)["document"] != document:
        return
    try:  # the cache only saves time: a folder that cannot be written just means parsing again
        slot.parent.mkdir(parents=True, exist_ok=True)
        partial = slot.with_suffix(f".{os.getpid()}.part")  # two builds at once never share one
        partial.write_text(stored, encoding="utf-8")
        partial.replace(slot)
    except OSError:
        return
