"""Exact output of the pure renderers, on small hand-made data."""

from __future__ import annotations

import base64
import hashlib
import json

import pytest

from sitegen import csp, errorpages, faq, jsonld, links, mdtext, sitemap, tables, tags
from sitegen.errors import BuildError
from sitegen.gitdates import FileDates, parse_git_log
from sitegen.i18n import messages
from sitegen.models import Cell, ErrorCatalog, ErrorEntry, FaqEntry, Retry, Source, StorageOption, Topic
from sitegen.yamlio import parse_yaml

SRC = Source("Docs: Errors", "https://example.com/errors")


def _entry(**changes: object) -> ErrorEntry:
    base: dict[str, object] = {
        "provider": "acme",
        "id": "429-out-of-credit",
        "status": 429,
        "type": "quota",
        "code": "out_of_credit",
        "sdk_exception": None,
        "title": "Out of credit",
        "search_title": "Acme 429 out_of_credit: fix",
        "summary": "The Acme account has no credit left; add credit to continue.",
        "message": "You are out of credit.",
        "variants": (),
        "patterns": ("out of credit",),
        "meaning": "The balance is empty. See [storage](store.md).",
        "causes": ("No credit bought.",),
        "fixes": ("Buy credit.", "Retry."),
        "retry": Retry("no", "Waiting does not add credit."),
        "related": ("acme/401-bad-key",),
        "sources": (SRC,),
        "checked": "2026-11-27",
    }
    base.update(changes)
    return ErrorEntry(**base)  # type: ignore[arg-type]


def test_error_page_markdown() -> None:
    titles = {"acme/401-bad-key": "Acme error 401: Bad key"}
    assert errorpages.render_error_page(_entry(), "Acme", titles) == (
        '---\ntitle: "Acme 429 out_of_credit: fix"\n'
        'description: "\\"Out of credit\\": The Acme account has no credit left; add credit to continue."\n---\n'
        "\n# Acme error 429 out_of_credit: Out of credit\n\n"
        "Status **429** · Code `out_of_credit` · Retry helps: **No**\n\n"
        "## How to fix it\n\n1. Buy credit.\n1. Retry.\n\n"
        "## The exact message\n\n```{ .text .error-message }\nYou are out of credit.\n```\n\n"
        "## What it means\n\nThe balance is empty. See [storage](../../store.md).\n\n"
        "Error type\n:   `quota`\n\n"
        "## Likely causes\n\n- No credit bought.\n\n"
        "## Does retrying help?\n\n**No.** Waiting does not add credit.\n\n"
        "## Related errors\n\n- [Acme error 401: Bad key](401-bad-key.md)\n\n"
        "## Sources\n\n- [Docs: Errors](https://example.com/errors)\n\n"
        "Checked against these sources on 2026-11-27.\n"
    )


@pytest.mark.parametrize(
    ("changes", "line"),
    [
        ({}, "Status **429** · Code `out_of_credit` · Retry helps: **No**"),
        ({"code": None}, "Status **429** · Type `quota` · Retry helps: **No**"),
        ({"code": None, "type": None, "retry": Retry("depends", "x")}, "Status **429** · Retry helps: **It depends**"),
    ],
    ids=["code", "type-only", "neither"],
)
def test_facts_line_under_the_heading(changes: dict[str, object], line: str) -> None:
    assert errorpages.facts_line(_entry(**changes)) == line


def test_an_entry_without_a_message_or_type_has_no_empty_sections() -> None:
    page = errorpages.render_error_page(_entry(message=None, type=None, related=()), "Acme", {})
    assert "## The exact message" not in page
    assert "Error type" not in page
    assert "## Related errors" not in page
    assert "\n\n\n" not in page


def test_message_with_backtick_fence_line_gets_a_longer_fence() -> None:
    page = errorpages.render_error_page(_entry(message="a\n```\nb", related=()), "Acme", {})
    assert "````{ .text .error-message }\na\n```\nb\n````" in page


@pytest.mark.parametrize(
    ("text", "fence"),
    [("plain", "```"), ("a ` b", "```"), ("x ```` y ``", "`````"), ("``\n`````", "``````"), ("", "```")],
)
def test_a_fence_is_longer_than_the_longest_backtick_run(text: str, fence: str) -> None:
    assert mdtext.fenced(text) == f"{fence}text\n{text}\n{fence}"


