"""An error's dated history for its page: what the provider changed and when we checked, from the entry's
`changes` list, the day the entry was added (git history of its data file) and its `checked` date."""

from __future__ import annotations

from sitegen.links import relink
from sitegen.models import ErrorChange, ErrorEntry

HEADING = "## History"


def _event(change: ErrorChange, provider_name: str, page_src_uri: str) -> str:
    what = relink(change.what, page_src_uri)
    if change.kind == "provider":
        cited = ", ".join(f"[{s.title}]({s.url})" for s in change.sources)
        return f"- **{change.date}**: {provider_name} changed this error. {what} (Source: {cited}.)"
    return f"- **{change.date}**: checked again. {what}"


def history_section(entry: ErrorEntry, provider_name: str, added: str | None, page_src_uri: str) -> list[str]:
    """The Markdown lines of the page's History section, oldest first; empty when nothing is dated
    beyond the entry's `checked` day (the Sources section already says when it was checked)."""
    dated: list[tuple[str, int, str]] = []
    if added is not None:
        dated.append((added, 0, f"- **{added}**: added to this guide."))
    dated += [(c.date, 1, _event(c, provider_name, page_src_uri)) for c in entry.changes]
    if not dated:
        return []
    if not any(c.date == entry.checked and c.kind == "recheck" for c in entry.changes):
        dated.append((entry.checked, 2, f"- **{entry.checked}**: last checked against the sources below."))
    return [HEADING, "", *[text for _, _, text in sorted(dated, key=lambda d: (d[0], d[1]))], ""]
