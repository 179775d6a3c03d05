"""After the engine: everything the site needs that no page template makes, from the built files on disk.

An engine (MkDocs with the keybase plugin, or Zensical, which runs no plugin) writes the HTML pages;
`finish_site` then adds the Pyodide runtime, the checker wheel and its manifest, the memory snapshot, the
share cards, sitemap.xml with the pages' real dates, robots.txt, the CSP (hashes of every page's inline
scripts, a <meta> in each page, the header policy), the service worker, the deploy configs and the
precompressed runtime. Its inputs are plain values: the settings, and one `Edition` per language edition
in the site folder (each edition's pages with their dates and cards), so one run covers a site folder that
holds several editions (an English root and, say, zh-TW/ built by a second config).

`python -m sitegen finish SITE_DIR` reads the editions from the page manifests `python -m sitegen pages`
wrote (sitegen.manifest); the MkDocs plugin passes the ones it collected while writing the pages.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from sitegen import cards, csp, runtime, sitemap, wheel
from sitegen.deploy import outputs as deploy
from sitegen.deploy.precompress import precompress_runtime
from sitegen.errors import BuildError
from sitegen.offline import write_service_worker
from sitegen.sitefiles import site_files
from sitegen.snapshot import add_snapshot


@dataclass(frozen=True)
class FinishSettings:
    """The keybase plugin's options as finished values (sitegen.plugin.KeybaseConfig documents each)."""

    site_url: str  # ends with "/": the root edition's address (robots.txt, nginx server_name)
    pyodide_dir: Path  # the checked npm install of the pinned Pyodide
    pyodide_version: str
    runtime_path: str  # site-relative, e.g. assets/pyodide/314.0.7
    checker_dir: str  # site-relative, e.g. assets/checker
    checker_package: Path
    snapshot: bool
    nginx_root: str
    cards_cache: Path
    fonts: cards.Fonts | None  # None: no share cards


@dataclass(frozen=True)
class Edition:
    """One language edition's pages: sitemap entries (absolute URL, last modified day) and share cards."""

    sitemap: Sequence[tuple[str, str]]
    cards: Sequence[cards.Card] = ()
    language: str = ""  # its hreflang (e.g. "zh-Hant-TW"); the sitemap pairs the editions' pages by path
    prefix: str = ""  # its folder in the site ("" for the root edition)


@dataclass(frozen=True)
class WrittenPages:
    """Pages the engine already wrote with a CSP meta in them (sitegen.pagepolicy): the script hashes that
    meta allows, and each page's own inline-script hashes, by its path in the site ('/' separators)."""

    allowed: frozenset[str]
    hashes: Mapping[str, frozenset[str]]


@dataclass(frozen=True)
class FinishReport:
    cards_drawn: int
    cards_reused: int
    header_policy: str
    script_hashes: frozenset[str]  # every inline script of every page, as the policy allows them


def finish_site(
    site_dir: Path,
    settings: FinishSettings,
    editions: Iterable[Edition],
    *,
    with_meta: bool = True,
    written: WrittenPages | None = None,
    widget_pages: Mapping[str, str] | None = None,
) -> FinishReport:
    """Every post-build step over site_dir, in the order they depend on each other.

    with_meta=False leaves the pages without the CSP <meta> (`mkdocs serve`: its live-reload script is
    inline and differs on every request, so no hash can allow it). A built site always keeps it.
    written: pages that carry a meta already (apply_csp reads them again only if its policy was wrong).
    widget_pages: every page with a widget, by its path in the site, as the engine wrote it (None: the pages
    are read from site_dir); the offline copy lists them and what they load.
    """
    editions = list(editions)
    wheel_path, manifest = write_checker(site_dir, settings)
    if settings.snapshot:
        add_snapshot(
            pyodide_dir=settings.pyodide_dir,
            pyodide_version=settings.pyodide_version,
            wheel=wheel_path,
            manifest=manifest,
        )
    stats = cards.CardStats(0, 0)
    if settings.fonts is not None:
        every_card = [card for edition in editions for card in edition.cards]
        stats = cards.write_cards(every_card, site_dir, settings.cards_cache, settings.fonts)
    alternates = sitemap.hreflang_alternates(
        settings.site_url, [(e.language, e.prefix, [url for url, _ in e.sitemap]) for e in editions if e.language]
    )
    write_sitemap(site_dir, [entry for edition in editions for entry in edition.sitemap], settings.site_url, alternates)
    script_hashes = apply_csp(site_dir, with_meta=with_meta, written=written)
    header_policy = csp.policy(script_hashes, for_header=True)
    # After the last page edit: the offline copy lists the final pages.
    checker_dir = settings.checker_dir.strip("/")
    write_service_worker(
        site_dir,
        (settings.runtime_path, checker_dir),
        (settings.runtime_path + "/", checker_dir + "/snapshot-"),
        pages=widget_pages,
    )
    # Last: the headers model needs every built file and the final policy.
    deploy.write_deploy_files(
        site_dir,
        header_policy,
        deploy.DeploySettings(
            server_name=urlsplit(settings.site_url).hostname or "localhost",
            root=settings.nginx_root,
            runtime_dir=settings.runtime_path,
            runtime_version=settings.pyodide_version,
        ),
    )
    # After every file is final: copies of the large runtime files for servers that send them as they are.
    precompress_runtime(site_dir, (settings.runtime_path, settings.checker_dir))
    return FinishReport(stats.drawn, stats.reused, header_policy, script_hashes)


