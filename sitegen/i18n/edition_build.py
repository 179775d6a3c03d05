"""What a translated edition's build does beyond the English one: which English files stand in for
missing translations, and the warning about translations the English has moved past."""

from __future__ import annotations

import logging
from collections.abc import Collection
from pathlib import Path

from sitegen.i18n.edition import Edition
from sitegen.i18n.parity import parity
from sitegen.i18n.sources import SKIPPED_DOCS
from sitegen.yamlio import load_yaml

GLOSSARY_FILE = "glossary.yml"

ROOT_FROM_EDITION = "../"
"""The English site's root seen from an edition's root: an edition is built into the <language>/ folder."""

# Stale translations are shown as warnings, but on a logger of its own: MkDocs counts (and in strict mode
# fails on) warnings of its "mkdocs" loggers only. A stale translation is news for translators, not a
# broken build; `python -m sitegen.i18n report` lists the same, and the test run prints the figure.
stale_log = logging.getLogger("sitegen.i18n.stale")
if not stale_log.handlers:
    _handler = logging.StreamHandler()
    _handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
    stale_log.addHandler(_handler)
    stale_log.propagate = False
    stale_log.setLevel(logging.INFO)


def source_files(source_docs: Path, present: Collection[str]) -> list[str]:
    """The English docs files (pages and assets, under their docs-relative paths) the edition lacks."""
    found = []
    for path in sorted(source_docs.rglob("*")):
        relative = path.relative_to(source_docs).as_posix()
        if path.is_file() and relative not in present and not relative.startswith(SKIPPED_DOCS):
            found.append(relative)
    return found


def report_stale(edition: Edition) -> list[str]:
    """Warn once per translation made from an older English text; returns their names."""
    result = parity(edition.root, edition.folder)
    for name in result.stale:
        stale_log.warning(
            "%s: stale translation of %s: the English changed after it was stamped "
            "(update it, then python -m sitegen.i18n stamp --refresh)",
            edition.language,
            name,
        )
    stale_log.info(result.summary(edition.language))
    return result.stale


def glossary_words(edition: Edition) -> list[str]:
    """The Chinese words of the edition's glossary terms ("API 金鑰" -> "金鑰"): words the search index
    must keep whole."""
    document = load_yaml(edition.folder / GLOSSARY_FILE, f"{edition.folder.name}/{GLOSSARY_FILE}")
    words = []
    for term in document.get("terms", []) if isinstance(document, dict) else []:
        for part in str(term.get("zh", "")).split():
            if any("\u4e00" <= ch <= "\u9fff" for ch in part):
                words.append(part)
    return sorted(set(words))


def add_search_words(edition: Edition) -> None:
    """Teach jieba (which Material's search plugin uses to split Chinese text into words) the glossary's
    terms: its default dictionary is Simplified Chinese and splits 金鑰 or 額度 into single characters."""
    try:
        import jieba  # type: ignore[import-untyped]  # noqa: PLC0415 - optional: English builds without it
    except ImportError:
        return
    for word in glossary_words(edition):
        jieba.add_word(word)
