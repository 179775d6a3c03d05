"""Read and write one key of a Markdown page's YAML front matter as text, leaving the rest as written."""

from __future__ import annotations

import re

_FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(\n|\Z)", re.DOTALL)


def get_key(page: str, key: str) -> str | None:
    match = _FRONT.match(page)
    if match is None:
        return None
    found = re.search(rf"^{re.escape(key)}:[ \t]*(.*?)[ \t]*$", match.group(1) or "", re.MULTILINE)
    return found.group(1).strip("\"'") if found else None


def set_key(page: str, key: str, value: str) -> str:
    """page with `key: value` in its front matter (replaced where present, else added last)."""
    line = f"{key}: {value}"
    match = _FRONT.match(page)
    if match is None:
        return f"---\n{line}\n---\n\n{page}"
    body = match.group(1) or ""
    pattern = re.compile(rf"^{re.escape(key)}:.*$", re.MULTILINE)
    body = pattern.sub(line, body, count=1) if pattern.search(body) else body + line + "\n"
    return f"---\n{body}---{match.group(2)}" + page[match.end() :]
