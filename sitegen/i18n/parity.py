"""What an edition has translated, what it lacks and what has gone stale since the English changed.

Read from the folders alone (no build): every hand-written page under docs/ and every record of every
data file under data/ should have a counterpart under i18n/<lang>/. An error record is also a page (its
error page), so the page figure counts hand-written pages plus error records.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitegen.i18n import frontmatter
from sitegen.i18n.fields import HASH_FIELD
from sitegen.i18n.hashing import record_hashes, text_hash
from sitegen.i18n.overlay import is_record_list
from sitegen.i18n.sources import data_kind, data_pairs, page_pairs
from sitegen.yamlio import load_yaml

ERROR_PAGES_KIND = "errors"


@dataclass
class Parity:
    pages_total: int = 0
    pages_done: int = 0
    records_total: int = 0
    records_done: int = 0
    missing: list[str] = field(default_factory=list)  # "docs/x.md", "data/faq.yml: entry 'id'"
    stale: list[str] = field(default_factory=list)  # the English changed after the translation was stamped
    unstamped: list[str] = field(default_factory=list)  # translated, but no source_hash yet

    @property
    def pages_percent(self) -> float:
        return 100.0 * self.pages_done / self.pages_total if self.pages_total else 100.0

    def summary(self, language: str) -> str:
        return (
            f"{language}: pages {self.pages_done}/{self.pages_total} ({self.pages_percent:.1f} %), "
            f"data records {self.records_done}/{self.records_total}; "
            f"{len(self.stale)} stale, {len(self.unstamped)} unstamped"
        )


def parity(root: Path, edition_dir: Path) -> Parity:
    result = Parity()
    for pair in page_pairs(root, edition_dir):
        name = f"docs/{pair.relative}"
        result.pages_total += 1
        if not pair.translated.is_file():
            result.missing.append(name)
            continue
        result.pages_done += 1
        stamped = frontmatter.get_key(pair.translated.read_text(encoding="utf-8"), HASH_FIELD)
        _judge(result, name, stamped, text_hash(pair.english.read_text(encoding="utf-8")))
    for pair in data_pairs(root, edition_dir):
        kind = data_kind(pair.relative)
        english = load_yaml(pair.english, f"data/{pair.relative}")
        label = f"{edition_dir.name}/data/{pair.relative}"
        overlay = load_yaml(pair.translated, label) if pair.translated.is_file() else {}
        found = _overlay_hashes(overlay if isinstance(overlay, dict) else {}, english)
        for path, current in record_hashes(english, kind).items():
            name = f"data/{pair.relative}" + (f": entry '{path.split('/', 1)[1]}'" if path else ": the file's own text")
            is_page = kind == ERROR_PAGES_KIND and path.startswith("errors/")
            result.records_total += 1
            result.pages_total += is_page
            if path not in found:
                result.missing.append(name)
                continue
            result.records_done += 1
            result.pages_done += is_page
            _judge(result, name, found[path], current)
    return result


def _judge(result: Parity, name: str, stamped: str | None, current: str) -> None:
    if not stamped:
        result.unstamped.append(name)
    elif stamped != current:
        result.stale.append(name)


def _overlay_hashes(overlay: dict[str, Any], english: Any) -> dict[str, str | None]:
    """Every translated unit of an overlay with its source_hash (None when not stamped yet)."""
    found: dict[str, str | None] = {}
    english = english if isinstance(english, dict) else {}
    own_text = [k for k in overlay if k != HASH_FIELD and not is_record_list(english.get(k))]
    if own_text:
        found[""] = overlay.get(HASH_FIELD)
    for key, value in overlay.items():
        if is_record_list(english.get(key)) and isinstance(value, dict):
            for record_id, record in value.items():
                stamp = record.get(HASH_FIELD) if isinstance(record, dict) else None
                found[f"{key}/{record_id}"] = stamp if isinstance(stamp, str) else None
    return found
