"""The MkDocs plugin: wires the generator's pure functions into the build. No logic of its own."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from mkdocs.config import config_options as opt
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page
from mkdocs.utils.meta import get_data

from sitegen import (
    buildgc,
    buildsetup,
    cards,
    configfile,
    devreload,
    docsfolder,
    expand,
    finish,
    offline,
    pagepolicy,
    seo,
    templating,
)
from sitegen.dataset import FAQ_FILE
from sitegen.errors import BuildError
from sitegen.generator import PageInfo, SiteGenerator, nav_crumbs, url_crumbs
from sitegen.i18n import edition_build
from sitegen.jsonld import Crumb

if TYPE_CHECKING:  # only `mkdocs serve` loads the server (and its file watcher); a build never needs it
    from mkdocs.livereload import LiveReloadServer

log = get_plugin_logger("keybase")


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

    finish = opt.Type(bool, default=True)
    """False leaves the post-build work (runtime, wheel, snapshot, cards, sitemap, CSP, service worker, deploy
    files) to `python -m sitegen finish`, run once over a site folder that holds several editions, each
    built by its own config; set `manifest` so that step knows this edition's pages."""

    manifest = opt.Type(str, default="")
    """Where to write this edition's page manifest (relative to mkdocs.yml; empty: none), the input of
    `python -m sitegen finish --manifest` (sitegen.docsfolder.Manifest)."""

    language = opt.Type(str, default="")
    """Build a translated edition (e.g. zh-TW; i18n/README.md): data overlays from i18n/<language>/data, the
    generated pages' words from sitegen/locale, and an English page from `source_docs` wherever
    i18n/<language>/docs has no translation yet. Set `edition_dir` and `finish: false` with it: the edition
    is built into a folder of the English site and `python -m sitegen finish` then covers both (scripts/build)."""

    source_docs = opt.Type(str, default="docs")
    """The English pages (and assets) a translated edition falls back on, relative to mkdocs.yml (read only
    when `language` is set)."""

    edition_dir = opt.Type(str, default="")
    """This edition's folder in the finished site, ending in "/" (e.g. "zh-TW/"; empty: the root edition);
    recorded in the manifest so the finish step finds its pages and puts its share cards there."""


