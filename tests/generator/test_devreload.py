"""A rebuild while serving sees edited modules: the plugin module's names point at fresh imports."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from sitegen.devreload import reload_packages


@pytest.fixture
def package(tmp_path: Path) -> Iterator[Path]:
    """A throwaway package `reloadme`: a data module and a plugin module that imports from it by name."""
    root = tmp_path / "reloadme"
    root.mkdir()
    (root / "__init__.py").write_text("", encoding="utf-8")
    (root / "facts.py").write_text("VALUE = 1\n", encoding="utf-8")
    (root / "plugin.py").write_text(
        "from reloadme.facts import VALUE\n\ndef value() -> int:\n    return VALUE\n", encoding="utf-8"
    )
    sys.path.insert(0, str(tmp_path))
    sys.dont_write_bytecode, saved = True, sys.dont_write_bytecode
    try:
        yield root
    finally:
        sys.dont_write_bytecode = saved
        sys.path.remove(str(tmp_path))
        for name in [n for n in sys.modules if n.split(".")[0] == "reloadme"]:
            del sys.modules[name]


def test_a_function_of_the_kept_plugin_module_sees_the_edited_module(package: Path) -> None:
    plugin = importlib.import_module("reloadme.plugin")
    kept_function = plugin.value  # what MkDocs' kept plugin object holds on to
    assert kept_function() == 1
    (package / "facts.py").write_text("VALUE = 2\n", encoding="utf-8")
    reload_packages(("reloadme",), "reloadme.plugin")
    assert kept_function() == 2
    assert sys.modules["reloadme.plugin"] is plugin
