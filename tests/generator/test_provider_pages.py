"""Exact output of the generated provider pages, their curl call, nav section and the linked overview table."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from checker import PROVIDERS
from checker.providers import KeyFormat, Provider, Source, TestCall
from sitegen import providerpages, tables

SRC = Source("Acme docs: keys", "https://acme.example/docs/keys", "2026-11-20")
SCAN = Source("scanner rule", "https://scanner.example/acme", "2026-11-27")
DOC_NOTE = "src-ebfbe907"  # footnote labels: a hash of each source URL
SCAN_NOTE = "src-b171115d"

PROVIDER = Provider(
    id="acme_ai",
    name="Acme AI",
    formats=(
        KeyFormat("standard", "API key", "ak_", (40, 40), "letters and digits", None, True, True, "", (SRC, SCAN)),
    ),
    env_vars=("ACME_API_KEY", "ACME_KEY"),
    auth_header="Authorization: Bearer <key>",
    console_url="https://console.acme.example/keys",
    docs_url="https://acme.example/docs/keys",
    test_call=TestCall(
        "GET",
        "https://<region>.api.acme.example/v1/models",
        (("Authorization", "Bearer <key>"), ("Acme-Version", "2026-01")),
        True,
        "A 200 with a list of models means the key works.",
        (SCAN,),
        notes="No Acme source says whether the list needs a key.",
    ),
    sources=(SRC,),
    notes="The second variable name comes from one tool only.",
)


def test_provider_page_markdown() -> None:
    assert providerpages.render_provider_page(PROVIDER) == (
        '---\ntitle: "Get your Acme AI API key"\n'
        'description: "Where to create Acme AI API keys, what they look like, the environment variable and header '
        'they go in, and a call that tests one for free."\n---\n\n'
        "# Get your Acme AI API key\n\n"
        "To get your Acme AI API key, sign in to the Acme AI console at "
        "[console.acme.example/keys](https://console.acme.example/keys), create a key and copy it somewhere safe "
        "straight away. Then put it in `ACME_API_KEY`, the environment variable most tools look for, and send it "
        "in the `Authorization` header. The request further down tells you whether the key works without "
        "spending anything.\n\n"
        '!!! note "Not yet confirmed by a source"\n    The second variable name comes from one tool only.\n\n'
        "## Create the key\n\n"
        "1. Open the Acme AI console at <https://console.acme.example/keys> and sign in, or create an account.\n"
        "1. Create a new key. Name it after the application or machine that will use it, so you know which key "
        "to revoke if one leaks.\n"
        "1. Copy the key at once into a password manager or a `.env` file that git ignores "
        "([Store your key](../store-your-key.md)). Treat it like a password.\n"
        "1. Run the test call below.\n\n"
        "Acme AI's own instructions: [acme.example/docs/keys](https://acme.example/docs/keys).\n\n"
        "## What the key looks like\n\n"
        "From the same data the [key checker](../key-checker.md) uses:\n\n"
        "| Provider | Key type | Starts with | Length | Characters | Documented by the provider |\n"
        "|---|---|---|---|---|---|\n"
        f"| Acme AI | API key[^{DOC_NOTE}][^{SCAN_NOTE}] | `ak_` | 40 | letters and digits | yes |\n\n"
        "## Where the key goes\n\n"
        f"- Environment variables its SDKs and tools read: `ACME_API_KEY`, `ACME_KEY`.[^{DOC_NOTE}]\n"
        f"- Request header: `Authorization: Bearer <key>`, with your key in place of `<key>`.[^{DOC_NOTE}]\n\n"
        "## Test it without spending anything\n\n"
        f"Send this GET request; it reads the key from `$ACME_API_KEY`:[^{SCAN_NOTE}]\n\n"
        '```bash\ncurl "https://<region>.api.acme.example/v1/models" \\\n'
        '  -H "Authorization: Bearer $ACME_API_KEY" \\\n  -H "Acme-Version: 2026-01"\n```\n\n'
        "Replace `<region>` in the address with your own value.\n\n"
        "**What the answer means:** A 200 with a list of models means the key works.\n\n"
        '!!! note "Unverified"\n    No Acme source says whether the list needs a key.\n\n'
        "## Next steps\n\n"
        "- [Store the key](../store-your-key.md) outside your code.\n"
        "- If the test fails, [troubleshoot](../troubleshooting/index.md) from the error you see.\n"
        "- [Compare Acme AI with other providers](../compare.md).\n\n"
        "Checked between 2026-11-20 and 2026-11-27. Sources are in the footnotes.\n\n"
        f"[^{DOC_NOTE}]: [Acme docs: keys](https://acme.example/docs/keys)\n"
        f"[^{SCAN_NOTE}]: [scanner rule](https://scanner.example/acme)\n"
    )


def test_a_call_that_answers_without_a_key_is_not_called_a_test() -> None:
    call = replace(PROVIDER.test_call, proves_key=False)
    page = providerpages.render_provider_page(replace(PROVIDER, test_call=call))
    assert "## Check that the service answers\n" in page
    assert "No free request is known that proves the key works" in page
    assert "how far a free request can test one" in page
    assert "tells you whether the key works" not in page
    assert "Test it" not in page
    assert "1. Run the test call below." not in page


@pytest.mark.parametrize("provider_id", list(PROVIDERS))
def test_real_pages_promise_a_key_test_only_when_the_call_proves_one(provider_id: str) -> None:
    provider = PROVIDERS[provider_id]
    page = providerpages.render_provider_page(provider)
    assert ("tells you whether the key works" in page) is provider.test_call.proves_key


def test_confirmed_provider_has_no_notes() -> None:
    call = replace(PROVIDER.test_call, notes="", url="https://api.acme.example/")
    page = providerpages.render_provider_page(replace(PROVIDER, notes="", test_call=call))
    assert "!!! note" not in page
    assert "Replace `" not in page


@pytest.mark.parametrize(
    ("headers", "env_vars", "expected"),
    [
        (
            (("x-api-key", "<key>"),),
            ("ACME_API_KEY",),
            'curl "https://a.example/v1" \\\n  -H "x-api-key: $ACME_API_KEY"',
        ),
        ((("x-api-key", "<key>"),), (), 'curl "https://a.example/v1" \\\n  -H "x-api-key: <key>"'),
        (
            (("Authorization", "Basic base64(<public key>:<key>)"),),
            ("ACME_SECRET_KEY", "ACME_PUBLIC_KEY"),
            'curl "https://a.example/v1" \\\n  -u "$ACME_PUBLIC_KEY:$ACME_SECRET_KEY"',
        ),
    ],
    ids=["header", "no-env-var", "basic-auth"],
)
def test_curl_command(headers: tuple[tuple[str, str], ...], env_vars: tuple[str, ...], expected: str) -> None:
    call = TestCall("GET", "https://a.example/v1", headers, True, "", ())
    assert providerpages.curl_command(call, env_vars) == expected


def test_curl_command_names_a_method_other_than_get() -> None:
    call = TestCall("POST", "https://a.example/v1", (), False, "", ())
    assert providerpages.curl_command(call, ()) == 'curl -X POST "https://a.example/v1"'


@pytest.mark.parametrize("provider_id", list(PROVIDERS), ids=str)
def test_real_test_calls_never_hold_a_key(provider_id: str) -> None:
    provider = PROVIDERS[provider_id]
    command = providerpages.curl_command(provider.test_call, provider.env_vars)
    assert "<key>" not in command
    for name, _ in provider.test_call.headers:
        assert name in command or "-u " in command


def test_generated_pages_are_every_provider_without_a_guide() -> None:
    ids = providerpages.generated_ids(PROVIDERS)
    assert ids[:2] == ["azure_openai", "aws_bedrock"]
    assert not {"openai", "anthropic", "google"} & set(ids)
    assert providerpages.guide_uri("google") == "get-a-key/google-gemini.md"
    assert providerpages.guide_uri("aws_bedrock") == "get-a-key/aws-bedrock.md"


NAV: list[object] = [
    {"Home": "index.md"},
    {"Get a key": ["get-a-key/index.md", {"OpenAI": "get-a-key/openai.md"}]},
    {"FAQ": "faq.md"},
]


def test_nav_section_goes_after_the_guides_and_is_idempotent() -> None:
    entries = [{"Acme AI": "get-a-key/acme-ai.md"}]
    once = providerpages.with_nav_section(NAV, entries)
    assert once == [
        {"Home": "index.md"},
        {
            "Get a key": [
                "get-a-key/index.md",
                {"OpenAI": "get-a-key/openai.md"},
                {"Other providers": [{"Acme AI": "get-a-key/acme-ai.md"}]},
            ]
        },
        {"FAQ": "faq.md"},
    ]
    assert providerpages.with_nav_section(once, entries) == once
    assert NAV[1] == {"Get a key": ["get-a-key/index.md", {"OpenAI": "get-a-key/openai.md"}]}  # not mutated


def test_nav_without_the_index_is_unchanged() -> None:
    nav: list[object] = [{"Home": "index.md"}]
    assert providerpages.with_nav_section(nav, [{"Acme AI": "get-a-key/acme-ai.md"}]) == nav


def test_overview_table_links_provider_names_to_their_pages() -> None:
    out = tables.provider_overview_table([PROVIDER], {"acme_ai": "acme-ai.md"})
    assert out.splitlines()[2] == (
        f"| [Acme AI](acme-ai.md)[^{DOC_NOTE}] | <https://console.acme.example/keys> | `ACME_API_KEY`, `ACME_KEY` "
        "| `Authorization: Bearer <key>` |"
    )


def test_built_site_has_every_provider_page_in_the_nav(built_site: Path) -> None:
    index = (built_site / "get-a-key" / "index.html").read_text(encoding="utf-8")
    nav = index[index.index("md-nav--primary") :]
    assert "Other providers" in nav
    for provider_id in providerpages.generated_ids(PROVIDERS):
        slug = provider_id.replace("_", "-")
        page = built_site / "get-a-key" / slug / "index.html"
        assert page.is_file(), provider_id
        assert f'href="{slug}/"' in nav, f"{provider_id}: not in the nav"
        assert "TechArticle" in page.read_text(encoding="utf-8"), provider_id


# The length column: the exact lengths where sources state them (a range would tell readers that every
# length between is fine), the accepted range otherwise, and "not documented" where no source gives one.
LENGTH_CELLS = [
    ("exact", replace(PROVIDER.formats[0], total_length=(56, 164), lengths=(164, 132)), "132, 164"),
    ("range", replace(PROVIDER.formats[0], total_length=(113, 275)), "113–275"),
    ("unstated", replace(PROVIDER.formats[0], total_length=(14, 400), length_stated=False), "not documented"),
]


@pytest.mark.parametrize(("case", "fmt", "cell"), LENGTH_CELLS, ids=[c[0] for c in LENGTH_CELLS])
def test_the_length_cell(case: str, fmt: KeyFormat, cell: str) -> None:
    table = tables.key_format_table([replace(PROVIDER, formats=(fmt,))])
    row = next(line for line in table.splitlines() if line.startswith("| Acme AI |"))
    assert f"| `ak_` | {cell} | letters and digits |" in row
