"""The self-hosted runtime: the exact pin is enforced, and a wrong or partial install stops the build."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from sitegen.errors import BuildError
from sitegen.runtime import (
    LOCK_FILE,
    RUNTIME_FILES,
    check_installed_pyodide,
    copy_runtime,
    pinned_pyodide_version,
    trimmed_lock,
    versioned_dir,
)
from tests.generator.support import site_with_data_copy, write_config
from tests.support import ROOT, build_site


def _package_json(tmp_path: Path, version: str) -> Path:
    path = tmp_path / "package.json"
    path.write_text(json.dumps({"dependencies": {"pyodide": version}}), encoding="utf-8")
    return path


def _fake_install(node_modules: Path, version: str, missing: str | None = None) -> None:
    package = node_modules / "pyodide"
    package.mkdir(parents=True)
    (package / "package.json").write_text(json.dumps({"version": version}), encoding="utf-8")
    for name in RUNTIME_FILES:
        if name != missing:
            (package / name).write_text("{}", encoding="utf-8")


def test_the_runtime_is_linked_from_the_package_and_the_lock_file_written_trimmed(tmp_path: Path) -> None:
    package = tmp_path / "node_modules" / "pyodide"
    _fake_install(tmp_path / "node_modules", "314.0.7")
    (package / LOCK_FILE).write_text(json.dumps({"info": {"abi": "x"}, "packages": {"a": {}}}), encoding="utf-8")
    dest = tmp_path / "site" / "assets" / "pyodide"
    for _ in range(2):  # a second build into the same folder (--dirty) finds the files in place
        written = copy_runtime(package, dest)
    assert sorted(p.name for p in written) == sorted(RUNTIME_FILES)
    for path in written:
        if path.name == LOCK_FILE:  # written, so never a link into node_modules
            assert not path.samefile(package / LOCK_FILE)
            assert json.loads(path.read_text(encoding="utf-8")) == {"info": {"abi": "x"}, "packages": {}}
        else:
            assert path.samefile(package / path.name)


@pytest.mark.parametrize("version", ["314.0.7", "0.27.1"])
def test_exact_pin_is_read(tmp_path: Path, version: str) -> None:
    assert pinned_pyodide_version(_package_json(tmp_path, version)) == version


@pytest.mark.parametrize("version", ["^314.0.7", "~314.0.7", ">=314", "*", "latest"])
def test_a_range_is_refused(tmp_path: Path, version: str) -> None:
    with pytest.raises(BuildError, match="must be an exact version"):
        pinned_pyodide_version(_package_json(tmp_path, version))


def test_missing_install_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(BuildError, match=r"pyodide/package\.json is missing: run `npm ci`"):
        check_installed_pyodide(tmp_path / "node_modules", "314.0.7")


def test_other_version_installed_is_refused(tmp_path: Path) -> None:
    _fake_install(tmp_path / "node_modules", "314.0.6")
    with pytest.raises(BuildError, match=re.escape("holds pyodide 314.0.6, but package.json pins 314.0.7")):
        check_installed_pyodide(tmp_path / "node_modules", "314.0.7")


@pytest.mark.parametrize("missing", RUNTIME_FILES)
def test_missing_runtime_file_is_named(tmp_path: Path, missing: str) -> None:
    _fake_install(tmp_path / "node_modules", "314.0.7", missing=missing)
    with pytest.raises(BuildError, match=re.escape(f"pyodide/{missing} is missing from the pyodide 314.0.7 package")):
        check_installed_pyodide(tmp_path / "node_modules", "314.0.7")


def test_trimmed_lock_keeps_info_only() -> None:
    text = json.dumps({"info": {"abi_version": "2026_0"}, "packages": {"numpy": {"version": "2"}}})
    assert json.loads(trimmed_lock(text, "lock.json")) == {"info": {"abi_version": "2026_0"}, "packages": {}}


def test_trimmed_lock_rejects_other_files() -> None:
    with pytest.raises(BuildError, match=re.escape("lock.json: not a Pyodide lock file")):
        trimmed_lock('{"packages": {}}', "lock.json")


def test_runtime_folder_is_named_after_the_version() -> None:
    assert versioned_dir("assets/pyodide/", "314.0.7") == "assets/pyodide/314.0.7"


@pytest.mark.build
def test_build_with_another_pyodide_version_fails_and_writes_nothing(tmp_path: Path) -> None:
    config, _ = site_with_data_copy(tmp_path)
    pinned = pinned_pyodide_version(ROOT / "package.json")
    wrong = tmp_path / "node_modules"
    shutil.copytree(ROOT / "node_modules" / "pyodide", wrong / "pyodide")
    manifest = wrong / "pyodide" / "package.json"
    manifest.write_text(json.dumps({"version": "0.0.1"}), encoding="utf-8")
    write_config(config, docs=ROOT / "docs", data=tmp_path / "data", plugin_options={"node_modules": wrong})
    site = tmp_path / "site"
    result = build_site(site, config)
    assert result.returncode != 0
    expected = f"{manifest}: node_modules holds pyodide 0.0.1, but package.json pins {pinned}"
    assert expected in result.stderr + result.stdout
    assert not site.exists()
