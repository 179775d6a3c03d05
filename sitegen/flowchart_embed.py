"""Expand the troubleshooting tags in page Markdown: the flowchart and the "paste your error" lookup.

A page asks for them with a line of its own::

    <!-- keybase:flowchart -->
    <!-- keybase:error-lookup -->

The flowchart expands to its whole tree as nested HTML (readable without JavaScript); the lookup to a
text area that the script docs/assets/errorlookup/errorlookup.js wires to the key checker's worker.
The flowchart's "check my key" step shows the key checker, taken from the page's KeyCheckerTags so
its element ids follow the page's other checkers. Pure functions first; `page_handlers` is the
plugin's glue.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Mapping
from pathlib import Path

from checker import PROVIDERS
from sitegen import tags, widgets
from sitegen.dataset import load_dataset
from sitegen.errorpages import heading
from sitegen.errors import BuildError
from sitegen.flowchart import Flowchart, Link, render_html
from sitegen.i18n.messages import N_, SOURCE_LANGUAGE, _, current
from sitegen.models import error_src_uri

FLOWCHART_TAG_NAME = "flowchart"
LOOKUP_TAG_NAME = "error-lookup"
FLOWCHART_TAG = f"keybase:{FLOWCHART_TAG_NAME}"

SCRIPT_FLOWCHART = "assets/flowchart/flowchart.js"
STYLE = "assets/flowchart/flowchart.css"
# The lookup's own folder: it is a widget of its own, shown with or without the flowchart.
SCRIPT_LOOKUP = "assets/errorlookup/errorlookup.js"
LOOKUP_STYLE = "assets/errorlookup/errorlookup.css"


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


# The words errorlookup.js shows (the English is written there too): a page not in English carries them
# translated in a JSON block (class errorlookup__words). Same tables and keys as the script.
SCRIPT_WORDS: dict[str, dict[str, str]] = {
    "failures": {
        "no-wasm": N_("This browser cannot run WebAssembly, which the lookup needs."),
        "no-module-worker": N_("This browser cannot start the background worker the lookup runs in."),
        "insecure": N_("The lookup needs a secure (https) page to verify its own files."),
        "timeout": N_("Loading the checker took too long."),
    },
    "confidence": {"high": N_("Strong match"), "medium": N_("Likely match"), "low": N_("Possible match")},
    "retry": {
        "yes": N_("Retrying helps."),
        "no": N_("Retrying does not help."),
        "depends": N_("Retrying may help."),
    },
    "lookup": {
        "failureDefault": N_("The checker could not be loaded from this site."),
        "failureHint": N_(" The error pages linked above work without it. Try again, or check your connection."),
        "keyInText": N_("Key in the text: "),
        "none": N_(
            "No entry of the error catalog matches this text. Check that it holds the error message itself, or "
            "follow the questions below."
        ),
        "match": N_("Match"),
        "firstStep": N_("{confidence}. First step: {fix} "),
        "why": N_("Why: {reasons}."),
        "reasonSeparator": N_("; "),
    },
}
# {error_pages} is a link whose text is ERROR_PAGES; {command} is <code>keycheck --error</code>.
NOJS_NOTE = N_(
    "Looking up a pasted error runs in your browser and needs JavaScript. Without it, find your error by its "
    "status code in the {error_pages}, or run {command} in a terminal."
)
ERROR_PAGES = N_("error pages")
HINT = N_(
    "An exception, a JSON error body or a log line. It is matched inside this page and never sent anywhere; if "
    "it contains a key, only the key's start and last four characters are shown."
)


def answers_json(answers: Mapping[str, tuple[str, str]]) -> str:
    """{ref: [heading, first fix]} for a <script type="application/json"> block (<, > and & escaped)."""
    data = {ref: list(pair) for ref, pair in sorted(answers.items())}
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render_lookup(
    *, index: int, page_url: str, paths: widgets.SitePaths, answers: Mapping[str, tuple[str, str]] | None = None
) -> str:
    """The lookup's HTML: the live form (hidden by a stylesheet when scripting is off) and its no-JS note,
    worded in the build's language (sitegen.i18n.messages); the lookup answers in the page's <html lang>.

    answers: every error ref with its page heading and first fix in the build's language; a page not in
    English carries them (the checker's catalog has the English ones), so a match reads in the page's
    language too."""
    uid = f"errorlookup-{index}"

    def url(target: str) -> str:
        return html.escape(widgets.relative_url(target, page_url))

    runtime = url(paths.runtime_dir.rstrip("/") + "/")
    checker = url(paths.checker_dir.rstrip("/") + "/")
    esc = html.escape
    # Babel does not read inside f-strings: each word is taken out of the markup first.
    word = {
        "label": esc(_("Paste your error")),
        "clear": esc(_("Clear")),
        "clear_label": esc(_("Clear pasted error")),
        "loading": esc(_("Loading the checker…")),
        "retry": esc(_("Try again")),
    }
    error_pages = f'<a href="{url("errors/")}">{esc(_(ERROR_PAGES), quote=False)}</a>'
    nojs = esc(_(NOJS_NOTE), quote=False).format(error_pages=error_pages, command="<code>keycheck --error</code>")
    words = ""
    if current() != SOURCE_LANGUAGE:
        block = widgets.words_json(SCRIPT_WORDS)
        words = f'\n<script type="application/json" class="errorlookup__words">{block}</script>'
        if answers:
            words += f'\n<script type="application/json" class="errorlookup__answers">{answers_json(answers)}</script>'
    return f"""<div class="errorlookup" id="{uid}" data-error-lookup data-error-lookup-state="idle" \
data-runtime="{runtime}" data-checker="{checker}" data-site-root="{url("./")}">
<link rel="stylesheet" href="{url(LOOKUP_STYLE)}">{words}
<noscript><link rel="stylesheet" href="{url(widgets.NOJS_STYLE)}">
<p class="errorlookup__nojs">{nojs}</p></noscript>
<div class="errorlookup__form">
<label class="errorlookup__label" for="{uid}-text">{word["label"]}</label>
<p class="errorlookup__hint" id="{uid}-hint">{esc(_(HINT), quote=False)}</p>
<textarea class="errorlookup__text" id="{uid}-text" rows="6" autocomplete="off" spellcheck="false" \
autocapitalize="off" autocorrect="off" aria-describedby="{uid}-hint"></textarea>
<div class="errorlookup__actions">
<button class="md-button errorlookup__clear" type="button" aria-controls="{uid}-text" \
aria-label="{word["clear_label"]}">{word["clear"]}</button>
</div>
<p class="errorlookup__progress" hidden>{word["loading"]}</p>
<div class="errorlookup__error" role="alert" hidden>
<p class="errorlookup__error-text"></p>
<button class="md-button errorlookup__retry" type="button">{word["retry"]}</button>
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
    error_answers: Callable[[], Mapping[str, tuple[str, str]]] | None = None,
) -> dict[str, tags.Handler]:
    """The plugin's one call: the handlers for one page. page_url_of: a docs path's site URL, or None
    when no such page. key_checker: the page's key checker tags, which number every checker on it.

    chart: the flowchart, loaded and checked with the rest of the data before any page is built.
    error_titles: every error ref ("openai/401-invalid-api-key") with its page title; read only
    when the page has a flowchart, so pages without one cost nothing.
    error_answers: every error ref with its heading and first fix (Generator.error_answers), read only for
    a lookup on a page not in English.
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

    def answers() -> Mapping[str, tuple[str, str]] | None:
        return error_answers() if error_answers is not None and current() != SOURCE_LANGUAGE else None

    return handlers(
        source=source,
        flowchart=flowchart,
        lookup=lambda index: render_lookup(index=index, page_url=page_url, paths=paths, answers=answers()),
    )


def catalog_titles(data_dir: Path) -> dict[str, str]:
    """Every error ref with the heading of its page, from the validated data (the error pages' source)."""
    dataset = load_dataset(data_dir, {p.id: p.name for p in PROVIDERS.values()})
    return {e.ref: heading(e, c.provider_name) for c in dataset.catalogs for e in c.errors}
