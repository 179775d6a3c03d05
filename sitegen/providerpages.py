"""checker.PROVIDERS -> a short "get a key" page per provider that has no hand-written guide.

Each page answers "how do I get a <name> API key" first, then gives the console, the key formats,
the environment variables, the auth header and the no-cost test call as curl, with every fact's
source as a footnote. What no source confirmed (Provider.notes, TestCall.notes) is shown as a note.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from urllib.parse import urlsplit

from checker.providers import Provider, TestCall
from checker.providers import Source as FactSource
from sitegen.links import relative_to_page
from sitegen.mdtext import as_of, code, fenced, front_matter
from sitegen.models import Source
from sitegen.tables import Footnotes, key_format_rows

GUIDES_DIR = "get-a-key"
INDEX = f"{GUIDES_DIR}/index.md"
NAV_SECTION = "Other providers"

HANDWRITTEN = {"openai": "openai.md", "anthropic": "anthropic.md", "google": "google-gemini.md"}
"""Providers with a full hand-written guide (file under get-a-key/); every other one gets a generated page."""

_KEY = "<key>"
_PUBLIC_KEY = "<public key>"
_BASIC = re.compile(r"^Basic base64\((?P<user>[^:()]+):(?P<password>[^()]+)\)$")
_URL_PLACEHOLDER = re.compile(r"<[a-z][a-z -]*>")


def guide_uri(provider_id: str) -> str:
    """The docs path of a provider's guide: hand-written, or generated at get-a-key/<id with hyphens>.md."""
    return f"{GUIDES_DIR}/{HANDWRITTEN.get(provider_id) or provider_id.replace('_', '-') + '.md'}"


def generated_ids(providers: Mapping[str, Provider]) -> list[str]:
    """The providers that get a generated page, in PROVIDERS order."""
    return [pid for pid in providers if pid not in HANDWRITTEN]


def page_title(provider: Provider) -> str:
    return f"Get your {provider.name} API key"


def newest_checked(provider: Provider) -> str:
    """The newest date any fact on the provider's page was checked."""
    found = [*provider.sources, *provider.test_call.sources, *(s for f in provider.formats for s in f.sources)]
    return max(s.checked for s in found)


def _cite(notes: Footnotes, sources: Sequence[FactSource]) -> str:
    return notes.cite(Source(s.title, s.url) for s in sources)


def curl_command(call: TestCall, env_vars: Sequence[str]) -> str:
    """The test call as curl; the key is read from its environment variable, never written out.

    `<key>` becomes $<first env var>; `<public key>` becomes the variable whose name says PUBLIC;
    a `Basic base64(user:password)` value becomes curl's -u, which does the encoding.
    """
    secret = f"${env_vars[0]}" if env_vars else _KEY
    public = next((f"${v}" for v in env_vars if "PUBLIC" in v), _PUBLIC_KEY)

    def fill(text: str) -> str:
        return text.replace(_PUBLIC_KEY, public).replace(_KEY, secret)

    lines = ["curl" + ("" if call.method == "GET" else f" -X {call.method}") + f' "{call.url}"']
    for name, value in call.headers:
        basic = _BASIC.match(value) if name.lower() == "authorization" else None
        if basic:
            lines.append(f'-u "{fill(basic["user"])}:{fill(basic["password"])}"')
        else:
            lines.append(f'-H "{name}: {fill(value)}"')
    return " \\\n  ".join(lines)


def _host(url: str) -> str:
    parts = urlsplit(url)
    return parts.netloc + (parts.path if parts.path not in ("", "/") else "")


