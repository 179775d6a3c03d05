"""The sha256 of large files kept by file identity: used while the file is the same, never after a write."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from sitegen import filedigest


def test_a_kept_digest_is_used_until_the_file_is_written(tmp_path: Path) -> None:
    big, memo = tmp_path / "big.bin", tmp_path / "memo"
    big.write_bytes(b"a" * filedigest.MIN_BYTES)
    real = hashlib.sha256(big.read_bytes()).hexdigest()
    assert filedigest.sha256_of(big, memo) == real
    (slot,) = memo.iterdir()
    slot.write_text("0" * 64, encoding="ascii")  # a planted answer shows the kept one is read back
    assert filedigest.sha256_of(big, memo) == "0" * 64
    linked = tmp_path / "site" / "big.bin"
    linked.parent.mkdir()
    os.link(big, linked)  # the site's hard link is the same file
    assert filedigest.sha256_of(linked, memo) == "0" * 64
    with big.open("r+b") as file:  # written in place: a new modification time
        file.write(b"b")
    os.utime(big, ns=(slot.stat().st_mtime_ns + 1, slot.stat().st_mtime_ns + 1))  # even on a coarse clock
    assert filedigest.sha256_of(big, memo) == hashlib.sha256(big.read_bytes()).hexdigest() != real


def test_a_small_file_is_hashed_every_time_and_leaves_nothing(tmp_path: Path) -> None:
    small, memo = tmp_path / "small.txt", tmp_path / "memo"
    small.write_bytes(b"x")
    assert filedigest.sha256_of(small, memo) == hashlib.sha256(b"x").hexdigest()
    assert not memo.exists()
