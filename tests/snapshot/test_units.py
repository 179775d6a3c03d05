"""The pure parts of the snapshot, precompression and offline steps, and the built site's files."""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

import brotli
import pytest

from sitegen import offline, snapshot
from sitegen.deploy.model import is_precompressed_copy
from sitegen.deploy.precompress import precompress
from sitegen.errors import BuildError

WIDGET = '<div class="keycheck" data-keycheck data-keycheck-state="idle"></div>'
LOOKUP = '<div class="errorlookup" data-error-lookup data-error-lookup-state="idle"></div>'


def test_snapshot_name_is_its_content_hash() -> None:
    assert snapshot.snapshot_name(b"abc") == "snapshot-ba7816bf8f01cfea.bin"


@pytest.mark.parametrize("part", ["wheel", "pyodide_version", "script"])
def test_any_input_changes_the_cache_key(part: str) -> None:
    inputs: dict[str, bytes | str] = {"wheel": b"w", "pyodide_version": "1.0", "script": b"s"}
    base = snapshot.cache_key(wheel=b"w", pyodide_version="1.0", script=b"s")
    inputs[part] = inputs[part] + ("x" if isinstance(inputs[part], str) else b"x")  # type: ignore[operator]
    assert snapshot.cache_key(**inputs) != base  # type: ignore[arg-type]


def test_a_file_without_the_magic_number_stops_the_build() -> None:
    with pytest.raises(BuildError, match=r"x\.bin: not a Pyodide memory snapshot"):
        snapshot.check_snapshot(b"\0" * 64, "x.bin")
    snapshot.check_snapshot(snapshot.MAGIC.to_bytes(4, "little") + b"\0" * 60, "x.bin")


def test_precompressed_copies_decode_to_the_file_and_are_reused(tmp_path: Path) -> None:
    wasm = tmp_path / "site" / "a.wasm"
    wasm.parent.mkdir()
    wasm.write_bytes(b"\0asm" + bytes(range(256)) * 64)
    small = tmp_path / "site" / "b.js"
    small.write_text("x", encoding="utf-8")
    zipped = tmp_path / "site" / "c.zip"
    zipped.write_bytes(b"PK" * 4096)
    cache = tmp_path / "cache"
    written = precompress([wasm, small, zipped], cache)
    assert [p.name for p in written] == ["a.wasm.gz", "a.wasm.br"]  # too small or not compressible: skipped
    assert gzip.decompress(written[0].read_bytes()) == wasm.read_bytes()
    assert brotli.decompress(written[1].read_bytes()) == wasm.read_bytes()
    first = [p.read_bytes() for p in written]
    for cached in cache.iterdir():
        cached.write_bytes(b"cached")  # a second build copies from the cache instead of compressing again
    assert [p.read_bytes() for p in precompress([wasm], cache)] == [b"cached", b"cached"]
    assert first[0] == gzip.compress(wasm.read_bytes(), compresslevel=9, mtime=0)  # no name, no date


def test_precompressed_copies_are_not_files_of_their_own() -> None:
    names = {"a.wasm", "a.wasm.br", "a.wasm.gz", "solo.gz"}
    assert is_precompressed_copy("a.wasm.br", names)
    assert is_precompressed_copy("a.wasm.gz", names)
    assert not is_precompressed_copy("solo.gz", names)
    assert not is_precompressed_copy("a.wasm", names)


def test_precache_lists_widget_pages_their_assets_and_the_runtime() -> None:
    pages = {
        "index.html": "<p>home</p>",
        "key-checker/index.html": f'<link rel="stylesheet" href="../assets/site.css">{WIDGET}'
        '<script src="../assets/bundle.js"></script><script src="https://elsewhere.example/x.js"></script>',
        "troubleshooting/index.html": f'{LOOKUP}<script type="module" src="../assets/js/lookup.js"></script>',
    }
    files = [
        *pages,
        "assets/site.css",
        "assets/bundle.js",
        "assets/js/lookup.js",
        "assets/js/client.js",  # imported by lookup.js
        "assets/js/sub/unrelated.js",
        "assets/other.js",
        "assets/pyodide/1/pyodide.asm.wasm",
        "assets/pyodide/1/pyodide.asm.wasm.br",
        "assets/checker/manifest.json",
    ]
    assert offline.precache_list(pages, files, ["assets/pyodide/1", "assets/checker/"]) == [
        "assets/bundle.js",
        "assets/checker/manifest.json",
        "assets/js/client.js",
        "assets/js/lookup.js",
        "assets/pyodide/1/pyodide.asm.wasm",
        "assets/site.css",
        "key-checker/",
        "troubleshooting/",
    ]


def test_the_version_follows_every_listed_file() -> None:
    base = offline.version({"a/": b"1", "b.js": b"2"})
    assert offline.version({"a/": b"1", "b.js": b"2"}) == base
    assert offline.version({"a/": b"1", "b.js": b"3"}) != base
    assert offline.version({"a/": b"1", "c.js": b"2"}) != base


def test_the_built_site_names_a_snapshot_that_matches_its_manifest(built_site: Path) -> None:
    manifest = json.loads((built_site / "assets/checker/manifest.json").read_text(encoding="utf-8"))
    entry = manifest["snapshot"]
    data = (built_site / "assets/checker" / entry["file"]).read_bytes()
    assert entry["file"] == snapshot.snapshot_name(data)
    assert entry["sha256"] == hashlib.sha256(data).hexdigest()
    assert entry["bytes"] == len(data)
    assert entry["pyodide"] == (built_site / "assets/pyodide").iterdir().__next__().name
    # Nothing of the build machine inside: no absolute path of the project or of the temporary build.
    root = str(Path(__file__).resolve().parents[2]).encode()
    assert root not in data
    assert str(built_site).encode() not in data
    sw = (built_site / "sw.js").read_text(encoding="utf-8")
    assert f'"assets/checker/{entry["file"]}"' in sw
    assert '"key-checker/"' in sw
