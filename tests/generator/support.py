"""A real build of the site from a temp folder: a config that inherits the project's mkdocs.yml (MkDocs'
`INHERIT:`) and overrides only where the docs and data are, so a test (or the build benchmark) can point it
at its own copy of data/ or docs/."""

from __future__ import annotations

import shutil
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from tests.support import ROOT


def write_config(
    config: Path, *, docs: Path, data: Path | None, plugin_options: Mapping[str, Any] | None = None, **overrides: Any
) -> Path:
    """Write config: the project's mkdocs.yml reading docs, with the keybase plugin reading data.

    data=None drops the plugin (a plain MkDocs build of the same pages). Relative paths in an inheriting
    config are read from its own folder, so every path given here is absolute. overrides are more
    top-level settings (MkDocs merges dictionaries such as theme or extra with the inherited ones);
    plugin_options are more options of the keybase plugin.
    """
    options = {
        "data_dir": data,
        "package_json": ROOT / "package.json",
        "node_modules": ROOT / "node_modules",
        "checker_package": ROOT / "checker",
        "cards_cache": ROOT / ".cache" / "cards",  # the project's card cache, not one per temp folder
        **(plugin_options or {}),
    }
    plugins: list[Any] = []
    for plugin in _project_plugins():  # the project's list, with keybase pointed at data or left out
        if _plugin_name(plugin) != "keybase":
            plugins.append(plugin)
        elif data is not None:
            plugins.append({"keybase": {key: _option(value) for key, value in options.items()}})
    assert data is None or "keybase" in map(_plugin_name, plugins), "mkdocs.yml does not list the keybase plugin"
    settings = {
        "INHERIT": str(ROOT / "mkdocs.yml"),
        "docs_dir": str(docs),
        "theme": {"custom_dir": str(ROOT / "docs" / "overrides")},
        "plugins": plugins,  # lists replace the inherited ones
        **overrides,
    }
    config.write_text(yaml.safe_dump(settings, sort_keys=False), encoding="utf-8")
    return config


class _IgnoreTagsLoader(yaml.SafeLoader):
    """mkdocs.yml carries `!!python/name:` tags (Material's emoji extension); only the plugin list is read here."""


_IgnoreTagsLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def _option(value: Any) -> Any:
    """A plugin option as YAML: paths as strings, booleans as they are."""
    return value if isinstance(value, bool) else str(value)


def project_settings() -> dict[str, Any]:
    """mkdocs.yml's top-level settings (the plugin list, the nav), tags meant for MkDocs left out."""
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    settings = yaml.load(text, Loader=_IgnoreTagsLoader)  # noqa: S506 - a SafeLoader subclass
    assert isinstance(settings, dict)
    return settings


def _project_plugins() -> list[Any]:
    """mkdocs.yml's plugins as a list (it writes them as a mapping, so that mkdocs.zh-TW.yml can change one)."""
    plugins = project_settings()["plugins"]
    if isinstance(plugins, dict):
        return [{name: options} if options else name for name, options in plugins.items()]
    assert isinstance(plugins, list)
    return plugins


def _plugin_name(entry: Any) -> str:
    return str(entry if isinstance(entry, str) else next(iter(entry)))


def site_with_data_copy(tmp: Path) -> tuple[Path, Path]:
    """Write tmp/mkdocs.yml and copy data/ to tmp/data; returns (config file, data folder)."""
    data = tmp / "data"
    shutil.copytree(ROOT / "data", data)
    return write_config(tmp / "mkdocs.yml", docs=ROOT / "docs", data=data), data
