"""Checks of Chinese text: simplified-only characters (OpenCC's own character table), the glossary's
wordings to avoid, and the providers' exact messages, which stay as the provider sends them."""

from __future__ import annotations

import functools
import html
import json
import re
from importlib import resources
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


@functools.cache
def simplified_only() -> frozenset[str]:
    """Characters OpenCC converts to Traditional and never keeps: its STCharacters table lists each
    simplified character with its traditional forms, and a character shared by both (后, 干, 了) lists
    itself among them."""
    table = resources.files("opencc_purepy").joinpath("dicts", "STCharacters.txt").read_text(encoding="utf-8")
    found = set()
    for line in table.splitlines():
        simplified, _, forms = line.partition("\t")
        if simplified and forms and simplified not in forms.split():
            found.add(simplified)
    return frozenset(found)


def simplified_in(text: str) -> list[str]:
    """Each simplified-only character of text with a few characters around it."""
    chars = simplified_only()
    return [text[max(0, i - 6) : i + 7] for i, ch in enumerate(text) if ch in chars]


@functools.cache
def glossary() -> list[dict[str, object]]:
    document = yaml.safe_load((ROOT / "i18n" / "zh-TW" / "glossary.yml").read_text(encoding="utf-8"))
    return list(document["terms"])


def avoided_in(text: str) -> list[str]:
    """The glossary's wordings to avoid that text uses, each with the term it stands for."""
    return [
        f"{wording} (use {term['zh']})"
        for term in glossary()
        for wording in term.get("avoid", []) or []  # type: ignore[attr-defined]
        if str(wording) in text
    ]


@functools.cache
def provider_messages() -> tuple[str, ...]:
    """The exact texts providers send (error titles, messages, variants), longest first: quoted as they
    are on every edition, so they are taken out before the Chinese of a page is checked."""
    texts: set[str] = set()
    for path in sorted((ROOT / "data" / "errors").glob("*.yml")):
        for entry in yaml.safe_load(path.read_text(encoding="utf-8"))["errors"]:
            texts.update(t for t in [entry.get("title"), entry.get("message"), *entry.get("variants", [])] if t)
    return tuple(sorted(texts, key=len, reverse=True))


def without_provider_messages(text: str) -> str:
    for message in provider_messages():
        text = text.replace(message, " ")
    return text


_SKIPPED = re.compile(r"<(script|style)\b.*?</\1>", re.DOTALL | re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")


def page_text(page_html: str) -> str:
    """What a reader sees of a page, plus the text of its attributes' values (titles, labels, alt text)
    and its JSON-LD, which search engines show."""
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page_html, re.DOTALL)
    json_ld = " ".join(json.dumps(json.loads(block), ensure_ascii=False) for block in blocks)
    attributes = " ".join(re.findall(r'(?:title|aria-label|alt|content|placeholder)="([^"]*)"', page_html))
    visible = _TAG.sub(" ", _SKIPPED.sub(" ", page_html))
    return html.unescape(" ".join([visible, attributes])) + " " + json_ld
