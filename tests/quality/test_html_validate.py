"""html-validate 10 on every built page (a sample of a translated edition: tests/quality/site_pages.py),
with the project's documented config (.htmlvalidate.json;
each rule it turns off is explained in tests/quality/README.md)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.support import ROOT

HTML_VALIDATE = ROOT / "node_modules" / ".bin" / "html-validate"
CONFIG = ROOT / ".htmlvalidate.json"


def test_every_page_is_valid_html(built_site: Path, pages: list[str], tmp_path: Path) -> None:
    files = sorted(str(built_site / (p if p.endswith(".html") else p + "index.html")) for p in pages)
    assert len(files) > 1
    report = tmp_path / "html-validate.json"  # a file: node may cut a long report piped to stdout at exit
    done = subprocess.run(
        [str(HTML_VALIDATE), "--config", str(CONFIG), "--formatter", f"json={report}", *files],
        capture_output=True,
        text=True,
        check=False,
    )
    results = json.loads(report.read_text(encoding="utf-8"))
    problems = [
        f"{Path(r['filePath']).relative_to(built_site)}:{m['line']}:{m['column']} {m['ruleId']}: {m['message']}"
        for r in results
        for m in r["messages"]
    ]
    assert problems == []
    assert done.returncode == 0, done.stderr


def test_config_documents_every_rule_it_changes() -> None:
    readme = (Path(__file__).with_name("README.md")).read_text(encoding="utf-8")
    changed = json.loads(CONFIG.read_text(encoding="utf-8"))["rules"]
    undocumented = [rule for rule in changed if f"`{rule}`" not in readme]
    assert undocumented == []