def test_error_table_links_from_the_page() -> None:
    assert errorpages.error_table([_entry()], "errors/index.md") == (
        "| Status | Type or code | Error | Retry helps |\n|---|---|---|---|\n"
        "| 429 | `out_of_credit` | [Out of credit](acme/429-out-of-credit.md) | No |"
    )


def test_comparison_table_footnotes_and_uncertain_cells() -> None:
    topic = Topic(
        "billing",
        "Billing",
        (
            ("a", Cell("Prepaid | credit", (SRC,), "2026-11-01", uncertain=False, note=None)),
            ("b", Cell("Monthly", (SRC,), "2026-11-27", uncertain=True, note="No primary source says so.")),
        ),
    )
    label = "src-" + __import__("hashlib").sha256(SRC.url.encode()).hexdigest()[:8]
    assert tables.comparison_table([topic], [("a", "Acme"), ("b", "Bravo"), ("c", "Charlie")]) == (
        "| Topic | Acme | Bravo | Charlie |\n|---|---|---|---|\n"
        f"| **Billing** | Prepaid \\| credit[^{label}] | Monthly[^{label}] (unverified[^note-billing-b]) "
        "| unknown: no source checked |\n\n"
        "Checked between 2026-11-01 and 2026-11-27. Sources are in the footnotes.\n\n"
        f"[^{label}]: [Docs: Errors](https://example.com/errors)\n"
        "[^note-billing-b]: No primary source says so."
    )


def test_comparison_table_uncertain_cell_in_zh_tw_has_full_width_brackets() -> None:
    topic = Topic(
        "billing",
        "Billing",
        (("b", Cell("Monthly", (SRC,), "2026-11-27", uncertain=True, note="No primary source says so.")),),
    )
    label = "src-" + __import__("hashlib").sha256(SRC.url.encode()).hexdigest()[:8]
    with messages.use_language("zh-TW"):
        row = tables.comparison_table([topic], [("b", "Bravo")]).split("\n")[2]
    assert row == f"| **Billing** | Monthly[^{label}]（未經證實[^note-billing-b]） |"


@pytest.mark.parametrize(
    ("changes", "label"),
    [
        ({}, "429 `out_of_credit`"),
        ({"code": None}, '429 `quota` ("Out of credit")'),
        ({"code": None, "type": None}, '429 ("Out of credit")'),
    ],
)
def test_short_label_of_an_error(changes: dict[str, object], label: str) -> None:
    assert errorpages.short_label(_entry(**changes)) == label


def test_storage_table() -> None:
    option = StorageOption("vault", "Servers", "Vault", ("encryption", "audit log"), (SRC,), "2026-11-27")
    out = tables.storage_table([option])
    assert out.startswith(
        "| Where the code runs | Keep the key in | What it gives you |\n|---|---|---|\n| Servers | Vault[^src-"
    )
    assert "| encryption; audit log |\n\nAs of 2026-11-27. Sources are in the footnotes." in out


FAQ = FaqEntry(
    id="cost",
    question="Does a key cost money?",
    answer="No. Usage costs money; see [billing](guide/billing.md).",
    pages=("faq.md", "guide/start.md"),
    markup_on="faq.md",
    errors=(),
    sources=(SRC,),
    checked="2026-11-27",
)


def test_faq_block_markdown_is_relinked_for_its_page() -> None:
    assert faq.render_faq_block([FAQ], "guide/start.md", 3, {}) == (
        "### Does a key cost money? { #faq-cost }\n\n"
        '<div class="kb-faq-answer" data-faq-answer="cost" markdown>\n\n'
        "No. Usage costs money; see [billing](billing.md).\n\n</div>\n\n"
        '<p class="kb-faq-sources" markdown>Sources: [Docs: Errors](https://example.com/errors). '
        "Checked 2026-11-27.</p>\n"
    )


def test_faq_page_items_carry_the_rendered_text() -> None:
    items = faq.faq_page_items([FAQ], lambda text: "<p>No. Usage <em>costs</em> money;\n see <a>billing</a>.</p>")
    assert items == [
        {
            "@type": "Question",
            "name": "Does a key cost money?",
            "acceptedAnswer": {"@type": "Answer", "text": "No. Usage costs money; see billing."},
        }
    ]


