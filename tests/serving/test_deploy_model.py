"""The headers model and its two renderers, by exact output on a small made-up site."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitegen.deploy.headers_file import headers_for_path, parse_headers_file, render_headers_file
from sitegen.deploy.model import IMMUTABLE, REVALIDATE, HeadersModel, PathRule, build_model, header_policy
from sitegen.deploy.nginx import Tls, render_server
from sitegen.deploy.outputs import built_files
from sitegen.errors import BuildError
from tests.serving.nginx import localize

POLICY = "default-src 'none'; script-src 'self' 'sha256-AAAA'"
FILES = [
    "index.html",
    "404.html",
    "faq/index.html",
    "assets/javascripts/bundle.a5f9d56c.min.js",
    "assets/javascripts/bundle.a5f9d56c.min.js.map",
    "assets/javascripts/workers/search.a7633da7.min.js",
    "assets/javascripts/lunr/min/lunr.de.min.js",
    "assets/stylesheets/main.57a0d79d.min.css",
    "assets/keycheck/worker.js",
    "assets/pyodide/1.2.3/pyodide.mjs",
    "assets/pyodide/1.2.3/pyodide.asm.wasm",
    "assets/pyodide/1.2.3/pyodide.asm.wasm.br",
    "assets/checker/snapshot-0123456789abcdef.bin",
    "assets/checker/snapshot-0123456789abcdef.bin.br",
    "assets/checker/manifest.json",
    "sitemap.xml.gz",
]


def small_model(runtime_dir: str = "assets/pyodide/1.2.3") -> HeadersModel:
    return build_model(policy=POLICY, files=FILES, runtime_dir=runtime_dir, runtime_version="1.2.3")


@pytest.mark.parametrize(
    ("path", "cache"),
    [
        ("/", REVALIDATE),
        ("/faq/", REVALIDATE),
        ("/404.html", REVALIDATE),
        ("/assets/javascripts/bundle.a5f9d56c.min.js", IMMUTABLE),
        ("/assets/javascripts/bundle.a5f9d56c.min.js.map", IMMUTABLE),
        ("/assets/javascripts/workers/search.a7633da7.min.js", IMMUTABLE),
        ("/assets/stylesheets/main.57a0d79d.min.css", IMMUTABLE),
        ("/assets/javascripts/lunr/min/lunr.de.min.js", REVALIDATE),  # no content hash in the name
        ("/assets/keycheck/worker.js", REVALIDATE),
        ("/assets/pyodide/1.2.3/pyodide.asm.wasm", IMMUTABLE),
        ("/assets/pyodide/1.2.3/anything-later.js", IMMUTABLE),
        ("/assets/checker/snapshot-0123456789abcdef.bin", IMMUTABLE),  # named by its content
        ("/assets/checker/manifest.json", REVALIDATE),  # names the snapshot: must show a new build at once
    ],
)
def test_cache_lifetime_per_path(path: str, cache: str) -> None:
    assert small_model().headers_for(path, tls=False)["Cache-Control"] == cache


def test_runtime_folder_without_version_is_revalidated_not_cached_for_a_year() -> None:
    # Same URL for a new Pyodide version: a year-long cache would keep the old runtime alive.
    model = build_model(
        policy=POLICY, files=["assets/pyodide/pyodide.mjs"], runtime_dir="assets/pyodide", runtime_version="1.2.3"
    )
    assert model.headers_for("/assets/pyodide/pyodide.mjs", tls=False)["Cache-Control"] == REVALIDATE


def test_security_headers_go_with_every_path_and_hsts_only_with_tls() -> None:
    model = small_model()
    for path in ("/", "/assets/keycheck/worker.js", "/assets/pyodide/1.2.3/pyodide.asm.wasm", "/missing"):
        headers = model.headers_for(path, tls=False)
        assert headers["Content-Security-Policy"] == POLICY + "; frame-ancestors 'none'"
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"] == "no-referrer"
        assert "camera=()" in headers["Permissions-Policy"]
        assert "Strict-Transport-Security" not in headers
        assert model.headers_for(path, tls=True)["Strict-Transport-Security"] == "max-age=31536000"


@pytest.mark.parametrize(
    ("policy", "expected"),
    [
        ("default-src 'none'", "default-src 'none'; frame-ancestors 'none'"),
        ("default-src 'none';  ", "default-src 'none'; frame-ancestors 'none'"),
        ("default-src 'none'; frame-ancestors 'self'", "default-src 'none'; frame-ancestors 'self'"),
    ],
)
def test_header_policy_adds_frame_ancestors_only_when_missing(policy: str, expected: str) -> None:
    assert header_policy(policy) == expected


def test_empty_policy_stops_the_build() -> None:
    with pytest.raises(BuildError, match="policy is empty"):
        header_policy(" ; ")


def test_file_without_known_mime_type_stops_the_build() -> None:
    with pytest.raises(BuildError, match=r"ending in exe, pdf"):
        build_model(policy=POLICY, files=["a.pdf", "b.exe", "c.html"], runtime_dir="x", runtime_version="1")


def test_nginx_refuses_a_value_it_would_expand() -> None:
    model = build_model(policy="default-src $x", files=[], runtime_dir="x", runtime_version="1")
    with pytest.raises(BuildError, match="nginx would expand"):
        render_server(model, server_name="example.org", root="/srv/site")


def test_headers_file_exact_output() -> None:
    model = HeadersModel(
        site_wide=(("Content-Security-Policy", "default-src 'none'"), ("X-Content-Type-Options", "nosniff")),
        tls_only=(("Strict-Transport-Security", "max-age=31536000"),),
        rules=(
            PathRule("/assets/pyodide/1.2.3/", prefix=True, headers=(("Cache-Control", IMMUTABLE),)),
            PathRule("/assets/app.0123abcd.min.js", prefix=False, headers=(("Cache-Control", IMMUTABLE),)),
        ),
        default_cache=REVALIDATE,
    )
    assert render_headers_file(model) == (
        "# Generated by the build from the site's headers model (sitegen/deploy). Do not edit by hand.\n"
        "/*\n"
        "  Content-Security-Policy: default-src 'none'\n"
        "  X-Content-Type-Options: nosniff\n"
        "  Strict-Transport-Security: max-age=31536000\n"
        "/assets/pyodide/1.2.3/*\n"
        "  Cache-Control: public, max-age=31536000, immutable\n"
        "/assets/app.0123abcd.min.js\n"
        "  Cache-Control: public, max-age=31536000, immutable\n"
    )


def test_headers_file_round_trip_gives_what_the_model_promises_over_tls() -> None:
    model = small_model()
    rules = parse_headers_file(render_headers_file(model))
    for path in ("/", "/faq/", "/assets/pyodide/1.2.3/pyodide.mjs", "/assets/stylesheets/main.57a0d79d.min.css"):
        expected = model.headers_for(path, tls=True)
        if expected["Cache-Control"] == model.default_cache:
            del expected["Cache-Control"]  # left to the host's default, which revalidates
        assert headers_for_path(rules, path) == expected


@pytest.mark.parametrize("text", ["  Name: value\n", "/*\n  no colon here\n", "/*\n  : value\n"])
def test_headers_file_parser_names_the_bad_line(text: str) -> None:
    with pytest.raises(BuildError, match=r"_headers line \d"):
        parse_headers_file(text)


def test_nginx_server_exact_output() -> None:
    model = HeadersModel(
        site_wide=(("Content-Security-Policy", "default-src 'none'; script-src 'sha256-A+/='"),),
        tls_only=(("Strict-Transport-Security", "max-age=31536000"),),
        rules=(
            PathRule("/assets/pyodide/1.2.3/", prefix=True, headers=(("Cache-Control", IMMUTABLE),)),
            PathRule("/assets/app.0123abcd.min.js", prefix=False, headers=(("Cache-Control", IMMUTABLE),)),
        ),
        default_cache=REVALIDATE,
        mime_types={"html": "text/html", "mjs": "text/javascript", "js": "text/javascript", "wasm": "application/wasm"},
        compressed_types=("text/html", "text/javascript", "application/wasm"),
    )
    assert render_server(model, server_name="example.org", root="/srv/site") == (
        "# Generated by the build from the site's headers model (sitegen/deploy). Do not edit by hand:\n"
        "# rebuild instead. Per host, edit only server_name, root, listen and the certificate paths.\n"
        "# Include it in nginx's http block (Debian: put it in /etc/nginx/sites-enabled/).\n"
        "\n"
        "# Cache lifetime per URL: a year for files whose URL changes with their content, else revalidate.\n"
        "map $uri $keybase_cache_control {\n"
        '    default "no-cache";\n'
        '    ~^/assets/pyodide/1\\.2\\.3/ "public, max-age=31536000, immutable";\n'
        '    ~^/assets/app\\.0123abcd\\.min\\.js$ "public, max-age=31536000, immutable";\n'
        "}\n"
        "\n"
        "server {\n"
        "    listen 80;\n"
        "    server_name example.org;\n"
        "    root /srv/site;\n"
        "    index index.html;\n"
        "    server_tokens off;\n"
        "    charset utf-8;\n"
        "    charset_types text/css text/javascript text/plain application/json application/xml;\n"
        "    error_page 404 /404.html;\n"
        "\n"
        "    # The complete type map of the site (a types block replaces nginx's default one).\n"
        "    types {\n"
        "        application/wasm wasm;\n"
        "        text/html html;\n"
        "        text/javascript js mjs;\n"
        "    }\n"
        "    default_type application/octet-stream;\n"
        "\n"
        "    gzip on;\n"
        "    gzip_vary on;\n"
        "    gzip_comp_level 6;\n"
        "    gzip_min_length 256;\n"
        "    gzip_types text/javascript application/wasm;\n"
        "    # The build writes .gz and .br copies of the large runtime files: serve them as they are.\n"
        "    gzip_static on;\n"
        "    # Where Debian's libnginx-mod-http-brotli-static is installed, uncomment to serve the .br copies:\n"
        "    # brotli_static on;\n"
        "\n"
        "    add_header Content-Security-Policy \"default-src 'none'; script-src 'sha256-A+/='\" always;\n"
        "    add_header Cache-Control $keybase_cache_control always;\n"
        "\n"
        "    location / {\n"
        "        try_files $uri $uri/ =404;\n"
        "    }\n"
        "\n"
        "    location = /_headers {\n"
        "        return 404;\n"
        "    }\n"
        "\n"
        "    location ^~ /_deploy/ {\n"
        "        return 404;\n"
        "    }\n"
        "}\n"
    )


def test_nginx_tls_variant_redirects_plain_http_and_sends_hsts() -> None:
    tls = Tls(certificate="/etc/ssl/certs/example.org.pem", certificate_key="/etc/ssl/private/example.org.key")
    text = render_server(small_model(), server_name="example.org", root="/srv/site", tls=tls)
    assert "    return 301 https://$host$request_uri;\n" in text
    assert "    listen 443 ssl http2;\n" in text
    assert "    ssl_certificate /etc/ssl/certs/example.org.pem;\n" in text
    assert '    add_header Strict-Transport-Security "max-age=31536000" always;\n' in text
    plain = render_server(small_model(), server_name="example.org", root="/srv/site")
    assert "Strict-Transport-Security" not in plain
    assert "return 301" not in plain


def test_localize_changes_only_listen_and_root() -> None:
    built = render_server(small_model(), server_name="example.org", root="/srv/site")
    local = localize(built, listen="127.0.0.1:8123", root="/home/me/site")
    changed = {(a, b) for a, b in zip(built.splitlines(), local.splitlines(), strict=True) if a != b}
    assert changed == {
        ("    listen 80;", "    listen 127.0.0.1:8123;"),
        ("    root /srv/site;", "    root /home/me/site;"),
    }


def test_localize_refuses_a_config_it_cannot_place() -> None:
    with pytest.raises(ValueError, match="0 'listen' lines"):
        localize("server {\n    root /x;\n}\n", listen="127.0.0.1:1", root="/y")


def test_built_files_lists_every_file_but_the_deploy_outputs_and_follows_no_folder_link(tmp_path: Path) -> None:
    for name in ("index.html", "a/b/c.js", "a/.hidden", "_headers", "_deploy/nginx.conf", "_deployed.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "link").symlink_to(tmp_path / "a", target_is_directory=True)
    (tmp_path / "file-link.js").symlink_to(tmp_path / "index.html")
    assert built_files(tmp_path) == ["_deployed.txt", "a/.hidden", "a/b/c.js", "file-link.js", "index.html"]
