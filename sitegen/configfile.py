"""mkdocs.yml as plain values for the build steps (sitegen.buildsetup), for the plugin and the command line.

Both engines read mkdocs.yml. Its loader (MkDocs' own, a library call: no build runs) resolves INHERIT,
validates the keybase plugin's options with their defaults and paths, and imports the `!!python/name:`
Markdown extension settings, so the command-line steps read the file exactly as the plugin sees it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig

from sitegen.buildsetup import Options, SiteConfig
from sitegen.errors import BuildError

if TYPE_CHECKING:
    from sitegen.plugin import KeybaseConfig

PLUGIN_NAME = "keybase"


def site_config(config: MkDocsConfig) -> SiteConfig:
    return SiteConfig(
        config_file=Path(config.config_file_path),
        docs_dir=Path(config.docs_dir),
        site_name=config.site_name,
        site_url=config.site_url or "",
        site_author=config.site_author or "",
        site_description=config.site_description or "",
        language=str(config.theme.get("language") or "en"),
        markdown_extensions=config.markdown_extensions,
        mdx_configs=config.mdx_configs,
    )


def options(plugin: KeybaseConfig, config: MkDocsConfig) -> Options:
    """The plugin's options; MkDocs has made its File and Dir options absolute (relative to mkdocs.yml)."""
    root = Path(config.config_file_path).resolve().parent
    return Options(
        package_json=Path(plugin.package_json),
        node_modules=Path(plugin.node_modules),
        runtime_dir=plugin.runtime_dir,
        checker_dir=plugin.checker_dir,
        checker_package=Path(plugin.checker_package),
        nginx_root=plugin.nginx_root,
        snapshot=plugin.snapshot,
        data_dir=Path(plugin.data_dir),
        cards=plugin.cards,
        cards_cache=root / plugin.cards_cache,
        cards_font=plugin.cards_font,
        language=plugin.language,
        edition_dir=plugin.edition_dir,
    )


def read(config_file: Path) -> tuple[MkDocsConfig, SiteConfig, Options]:
    """Load config_file (with INHERIT) and its keybase options; a config without the plugin is an error."""
    config = load_config(str(config_file))
    plugin = config.plugins.get(PLUGIN_NAME)
    if plugin is None:
        raise BuildError(f"{config_file}: no '{PLUGIN_NAME}' plugin in its plugins list")
    return config, site_config(config), options(plugin.config, config)
