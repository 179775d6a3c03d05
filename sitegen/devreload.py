"""Fresh code for each rebuild of `mkdocs serve`: an edit of the checker or the generator takes effect
without restarting the server.

MkDocs keeps one plugin object for the whole serve session (the plugin has on_startup), so a rebuild
runs the code imported at start. Forgetting the checker's and the generator's modules, then re-running
the plugin's module in place, makes the plugin's functions see freshly imported modules on their next
call. Used only while serving; a build never reloads anything.
"""

from __future__ import annotations

import importlib
import sys
from types import ModuleType


def reload_packages(packages: tuple[str, ...], plugin_module: str) -> None:
    """Drop every module of packages from the import cache, then re-run plugin_module in place."""
    for name in [n for n in sys.modules if n.split(".")[0] in packages and n != plugin_module]:
        module = sys.modules.pop(name)
        parent_name, _, child = name.rpartition(".")
        parent = sys.modules.get(parent_name)
        # `from package import module` reads the package's attribute first: forget that binding too.
        if isinstance(parent, ModuleType) and getattr(parent, child, None) is module:
            delattr(parent, child)
    plugin = sys.modules[plugin_module]
    # The plugin's own package must be importable again before its module is re-run.
    package_name, _, child = plugin_module.rpartition(".")
    setattr(importlib.import_module(package_name), child, plugin)
    importlib.reload(plugin)
