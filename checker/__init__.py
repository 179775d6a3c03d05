"""Diagnose a pasted AI API key: which provider, which variant, and what is wrong with it.

Standard library only: the same code runs in CPython and, in the browser, in Pyodide.
"""

from __future__ import annotations

__version__ = "0.1.0"
