"""The pure parts of the snapshot, precompression and offline steps, and the built site's files."""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import zipfile
from pathlib import Path

import brotli
import pytest

from sitegen import offline, snapshot, wasmdata, zeroruns
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
    # The file leaves out the snapshot's long runs of zeros: most of its size.
    assert entry["layout"] == zeroruns.LAYOUT
    assert sum(length for _, length in entry["extents"]) == len(data) < entry["bytes"] // 2
    assert entry["pyodide"] == (built_site / "assets/pyodide").iterdir().__next__().name
    # Nothing of the build machine inside: no absolute path of the project or of the temporary build.
    root = str(Path(__file__).resolve().parents[2]).encode()
    assert root not in data
    assert str(built_site).encode() not in data
    sw = (built_site / "sw.js").read_text(encoding="utf-8")
    assert f'"assets/checker/{entry["file"]}"' in sw
    assert '"key-checker/"' in sw
    # Mounted in place of the standard library on the snapshot path: a zip archive with no file in it.
    assert entry["stdlib"] == snapshot.NO_STDLIB
    empty = built_site / "assets/checker" / entry["stdlib"]
    with zipfile.ZipFile(empty) as archive:
        assert archive.namelist() == []
    # The offline copy takes what only a plain boot reads from the HTTP cache, never from the network.
    optional = json.loads(re.search(r"const OPTIONAL = new Set\((\[.*?\])\);", sw, re.DOTALL)[1])  # type: ignore[index]
    runtime = next((built_site / "assets/pyodide").iterdir()).name
    assert optional == sorted([f"assets/checker/{manifest['wheel']}", f"assets/pyodide/{runtime}/python_stdlib.zip"])


def test_the_plugins_widget_pages_give_the_list_a_reading_of_every_page_gives(built_site: Path) -> None:
    # The plugin hands the finish step the widget pages it wrote; read back from the built site, every page
    # gives the same list.
    sw = (built_site / "sw.js").read_text(encoding="utf-8")
    listed = json.loads(re.search(r"const PRECACHE = (\[.*?\]);", sw, re.DOTALL)[1])  # type: ignore[index]
    files = sorted(p.relative_to(built_site).as_posix() for p in built_site.rglob("*") if p.is_file())
    pages = {f: (built_site / f).read_text(encoding="utf-8") for f in files if f.endswith(".html")}
    runtime = f"assets/pyodide/{next((built_site / 'assets/pyodide').iterdir()).name}"
    assert listed == offline.precache_list(pages, files, (runtime, "assets/checker"))
    assert {"./", "key-checker/", "troubleshooting/"} <= set(listed)


def test_fallback_only_files_are_the_stdlib_and_the_wheel() -> None:
    listed = [
        "assets/checker/c-1-py3-none-any.whl",
        "assets/checker/snapshot-1.bin",
        "assets/p/python_stdlib.zip",
        "x/",
    ]
    assert offline.fallback_only(listed) == ["assets/checker/c-1-py3-none-any.whl", "assets/p/python_stdlib.zip"]
    text = offline.render(
        "A=__PRECACHE__;B=__OPTIONAL__;C=__IMMUTABLE__;V=__VERSION__", listed, ["assets/p/"], "v1", ["b", "a"]
    )
    assert 'B=["a", "b"];' in text
    assert offline.render("B=__OPTIONAL__;", [], [], "v") == "B=[];"


