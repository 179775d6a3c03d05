"""Diagnose a pasted AI API key: which provider, which variant, and what is wrong with it.

Standard library only: the same code runs in CPython and, in the browser, in Pyodide.
"""

from __future__ import annotations

from .context import provider_for_env_var
from .engine import diagnose
from .errorlookup import ErrorMatch, lookup_error
from .findings import FINDINGS, FindingInfo
from .providers import PROVIDERS, KeyFormat, Provider, Source, TestCall
from .report import Finding, Report

__version__ = "0.1.0"

__all__ = [
    "FINDINGS",
    "PROVIDERS",
    "ErrorMatch",
    "Finding",
    "FindingInfo",
    "KeyFormat",
    "Provider",
    "Report",
    "Source",
    "TestCall",
    "__version__",
    "diagnose",
    "lookup_error",
    "provider_for_env_var",
]
