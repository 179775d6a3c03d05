"""Self-hosted Pyodide: check the installed npm package against the pin and copy its runtime files."""

from __future__ import annotations

import json
from pathlib import Path

from sitegen.errors import BuildError
from sitegen.sitefiles import place_file

# The files the browser needs to start Pyodide with no package other than the project's wheel.
RUNTIME_FILES = (
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "pyodide-lock.json",
)


def pinned_pyodide_version(package_json: Path) -> str:
    """The exact version package.json pins; ranges are refused so every build ships the same runtime."""
    try:
        data = json.loads(package_json.read_text(encoding="utf-8"))
        version = str(data["dependencies"]["pyodide"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise BuildError(f"{package_json}: cannot read dependencies.pyodide ({exc})") from exc
    if not version[:1].isdigit() or any(c in version for c in "^~<>=* "):
        raise BuildError(f"{package_json}: dependencies.pyodide must be an exact version, found {version!r}")
    return version


def check_installed_pyodide(node_modules: Path, pinned: str) -> Path:
    """Return the package folder, or stop the build naming the missing or mismatched file."""
    package_dir = node_modules / "pyodide"
    manifest = package_dir / "package.json"
    if not manifest.is_file():
        raise BuildError(f"{manifest} is missing: run `npm ci` (scripts/serve and scripts/test do it for you)")
    installed = json.loads(manifest.read_text(encoding="utf-8")).get("version")
    if installed != pinned:
        raise BuildError(
            f"{manifest}: node_modules holds pyodide {installed}, but package.json pins {pinned}: run `npm ci`"
        )
    for name in RUNTIME_FILES:
        if not (package_dir / name).is_file():
            raise BuildError(f"{package_dir / name} is missing from the pyodide {pinned} package: run `npm ci`")
    return package_dir


def versioned_dir(runtime_dir: str, version: str) -> str:
    """The runtime's folder in the site: one per pinned version, so its URLs never change content."""
    return f"{runtime_dir.strip('/')}/{version}"


LOCK_FILE = "pyodide-lock.json"


def trimmed_lock(lock_text: str, source: str) -> str:
    """The lock file with its `info` (Pyodide checks the ABI in it) and no package.

    The site ships no Pyodide package, only the checker wheel, so the 350-odd package entries would be
    downloaded on every cold start for nothing.
    """
    try:
        info = json.loads(lock_text)["info"]
    except (ValueError, KeyError, TypeError) as exc:
        raise BuildError(f"{source}: not a Pyodide lock file with an 'info' entry ({exc})") from exc
    return json.dumps({"info": info, "packages": {}}, sort_keys=True, separators=(",", ":")) + "\n"


def copy_runtime(package_dir: Path, dest: Path) -> list[Path]:
    """Copy the runtime files into the built site (the lock file trimmed); returns the written paths."""
    dest.mkdir(parents=True, exist_ok=True)
    written = []
    for name in RUNTIME_FILES:
        target = dest / name
        if name == LOCK_FILE:
            source = package_dir / name
            target.write_text(trimmed_lock(source.read_text(encoding="utf-8"), str(source)), encoding="utf-8")
        else:
            place_file(package_dir / name, target)  # a hard link where it can be: 12 MB not copied
        written.append(target)
    return written
