"""Load data/ into typed models: schema validation first, then the checks a schema cannot express
(duplicate ids, dangling references, patterns that must match their own message, real dates).

Every problem found is reported at once, one line each, so an editor fixes them in one pass.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from checker import linearmatch
from checker.linearmatch import why_not_linear
from sitegen import errorpages
from sitegen.errors import BuildError
from sitegen.i18n.edition import Edition
from sitegen.models import (
    Cell,
    Dataset,
    ErrorCatalog,
    ErrorChange,
    ErrorEntry,
    FaqEntry,
    Retry,
    Source,
    StorageOption,
    Topic,
)
from sitegen.passedchecks import PassedChecks
from sitegen.schemas import load_registry, validate
from sitegen.yamlio import load_yaml

FAQ_FILE = "faq.yml"
COMPARISON_FILE = "comparison.yml"
STORAGE_FILE = "storage.yml"
ERRORS_DIR = "errors"
SCHEMA_DIR = "schemas"
LINEAR_FILE = "passed-linearity-checks"
"""In the cache folder: the patterns found linear before, kept by a key over the pattern and the checker's
linearmatch module (sitegen.passedchecks)."""
MATCH_FILE = "passed-pattern-matches"
"""In the cache folder: the entries whose patterns all compiled and matched the entry's own message and
variants, kept by a key over the patterns and those texts, this module and the Python (its `re`): a build of
unchanged entries compiles none of their patterns (340 patterns took 30-40 ms of every build)."""


class _Problems:
    """Collects problem lines; `raise_if_any` stops the build with all of them."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, line: str) -> None:
        self.lines.append(line)

    def raise_if_any(self) -> None:
        if self.lines:
            count = len(self.lines)
            header = f"invalid data ({count} problem{'s' if count > 1 else ''}); no site was written:"
            raise BuildError("\n  ".join([header, *self.lines]))


# Services with an error catalog but no entry in checker.PROVIDERS: Vertex AI is called with Google Cloud
# credentials (Application Default Credentials, service accounts), not with a key format of its own. Zhipu's
# key layout is known from one scanner rule only, and no free request that tests a key is documented.
CATALOG_ONLY_PROVIDERS: Mapping[str, str] = {"vertex_ai": "Google Vertex AI", "zhipu": "Zhipu AI (GLM)"}


def load_dataset(
    data_dir: Path,
    providers: Mapping[str, str],
    label: str = "data",
    cache_dir: Path | None = None,
    *,
    edition: Edition | None = None,
) -> Dataset:
    """Read and check every data file under data_dir.

    providers maps each provider id of checker.PROVIDERS to its display name, in display order.
    label is how data_dir is named in messages (e.g. "data"). cache_dir remembers which documents passed
    their JSON Schema (sitegen.schemas.Schemas) and which error patterns were found linear; every other
    check runs on every load.
    edition: a translated edition whose data overlays are laid over the English text (sitegen.i18n) before
    any check, so the translated text passes the same schema and rules.
    """
    problems = _Problems()
    registry = load_registry(data_dir / SCHEMA_DIR, cache_dir)
    linear = PassedChecks(cache_dir, LINEAR_FILE, Path(linearmatch.__file__).read_bytes())
    matched = PassedChecks(cache_dir, MATCH_FILE, Path(__file__).read_bytes() + sys.version.encode())

    def read(relative: str, schema: str, list_key: str) -> Any:
        name = f"{label}/{relative}"
        document = load_yaml(data_dir / relative, name, cache_dir)  # a syntax error stops at once
        found = validate(document, schema, registry, name, list_key)
        if edition is not None and not found:
            # The schema describes the English source (its lengths and patterns are English ones); an overlay
            # is checked against the English document's shape instead, then the rules below see both.
            document, found = edition.overlaid(document, relative, schema)
        for line in found:
            problems.add(line)
        return None if found else document

    error_docs = {
        path.stem: read(f"{ERRORS_DIR}/{path.name}", "errors", "errors")
        for path in sorted((data_dir / ERRORS_DIR).glob("*.yml"))
    }
    faq_doc = read(FAQ_FILE, "faq", "faq")
    comparison_doc = read(COMPARISON_FILE, "comparison", "topics")
    storage_doc = read(STORAGE_FILE, "storage", "options")
    problems.raise_if_any()  # the checks below assume schema-valid documents

    owners = {**providers, **{k: v for k, v in CATALOG_ONLY_PROVIDERS.items() if k not in providers}}
    catalogs = [
        _catalog(doc, stem, f"{label}/{ERRORS_DIR}/{stem}.yml", owners, problems, linear=linear, matched=matched)
        for stem, doc in error_docs.items()
    ]
    catalogs.sort(key=lambda c: list(owners).index(c.provider) if c.provider in owners else len(owners))
    known_errors = {e.ref for c in catalogs for e in c.errors}
    for catalog in catalogs:
        for entry in catalog.errors:
            for ref in entry.related:
                if ref not in known_errors:
                    problems.add(f"{catalog.source_file}: entry '{entry.id}': field 'related': no error '{ref}'")
    faq = _faq(faq_doc, f"{label}/{FAQ_FILE}", known_errors, problems)
    entries = {e.ref: e for c in catalogs for e in c.errors}
    topics = _topics(comparison_doc, f"{label}/{COMPARISON_FILE}", providers, entries, problems)
    storage = _storage(storage_doc, f"{label}/{STORAGE_FILE}", problems)
    problems.raise_if_any()

    file_dates = [(c.source_file, max(e.checked for e in c.errors)) for c in catalogs]
    file_dates.append((f"{label}/{FAQ_FILE}", max(f.checked for f in faq)))
    file_dates.append((f"{label}/{COMPARISON_FILE}", max(cell.checked for t in topics for _, cell in t.cells)))
    file_dates.append((f"{label}/{STORAGE_FILE}", max(s.checked for s in storage)))
    return Dataset(tuple(catalogs), faq, topics, storage, tuple(file_dates))


