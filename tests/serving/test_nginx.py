"""Debian's nginx, run with the configuration the build generated, serves what the headers model promises."""

from __future__ import annotations

import http.client
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from sitegen.deploy.headers_file import headers_for_path, parse_headers_file
from sitegen.deploy.model import IMMUTABLE, REVALIDATE, build_model
from sitegen.deploy.nginx import Tls, render_server
from sitegen.deploy.outputs import DEPLOY_DIR, NGINX_HTTP, NGINX_TLS, built_files
from sitegen.runtime import pinned_pyodide_version
from tests.serving.nginx import NGINX, NginxServer, localize, main_config
from tests.support import ROOT, runtime_path

WORKER = "assets/keycheck/worker.js"
RUNTIME = runtime_path()


def fetch(url: str, path: str, *, gzip: bool = False) -> http.client.HTTPResponse:
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=10)
    connection.request("GET", path, headers={"Accept-Encoding": "gzip"} if gzip else {})
    response = connection.getresponse()
    response.read()
    connection.close()
    return response


def site_policy(built_site: Path) -> str:
    """The header policy as the build wrote it for `_headers` hosts: the one source both files share."""
    rules = parse_headers_file((built_site / "_headers").read_text(encoding="utf-8"))
    return headers_for_path(rules, "/")["Content-Security-Policy"]


def test_nginx_runs_the_config_the_build_generated(built_site: Path, nginx_server: NginxServer) -> None:
    built = (built_site / DEPLOY_DIR / NGINX_HTTP).read_text(encoding="utf-8")
    running = nginx_server.site_config.read_text(encoding="utf-8")
    port = urlsplit(nginx_server.url).port
    assert running == localize(built, listen=f"127.0.0.1:{port}", root=built_site)
    # ...and the built file is what the renderer makes of this very site, not a copy kept by hand.
    model = build_model(
        policy=site_policy(built_site),
        files=built_files(built_site),
        runtime_dir=RUNTIME,
        runtime_version=_pyodide_version(built_site),
    )
    server_name = built.split("server_name ", 1)[1].split(";", 1)[0]
    root = built.split("    root ", 1)[1].split(";", 1)[0]
    assert built == render_server(model, server_name=server_name, root=root)
    tracked = subprocess.run(["git", "ls-files", "*.conf"], cwd=ROOT, capture_output=True, text=True, check=True)
    assert tracked.stdout == "", "an nginx config is kept in the repository by hand"


def _pyodide_version(built_site: Path) -> str:
    return pinned_pyodide_version(ROOT / "package.json")


def runtime_cache(built_site: Path) -> str:
    """A year only when the runtime's folder names its version (a new version gets a new URL)."""
    return IMMUTABLE if _pyodide_version(built_site) in RUNTIME.split("/") else REVALIDATE


@pytest.mark.parametrize(
    ("path", "content_type", "cache"),
    [
        ("/", "text/html; charset=utf-8", REVALIDATE),
        (f"/{WORKER}", "text/javascript; charset=utf-8", REVALIDATE),
        (f"/{RUNTIME}/pyodide.mjs", "text/javascript; charset=utf-8", None),
        (f"/{RUNTIME}/pyodide.asm.wasm", "application/wasm", None),
        (f"/{RUNTIME}/python_stdlib.zip", "application/zip", None),
        ("/sitemap.xml", "application/xml; charset=utf-8", REVALIDATE),
    ],
    ids=["html", "worker", "pyodide-module", "wasm", "stdlib-zip", "sitemap"],
)
def test_response_carries_every_promised_header(
    built_site: Path, nginx_url: str, path: str, content_type: str, cache: str | None
) -> None:
    response = fetch(nginx_url, path)
    assert response.status == 200
    assert response.getheader("Content-Type") == content_type
    assert response.getheader("Content-Security-Policy") == site_policy(built_site)
    assert "frame-ancestors 'none'" in site_policy(built_site)
    assert response.getheader("X-Content-Type-Options") == "nosniff"
    assert response.getheader("Referrer-Policy") == "no-referrer"
    assert "geolocation=()" in (response.getheader("Permissions-Policy") or "")
    assert response.getheader("Strict-Transport-Security") is None  # plain HTTP: HSTS is for the TLS variant
    expected_cache = cache or runtime_cache(built_site)
    assert response.getheader("Cache-Control") == expected_cache


def test_hashed_material_assets_are_cached_for_a_year(built_site: Path, nginx_url: str) -> None:
    bundles = sorted((built_site / "assets" / "javascripts").glob("bundle.*.min.js"))
    assert bundles
    response = fetch(nginx_url, "/" + bundles[0].relative_to(built_site).as_posix())
    assert response.getheader("Cache-Control") == IMMUTABLE
    assert response.getheader("Content-Security-Policy") == site_policy(built_site)


@pytest.mark.parametrize("path", ["/", f"/{WORKER}", f"/{RUNTIME}/pyodide.asm.wasm"], ids=["html", "worker", "wasm"])
def test_text_and_wasm_are_compressed(nginx_url: str, path: str) -> None:
    response = fetch(nginx_url, path, gzip=True)
    assert response.getheader("Content-Encoding") == "gzip"
    assert response.getheader("Vary") == "Accept-Encoding"


def test_missing_page_gets_the_site_404_with_the_same_headers(built_site: Path, nginx_url: str) -> None:
    response = fetch(nginx_url, "/no/such/page/")
    assert response.status == 404
    assert response.getheader("Content-Type") == "text/html; charset=utf-8"
    assert response.getheader("Content-Security-Policy") == site_policy(built_site)
    assert response.getheader("Cache-Control") == REVALIDATE


@pytest.mark.parametrize("path", ["/_headers", f"/{DEPLOY_DIR}/{NGINX_HTTP}"], ids=["headers-file", "nginx-conf"])
def test_host_files_are_not_served(nginx_url: str, path: str) -> None:
    assert fetch(nginx_url, path).status == 404


def test_tls_variant_is_accepted_by_nginx(built_site: Path, tmp_path: Path) -> None:
    certificate, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=localhost",
            "-keyout",
            str(key),
            "-out",
            str(certificate),
        ],
        check=True,
        capture_output=True,
    )
    built = (built_site / DEPLOY_DIR / NGINX_TLS).read_text(encoding="utf-8")
    tls = Tls(certificate=str(certificate), certificate_key=str(key))
    server_name = built.split("server_name ", 1)[1].split(";", 1)[0]
    # Only the certificate paths are the host's: swap them in and ask nginx to check the whole file
    # (`nginx -t` binds no port, so the real 80/443 listen lines stay as built).
    text = built.replace(f"/etc/ssl/certs/{server_name}.pem", tls.certificate).replace(
        f"/etc/ssl/private/{server_name}.key", tls.certificate_key
    )
    site_config = tmp_path / "site.conf"
    site_config.write_text(text, encoding="utf-8")
    (tmp_path / "nginx.conf").write_text(main_config(tmp_path, site_config), encoding="utf-8")
    check = subprocess.run(
        [NGINX, "-t", "-p", str(tmp_path), "-e", str(tmp_path / "error.log"), "-c", str(tmp_path / "nginx.conf")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0, check.stderr
    assert 'add_header Strict-Transport-Security "max-age=31536000" always;' in built
