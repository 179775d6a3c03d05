"""checker.browser.warm fills every cache the checker fills lazily, so a worker booted from the snapshot
taken after it never builds one while a reader waits for a verdict."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterator
from typing import Any

import checker
from checker.browser import warm

# Memos of one character's answer, not tables built once: a warm run fills them only for the characters it
# happens to see.
PER_CHARACTER = {"checker.chars.is_invisible", "checker.chars.ascii_lookalike"}


def lazy_caches() -> Iterator[tuple[str, Any]]:
    """Every functools cache at the top level of a checker module but PER_CHARACTER, by qualified name."""
    for info in pkgutil.iter_modules(checker.__path__):
        module = importlib.import_module(f"checker.{info.name}")
        for name, value in vars(module).items():
            qualified = f"{module.__name__}.{name}"
            cached = callable(value) and hasattr(value, "cache_info") and value.__module__ == module.__name__
            if cached and qualified not in PER_CHARACTER:
                yield qualified, value


def test_the_checker_has_lazy_caches() -> None:
    # The test below would pass vacuously if the search found none.
    assert {"checker.shortlist._by_length", "checker.errorlookup._catalog"} <= {name for name, _ in lazy_caches()}


def test_warm_fills_every_lazy_cache() -> None:
    caches: list[tuple[str, Callable[..., Any]]] = list(lazy_caches())
    for _, cached in caches:
        cached.cache_clear()  # type: ignore[attr-defined]
    warm()
    assert [name for name, cached in caches if cached.cache_info().currsize == 0] == []  # type: ignore[attr-defined]
