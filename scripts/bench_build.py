"""Time full builds of the site at 1x, 10x and 100x the data, with and without the keybase plugin.

Synthetic data: every error entry and FAQ entry is copied N times with new ids and unique texts.
The "plain" build gets the same pages as ready-made Markdown files (the generator's own output) and
runs MkDocs without the plugin, so the ratio is what the plugin adds (validation, tags, JSON-LD, CSP,
sitemap, Pyodide runtime copy and wheel).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker import PROVIDERS  # noqa: E402 - needs the project root on sys.path
from sitegen.dataset import load_dataset  # noqa: E402
from sitegen.generator import SiteGenerator, SiteInfo  # noqa: E402
from tests.generator.support import write_config  # noqa: E402


def _multiply(data: Path, factor: int) -> None:
    """Copy each error and FAQ entry factor-1 more times, with fresh ids and unique texts."""
    for path in sorted((data / "errors").glob("*.yml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        extra = []
        for k in range(1, factor):
            for entry in doc["errors"]:
                copy = dict(entry, id=f"{entry['id']}-s{k}", related=[])
                copy["summary"] = f"{entry['summary'][:110]} (copy {k})"  # with the title, within 200
                copy["title"] = f"{entry['title'][:70]} {k}"
                copy["search_title"] = f"{entry['search_title'][:44]} {k}"
                extra.append(copy)
        doc["errors"] += extra
        path.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True), encoding="utf-8")
    faq_path = data / "faq.yml"
    doc = yaml.safe_load(faq_path.read_text(encoding="utf-8"))
    base = list(doc["faq"])
    for k in range(1, factor):
        doc["faq"] += [
            dict(e, id=f"{e['id']}-s{k}", question=e["question"].removesuffix("?") + f" ({k})?") for e in base
        ]
    faq_path.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True), encoding="utf-8")


def _plain_docs(tmp: Path, data: Path) -> Path:
    """docs/ plus every generated page as a Markdown file: what a site without the generator would hold."""
    docs = tmp / "plain-docs"
    shutil.copytree(ROOT / "docs", docs)
    dataset = load_dataset(data, {p.id: p.name for p in PROVIDERS.values()}, "data")
    site = SiteInfo("bench", "https://example.org/", "bench", "en", "docs/")
    generator = SiteGenerator(dataset, PROVIDERS, {}, lambda text: text, site)
    for src_uri, content in generator.generated_pages():
        target = docs / src_uri
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
    return docs


def _time_build(config: Path, dest: Path, runs: int) -> float:
    """Best wall-clock seconds of `runs` builds (the best run is the least disturbed on a shared machine)."""
    best = float("inf")
    for _ in range(runs):
        shutil.rmtree(dest, ignore_errors=True)
        start = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--quiet", "--config-file", str(config), "--site-dir", str(dest)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        elapsed = time.perf_counter() - start
        if result.returncode != 0:
            sys.exit(f"bench-build: build failed ({config.name}):\n{result.stderr[-3000:]}")
        best = min(best, elapsed)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--factors", default="1,10,100", help="data multipliers to time (default 1,10,100)")
    parser.add_argument("--runs", type=int, default=2, help="builds per measurement; the best is reported")
    args = parser.parse_args()
    print(f"{'data':>6} {'pages':>6} {'plugin s':>9} {'plain s':>8} {'ratio':>6} {'ms/page':>8}")
    for factor in (int(f) for f in args.factors.split(",")):
        with tempfile.TemporaryDirectory(prefix="bench-build-") as name:
            tmp = Path(name)
            data = tmp / "data"
            shutil.copytree(ROOT / "data", data)
            if factor > 1:
                _multiply(data, factor)
            plain_docs = _plain_docs(tmp, data)
            pages = sum(1 for _ in plain_docs.rglob("*.md")) - sum(1 for _ in (plain_docs / "overrides").rglob("*.md"))
            plugin_cfg = write_config(tmp / "mkdocs-plugin.yml", docs=ROOT / "docs", data=data)
            plain_cfg = write_config(tmp / "mkdocs-plain.yml", docs=plain_docs, data=None)
            plugin_s = _time_build(plugin_cfg, tmp / "site-plugin", args.runs)
            plain_s = _time_build(plain_cfg, tmp / "site-plain", args.runs)
            print(
                f"{str(factor) + 'x':>6} {pages:>6} {plugin_s:>9.2f} {plain_s:>8.2f} {plugin_s / plain_s:>6.2f} "
                f"{1000 * plugin_s / pages:>8.1f}"
            )


if __name__ == "__main__":
    main()
