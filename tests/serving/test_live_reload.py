"""`mkdocs serve` reloads an open page after an edit of a hand-written page and after an edit of the data.

A real server on a copy of docs/ and data/, a real page in Chromium: the page's own CSP must not block
MkDocs' inline live-reload script, and the data folder must be watched.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import ConsoleMessage, Page

from tests.generator.support import write_config
from tests.support import ROOT

pytestmark = [pytest.mark.build, pytest.mark.browser]

RELOAD_WAIT_MS = 120_000  # a rebuild of the whole site on a loaded machine


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Path, Path]]:
    """`mkdocs serve` of a copy of docs/ and data/; yields (base URL, docs copy, data copy)."""
    docs, data = tmp_path / "docs", tmp_path / "data"
    shutil.copytree(ROOT / "docs", docs)
    shutil.copytree(ROOT / "data", data)
    config = write_config(tmp_path / "mkdocs.yml", docs=docs, data=data)
    port = _free_port()
    log = (tmp_path / "serve.log").open("w", encoding="utf-8")
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-f", str(config), "--dev-addr", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=dict(os.environ, NO_MKDOCS_2_WARNING="1"),
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 180
        while True:
            try:
                with urllib.request.urlopen(url, timeout=5):
                    break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("mkdocs serve did not start:\n" + (tmp_path / "serve.log").read_text())
                time.sleep(0.5)
        yield url, docs, data
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{path.name} no longer holds {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_an_open_page_reloads_after_an_edit_of_docs_and_of_data(
    page: Page, served: tuple[str, Path, Path]
) -> None:
    url, docs, data = served
    blocked: list[str] = []

    def on_console(message: ConsoleMessage) -> None:
        if "Content Security Policy" in message.text:
            blocked.append(message.text)

    page.on("console", on_console)
    page.goto(url + "faq/")
    page.get_by_role("heading", name="Frequently asked questions").wait_for()
    assert page.locator('meta[http-equiv="Content-Security-Policy"]').count() == 0

    _replace(docs / "faq.md", "# Frequently asked questions\n", "# Frequently asked questions\n\nEdited page text.\n")
    page.get_by_text("Edited page text.").wait_for(timeout=RELOAD_WAIT_MS)

    _replace(data / "faq.yml", "No, creating a key is free;", "No, making a key is free of charge;")
    page.get_by_text("No, making a key is free of charge;").wait_for(timeout=RELOAD_WAIT_MS)
    assert blocked == []
