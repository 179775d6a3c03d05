"""The MkDocs plugin: wires the generator's pure functions into the build. No logic of its own."""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlsplit

import markdown as md
from mkdocs.config import config_options as opt
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page
from mkdocs.utils.meta import get_data

from checker import PROVIDERS
from sitegen import (
    cards,
    csp,
    devreload,
    findinglinks,
    flowchart_embed,
    freshness,
    runtime,
    scheduled,
    seo,
    sitemap,
    tags,
    templating,
    wheel,
    widgets,
)
from sitegen.dataset import FAQ_FILE
from sitegen.deploy import outputs as deploy
from sitegen.deploy.precompress import precompress_runtime
from sitegen.errors import BuildError
from sitegen.generator import PageInfo, SiteGenerator, SiteInfo, nav_crumbs, url_crumbs
from sitegen.gitdates import FileDates, git_entry_dates, git_file_dates, is_shallow_clone
from sitegen.jsonld import Crumb
from sitegen.offline import write_service_worker
from sitegen.sitedata import load_site_data
from sitegen.snapshot import add_snapshot

if TYPE_CHECKING:  # only `mkdocs serve` loads the server (and its file watcher); a build never needs it
    from mkdocs.livereload import LiveReloadServer

log = get_plugin_logger("keybase")

CACHE_DIR = ".cache/keybase"  # under mkdocs.yml's folder (git-ignored): which data files passed their schema


class KeybaseConfig(Config):
    """Options of the `keybase` plugin in mkdocs.yml. Paths are relative to mkdocs.yml."""

    enabled = opt.Type(bool, default=True)
    """False builds the hand-written pages only: no generated pages, page tags, runtime or policy."""

    package_json = opt.File(exists=True, default="package.json")
    """Where the exact pyodide pin lives, relative to mkdocs.yml."""

    node_modules = opt.Dir(exists=True, default="node_modules")
    """The npm install folder that holds the pinned pyodide package, relative to mkdocs.yml."""

    runtime_dir = opt.Type(str, default="assets/pyodide")
    """Where the Pyodide runtime files are copied in the built site, under a folder named after the pinned
    version (e.g. assets/pyodide/314.0.7/), so a server may cache them for a year: a new pin is a new URL."""

    checker_dir = opt.Type(str, default="assets/checker")
    """Where the checker wheel and its manifest are written in the built site."""

    checker_package = opt.Dir(exists=True, default="checker")
    """The Python package shipped to the browser, relative to mkdocs.yml."""

    nginx_root = opt.Type(str, default="/var/www/ai-api-keys")
    """The folder the generated nginx server blocks serve (site/_deploy/nginx*.conf); edit per host."""

    snapshot = opt.Type(bool, default=True)
    """Make the Pyodide memory snapshot the checker boots from (needs Node; sitegen/snapshot.py). Without it
    the checker does a plain boot, about four times slower."""

    data_dir = opt.Dir(exists=True, default="data")
    """The structured data (YAML) and its JSON Schemas, relative to mkdocs.yml; validated before any page is built."""

    cards = opt.Type(bool, default=True)
    """Draw a share card (og:image, 1200x630 PNG) for every page; false leaves pages without an image."""

    cards_cache = opt.Type(str, default=".cache/cards")
    """Where drawn cards are kept by the hash of their inputs, relative to mkdocs.yml (git-ignored)."""

    cards_font = opt.Type(str, default="")
    """A font file for the cards instead of Debian's Noto Sans CJK (it must cover Latin and Traditional Chinese)."""


