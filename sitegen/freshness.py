"""Which facts are due for a re-check on a given day: records past their `review_by`, and announced
changes whose day has passed with no check since.

Pure functions of the validated data and a date; `main` is the `scripts/check-freshness` command. The
build calls `due` too but only reports what it finds: a build must not fail because the calendar moved.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from checker.providers import PROVIDERS, Provider, ScheduledChange, Source
from sitegen.dataset import load_dataset
from sitegen.errors import BuildError
from sitegen.flowchart import Flowchart
from sitegen.flowchart_load import load_flowchart
from sitegen.models import Dataset

PROVIDERS_FILE = "checker/providers.py"
_SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Dated:
    """A sourced record that may carry a re-check day."""

    where: str  # file and record, e.g. "data/faq.yml: entry 'key-cost'"
    checked: str
    review_by: str | None


@dataclass(frozen=True)
class Announced:
    """A scheduled change: due once `effective` has passed unless it was checked on or after that day."""

    where: str
    effective: str
    checked: str


def due(dated: Iterable[Dated], announced: Iterable[Announced], today: str) -> list[str]:
    """One line per record due for a re-check on `today` (ISO date), in the order given."""
    lines = [
        f"{d.where}: review_by {d.review_by} has passed (last checked {d.checked})"
        for d in dated
        if d.review_by is not None and d.review_by <= today
    ]
    lines += [
        f"{a.where}: announced for {a.effective}, last checked {a.checked}: "
        "check that it happened as announced, then update 'checked'"
        for a in announced
        if a.effective <= today and a.checked < a.effective
    ]
    return lines


def dataset_records(dataset: Dataset, flowchart: Flowchart | None = None, data_label: str = "data") -> list[Dated]:
    """Every record of data/ that has a checked date."""
    records = [
        Dated(f"{c.source_file}: entry '{e.id}'", e.checked, e.review_by) for c in dataset.catalogs for e in c.errors
    ]
    records += [Dated(f"{data_label}/faq.yml: entry '{f.id}'", f.checked, f.review_by) for f in dataset.faq]
    records += [
        Dated(f"{data_label}/comparison.yml: entry '{t.id}' cell '{p}'", cell.checked, cell.review_by)
        for t in dataset.topics
        for p, cell in t.cells
    ]
    records += [Dated(f"{data_label}/storage.yml: entry '{o.id}'", o.checked, o.review_by) for o in dataset.storage]
    if flowchart is not None:
        records.append(Dated(f"{data_label}/flowchart.yml", flowchart.checked, flowchart.review_by))
    return records


def provider_records(providers: Mapping[str, Provider]) -> tuple[list[Dated], list[Announced]]:
    """Sources of provider facts that carry a review_by, and every scheduled change."""
    dated = []
    announced = []
    for provider in providers.values():
        head = f"{PROVIDERS_FILE}: provider '{provider.id}'"
        facts: list[tuple[str, Sequence[Source]]] = [(f"format '{f.variant}'", f.sources) for f in provider.formats]
        facts += [("test call", provider.test_call.sources), ("sources", provider.sources)]
        for what, sources in facts:
            dated += [
                Dated(f"{head}: {what}: source '{s.title}'", s.checked, s.review_by) for s in sources if s.review_by
            ]
        for change in provider.changes:
            announced.append(Announced(f"{head}: change '{change.id}'", change.effective, change.checked))
            dated += [
                Dated(f"{head}: change '{change.id}': source '{s.title}'", s.checked, s.review_by)
                for s in change.sources
                if s.review_by
            ]
    return dated, announced


def provider_problems(providers: Mapping[str, Provider]) -> list[str]:
    """What a schema would catch in the provider facts' dates and change records, one line each."""
    problems = []
    for provider in providers.values():
        head = f"{PROVIDERS_FILE}: provider '{provider.id}'"
        seen: set[str] = set()
        for change in provider.changes:
            where = f"{head}: change '{change.id}'"
            if not _SLUG.match(change.id):
                problems.append(f"{where}: field 'id': expected a lowercase slug")
            if change.id in seen:
                problems.append(f"{where}: field 'id': duplicate id")
            seen.add(change.id)
            for field in ("effective", "checked"):
                problems += _date_problem(getattr(change, field), where, field)
            for name in ("before", "after"):
                if not getattr(change, name).strip():
                    problems.append(f"{where}: field '{name}': expected the wording, found nothing")
            if not change.sources:
                problems.append(f"{where}: field 'sources': expected at least one source")
        all_sources = [s for f in provider.formats for s in f.sources]
        all_sources += [*provider.test_call.sources, *provider.sources]
        all_sources += [s for c in provider.changes for s in c.sources]
        for source in all_sources:
            where = f"{head}: source '{source.title}'"
            problems += _date_problem(source.checked, where, "checked")
            if source.review_by:
                problems += _date_problem(source.review_by, where, "review_by")
                if source.review_by <= source.checked:
                    problems.append(f"{where}: field 'review_by': expected a day after 'checked' ({source.checked})")
    return list(dict.fromkeys(problems))  # a source shared by several facts is reported once


def _date_problem(value: str, where: str, field: str) -> list[str]:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return [f"{where}: field '{field}': expected a real date YYYY-MM-DD, found {value!r}"]
    return [] if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) else [f"{where}: field '{field}': expected YYYY-MM-DD"]


def due_in_site(
    dataset: Dataset, flowchart: Flowchart | None, providers: Mapping[str, Provider], today: str, data_label: str
) -> list[str]:
    """Everything due on `today` across data/ and the provider facts."""
    dated, announced = provider_records(providers)
    return due([*dataset_records(dataset, flowchart, data_label), *dated], announced, today)


def check_providers(providers: Mapping[str, Provider]) -> None:
    """Stop the build on a malformed date or change record in the provider facts."""
    problems = provider_problems(providers)
    if problems:
        raise BuildError("\n  ".join(["invalid provider facts; no site was written:", *problems]))


def changes_by_ref(providers: Mapping[str, Provider]) -> dict[str, ScheduledChange]:
    """Every scheduled change as "<provider>/<change id>"."""
    return {f"{p.id}/{c.id}": c for p in providers.values() for c in p.changes}


def main(argv: Sequence[str] | None = None) -> int:
    """List every record due for a re-check; exit status 1 when there is any."""

    parser = argparse.ArgumentParser(prog="check-freshness", description=__doc__)
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.datetime.now(dt.UTC).date())
    parser.add_argument("--data", type=Path, default=Path("data"), help="the data folder (default: data)")
    args = parser.parse_args(argv)
    try:
        check_providers(PROVIDERS)
        dataset = load_dataset(args.data, {p.id: p.name for p in PROVIDERS.values()}, args.data.name)
        chart = load_flowchart(args.data, args.data.name, {e.ref for e in dataset.all_errors()})
    except BuildError as exc:
        print(exc, file=sys.stderr)
        return 2
    lines = due_in_site(dataset, chart, PROVIDERS, args.today.isoformat(), args.data.name)
    for line in lines:
        print(line)
    count = len(lines)
    summary = f"{count} record{'s' if count != 1 else ''} due for a re-check" if count else "nothing is due"
    print(f"check-freshness ({args.today.isoformat()}): {summary}", file=sys.stderr)
    return 1 if lines else 0
