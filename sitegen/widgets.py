"""Expand the key checker embed tag in page Markdown into the widget's HTML.

A page asks for the checker with a line of its own::

    <!-- keybase:key-checker -->
    <!-- keybase:key-checker provider=openai -->

and the table of every finding it can report, each row the target of the widget's "More about this"
links (`#finding-<CODE>`), with a line of its own::

    <!-- keybase:key-checker-findings -->

The expansion is plain HTML that reads well without JavaScript (a short note on how else to check a
key) and that the widget script (docs/assets/keycheck/widget.js) turns into the live checker. The
script tag is part of the expansion, so pages without the tag never load the widget or Pyodide.
Pure functions only: the plugin passes in the page's URL and the site paths.
"""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from checker import FINDINGS, PROVIDERS
from sitegen.errors import BuildError

TAG = "keybase:key-checker"
FINDINGS_TAG = "keybase:key-checker-findings"
_TAG_LINE = re.compile(
    r"^[ ]{0,3}<!--\s*keybase:key-checker(?P<findings>-findings)?(?=[\s-])(?P<attrs>[^>]*?)\s*-->\s*$"
)
_ATTR = re.compile(r"(?P<name>[a-z_]+)=(?P<value>[A-Za-z0-9_-]+)")
_FENCE = re.compile(r"^[ ]{0,3}(?P<fence>`{3,}|~{3,})")

WIDGET_SCRIPT = "assets/keycheck/widget.js"
WIDGET_STYLE = "assets/keycheck/keycheck.css"


@dataclass(frozen=True)
class SitePaths:
    """Where things live in the built site, as site-relative paths (the plugin's options)."""

    runtime_dir: str = "assets/pyodide"
    checker_dir: str = "assets/checker"
    help_page: str | None = None
    """URL of the key checker page (e.g. "key-checker/"), the target of finding links; None: no links."""


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


def render_key_checker(
    *,
    index: int,
    page_url: str,
    paths: SitePaths,
    providers: Sequence[tuple[str, str]],
    preselect: str | None = None,
) -> str:
    """The widget's HTML: the live form (hidden until the script mounts it) and its no-JS note."""
    uid = f"keycheck-{index}"
    esc = html.escape

    def url(target: str) -> str:
        return esc(relative_url(target, page_url))

    help_attr = f' data-help="{url(paths.help_page)}"' if paths.help_page is not None else ""
    options = ['<option value="">any provider (detect it)</option>']
    for provider_id, name in providers:
        selected = " selected" if provider_id == preselect else ""
        options.append(f'<option value="{esc(provider_id)}"{selected}>{esc(name)}</option>')
    option_lines = "\n".join(f"        {line}" for line in options)
    return f"""<div class="keycheck" id="{uid}" data-keycheck data-keycheck-state="idle" \
data-runtime="{url(paths.runtime_dir.rstrip("/") + "/")}" data-checker="{url(paths.checker_dir.rstrip("/") + "/")}"\
{help_attr}>
  <link rel="stylesheet" href="{url(WIDGET_STYLE)}">
  <p class="keycheck__nojs">The key checker runs in your browser and needs JavaScript, which is off or blocked \
on this page. You can run the same checks in a terminal with <code>keycheck</code>, or compare your key with \
the formats described in these guides.</p>
  <div class="keycheck__form" hidden>
    <div class="keycheck__field">
      <label class="keycheck__label" for="{uid}-key">API key</label>
      <div class="keycheck__row">
        <input class="keycheck__input" id="{uid}-key" type="password" autocomplete="off" spellcheck="false" \
autocapitalize="off" autocorrect="off" aria-describedby="{uid}-hint">
        <button class="keycheck__button keycheck__toggle" type="button" aria-controls="{uid}-key" \
aria-label="Show API key">Show</button>
        <button class="keycheck__button keycheck__clear" type="button" aria-label="Clear API key">Clear</button>
      </div>
      <p class="keycheck__hint" id="{uid}-hint">Checked inside this page. The key is never sent anywhere, \
stored or logged.</p>
    </div>
    <div class="keycheck__field">
      <label class="keycheck__label" for="{uid}-provider">I expect a key from</label>
      <select class="keycheck__provider" id="{uid}-provider">
{option_lines}
      </select>
    </div>
    <div class="keycheck__progress" hidden>
      <progress class="keycheck__bar" id="{uid}-progress" max="4" value="0" aria-labelledby="{uid}-step"></progress>
      <span class="keycheck__step" id="{uid}-step">Loading the checker</span>
    </div>
    <div class="keycheck__error" role="alert" hidden>
      <p class="keycheck__error-text"></p>
      <button class="keycheck__button keycheck__retry" type="button">Try again</button>
    </div>
    <div class="keycheck__result" role="status" aria-live="polite"></div>
  </div>
  <script type="module" src="{url(WIDGET_SCRIPT)}"></script>
</div>"""


