"""Expand the troubleshooting tags in page Markdown: the flowchart and the "paste your error" lookup.

A page asks for them with a line of its own::

    <!-- keybase:flowchart -->
    <!-- keybase:error-lookup -->

The flowchart expands to its whole tree as nested HTML (readable without JavaScript); the lookup to a
text area that the script docs/assets/flowchart/errorlookup.js wires to the key checker's worker.
The flowchart's "check my key" step shows the key checker, taken from the page's KeyCheckerTags so
its element ids follow the page's other checkers. Pure functions first; `page_handlers` is the
plugin's glue.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from checker import PROVIDERS
from sitegen import tags, widgets
from sitegen.dataset import load_dataset
from sitegen.errorpages import heading
from sitegen.errors import BuildError
from sitegen.flowchart import Flowchart, Link, render_html
from sitegen.models import error_src_uri

FLOWCHART_TAG_NAME = "flowchart"
LOOKUP_TAG_NAME = "error-lookup"
FLOWCHART_TAG = f"keybase:{FLOWCHART_TAG_NAME}"

SCRIPT_FLOWCHART = "assets/flowchart/flowchart.js"
SCRIPT_LOOKUP = "assets/flowchart/errorlookup.js"
STYLE = "assets/flowchart/flowchart.css"


def handlers(*, source: str, flowchart: Callable[[], str], lookup: Callable[[int], str]) -> dict[str, tags.Handler]:
    """The handlers of both tags on one page (tags.expand_tags); `flowchart()` and `lookup(n)` give the HTML.

    The flowchart may appear once per page (its node ids are element ids); the lookup any number of times.
    """
    seen_flowchart = False
    lookups = 0

    def flowchart_tag(tag: tags.Tag) -> str:
        nonlocal seen_flowchart
        tags.no_arguments(tag, source)
        if seen_flowchart:
            raise BuildError(f"{source}:{tag.line}: {FLOWCHART_TAG}: a second flowchart; expected one per page")
        seen_flowchart = True
        return tags.block(flowchart())

    def lookup_tag(tag: tags.Tag) -> str:
        nonlocal lookups
        tags.no_arguments(tag, source)
        lookups += 1
        return tags.block(lookup(lookups))

    return {FLOWCHART_TAG_NAME: flowchart_tag, LOOKUP_TAG_NAME: lookup_tag}


def render_lookup(*, index: int, page_url: str, paths: widgets.SitePaths) -> str:
    """The lookup's HTML: the live form (hidden by a stylesheet when scripting is off) and its no-JS note."""
    uid = f"errorlookup-{index}"

    def url(target: str) -> str:
        return html.escape(widgets.relative_url(target, page_url))

    runtime = url(paths.runtime_dir.rstrip("/") + "/")
    checker = url(paths.checker_dir.rstrip("/") + "/")
    return f"""<div class="errorlookup" id="{uid}" data-error-lookup data-error-lookup-state="idle" \
data-runtime="{runtime}" data-checker="{checker}" data-site-root="{url("./")}">
<link rel="stylesheet" href="{url(STYLE)}">
<noscript><link rel="stylesheet" href="{url(widgets.NOJS_STYLE)}">
<p class="errorlookup__nojs">Looking up a pasted error runs in your browser and needs JavaScript. Without it, \
find your error by its status code in the <a href="{url("errors/")}">error pages</a>, or run \
<code>keycheck --error</code> in a terminal.</p></noscript>
<div class="errorlookup__form">
<label class="errorlookup__label" for="{uid}-text">Paste your error</label>
<p class="errorlookup__hint" id="{uid}-hint">An exception, a JSON error body or a log line. It is matched inside \
this page and never sent anywhere; if it contains a key, only the key's start and last four characters are \
shown.</p>
<textarea class="errorlookup__text" id="{uid}-text" rows="6" autocomplete="off" spellcheck="false" \
autocapitalize="off" autocorrect="off" aria-describedby="{uid}-hint"></textarea>
<div class="errorlookup__actions">
<button class="md-button errorlookup__clear" type="button" aria-controls="{uid}-text" \
aria-label="Clear pasted error">Clear</button>
</div>
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


def page_handlers(
    *,
    page_url: str,
    source: str,
    chart: Flowchart | None,
    paths: widgets.SitePaths,
    page_url_of: Callable[[str], str | None],
    error_titles: Callable[[], dict[str, str]],
    key_checker: widgets.KeyCheckerTags,
) -> dict[str, tags.Handler]:
    """The plugin's one call: the handlers for one page. page_url_of: a docs path's site URL, or None
    when no such page. key_checker: the page's key checker tags, which number every checker on it.

    chart: the flowchart, loaded and checked with the rest of the data before any page is built.
    error_titles: every error ref ("openai/401-invalid-api-key") with its page title; read only
    when the page has a flowchart, so pages without one cost nothing.
    """

    def flowchart() -> str:
        if chart is None:
            raise BuildError(f"{source}: {FLOWCHART_TAG}: the build loaded no flowchart data")
        titles = error_titles()

        def resolve(link: Link) -> tuple[str, str] | None:
            docs_path = link.target if link.kind == "page" else error_src_uri(link.target)
            target = page_url_of(docs_path)
            if target is None:
                return None
            text = link.text if link.kind == "page" else titles[link.target]
            return widgets.relative_url(target, page_url), text or docs_path

        # The blank lines around the checker are the ones its tag's expansion puts there on a page.
        embeds = {"keycheck": lambda: f"\n{tags.block(key_checker.widget())}\n"}
        tree = render_html(chart, resolve, embeds, source="data/flowchart.yml")
        return flowchart_block(tree, page_url=page_url)

    return handlers(
        source=source,
        flowchart=flowchart,
        lookup=lambda index: render_lookup(index=index, page_url=page_url, paths=paths),
    )


def catalog_titles(data_dir: Path) -> dict[str, str]:
    """Every error ref with the heading of its page, from the validated data (the error pages' source)."""
    dataset = load_dataset(data_dir, {p.id: p.name for p in PROVIDERS.values()})
    return {e.ref: heading(e, c.provider_name) for c in dataset.catalogs for e in c.errors}
