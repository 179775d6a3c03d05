"""Expand the key checker embed tag in page Markdown into the widget's HTML.

A page asks for the checker with a line of its own::

    <!-- keybase:key-checker -->
    <!-- keybase:key-checker provider=openai -->
    <!-- keybase:key-checker start=returning -->
    <!-- keybase:key-checker start=idle -->

`start=returning` and `start=idle` mark a page whose main job is the checker (data-start): its worker
starts at once for a returning reader whose browser keeps the checker's offline copy, and with `idle`
also once the page has loaded and the browser is idle, instead of waiting for the reader's intent (focus,
paste or typing), which stays the rule everywhere else (see docs/assets/keycheck/client.js, startEarly).

and the table of every finding it can report, one row per finding (anchor `#finding-<CODE>`) with a
link to the page that explains it, with a line of its own::

    <!-- keybase:key-checker-findings -->

The expansion is plain HTML that reads well without JavaScript (a short note on how else to check a
key) and that the widget script (docs/assets/keycheck/widget.js) turns into the live checker. The
script tag is part of the expansion, so pages without the tag never load the widget or Pyodide.
Each widget carries, as a JSON data block, the page of every finding (sitegen.findinglinks) as seen
from the page it is on, so each finding of a verdict links straight to its page.
Pure functions, and `KeyCheckerTags`, the tags' handlers for sitegen.tags: the plugin passes in the
page's URL and the site paths.
"""

from __future__ import annotations

import html
import json
import posixpath
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from checker import FINDINGS, PROVIDERS
from checker.i18n import translate
from sitegen import tags
from sitegen.errors import BuildError
from sitegen.findinglinks import FindingLinks, Target
from sitegen.i18n.messages import N_, SOURCE_LANGUAGE, _, current, use_language
from sitegen.links import relative_to_page

TAG_NAME = "key-checker"
FINDINGS_TAG_NAME = "key-checker-findings"
TAG = f"keybase:{TAG_NAME}"
START_VALUES = ("intent", "returning", "idle")
"""When the widget's worker starts: on the reader's intent; also at once where the offline copy exists
(returning); also at idle after load (idle). The last two are for checker-first pages."""

WIDGET_SCRIPT = "assets/keycheck/widget.js"
WIDGET_STYLE = "assets/keycheck/keycheck.css"
# Hides the live forms when scripting is off. The forms are in the page from the start, not revealed by the
# script, so the page does not shift when the script runs.
NOJS_STYLE = "assets/keycheck/nojs.css"


# The word before a finding of each severity (checker/report.py's Severity), written only here: the findings
# table shows it, and every widget's words block carries it to verdict.js, which keeps no copy.
SEVERITY_WORDS: dict[str, str] = {"error": N_("Problem"), "warning": N_("Warning"), "info": N_("Note")}

# The words the widget's scripts show (docs/assets/keycheck/widget.js and verdict.js, where the English
# is written): a page in another language carries them translated in a JSON block (class keycheck__words)
# the scripts read; an English page carries only the severity words, which the scripts do not write.
# Same tables and keys as the scripts; {name} placeholders.
SCRIPT_WORDS: dict[str, dict[str, str]] = {
    "steps": {
        "runtime": N_("Downloading the Python runtime (about 6 MB, once)…"),
        "python": N_("Starting Python…"),
        "checker": N_("Loading the checker…"),
    },
    "failures": {
        "no-wasm": N_("This browser cannot run WebAssembly, which the checker needs."),
        "no-module-worker": N_("This browser cannot start the background worker the checker runs in."),
        "insecure": N_("The checker needs a secure (https) page to verify its own files."),
        "runtime": N_("The Python runtime could not be loaded from this site."),
        "checker": N_("The checker's code could not be loaded from this site."),
        "integrity": N_("The checker's code did not match its published checksum, so it was not run."),
        "timeout": N_("Loading the checker took too long."),
        "internal": N_("The checker stopped unexpectedly."),
    },
    "widget": {
        "failureHint": N_(" The rest of this page works without it. Check your connection, then try again."),
        "show": N_("Show"),
        "hide": N_("Hide"),
        "showLabel": N_("Show API key"),
        "hideLabel": N_("Hide API key"),
    },
    "verdict": {
        **SEVERITY_WORDS,
        "severityLabel": N_("{severity}: "),
        "valid": N_("The format looks right"),
        "validFor": N_("The format looks right for {name}"),
        "cannotTellFor": N_("Cannot tell whether this is a valid {name} key: see the warning below"),
        "cannotTell": N_("Cannot tell: this format is used by more than one provider"),
        "invalidFor": N_("This is not a valid {name} key as pasted"),
        "otherSecret": N_("This is not an AI provider key"),
        "cleanedCannotTell": N_("Not valid as pasted; once fixed, the checker cannot tell"),
        "unknown": N_("This does not match a key format the checker knows"),
        "unreadable": N_("The checker could not read this input."),
        "provider": N_("Provider"),
        "couldBe": N_("Could be from"),
        "kind": N_("Kind of key"),
        "masked": N_("Key (masked)"),
        "readMore": N_("Read more: {title}"),
        "about": N_(" (about: {message})"),
        "listSeparator": N_(", "),
    },
}