class KeybasePlugin(BasePlugin[KeybaseConfig]):
    """Checks the self-hosted runtime on every build and ships it with the checker wheel."""

    def __init__(self) -> None:
        self._root = Path(".")
        self._pyodide_dir: Path | None = None
        self._pyodide_version = ""
        self._runtime_path = ""
        self._generator: SiteGenerator | None = None
        self._nav: Navigation | None = None
        self._files: Files | None = None
        self._sitemap: dict[str, str] = {}
        self._titles: dict[str, str] | None = None
        self._finding_links: findinglinks.FindingLinks | None = None
        self._fonts: cards.Fonts | None = None
        self._cards: list[cards.Card] = []
        self._today = dt.datetime.now(dt.UTC).date().isoformat()  # wording of announced changes; re-check due
        self._serving = False
        self._dirty = False
        self._builds = 0

    def on_startup(self, *, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
        # Having on_startup keeps this one object for a whole `mkdocs serve` session.
        self._serving = command == "serve"
        self._dirty = dirty
        if self._serving:
            sys.dont_write_bytecode = True  # a fresh import must not write into the watched checker folder
            log.info("serving: pages carry no CSP meta so that live reload runs; `mkdocs build` keeps it")

    def on_serve(
        self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Callable[..., Any]
    ) -> LiveReloadServer:
        if self.config.enabled:  # MkDocs watches docs/ and mkdocs.yml; the pages are made from these too
            server.watch(self.config.data_dir)
            server.watch(self.config.checker_package)
            server.watch(str(templating.TEMPLATES_DIR))
        return server

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        if not self.config.enabled:
            return config
        if self._serving and self._builds:
            # The module's names now point at fresh imports, which the methods below look up when called.
            devreload.reload_packages(("checker", "sitegen"), __name__)
        self._builds += 1
        return self._configure(config)

    def _configure(self, config: MkDocsConfig) -> MkDocsConfig:
        self._root = Path(config.config_file_path).resolve().parent
        self._today = dt.datetime.now(dt.UTC).date().isoformat()
        try:
            pinned = runtime.pinned_pyodide_version(Path(self.config.package_json))
            self._pyodide_dir = runtime.check_installed_pyodide(Path(self.config.node_modules), pinned)
            self._pyodide_version = pinned
            self._runtime_path = runtime.versioned_dir(self.config.runtime_dir, pinned)
            freshness.check_providers(PROVIDERS)
            self._generator = self._load_generator(config)
            self._fonts = cards.Fonts(*cards.find_font(self.config.cards_font)) if self.config.cards else None
        except BuildError as exc:
            raise PluginError(str(exc)) from exc
        gen = self._generator
        label = _relative_label((self._root / self.config.data_dir).resolve(), self._root)
        # Facts past their re-check day are reported, not fatal (strict mode fails on warnings, so INFO).
        today = self._today
        for line in freshness.due_in_site(gen.dataset, gen.flowchart, PROVIDERS, today, label):
            log.info("due for a re-check (scripts/check-freshness): %s", line)
        if config.nav is not None:
            config.nav = gen.extend_nav(config.nav)
        self._sitemap = {}
        self._titles = None
        self._finding_links = None
        self._cards = []
        return config

    def _scheduled(self, text: str, where: str) -> str:
        """Announced changes in text, worded for the build day (sitegen.scheduled)."""
        return scheduled.expand(text, freshness.changes_by_ref(PROVIDERS), self._today, where)

    def _load_generator(self, config: MkDocsConfig) -> SiteGenerator:
        data_dir = Path(self.config.data_dir).resolve()
        label = _relative_label(data_dir, self._root)
        names = {p.id: p.name for p in PROVIDERS.values()}
        dataset, chart = load_site_data(data_dir, names, label, cache_dir=self._root / CACHE_DIR)
        # The FAQPage text is rendered with the site's own Markdown settings, so it matches the page.
        renderer = md.Markdown(extensions=config.markdown_extensions, extension_configs=config.mdx_configs)

        def render(text: str) -> str:
            return str(renderer.reset().convert(self._scheduled(text, "FAQPage markup")))

        site = SiteInfo(
            name=config.site_name,
            url=(config.site_url or "http://localhost/").rstrip("/") + "/",
            author=config.site_author or config.site_name,
            language=str(config.theme.get("language") or "en"),
            docs_prefix=_relative_label(Path(config.docs_dir).resolve(), self._root) + "/",
        )
        added = {} if is_shallow_clone(self._root) else git_entry_dates(self._root, f"{label}/errors")
        return SiteGenerator(dataset, PROVIDERS, self._file_dates(), render, site, chart, entry_added=added)

    def _file_dates(self) -> dict[str, FileDates]:
        """Git dates of the sources, or none: then pages show the dates their data was checked."""
        if is_shallow_clone(self._root):  # its oldest commit would stand in as the creation of every file
            # Info, not a warning: the site builds in strict mode, where a warning fails a CI build made
            # from a shallow checkout; the pages stay right, only less precise.
            log.info(
                "a shallow git clone has no true page dates: using the data's checked dates instead "
                "(fetch the whole history, e.g. actions/checkout with fetch-depth: 0)"
            )
            return {}
        dates = git_file_dates(self._root)
        if not dates:
            log.info("no git history here: pages show the dates their data was checked")
        return dates

    def _gen(self) -> SiteGenerator:
        if self._generator is None:  # on_config always runs first; this guards a misuse of the class
            raise PluginError("keybase: a page event ran before on_config")
        return self._generator

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        if not self.config.enabled:
            return files
        gen = self._gen()
        for src_uri, content in gen.generated_pages():
            if files.get_file_from_path(src_uri) is not None:
                raise PluginError(f"docs/{src_uri}: a hand-written page is in the way of a generated one")
            files.append(File.generated(config, src_uri, content=content))
        written = {f.src_uri: f.content_string for f in files.documentation_pages() if f.generated_by is None}
        try:
            gen.check_faq_pages(written, f"{_relative_label(Path(self.config.data_dir), self._root)}/{FAQ_FILE}")
        except BuildError as exc:
            raise PluginError(str(exc)) from exc
        self._files = files
        return files

    def on_nav(self, nav: Navigation, **_: Any) -> Navigation:
        self._nav = nav
        return nav

    def _links(self, files: Files) -> findinglinks.FindingLinks:
        """Every finding's page, read and checked once per build, when the first page needs it."""
        if self._finding_links is None:

            def read(path: str) -> findinglinks.PageSource | None:
                found = files.get_file_from_path(path)
                if found is None or not found.is_documentation_page():
                    return None
                return findinglinks.PageSource(found.url, found.content_string)

            try:
                self._finding_links = findinglinks.resolve(read)
            except BuildError as exc:
                raise PluginError(str(exc)) from exc
        return self._finding_links

    def on_page_markdown(self, markdown: str, *, page: Page, files: Files, **_: Any) -> str:
        if not self.config.enabled or "keybase:" not in markdown:  # most pages have no tag: nothing to set up
            return markdown
        paths = widgets.SitePaths(self._runtime_path, self.config.checker_dir)
        source = page.file.src_uri
        # One checker numbering per page: the flowchart's "check my key" step takes its checker from it.
        key_checker = widgets.KeyCheckerTags(
            page_url=page.url, source=source, paths=paths, links=lambda: self._links(files)
        )
        handlers = tags.combine(
            key_checker.handlers(),
            flowchart_embed.page_handlers(
                page_url=page.url,
                source=source,
                chart=self._gen().flowchart,
                paths=paths,
                page_url_of=lambda path: found.url if (found := files.get_file_from_path(path)) else None,
                error_titles=self._gen().error_titles,  # the validated catalog, not a second read of data/
                key_checker=key_checker,
            ),
            self._gen().tag_handlers(source),
        )
        try:
            markdown = self._scheduled(tags.expand_tags(markdown, handlers, source), source)
            leftover = tags.leftover_tags(markdown, source)
        except BuildError as exc:
            raise PluginError(str(exc)) from exc
        if leftover:
            raise PluginError(f"{source}:{leftover[0].line}: unknown tag keybase:{leftover[0].name}")
        return markdown

    def on_page_content(self, html: str, *, page: Page, **_: Any) -> str:
        if not self.config.enabled:
            return html
        # A page without a description of its own gets its first paragraph, never the site-wide one.
        if not page.meta.get("description") and (derived := seo.description_from_content(html)):
            page.meta["description"] = derived
        return html

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig, **_: Any) -> str:
        if not self.config.enabled:
            return output
        gen = self._gen()
        title = str(page.meta.get("title") or page.title or config.site_name)
        info = PageInfo(
            src_uri=page.file.src_uri,
            url=page.canonical_url or gen.site.url + page.url,
            title=title,
            description=str(page.meta.get("description") or config.site_description or ""),
            is_home=page.is_homepage,
            crumbs=self._crumbs(page, title, gen.site.url),
            meta_updated=str(page.meta["updated"]) if page.meta.get("updated") else None,
            image=self._card(page, title, config.site_name, gen.site.url),
        )
        self._sitemap[info.url] = gen.page_dates(info.src_uri, info.meta_updated)[1]
        return seo.insert_before_head_end(output, gen.head_html(info))

    def _card(self, page: Page, title: str, site_name: str, site_url: str) -> seo.ShareImage | None:
        """The page's share card, drawn after the build (on_post_build); None when cards are off."""
        if self._fonts is None:
            return None
        sections = [str(s.title) for s in reversed(list(page.ancestors)) if isinstance(s, Section)]
        card = cards.card_for(title=title, sections=sections, site_name=site_name, page_url=page.url)
        self._cards.append(card)
        return cards.share_image(card, site_url)

    def _crumbs(self, page: Page, title: str, site_url: str) -> tuple[Crumb, ...]:
        home = str(self._nav.homepage.title) if self._nav and self._nav.homepage else "Home"
        if page.ancestors:
            outermost_first = list(page.ancestors)[::-1]
            sections = [(str(s.title), _section_index_url(s)) for s in outermost_first if isinstance(s, Section)]
            return nav_crumbs(sections, page.url, title, site_url, home)
        return url_crumbs(page.url, title, self._titles_by_url(), site_url, home)

    def _titles_by_url(self) -> dict[str, str]:
        """Every page's title by URL; built once, when the first page is written (all pages are read by then)."""
        if self._titles is None:
            self._titles = {
                file.page.url: str(file.page.meta.get("title") or file.page.title)
                for file in (self._files.documentation_pages() if self._files else [])
                if file.page is not None and file.page.title
            }
        return self._titles

    def on_post_build(self, *, config: MkDocsConfig, **_: Any) -> None:
        if not self.config.enabled:
            return
        if self._pyodide_dir is None:  # on_config always runs first; this guards a misuse of the class
            raise PluginError("keybase: on_post_build ran before on_config")
        site_dir = Path(config.site_dir)
        runtime.copy_runtime(self._pyodide_dir, site_dir / self._runtime_path)
        package_dir = Path(self.config.checker_package)
        version = _read_version(package_dir / "__init__.py")
        built = wheel.build_wheel(package_dir, package_dir.name, version, site_dir / self.config.checker_dir)
        manifest = {
            "wheel": built.name,
            "sha256": hashlib.sha256(built.read_bytes()).hexdigest(),
        }
        (site_dir / self.config.checker_dir / "manifest.json").write_text(
            json.dumps(manifest, indent=2) + "\n", encoding="utf-8"
        )
        self._add_snapshot(built, site_dir / self.config.checker_dir / "manifest.json")
        if self._fonts is not None:
            stats = cards.write_cards(self._cards, site_dir, self._root / self.config.cards_cache, self._fonts)
            log.info("share cards: %d drawn, %d from the cache", stats.drawn, stats.reused)
        if self._dirty:  # a --dirty build wrote only the changed pages; the sitemap still lists them all
            self._add_unchanged_pages_to_sitemap()
        self._write_sitemap(site_dir)
        # MkDocs' live-reload script is inline and differs on every request, so no hash can allow it: the
        # served pages go without the meta policy. Every built site (`mkdocs build`) keeps it.
        header_policy = self._apply_csp(site_dir, with_meta=not self._serving)
        # After the last page edit: the offline copy lists the final pages.
        checker_dir = self.config.checker_dir.strip("/")
        write_service_worker(
            site_dir, (self._runtime_path, checker_dir), (self._runtime_path + "/", checker_dir + "/snapshot-")
        )
        # Last: the headers model needs every built file and the final policy.
        settings = deploy.DeploySettings(
            server_name=urlsplit(config.site_url or "http://localhost/").hostname or "localhost",
            root=self.config.nginx_root,
            runtime_dir=self._runtime_path,
            runtime_version=self._pyodide_version,
        )
        try:
            deploy.write_deploy_files(site_dir, header_policy, settings)
        except BuildError as exc:
            raise PluginError(str(exc)) from exc
        # After every file is final: copies of the large runtime files for servers that send them as they are.
        precompress_runtime(site_dir, (self._runtime_path, self.config.checker_dir))

    def _add_snapshot(self, wheel_path: Path, manifest: Path) -> None:
        """The Pyodide memory snapshot the worker boots from, next to the wheel and named in its manifest."""
        if self._pyodide_dir is None or not self.config.snapshot:
            return
        try:
            add_snapshot(
                pyodide_dir=self._pyodide_dir,
                pyodide_version=self._pyodide_version,
                wheel=wheel_path,
                manifest=manifest,
            )
        except BuildError as exc:
            raise PluginError(str(exc)) from exc

    def _add_unchanged_pages_to_sitemap(self) -> None:
        gen = self._gen()
        for file in self._files.documentation_pages() if self._files else []:
            url = gen.site.url + file.url
            if url not in self._sitemap:
                updated = get_data(file.content_string)[1].get("updated")
                self._sitemap[url] = gen.page_dates(file.src_uri, str(updated) if updated else None)[1]

    def _write_sitemap(self, site_dir: Path) -> None:
        """Replace MkDocs' sitemap (build date as lastmod) with the pages' real dates; add robots.txt."""
        text = sitemap.sitemap_xml(sorted(self._sitemap.items()))
        (site_dir / "sitemap.xml").write_text(text, encoding="utf-8")
        with gzip.GzipFile(site_dir / "sitemap.xml.gz", "wb", mtime=0) as packed:
            packed.write(text.encode("utf-8"))
        robots = sitemap.robots_txt(self._gen().site.url + "sitemap.xml")
        (site_dir / "robots.txt").write_text(robots, encoding="utf-8")

    @staticmethod
    def _apply_csp(site_dir: Path, *, with_meta: bool) -> str:
        """Hash every built page's inline scripts, put the meta policy in each page; returns the header policy."""
        texts = {path: path.read_text(encoding="utf-8") for path in sorted(site_dir.rglob("*.html"))}
        hashes: set[str] = set()
        for text in texts.values():
            hashes |= csp.inline_script_hashes(text)
        meta_policy = csp.policy(hashes, for_header=False)
        for path, text in texts.items() if with_meta else ():
            path.write_text(csp.insert_meta(text, meta_policy), encoding="utf-8")
        return csp.policy(hashes, for_header=True)


def _section_index_url(section: Section) -> str | None:
    """The URL of a section's index page (navigation.indexes), or None."""
    first = section.children[0] if section.children else None
    if isinstance(first, Page) and first.file.name == "index":
        return first.url
    return None


def _relative_label(path: Path, root: Path) -> str:
    """path relative to the project root, for messages and git lookups (absolute when outside it)."""
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def _read_version(init_py: Path) -> str:
    """The checker's __version__, read as text so the build never imports code it ships."""
    for line in init_py.read_text(encoding="utf-8").splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip("\"'")
    raise PluginError(f"{init_py}: no __version__ line")
