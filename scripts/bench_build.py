"""Time full builds of the site at 1x, 10x and 100x the data, with and without the keybase plugin.

Synthetic data: every error entry and FAQ entry is copied N times with new ids and unique texts.
The "plain" build gets the same pages as ready-made Markdown files (each page as the plugin hands it to
MkDocs: generated pages, page tags expanded) with the same navigation, and runs MkDocs without the
plugin, so the ratio is what the plugin adds (data checks, page tags, JSON-LD, CSP, sitemap, Pyodide
runtime copy and wheel). The plugin builds take their share cards from the project's card cache.
Then, on the real site, what the share cards cost: a build with cards off, one that draws every card (an
empty card cache before each run) and one that takes every card from the cache.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
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
from tests.generator.support import project_settings, write_config  # noqa: E402

# Python normally keeps the bytecode of the project's modules (__pycache__) after the first build. Where
# PYTHONDONTWRITEBYTECODE is set, every build compiles them again (about 0.3 s of CPU for sitegen and the
# checker, none for MkDocs' own installed packages), which would be counted against the plugin alone.
CAPTURE_HOOK = "bench_build_capture.py"
BUILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


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
    """docs/ as the plugin hands it to MkDocs: every page's Markdown after the plugin's work (generated
    pages written out, page tags expanded), captured by a hook during one build with the plugin."""
    docs = tmp / "plain-docs"
    shutil.copytree(ROOT / "docs", docs)
    config = write_config(
        tmp / "mkdocs-capture.yml", docs=ROOT / "docs", data=data, hooks=[str(ROOT / "scripts" / CAPTURE_HOOK)]
    )
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "--config-file", str(config), "--site-dir", str(tmp / "c")],
        cwd=ROOT,
        env=dict(BUILD_ENV, KEYBASE_CAPTURE_DIR=str(docs)),
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        sys.exit(f"bench-build: capture build failed:\n{result.stderr[-3000:]}")
    shutil.rmtree(tmp / "c")
    return docs


def _plugin_nav(data: Path) -> list[object]:
    """mkdocs.yml's nav as the plugin extends it (provider guides, error pages under their index)."""
    nav = project_settings()["nav"]
    dataset = load_dataset(data, {p.id: p.name for p in PROVIDERS.values()}, "data")
    site = SiteInfo("bench", "https://example.org/", "bench", "en", "docs/")
    return SiteGenerator(dataset, PROVIDERS, {}, lambda text: text, site).extend_nav(nav)


def _time_build(config: Path, dest: Path) -> tuple[float, float]:
    """(wall-clock, CPU) seconds of one build. CPU time (user + system of the build process and what it
    runs) moves far less than wall-clock time when other work shares the machine."""
    shutil.rmtree(dest, ignore_errors=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--quiet", "--config-file", str(config), "--site-dir", str(dest)],
        cwd=ROOT,
        env=BUILD_ENV,
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        sys.exit(f"bench-build: build failed ({config.name}):\n{result.stderr[-3000:]}")
    return elapsed, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def _rounds(runs: int, plugin: tuple[Path, Path], plain: tuple[Path, Path]) -> list[tuple[float, float, float, float]]:
    """(plugin wall, plugin CPU, plain wall, plain CPU) of each of `runs` rounds; the two builds alternate,
    so a change in the machine's load falls on both alike."""
    rounds = []
    for _ in range(runs):
        plugin_wall, plugin_cpu = _time_build(*plugin)
        plain_wall, plain_cpu = _time_build(*plain)
        rounds.append((plugin_wall, plugin_cpu, plain_wall, plain_cpu))
    return rounds


def _card_costs(runs: int) -> None:
    """Build the real site with cards off, with every card drawn and with every card cached."""
    print("\nshare cards (real site): best of", runs)
    print(f"{'cards':>8} {'wall':>7} {'cpu':>7}")
    with tempfile.TemporaryDirectory(prefix="bench-cards-") as name:
        tmp = Path(name)
        cache = tmp / "card-cache"
        data = ROOT / "data"
        docs = ROOT / "docs"
        with_cards = write_config(tmp / "cards.yml", docs=docs, data=data, plugin_options={"cards_cache": cache})
        no_cards = write_config(tmp / "none.yml", docs=docs, data=data, plugin_options={"cards": False})
        rows: dict[str, tuple[float, float]] = {}
        builds = (("off", no_cards, False), ("drawn", with_cards, True), ("cached", with_cards, False))
        for label, config, empty in builds:
            best = (float("inf"), float("inf"))
            for _ in range(runs):
                if empty:
                    shutil.rmtree(cache, ignore_errors=True)
                wall, cpu = _time_build(config, tmp / "site")
                best = (min(best[0], wall), min(best[1], cpu))
            rows[label] = best
            print(f"{label:>8} {best[0]:>7.2f} {best[1]:>7.2f}")
        cards = sum(1 for _ in cache.rglob("*.png"))
        drawn_cpu = rows["drawn"][1] - rows["off"][1]
        per_card = 1000 * drawn_cpu / max(cards, 1)
        cached_cpu = rows["cached"][1] - rows["off"][1]
        print(f"{cards} cards: drawn {drawn_cpu:+.2f} s CPU ({per_card:.0f} ms a card), cached {cached_cpu:+.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--factors", default="1,10,100", help="data multipliers to time (default 1,10,100)")
    parser.add_argument(
        "--runs", type=int, default=2, help="rounds per measurement (a plugin build, then a plain one); best and median"
    )
    parser.add_argument("--no-cards", action="store_true", help="skip the share cards' cost")
    args = parser.parse_args()
    print("wall: elapsed seconds; cpu: user + system seconds of the build process (steadier on a shared machine)")
    print(f"best of {args.runs} for each build, and the median of the {args.runs} rounds' own ratios (med)")
    print(
        f"{'data':>6} {'pages':>6} {'plugin wall':>12} {'plain wall':>11} {'ratio':>6} "
        f"{'plugin cpu':>11} {'plain cpu':>10} {'ratio':>6} {'cpu ms/page':>12} {'wall med':>9} {'cpu med':>9}"
    )
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
            # The same navigation as the plugin gives its build: generated pages listed where it lists them.
            plain_cfg = write_config(tmp / "mkdocs-plain.yml", docs=plain_docs, data=None, nav=_plugin_nav(data))
            rounds = _rounds(args.runs, (plugin_cfg, tmp / "site-plugin"), (plain_cfg, tmp / "site-plain"))
            plugin_s, plugin_cpu, plain_s, plain_cpu = (min(column) for column in zip(*rounds, strict=True))
            # Each round's own ratio, then the median: a build slowed by someone else's burst of work moves
            # one round's ratio, not the figure.
            wall_median = statistics.median(r[0] / r[2] for r in rounds)
            cpu_median = statistics.median(r[1] / r[3] for r in rounds)
            print(
                f"{str(factor) + 'x':>6} {pages:>6} {plugin_s:>12.2f} {plain_s:>11.2f} {plugin_s / plain_s:>6.2f} "
                f"{plugin_cpu:>11.2f} {plain_cpu:>10.2f} {plugin_cpu / plain_cpu:>6.2f} "
                f"{1000 * plugin_cpu / pages:>12.1f} {wall_median:>9.2f} {cpu_median:>9.2f}"
            )
            rounds_cpu = " ".join(f"{r[1]:.2f}/{r[3]:.2f}" for r in rounds)
            print(f"{'':>6} rounds, plugin/plain cpu: {rounds_cpu}")
    if not args.no_cards:
        _card_costs(args.runs)


if __name__ == "__main__":
    main()
