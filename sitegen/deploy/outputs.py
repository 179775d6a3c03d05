"""Writes the deployment files into the built site: `_headers` and the nginx server blocks.

The only I/O of the deploy package: it lists the built files, hands them with the policy to the pure
model, and writes what the renderers return.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sitegen.deploy.headers_file import render_headers_file
from sitegen.deploy.model import HeadersModel, build_model
from sitegen.deploy.nginx import Tls, render_server
from sitegen.sitefiles import site_files

HEADERS_FILE = "_headers"
DEPLOY_DIR = "_deploy"
NGINX_HTTP = "nginx.conf"
NGINX_TLS = "nginx-tls.conf"


@dataclass(frozen=True)
class DeploySettings:
    """Host-specific values written into the nginx server blocks."""

    server_name: str
    root: str
    runtime_dir: str
    runtime_version: str


def built_files(site_dir: Path) -> list[str]:
    """Every file a reader can request, relative to site_dir with '/' separators."""
    return [name for name in site_files(site_dir) if name.split("/", 1)[0] not in {HEADERS_FILE, DEPLOY_DIR}]


def write_deploy_files(site_dir: Path, policy: str, settings: DeploySettings) -> HeadersModel:
    """Compute the model for the built site and write `_headers` and `_deploy/nginx*.conf`."""
    model = build_model(
        policy=policy,
        files=built_files(site_dir),
        runtime_dir=settings.runtime_dir,
        runtime_version=settings.runtime_version,
    )
    (site_dir / HEADERS_FILE).write_text(render_headers_file(model), encoding="utf-8")
    deploy = site_dir / DEPLOY_DIR
    deploy.mkdir(exist_ok=True)
    (deploy / NGINX_HTTP).write_text(
        render_server(model, server_name=settings.server_name, root=settings.root), encoding="utf-8"
    )
    tls = Tls(
        certificate=f"/etc/ssl/certs/{settings.server_name}.pem",
        certificate_key=f"/etc/ssl/private/{settings.server_name}.key",
    )
    (deploy / NGINX_TLS).write_text(
        render_server(model, server_name=settings.server_name, root=settings.root, tls=tls), encoding="utf-8"
    )
    return model
