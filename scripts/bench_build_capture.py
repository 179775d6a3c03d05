"""An MkDocs hook for scripts/bench-build: writes each page's Markdown as the plugin hands it to MkDocs
(generated pages, page tags expanded, front matter kept) into $KEYBASE_CAPTURE_DIR, so the "plain" build
renders exactly the same pages without the plugin."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml


def on_page_markdown(markdown: str, *, page: Any, **_: Any) -> str:
    target = Path(os.environ["KEYBASE_CAPTURE_DIR"]) / page.file.src_uri
    target.parent.mkdir(parents=True, exist_ok=True)
    front = f"---\n{yaml.safe_dump(dict(page.meta), allow_unicode=True)}---\n\n" if page.meta else ""
    target.write_text(front + markdown, encoding="utf-8")
    return markdown
