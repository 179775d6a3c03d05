"""Expand the troubleshooting tags in page Markdown: the flowchart and the "paste your error" lookup.

A page asks for them with a line of its own::

    <!-- keybase:flowchart -->
    <!-- keybase:error-lookup -->

The flowchart expands to its whole tree as nested HTML (readable without JavaScript); the lookup to a
text area that the script docs/assets/flowchart/errorlookup.js wires to the key checker's worker.
The flowchart's "check my key" step holds the key checker's own tag, which the widget expansion that
runs after this one turns into the checker. Pure functions first; `expand_for_page` is the plugin's glue.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import Path

from checker import PROVIDERS
from sitegen import widgets
from sitegen.dataset import load_dataset
from sitegen.errorpages import heading
from sitegen.errors import BuildError
from sitegen.flowchart import Flowchart, Link, render_html

FLOWCHART_TAG = "keybase:flowchart"
LOOKUP_TAG = "keybase:error-lookup"
_TAG_LINE = re.compile(r"^[ ]{0,3}<!--\s*keybase:(?P<name>flowchart|error-lookup)\s*-->\s*$")
_FENCE = re.compile(r"^[ ]{0,3}(?P<fence>`{3,}|~{3,})")

SCRIPT_FLOWCHART = "assets/flowchart/flowchart.js"
SCRIPT_LOOKUP = "assets/flowchart/errorlookup.js"
STYLE = "assets/flowchart/flowchart.css"
KEYCHECK_EMBED = f"\n<!-- {widgets.TAG} -->\n"
"""The key checker's tag on a line of its own: the widget expansion turns it into the checker."""


def expand(markdown: str, *, source: str, flowchart: Callable[[], str], lookup: Callable[[int], str]) -> str:
    """Replace each tag line outside fenced code; `flowchart()` and `lookup(n)` give the HTML.

    The flowchart may appear once per page (its node ids are element ids); the lookup any number of times.
    """
    if "keybase:" not in markdown:
        return markdown
    out: list[str] = []
    fence: str | None = None
    seen_flowchart = False
    lookups = 0
    for line_no, line in enumerate(markdown.splitlines(keepends=True), start=1):
        opened = _FENCE.match(line)
        if fence is not None:
            if opened and opened["fence"][0] == fence[0] and len(opened["fence"]) >= len(fence):
                fence = None
            out.append(line)
            continue
        if opened:
            fence = opened["fence"]
            out.append(line)
            continue
        match = _TAG_LINE.match(line)
        if match is None:
            out.append(line)
        elif match["name"] == "flowchart":
            if seen_flowchart:
                raise BuildError(f"{source}:{line_no}: {FLOWCHART_TAG}: a second flowchart; expected one per page")
            seen_flowchart = True
            out.append(f"\n{flowchart()}\n\n")
        else:
            lookups += 1
            out.append(f"\n{lookup(lookups)}\n\n")
    return "".join(out)


def render_lookup(*, index: int, page_url: str, paths: widgets.SitePaths) -> str:
    """The lookup's HTML: the live form (hidden until the script mounts it) and its no-JS note."""
    uid = f"errorlookup-{index}"

    def url(target: str) -> str:
        return html.escape(widgets.relative_url(target, page_url))

    runtime = url(paths.runtime_dir.rstrip("/") + "/")
    checker = url(paths.checker_dir.rstrip("/") + "/")
    return f"""<div class="errorlookup" id="{uid}" data-error-lookup data-error-lookup-state="idle" \
data-runtime="{runtime}" data-checker="{checker}" data-site-root="{url("./")}">
<link rel="stylesheet" href="{url(STYLE)}">
<p class="errorlookup__nojs">Looking up a pasted error runs in your browser and needs JavaScript. Without it, \
find your error by its status code in the <a href="{url("errors/")}">error pages</a>, or run \
<code>keycheck --error</code> in a terminal.</p>
<div class="errorlookup__form" hidden>
<label class="errorlookup__label" for="{uid}-text">Paste your error</label>
<p class="errorlookup__hint" id="{uid}-hint">An exception, a JSON error body or a log line. It is matched inside \
this page and never sent anywhere; if it contains a key, only the key's start and last four characters are \
shown.</p>
<textarea class="errorlookup__text" id="{uid}-text" rows="6" autocomplete="off" spellcheck="false" \
autocapitalize="off" autocorrect="off" aria-describedby="{uid}-hint"></textarea>
<p class="errorlookup__progress" hidden>Loading the checker…</p>
<div class="errorlookup__error" role="alert" hidden>
<p class="errorlookup__error-text"></p>
<button class="md-button errorlookup__retry" type="button">Try again</button>
</div>
<div class="errorlookup__result" role="status" aria-live="polite"></div>
</div>
<script type="module" src="{url(SCRIPT_LOOKUP)}"></script>
</div>"""


def flowchart_block(chart_html: str, *, page_url: str) -> str:
    """The rendered tree with its stylesheet and script."""
    style = html.escape(widgets.relative_url(STYLE, page_url))
    script = html.escape(widgets.relative_url(SCRIPT_FLOWCHART, page_url))
    return (
        f'<link rel="stylesheet" href="{style}">\n{chart_html}\n<script type="module" src="{script}"></script>'
    )


# ------------------------------------------------------------------------------------------ plugin glue


def expand_for_page(
    markdown: str,
    *,
    page_url: str,
    source: str,
    chart: Flowchart | None,
    paths: widgets.SitePaths,
    page_url_of: Callable[[str], str | None],
    error_titles: Callable[[], dict[str, str]],
) -> str:
    """The plugin's one call. page_url_of: a docs path's site URL, or None when no such page.

    chart: the flowchart, loaded and checked with the rest of the data before any page is built.
    error_titles: every error ref ("openai/401-invalid-api-key") with its page title; read only
    when the page has a flowchart, so pages without one cost nothing.
    """

    def flowchart() -> str:
        if chart is None:
            raise BuildError(f"{source}: {FLOWCHART_TAG}: the build loaded no flowchart data")
        titles = error_titles()

        def resolve(link: Link) -> tuple[str, str] | None:
            docs_path = link.target if link.kind == "page" else f"errors/{link.target}.md"
            target = page_url_of(docs_path)
            if target is None:
                return None
            text = link.text if link.kind == "page" else titles[link.target]
            return widgets.relative_url(target, page_url), text or docs_path

        tree = render_html(chart, resolve, {"keycheck": KEYCHECK_EMBED}, source="data/flowchart.yml")
        return flowchart_block(tree, page_url=page_url)

    return expand(
        markdown,
        source=source,
        flowchart=flowchart,
        lookup=lambda index: render_lookup(index=index, page_url=page_url, paths=paths),
    )


def catalog_titles(data_dir: Path) -> dict[str, str]:
    """Every error ref with the heading of its page, from the validated data (the error pages' source)."""
    dataset = load_dataset(data_dir, {p.id: p.name for p in PROVIDERS.values()})
    return {e.ref: heading(e, c.provider_name) for c in dataset.catalogs for e in c.errors}
