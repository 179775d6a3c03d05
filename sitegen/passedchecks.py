"""Checks of the data that passed in an earlier build, so that a build of unchanged data skips them.

Each pass is kept in a file of the build's cache folder (.cache/keybase, git-ignored) under a key made of
every input of the check: the checked value and a salt naming the code that checks it (its source, the
versions it depends on). A change to any of them is a new key, so the check runs again. Only passes are
kept: a failing check runs, and is reported, every time.
"""

from __future__ import annotations

import hashlib
from pathlib import Path


class PassedChecks:
    """The passes of one kind of check, in cache_dir/name (no cache_dir: nothing is kept)."""

    def __init__(self, cache_dir: Path | None, name: str, salt: bytes) -> None:
        self.file = cache_dir / name if cache_dir is not None else None
        self._salt = hashlib.sha256(salt).digest()
        self._passed: set[str] | None = None

    def key(self, checked: str) -> str:
        return hashlib.sha256(self._salt + checked.encode()).hexdigest()

    def passed_before(self, key: str) -> bool:
        return self.file is not None and key in self._keys()

    def remember_pass(self, key: str) -> None:
        if self.file is None:
            return
        self._keys().add(key)  # the same value again in this build (a copied entry) is not checked twice
        try:  # the cache only saves time: a folder that cannot be written just means checking again
            self.file.parent.mkdir(parents=True, exist_ok=True)
            with self.file.open("a", encoding="utf-8") as passed:
                passed.write(key + "\n")
        except OSError:
            return

    def _keys(self) -> set[str]:
        if self._passed is None:
            try:
                self._passed = set(self.file.read_text(encoding="utf-8").split()) if self.file else set()
            except OSError:
                self._passed = set()
        return self._passed
