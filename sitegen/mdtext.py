"""Small Markdown writing helpers shared by the renderers."""

from __future__ import annotations

import hashlib
import json
import re

from sitegen.i18n.messages import _
from sitegen.models import Source


def cell(text: str) -> str:
    """Text safe inside a Markdown table cell: one line, pipes escaped."""
    return " ".join(text.split()).replace("|", "\\|")


def escape_heading(text: str) -> str:
    """Text safe inside a heading: characters that would start Markdown syntax or the attribute list escaped."""
    return re.sub(r"([\\`*_{}\[\]<>#])", r"\\\1", text)


def code(text: str) -> str:
    """Inline code that survives backticks in the text."""
    fence = "``" if "`" in text else "`"
    pad = " " if "`" in text else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def list_item(marker: str, text: str) -> str:
    """A list item whose continuation lines are indented under the marker (4 spaces, as Markdown wants)."""
    lines = text.strip().splitlines()
    rest = ["    " + line if line.strip() else "" for line in lines[1:]]
    return "\n".join([f"{marker} {lines[0]}", *rest])


def fenced(text: str, lang: str = "text", css_class: str = "") -> str:
    """A fenced code block that holds text verbatim; css_class marks the block for the site's stylesheet."""
    fence = "`" * max(3, _longest_backtick_run(text) + 1)
    header = f"{{ .{lang} .{css_class} }}" if css_class else lang
    return f"{fence}{header}\n{text}\n{fence}"


_BACKTICKS = re.compile("`+")


def _longest_backtick_run(text: str) -> int:
    return max(map(len, _BACKTICKS.findall(text)), default=0)


def front_matter(fields: dict[str, str]) -> str:
    """YAML front matter; values are JSON strings, which YAML reads back verbatim."""
    lines = [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in fields.items()]
    return "---\n" + "\n".join(lines) + "\n---\n"


def footnote_label(source: Source) -> str:
    """A stable footnote label per source URL, so one source cited by many cells is one footnote."""
    return "src-" + hashlib.sha256(source.url.encode()).hexdigest()[:8]


def footnote_definition(source: Source) -> str:
    return f"[^{footnote_label(source)}]: [{source.title}]({source.url})"


def as_of(dates: list[str]) -> str:
    """'As of D' for one date, 'Checked between A and B' for a range."""
    low, high = min(dates), max(dates)
    if low == high:
        return _("As of {date}.").format(date=high)
    return _("Checked between {first} and {last}.").format(first=low, last=high)
