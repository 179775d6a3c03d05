"""The MkDocs plugin: wires the generator's pure functions into the build. No logic of its own."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from mkdocs.config import config_options as opt
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from sitegen import flowchart_embed, runtime, wheel, widgets
from sitegen.deploy import outputs as deploy
from sitegen.deploy import placeholder as csp_placeholder
from sitegen.errors import BuildError


class KeybaseConfig(Config):
    """Options of the `keybase` plugin in mkdocs.yml."""

    package_json = opt.Type(str, default="package.json")
    """Where the exact pyodide pin lives, relative to mkdocs.yml."""

    node_modules = opt.Type(str, default="node_modules")
    """The npm install folder that holds the pinned pyodide package, relative to mkdocs.yml."""

    runtime_dir = opt.Type(str, default="assets/pyodide")
    """Where the Pyodide runtime files are copied in the built site."""

    checker_dir = opt.Type(str, default="assets/checker")
    """Where the checker wheel and its manifest are written in the built site."""

    checker_package = opt.Type(str, default="checker")
    """The Python package shipped to the browser, relative to mkdocs.yml."""

    nginx_root = opt.Type(str, default="/var/www/ai-api-keys")
    """The folder the generated nginx server blocks serve (site/_deploy/nginx*.conf); edit per host."""


class KeybasePlugin(BasePlugin[KeybaseConfig]):
    """Checks the self-hosted runtime on every build and ships it with the checker wheel."""

    def __init__(self) -> None:
        self._root = Path(".")
        self._pyodide_dir: Path | None = None
        self._pyodide_version = ""

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self._root = Path(config.config_file_path).resolve().parent
        try:
            pinned = runtime.pinned_pyodide_version(self._root / self.config.package_json)
            self._pyodide_dir = runtime.check_installed_pyodide(self._root / self.config.node_modules, pinned)
            self._pyodide_version = pinned
        except BuildError as exc:
            raise PluginError(str(exc)) from exc
        return config

    def on_page_markdown(self, markdown: str, *, page: Page, files: Files, **_: Any) -> str:
        help_page = files.get_file_from_path("key-checker.md")
        help_url = help_page.url if help_page else None
        paths = widgets.SitePaths(self.config.runtime_dir, self.config.checker_dir, help_url)
        try:
            # The flowchart first: its "check my key" step holds the key checker's tag.
            markdown = flowchart_embed.expand_for_page(
                markdown,
                page_url=page.url,
                source=page.file.src_uri,
                data_dir=self._root / "data",
                paths=paths,
                page_url_of=lambda path: (found.url if (found := files.get_file_from_path(path)) else None),
                error_titles=lambda: flowchart_embed.catalog_titles(self._root / "data"),
            )
            return widgets.expand_key_checker(markdown, page_url=page.url, source=page.file.src_uri, paths=paths)
        except BuildError as exc:
            raise PluginError(str(exc)) from exc

    def on_post_build(self, *, config: MkDocsConfig, **_: Any) -> None:
        if self._pyodide_dir is None:  # on_config always runs first; this guards a misuse of the class
            raise PluginError("keybase: on_post_build ran before on_config")
        site_dir = Path(config.site_dir)
        runtime.copy_runtime(self._pyodide_dir, site_dir / self.config.runtime_dir)
        package_dir = self._root / self.config.checker_package
        version = _read_version(package_dir / "__init__.py")
        built = wheel.build_wheel(package_dir, package_dir.name, version, site_dir / self.config.checker_dir)
        manifest = {
            "wheel": built.name,
            "sha256": hashlib.sha256(built.read_bytes()).hexdigest(),
        }
        (site_dir / self.config.checker_dir / "manifest.json").write_text(
            json.dumps(manifest, indent=2) + "\n", encoding="utf-8"
        )
        # Last: the headers model needs every built file and the final policy.
        settings = deploy.DeploySettings(
            server_name=urlsplit(config.site_url or "http://localhost/").hostname or "localhost",
            root=self.config.nginx_root,
            runtime_dir=self.config.runtime_dir,
            runtime_version=self._pyodide_version,
        )
        try:
            deploy.write_deploy_files(site_dir, csp_placeholder.site_policy(site_dir), settings)
        except BuildError as exc:
            raise PluginError(str(exc)) from exc


def _read_version(init_py: Path) -> str:
    """The checker's __version__, read as text so the build never imports code it ships."""
    for line in init_py.read_text(encoding="utf-8").splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip("\"'")
    raise PluginError(f"{init_py}: no __version__ line")