def _sources(items: list[dict[str, str]]) -> tuple[Source, ...]:
    return tuple(Source(s["title"], s["url"]) for s in items)


def _check_date(value: str, where: str, problems: _Problems, field: str = "checked") -> None:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        problems.add(f"{where}: field '{field}': expected a real date YYYY-MM-DD, found {value!r}")


def _review_by(raw: Mapping[str, Any], where: str, problems: _Problems) -> str | None:
    """The optional re-check day; it must be a real date after the day the record was checked."""
    value = raw.get("review_by")
    if value is None:
        return None
    _check_date(value, where, problems, "review_by")
    if value <= raw.get("checked", ""):
        problems.add(f"{where}: field 'review_by': expected a day after 'checked' ({raw['checked']}), found {value!r}")
    return str(value)


def _changes(raw: Mapping[str, Any], where: str, problems: _Problems) -> tuple[ErrorChange, ...]:
    """An error's history: real dates, oldest first, none after the day the entry was checked."""
    items = raw.get("changes", [])
    for i, item in enumerate(items):
        _check_date(item["date"], where, problems, f"changes[{i}].date")
        if item["date"] > raw["checked"]:
            problems.add(
                f"{where}: field 'changes[{i}].date': expected a day on or before 'checked' ({raw['checked']}), "
                f"found {item['date']!r}"
            )
        if i and item["date"] < items[i - 1]["date"]:
            problems.add(f"{where}: field 'changes[{i}].date': expected the changes oldest first")
    return tuple(
        ErrorChange(item["date"], item["kind"], item["what"].strip(), _sources(item.get("sources", [])))
        for item in items
    )


def _duplicates(ids: list[str]) -> list[str]:
    seen: set[str] = set()
    return [i for i in ids if i in seen or seen.add(i)]  # type: ignore[func-returns-value]


