"""The headers model: what every response of the built site carries, decided once for every host.

The model is computed from the Content-Security-Policy the generator produced and from the list of built
files, so it names each hashed asset exactly instead of guessing with patterns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from sitegen.errors import BuildError

Header = tuple[str, str]

# A year: the longest lifetime browsers honour. Only for URLs whose content can never change.
IMMUTABLE = "public, max-age=31536000, immutable"
# Everything else is revalidated on each use (a cheap 304 with ETag), so a new build shows at once.
REVALIDATE = "no-cache"
HSTS = "max-age=31536000"

# Powerful features no page of this site uses. Only names Chromium knows: an unknown name (e.g. bluetooth)
# is logged as a console warning. clipboard-write stays allowed: Material's "copy code" button needs it.
DENIED_FEATURES = (
    "accelerometer",
    "autoplay",
    "camera",
    "display-capture",
    "geolocation",
    "gyroscope",
    "hid",
    "magnetometer",
    "microphone",
    "midi",
    "payment",
    "publickey-credentials-get",
    "screen-wake-lock",
    "serial",
    "usb",
    "xr-spatial-tracking",
)

# Every extension the site may contain, with the type browsers need. .mjs must be JavaScript (module
# workers refuse anything else) and .wasm must be application/wasm (streaming compilation needs it).
MIME_TYPES: Mapping[str, str] = MappingProxyType(
    {
        "html": "text/html",
        "css": "text/css",
        "js": "text/javascript",
        "mjs": "text/javascript",
        "map": "application/json",
        "json": "application/json",
        "wasm": "application/wasm",
        "bin": "application/octet-stream",
        "zip": "application/zip",
        "whl": "application/zip",
        "xml": "application/xml",
        "gz": "application/gzip",
        "txt": "text/plain",
        "svg": "image/svg+xml",
        "png": "image/png",
        "jpg": "image/jpeg",
        "jpeg": "image/jpeg",
        "webp": "image/webp",
        "ico": "image/x-icon",
        "woff2": "font/woff2",
        "webmanifest": "application/manifest+json",
    }
)
# Compressible types. Zip, wheel, gzip and images are compressed already; wasm shrinks to about a third.
# The only .bin file is the checker's Pyodide memory snapshot, which shrinks to a fifth.
COMPRESSED_TYPES = (
    "text/html",
    "text/css",
    "text/javascript",
    "text/plain",
    "application/json",
    "application/xml",
    "application/wasm",
    "application/octet-stream",
    "application/manifest+json",
    "image/svg+xml",
)

# Material's fingerprinted bundles: name.<8 hex>.min.js|css (and their source maps).
_HASHED_ASSET = re.compile(
    r"^assets/(?:javascripts|stylesheets)/(?:.+/)?[^/]+\.[0-9a-f]{8}\.min\.(?:js|css)(?:\.map)?$"
    # The checker's Pyodide memory snapshot, named by its content (sitegen/snapshot.py).
    r"|^(?:.+/)?snapshot-[0-9a-f]{16}\.bin$"
)


@dataclass(frozen=True)
class PathRule:
    """Extra headers for one URL path, or for every URL under a folder when `prefix` is true."""

    path: str
    prefix: bool
    headers: tuple[Header, ...]

    def matches(self, url_path: str) -> bool:
        return url_path.startswith(self.path) if self.prefix else url_path == self.path


@dataclass(frozen=True)
class HeadersModel:
    """Everything a server must send; renderers turn it into host-specific configuration."""

    site_wide: tuple[Header, ...]
    """Sent with every response, errors and the worker script included."""
    tls_only: tuple[Header, ...]
    """Sent only where the site is served over TLS (HSTS is meaningless, and ignored, over plain HTTP)."""
    rules: tuple[PathRule, ...]
    """Cache lifetimes of files that differ from the default; no two rules match the same path."""
    default_cache: str
    """Cache-Control of every other response, HTML included."""
    mime_types: Mapping[str, str] = field(default_factory=lambda: MIME_TYPES)
    compressed_types: tuple[str, ...] = COMPRESSED_TYPES

    def headers_for(self, url_path: str, *, tls: bool) -> dict[str, str]:
        """The headers (other than Content-Type) a response for url_path carries."""
        headers = dict(self.site_wide)
        if tls:
            headers.update(self.tls_only)
        matching = [rule for rule in self.rules if rule.matches(url_path)]
        headers.update(matching[0].headers if matching else (("Cache-Control", self.default_cache),))
        return headers


def header_policy(policy: str) -> str:
    """The policy as a header: adds frame-ancestors 'none', which a <meta> policy cannot carry."""
    directives = [part.strip() for part in policy.split(";") if part.strip()]
    if not directives:
        raise BuildError("content security policy: the policy is empty")
    if not any(d.split()[0] == "frame-ancestors" for d in directives):
        directives.append("frame-ancestors 'none'")
    return "; ".join(directives)


def build_model(*, policy: str, files: Iterable[str], runtime_dir: str, runtime_version: str) -> HeadersModel:
    """The model for a built site.

    policy: the site's Content-Security-Policy (every page's inline-script hashes included).
    files: every built file, as a path relative to the site root with '/' separators.
    runtime_dir / runtime_version: where the Pyodide runtime lives and its pinned version. The runtime
    is cached for a year only when its folder names the version (a new version then has a new URL).
    """
    files = sorted(files)
    names = set(files)
    files = [f for f in files if not is_precompressed_copy(f, names)]  # served in place of their original
    unknown = sorted({_extension(f) for f in files} - MIME_TYPES.keys() - {""})
    if unknown:
        raise BuildError(f"deploy: no MIME type known for built files ending in {', '.join(unknown)}")
    site_wide: tuple[Header, ...] = (
        ("Content-Security-Policy", header_policy(policy)),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "no-referrer"),
        ("Permissions-Policy", ", ".join(f"{name}=()" for name in DENIED_FEATURES)),
        ("X-Frame-Options", "DENY"),
        ("Cross-Origin-Opener-Policy", "same-origin"),
    )
    immutable = (("Cache-Control", IMMUTABLE),)
    runtime = runtime_dir.strip("/")
    rules: list[PathRule] = []
    runtime_versioned = runtime_version in runtime.split("/")
    if runtime_versioned:
        rules.append(PathRule(f"/{runtime}/", prefix=True, headers=immutable))
    rules += [
        PathRule(f"/{name}", prefix=False, headers=immutable)
        for name in files
        if _HASHED_ASSET.match(name) and not (runtime_versioned and name.startswith(f"{runtime}/"))
    ]
    return HeadersModel(
        site_wide=site_wide,
        tls_only=(("Strict-Transport-Security", HSTS),),
        rules=tuple(rules),
        default_cache=REVALIDATE,
    )


def _extension(name: str) -> str:
    base = name.rsplit("/", 1)[-1]
    return base.rsplit(".", 1)[-1].lower() if "." in base else ""


PRECOMPRESSED = ("gz", "br")
"""Encodings the build writes next to large files (sitegen/deploy/precompress.py): name.wasm.gz, name.wasm.br."""


def is_precompressed_copy(name: str, names: set[str]) -> bool:
    """Whether name is the .gz or .br copy of another built file (not a file of its own)."""
    base, dot, encoding = name.rpartition(".")
    return bool(dot) and encoding in PRECOMPRESSED and base in names


def compressible(name: str) -> bool:
    """Whether a file of this name is worth compressing (its type is in COMPRESSED_TYPES)."""
    return MIME_TYPES.get(_extension(name)) in COMPRESSED_TYPES
