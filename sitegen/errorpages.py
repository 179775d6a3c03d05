"""Error catalog -> Markdown: one page per error, an index per provider and one for all providers."""

from __future__ import annotations

from collections.abc import Sequence

from sitegen import errorhistory
from sitegen.links import relative_to_page, relink
from sitegen.mdtext import cell, code, fenced, front_matter, list_item
from sitegen.models import ErrorCatalog, ErrorEntry

ERRORS_INDEX = "errors/index.md"

_VERDICT = {"yes": "Yes", "no": "No", "depends": "It depends"}


def provider_index_uri(provider: str) -> str:
    return f"errors/{provider}/index.md"


MAX_DESCRIPTION = 200
"""Longest meta description of an error page; search results show about 155 characters, the message first."""


def page_title(entry: ErrorEntry) -> str:
    """The <title> (before the site name): short enough to show whole in search results, in the words
    people type. Written per entry in the data (search_title), checked to carry the status."""
    return entry.search_title


def heading(entry: ErrorEntry, provider_name: str) -> str:
    """The page's h1 and the text of links to it: provider, status, the code seen in the body, and the gist."""
    signal = entry.code or entry.type
    return f"{provider_name} error {entry.status}{' ' + signal if signal else ''}: {entry.title}"


def short_label(entry: ErrorEntry) -> str:
    """The answer in a few words for a table cell: status and code; without a code, the type and the
    message's gist, since a type such as `invalid_request_error` alone does not say which error it is."""
    signal = entry.code or entry.type
    label = f"{entry.status} {code(signal)}" if signal else str(entry.status)
    return label if entry.code else f'{label} ("{entry.title}")'


def meta_description(title: str, summary: str) -> str:
    """The message's gist in quotes, as a reader would paste it into a search, then what it means."""
    return f'"{title}": {summary}'


# Error messages are prose, often one long line: the stylesheet wraps blocks of this class instead of
# making the reader scroll sideways to read the end of the message.
MESSAGE_CLASS = "error-message"


def render_error_page(entry: ErrorEntry, provider_name: str, titles: dict[str, str], added: str | None = None) -> str:
    """The Markdown of one error page. titles maps every error ref to its heading (for related links);
    added is the day the entry was first committed (git), for the History section."""
    here = entry.src_uri
    front = front_matter({"title": page_title(entry), "description": meta_description(entry.title, entry.summary)})
    out = [front, f"# {heading(entry, provider_name)}", "", relink(entry.meaning, here)]

    facts = [("HTTP status", code(str(entry.status)))]
    if entry.type:
        facts.append(("Error type", code(entry.type)))
    if entry.code:
        facts.append(("Error code", code(entry.code)))
    if entry.sdk_exception:
        facts.append(("Python SDK exception", code(entry.sdk_exception)))
    facts.append(("Retrying helps", _VERDICT[entry.retry.verdict]))
    out += ["", *[f"{term}\n:   {value}\n" for term, value in facts]]

    if entry.message or entry.variants:
        out += ["## The message", ""]
        if entry.message:
            out += [fenced(entry.message, css_class=MESSAGE_CLASS), ""]
        if entry.variants:
            out += ["Other wordings of the same error:", ""]
            out += [fenced(v, css_class=MESSAGE_CLASS) + "\n" for v in entry.variants]

    out += ["## Likely causes", "", *[list_item("-", relink(c, here)) for c in entry.causes], ""]
    out += ["## How to fix it", "", *[list_item("1.", relink(f, here)) for f in entry.fixes], ""]
    out += ["## Does retrying help?", "", f"**{_VERDICT[entry.retry.verdict]}.** {relink(entry.retry.why, here)}", ""]

    if entry.related:
        out += ["## Related errors", ""]
        out += [f"- [{titles[ref]}]({_link(here, ref)})" for ref in entry.related]
        out += [""]

    out += errorhistory.history_section(entry, provider_name, added, here)
    out += ["## Sources", "", *[f"- [{s.title}]({s.url})" for s in entry.sources], ""]
    out += [f"Checked against these sources on {entry.checked}.", ""]
    return "\n".join(out)


def _link(page_src_uri: str, ref: str) -> str:
    provider, _, error_id = ref.partition("/")
    return relative_to_page(f"errors/{provider}/{error_id}.md", page_src_uri)


def error_table(errors: Sequence[ErrorEntry], page_src_uri: str) -> str:
    """A Markdown table of errors with links to their pages, as seen from page_src_uri."""
    rows = ["| Status | Type or code | Error | Retry helps |", "|---|---|---|---|"]
    for e in errors:
        signal = e.code or e.type
        rows.append(
            f"| {e.status} | {code(signal) if signal else '-'} | [{cell(e.title)}]({_link(page_src_uri, e.ref)}) "
            f"| {_VERDICT[e.retry.verdict]} |"
        )
    return "\n".join(rows)


def render_provider_index(catalog: ErrorCatalog) -> str:
    here = provider_index_uri(catalog.provider)
    title = f"{catalog.provider_name} API errors"
    description = (
        f"Every {catalog.provider_name} API error this guide covers, by HTTP status and code: "
        "what it means, whether a retry helps, and the fix."
    )
    newest = max(e.checked for e in catalog.errors)
    return "\n".join(
        [
            front_matter({"title": title, "description": description}),
            f"# {title}",
            "",
            relink(catalog.intro, here),
            "",
            error_table(catalog.errors, here),
            "",
            f"As of {newest}. [All providers' errors]({relative_to_page(ERRORS_INDEX, here)}).",
            "",
        ]
    )


def render_errors_index(catalogs: Sequence[ErrorCatalog]) -> str:
    names = [c.provider_name for c in catalogs]
    listed = ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) > 1 else names[0]
    out = [
        front_matter(
            {
                "title": "API error messages and their fixes",
                "description": f"Look up an error from the {listed} APIs: what the message means, "
                "its likely causes, the fix, and whether retrying helps.",
            }
        ),
        "# API error messages and their fixes",
        "",
        f"Each error the {listed} APIs return for keys, billing, limits and models has its own page here, "
        "with the exact message, the likely causes and the fix. The same problem often comes with a "
        "different status code at each provider, so look it up under the provider you called.",
        "",
    ]
    for catalog in catalogs:
        link = relative_to_page(provider_index_uri(catalog.provider), ERRORS_INDEX)
        out += [f"## {catalog.provider_name}", "", f"[All {catalog.provider_name} errors]({link})", ""]
        out += [error_table(catalog.errors, ERRORS_INDEX), ""]
    return "\n".join(out)