def _catalog(
    doc: dict[str, Any],
    stem: str,
    file: str,
    providers: Mapping[str, str],
    problems: _Problems,
    *,
    linear: PassedChecks,
    matched: PassedChecks,
) -> ErrorCatalog:
    provider = doc["provider"]
    if provider not in providers:
        problems.add(
            f"{file}: field 'provider': expected a provider id of checker.PROVIDERS or CATALOG_ONLY_PROVIDERS, "
            f"found {provider!r}"
        )
    elif provider != stem:
        problems.add(f"{file}: field 'provider': expected {stem!r} (the file name), found {provider!r}")
    for dup in _duplicates([e["id"] for e in doc["errors"]]):
        problems.add(f"{file}: entry '{dup}': field 'id': duplicate id")
    for dup in _duplicates([e["search_title"] for e in doc["errors"]]):
        problems.add(f"{file}: field 'search_title': {dup!r} appears twice; expected each title once")
    entries = []
    for raw in doc["errors"]:
        where = f"{file}: entry '{raw['id']}'"
        _check_date(raw["checked"], where, problems)
        texts = [("message", raw.get("message"))] + [
            (f"variants[{i}]", text) for i, text in enumerate(raw.get("variants", []))
        ]
        _check_patterns(raw["patterns"], texts, where, problems, linear=linear, matched=matched)
        if not re.search(rf"\b{raw['status']}\b", raw["search_title"]):
            problems.add(f"{where}: field 'search_title': expected the status {raw['status']} in the title")
        described = len(errorpages.meta_description(raw["title"], raw["summary"]))
        if described > errorpages.MAX_DESCRIPTION:
            problems.add(
                f"{where}: field 'summary': with the title the meta description has {described} characters; "
                f"expected at most {errorpages.MAX_DESCRIPTION}"
            )
        related = tuple(ref if "/" in ref else f"{provider}/{ref}" for ref in raw.get("related", []))
        entries.append(
            ErrorEntry(
                provider=provider,
                id=raw["id"],
                status=raw["status"],
                type=raw.get("type"),
                code=raw.get("code"),
                sdk_exception=raw.get("sdk_exception"),
                title=raw["title"],
                search_title=raw["search_title"],
                summary=raw["summary"],
                message=raw.get("message"),
                variants=tuple(raw.get("variants", [])),
                patterns=tuple(raw["patterns"]),
                meaning=raw["meaning"],
                causes=tuple(raw["causes"]),
                fixes=tuple(raw["fixes"]),
                retry=Retry(raw["retry"]["verdict"], raw["retry"]["why"]),
                related=related,
                sources=_sources(raw["sources"]),
                checked=raw["checked"],
                review_by=_review_by(raw, where, problems),
                changes=_changes(raw, where, problems),
            )
        )
    return ErrorCatalog(provider, providers.get(provider, provider), doc["intro"], tuple(entries), file)


def _check_patterns(
    patterns: list[str],
    texts: list[tuple[str, str | None]],
    where: str,
    problems: _Problems,
    *,
    linear: PassedChecks,
    matched: PassedChecks,
) -> None:
    """Each pattern compiles and is linear, and some pattern matches each of the entry's own texts."""
    match_key = matched.key(json.dumps([patterns, texts], ensure_ascii=False))
    if matched.passed_before(match_key):  # every pattern compiled and matched these texts before
        for i, pattern in enumerate(patterns):
            _check_linear(pattern, f"{where}: field 'patterns[{i}]'", problems, linear=linear)
        return
    compiled = []
    for i, pattern in enumerate(patterns):
        try:
            compiled.append(re.compile(pattern, re.IGNORECASE))
        except re.error as exc:
            problems.add(f"{where}: field 'patterns[{i}]': expected a valid regular expression ({exc})")
            continue
        _check_linear(pattern, f"{where}: field 'patterns[{i}]'", problems, linear=linear)
    unmatched = [
        field for field, text in texts if text is not None and compiled and not any(p.search(text) for p in compiled)
    ]
    for field in unmatched:
        problems.add(f"{where}: field 'patterns': no pattern matches the entry's own {field}")
    if len(compiled) == len(patterns) and not unmatched:
        matched.remember_pass(match_key)


def _check_linear(pattern: str, where: str, problems: _Problems, *, linear: PassedChecks) -> None:
    key = linear.key(pattern)
    if linear.passed_before(key):
        return
    why = why_not_linear(pattern)  # the checker searches up to 200,000 characters with it
    if why is not None:
        problems.add(f"{where}: {pattern!r}: {why}")
    else:
        linear.remember_pass(key)