def script_words_json(every_table: bool = True) -> str:
    """SCRIPT_WORDS in the current language, for a <script type="application/json"> block.
    every_table=False: only the severity words."""
    return words_json(SCRIPT_WORDS if every_table else {"verdict": SEVERITY_WORDS})


def words_json(tables: Mapping[str, Mapping[str, str]]) -> str:
    """A script's word tables in the current language, for a <script type="application/json"> block (<, >
    and & escaped, so the text can never end the block)."""
    words = {table: {key: _(text) for key, text in entries.items()} for table, entries in tables.items()}
    text = json.dumps(words, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


@dataclass(frozen=True)
class SitePaths:
    """Where things live in the built site, as site-relative paths (the plugin's options)."""

    runtime_dir: str = "assets/pyodide"
    checker_dir: str = "assets/checker"


def relative_url(target: str, page_url: str) -> str:
    """target (site-relative) as seen from a page whose site-relative URL is page_url.

    Works for directory URLs ("guide/", "" for the home page) and file URLs ("guide.html").
    Keeps a trailing slash, which names a folder.
    """
    base = page_url if page_url.endswith("/") or page_url == "" else posixpath.dirname(page_url)
    rel = posixpath.relpath(target or ".", base or ".")
    if rel == ".":
        return "./"
    return rel + "/" if target.endswith("/") else rel


def provider_options(providers: Iterable[tuple[str, str]] | None = None) -> tuple[tuple[str, str], ...]:
    """(id, name) pairs for the provider select, in the checker's display order."""
    if providers is None:  # the checker is the one source of the provider list
        providers = ((p.id, p.name) for p in PROVIDERS.values())
    return tuple(providers)


def _target_url(target: Target, page_url: str) -> str:
    """A Target's URL (with its anchor) as seen from the page at page_url."""
    path, hash_, anchor = target.url.partition("#")
    return relative_url(path, page_url) + hash_ + anchor


def finding_links_json(links: FindingLinks, page_url: str) -> str:
    """The widget's link data, for a <script type="application/json"> block on the page at page_url.

    {"pages": [[href, title], ...], "findings": {code: page index}, "guides": {provider id: page index},
    "byProvider": [code, ...]}: each page is listed once, however many findings point to it. The hrefs
    are relative to the page. <, > and & are written as JSON escapes, so the text can never end the block.
    """
    pages: list[list[str]] = []
    index: dict[str, int] = {}

    def number(target: Target) -> int:
        if target.path not in index:
            index[target.path] = len(pages)
            pages.append([_target_url(target, page_url), target.title])
        return index[target.path]

    data = {
        "findings": {code: number(target) for code, target in links.findings.items()},
        "guides": {provider_id: number(target) for provider_id, target in links.guides.items()},
        "byProvider": sorted(links.by_provider),
    }
    text = json.dumps({"pages": pages, **data}, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render_key_checker(
    *,
    index: int,
    page_url: str,
    paths: SitePaths,
    providers: Sequence[tuple[str, str]],
    preselect: str | None = None,
    links: FindingLinks | None = None,
    language: str | None = None,
    start: str = "intent",
) -> str:
    """The widget's HTML: the live form (hidden until the script mounts it) and its no-JS note.

    links: where each finding is explained; None renders findings without links.
    language: the page's language (a BCP 47 tag of an edition, e.g. "zh-TW"); None: the build's. The
    markup is worded in it, and a page not in English carries the scripts' words (SCRIPT_WORDS) too;
    the checker's own findings follow the page's <html lang>, which the worker is given.
    start: "intent" (the default), "returning" or "idle" (see START_VALUES).
    """
    if language is not None:
        with use_language(language):
            return render_key_checker(
                index=index,
                page_url=page_url,
                paths=paths,
                providers=providers,
                preselect=preselect,
                links=links,
                start=start,
            )
    uid = f"keycheck-{index}"
    esc = html.escape

    def url(target: str) -> str:
        return esc(relative_url(target, page_url))

    link_data = (
        f'\n  <script type="application/json" class="keycheck__links">{finding_links_json(links, page_url)}</script>'
        if links is not None
        else ""
    )
    words = script_words_json(every_table=current() != SOURCE_LANGUAGE)
    link_data += f'\n  <script type="application/json" class="keycheck__words">{words}</script>'
    # Babel does not read inside f-strings: each word is taken out of the markup first.
    word = {
        "any": esc(_("any provider (detect it)")),
        "key": esc(_("API key")),
        "show": esc(_("Show")),
        "show_label": esc(_("Show API key")),
        "clear": esc(_("Clear")),
        "clear_label": esc(_("Clear API key")),
        "hint": esc(_(HINT)),
        "expect": esc(_("I expect a key from")),
        "loading": esc(_("Loading the checker")),
        "retry": esc(_("Try again")),
    }
    options = [f'<option value="">{word["any"]}</option>']
    for provider_id, name in providers:
        selected = " selected" if provider_id == preselect else ""
        options.append(f'<option value="{esc(provider_id)}"{selected}>{esc(name)}</option>')
    option_lines = "\n".join(f"        {line}" for line in options)
    start_attr = f' data-start="{esc(start)}"' if start != "intent" else ""
    return f"""<div class="keycheck" id="{uid}" data-keycheck data-keycheck-state="idle"{start_attr} \
data-runtime="{url(paths.runtime_dir.rstrip("/") + "/")}" data-checker="{url(paths.checker_dir.rstrip("/") + "/")}">
  <link rel="stylesheet" href="{url(WIDGET_STYLE)}">{link_data}
  <noscript><link rel="stylesheet" href="{url(NOJS_STYLE)}">
  <p class="keycheck__nojs">{_(NOJS_NOTE)}</p></noscript>
  <div class="keycheck__form">
    <div class="keycheck__field">
      <label class="keycheck__label" for="{uid}-key">{word["key"]}</label>
      <div class="keycheck__row">
        <input class="keycheck__input" id="{uid}-key" type="password" autocomplete="off" spellcheck="false" \
autocapitalize="off" autocorrect="off" aria-describedby="{uid}-hint">
        <button class="keycheck__button keycheck__toggle" type="button" aria-controls="{uid}-key" \
aria-label="{word["show_label"]}">{word["show"]}</button>
        <button class="keycheck__button keycheck__clear" type="button" aria-label="{word["clear_label"]}">\
{word["clear"]}</button>
      </div>
      <p class="keycheck__hint" id="{uid}-hint">{word["hint"]}</p>
    </div>
    <div class="keycheck__field">
      <label class="keycheck__label" for="{uid}-provider">{word["expect"]}</label>
      <select class="keycheck__provider" id="{uid}-provider">
{option_lines}
      </select>
    </div>
    <div class="keycheck__progress" hidden>
      <progress class="keycheck__bar" id="{uid}-progress" max="4" value="0" aria-labelledby="{uid}-step"></progress>
      <span class="keycheck__step" id="{uid}-step">{word["loading"]}</span>
    </div>
    <div class="keycheck__error" role="alert" hidden>
      <p class="keycheck__error-text"></p>
      <button class="keycheck__button keycheck__retry" type="button">{word["retry"]}</button>
    </div>
    <div class="keycheck__result" role="status" aria-live="polite"></div>
  </div>
  <script type="module" src="{url(WIDGET_SCRIPT)}"></script>
</div>"""


# Markup text (HTML allowed in the no-JS note: its <code> is part of the message).
NOJS_NOTE = N_(
    "The key checker runs in your browser and needs JavaScript, which is off or blocked on this page. You can "
    "run the same checks in a terminal with <code>keycheck</code>, or compare your key with the formats "
    "described in these guides."
)
HINT = N_("Checked inside this page. The key is never sent anywhere, stored or logged.")


def finding_anchor(code: str) -> str:
    return f"finding-{code}"


def _link_text(text: str) -> str:
    """Plain text as Markdown link text inside a table cell."""
    text = html.escape(text, quote=False).replace("|", "&#124;")
    for mark in "\\[]`*_":
        text = text.replace(mark, "\\" + mark)
    return text


def render_findings_table(findings: Iterable[tuple[str, str, str]], more: Mapping[str, tuple[str, str]]) -> str:
    """A Markdown table of (code, severity, title), one anchor per row, each row linking to the page
    that explains the finding. more: code -> (Markdown link target from this page, link text)."""
    head = (_("Finding"), _("Kind"), _("Code"), _("Read more"))
    rows = ["| " + " | ".join(head) + " |", "|---|---|---|---|"]
    for code, severity, title in findings:
        anchor = f'<span id="{html.escape(finding_anchor(code))}"></span>'
        title_cell = html.escape(title, quote=False).replace("|", "&#124;")
        href, text = more[code]
        link = f"[{_link_text(text)}]({href})"
        rows.append(f"| {anchor}{title_cell} | {_(SEVERITY_WORDS[severity])} | `{code}` | {link} |")
    return "\n".join(rows)


class KeyCheckerTags:
    """The handlers of the key checker's tags on one page (tags.expand_tags).

    Numbers the widgets it renders, so their element ids are unique on the page; the flowchart, which
    shows a checker in one of its steps, takes the next one from `widget`.
    source names the page in build errors and is its docs path (e.g. "troubleshooting/index.md").
    links: where each finding is explained (sitegen.findinglinks.resolve), asked for only when the page
    shows a widget or the findings table; None: widgets without finding links, and no findings table.
    """

    def __init__(
        self,
        *,
        page_url: str,
        source: str,
        paths: SitePaths,
        providers: Sequence[tuple[str, str]] | None = None,
        links: Callable[[], FindingLinks] | None = None,
        language: str | None = None,
    ) -> None:
        self._language = language
        self._page_url = page_url
        self._source = source
        self._paths = paths
        self._options = provider_options(providers)
        self._links = links
        self._count = 0

    def handlers(self) -> dict[str, tags.Handler]:
        return {TAG_NAME: self.key_checker, FINDINGS_TAG_NAME: self.findings}

    def widget(self, preselect: str | None = None, start: str = "intent") -> str:
        """The HTML of the page's next widget."""
        self._count += 1
        return render_key_checker(
            index=self._count,
            page_url=self._page_url,
            paths=self._paths,
            providers=self._options,
            preselect=preselect,
            links=self._links() if self._links is not None else None,
            language=self._language,
            start=start,
        )

    def key_checker(self, tag: tags.Tag) -> str:
        return tags.block(self.widget(self._preselect(tag), self._start(tag)))

    def findings(self, tag: tags.Tag) -> str:
        tags.no_arguments(tag, self._source)
        if self._links is None:
            raise BuildError(f"{self._source}:{tag.line}: keybase:{FINDINGS_TAG_NAME}: the build has no finding pages")
        more = {
            code: (relative_to_page(target.path, self._source), target.title)
            for code, target in self._links().findings.items()
        }
        language = self._language or current()
        with use_language(language):
            return tags.block(self._findings_table(more, language))

    def _findings_table(self, more: Mapping[str, tuple[str, str]], language: str) -> str:
        # The titles are the checker's words (its catalog), the table's own words the site's.
        rows = ((f.code, f.severity, translate(f.title, language)) for f in FINDINGS)
        return render_findings_table(rows, more)

    def _preselect(self, tag: tags.Tag) -> str | None:
        """The provider=... attribute; any other attribute, or an unknown provider, stops the build."""
        known = {provider_id for provider_id, _ in self._options}
        where = f"{self._source}:{tag.line}: {TAG}"
        for name, value in tag.args.items():
            if name not in {"provider", "start"}:
                raise BuildError(f"{where}: unknown attribute {name!r}; only 'provider' and 'start' are allowed")
            if name == "start":
                continue
            if value not in known:
                raise BuildError(
                    f"{where}: provider={value!r} is not a provider id; expected one of " + ", ".join(sorted(known))
                )
        return tag.args.get("provider")

    def _start(self, tag: tags.Tag) -> str:
        """The start=... attribute, one of START_VALUES (intent by default); any other value stops the build."""
        start = tag.args.get("start", "intent")
        if start not in START_VALUES:
            raise BuildError(
                f"{self._source}:{tag.line}: {TAG}: start={start!r} is not one of " + ", ".join(START_VALUES)
            )
        return start
