"""The development server sends the headers of the build's `_headers` file, so CSP is enforced there too."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitegen.deploy.headers_file import headers_for_path, parse_headers_file
from tests.serving.test_nginx import RUNTIME, WORKER, fetch
from tests.support import serve_directory


@pytest.mark.parametrize(
    "path", ["/", f"/{WORKER}", f"/{RUNTIME}/pyodide.asm.wasm"], ids=["html", "worker", "wasm"]
)
def test_dev_server_sends_the_generated_headers(built_site: Path, path: str) -> None:
    rules = parse_headers_file((built_site / "_headers").read_text(encoding="utf-8"))
    expected = headers_for_path(rules, path)
    assert "Content-Security-Policy" in expected
    with serve_directory(built_site) as url:
        response = fetch(url, path)
    assert response.status == 200
    assert {name: response.getheader(name) for name in expected} == expected
