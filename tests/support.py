"""Helpers the tests share: a real site build and a real static file server on 127.0.0.1."""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

from sitegen.deploy.headers_file import headers_for_path, parse_headers_file
from sitegen.deploy.model import PathRule
from sitegen.runtime import pinned_pyodide_version, versioned_dir

ROOT = Path(__file__).resolve().parent.parent
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"  # injected into pages by the accessibility tests


def runtime_path() -> str:
    """Where the build puts the Pyodide runtime: the plugin's folder named after the pinned version."""
    return versioned_dir("assets/pyodide", pinned_pyodide_version(ROOT / "package.json"))


def build_site(dest: Path, config: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run a real `mkdocs build --strict` into dest; returns the finished process (check returncode)."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(dest)]
    if config is not None:
        cmd += ["--config-file", str(config)]
    return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=False)


def build_zensical(dest: Path, work: Path, *, english_only: bool = True) -> subprocess.CompletedProcess[str]:
    """Run scripts/build-zensical into dest, its pages step writing into work (folder, config, manifest);
    the English site alone unless english_only is False (then the zh-TW edition too, into dest/zh-TW/)."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    flags = ["--english-only"] if english_only else []
    cmd = [str(ROOT / "scripts" / "build-zensical"), *flags, str(dest), str(work)]
    return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=False)


def build_whole_site(dest: Path) -> subprocess.CompletedProcess[str]:
    """Run scripts/build into dest: the English site, the zh-TW edition into dest/zh-TW/, then one
    `python -m sitegen finish` over both."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    cmd = [str(ROOT / "scripts" / "build"), str(dest)]
    return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=False)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    # Pyodide needs these types; Python's table lacks .mjs on some systems.
    extensions_map = {  # noqa: RUF012 - the base class declares it as a class attribute
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".mjs": "text/javascript",
        ".js": "text/javascript",
        ".wasm": "application/wasm",
        ".json": "application/json",
        ".whl": "application/zip",
    }

    # The rules of the site's generated `_headers` file (CSP and the rest), sent as a static host would.
    header_rules: tuple[PathRule, ...] = ()

    def end_headers(self) -> None:
        for name, value in headers_for_path(self.header_rules, urlsplit(self.path).path).items():
            self.send_header(name, value)
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serve_directory(directory: Path) -> Iterator[str]:
    """Serve directory on 127.0.0.1 on a free port, with the headers of its `_headers` file if it has
    one; yields the base URL ending in '/'."""
    rules_file = directory / "_headers"
    rules = parse_headers_file(rules_file.read_text(encoding="utf-8")) if rules_file.is_file() else ()
    handler_class = type("_SiteHandler", (_QuietHandler,), {"header_rules": rules})
    handler = functools.partial(handler_class, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