class KeybasePlugin(BasePlugin[KeybaseConfig]):
    """The build steps of sitegen, called from MkDocs' events: the generated pages join MkDocs' files, each
    page's tags are expanded (sitegen.expand), each page gets its head markup, and sitegen.finish runs
    after the build. `python -m sitegen pages|finish` run the same steps around an engine with no plugin."""

    def __init__(self) -> None:
        self._setup: buildsetup.BuildSetup | None = None
        self._nav: Navigation | None = None
        self._files: Files | None = None
        self._sitemap: dict[str, str] = {}
        self._titles: dict[str, str] | None = None
        self._expander: expand.PageExpander | None = None
        self._cards: list[cards.Card] = []
        self._entries: list[docsfolder.PageEntry] = []
        self._policy: pagepolicy.PagePolicy | None = None
        self._widget_pages: dict[str, str] = {}  # dest path -> final HTML, for the offline copy's list
        self._serving = False
        self._held = False  # buildgc.hold() ran for this build
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
        try:
            self._setup = buildsetup.prepare(
                configfile.site_config(config), configfile.options(self.config, config), log
            )
        except BuildError as exc:
            raise PluginError(str(exc)) from exc
        if config.nav is not None:
            config.nav = self._setup.generator.extend_nav(config.nav)
        self._sitemap = {}
        self._titles = None
        self._expander = None
        self._cards = []
        self._entries = []
        self._widget_pages = {}
        # The served pages carry no meta (on_post_build); a built site's pages get it as they are written.
        with_meta = self.config.finish and not self._serving
        self._policy = pagepolicy.load(self._setup.root / buildsetup.CACHE_DIR) if with_meta else None
        # What was loaded so far lives until the build ends. Not while serving: a rebuild there reloads the
        # packages and drops the old objects, and a held set would grow with every edit.
        self._held = not self._serving
        if self._held:
            buildgc.hold()
        return config

    def _prepared(self) -> buildsetup.BuildSetup:
        if self._setup is None:  # on_config always runs first; this guards a misuse of the class
            raise PluginError("keybase: a page event ran before on_config")
        return self._setup

    def _gen(self) -> SiteGenerator:
        return self._prepared().generator

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        if not self.config.enabled:
            return files
        gen = self._gen()
        for src_uri, content in gen.generated_pages():
            if files.get_file_from_path(src_uri) is not None:
                raise PluginError(f"docs/{src_uri}: a hand-written page is in the way of a generated one")
            files.append(File.generated(config, src_uri, content=content))
        if self.config.language:
            source_docs = self._prepared().root / self.config.source_docs
            if not source_docs.is_dir():
                raise PluginError(f"keybase: source_docs: no folder {source_docs}")
            missing = edition_build.source_files(source_docs, {f.src_uri for f in files})
            for relative in missing:
                files.append(File(relative, str(source_docs), config.site_dir, config.use_directory_urls))
            pages = sum(name.endswith(".md") for name in missing)
            log.info("%s: %d English pages stand in for missing translations", self.config.language, pages)
        written = {f.src_uri: f.content_string for f in files.documentation_pages() if f.generated_by is None}
        try:
            data_label = buildsetup.relative_label(Path(self.config.data_dir), self._prepared().root)
            gen.check_faq_pages(written, f"{data_label}/{FAQ_FILE}")
        except BuildError as exc:
            raise PluginError(str(exc)) from exc
        self._files = files
        return files

    def on_nav(self, nav: Navigation, **_: Any) -> Navigation:
        self._nav = nav
        return nav

    def on_page_markdown(self, markdown: str, *, page: Page, files: Files, **_: Any) -> str:
        if not self.config.enabled:
            return markdown
        if self._expander is None:  # one per build (on_config resets it): finding links are read once

            def site_page(path: str) -> expand.SitePage | None:
                found = files.get_file_from_path(path)
                if found is None or not found.is_documentation_page():
                    return None
                return expand.SitePage(found.url, found.content_string)

            setup = self._prepared()
            self._expander = expand.PageExpander(setup.generator, setup.paths, site_page, setup.today)
        try:
            return self._expander.expand(page.file.src_uri, page.url, markdown)
        except BuildError as exc:
            raise PluginError(str(exc)) from exc

    def on_page_content(self, html: str, *, page: Page, **_: Any) -> str:
        if not self.config.enabled:
            return html
        # A page without a description of its own gets its first paragraph, never the site-wide one.
        if not page.meta.get("description") and (derived := seo.description_from_content(html)):
            page.meta["description"] = derived
        return html

    @event_priority(-100)  # last: the CSP hashes noted here must be those of the page as it is written
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
        if self.config.manifest:
            self._entries.append(self._entry(page, info))
        if self._policy is not None:  # the head markup and the CSP meta, in one copy of the page
            output = self._policy.add(page.file.dest_uri, output, gen.head_html(info))
        else:
            output = seo.insert_before_head_end(output, gen.head_html(info))
        if offline.is_widget_page(output):  # noted here, so the finish step need not read every page again
            self._widget_pages[page.file.dest_uri] = output
        return output

    def _entry(self, page: Page, info: PageInfo) -> docsfolder.PageEntry:
        """The page as the finish step's manifest lists it (the head markup is in the page already)."""
        published, modified = self._gen().page_dates(info.src_uri, info.meta_updated)
        return docsfolder.PageEntry(
            src=info.src_uri,
            url=page.url,
            title=info.title,
            description=info.description,
            is_home=info.is_home,
            sections=[str(s.title) for s in reversed(list(page.ancestors)) if isinstance(s, Section)],
            crumbs=[[c.name, c.url] for c in info.crumbs],
            published=published,
            modified=modified,
            faq=self._gen().faq_items(info.src_uri),
        )

    def _card(self, page: Page, title: str, site_name: str, site_url: str) -> seo.ShareImage | None:
        """The page's share card, drawn after the build (on_post_build); None when cards are off."""
        if self._prepared().fonts is None:
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
        try:
            self._post_build(config)
        finally:
            self._release()

    def on_build_error(self, *, error: Exception) -> None:
        self._release()

    def _release(self) -> None:
        if self._held:
            self._held = False
            buildgc.release()

    def _post_build(self, config: MkDocsConfig) -> None:
        if self._dirty:  # a --dirty build wrote only the changed pages; the sitemap still lists them all
            self._add_unchanged_pages_to_sitemap()
        setup = self._prepared()
        if self.config.manifest:
            self._write_manifest(config)
        if not self.config.finish:
            return
        edition = finish.Edition(sitemap=sorted(self._sitemap.items()), cards=self._cards)
        try:
            # MkDocs' live-reload script is inline and differs on every request, so no hash can allow it:
            # the served pages go without the meta policy. Every built site (`mkdocs build`) keeps it.
            report = finish.finish_site(
                Path(config.site_dir),
                setup.finish_settings(),
                [edition],
                with_meta=not self._serving,
                written=self._policy.written() if self._policy else None,
                # A --dirty build saw only the changed pages: the finish step then reads them all.
                widget_pages=None if self._dirty else self._widget_pages,
            )
        except BuildError as exc:
            raise PluginError(str(exc)) from exc
        if not self._serving:
            pagepolicy.remember(setup.root / buildsetup.CACHE_DIR, report.script_hashes)
        if setup.fonts is not None:
            log.info("share cards: %d drawn, %d from the cache", report.cards_drawn, report.cards_reused)

    def _write_manifest(self, config: MkDocsConfig) -> None:
        gen = self._gen()
        manifest = docsfolder.Manifest(
            site_name=gen.site.name,
            site_url=gen.site.url,
            site_description=config.site_description or "",
            author=gen.site.author,
            language=gen.site.language,
            prefix=self.config.edition_dir,
            pages=sorted(self._entries, key=lambda entry: entry.src),
        )
        path = self._prepared().root / self.config.manifest
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(manifest.to_json(), encoding="utf-8")

    def _add_unchanged_pages_to_sitemap(self) -> None:
        gen = self._gen()
        for file in self._files.documentation_pages() if self._files else []:
            url = gen.site.url + file.url
            if url not in self._sitemap:
                updated = get_data(file.content_string)[1].get("updated")
                self._sitemap[url] = gen.page_dates(file.src_uri, str(updated) if updated else None)[1]


def _section_index_url(section: Section) -> str | None:
    """The URL of a section's index page (navigation.indexes), or None."""
    first = section.children[0] if section.children else None
    if isinstance(first, Page) and first.file.name == "index":
        return first.url
    return None
