"""The re-check mechanism with a fixed "today": review_by days, announced changes, the script's exit status."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from checker import PROVIDERS
from checker.providers import Provider, ScheduledChange, Source
from sitegen import freshness
from sitegen.dataset import load_dataset
from sitegen.freshness import Announced, Dated, due
from tests.support import ROOT

TODAY = "2026-11-29"
NAMES = {p.id: p.name for p in PROVIDERS.values()}


@pytest.mark.parametrize(
    ("review_by", "listed"),
    [(None, False), ("2026-11-28", True), (TODAY, True), ("2026-11-30", False)],
)
def test_a_record_is_due_from_its_review_by_day(review_by: str | None, listed: bool) -> None:
    lines = due([Dated("data/faq.yml: entry 'x'", "2026-01-01", review_by)], [], TODAY)
    expected = [f"data/faq.yml: entry 'x': review_by {review_by} has passed (last checked 2026-01-01)"]
    assert lines == (expected if listed else [])


@pytest.mark.parametrize(
    ("effective", "checked", "listed"),
    [
        ("2026-12-01", "2026-11-01", False),  # announced, not yet in effect
        ("2026-09-01", "2026-08-15", True),  # in effect, nobody looked since
        ("2026-09-01", "2026-09-01", False),  # checked on the day
        ("2026-06-19", TODAY, False),  # checked after the day
        (TODAY, "2026-11-28", True),  # takes effect today
    ],
)
def test_an_announced_change_is_due_once_its_day_passes_unchecked(effective: str, checked: str, listed: bool) -> None:
    lines = due([], [Announced("checker/providers.py: provider 'p': change 'c'", effective, checked)], TODAY)
    assert bool(lines) is listed
    if listed:
        assert lines[0].startswith(f"checker/providers.py: provider 'p': change 'c': announced for {effective}, ")


def _provider(*changes: ScheduledChange, source: Source | None = None) -> Provider:
    base = PROVIDERS["openai"]
    sources = (source,) if source else base.sources
    return Provider(
        base.id, base.name, base.formats, base.env_vars, base.auth_header, base.console_url, base.docs_url,
        base.test_call, sources, changes=changes,
    )  # fmt: skip


def _change(change_id: str = "cutoff", effective: str = "2026-09-01", checked: str = "2026-08-01") -> ScheduledChange:
    src = Source("Provider docs", "https://example.org/docs", checked)
    return ScheduledChange(change_id, effective, "It will stop.", "It stopped.", (src,), checked)


def test_a_change_reads_before_then_after_its_day() -> None:
    change = _change(effective="2026-09-01")
    assert [change.wording(day) for day in ("2026-08-31", "2026-09-01", TODAY)] == [
        "It will stop.",
        "It stopped.",
        "It stopped.",
    ]


def test_provider_records_list_changes_and_sources_with_review_by() -> None:
    source = Source("Provider docs", "https://example.org/docs", "2026-05-01", review_by="2026-10-01")
    dated, announced = freshness.provider_records({"openai": _provider(_change(), source=source)})
    assert announced == [
        Announced("checker/providers.py: provider 'openai': change 'cutoff'", "2026-09-01", "2026-08-01")
    ]
    assert [d.where for d in dated] == ["checker/providers.py: provider 'openai': sources: source 'Provider docs'"]
    assert len(due(dated, announced, TODAY)) == 2


def test_malformed_provider_changes_are_named_with_provider_change_and_field() -> None:
    bad_date = _change(effective="2026-09-31")
    late = Source("Docs", "https://example.org/d", "2026-05-01", review_by="2026-04-01")
    problems = freshness.provider_problems({"openai": _provider(bad_date, _change("cutoff"), source=late)})
    assert problems == [
        "checker/providers.py: provider 'openai': change 'cutoff': field 'effective': "
        "expected a real date YYYY-MM-DD, found '2026-09-31'",
        "checker/providers.py: provider 'openai': change 'cutoff': field 'id': duplicate id",
        "checker/providers.py: provider 'openai': source 'Docs': field 'review_by': expected a day after 'checked' "
        "(2026-05-01)",
    ]


def test_the_real_provider_facts_are_well_formed() -> None:
    assert freshness.provider_problems(PROVIDERS) == []


def test_data_records_with_review_by_are_listed(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    faq = data / "faq.yml"
    text = faq.read_text(encoding="utf-8")
    # The day after the last re-check (key-cost was checked on TODAY), before any other record's review_by.
    faq.write_text(text.replace("  - id: key-cost\n", "  - id: key-cost\n    review_by: 2026-11-30\n", 1), "utf-8")
    dataset = load_dataset(data, NAMES)
    lines = freshness.due_in_site(dataset, None, {}, "2026-12-01", "data")
    assert [line.split(": review_by")[0] for line in lines] == ["data/faq.yml: entry 'key-cost'"]
    assert freshness.due_in_site(dataset, None, {}, TODAY, "data") == []


def test_check_freshness_passes_on_the_day_the_facts_were_checked(capsys: pytest.CaptureFixture[str]) -> None:
    assert freshness.main(["--today", TODAY, "--data", str(ROOT / "data")]) == 0
    assert "nothing is due" in capsys.readouterr().err


def test_check_freshness_exits_1_and_lists_what_is_due(capsys: pytest.CaptureFixture[str]) -> None:
    """Far enough ahead, any record with a review_by or a later announced change falls due."""
    far = "2099-01-01"
    dated, announced = freshness.provider_records(PROVIDERS)
    has_any = any(d.review_by for d in dated) or any(a.checked < a.effective for a in announced)
    dataset = load_dataset(ROOT / "data", NAMES)
    has_any = has_any or any(d.review_by for d in freshness.dataset_records(dataset))
    status = freshness.main(["--today", far, "--data", str(ROOT / "data")])
    out = capsys.readouterr()
    assert status == (1 if has_any else 0)
    assert (" due for a re-check" in out.err) is has_any
