"""The snapshot stored as a difference from the memory the runtime starts with.

A Pyodide snapshot is the whole wasm memory, and its first megabytes are mostly the initial data the wasm
file itself carries (its active data segments: about 3.2 MB, 1.5 MB gzipped, nearly unchanged by the time
the snapshot is taken). Stored as is, a reader downloads those bytes twice. The build XORs the snapshot's
memory with that initial data, so the unchanged bytes become zeros that compress to almost nothing; the
worker (docs/assets/keycheck/worker.js, `decodingFactory`) XORs it back with the memory of the module Pyodide
has just instantiated, which holds exactly that data (zeros elsewhere), before Pyodide restores the snapshot
into it. XOR is its own inverse, so the same function encodes and decodes. Pure functions.
"""

from __future__ import annotations

from collections.abc import Iterator

ENCODING = "xor-wasm-data"
"""The manifest's name for this encoding (the snapshot entry's `encoding`), read by the worker."""
_DATA_SECTION = 11
_I32_CONST = 0x41
_END = 0x0B


class WasmError(ValueError):
    """The runtime's wasm file is not laid out as expected."""


def _leb128(data: bytes, at: int, *, signed: bool) -> tuple[int, int]:
    """The LEB128 number at `at` (unsigned, or signed two's complement) and the index after it."""
    value = shift = 0
    while True:
        if at >= len(data):
            raise WasmError("truncated LEB128 number")
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return (value - (1 << shift) if signed and byte & 0x40 else value), at


def _uleb(data: bytes, at: int) -> tuple[int, int]:
    return _leb128(data, at, signed=False)


def _sleb(data: bytes, at: int) -> tuple[int, int]:
    return _leb128(data, at, signed=True)


def data_segments(wasm: bytes) -> Iterator[tuple[int, memoryview]]:
    """(memory offset, bytes) of every active data segment with a constant offset, in file order.

    Passive segments and segments placed by a global are left out (the worker leaves them out alike)."""
    if wasm[:4] != b"\0asm":
        raise WasmError("not a wasm file")
    view = memoryview(wasm)
    at = 8
    while at < len(wasm):
        section = wasm[at]
        size, at = _uleb(wasm, at + 1)
        end = at + size
        if section == _DATA_SECTION:
            count, at = _uleb(wasm, at)
            for _ in range(count):
                flags, at = _uleb(wasm, at)
                offset: int | None = None
                if flags in (0, 2):
                    if flags == 2:
                        _, at = _uleb(wasm, at)  # memory index
                    opcode = wasm[at]
                    at += 1
                    if opcode == _I32_CONST:
                        offset, at = _sleb(wasm, at)
                    else:
                        _, at = _uleb(wasm, at)  # global.get index
                    if wasm[at] != _END:
                        raise WasmError("data segment offset is not a single constant or global")
                    at += 1
                length, at = _uleb(wasm, at)
                if offset is not None:
                    yield offset, view[at : at + length]
                at += length
        at = end


def initial_data_end(wasm: bytes) -> int:
    """Where the wasm's initial data ends in memory: the worker XORs the snapshot's memory up to there."""
    return max((offset + len(data) for offset, data in data_segments(wasm)), default=0)


def xor_wasm_data(snapshot: bytes, wasm: bytes) -> bytes:
    """The snapshot with its memory XORed with the wasm's initial data (encodes and decodes alike).

    The snapshot's header (its first word after the magic gives its length) is left as it is."""
    header = int.from_bytes(snapshot[4:8], "little")
    out = bytearray(snapshot)
    for offset, segment in data_segments(wasm):
        start = header + offset
        if offset < 0 or start + len(segment) > len(out):
            raise WasmError(f"data segment at {offset} lies outside the snapshot's memory")
        chunk = int.from_bytes(out[start : start + len(segment)], "little") ^ int.from_bytes(segment, "little")
        out[start : start + len(segment)] = chunk.to_bytes(len(segment), "little")
    return bytes(out)
