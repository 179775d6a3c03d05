"""Dates of source files from git history: when each file was first and last committed.

One `git log` over the whole history, parsed once; a file git does not know (new, or outside the
repository) has no entry, and callers fall back to the date its data was checked, never to today.
The log of a commit never changes: given a cache folder, the parsed dates are kept there under a key of
the commit checked out (HEAD), the folder asked about and this module's code, so a build with nothing new
committed runs no `git log` at all.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class FileDates:
    created: str  # ISO date of the first commit touching the file
    modified: str  # ISO date of the latest commit touching the file


def parse_git_log(output: str) -> dict[str, FileDates]:
    """Parse `git log --format=@%cs --name-only` output (newest commit first)."""
    dates: dict[str, FileDates] = {}
    current = ""
    for line in output.splitlines():
        if line.startswith("@"):
            current = line[1:].strip()
        elif line.strip() and current:
            path = line.strip()
            known = dates.get(path)
            # Newest first: the first sighting is the latest change, each later one moves `created` back.
            dates[path] = FileDates(created=current, modified=known.modified if known else current)
    return dates


def _git(repo_dir: Path, *args: str) -> str | None:
    """The output of one git command run in repo_dir; None when git or the history is missing."""
    try:
        result = subprocess.run(  # noqa: S603 - fixed git commands over the project's own files
            ["git", *args],  # noqa: S607
            cwd=repo_dir,
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError:
        return None
    return result.stdout if result.returncode == 0 else None


def _log_and_prefix(repo_dir: Path, *log_args: str) -> tuple[str, str] | None:
    """A `git log` output and repo_dir's path inside the repository (its paths in the log start with it)."""
    log = _git(repo_dir, "log", *log_args)
    prefix = _git(repo_dir, "rev-parse", "--show-prefix")
    return None if log is None or prefix is None else (log, prefix.strip())


def _kept(
    cache_dir: Path | None, repo_dir: Path, question: str, compute: Callable[[], dict[str, str]]
) -> dict[str, str]:
    """compute(), or what it gave before for the same question at the same HEAD (kept in cache_dir)."""
    # One git process for both (a build asks twice, and each process costs a few milliseconds).
    found = _git(repo_dir, "rev-parse", "HEAD", "--show-prefix") if cache_dir is not None else None
    lines = found.split("\n") if found is not None else []
    if cache_dir is None or len(lines) < 2:
        return compute()
    head, prefix = lines[0], lines[1]
    key = hashlib.sha256("\0".join((head.strip(), prefix.strip(), question, _CODE)).encode()).hexdigest()[:32]
    kept = cache_dir / f"gitdates-{key}.json"
    try:
        answer: dict[str, str] = json.loads(kept.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        answer = compute()
        cache_dir.mkdir(parents=True, exist_ok=True)
        partial = kept.with_suffix(f".{os.getpid()}.part")  # a parallel build sees no file or a whole one
        partial.write_text(json.dumps(answer), encoding="utf-8")
        partial.replace(kept)
    return answer


_CODE = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()


def git_file_dates(repo_dir: Path, cache_dir: Path | None = None) -> dict[str, FileDates]:
    """Dates keyed by path relative to the repository root; empty when git or the history is missing."""

    def compute() -> dict[str, str]:
        found = _log_and_prefix(repo_dir, "--format=@%cs", "--name-only", "--no-renames", "--", ".")
        if found is None:
            return {}
        log, prefix = found
        return {
            path.removeprefix(prefix): f"{d.created} {d.modified}"
            for path, d in parse_git_log(log).items()
            if path.startswith(prefix)
        }

    return {path: FileDates(*dates.split(" ")) for path, dates in _kept(cache_dir, repo_dir, "files", compute).items()}


def is_shallow_clone(repo_dir: Path) -> bool:
    """True in a shallow clone (CI's default checkout): its oldest commit stands in for every older one."""
    return (_git(repo_dir, "rev-parse", "--is-shallow-repository") or "").strip() == "true"


def parse_entry_log(output: str) -> dict[tuple[str, str], str]:
    """The day each `- id: <id>` line first appeared in each file, from
    `git log --reverse --format=@%cs -p -U0` output (oldest commit first)."""
    first: dict[tuple[str, str], str] = {}
    day = path = ""
    for line in output.splitlines():
        if _DAY.match(line):
            day = line[1:]
        elif line.startswith("+++ "):
            path = line[6:] if line.startswith("+++ b/") else ""
        elif path and (match := _ADDED_ID.match(line)):
            first.setdefault((path, match.group(1)), day)
    return first


_ADDED_ID = re.compile(r"^\+  - id: ([a-z0-9-]+)\s*$")
_DAY = re.compile(r"^@\d{4}-\d{2}-\d{2}$")  # a commit line; diff hunk headers start with "@@"


def git_entry_dates(repo_dir: Path, folder: str, cache_dir: Path | None = None) -> dict[tuple[str, str], str]:
    """(file, entry id) -> the day the entry was first committed, for the YAML files under folder
    (relative to repo_dir); empty when git or the history is missing."""

    def compute() -> dict[str, str]:
        found = _log_and_prefix(repo_dir, "--reverse", "--format=@%cs", "-p", "-U0", "--no-renames", "--", folder)
        if found is None:
            return {}
        log, prefix = found
        return {
            f"{path.removeprefix(prefix)}\0{entry}": day
            for (path, entry), day in parse_entry_log(log).items()
            if path.startswith(prefix)
        }

    kept = _kept(cache_dir, repo_dir, "entries\0" + folder, compute)
    return {(path, entry): day for key, day in kept.items() for path, entry in [key.split("\0", 1)]}