# The same words the widget shows next to each finding (docs/assets/keycheck/verdict.js).
SEVERITY_WORDS = {"error": "Problem", "warning": "Warning", "info": "Note"}


def finding_anchor(code: str) -> str:
    return f"finding-{code}"


def render_findings_table(findings: Iterable[tuple[str, str, str]]) -> str:
    """A Markdown table of (code, severity, title), one anchor per row for the widget's links."""
    rows = ["| Finding | Kind | Code |", "|---|---|---|"]
    for code, severity, title in findings:
        anchor = f'<span id="{html.escape(finding_anchor(code))}"></span>'
        title_cell = html.escape(title, quote=False).replace("|", "&#124;")
        rows.append(f"| {anchor}{title_cell} | {SEVERITY_WORDS[severity]} | `{code}` |")
    return "\n".join(rows)


def _parse_attrs(raw: str, source: str, line_no: int, known: set[str]) -> dict[str, str]:
    """The tag's name=value attributes; anything else stops the build, naming the page and line."""
    attrs: dict[str, str] = {}
    for token in raw.split():
        match = _ATTR.fullmatch(token)
        if match is None:
            raise BuildError(f"{source}:{line_no}: {TAG}: cannot read {token!r}; expected e.g. provider=openai")
        name, value = match["name"], match["value"]
        if name != "provider":
            raise BuildError(f"{source}:{line_no}: {TAG}: unknown attribute {name!r}; only 'provider' is allowed")
        if value not in known:
            raise BuildError(
                f"{source}:{line_no}: {TAG}: provider={value!r} is not a provider id; expected one of "
                + ", ".join(sorted(known))
            )
        attrs[name] = value
    return attrs


def expand_key_checker(
    markdown: str,
    *,
    page_url: str,
    source: str,
    paths: SitePaths,
    providers: Sequence[tuple[str, str]] | None = None,
) -> str:
    """Replace each embed tag line (outside fenced code) with the widget; other text is unchanged.

    source names the page in build errors (e.g. "troubleshooting/index.md").
    """
    if TAG not in markdown:  # FINDINGS_TAG contains TAG
        return markdown
    options = provider_options(providers)
    known = {provider_id for provider_id, _ in options}
    out: list[str] = []
    fence: str | None = None
    count = 0
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
            continue
        if match["findings"]:
            if match["attrs"].strip():
                raise BuildError(f"{source}:{line_no}: {FINDINGS_TAG} takes no attributes")
            table = render_findings_table((f.code, f.severity, f.title) for f in FINDINGS)
            out.append(f"\n{table}\n\n")
            continue
        attrs = _parse_attrs(match["attrs"], source, line_no, known)
        count += 1
        widget = render_key_checker(
            index=count, page_url=page_url, paths=paths, providers=options, preselect=attrs.get("provider")
        )
        # Blank lines around the block keep Markdown from wrapping it in a paragraph.
        out.append(f"\n{widget}\n\n")
    return "".join(out)