def _faq(doc: dict[str, Any], file: str, known_errors: set[str], problems: _Problems) -> tuple[FaqEntry, ...]:
    for dup in _duplicates([e["id"] for e in doc["faq"]]):
        problems.add(f"{file}: entry '{dup}': field 'id': duplicate id")
    for dup in _duplicates([e["question"].strip().lower() for e in doc["faq"]]):
        problems.add(f"{file}: question {dup!r} appears twice: field 'question': expected each question once")
    entries = []
    for raw in doc["faq"]:
        where = f"{file}: entry '{raw['id']}'"
        _check_date(raw["checked"], where, problems)
        pages = tuple(raw["pages"])
        markup_on = raw.get("markup_on", pages[0])
        if markup_on not in pages:
            expected = ", ".join(pages)
            problems.add(f"{where}: field 'markup_on': expected one of its pages ({expected}), found {markup_on!r}")
        for ref in raw.get("errors", []):
            if ref not in known_errors:
                problems.add(f"{where}: field 'errors': no error '{ref}'")
        if re.search(r"\[\^|^#|^\s*<", raw["answer"], re.MULTILINE):
            problems.add(f"{where}: field 'answer': expected plain Markdown without footnotes, headings or HTML")
        entries.append(
            FaqEntry(
                id=raw["id"],
                question=raw["question"].strip(),
                answer=raw["answer"].strip(),
                pages=pages,
                markup_on=markup_on,
                errors=tuple(raw.get("errors", [])),
                sources=_sources(raw["sources"]),
                checked=raw["checked"],
                review_by=_review_by(raw, where, problems),
            )
        )
    return tuple(entries)


def _topics(
    doc: dict[str, Any],
    file: str,
    providers: Mapping[str, str],
    errors: Mapping[str, ErrorEntry],
    problems: _Problems,
) -> tuple[Topic, ...]:
    for dup in _duplicates([t["id"] for t in doc["topics"]]):
        problems.add(f"{file}: entry '{dup}': field 'id': duplicate id")
    topics = []
    order = list(providers)
    for raw in doc["topics"]:
        where = f"{file}: entry '{raw['id']}'"
        cells = []
        for provider, cell in raw["cells"].items():
            if provider not in providers:
                problems.add(f"{where}: field 'cells.{provider}': expected a provider id of checker.PROVIDERS")
                continue
            if "errors" in cell:
                made = _cell_from_catalog(cell, provider, errors, f"{where}: field 'cells.{provider}", problems)
                if made is not None:
                    review_by = _review_by(cell, f"{where} cell '{provider}'", problems)
                    cells.append((provider, dataclasses.replace(made, review_by=review_by)))
                continue
            _check_date(cell["checked"], f"{where} cell '{provider}'", problems)
            cells.append(
                (
                    provider,
                    Cell(
                        cell["value"],
                        _sources(cell["sources"]),
                        cell["checked"],
                        cell.get("uncertain", False),
                        cell.get("note"),
                        review_by=_review_by(cell, f"{where} cell '{provider}'", problems),
                    ),
                )
            )
        cells.sort(key=lambda pc: order.index(pc[0]))
        topics.append(Topic(raw["id"], raw["label"], tuple(cells)))
    return tuple(topics)


def _cell_from_catalog(
    raw: dict[str, Any], provider: str, errors: Mapping[str, ErrorEntry], where: str, problems: _Problems
) -> Cell | None:
    """A cell that shows catalog answers: the status and code link to each entry's page, and the sources
    and date are the entries' own, so the fact is written once, in data/errors/."""
    own = [name for name in ("value", "sources", "checked") if name in raw]
    if own:
        problems.add(
            f"{where}': 'errors' takes the value, sources and date from the error catalog; "
            f"expected no {', '.join(repr(n) for n in own)} beside it"
        )
    found = []
    for ref in raw["errors"]:
        entry = errors.get(ref)
        if entry is None:
            problems.add(f"{where}.errors': no error '{ref}'")
        elif entry.provider != provider:
            problems.add(f"{where}.errors': '{ref}' is an error of {entry.provider}, not of {provider}")
        else:
            found.append(entry)
    if own or len(found) != len(raw["errors"]):
        return None
    value = " or ".join(f"[{errorpages.short_label(e)}]({e.src_uri})" for e in found)
    sources = tuple(dict.fromkeys(s for e in found for s in e.sources))
    checked = max(e.checked for e in found)
    return Cell(value, sources, checked, raw.get("uncertain", False), raw.get("note"), tuple(raw["errors"]))


def _storage(doc: dict[str, Any], file: str, problems: _Problems) -> tuple[StorageOption, ...]:
    for dup in _duplicates([o["id"] for o in doc["options"]]):
        problems.add(f"{file}: entry '{dup}': field 'id': duplicate id")
    options = []
    for raw in doc["options"]:
        where = f"{file}: entry '{raw['id']}'"
        _check_date(raw["checked"], where, problems)
        options.append(
            StorageOption(
                raw["id"],
                raw["environment"],
                raw["store"],
                tuple(raw["gives"]),
                _sources(raw["sources"]),
                raw["checked"],
                _review_by(raw, where, problems),
            )
        )
    return tuple(options)
