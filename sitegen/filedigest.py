"""The sha256 of the large files a build passes on unchanged (the Pyodide runtime, the snapshot), kept by
the file's identity so that a build does not read and hash 50 MB it hashed before.

The identity is the file's device, inode, size and modification time in nanoseconds: a write into the file
changes its time, and a new file is a new inode. The site's copies of these files are hard links to where
the build keeps them (sitegen.sitefiles.place_file), so they share that identity across builds. Only files
of MIN_BYTES or more are kept: a small file costs less to hash than to look up, and the pages and small
files a build writes anew would leave a slot behind each time.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

MEMO_DIR = Path(__file__).resolve().parents[1] / ".cache" / "digests"
"""Kept between builds (not committed), in the checkout holding this package."""
MIN_BYTES = 1 << 20


def sha256_of(path: Path, memo_dir: Path | None = MEMO_DIR) -> str:
    """The file's sha256 (hex): from memo_dir when a file of the same identity was hashed before."""
    status = os.stat(path)
    if memo_dir is None or status.st_size < MIN_BYTES:
        return _hash(path)
    identity = f"{status.st_dev} {status.st_ino} {status.st_size} {status.st_mtime_ns}"
    slot = memo_dir / hashlib.sha256(identity.encode()).hexdigest()[:32]
    try:
        kept = slot.read_text(encoding="ascii")
        if len(kept) == 64:
            return kept
    except (OSError, ValueError):
        pass
    digest = _hash(path)
    try:  # only saves time: a folder that cannot be written means hashing again next time
        memo_dir.mkdir(parents=True, exist_ok=True)
        partial = slot.with_suffix(f".{os.getpid()}.part")  # a parallel build sees no slot or a whole one
        partial.write_text(digest, encoding="ascii")
        partial.replace(slot)
    except OSError:
        pass
    return digest


def _hash(path: Path) -> str:
    with path.open("rb") as file:
        return hashlib.file_digest(file, "sha256").hexdigest()
