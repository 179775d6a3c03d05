"""The checker's messages in zh-TW: catalogs complete and compiled, placeholders kept, output in Chinese.

The catalogs are made by scripts/update-catalogs (Babel); the checker reads the compiled .mo with the
standard library. These tests fail when a message has no translation, when a .mo differs from its .po,
when a translation drops or renames a placeholder, or when zh-TW output shows English where a
translation exists, a simplified-only character, or more of a key than its masked form.
"""

from __future__ import annotations

import gettext
import importlib.machinery
import importlib.util
import re
import string
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po
from opencc_purepy import OpenCC

from checker import FINDINGS, Report, diagnose
from checker.i18n import LANGUAGES, UnknownLanguage, resolve, translation

from .keys import B64URL, OPENAI_MARKER, fill
from .leaks import assert_no_leak
from .test_diagnose import all_cases

ROOT = Path(__file__).resolve().parents[2]
LOCALE = ROOT / "checker" / "locale"
ZH_PO = LOCALE / "zh_TW" / "LC_MESSAGES" / "checker.po"
ZH_MO = LOCALE / "zh_TW" / "LC_MESSAGES" / "checker.mo"

# Characters OpenCC's s2t rewrites although Taiwan writes them as they are: 台 (主控台, the glossary's
# word for a console) has 臺 as a variant, not as its traditional form.
_TAIWAN_VARIANTS = frozenset("台")


