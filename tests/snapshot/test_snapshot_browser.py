"""The checker boots from the build's Pyodide memory snapshot, and falls back to a plain boot when the
snapshot is missing, corrupt, made by another Pyodide, refused by Pyodide itself or too big: each case is
made by breaking the real snapshot or manifest on the way to real Chromium."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, Route

from checker import diagnose
from tests.checker.keys import make
from tests.widget.helpers import Verdict, paste_text, start, wait_verdict

pytestmark = pytest.mark.browser

MANIFEST = "**/assets/checker/manifest.json"
SNAPSHOT = "**/assets/checker/snapshot-*.bin"


def _manifest(built_site: Path) -> dict[str, object]:
    loaded: dict[str, object] = json.loads((built_site / "assets/checker/manifest.json").read_text("utf-8"))
    return loaded


def _boot(page: Page) -> str | None:
    return page.locator("html").get_attribute("data-checker-boot")


def _check_a_key(page: Page) -> None:
    key = make("openai", 1)
    paste_text(page, key)
    assert wait_verdict(page) == Verdict.expected(diagnose(key).to_dict())


# Read only by a plain boot: the snapshot holds the modules, so its boot fetches neither.
PLAIN_BOOT_FILES = ("/python_stdlib.zip", ".whl")


def _fetched(page: Page) -> list[str]:
    urls: list[str] = []
    page.on("request", lambda request: urls.append(request.url))
    return urls


def test_boots_from_the_snapshot_and_reports_its_memory(page: Page, site_url: str, built_site: Path) -> None:
    entry = _manifest(built_site)["snapshot"]
    assert isinstance(entry, dict)
    fetched = _fetched(page)
    page.goto(site_url + "key-checker/")
    start(page)
    assert _boot(page) == "snapshot"
    assert [u for u in fetched if u.endswith(PLAIN_BOOT_FILES)] == []
    assert [u for u in fetched if u.endswith("/" + entry["stdlib"])] != []
    # The restored memory is the snapshot less its header (rounded up to wasm pages).
    memory = int(page.locator("html").get_attribute("data-checker-memory") or 0)
    assert entry["bytes"] - 65536 <= memory <= entry["bytes"] + 65536
    _check_a_key(page)


def _serve_manifest(change: Callable[[dict[str, object]], None], built_site: Path) -> Callable[[Route], None]:
    def handle(route: Route) -> None:
        manifest = _manifest(built_site)
        change(manifest)
        route.fulfill(status=200, content_type="application/json", body=json.dumps(manifest))

    return handle


def _set(field: str, value: object) -> Callable[[dict[str, object]], None]:
    def change(manifest: dict[str, object]) -> None:
        entry = manifest["snapshot"]
        assert isinstance(entry, dict)
        entry[field] = value

    return change


def _snapshot_bytes(built_site: Path) -> bytes:
    entry = _manifest(built_site)["snapshot"]
    assert isinstance(entry, dict)
    return (built_site / "assets/checker" / entry["file"]).read_bytes()


def _flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0xFF]) + data[at + 1 :]


def test_a_missing_snapshot_falls_back_to_a_plain_boot(page: Page, site_url: str) -> None:
    page.route(SNAPSHOT, lambda route: route.fulfill(status=404, body="not found"))
    fetched = _fetched(page)
    page.goto(site_url + "key-checker/")
    start(page)
    assert _boot(page) == "plain"
    for name in PLAIN_BOOT_FILES:
        assert [u for u in fetched if u.endswith(name)] != [], name
    _check_a_key(page)


def test_a_corrupt_snapshot_is_never_restored(page: Page, site_url: str, built_site: Path) -> None:
    stored = _snapshot_bytes(built_site)
    broken = _flip(stored, len(stored) // 2)
    page.route(SNAPSHOT, lambda route: route.fulfill(status=200, body=broken))
    page.goto(site_url + "key-checker/")
    start(page)
    assert _boot(page) == "plain"
    _check_a_key(page)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("pyodide", "0.0.1"),
        ("bytes", 2**40),
        ("file", "../manifest.json"),
        ("layout", "another-layout"),
        ("extents", [[0, 2**40]]),
    ],
    ids=["another-pyodide-version", "too-big-for-the-device", "bad-file-name", "unknown-layout", "bad-extents"],
)
def test_a_snapshot_the_manifest_rules_out_is_not_fetched(
    page: Page, site_url: str, built_site: Path, field: str, value: object
) -> None:
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url) if "snapshot-" in request.url else None)
    page.route(MANIFEST, _serve_manifest(_set(field, value), built_site))
    page.goto(site_url + "key-checker/")
    start(page)
    assert _boot(page) == "plain"
    assert fetched == []
    _check_a_key(page)


def test_a_snapshot_of_another_pyodide_build_is_refused_by_pyodide(page: Page, site_url: str, built_site: Path) -> None:
    # Right checksum, right version label, but the build id in its header names another Pyodide build.
    other_build = _flip(_snapshot_bytes(built_site), 16)
    page.route(SNAPSHOT, lambda route: route.fulfill(status=200, body=other_build))
    page.route(MANIFEST, _serve_manifest(_set("sha256", hashlib.sha256(other_build).hexdigest()), built_site))
    page.goto(site_url + "key-checker/")
    start(page)
    assert _boot(page) == "plain"
    _check_a_key(page)