def _or_list(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" or {items[-1]}"


def _note(title: str, text: str) -> list[str]:
    """A note admonition: what no source confirmed stays visible, not hidden in a footnote."""
    return [f'!!! note "{title}"', *(f"    {line}" if line.strip() else "" for line in text.splitlines()), ""]


def _test_phrase(call: TestCall) -> str:
    """How the page's description sums up its test call."""
    if not call.proves_key:
        return "how far a free request can test one"
    return "a call that tests one for free" if call.costs_nothing else "a call that tests one"


def render_provider_page(provider: Provider) -> str:
    """The Markdown of one provider's page (at guide_uri(provider.id))."""
    here = guide_uri(provider.id)
    call = provider.test_call
    notes = Footnotes()
    env = provider.env_vars
    header_name, _, _ = provider.auth_header.partition(":")
    title = page_title(provider)
    description = (
        f"Where to create {provider.name} API keys, what they look like, the environment variable and header "
        f"they go in, and {_test_phrase(call)}."
    )
    store = relative_to_page("store-your-key.md", here)
    env_text = f"put it in {code(env[0])}, the environment variable most tools look for, and " if env else ""
    if not call.proves_key:
        test = (
            "No free request is known that proves the key works: the one further down only shows that the "
            "service answers, and its note names a small paid request that does."
        )
    elif call.costs_nothing:
        test = "The request further down tells you whether the key works without spending anything."
    else:
        test = "The request further down tells you whether the key works."
    out = [
        front_matter({"title": title, "description": description}),
        f"# {title}",
        "",
        f"To get your {provider.name} API key, sign in to the {provider.name} console at "
        f"[{_host(provider.console_url)}]({provider.console_url}), create a key and copy it somewhere safe "
        f"straight away. Then {env_text}send it in the {code(header_name)} header. {test}",
        "",
    ]
    if provider.notes:
        out += _note("Not yet confirmed by a source", provider.notes)
    if provider.remarks:
        out += _note("Good to know", provider.remarks)

    out += [
        "## Create the key",
        "",
        f"1. Open the {provider.name} console at <{provider.console_url}> and sign in, or create an account.",
        "1. Create a new key. Name it after the application or machine that will use it, so you know which "
        "key to revoke if one leaks.",
        f"1. Copy the key at once into a password manager or a `.env` file that git ignores "
        f"([Store your key]({store})). Treat it like a password.",
        "1. Run the test call below." if call.proves_key else "1. Check that the service answers (below).",
        "",
        f"{provider.name}'s own instructions: [{_host(provider.docs_url)}]({provider.docs_url}).",
        "",
        "## What the key looks like",
        "",
        f"From the same data the [key checker]({relative_to_page('key-checker.md', here)}) uses:",
        "",
    ]
    rows, dates = key_format_rows([provider], notes)
    out += [*rows, ""]

    out += ["## Where the key goes", ""]
    cited = _cite(notes, provider.sources)
    if env:
        label = "Environment variable" if len(env) == 1 else "Environment variables"
        out.append(f"- {label} its SDKs and tools read: {', '.join(code(v) for v in env)}.{cited}")
    out += [f"- Request header: {code(provider.auth_header)}, with your key in place of `<key>`.{cited}", ""]

    if not call.proves_key:
        heading = "Check that the service answers"
    else:
        heading = "Test it without spending anything" if call.costs_nothing else "Test it"
    out += [f"## {heading}", ""]
    where = f"it reads the key from {code('$' + env[0])}" if env else "put your key in place of `<key>`"
    out.append(f"Send this {call.method} request; {where}:{_cite(notes, call.sources)}")
    out += ["", fenced(curl_command(call, env), "bash"), ""]
    placeholders = _URL_PLACEHOLDER.findall(call.url)
    if placeholders:
        out += [f"Replace {_or_list([code(p) for p in placeholders])} in the address with your own value.", ""]
    out += [f"**What the answer means:** {call.expect}", ""]
    if call.notes:
        out += _note("Unverified", call.notes)

    dates += [s.checked for s in provider.sources] + [s.checked for s in call.sources]
    out += [
        "## Next steps",
        "",
        f"- [Store the key]({store}) outside your code.",
        f"- If the test fails, [troubleshoot]({relative_to_page('troubleshooting/index.md', here)}) "
        "from the error you see.",
        f"- [Compare {provider.name} with other providers]({relative_to_page('compare.md', here)}).",
        "",
        f"{as_of(dates)} Sources are in the footnotes.",
        "",
        *notes.definitions(),
        "",
    ]
    return "\n".join(out)


def nav_entries(providers: Mapping[str, Provider]) -> list[dict[str, str]]:
    """mkdocs.yml-style nav items ({title: docs path}) of the generated pages."""
    return [{providers[pid].name: guide_uri(pid)} for pid in generated_ids(providers)]


def with_nav_section(nav: list[object], entries: list[dict[str, str]]) -> list[object]:
    """The nav (mkdocs.yml's data) with a NAV_SECTION of entries at the end of the section that holds INDEX.

    Replaces a section of the same name, so running it twice changes nothing. A nav without INDEX is
    returned unchanged (a site that has no "get a key" section gets the pages without nav entries).
    """

    def walk(items: list[object]) -> tuple[list[object], bool]:
        if INDEX in items or any(isinstance(i, dict) and INDEX in i.values() for i in items):
            kept = [i for i in items if not (isinstance(i, dict) and NAV_SECTION in i)]
            return [*kept, {NAV_SECTION: entries}], True
        result: list[object] = []
        found = False
        for item in items:
            if not found and isinstance(item, dict) and len(item) == 1:
                (key, value), = item.items()
                if isinstance(value, list):
                    value, found = walk(value)
                result.append({key: value})
            else:
                result.append(item)
        return result, found

    updated, _ = walk(nav)
    return updated

