"""The one exception the build raises for bad input, so MkDocs stops with a clear message."""

from __future__ import annotations


class BuildError(Exception):
    """Stops the build. The message names the file, the entry and what was expected."""
