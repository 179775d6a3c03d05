"""The checker wheel kept between builds: the same bytes as one built afresh, and a new wheel for any change
to the package's files."""

from __future__ import annotations

import shutil
from pathlib import Path

from sitegen.wheel import build_wheel
from tests.support import ROOT


def test_a_kept_wheel_is_the_wheel_built_afresh_until_a_source_changes(tmp_path: Path) -> None:
    package = tmp_path / "src" / "checker"
    shutil.copytree(ROOT / "checker", package, ignore=shutil.ignore_patterns("__pycache__"))
    cache = tmp_path / "cache"
    fresh = build_wheel(package, "checker", "1.0", tmp_path / "fresh").read_bytes()
    first = build_wheel(package, "checker", "1.0", tmp_path / "site1", cache)
    second = build_wheel(package, "checker", "1.0", tmp_path / "site2", cache)
    assert first.read_bytes() == second.read_bytes() == fresh
    assert len(list(cache.iterdir())) == 1  # made once, then taken from the cache
    (package / "__init__.py").write_text((package / "__init__.py").read_text(encoding="utf-8") + "\n# edited\n")
    edited = build_wheel(package, "checker", "1.0", tmp_path / "site3", cache).read_bytes()
    assert edited == build_wheel(package, "checker", "1.0", tmp_path / "fresh2").read_bytes()
    assert edited != fresh
    assert build_wheel(package, "checker", "1.1", tmp_path / "site4", cache).read_bytes() != edited  # version
    assert second.read_bytes() == fresh  # an earlier build's wheel keeps its bytes
