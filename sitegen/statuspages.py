"""Error catalogs -> one page per HTTP status (400, 401, 402, 403, 404, 429, 5xx): what each provider means
by that status, side by side, each error linked to its page, and which providers have no entry for it.

Pure functions of the catalogs; the words live in sitegen/templates/status_page.md.j2.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from sitegen import templating
from sitegen.errorpages import verdict_word
from sitegen.i18n.messages import N_, _, ngettext
from sitegen.links import relative_to_page, relink
from sitegen.models import ErrorCatalog, ErrorEntry

STATUS_DIR = "errors/status"


@dataclass(frozen=True)
class StatusGroup:
    """The statuses one page covers, and the general advice the page leads with."""

    slug: str  # the page's name: errors/status/<slug>.md
    label: str  # "429 Too Many Requests", "5xx and 529"
    low: int
    high: int
    fixes: tuple[str, ...]  # general steps, before the per-provider details

    @property
    def src_uri(self) -> str:
        return f"{STATUS_DIR}/{self.slug}.md"

    def covers(self, status: int) -> bool:
        return self.low <= status <= self.high


GROUPS: tuple[StatusGroup, ...] = (
    StatusGroup(
        "400",
        "400 Bad Request",
        400,
        400,
        (
            N_("Read the message: it usually names the field or value that is wrong."),
            N_("Check the model name and the parameters against the provider's API reference."),
            N_(
                "Find the provider in the table below: at some providers a 400 also reports a key, region or "
                "billing problem, which changing the request cannot fix."
            ),
        ),
    ),
    StatusGroup(
        "401",
        "401 Unauthorized",
        401,
        401,
        (
            N_(
                "Check that a key is sent at all: print whether the variable is set in the process that makes the "
                "call, not its value."
            ),
            N_(
                "Check that it is a key of the provider (and region or platform) whose host you call: paste it "
                "into the [key checker](key-checker.md)."
            ),
            N_("If it was revoked or deleted, create a new key and replace the old one everywhere."),
        ),
    ),
    StatusGroup(
        "402",
        "402 Payment Required",
        402,
        402,
        (
            N_("Check the account's balance or billing status in the provider's console."),
            N_("Add credit or fix the payment method; the key itself is usually fine."),
            N_("Retrying before that fails the same way."),
        ),
    ),
    StatusGroup(
        "403",
        "403 Forbidden",
        403,
        403,
        (
            N_(
                "The key was recognised but is not allowed to do this: read the message for the permission, "
                "region, limit or policy it names."
            ),
            N_("Check the key's permissions, the project or account settings, and where the request comes from."),
            N_("Find the provider in the table below for the exact cause and fix."),
        ),
    ),
    StatusGroup(
        "404",
        "404 Not Found",
        404,
        404,
        (
            N_(
                "Check the model name against the provider's current model list: retired and misspelt names are "
                "the usual cause."
            ),
            N_(
                "Check the base URL and path: a right key sent to another provider's or region's host can "
                "also end here."
            ),
        ),
    ),
    StatusGroup(
        "429",
        "429 Too Many Requests",
        429,
        429,
        (
            N_(
                "Read the code or message to see which limit it is: a rate limit clears with time, a spend cap "
                "or an empty balance does not."
            ),
            N_("For a rate limit, retry with exponential backoff and honour any retry-after header."),
            N_("For a quota or billing 429, add credit or raise the limit: retrying cannot help."),
        ),
    ),
    StatusGroup(
        "5xx",
        N_("5xx and 529"),
        500,
        599,
        (
            N_("The fault is on the provider's side: retry after a short wait, with growing pauses."),
            N_("Check the provider's status page if it lasts; an overloaded answer (503, 529) clears as demand falls."),
        ),
    ),
)


@dataclass(frozen=True)
class ProviderRows:
    """One provider's errors with a page's statuses."""

    name: str
    errors: tuple[ErrorEntry, ...]


def rows_for(group: StatusGroup, catalogs: Sequence[ErrorCatalog]) -> tuple[list[ProviderRows], list[str]]:
    """The providers with errors in the group (catalog order, errors by status) and those without any."""
    found, missing = [], []
    for catalog in catalogs:
        errors = tuple(sorted((e for e in catalog.errors if group.covers(e.status)), key=lambda e: e.status))
        if errors:
            found.append(ProviderRows(catalog.provider_name, errors))
        else:
            missing.append(catalog.provider_name)
    return found, missing


def render_status_page(group: StatusGroup, catalogs: Sequence[ErrorCatalog]) -> str:
    """The Markdown of one status page."""
    here = group.src_uri
    found, missing = rows_for(group, catalogs)
    errors = [e for p in found for e in p.errors]
    retryable = sum(1 for e in errors if e.retry.verdict == "yes")
    names = [p.name for p in found]
    shown = _(", ").join(names[:3]) + (_(" and more") if len(names) > 3 else "")
    return templating.render(
        "status_page.md.j2",
        group=dataclasses.replace(group, label=_(group.label)),
        title=_("API error {status}: what each provider means").format(status=group.slug),
        description=ngettext(
            "What HTTP {label} means at {count} AI API ({shown}): each error side by side, its fix, "
            "and whether retrying helps.",
            "What HTTP {label} means at {count} AI APIs ({shown}): each error side by side, its fix, "
            "and whether retrying helps.",
            len(names),
        ).format(label=_(group.label), count=len(names), shown=shown),
        count=len(errors),
        providers=len(names),
        retryable=retryable,
        fixes=[relink(_(step), here) for step in group.fixes],
        rows=[
            (p.name, e, relative_to_page(e.src_uri, here), verdict_word(e.retry.verdict))
            for p in found
            for e in p.errors
        ],
        missing=missing,
        others=[(_(g.label), relative_to_page(g.src_uri, here)) for g in GROUPS if g is not group],
        all_errors=relative_to_page("errors/index.md", here),
    )


def generated(catalogs: Sequence[ErrorCatalog]) -> list[tuple[str, str]]:
    """(src_uri, Markdown) of every status page."""
    return [(g.src_uri, render_status_page(g, catalogs)) for g in GROUPS]
