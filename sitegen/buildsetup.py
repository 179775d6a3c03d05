"""What every build step needs from the config, checked once: the pinned runtime, the validated data
loaded into a generator, the card fonts, and the settings of the finish step.

The MkDocs plugin calls `prepare` from on_config; `python -m sitegen pages|finish` call it after reading
mkdocs.yml themselves. Only plain values (paths, strings, the Markdown extension list) come in, so no
engine's objects reach the generator.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

import markdown as md

from checker import PROVIDERS
from sitegen import cards, freshness, runtime, scheduled
from sitegen.finish import FinishSettings
from sitegen.generator import SiteGenerator, SiteInfo
from sitegen.gitdates import FileDates, git_entry_dates, git_file_dates, is_shallow_clone
from sitegen.i18n import edition_build, messages
from sitegen.i18n.edition import Edition
from sitegen.sitedata import load_site_data
from sitegen.widgets import SitePaths

Log = logging.Logger | logging.LoggerAdapter[logging.Logger]  # MkDocs' plugin logger is an adapter

CACHE_DIR = ".cache/keybase"  # under mkdocs.yml's folder (git-ignored): which data files passed their schema


@dataclass(frozen=True)
class Options:
    """The keybase plugin's options (sitegen.plugin.KeybaseConfig documents each), paths absolute."""

    package_json: Path
    node_modules: Path
    runtime_dir: str
    checker_dir: str
    checker_package: Path
    nginx_root: str
    snapshot: bool
    data_dir: Path
    cards: bool
    cards_cache: Path
    cards_font: str
    language: str = ""  # a translated edition (sitegen.i18n): its data overlays and the pages' words
    edition_dir: str = ""  # the edition's folder in the finished site, e.g. "zh-TW/" ('' = the root edition)


@dataclass(frozen=True)
class SiteConfig:
    """The engine config's values the generator uses (mkdocs.yml's names)."""

    config_file: Path
    docs_dir: Path
    site_name: str
    site_url: str
    site_author: str
    site_description: str
    language: str
    markdown_extensions: Sequence[Any]
    mdx_configs: Mapping[str, Any]


@dataclass(frozen=True)
class BuildSetup:
    root: Path  # the config file's folder
    today: str
    pyodide_dir: Path
    pyodide_version: str
    runtime_path: str  # site-relative, named after the pinned version
    generator: SiteGenerator
    fonts: cards.Fonts | None
    options: Options

    @property
    def paths(self) -> SitePaths:
        """Where the runtime and the wheel are, seen from this edition's root: an edition in a folder of
        the site reuses the root edition's (the finish step writes them once, at the root)."""
        up = "../" * len(PurePosixPath(self.options.edition_dir).parts)
        return SitePaths(up + self.runtime_path, up + self.options.checker_dir)

    def finish_settings(self) -> FinishSettings:
        return FinishSettings(
            site_url=self.generator.site.url,
            pyodide_dir=self.pyodide_dir,
            pyodide_version=self.pyodide_version,
            runtime_path=self.runtime_path,
            checker_dir=self.options.checker_dir,
            checker_package=self.options.checker_package,
            snapshot=self.options.snapshot,
            nginx_root=self.options.nginx_root,
            cards_cache=self.options.cards_cache,
            fonts=self.fonts,
        )


def prepare(site: SiteConfig, options: Options, log: Log) -> BuildSetup:
    """Check the runtime pin and the providers, load and validate the data; raises BuildError."""
    root = site.config_file.resolve().parent
    today = dt.datetime.now(dt.UTC).date().isoformat()  # wording of announced changes; re-check due
    pinned = runtime.pinned_pyodide_version(options.package_json)
    pyodide_dir = runtime.check_installed_pyodide(options.node_modules, pinned)
    freshness.check_providers(PROVIDERS)
    data_dir = options.data_dir.resolve()
    label = relative_label(data_dir, root)
    names = {p.id: p.name for p in PROVIDERS.values()}
    # A translated edition: its overlays over the English data, its catalog for the pages' words.
    edition = Edition(options.language, root) if options.language else None
    messages.set_language(options.language or messages.SOURCE_LANGUAGE)
    dataset, chart = load_site_data(data_dir, names, label, cache_dir=root / CACHE_DIR, edition=edition)
    if edition is not None:
        edition_build.report_stale(edition)
        edition_build.add_search_words(edition)
    # The FAQPage text is rendered with the site's own Markdown settings, so it matches the page.
    renderer = md.Markdown(extensions=list(site.markdown_extensions), extension_configs=dict(site.mdx_configs))
    changes = freshness.changes_by_ref(PROVIDERS)

    def render(text: str) -> str:
        return str(renderer.reset().convert(scheduled.expand(text, changes, today, "FAQPage markup")))

    info = SiteInfo(
        name=site.site_name,
        url=(site.site_url or "http://localhost/").rstrip("/") + "/",
        author=site.site_author or site.site_name,
        language=site.language or "en",
        docs_prefix=relative_label(site.docs_dir.resolve(), root) + "/",
    )
    shallow = is_shallow_clone(root)
    added = {} if shallow else git_entry_dates(root, f"{label}/errors", root / CACHE_DIR)
    dates = file_dates(root, log, shallow=shallow)
    generator = SiteGenerator(dataset, PROVIDERS, dates, render, info, chart, entry_added=added)
    fonts = cards.Fonts(*cards.find_font(options.cards_font)) if options.cards else None
    # Facts past their re-check day are reported, not fatal (strict mode fails on warnings, so INFO).
    for line in freshness.due_in_site(dataset, chart, PROVIDERS, today, label):
        log.info("due for a re-check (scripts/check-freshness): %s", line)
    return BuildSetup(
        root=root,
        today=today,
        pyodide_dir=pyodide_dir,
        pyodide_version=pinned,
        runtime_path=runtime.versioned_dir(options.runtime_dir, pinned),
        generator=generator,
        fonts=fonts,
        options=options,
    )


def file_dates(root: Path, log: Log, *, shallow: bool) -> dict[str, FileDates]:
    """Git dates of the sources, or none: then pages show the dates their data was checked.
    shallow: whether root is a shallow clone (is_shallow_clone, asked once per build)."""
    if shallow:  # its oldest commit would stand in as the creation of every file
        # Info, not a warning: the site builds in strict mode, where a warning fails a CI build made
        # from a shallow checkout; the pages stay right, only less precise.
        log.info(
            "a shallow git clone has no true page dates: using the data's checked dates instead "
            "(fetch the whole history, e.g. actions/checkout with fetch-depth: 0)"
        )
        return {}
    dates = git_file_dates(root, root / CACHE_DIR)
    if not dates:
        log.info("no git history here: pages show the dates their data was checked")
    return dates


def relative_label(path: Path, root: Path) -> str:
    """path relative to the project root, for messages and git lookups (absolute when outside it)."""
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()
