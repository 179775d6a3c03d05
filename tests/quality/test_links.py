"""Every internal link and anchor on every page resolves, checked over HTTP through nginx by linkinator;
links to other hosts are listed in a report (there is no network here, and they are never fetched)."""

from __future__ import annotations

import json
import re
import subprocess
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit

from tests.support import ROOT

LINKINATOR = ROOT / "node_modules" / ".bin" / "linkinator"


def own_host() -> str:
    match = re.search(r"^site_url:\s*(\S+)", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), re.M)
    assert match, "mkdocs.yml has no site_url"
    return urlsplit(match.group(1)).hostname or ""


def test_every_internal_link_and_anchor_resolves(
    built_site: Path, nginx_url: str, pages: list[str], report_dir: Path
) -> None:
    local = re.escape(nginx_url.rstrip("/"))
    done = subprocess.run(
        [
            str(LINKINATOR),
            *(nginx_url + path for path in pages if not path.endswith("404.html")),
            "--recurse",
            "--check-fragments",
            "--skip",
            f"^(?!{local}(/|$))",  # other hosts: listed, never fetched
            "--verbosity",
            "debug",  # so skipped links appear in the output
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    links = json.loads(done.stdout)["links"]
    broken = sorted(
        {
            f"{link['url']} (status {link.get('status')}) on {link.get('parent')}"
            for link in links
            if link["state"] == "BROKEN"
        }
    )
    assert broken == []
    checked = {link["url"] for link in links if link["state"] == "OK"}
    assert {nginx_url + path for path in pages if not path.endswith("404.html")} <= checked

    external: dict[str, set[str]] = defaultdict(set)
    own: dict[str, set[str]] = defaultdict(set)
    for link in links:
        if link["state"] == "SKIPPED":
            parent = urlsplit(link.get("parent") or "").path
            target = own if urlsplit(link["url"]).hostname == own_host() else external
            target[link["url"]].add(parent)
    # Absolute links to the site's own public address (canonical, Open Graph) must name a built page.
    missing = [url for url in own if not _built(built_site, urlsplit(url).path)]
    assert missing == []
    report = report_dir / "external-links.md"
    lines = ["# External links (not fetched by the tests)", "", "| link | linked from |", "|---|---|"]
    lines += [f"| {url} | {', '.join(sorted(parents))} |" for url, parents in sorted(external.items())]
    report.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(external)} external links listed in {report}")


def _built(site: Path, path: str) -> bool:
    target = site / path.lstrip("/")
    return target.is_file() or (target / "index.html").is_file()
