"""Build the checker's pure-Python wheel for the browser, with the standard library only.

The site ships only the `checker` package (not the build code), so this writes a minimal, valid,
reproducible wheel: fixed timestamps and sorted entries give the same bytes for the same sources.
"""

from __future__ import annotations

import base64
import hashlib
import zipfile
from pathlib import Path

WHEEL_TAG = "py3-none-any"
PACKAGE_FILES = ("*.py", "*.json", "*.mo")
"""What the wheel ships: the code and its data (the error catalog that checker.lookup_error reads, the
compiled message catalogs that checker.i18n reads)."""
_FIXED_TIME = (2020, 1, 1, 0, 0, 0)


def _record_hash(data: bytes) -> str:
    digest = hashlib.sha256(data).digest()
    return "sha256=" + base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def wheel_name(dist: str, version: str) -> str:
    return f"{dist}-{version}-{WHEEL_TAG}.whl"


def build_wheel(package_dir: Path, dist: str, version: str, out_dir: Path) -> Path:
    """Zip the package's code and data (PACKAGE_FILES) into out_dir/<dist>-<version>-py3-none-any.whl."""
    files: dict[str, bytes] = {}
    for path in sorted(p for pattern in PACKAGE_FILES for p in package_dir.rglob(pattern)):
        if "__pycache__" in path.parts:
            continue
        arcname = path.relative_to(package_dir.parent).as_posix()
        files[arcname] = path.read_bytes()
    info = f"{dist}-{version}.dist-info"
    files[f"{info}/METADATA"] = f"Metadata-Version: 2.1\nName: {dist}\nVersion: {version}\n".encode()
    files[f"{info}/WHEEL"] = (
        f"Wheel-Version: 1.0\nGenerator: sitegen\nRoot-Is-Purelib: true\nTag: {WHEEL_TAG}\n"
    ).encode()
    record_lines = [f"{name},{_record_hash(data)},{len(data)}" for name, data in files.items()]
    record_lines.append(f"{info}/RECORD,,")
    files[f"{info}/RECORD"] = ("\n".join(record_lines) + "\n").encode()

    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / wheel_name(dist, version)
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            entry = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            archive.writestr(entry, data)
    return target
