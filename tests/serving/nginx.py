"""Runs Debian's nginx on 127.0.0.1 with the nginx configuration the build wrote into the site.

Only the host-specific lines of the generated file change (listen and root); `localize` refuses a file
where they are not exactly once, so a test can prove the rest is byte for byte the build's output.
"""

from __future__ import annotations

import grp
import os
import pwd
import re
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

NGINX = "/usr/sbin/nginx"
BUILT_CONFIG = Path("_deploy") / "nginx.conf"
_LISTEN = re.compile(r"^    listen 80;$", re.M)
_ROOT = re.compile(r"^    root [^;]+;$", re.M)


def localize(config: str, *, listen: str, root: Path | str) -> str:
    """The built server configuration with its listen and root lines set for this machine."""
    for name, pattern in (("listen", _LISTEN), ("root", _ROOT)):
        found = len(pattern.findall(config))
        if found != 1:
            raise ValueError(f"the built nginx config has {found} '{name}' lines, expected exactly one")
    config = _LISTEN.sub(f"    listen {listen};", config)
    return _ROOT.sub(f"    root {root};", config)


def main_config(workdir: Path, site_config: Path) -> str:
    """A minimal nginx.conf that keeps every runtime file in workdir and includes the site's config."""
    lines = ["daemon off;", "worker_processes 1;", f"pid {workdir / 'nginx.pid'};"]
    if os.geteuid() == 0:
        # A root master starts its workers as 'nobody', who cannot read pytest's private temp folders.
        lines.append(f"user {pwd.getpwuid(os.geteuid()).pw_name} {grp.getgrgid(os.getegid()).gr_name};")
    lines += [
        f"error_log {workdir / 'error.log'} warn;",
        # Browser tests open many keep-alive connections over a session; nginx's own default leaves room.
        "events { worker_connections 1024; }",
        "http {",
        f"    access_log {workdir / 'access.log'};",
        *(f"    {kind}_temp_path {workdir / kind};" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")),
        "    sendfile on;",
        f"    include {site_config};",
        "}",
    ]
    return "\n".join(lines) + "\n"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _accepts(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


@dataclass(frozen=True)
class NginxServer:
    url: str
    """Base URL ending in '/'."""
    site_config: Path
    """The configuration nginx runs: the built file with listen and root localized."""


@contextmanager
def run_nginx(site_dir: Path, workdir: Path) -> Iterator[NginxServer]:
    """Serve site_dir with its built nginx config until the context exits."""
    port = _free_port()
    site_config = workdir / "site.conf"
    site_config.write_text(
        localize((site_dir / BUILT_CONFIG).read_text(encoding="utf-8"), listen=f"127.0.0.1:{port}", root=site_dir),
        encoding="utf-8",
    )
    config = workdir / "nginx.conf"
    config.write_text(main_config(workdir, site_config), encoding="utf-8")
    check = subprocess.run(
        [NGINX, "-t", "-q", "-p", str(workdir), "-e", str(workdir / "error.log"), "-c", str(config)],
        capture_output=True,
        text=True,
        check=False,
    )
    if check.returncode != 0:
        raise RuntimeError(f"nginx rejected the built config:\n{check.stderr}")
    process = subprocess.Popen(
        [NGINX, "-p", str(workdir), "-e", str(workdir / "error.log"), "-c", str(config)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 15
        while not _accepts(port):
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"nginx did not start: {(workdir / 'error.log').read_text(errors='replace')}")
            time.sleep(0.05)
        yield NginxServer(f"http://127.0.0.1:{port}/", site_config)
    finally:
        process.send_signal(signal.SIGQUIT)  # graceful stop: finish open responses, then exit
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stderr is not None:
            process.stderr.close()
