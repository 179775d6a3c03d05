"""The Pyodide memory snapshot the browser worker boots from, made at build time with Node.

The snapshot is Pyodide's whole memory after a plain boot, the checker wheel unpacked, `checker.browser`
imported and warmed (pyodide_snapshot.mjs, next to this module). It fits only the exact Pyodide build that made it,
so the manifest names the version and the worker checks both it and the sha256 before using it. The site
stores it XORed with the runtime's initial data (sitegen.wasmdata) and without its long runs of zeros
(sitegen.zeroruns), both of which the worker undoes.

Making one takes seconds of Node, so it is kept in a cache folder under a key made of its inputs (the
wheel, the pinned Pyodide, the script): a build with unchanged inputs reuses it, and any change to the
checker gives a new key, a new snapshot and a new file name (the name is the content's own hash).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
from dataclasses import asdict, dataclass
from pathlib import Path

from sitegen import wasmdata, zeroruns
from sitegen.errors import BuildError
from sitegen.filedigest import sha256_of
from sitegen.sitefiles import place_file

SCRIPT = Path(__file__).with_name("pyodide_snapshot.mjs")
"""The Node script that makes the snapshot."""
CACHE_ROOT = Path(__file__).resolve().parents[1] / ".cache"
"""Kept between builds (not committed): in the checkout that holds this package, so a build of a copied
project (a test's temporary one) reuses what the main build made."""
CACHE_DIR = CACHE_ROOT / "snapshot"
WASM = "pyodide.asm.wasm"
"""The runtime's wasm file in the Pyodide folder: its initial data is what the stored snapshot is XORed with."""
MAGIC = 1886286592
"""The first 32-bit word (little-endian) of every Pyodide snapshot."""
NO_STDLIB = "empty-stdlib.zip"
NO_STDLIB_BYTES = b"PK\x05\x06" + bytes(18)
"""An empty zip archive (its end record alone), which the worker mounts in place of python_stdlib.zip when
it boots from the snapshot: the snapshot holds every module the checker imports (checker.browser.warm runs
each entry point in each language first), so the 2.5 MB standard library would be downloaded for nothing.
A plain boot still mounts the real one."""


@dataclass(frozen=True)
class SnapshotEntry:
    """What the worker needs to know before it trusts a snapshot; the manifest's `snapshot` field."""

    file: str
    sha256: str
    """Of the file as stored."""
    bytes: int
    """The snapshot's own size, restored: the memory the worker sets aside for it."""
    pyodide: str
    stdlib: str = NO_STDLIB
    """The standard library archive to mount with this snapshot (NO_STDLIB, an empty one)."""
    encoding: str = ""
    """How the file is stored: "" as Pyodide made it, or sitegen.wasmdata.ENCODING."""
    xor_bytes: int = 0
    """With that encoding: how many bytes of memory, from its start, the worker XORs back."""
    layout: str = ""
    """"" for a file that is the whole snapshot, or sitegen.zeroruns.LAYOUT."""
    extents: tuple[zeroruns.Extent, ...] = ()
    """With that layout: where each stretch of the file goes in the snapshot."""

    def to_dict(self) -> dict[str, str | int | list[list[int]]]:
        entry: dict[str, str | int | list[list[int]]] = {
            "file": self.file,
            "sha256": self.sha256,
            "bytes": self.bytes,
            "pyodide": self.pyodide,
            "stdlib": self.stdlib,
        }
        if self.encoding:
            entry["encoding"] = self.encoding
            entry["xor_bytes"] = self.xor_bytes
        if self.layout:
            entry["layout"] = self.layout
            entry["extents"] = [list(extent) for extent in self.extents]
        return entry


def snapshot_name(data: bytes) -> str:
    """The snapshot's file name in the site: named by its content, so its URL can be cached for a year."""
    return f"snapshot-{hashlib.sha256(data).hexdigest()[:16]}.bin"


def cache_key(*, wheel: bytes, pyodide_version: str, script: bytes) -> str:
    """Every input that shapes the snapshot's bytes; a change to any of them makes a new snapshot."""
    digest = hashlib.sha256()
    for part in (wheel, pyodide_version.encode(), script):
        digest.update(hashlib.sha256(part).digest())
    return digest.hexdigest()


def check_snapshot(data: bytes, source: str) -> None:
    """Stop the build on a file that is not a Pyodide snapshot (a broken Node run, a truncated copy)."""
    if len(data) < 48 or int.from_bytes(data[:4], "little") != MAGIC:
        raise BuildError(f"{source}: not a Pyodide memory snapshot (bad magic number)")


def make_snapshot(*, pyodide_dir: Path, pyodide_version: str, wheel: Path) -> Path:
    """The snapshot for these inputs: from the cache, or made now with Node and cached."""
    key = cache_key(wheel=wheel.read_bytes(), pyodide_version=pyodide_version, script=SCRIPT.read_bytes())
    cached = CACHE_DIR / f"{key}.bin"
    if cached.is_file():
        return cached
    node = shutil.which("node")
    if node is None:
        raise BuildError("node is not on PATH: the build needs it to make the checker's Pyodide snapshot")
    cached.parent.mkdir(parents=True, exist_ok=True)
    partial = cached.with_suffix(f".{os.getpid()}.part")
    done = subprocess.run(  # noqa: S603 -- node from PATH runs the project's own script
        [node, str(SCRIPT), str(pyodide_dir) + "/", str(wheel), str(partial)],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    if done.returncode != 0:
        partial.unlink(missing_ok=True)
        raise BuildError(f"{SCRIPT.name}: making the Pyodide snapshot failed:\n{done.stderr[-2000:]}")
    check_snapshot(partial.read_bytes(), SCRIPT.name)
    partial.replace(cached)  # atomic: a parallel build sees either no file or a whole one
    return cached


STORED_DIR = CACHE_ROOT / "snapshot-stored"
"""The stored form of each snapshot (XORed, zero runs left out) with its manifest entry, under a key of the
made snapshot's bytes, the wasm and the code that encodes: encoding 31 MB takes a few tenths of a second,
and the inputs rarely change."""
ENCODERS = (Path(wasmdata.__file__), Path(zeroruns.__file__), Path(__file__))


def encode_snapshot(data: bytes, pyodide_version: str, wasm: bytes | None = None) -> tuple[bytes, SnapshotEntry]:
    """The file to store for the snapshot data, and its manifest entry.

    wasm: the runtime's wasm file; given, the snapshot is stored XORed with its initial data (sitegen.wasmdata),
    which the worker undoes. Either way the file leaves out the snapshot's long runs of zeros
    (sitegen.zeroruns); its name and sha256 are those of the stored file."""
    if wasm is not None:
        data = wasmdata.xor_wasm_data(data, wasm)
    stored, extents = zeroruns.drop_zero_runs(data)
    entry = SnapshotEntry(
        snapshot_name(stored),
        hashlib.sha256(stored).hexdigest(),
        len(data),
        pyodide_version,
        encoding=wasmdata.ENCODING if wasm is not None else "",
        xor_bytes=wasmdata.initial_data_end(wasm) if wasm is not None else 0,
        layout=zeroruns.LAYOUT,
        extents=tuple(extents),
    )
    return stored, entry


def stored_key(data_sha256: str, pyodide_version: str, wasm: bytes | None) -> str:
    """Every input of encode_snapshot (the made snapshot by its sha256), and its code."""
    digest = hashlib.sha256(bytes.fromhex(data_sha256))
    for part in (pyodide_version.encode(), wasm if wasm is not None else b"no wasm"):
        digest.update(hashlib.sha256(part).digest())
    for source in ENCODERS:
        digest.update(hashlib.sha256(source.read_bytes()).digest())
    return digest.hexdigest()


def _entry_from_json(text: str) -> SnapshotEntry:
    fields = json.loads(text)
    fields["extents"] = tuple((int(offset), int(length)) for offset, length in fields["extents"])
    return SnapshotEntry(**fields)


def write_snapshot(
    made: Path, dest_dir: Path, pyodide_version: str, wasm: bytes | None = None, cache_dir: Path | None = STORED_DIR
) -> SnapshotEntry:
    """Write the snapshot into the site in its stored form (encode_snapshot) under its content name, with the
    empty standard library it is mounted with; returns its manifest entry. The stored form comes from
    cache_dir when an earlier build encoded the same inputs (None: always encode)."""
    with made.open("rb") as head:
        check_snapshot(head.read(48), str(made))
    # The made snapshot's and the kept file's sha256 are kept by file identity (sitegen.filedigest), and the
    # site's file is a hard link to the kept one: a build with unchanged inputs reads none of the 41 MB.
    key = stored_key(sha256_of(made), pyodide_version, wasm)
    cached_file = cache_dir / f"{key}.bin" if cache_dir else None
    cached_entry = cache_dir / f"{key}.json" if cache_dir else None
    entry: SnapshotEntry | None = None
    if cached_file and cached_entry and cached_file.is_file() and cached_entry.is_file():
        entry = _entry_from_json(cached_entry.read_text(encoding="utf-8"))
        if sha256_of(cached_file) != entry.sha256:
            entry = None  # a damaged copy: encode again
    dest_dir.mkdir(parents=True, exist_ok=True)
    if entry is None:
        data = made.read_bytes()
        check_snapshot(data, str(made))
        stored, entry = encode_snapshot(data, pyodide_version, wasm)
        if cached_file and cached_entry:
            _write_atomically(cached_file, stored)
            fields = {**asdict(entry), "extents": [list(extent) for extent in entry.extents]}
            _write_atomically(cached_entry, json.dumps(fields).encode())
        else:
            (dest_dir / entry.file).write_bytes(stored)
    if cached_file:
        place_file(cached_file, dest_dir / entry.file)
    (dest_dir / NO_STDLIB).write_bytes(NO_STDLIB_BYTES)
    return entry


def _write_atomically(path: Path, data: bytes) -> None:
    """A parallel build sees either no file or a whole one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".{os.getpid()}.part")
    partial.write_bytes(data)
    partial.replace(path)


def add_snapshot(*, pyodide_dir: Path, pyodide_version: str, wheel: Path, manifest: Path) -> SnapshotEntry:
    """The plugin's one call: make (or reuse) the snapshot, put it next to the wheel, name it in the manifest."""
    made = make_snapshot(pyodide_dir=pyodide_dir, pyodide_version=pyodide_version, wheel=wheel)
    entry = write_snapshot(made, manifest.parent, pyodide_version, (pyodide_dir / WASM).read_bytes())
    data = json.loads(manifest.read_text(encoding="utf-8"))
    data["snapshot"] = entry.to_dict()
    manifest.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return entry
