"""html-validate 10 on every built page (a sample of a translated edition: tests/quality/site_pages.py),
of the MkDocs build and of the Zensical build, with the project's documented config (.htmlvalidate.json;
each rule it turns off is explained in tests/quality/README.md, as is the one rule the Zensical build
runs without)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.quality.site_pages import page_paths
from tests.support import ROOT

HTML_VALIDATE = ROOT / "node_modules" / ".bin" / "html-validate"
CONFIG = ROOT / ".htmlvalidate.json"
# Zensical's template engine writes "/" in a title as "&#x2f;", and long-title counts the characters of
# the source, so a 66-character title counts as 71 there. The same titles are held to it in the MkDocs
# build, and tests/generator/test_engines.py holds the Zensical titles to the MkDocs ones.
NOT_FOR_ZENSICAL = ("long-title",)


def config_for(engine: str, tmp_path: Path) -> Path:
    if engine == "mkdocs":
        return CONFIG
    config = json.loads(CONFIG.read_text(encoding="utf-8"))
    config["rules"] |= dict.fromkeys(NOT_FOR_ZENSICAL, "off")
    derived = tmp_path / "htmlvalidate-zensical.json"
    derived.write_text(json.dumps(config), encoding="utf-8")
    return derived


def test_every_page_is_valid_html(engine_site: Path, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    built_site = engine_site
    engine = request.node.callspec.params["engine_site"]
    files = sorted(str(built_site / (p if p.endswith(".html") else p + "index.html")) for p in page_paths(built_site))
    assert len(files) > 1
    report = tmp_path / "html-validate.json"  # a file: node may cut a long report piped to stdout at exit
    done = subprocess.run(
        [str(HTML_VALIDATE), "--config", str(config_for(engine, tmp_path)), "--formatter", f"json={report}", *files],
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
