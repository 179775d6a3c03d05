"""A real build of the site from a temp folder: the project's mkdocs.yml with absolute paths, so a test
(or the build benchmark) can point it at its own copy of data/ or docs/."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.support import ROOT


def write_config(config: Path, *, docs: Path, data: Path | None) -> Path:
    """Write config: the project's mkdocs.yml reading docs, with the keybase plugin reading data.

    data=None drops the plugin (a plain MkDocs build of the same pages).
    """
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    text = text.replace("custom_dir: docs/overrides", f"custom_dir: {ROOT / 'docs' / 'overrides'}")
    assert "  - keybase\n" in text, "mkdocs.yml lists the keybase plugin without options"
    if data is None:
        text = text.replace("  - keybase\n", "")
    else:
        options = {
            "data_dir": data,
            "package_json": ROOT / "package.json",
            "node_modules": ROOT / "node_modules",
            "checker_package": ROOT / "checker",
        }
        plugin = "  - keybase:\n" + "".join(f"      {key}: {value}\n" for key, value in options.items())
        text = text.replace("  - keybase\n", plugin)
    config.write_text(f"docs_dir: {docs}\n" + text, encoding="utf-8")
    return config


def site_with_data_copy(tmp: Path) -> tuple[Path, Path]:
    """Write tmp/mkdocs.yml and copy data/ to tmp/data; returns (config file, data folder)."""
    data = tmp / "data"
    shutil.copytree(ROOT / "data", data)
    return write_config(tmp / "mkdocs.yml", docs=ROOT / "docs", data=data), data
