"""The generated pages' words in zh-TW: every message translated, compiled catalogs in step with their
.po files, and a page rendered in zh-TW word for word."""

from __future__ import annotations

import io
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from sitegen import errorpages, templating
from sitegen.i18n.messages import DOMAIN, LOCALE_DIR, use_language
from tests.generator.test_renderers import _entry

PO = LOCALE_DIR / "zh_TW" / "LC_MESSAGES" / f"{DOMAIN}.po"


def _catalog() -> Catalog:
    with PO.open("rb") as source:
        return read_po(source, locale="zh_TW")


def test_every_message_has_a_translation() -> None:
    untranslated = [
        m.id for m in _catalog() if m.id and not (all(m.string) if isinstance(m.string, tuple) else m.string)
    ]
    assert untranslated == []


def test_the_compiled_catalog_matches_its_po_file() -> None:
    compiled = io.BytesIO()
    write_mo(compiled, _catalog())
    assert Path(PO.with_suffix(".mo")).read_bytes() == compiled.getvalue(), "run scripts/update-site-catalogs"


def test_the_catalog_holds_every_message_the_templates_and_code_use() -> None:
    pot = (LOCALE_DIR / f"{DOMAIN}.pot").read_text(encoding="utf-8")
    ids = {m.id for m in _catalog() if m.id}
    for template in sorted(templating.TEMPLATES_DIR.glob("*.j2")):
        assert "{% trans" not in template.read_text(encoding="utf-8") or template.name in pot
    assert all((msgid if isinstance(msgid, str) else msgid[0]) in pot for msgid in ids)


def test_an_error_page_in_zh_tw() -> None:
    titles = {"acme/401-bad-key": "Acme 錯誤 401：Bad key"}
    with use_language("zh-TW"):
        page = errorpages.render_error_page(_entry(), "Acme", titles)
        words = templating.join_words(["OpenAI", "Anthropic", "Google Gemini"], "or")
    assert page == (
        "---\n"
        'title: "Acme 429 out_of_credit: fix"\n'
        'description: "\\"Out of credit\\": The Acme account has no credit left; add credit to continue."\n'
        "---\n\n"
        "# Acme 錯誤 429 out_of_credit：Out of credit\n\n"
        "狀態碼 **429** · 錯誤碼 `out_of_credit` · 重試是否有用：**沒有幫助**\n\n"
        "## 如何修正\n\n1. Buy credit.\n1. Retry.\n\n"
        "## 確切的錯誤訊息\n\n```{ .text .error-message }\nYou are out of credit.\n```\n\n"
        "## 代表什麼\n\nThe balance is empty. See [storage](../../store.md).\n\n"
        "錯誤類型\n:   `quota`\n\n"
        "## 可能的原因\n\n- No credit bought.\n\n"
        "## 重試有用嗎？\n\n**沒有幫助。** Waiting does not add credit.\n\n"
        "## 相關錯誤\n\n- [Acme 錯誤 401：Bad key](401-bad-key.md)\n\n"
        "## 來源\n\n- [Docs: Errors](https://example.com/errors)\n\n"
        "已於 2026-11-27 對照上述來源查證。\n"
    )
    assert words == "OpenAI、Anthropic 或 Google Gemini"
    # Outside the block the same page is English again.
    assert errorpages.render_error_page(_entry(), "Acme", titles).startswith("---\ntitle:")
    assert "## How to fix it" in errorpages.render_error_page(_entry(), "Acme", titles)
