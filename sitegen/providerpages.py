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
from sitegen import templating
from sitegen.i18n.messages import N_, _
from sitegen.mdtext import as_of
from sitegen.models import Source
from sitegen.tables import Footnotes, key_format_rows

GUIDES_DIR = "get-a-key"
INDEX = f"{GUIDES_DIR}/index.md"
NAV_SECTION = N_("Other providers")

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
    return _("Get your {provider} API key").format(provider=provider.name)


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


def _test_phrase(call: TestCall) -> str:
    """How the page's description sums up its test call."""
    if not call.proves_key:
        return _("how far a free request can test one")
    return _("a call that tests one for free") if call.costs_nothing else _("a call that tests one")


def render_provider_page(provider: Provider) -> str:
    """The Markdown of one provider's page (at guide_uri(provider.id)); its words are in
    templates/provider_page.md.j2. Footnotes are numbered in the order the facts are cited."""
    call = provider.test_call
    notes = Footnotes()
    rows, dates = key_format_rows([provider], notes)
    provider_cited = _cite(notes, provider.sources)
    call_cited = _cite(notes, call.sources)
    dates += [s.checked for s in provider.sources] + [s.checked for s in call.sources]
    return templating.render(
        "provider_page.md.j2",
        provider=provider,
        call=call,
        here=guide_uri(provider.id),
        env=list(provider.env_vars),
        header_name=provider.auth_header.partition(":")[0],
        title=page_title(provider),
        description=_(
            "Where to create {provider} API keys, what they look like, the environment variable and header "
            "they go in, and {test}."
        ).format(provider=provider.name, test=_test_phrase(call)),
        console_host=_host(provider.console_url),
        docs_host=_host(provider.docs_url),
        format_rows=rows,
        provider_cited=provider_cited,
        call_cited=call_cited,
        curl=curl_command(call, provider.env_vars),
        placeholders=_URL_PLACEHOLDER.findall(call.url),
        as_of=as_of(dates),
        definitions=notes.definitions(),
    )


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
            section = _(NAV_SECTION)
            kept = [i for i in items if not (isinstance(i, dict) and section in i)]
            return [*kept, {section: entries}], True
        result: list[object] = []
        found = False
        for item in items:
            if not found and isinstance(item, dict) and len(item) == 1:
                ((key, value),) = item.items()
                if isinstance(value, list):
                    value, found = walk(value)
                result.append({key: value})
            else:
                result.append(item)
        return result, found

    updated, _found = walk(nav)
    return updated
