"""Precompressed copies (.gz and .br) of the large runtime files, for servers that serve them as they are
(nginx's gzip_static and brotli_static): the best compression once at build time instead of a fast one
on every request.

Both encoders are deterministic (gzip with no name and a zero mtime), so the same file gives the same
bytes. Compressing 40 MB at these levels takes tens of seconds, so results are cached by content hash.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable
from pathlib import Path

import brotli

from sitegen.deploy.model import compressible
from sitegen.filedigest import sha256_of
from sitegen.sitefiles import place_file

GZIP_LEVEL = 9
BROTLI_QUALITY = 9
"""Quality 11 saves another ~10% on the snapshot but takes about ten times as long (minutes, not seconds)."""
BROTLI_WINDOW = 24
CACHE_DIR = Path(__file__).resolve().parents[2] / ".cache" / "precompressed"
"""Where compressed copies are kept between builds (not committed), in the checkout holding this package."""
MIN_BYTES = 1024
"""Smaller files gain nothing worth a second request path."""


def gzip_bytes(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0)


def brotli_bytes(data: bytes) -> bytes:
    return bytes(brotli.compress(data, quality=BROTLI_QUALITY, lgwin=BROTLI_WINDOW))


def _cache_name(digest: str, encoding: str) -> str:
    return f"{digest}.q{GZIP_LEVEL if encoding == 'gz' else BROTLI_QUALITY}.{encoding}"


def precompress_file(path: Path, cache_dir: Path) -> list[Path]:
    """Write path.gz and path.br next to path (from the cache when the content was compressed before)."""
    digest = sha256_of(path)  # kept for a large file the build links unchanged (sitegen.filedigest)
    written = []
    for encoding, encode in (("gz", gzip_bytes), ("br", brotli_bytes)):
        cached = cache_dir / _cache_name(digest, encoding)
        if not cached.is_file():
            cache_dir.mkdir(parents=True, exist_ok=True)
            partial = cached.with_suffix(".part")
            partial.write_bytes(encode(path.read_bytes()))
            partial.replace(cached)
        target = path.with_name(f"{path.name}.{encoding}")
        place_file(cached, target)  # a hard link where it can be (the cache's files are only ever replaced)
        written.append(target)
    return written


def precompress(paths: Iterable[Path], cache_dir: Path) -> list[Path]:
    """Precompress every file of paths worth it (a compressible type, MIN_BYTES or more); returns the copies."""
    written: list[Path] = []
    for path in sorted(paths):
        if compressible(path.name) and path.stat().st_size >= MIN_BYTES:
            written += precompress_file(path, cache_dir)
    return written


def precompress_runtime(site_dir: Path, folders: Iterable[str]) -> list[Path]:
    """Precompress the files under the given site folders (the Pyodide runtime and the checker's files)."""
    paths = [p for folder in folders for p in (site_dir / folder.strip("/")).rglob("*") if p.is_file()]
    return precompress([p for p in paths if not p.name.endswith((".gz", ".br"))], CACHE_DIR)