def _script() -> ModuleType:
    path = ROOT / "scripts" / "update-catalogs"
    loader = importlib.machinery.SourceFileLoader("update_catalogs", str(path))
    spec = importlib.util.spec_from_loader("update_catalogs", loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


@cache
def _template() -> Catalog:
    catalog: Catalog = _script().template()
    return catalog


@cache
def _po() -> Catalog:
    with ZH_PO.open("rb") as source:
        return read_po(source, locale="zh_TW")


def _key(message_id: str | tuple[str, ...], context: str | None) -> tuple[str | tuple[str, ...], str | None]:
    return message_id, context


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _strings(value: str | tuple[str, ...] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    return value if isinstance(value, tuple) else (value,)


def test_the_po_holds_exactly_the_messages_the_code_and_data_have() -> None:
    wanted = {_key(m.id, m.context) for m in _template() if m.id}
    held = {_key(m.id, m.context) for m in _po() if m.id}
    missing, extra = wanted - held, held - wanted
    assert not missing, f"run scripts/update-catalogs: not in the .po: {sorted(map(str, missing))[:5]}"
    assert not extra, f"run scripts/update-catalogs: gone from the code: {sorted(map(str, extra))[:5]}"


def test_every_message_has_a_translation() -> None:
    untranslated = [m.id for m in _po() if m.id and (m.fuzzy or not all(_strings(m.string)) or not _strings(m.string))]
    assert untranslated == []


@pytest.mark.parametrize("message", [m for m in _po() if m.id], ids=lambda m: str(m.id)[:40])
def test_a_translation_keeps_the_placeholders(message: Message) -> None:
    wanted = set().union(*(_fields(i) for i in _strings(message.id)))
    for text in _strings(message.string):
        assert _fields(text) == wanted


def test_the_compiled_catalog_is_the_po() -> None:
    """The .mo the package ships says what the .po says (scripts/update-catalogs compiles it)."""
    with ZH_MO.open("rb") as compiled:
        mo = gettext.GNUTranslations(compiled)._catalog
    expected: dict[object, str] = {}
    for m in _po():
        if not m.id:
            continue
        ids = _strings(m.id)
        prefix = f"{m.context}\x04" if m.context else ""
        if isinstance(m.id, tuple):
            for n, text in enumerate(_strings(m.string)):
                expected[(prefix + ids[0], n)] = text
        else:
            expected[prefix + ids[0]] = _strings(m.string)[0]
    shipped = {k: v for k, v in mo.items() if k != ""}
    assert shipped == expected


def test_no_translation_has_a_simplified_only_character() -> None:
    s2t = OpenCC("s2t")
    texts = "".join(t for m in _po() if m.id for t in _strings(m.string))
    simplified = sorted({ch for ch in texts if ch not in _TAIWAN_VARIANTS and s2t.convert(ch) != ch})
    assert simplified == []


@pytest.mark.parametrize(
    ("tag", "expected"),
    [("zh-TW", "zh-TW"), ("zh-Hant-TW", "zh-TW"), ("zh_TW", "zh-TW"), ("zh-hant", "zh-TW"), ("en", "en"),
     ("en-GB", "en"), ("", "en"), (None, "en")],
)  # fmt: skip
def test_language_tags_resolve(tag: str | None, expected: str) -> None:
    assert resolve(tag) == expected


@pytest.mark.parametrize("tag", ["fr", "zh-CN", "zh-Hans", "zh", "klingon"])
def test_an_unknown_language_is_refused(tag: str) -> None:
    with pytest.raises(UnknownLanguage):
        diagnose("sk-test", None, lang=tag)


def test_english_is_the_default_and_needs_no_catalog() -> None:
    assert isinstance(translation("en"), gettext.NullTranslations)
    assert LANGUAGES[0] == "en"


# --- the output ------------------------------------------------------------------------------------

_CJK = re.compile("[\u4e00-\u9fff]")
# What zh-TW output may keep in English: quoted provider messages, URLs, source titles, code and names.
_QUOTED = re.compile("「[^」]*」|'[^']*'|\"[^\"]*\"|https?://\\S+|（來源：[^）]*）")
_ENGLISH_RUN = re.compile(r"\b[a-z]{2,}(?: [a-z]{2,}){3,}\b")


@cache
def _reports() -> list[tuple[str, str | None, Report, Report]]:
    return [(text, given, diagnose(text, given), diagnose(text, given, lang="zh-TW")) for text, given in all_cases()]


def test_every_finding_code_is_worded_in_chinese_by_some_case() -> None:
    seen = {f.code for _, _, _, zh in _reports() for f in zh.findings}
    assert {f.code for f in FINDINGS} - seen <= {"STANDARD_KEY_RETIRING"}  # dated: see test_diagnose


def test_zh_tw_output_is_chinese_with_the_same_codes_and_verdicts() -> None:
    problems: list[str] = []
    for text, _given, en, zh in _reports():
        assert [f.code for f in zh.findings] == [f.code for f in en.findings]
        assert (zh.verdict, zh.masked) == (en.verdict, en.masked)
        for e, z in zip(en.findings, zh.findings, strict=True):
            for english, chinese in ((e.message, z.message), (e.fix, z.fix)):
                bare = _QUOTED.sub("", chinese)
                if chinese == english or not _CJK.search(chinese) or _ENGLISH_RUN.search(bare):
                    problems.append(f"{z.code}: {chinese[:80]}")
        # The Chinese report shows no more of the pasted text than the English one (tests/checker/test_privacy.py
        # holds the English one to the masked form).
        shown_en = repr(en.to_dict())
        shown_zh = repr(zh.to_dict())
        runs = {text[i : i + 8] for i in range(len(text) - 7)}
        extra = [run for run in runs if run in shown_zh and run not in shown_en]
        assert not extra, f"{len(extra)} eight-character runs of the text appear only in the Chinese report"
    assert sorted(set(problems)) == []


def test_zh_tw_output_has_no_simplified_only_character() -> None:
    s2t = OpenCC("s2t")
    shown = "".join(
        f.message + f.fix + (zh.variant_label or "")
        for _, _, _, zh in _reports()
        for f in zh.findings
    )
    chars = {ch for ch in shown if _CJK.match(ch)}
    assert sorted(ch for ch in chars if ch not in _TAIWAN_VARIANTS and s2t.convert(ch) != ch) == []


def test_a_chinese_report_never_shows_the_key_whole() -> None:
    key = "sk-proj-" + fill(74, B64URL, 7) + OPENAI_MARKER + fill(74, B64URL, 8)
    for text in (key, f" '{key}' ", key[:-9], key + key, f"OPENAI_API_KEY={key} # mine", f"my key is {key}."):
        report = diagnose(text, "anthropic", lang="zh-TW")
        assert_no_leak(key, repr(report.to_dict()))


# --- the error lookup -------------------------------------------------------------------------------


def test_the_error_lookup_gives_its_reasons_and_notes_in_chinese() -> None:
    from checker.errorlookup import lookup
    from tests.flowchart.test_errorlookup import CASES

    checked = 0
    for _name, text, _expected in CASES:
        english, chinese = lookup(text), lookup(text, "zh-TW")
        assert [m.ref for m in chinese.matches] == [m.ref for m in english.matches]
        assert [k.masked for k in chinese.keys] == [k.masked for k in english.keys]
        for en_match, zh_match in zip(english.matches, chinese.matches, strict=True):
            assert len(zh_match.why) == len(en_match.why)
            for reason in zh_match.why:
                assert _CJK.search(reason), reason
                assert not _ENGLISH_RUN.search(_QUOTED.sub("", reason)), reason
                checked += 1
        for note in (k.note for k in chinese.keys):
            assert _CJK.search(note)
    assert checked > 100