def write_checker(site_dir: Path, settings: FinishSettings) -> tuple[Path, Path]:
    """The Pyodide runtime and the checker wheel with its manifest (name and sha256); returns both paths."""
    runtime.copy_runtime(settings.pyodide_dir, site_dir / settings.runtime_path)
    package = settings.checker_package
    dest = site_dir / settings.checker_dir
    built = wheel.build_wheel(package, package.name, read_version(package / "__init__.py"), dest, wheel.CACHE_DIR)
    manifest = dest / "manifest.json"
    entry = {"wheel": built.name, "sha256": hashlib.sha256(built.read_bytes()).hexdigest()}
    manifest.write_text(json.dumps(entry, indent=2) + "\n", encoding="utf-8")
    return built, manifest


def write_sitemap(
    site_dir: Path,
    entries: Iterable[tuple[str, str]],
    site_url: str,
    alternates: Mapping[str, Sequence[tuple[str, str]]] | None = None,
) -> None:
    """Replace the engine's sitemap (build date as lastmod) with the pages' real dates; add robots.txt."""
    text = sitemap.sitemap_xml(sorted(dict(entries).items()), alternates)
    (site_dir / "sitemap.xml").write_text(text, encoding="utf-8")
    with gzip.GzipFile(site_dir / "sitemap.xml.gz", "wb", mtime=0) as packed:
        packed.write(text.encode("utf-8"))
    (site_dir / "robots.txt").write_text(sitemap.robots_txt(site_url + "sitemap.xml"), encoding="utf-8")


def apply_csp(site_dir: Path, *, with_meta: bool, written: WrittenPages | None = None) -> frozenset[str]:
    """Hash every built page's inline scripts, put the meta policy in each page; returns the hashes.

    Every page of every edition under site_dir counts: one header policy serves the whole folder. A page
    in `written` is not read again: its hashes are known, and its meta is already right unless the final
    hashes differ from the ones that meta allows (then it is rewritten like any other page).
    """
    known = written.hashes if written is not None else {}
    paths = {name: site_dir / name for name in site_files(site_dir) if name.endswith(".html")}
    texts = {name: path.read_text(encoding="utf-8") for name, path in paths.items() if name not in known}
    hashes: set[str] = set()
    for name in paths:
        hashes |= known[name] if name in known else csp.inline_script_hashes(texts[name])
    if not with_meta:
        return frozenset(hashes)
    if written is not None and hashes != written.allowed:
        texts |= {name: path.read_text(encoding="utf-8") for name, path in paths.items() if name in known}
    meta_policy = csp.policy(hashes, for_header=False)
    for name, text in texts.items():
        paths[name].write_text(csp.insert_meta(text, meta_policy), encoding="utf-8")
    return frozenset(hashes)


def read_version(init_py: Path) -> str:
    """The checker's __version__, read as text so the build never imports code it ships."""
    for line in init_py.read_text(encoding="utf-8").splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip("\"'")
    raise BuildError(f"{init_py}: no __version__ line")
