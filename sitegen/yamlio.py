"""Read the project's YAML data strictly: syntax errors name file and line, duplicate keys are errors.

Dates stay strings ("2026-11-27"): YAML would turn them into `datetime.date`, which JSON Schema cannot
check and JSON-LD cannot serialise. The schemas check their shape instead.
"""

from __future__ import annotations

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


def load_yaml(path: Path, display_name: str) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise BuildError(f"{display_name}: cannot read ({exc.strerror})") from exc
    return parse_yaml(text, display_name)
