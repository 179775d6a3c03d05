"""sitegen.buildgc: a build's long-lived objects are set aside from the collector, only live ones, and
handed back when the build ends."""

from __future__ import annotations

import gc
import weakref

from sitegen import buildgc


class _Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the collector frees it


def test_hold_sets_aside_only_live_objects_and_release_hands_them_back() -> None:
    assert gc.get_freeze_count() == 0
    kept = _Node()
    dropped = _Node()
    gone = weakref.ref(dropped)
    del dropped
    buildgc.hold()
    try:
        assert gone() is None  # collected first, never frozen
        assert gc.get_freeze_count() > 0
        assert kept.me is kept
    finally:
        buildgc.release()
    assert gc.get_freeze_count() == 0
