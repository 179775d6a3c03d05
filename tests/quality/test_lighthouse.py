"""Lighthouse 12.2.3 (mobile settings) on a page of each kind, served by nginx with the built config:
accessibility, best practices and SEO at 1.0, performance at least 0.95. Scores print at the end."""

from __future__ import annotations

import json
import statistics
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.quality.site_pages import lighthouse_sample, page_paths
from tests.support import ROOT

pytestmark = pytest.mark.browser

RUNNER = Path(__file__).with_name("lighthouse.mjs")
PERFECT = ("accessibility", "best-practices", "seo")
MIN_PERFORMANCE = 0.95
# Performance is timed on a shared 2-core machine and varies from run to run. Lighthouse's own guidance
# (docs/variability.md) is to judge the median of five runs: a page whose first score is below the bar is
# audited four more times and judged by the median of the five. The other categories do not vary and are
# judged on the first run.
PERFORMANCE_RUNS = 5
# Now and then Lighthouse cannot record its trace (runtimeError NO_NAVSTART, "Please run Lighthouse again"):
# a failure of the tool, not of the page, so the audit is repeated a few times before the test gives up.
AUDIT_ATTEMPTS = 3
KINDS = ["home", "guide", "error", "faq", "key-checker", "zh-TW-home", "zh-TW-error", "zh-TW-faq"]


def run_lighthouse_once(url: str) -> dict[str, Any]:
    done = subprocess.run(["node", str(RUNNER), url], cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.fail(f"lighthouse failed on {url}:\n{done.stderr[-2000:]}")
    report: dict[str, Any] = json.loads(done.stdout)
    return report


def run_lighthouse(url: str) -> dict[str, Any]:
    """A report without a runtime error, or the last attempt's report when every attempt had one."""
    for _ in range(AUDIT_ATTEMPTS):
        report = run_lighthouse_once(url)
        if not report.get("runtimeError"):
            break
    return report


def failing_audits(report: dict[str, Any], category: str) -> list[str]:
    audits = report["audits"]
    return [
        f"{ref['id']}: {audits[ref['id']]['title']} ({audits[ref['id']].get('displayValue', '')})"
        for ref in report["categories"][category]["auditRefs"]
        if ref["weight"] > 0 and audits[ref["id"]]["score"] is not None and audits[ref["id"]]["score"] < 1
    ]


@pytest.mark.parametrize("kind", KINDS)
def test_lighthouse_scores(
    kind: str, built_site: Path, nginx_url: str, lighthouse_scores: dict[str, dict[str, float]], report_dir: Path
) -> None:
    path = lighthouse_sample(page_paths(built_site))[kind]
    assert (built_site / path / "index.html").is_file(), f"no {kind} page was built at /{path}"
    report = run_lighthouse(nginx_url + path)
    (report_dir / f"lighthouse-{kind}.json").write_text(json.dumps(report), encoding="utf-8")
    if report.get("runtimeError"):
        pytest.fail(f"lighthouse could not audit /{path}: {report['runtimeError']}")
    scores = {name: float(category["score"] or 0) for name, category in report["categories"].items()}
    if scores["performance"] < MIN_PERFORMANCE:
        reruns = [run_lighthouse(nginx_url + path) for _ in range(PERFORMANCE_RUNS - 1)]
        audited = [r for r in reruns if not r.get("runtimeError")]
        runs = [scores["performance"], *(float(r["categories"]["performance"]["score"] or 0) for r in audited)]
        scores["performance"] = statistics.median(runs)
    lighthouse_scores[kind] = scores
    problems = {c: failing_audits(report, c) for c in PERFECT if scores[c] < 1}
    assert problems == {}, f"/{path}"
    assert scores["performance"] >= MIN_PERFORMANCE, (f"/{path}", failing_audits(report, "performance"))
