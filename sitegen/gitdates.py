"""Dates of source files from git history: when each file was first and last committed.

One `git log` over the whole history, parsed once; a file git does not know (new, or outside the
repository) has no entry, and callers fall back to the date its data was checked, never to today.
"""

from __future__ import annotations

import re
import subprocess
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


def git_file_dates(repo_dir: Path) -> dict[str, FileDates]:
    """Dates keyed by path relative to the repository root; empty when git or the history is missing."""
    found = _log_and_prefix(repo_dir, "--format=@%cs", "--name-only", "--no-renames", "--", ".")
    if found is None:
        return {}
    log, prefix = found
    return {path.removeprefix(prefix): d for path, d in parse_git_log(log).items() if path.startswith(prefix)}


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


def git_entry_dates(repo_dir: Path, folder: str) -> dict[tuple[str, str], str]:
    """(file, entry id) -> the day the entry was first committed, for the YAML files under folder
    (relative to repo_dir); empty when git or the history is missing."""
    found = _log_and_prefix(repo_dir, "--reverse", "--format=@%cs", "-p", "-U0", "--no-renames", "--", folder)
    if found is None:
        return {}
    log, prefix = found
    return {
        (path.removeprefix(prefix), entry): day
        for (path, entry), day in parse_entry_log(log).items()
        if path.startswith(prefix)
    }
