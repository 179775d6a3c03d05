"""Build the checker's pure-Python wheel for the browser, with the standard library only.

The site ships only the `checker` package (not the build code), so this writes a minimal, valid,
reproducible wheel: fixed timestamps and sorted entries give the same bytes for the same sources.
"""

from __future__ import annotations

import base64
import hashlib
import io
import os
import zipfile
import zlib
from pathlib import Path

from sitegen.sitefiles import place_file

WHEEL_TAG = "py3-none-any"
PACKAGE_FILES = ("*.py", "*.json", "*.mo")
"""What the wheel ships: the code and its data (the error catalog that checker.lookup_error reads, the
compiled message catalogs that checker.i18n reads)."""
_FIXED_TIME = (2020, 1, 1, 0, 0, 0)
CACHE_DIR = Path(__file__).resolve().parents[1] / ".cache" / "wheel"
"""Where the build keeps the wheels it made (not committed), in the checkout holding this package."""


def _record_hash(data: bytes) -> str:
    digest = hashlib.sha256(data).digest()
    return "sha256=" + base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def wheel_name(dist: str, version: str) -> str:
    return f"{dist}-{version}-{WHEEL_TAG}.whl"


def build_wheel(package_dir: Path, dist: str, version: str, out_dir: Path, cache_dir: Path | None = None) -> Path:
    """Zip the package's code and data (PACKAGE_FILES) into out_dir/<dist>-<version>-py3-none-any.whl.

    cache_dir: where built wheels are kept by their inputs (the wheel in out_dir is then a hard link to one,
    sitegen.sitefiles.place_file); None builds it every time."""
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
    if cache_dir is None:
        target.write_bytes(_zipped(files))
        return target
    # Kept under a key of every entry's name and bytes, this module and zlib: unchanged sources are not
    # compressed again (a fifth of the build's fixed cost of the checker), and give the same wheel bytes.
    key = hashlib.sha256(Path(__file__).read_bytes() + zlib.ZLIB_RUNTIME_VERSION.encode())
    for name, data in files.items():
        key.update(name.encode() + b"\0" + hashlib.sha256(data).digest())
    cached = cache_dir / f"{key.hexdigest()}.whl"
    if not cached.is_file():
        cache_dir.mkdir(parents=True, exist_ok=True)
        partial = cached.with_suffix(f".{os.getpid()}.part")  # a parallel build sees no file or a whole one
        partial.write_bytes(_zipped(files))
        partial.replace(cached)
    place_file(cached, target)
    return target


def _zipped(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            entry = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            archive.writestr(entry, data)
    return buffer.getvalue()
