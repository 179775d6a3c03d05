"""Exact output of the per-status pages, on two small hand-made catalogs."""

from __future__ import annotations

import dataclasses

from sitegen import statuspages
from sitegen.models import ErrorCatalog, ErrorEntry, Retry
from tests.generator.test_renderers import _entry

GROUP_429 = next(g for g in statuspages.GROUPS if g.slug == "429")
GROUP_5XX = next(g for g in statuspages.GROUPS if g.slug == "5xx")


def _catalogs() -> list[ErrorCatalog]:
    acme = (
        _entry(),
        _entry(
            id="429-slow-down",
            code=None,
            type="rate_limit",
            title="Slow | down",
            retry=Retry("yes", "It clears."),
        ),
        _entry(id="401-bad-key", status=401, code="bad_key", title="Bad key"),
    )
    other: tuple[ErrorEntry, ...] = (
        dataclasses.replace(
            _entry(), provider="zeta", id="529-overloaded", status=529, code=None, type=None, title="Overloaded"
        ),
    )
    return [
        ErrorCatalog("acme", "Acme", "Acme errors.", acme, "data/errors/acme.yml"),
        ErrorCatalog("zeta", "Zeta", "Zeta errors.", other, "data/errors/zeta.yml"),
    ]


def test_429_page_lists_each_provider_side_by_side_and_who_has_none() -> None:
    page = statuspages.render_status_page(GROUP_429, _catalogs())
    assert page == (
        '---\ntitle: "API error 429: what each provider means"\n'
        'description: "What HTTP 429 Too Many Requests means at 1 AI API (Acme): each error side by side, its '
        'fix, and whether retrying helps."\n---\n'
        "\n# HTTP 429 Too Many Requests across AI APIs\n\n"
        "Status **429** · 2 errors at 1 provider · Retry helps for 1 of them\n\n"
        "## How to fix it\n\n"
        "1. Read the code or message to see which limit it is: a rate limit clears with time, a spend cap or an "
        "empty balance does not.\n"
        "1. For a rate limit, retry with exponential backoff and honour any retry-after header.\n"
        "1. For a quota or billing 429, add credit or raise the limit: retrying cannot help.\n\n"
        "## What each provider means by it\n\n"
        "Each provider words its 429 Too Many Requests answers its own way; find the one you called and open its "
        "error for the exact message and fix.\n\n"
        "| Provider | Status | Type or code | Error | Retry helps |\n"
        "|---|---|---|---|---|\n"
        "| Acme | 429 | `out_of_credit` | [Out of credit](../acme/429-out-of-credit.md) | No |\n"
        "| Acme | 429 | `rate_limit` | [Slow \\| down](../acme/429-slow-down.md) | Yes |\n\n"
        "## Providers with no entry for it\n\n"
        "This guide has no 429 Too Many Requests error for Zeta: their error docs list none, or no exact wording "
        "of one was found to quote.\n\n"
        "## Other statuses\n\n"
        "- [400 Bad Request](400.md)\n"
        "- [401 Unauthorized](401.md)\n"
        "- [402 Payment Required](402.md)\n"
        "- [403 Forbidden](403.md)\n"
        "- [404 Not Found](404.md)\n"
        "- [5xx and 529](5xx.md)\n\n"
        "[All errors by provider](../index.md).\n"
    )


def test_5xx_page_takes_every_server_status_and_links_relative_to_itself() -> None:
    page = statuspages.render_status_page(GROUP_5XX, _catalogs())
    assert "| Zeta | 529 | - | [Overloaded](../zeta/529-overloaded.md) | No |\n" in page
    assert "This guide has no 5xx and 529 error for Acme:" in page
    assert "[key checker]" not in page  # only the 401 page's advice links the checker


def test_links_in_the_advice_are_relative_to_the_status_page() -> None:
    page = statuspages.render_status_page(next(g for g in statuspages.GROUPS if g.slug == "401"), _catalogs())
    assert "[key checker](../../key-checker.md)" in page


def test_one_page_per_group_in_order() -> None:
    pages = statuspages.generated(_catalogs())
    assert [uri for uri, _ in pages] == [
        "errors/status/400.md",
        "errors/status/401.md",
        "errors/status/402.md",
        "errors/status/403.md",
        "errors/status/404.md",
        "errors/status/429.md",
        "errors/status/5xx.md",
    ]