def _leb(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if (value == 0 and not byte & 0x40) or (value == -1 and byte & 0x40):
            return bytes(out + bytes([byte]))
        out.append(byte | 0x80)


def _wasm(*segments: bytes) -> bytes:
    body = _leb(len(segments)) + b"".join(segments)
    other = b"\x01" + _leb(4) + b"\x01\x60\x00\x00"  # a type section before it, skipped
    return b"\0asm\x01\0\0\0" + other + b"\x0b" + _leb(len(body)) + body


def _active(offset: int, data: bytes) -> bytes:
    return b"\x00\x41" + _leb(offset) + b"\x0b" + _leb(len(data)) + data


def test_the_snapshot_is_stored_xored_with_the_wasms_initial_data() -> None:
    # Offsets 64 and 200 need two-byte signed LEB128 numbers (64 has the sign bit of its first byte set).
    passive = b"\x01" + _leb(3) + b"zzz"  # copied at run time by the program: left out
    wasm = _wasm(_active(64, b"ABCD"), passive, _active(200, b"xyz"))
    assert [(offset, bytes(data)) for offset, data in wasmdata.data_segments(wasm)] == [(64, b"ABCD"), (200, b"xyz")]
    assert wasmdata.initial_data_end(wasm) == 203
    header = 16
    memory = bytearray(256)
    memory[64:68] = b"ABCD"  # unchanged since start: stored as zeros
    memory[200:203] = b"xyQ"  # changed: only the difference is kept
    raw = snapshot.MAGIC.to_bytes(4, "little") + header.to_bytes(4, "little") + bytes(8) + bytes(memory)
    stored = wasmdata.xor_wasm_data(raw, wasm)
    assert stored[:header] == raw[:header]
    assert stored[header + 64 : header + 68] == bytes(4)
    assert stored[header + 200 : header + 203] == bytes([0, 0, ord("z") ^ ord("Q")])
    assert wasmdata.xor_wasm_data(stored, wasm) == raw
    with pytest.raises(wasmdata.WasmError, match="outside the snapshot"):
        wasmdata.xor_wasm_data(raw[:-100], wasm)
    with pytest.raises(wasmdata.WasmError, match="not a wasm file"):
        list(wasmdata.data_segments(b"PK\x03\x04"))


def test_the_built_snapshot_decodes_to_a_pyodide_memory_image(built_site: Path) -> None:
    manifest = json.loads((built_site / "assets/checker/manifest.json").read_text(encoding="utf-8"))
    entry = manifest["snapshot"]
    assert entry["encoding"] == wasmdata.ENCODING
    wasm = next((built_site / "assets/pyodide").iterdir()) / snapshot.WASM
    assert entry["xor_bytes"] == wasmdata.initial_data_end(wasm.read_bytes()) > 3_000_000
    file = (built_site / "assets/checker" / entry["file"]).read_bytes()
    stored = zeroruns.restore_zero_runs(file, [tuple(extent) for extent in entry["extents"]], entry["bytes"])
    assert int.from_bytes(stored[:4], "little") == snapshot.MAGIC
    decoded = wasmdata.xor_wasm_data(stored, wasm.read_bytes())
    header = int.from_bytes(decoded[4:8], "little")
    # Decoded, the runtime's first data segment is back in place; stored, most of it is zeros.
    offset, first = next(wasmdata.data_segments(wasm.read_bytes()))
    region = slice(header + offset, header + offset + len(first))
    assert decoded[region].count(0) < len(first) // 2
    assert stored[region].count(0) > len(first) * 9 // 10


@pytest.mark.parametrize(
    ("data", "extents"),
    [
        (b"", []),
        (b"abc", [(0, 3)]),
        (bytes(8), []),
        (b"ab" + bytes(4) + b"cd", [(0, 2), (6, 2)]),
        (b"ab" + bytes(3) + b"cd", [(0, 7)]),  # a run shorter than the minimum stays
        (bytes(4) + b"x" + bytes(5), [(4, 1)]),
        (b"x" + bytes(4), [(0, 1)]),
    ],
    ids=["empty", "no-zeros", "all-zeros", "inner-run", "short-run", "leading-and-trailing", "trailing"],
)
def test_long_zero_runs_are_dropped_and_put_back(data: bytes, extents: list[tuple[int, int]]) -> None:
    kept, found = zeroruns.drop_zero_runs(data, min_run=4)
    assert found == extents
    assert kept == b"".join(data[offset : offset + length] for offset, length in extents)
    assert zeroruns.restore_zero_runs(kept, found, len(data)) == data


@pytest.mark.parametrize(
    ("extents", "stored", "size", "problem"),
    [
        ([(4, 2), (0, 2)], 4, 10, "out of order"),
        ([(0, 4), (2, 4)], 8, 10, "out of order"),
        ([(0, 0)], 0, 10, "out of order"),
        ([(8, 4)], 4, 10, "reach byte 12 of a 10-byte"),
        ([(0, 2)], 3, 10, "place 2 bytes, the file has 3"),
    ],
    ids=["unordered", "overlapping", "empty-extent", "past-the-end", "wrong-total"],
)
def test_extents_that_do_not_fit_the_snapshot_are_refused(
    extents: list[tuple[int, int]], stored: int, size: int, problem: str
) -> None:
    with pytest.raises(zeroruns.LayoutError, match=problem):
        zeroruns.check_extents(extents, stored, size)


def _made_snapshot(folder: Path, filler: bytes) -> Path:
    """A small file shaped like a Pyodide snapshot: the magic number, a 16-byte header, memory with long zero runs."""
    memory = bytearray(3 * zeroruns.MIN_RUN)
    memory[64:68] = b"ABCD"
    memory[-len(filler) :] = filler
    made = folder / f"made-{filler.decode()}.bin"
    made.write_bytes(snapshot.MAGIC.to_bytes(4, "little") + (16).to_bytes(4, "little") + bytes(8) + bytes(memory))
    return made


def test_the_stored_snapshot_is_encoded_once_per_set_of_inputs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    made = _made_snapshot(tmp_path, b"tail")
    wasm = _wasm(_active(64, b"ABCD"))
    cache = tmp_path / "cache"
    first = snapshot.write_snapshot(made, tmp_path / "site1", "1.0", wasm, cache_dir=cache)
    uncached = snapshot.write_snapshot(made, tmp_path / "site0", "1.0", wasm, cache_dir=None)
    assert first == uncached
    assert first.extents
    assert first.bytes == made.stat().st_size
    encoded: list[bytes] = []
    real_encode = snapshot.encode_snapshot

    def counting(data: bytes, version: str, wasm_bytes: bytes | None = None) -> tuple[bytes, snapshot.SnapshotEntry]:
        encoded.append(data)
        return real_encode(data, version, wasm_bytes)

    monkeypatch.setattr(snapshot, "encode_snapshot", counting)
    again = snapshot.write_snapshot(made, tmp_path / "site2", "1.0", wasm, cache_dir=cache)
    assert (again, encoded) == (first, [])  # from the cache
    assert (tmp_path / "site2" / again.file).read_bytes() == (tmp_path / "site0" / first.file).read_bytes()
    # Any input changed: encoded again.
    snapshot.write_snapshot(made, tmp_path / "site3", "1.1", wasm, cache_dir=cache)
    snapshot.write_snapshot(made, tmp_path / "site4", "1.0", _wasm(_active(64, b"ABCE")), cache_dir=cache)
    snapshot.write_snapshot(_made_snapshot(tmp_path, b"tall"), tmp_path / "site5", "1.0", wasm, cache_dir=cache)
    assert len(encoded) == 3
    # A damaged cached copy is not served: encoded again, and the site gets the right bytes.
    for cached in cache.glob("*.bin"):
        cached.write_bytes(b"damaged")
    repaired = snapshot.write_snapshot(made, tmp_path / "site6", "1.0", wasm, cache_dir=cache)
    assert repaired == first
    assert len(encoded) == 4
    assert (tmp_path / "site6" / first.file).read_bytes() == (tmp_path / "site0" / first.file).read_bytes()
