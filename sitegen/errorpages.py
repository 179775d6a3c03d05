"""Error catalog -> Markdown: one page per error, an index per provider and one for all providers."""

from __future__ import annotations

from collections.abc import Sequence

from sitegen import errorhistory, templating
from sitegen.i18n.messages import N_, _
from sitegen.links import relative_to_page
from sitegen.mdtext import code, front_matter
from sitegen.models import ErrorCatalog, ErrorEntry, error_src_uri

ERRORS_INDEX = "errors/index.md"

_VERDICT = {"yes": N_("Yes"), "no": N_("No"), "depends": N_("It depends")}


def verdict_word(verdict: str) -> str:
    """Whether a retry helps, in words of the build's language."""
    return _(_VERDICT[verdict])


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
    status = f"{entry.status} {signal}" if signal else str(entry.status)
    return _("{provider} error {status}: {title}").format(provider=provider_name, status=status, title=entry.title)


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


def facts_line(entry: ErrorEntry) -> str:
    """The line under the heading: status, the code seen in the body (or the type), whether a retry helps."""
    parts = [_("Status **{status}**").format(status=entry.status)]
    if entry.code:
        parts.append(_("Code {code}").format(code=code(entry.code)))
    elif entry.type:
        parts.append(_("Type {type}").format(type=code(entry.type)))
    parts.append(_("Retry helps: **{verdict}**").format(verdict=verdict_word(entry.retry.verdict)))
    return " · ".join(parts)


def render_error_page(entry: ErrorEntry, provider_name: str, titles: dict[str, str], added: str | None = None) -> str:
    """The Markdown of one error page. titles maps every error ref to its heading (for related links);
    added is the day the entry was first committed (git), for the History section."""
    here = entry.src_uri
    return templating.render(
        "error_page.md.j2",
        entry=entry,
        here=here,
        front_matter=front_matter(
            {"title": page_title(entry), "description": meta_description(entry.title, entry.summary)}
        ),
        heading=heading(entry, provider_name),
        facts_line=facts_line(entry),
        verdict=verdict_word(entry.retry.verdict),
        message_class=MESSAGE_CLASS,
        related=[(titles[ref], _link(here, ref)) for ref in entry.related],
        history="\n".join(errorhistory.history_section(entry, provider_name, added, here)),
    )


def _link(page_src_uri: str, ref: str) -> str:
    return relative_to_page(error_src_uri(ref), page_src_uri)


def error_table(errors: Sequence[ErrorEntry], page_src_uri: str) -> str:
    """A Markdown table of errors with links to their pages, as seen from page_src_uri."""
    rows = [(e, _link(page_src_uri, e.ref)) for e in errors]
    return templating.render_fragment("error_table.md.j2", rows=rows, verdicts={k: verdict_word(k) for k in _VERDICT})


def render_provider_index(catalog: ErrorCatalog) -> str:
    here = provider_index_uri(catalog.provider)
    title = _("{provider} API errors").format(provider=catalog.provider_name)
    return templating.render(
        "errors_provider_index.md.j2",
        catalog=catalog,
        here=here,
        title=title,
        description=_(
            "Every {provider} API error this guide covers, by HTTP status and code: "
            "what it means, whether a retry helps, and the fix."
        ).format(provider=catalog.provider_name),
        table=error_table(catalog.errors, here),
        newest=max(e.checked for e in catalog.errors),
        all_errors_link=relative_to_page(ERRORS_INDEX, here),
    )


def render_errors_index(catalogs: Sequence[ErrorCatalog]) -> str:
    sections = [
        (c, relative_to_page(provider_index_uri(c.provider), ERRORS_INDEX), error_table(c.errors, ERRORS_INDEX))
        for c in catalogs
    ]
    return templating.render("errors_index.md.j2", names=[c.provider_name for c in catalogs], sections=sections)


def nav_label(entry: ErrorEntry) -> str:
    """An error's entry in the side navigation: its status and gist, short enough for the sidebar."""
    return f"{entry.status}: {entry.title}"


def with_error_pages_in_nav(nav: list[object], catalogs: Sequence[ErrorCatalog]) -> list[object]:
    """The nav (mkdocs.yml's data) with each provider's error index turned into a section that lists the
    provider's error pages after the index, so an error page's sidebar shows its neighbours.

    Running it twice changes nothing: an index already inside a section is left alone.
    """
    pages_by_index = {provider_index_uri(c.provider): [{nav_label(e): e.src_uri} for e in c.errors] for c in catalogs}

    def walk(items: list[object]) -> list[object]:
        result: list[object] = []
        for item in items:
            if isinstance(item, dict) and len(item) == 1:
                ((title, value),) = item.items()
                if isinstance(value, list):
                    result.append({title: walk(value)})
                elif value in pages_by_index:
                    result.append({title: [value, *pages_by_index[value]]})
                else:
                    result.append(item)
            else:
                result.append(item)
        return result

    return walk(nav)
