"""The plugin's `enabled` option: false leaves MkDocs alone."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.generator.support import site_with_data_copy, write_config
from tests.support import ROOT


@pytest.mark.build
def test_a_disabled_plugin_builds_the_hand_written_pages_only(tmp_path: Path) -> None:
    """No generated page, no runtime, no policy. Links into the generated pages are then broken, so
    this build is not strict."""
    config, data = site_with_data_copy(tmp_path)
    write_config(config, docs=ROOT / "docs", data=data, plugin_options={"enabled": False}, strict=False)
    dest = tmp_path / "site"
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(dest), "--config-file", str(config)],
        cwd=ROOT,
        env=dict(os.environ, NO_MKDOCS_2_WARNING="1"),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert (dest / "faq" / "index.html").is_file()
    assert not (dest / "errors").exists()
    assert not (dest / "assets" / "pyodide").exists()
    assert "Content-Security-Policy" not in (dest / "index.html").read_text(encoding="utf-8")