def test_json_ld_script_escapes_closing_tags() -> None:
    tag = jsonld.script_tag({"text": "</script><script>alert(1)</script>"})
    assert "</script><script>" not in tag.removesuffix("</script>")
    body = tag.removeprefix('<script type="application/ld+json">').removesuffix("</script>")
    assert json.loads(body) == {"text": "</script><script>alert(1)</script>"}


def test_website_block() -> None:
    assert jsonld.website("Guide", "https://x.org/", "Keys explained.", "en") == {
        "@context": "https://schema.org",
        "@type": "WebSite",
        "name": "Guide",
        "url": "https://x.org/",
        "description": "Keys explained.",
        "inLanguage": "en",
    }


def test_breadcrumb_list() -> None:
    crumbs = [jsonld.Crumb("Home", "https://x.org/"), jsonld.Crumb("Errors", "https://x.org/errors/")]
    assert jsonld.breadcrumb_list(crumbs)["itemListElement"] == [
        {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://x.org/"},
        {"@type": "ListItem", "position": 2, "name": "Errors", "item": "https://x.org/errors/"},
    ]


def test_csp_hashes_executable_inline_scripts_only() -> None:
    page = (
        '<head><meta charset="utf-8"><script>var a=1</script><script type="module">b()</script>'
        '<script src="x.js"></script><script type="application/ld+json">{}</script>'
        '<script id="__config" type="application/json">{}</script></head>'
    )
    hashes = csp.inline_script_hashes(page)
    assert hashes == {
        "'sha256-" + __import__("base64").b64encode(__import__("hashlib").sha256(b).digest()).decode() + "'"
        for b in (b"var a=1", b"b()")
    }
    meta = csp.policy(hashes, for_header=False)
    assert "frame-ancestors" not in meta
    assert "'unsafe-inline'" not in meta
    assert csp.policy(hashes, for_header=True).endswith("; frame-ancestors 'none'")
    assert csp.insert_meta(page, "default-src 'none'").startswith(
        '<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src &#x27;none&#x27;">'
    )



def _hash(body: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"


@pytest.mark.parametrize(
    ("page", "bodies"),
    [
        ("<SCRIPT>a()</Script><script TYPE=Module>b()</SCRIPT>", {"a()", "b()"}),
        ("<script>x = '<script>'</script><script>y()</script>", {"x = '<script>'", "y()"}),
        ("<script>\nmulti\nline\n</script>", {"\nmulti\nline\n"}),
        ("<script></script>", {""}),
        ("<script>a()</script><script>never closed", {"a()"}),
        ("<script>never closed <script>b()</script>", {"never closed <script>b()"}),
        ("<script\nsrc='x.js'></script><script type='text/plain'>t</script>", set()),
        ("<scripts>no</scripts><script>ok</script>", {"no</scripts><script>ok"}),  # as the one pattern read it
        ("no script at all", set()),
    ],
)
def test_csp_hashes_the_text_up_to_the_first_end_tag(page: str, bodies: set[str]) -> None:
    assert csp.inline_script_hashes(page) == {_hash(body) for body in bodies}


def test_csp_meta_is_inserted_once_and_replaced_on_a_rebuilt_page() -> None:
    page = '<html><head><meta charset="utf-8"><title>t</title></head></html>'
    once = csp.insert_meta(page, "default-src 'none'")
    again = csp.insert_meta(once, "default-src 'self'")
    assert again.count("Content-Security-Policy") == 1
    assert again == page.replace(
        '<meta charset="utf-8">',
        '<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src &#x27;self&#x27;">',
    )


def test_sitemap_and_robots() -> None:
    assert sitemap.sitemap_xml([("https://x.org/a&b/", "2026-01-02")]) == (
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        "<url><loc>https://x.org/a&amp;b/</loc><lastmod>2026-01-02</lastmod></url>\n</urlset>\n"
    )
    assert sitemap.robots_txt("https://x.org/sitemap.xml") == (
        "User-agent: *\nAllow: /\n\nSitemap: https://x.org/sitemap.xml\n"
    )


def test_git_log_parse_keeps_first_and_latest_dates() -> None:
    log = "@2026-11-20\n\ndocs/a.md\ndocs/b.md\n@2026-10-01\n\ndocs/a.md\n"
    assert parse_git_log(log) == {
        "docs/a.md": FileDates(created="2026-10-01", modified="2026-11-20"),
        "docs/b.md": FileDates(created="2026-11-20", modified="2026-11-20"),
    }


@pytest.mark.parametrize(
    ("target", "page", "link"),
    [
        ("store/index.md#rotate", "errors/openai/x.md", "../../store/index.md#rotate"),
        ("store/index.md", "errors/openai/x.md", "../../store/index.md"),
        ("errors/openai/y.md", "errors/openai/x.md", "y.md"),
        ("errors/openai/y.md", "errors/anthropic/x.md", "../openai/y.md"),
        ("faq.md#a#b", "index.md", "faq.md#a#b"),
        ("index.md", "index.md", "index.md"),
        ("errors/index.md", "errors/index.md", "index.md"),
    ],
)
def test_a_docs_path_relative_to_a_page(target: str, page: str, link: str) -> None:
    # Twice: the second answer comes from the kept one (links._relpath), and must be the same.
    assert [links.relative_to_page(target, page) for _ in range(2)] == [link, link]


def test_links_are_rewritten_only_for_docs_paths() -> None:
    text = "[a](store/index.md#rotate) [b](https://x.org/y.md) [c](#here) [d](/abs.md)"
    assert links.relink(text, "errors/openai/x.md") == (
        "[a](../../store/index.md#rotate) [b](https://x.org/y.md) [c](#here) [d](/abs.md)"
    )


def test_tags_outside_code_are_expanded_and_bad_arguments_named() -> None:
    page = "<!-- keybase:storage -->\n```\n<!-- keybase:storage -->\n```\n<!-- keybase:other x=1 -->"
    out = tags.expand_tags(page, {"storage": lambda tag: "TABLE"}, "p.md")
    assert out == "TABLE\n```\n<!-- keybase:storage -->\n```\n<!-- keybase:other x=1 -->"
    assert [t.name for t in tags.leftover_tags(out, "p.md")] == ["other"]
    with pytest.raises(BuildError, match=r"p\.md:1: tag keybase:faq: expected arguments as key=value"):
        tags.expand_tags("<!-- keybase:faq level 3 -->", {}, "p.md")


def test_yaml_keeps_dates_as_text_and_refuses_duplicate_keys() -> None:
    assert parse_yaml("checked: 2026-11-27\n", "x.yml") == {"checked": "2026-11-27"}
    with pytest.raises(BuildError, match=r"x\.yml:2:1: invalid YAML: duplicate key 'a' \(first at line 1\)"):
        parse_yaml("a: 1\na: 2\n", "x.yml")


def test_error_pages_join_the_nav_under_their_provider_index() -> None:
    catalog = ErrorCatalog("acme", "Acme", "Intro.", (_entry(),), "data/errors/acme.yml")
    nav: list[object] = [
        {"Home": "index.md"},
        {"Errors": ["errors/index.md", {"Acme": "errors/acme/index.md"}, {"Other": "errors/other/index.md"}]},
    ]
    expected = [
        {"Home": "index.md"},
        {
            "Errors": [
                "errors/index.md",
                {"Acme": ["errors/acme/index.md", {"429: Out of credit": "errors/acme/429-out-of-credit.md"}]},
                {"Other": "errors/other/index.md"},
            ]
        },
    ]
    assert errorpages.with_error_pages_in_nav(nav, [catalog]) == expected
    assert errorpages.with_error_pages_in_nav(expected, [catalog]) == expected


def test_sitemap_with_hreflang_alternates() -> None:
    root = "https://x.example/"
    alternates = sitemap.hreflang_alternates(
        root, [("en", "", [root, root + "faq/", root + "only-en/"]), ("zh-Hant-TW", "zh-TW/", [root + "zh-TW/faq/"])]
    )
    pair = [("en", root + "faq/"), ("zh-Hant-TW", root + "zh-TW/faq/"), ("x-default", root + "faq/")]
    assert alternates == {root + "faq/": pair, root + "zh-TW/faq/": pair}
    assert sitemap.sitemap_xml([(root + "faq/", "2026-11-29")], alternates) == (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
        "<url><loc>https://x.example/faq/</loc><lastmod>2026-11-29</lastmod>"
        '<xhtml:link rel="alternate" hreflang="en" href="https://x.example/faq/"/>'
        '<xhtml:link rel="alternate" hreflang="zh-Hant-TW" href="https://x.example/zh-TW/faq/"/>'
        '<xhtml:link rel="alternate" hreflang="x-default" href="https://x.example/faq/"/></url>\n'
        "</urlset>\n"
    )
    assert sitemap.hreflang_alternates(root, [("en", "", [root])]) == {}
