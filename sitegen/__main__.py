"""The build steps around any engine:

    python -m sitegen pages OUT_DIR [--config mkdocs.yml] [--prefix zh-TW/]
        the docs folder with every page generated and every tag expanded, the extended nav, the page
        manifest and a config for an engine without the keybase plugin (sitegen.docsfolder)
    python -m sitegen finish SITE_DIR --manifest OUT_DIR/manifest.json [--manifest ...] [--config mkdocs.yml]
        after the engine: head markup where a page has none, then runtime, wheel, snapshot, cards,
        sitemap, robots, CSP, service worker, deploy configs (sitegen.finish). One --manifest per language
        edition in SITE_DIR (each names its folder there), so one run finishes them all.

A bad entry stops the step with the file, entry and field named, and exit status 1.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from sitegen import configfile, docsfolder, finish, pagehead
from sitegen.buildsetup import prepare
from sitegen.errors import BuildError

log = logging.getLogger("sitegen")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m sitegen", description=__doc__.split("\n\n")[0])
    steps = parser.add_subparsers(dest="step", required=True)
    pages = steps.add_parser("pages", help="write the docs folder an engine without the plugin builds from")
    pages.add_argument("out_dir", type=Path)
    pages.add_argument("--config", type=Path, default=Path("mkdocs.yml"), help="the engine config (mkdocs.yml)")
    pages.add_argument("--prefix", default="", help="the edition's folder in the site, e.g. zh-TW/ ('' = root)")
    done = steps.add_parser("finish", help="the post-build work over a built site folder")
    done.add_argument("site_dir", type=Path)
    done.add_argument("--config", type=Path, default=Path("mkdocs.yml"), help="the engine config (mkdocs.yml)")
    done.add_argument("--manifest", type=Path, action="append", required=True, help="a page manifest (one per edition)")
    return parser


def run_pages(out_dir: Path, config_file: Path, prefix: str) -> int:
    config, site, options = configfile.read(config_file)
    setup = prepare(site, options, log)
    pages, others, nav, manifest = docsfolder.build_pages(
        setup,
        docs_dir=site.docs_dir,
        excluded=lambda rel: bool(config.exclude_docs and config.exclude_docs.match_file(rel)),
        nav=config.nav,
        site_description=site.site_description,
        prefix=prefix,
    )
    settings = docsfolder.load_config_file(config_file)
    plugins = settings.get("plugins", [])
    if isinstance(plugins, dict):  # the mapping form (mkdocs.yml uses it so that INHERIT can set one option)
        settings["plugins"] = {k: v for k, v in plugins.items() if k != configfile.PLUGIN_NAME}
    else:
        settings["plugins"] = [p for p in plugins if configfile.PLUGIN_NAME not in _name(p)]
    theme = settings.get("theme")
    if isinstance(theme, dict) and theme.get("custom_dir"):  # the written config lives elsewhere
        theme["custom_dir"] = str((setup.root / str(theme["custom_dir"])).resolve())
    # The engine's default, OUT_DIR/site: Zensical builds only inside its config's folder.
    settings.pop("site_dir", None)
    out_dir.mkdir(parents=True, exist_ok=True)
    docsfolder.write_folder(
        out_dir, docs_dir=site.docs_dir, pages=pages, others=others, nav=nav, manifest=manifest, config=settings
    )
    log.info("pages: %d pages and %d other files in %s", len(pages), len(others), out_dir / docsfolder.DOCS)
    return 0


def _name(plugin: object) -> str:
    return str(plugin if isinstance(plugin, str) else next(iter(plugin)) if isinstance(plugin, dict) else "")


def run_finish(site_dir: Path, config_file: Path, manifests: Sequence[Path]) -> int:
    _, site, options = configfile.read(config_file)
    setup = prepare(site, options, log)
    editions = []
    for path in manifests:
        manifest = docsfolder.Manifest.from_json(path.read_text(encoding="utf-8"), str(path))
        count = pagehead.write_heads(site_dir, manifest, with_card=setup.fonts is not None)
        log.info("finish: head markup checked on %d pages of %s", count, manifest.prefix or "the root edition")
        editions.append(pagehead.edition(manifest))
    report = finish.finish_site(site_dir, setup.finish_settings(), editions)
    if setup.fonts is not None:
        log.info("share cards: %d drawn, %d from the cache", report.cards_drawn, report.cards_reused)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)-7s -  %(message)s")
    args = _parser().parse_args(argv)
    start = time.perf_counter()
    try:
        if args.step == "pages":
            status = run_pages(args.out_dir, args.config, args.prefix)
        else:
            status = run_finish(args.site_dir, args.config, args.manifest)
    except BuildError as exc:
        print(f"sitegen {args.step}: {exc}", file=sys.stderr)
        return 1
    log.info("%s: done in %.1f s", args.step, time.perf_counter() - start)
    return status


if __name__ == "__main__":
    sys.exit(main())
