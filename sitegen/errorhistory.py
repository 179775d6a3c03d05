"""An error's dated history for its page: what the provider changed and when we checked, from the entry's
`changes` list, the day the entry was added (git history of its data file) and its `checked` date."""

from __future__ import annotations

from sitegen.i18n.messages import _
from sitegen.links import relink
from sitegen.models import ErrorChange, ErrorEntry


def _event(change: ErrorChange, provider_name: str, page_src_uri: str) -> str:
    what = relink(change.what, page_src_uri)
    if change.kind == "provider":
        cited = ", ".join(f"[{s.title}]({s.url})" for s in change.sources)
        line = _("- **{date}**: {provider} changed this error. {what} (Source: {sources}.)")
        return line.format(date=change.date, provider=provider_name, what=what, sources=cited)
    return _("- **{date}**: checked again. {what}").format(date=change.date, what=what)


def history_section(entry: ErrorEntry, provider_name: str, added: str | None, page_src_uri: str) -> list[str]:
    """The Markdown lines of the page's History section, oldest first; empty when nothing is dated
    beyond the entry's `checked` day (the Sources section already says when it was checked)."""
    dated: list[tuple[str, int, str]] = []
    if added is not None:
        dated.append((added, 0, _("- **{date}**: added to this guide.").format(date=added)))
    dated += [(c.date, 1, _event(c, provider_name, page_src_uri)) for c in entry.changes]
    if not dated:
        return []
    if not any(c.date == entry.checked and c.kind == "recheck" for c in entry.changes):
        dated.append(
            (entry.checked, 2, _("- **{date}**: last checked against the sources below.").format(date=entry.checked))
        )
    return ["## " + _("History"), "", *[text for _day, _order, text in sorted(dated, key=lambda d: (d[0], d[1]))], ""]
