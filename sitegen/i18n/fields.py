"""Which fields of the English data a translation may not change: ids, codes, statuses, the providers'
exact messages and patterns, links, dates and sources. Everything else a reader sees is translatable."""

from __future__ import annotations

from collections.abc import Mapping

HASH_FIELD = "source_hash"
"""The key, in a translated record or page, that holds the hash of the English text it was made from."""

# Fields that hold facts, not prose, in every data file.
FACT_FIELDS = frozenset(
    {
        "id", "provider", "status", "type", "code", "sdk_exception", "message", "variants", "patterns",
        "sources", "url", "checked", "review_by", "related", "pages", "markup_on", "errors", "next",
        "error", "page", "embed", "date", "kind", "verdict", "uncertain", "start",
    }
)  # fmt: skip

# Fields that are facts in one kind of file only: an error's `title` is the provider's exact message.
FACT_FIELDS_BY_FILE: Mapping[str, frozenset[str]] = {"errors": frozenset({"title"})}


def fact_fields(kind: str) -> frozenset[str]:
    """The untranslatable fields of a data file of this kind ("errors", "faq", "flowchart", ...)."""
    return FACT_FIELDS | FACT_FIELDS_BY_FILE.get(kind, frozenset())
