"""`python -m sitegen pages OUT_DIR`: the whole docs folder as an engine without the plugin needs it.

OUT_DIR/docs/          every hand-written page with its tags expanded and its announced changes worded
                       for the build day, every page made from data, and every other file of docs/
OUT_DIR/nav.yml        mkdocs.yml's nav with the generated pages in it
OUT_DIR/manifest.json  one entry per page: docs path -> URL, title, dates, breadcrumbs, card sections,
                       FAQPage questions (what `python -m sitegen finish --head` writes into the pages)
OUT_DIR/mkdocs.yml     mkdocs.yml for that folder: docs_dir and nav replaced, the keybase plugin left out

The folder is rebuilt from scratch each run (it is meant to live under a git-ignored folder).
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import yaml
from mkdocs.utils.meta import get_data

from sitegen import expand, findinglinks, navtree
from sitegen.buildsetup import BuildSetup, relative_label
from sitegen.dataset import FAQ_FILE
from sitegen.errors import BuildError
from sitegen.generator import nav_crumbs, url_crumbs

DOCS = "docs"
NAV_FILE = "nav.yml"
MANIFEST_FILE = "manifest.json"
CONFIG_FILE = "mkdocs.yml"
MANIFEST_VERSION = 1


@dataclass(frozen=True)
class PageEntry:
    """One page as the finish step needs it; url is relative to the edition's root ('' = its home)."""

    src: str
    url: str
    title: str
    description: str | None  # the front matter's; None: the engine's page gets its first paragraph
    is_home: bool
    sections: list[str]  # nav sections, outermost first (the share card's section line)
    crumbs: list[list[str]]  # [name, absolute URL], Home first
    published: str
    modified: str
    faq: list[dict[str, object]]  # FAQPage questions marked up on this page


@dataclass(frozen=True)
class Manifest:
    site_name: str
    site_url: str  # the edition's root address, ends with "/"
    site_description: str
    author: str
    language: str
    prefix: str  # the edition's folder in the site ('' for the root edition, 'zh-TW/' for another)
    pages: list[PageEntry]

    def to_json(self) -> str:
        return json.dumps({"version": MANIFEST_VERSION, **asdict(self)}, indent=1, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str, source: str) -> Manifest:
        data = json.loads(text)
        if data.pop("version", None) != MANIFEST_VERSION:
            raise BuildError(f"{source}: not a page manifest of version {MANIFEST_VERSION}; run the pages step again")
        pages = [PageEntry(**entry) for entry in data.pop("pages")]
        return cls(pages=pages, **data)


def read_docs(docs_dir: Path, excluded: Callable[[str], bool]) -> tuple[dict[str, str], list[str]]:
    """(Markdown pages by docs path, other files' docs paths) of docs_dir; dot files and excluded ones out."""
    pages: dict[str, str] = {}
    others: list[str] = []
    for path in sorted(docs_dir.rglob("*")):
        rel = path.relative_to(docs_dir).as_posix()
        if not path.is_file() or any(part.startswith(".") for part in rel.split("/")) or excluded(rel):
            continue
        if rel.endswith(".md"):
            pages[rel] = path.read_text(encoding="utf-8-sig")
        else:
            others.append(rel)
    return pages, others


def title_of(markdown: str, nav_title: str | None, src: str) -> str:
    """The page title as MkDocs gives it: front matter, nav, first level-one heading, 'Home', file name."""
    body, meta = get_data(markdown)
    if isinstance(meta.get("title"), str):
        return str(meta["title"])
    if nav_title:
        return nav_title
    heading = next((text for level, text, _ in findinglinks.headings(body) if level == 1), None)
    if heading:
        return heading
    if navtree.page_url(src) == "":
        return "Home"
    name = src.rsplit("/", 1)[-1].removesuffix(".md").replace("-", " ").replace("_", " ")
    return name.capitalize() if name.lower() == name else name


