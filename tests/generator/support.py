"""A real build of the site with a copy of data/ that a test may break: config and data in a temp folder."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.support import ROOT


def site_with_data_copy(tmp: Path) -> tuple[Path, Path]:
    """Write tmp/mkdocs.yml (the project's, with absolute paths) and copy data/ to tmp/data.

    Returns (config file, data folder). The plugin is pointed at the copy with its data_dir option.
    """
    data = tmp / "data"
    shutil.copytree(ROOT / "data", data)
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    text = text.replace("custom_dir: docs/overrides", f"custom_dir: {ROOT / 'docs' / 'overrides'}")
    options = {
        "data_dir": data,
        "package_json": ROOT / "package.json",
        "node_modules": ROOT / "node_modules",
        "checker_package": ROOT / "checker",
    }
    plugin = "  - keybase:\n" + "".join(f"      {key}: {value}\n" for key, value in options.items())
    assert "  - keybase\n" in text, "mkdocs.yml lists the keybase plugin without options"
    text = text.replace("  - keybase\n", plugin)
    config = tmp / "mkdocs.yml"
    config.write_text(f"docs_dir: {ROOT / 'docs'}\n" + text, encoding="utf-8")
    return config, data
