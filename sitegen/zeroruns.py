"""The snapshot stored without its long runs of zero bytes.

Once XORed with the runtime's initial data (sitegen.wasmdata), two thirds of a Pyodide snapshot are runs of
zeros: the memory Python never touched, and the initial data it left unchanged. Compression hides them from
the network, but a browser still reads the whole file out of its cache on every visit and hashes it, and
that read is on the critical path of a returning reader's boot. The build drops every run of at least
MIN_RUN zero bytes and lists, in the manifest, where each kept stretch goes (its extents); the worker
(docs/assets/keycheck/worker.js) allocates the snapshot's full size, zero-filled, and copies each stretch to
its place. Pure functions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

LAYOUT = "zero-runs"
"""The manifest's name for this layout (the snapshot entry's `layout`), read by the worker."""
MIN_RUN = 4096
"""Shorter runs of zeros stay in the file: each dropped run costs an extent in the manifest, and runs of a
memory page or more make up nearly all the zeros there are to drop."""

Extent = tuple[int, int]
"""(offset in the restored snapshot, length): a stretch of bytes the stored file holds, in file order."""


class LayoutError(ValueError):
    """Extents that do not describe a snapshot of the given size."""


def drop_zero_runs(data: bytes, min_run: int = MIN_RUN) -> tuple[bytes, list[Extent]]:
    """The bytes of data outside its runs of at least min_run zeros, and where each stretch of them goes."""
    extents: list[Extent] = []
    start = 0
    for run in re.finditer(rb"\x00{%d,}" % min_run, data):
        if run.start() > start:
            extents.append((start, run.start() - start))
        start = run.end()
    if start < len(data):
        extents.append((start, len(data) - start))
    kept = b"".join(data[offset : offset + length] for offset, length in extents)
    return kept, extents


def check_extents(extents: Sequence[Extent], stored: int, size: int) -> None:
    """Raise LayoutError unless extents place exactly `stored` bytes, in order, without overlap, inside `size`."""
    end = 0
    for offset, length in extents:
        if offset < end or length <= 0:
            raise LayoutError(f"extent ({offset}, {length}) overlaps or follows out of order")
        end = offset + length
    if end > size:
        raise LayoutError(f"extents reach byte {end} of a {size}-byte snapshot")
    if sum(length for _, length in extents) != stored:
        raise LayoutError(f"extents place {sum(length for _, length in extents)} bytes, the file has {stored}")


def restore_zero_runs(kept: bytes, extents: Sequence[Extent], size: int) -> bytes:
    """The snapshot of `size` bytes that drop_zero_runs stored as kept and extents (as the worker rebuilds it)."""
    check_extents(extents, len(kept), size)
    out = bytearray(size)
    at = 0
    for offset, length in extents:
        out[offset : offset + length] = kept[at : at + length]
        at += length
    return bytes(out)