def build_pages(
    setup: BuildSetup,
    *,
    docs_dir: Path,
    excluded: Callable[[str], bool],
    nav: Sequence[object] | None,
    site_description: str,
    prefix: str = "",
) -> tuple[dict[str, str], list[str], list[object] | None, Manifest]:
    """(expanded pages by docs path, other files, extended nav, manifest) of one edition."""
    gen = setup.generator
    written, others = read_docs(docs_dir, excluded)
    generated = dict(gen.generated_pages())
    if clash := sorted(generated.keys() & written.keys()):
        raise BuildError(f"docs/{clash[0]}: a hand-written page is in the way of a generated one")
    gen.check_faq_pages(written, f"{relative_label(setup.options.data_dir.resolve(), setup.root)}/{FAQ_FILE}")
    sources = {**written, **generated}
    site_pages = {src: expand.SitePage(navtree.page_url(src), text) for src, text in sources.items()}
    expander = expand.PageExpander(gen, setup.paths, site_pages.get, setup.today)
    extended = gen.extend_nav(list(nav)) if nav is not None else None
    places = navtree.places(extended or [])
    expanded: dict[str, str] = {}
    for src in sorted(sources):  # nav order is not needed: every page's numbering is its own
        expanded[src] = expander.expand(src, site_pages[src].url, sources[src])
    home = _home(places)
    home_title = (places[home].title if home else None) or "Home"
    titles = {
        site_pages[src].url: title_of(text, places[src].title if src in places else None, src)
        for src, text in sources.items()
    }
    entries = []
    for src in sorted(sources):
        url = site_pages[src].url
        meta = get_data(sources[src])[1]
        title = titles[url]
        place = places.get(src)
        if place is not None:
            crumbs = nav_crumbs(place.sections, url, title, gen.site.url, home_title)
        else:
            crumbs = url_crumbs(url, title, titles, gen.site.url, home_title)
        updated = str(meta["updated"]) if meta.get("updated") else None
        published, modified = gen.page_dates(src, updated)
        description = meta.get("description")
        entries.append(
            PageEntry(
                src=src,
                url=url,
                title=title,
                description=str(description) if description else None,
                is_home=url == "",
                sections=[name for name, _ in place.sections] if place else [],
                crumbs=[[c.name, c.url] for c in crumbs],
                published=published,
                modified=modified,
                faq=gen.faq_items(src),
            )
        )
    manifest = Manifest(
        site_name=gen.site.name,
        site_url=gen.site.url,
        site_description=site_description,
        author=gen.site.author,
        language=gen.site.language,
        prefix=prefix,
        pages=entries,
    )
    return expanded, others, extended, manifest


def _home(places: Mapping[str, navtree.NavPlace]) -> str | None:
    return next((src for src in places if navtree.page_url(src) == ""), None)


def write_folder(
    out_dir: Path,
    *,
    docs_dir: Path,
    pages: Mapping[str, str],
    others: Sequence[str],
    nav: list[object] | None,
    manifest: Manifest,
    config: Mapping[str, Any],
) -> None:
    """Write the folder (see the module's docstring), replacing what an earlier run left there."""
    docs_out = out_dir / DOCS
    if docs_out.exists():
        shutil.rmtree(docs_out)
    for src, text in pages.items():
        target = docs_out / src
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    for src in others:
        target = docs_out / src
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(docs_dir / src, target)
    (out_dir / NAV_FILE).write_text(yaml.safe_dump(nav, sort_keys=False, allow_unicode=True), encoding="utf-8")
    (out_dir / MANIFEST_FILE).write_text(manifest.to_json(), encoding="utf-8")
    settings = {**config, "docs_dir": DOCS, "nav": nav}
    (out_dir / CONFIG_FILE).write_text(dump_config(settings), encoding="utf-8")


class PythonName(str):
    """A `!!python/name:` value of mkdocs.yml (Material's emoji functions), written back as it was."""


class _Loader(yaml.SafeLoader):
    pass


class _Dumper(yaml.SafeDumper):
    pass


_Loader.add_multi_constructor("tag:yaml.org,2002:python/name:", lambda loader, suffix, node: PythonName(suffix))
_Dumper.add_representer(
    PythonName, lambda dumper, value: dumper.represent_scalar(f"tag:yaml.org,2002:python/name:{value}", "")
)


def load_config_text(text: str) -> dict[str, Any]:
    """A config file's settings as written (tags kept), for writing a variant of it."""
    settings = yaml.load(text, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
    if not isinstance(settings, dict):
        raise BuildError("the config file is not a mapping of settings")
    return settings


def load_config_file(path: Path) -> dict[str, Any]:
    """A config file's settings with its INHERIT chain merged in as MkDocs merges it (mappings merged key by
    key, everything else replaced), so the written config stands alone wherever it is written."""
    settings = load_config_text(path.read_text(encoding="utf-8"))
    parent = settings.pop("INHERIT", None)
    if parent is None:
        return settings
    return merge_settings(load_config_file(path.parent / str(parent)), settings)


def merge_settings(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        old = merged.get(key)
        merged[key] = merge_settings(old, value) if isinstance(old, dict) and isinstance(value, dict) else value
    return merged


def dump_config(settings: Mapping[str, Any]) -> str:
    return yaml.dump(dict(settings), Dumper=_Dumper, sort_keys=False, allow_unicode=True)
