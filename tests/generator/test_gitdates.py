"""Git dates from a real repository, and the cache that spares a build the `git log` when nothing new is committed."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from sitegen import gitdates


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def _commit(repo: Path, files: dict[str, str], day: str) -> None:
    for name, text in files.items():
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_text(text, encoding="utf-8")
    _git(repo, "add", "-A")
    stamp = f"{day}T12:00:00+00:00"
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", day],
        cwd=repo,
        check=True,
        capture_output=True,
        env=dict(os.environ, GIT_COMMITTER_DATE=stamp, GIT_AUTHOR_DATE=stamp),
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    folder = tmp_path / "repo"
    folder.mkdir()
    _git(folder, "init", "-q")
    _commit(folder, {"a.md": "a", "data/errors/x.yml": "errors:\n  - id: first\n"}, "2026-01-02")
    _commit(folder, {"a.md": "a2", "data/errors/x.yml": "errors:\n  - id: first\n  - id: second\n"}, "2026-03-04")
    return folder


def test_dates_are_kept_per_commit_and_asked_again_after_a_new_one(
    repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    files = gitdates.git_file_dates(repo, cache)
    entries = gitdates.git_entry_dates(repo, "data/errors", cache)
    assert files == gitdates.git_file_dates(repo)
    assert entries == gitdates.git_entry_dates(repo, "data/errors")
    assert files["a.md"] == gitdates.FileDates(created="2026-01-02", modified="2026-03-04")
    assert entries == {("data/errors/x.yml", "first"): "2026-01-02", ("data/errors/x.yml", "second"): "2026-03-04"}
    logs: list[tuple[str, ...]] = []
    real = gitdates._log_and_prefix

    def counted(repo_dir: Path, *args: str) -> tuple[str, str] | None:
        logs.append(args)
        return real(repo_dir, *args)

    monkeypatch.setattr(gitdates, "_log_and_prefix", counted)
    assert gitdates.git_file_dates(repo, cache) == files
    assert gitdates.git_entry_dates(repo, "data/errors", cache) == entries
    assert logs == []  # nothing new committed: no git log
    _commit(repo, {"b.md": "b"}, "2026-05-06")
    assert gitdates.git_file_dates(repo, cache)["b.md"] == gitdates.FileDates("2026-05-06", "2026-05-06")
    assert len(logs) == 1


def test_no_repository_gives_no_dates_and_keeps_nothing(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    assert gitdates.git_file_dates(tmp_path, cache) == {}
    assert not cache.exists()
