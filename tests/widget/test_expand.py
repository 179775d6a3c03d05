"""The embed tag expansion (sitegen.widgets): exact HTML, URLs from any page depth, build errors."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from checker import FINDINGS, PROVIDERS
from sitegen.errors import BuildError
from sitegen.findinglinks import FindingLinks, Target
from sitegen.tags import expand_tags
from sitegen.widgets import (
    KeyCheckerTags,
    SitePaths,
    finding_links_json,
    provider_options,
    relative_url,
    render_findings_table,
    render_key_checker,
)
from tests.widget.test_findinglinks import site_links

PROVIDERS_2 = (("openai", "OpenAI"), ("anthropic", "Anthropic & Co"))
PATHS = SitePaths(runtime_dir="assets/pyodide", checker_dir="assets/checker")
CHECKS = Target("key-checker.md#what-it-checks", "key-checker/#what-it-checks", "Key checker – What it checks")
LINKS_2 = FindingLinks(
    findings={
        "EMPTY": CHECKS,
        "TOO_SHORT": Target("get-a-key/index.md", "get-a-key/", "Get an API key"),
        "SPACE_INSIDE": CHECKS,
    },
    guides={"openai": Target("get-a-key/openai.md", "get-a-key/openai/", "Get an OpenAI <API> key & more")},
    by_provider=frozenset({"TOO_SHORT"}),
)

EXPECTED = """<div class="keycheck" id="keycheck-1" data-keycheck data-keycheck-state="idle" \
data-runtime="../../assets/pyodide/" data-checker="../../assets/checker/">
  <link rel="stylesheet" href="../../assets/keycheck/keycheck.css">
  <script type="application/json" class="keycheck__links">{"pages":[["../../key-checker/#what-it-checks",\
"Key checker \\u2013 What it checks"],["../../get-a-key/","Get an API key"],["../../get-a-key/openai/",\
"Get an OpenAI \\u003cAPI\\u003e key \\u0026 more"]],"findings":{"EMPTY":0,"TOO_SHORT":1,"SPACE_INSIDE":0},\
"guides":{"openai":2},"byProvider":["TOO_SHORT"]}</script>
  <script type="application/json" class="keycheck__words">{"verdict":{"error":"Problem","warning":"Warning",\
"info":"Note"}}</script>
  <noscript><link rel="stylesheet" href="../../assets/keycheck/nojs.css">
  <p class="keycheck__nojs">The key checker runs in your browser and needs JavaScript, which is off or blocked \
on this page. You can run the same checks in a terminal with <code>keycheck</code>, or compare your key with \
the formats described in these guides.</p></noscript>
  <div class="keycheck__form">
    <div class="keycheck__field">
      <label class="keycheck__label" for="keycheck-1-key">API key</label>
      <div class="keycheck__row">
        <input class="keycheck__input" id="keycheck-1-key" type="password" autocomplete="off" spellcheck="false" \
autocapitalize="off" autocorrect="off" aria-describedby="keycheck-1-hint">
        <button class="keycheck__button keycheck__toggle" type="button" aria-controls="keycheck-1-key" \
aria-label="Show API key">Show</button>
        <button class="keycheck__button keycheck__clear" type="button" aria-label="Clear API key">Clear</button>
      </div>
      <p class="keycheck__hint" id="keycheck-1-hint">Checked inside this page. The key is never sent anywhere, \
stored or logged.</p>
    </div>
    <div class="keycheck__field">
      <label class="keycheck__label" for="keycheck-1-provider">I expect a key from</label>
      <select class="keycheck__provider" id="keycheck-1-provider">
        <option value="">any provider (detect it)</option>
        <option value="openai">OpenAI</option>
        <option value="anthropic" selected>Anthropic &amp; Co</option>
      </select>
    </div>
    <div class="keycheck__progress" hidden>
      <progress class="keycheck__bar" id="keycheck-1-progress" max="4" value="0" aria-labelledby="keycheck-1-step">\
</progress>
      <span class="keycheck__step" id="keycheck-1-step">Loading the checker</span>
    </div>
    <div class="keycheck__error" role="alert" hidden>
      <p class="keycheck__error-text"></p>
      <button class="keycheck__button keycheck__retry" type="button">Try again</button>
    </div>
    <div class="keycheck__result" role="status" aria-live="polite"></div>
  </div>
  <script type="module" src="../../assets/keycheck/widget.js"></script>
</div>"""


def test_renders_the_exact_widget_html() -> None:
    html = render_key_checker(
        index=1,
        page_url="troubleshooting/flow/",
        paths=PATHS,
        providers=PROVIDERS_2,
        preselect="anthropic",
        links=LINKS_2,
    )
    assert html == EXPECTED


def test_without_finding_links_the_widget_has_no_link_data() -> None:
    html = render_key_checker(index=1, page_url="troubleshooting/flow/", paths=PATHS, providers=PROVIDERS_2)
    assert "keycheck__links" not in html
    assert html.startswith(EXPECTED[: EXPECTED.index("\n  <script")])
    assert '<script type="application/json" class="keycheck__words">' in html  # the severity words all the same


def test_start_idle_marks_the_widget_and_intent_is_the_default() -> None:
    idle = render_key_checker(
        index=1, page_url="troubleshooting/flow/", paths=PATHS, providers=PROVIDERS_2, start="idle"
    )
    assert idle.startswith(
        '<div class="keycheck" id="keycheck-1" data-keycheck data-keycheck-state="idle" data-start="idle" '
        'data-runtime="../../assets/pyodide/" data-checker="../../assets/checker/">\n'
    )
    assert idle.replace(' data-start="idle"', "", 1) == render_key_checker(
        index=1, page_url="troubleshooting/flow/", paths=PATHS, providers=PROVIDERS_2
    )
    out = _expand(
        "<!-- keybase:key-checker start=idle provider=openai -->\n<!-- keybase:key-checker start=intent -->\n"
    )
    assert out.count('data-start="idle"') == 1
    assert out.index('data-start="idle"') < out.index('id="keycheck-2"')
    assert out.count('<option value="openai" selected>') == 1
    assert 'data-start="returning"' in _expand("<!-- keybase:key-checker start=returning -->\n")


@pytest.mark.parametrize(
    ("page_url", "first_href"),
    [
        ("key-checker/", "./#what-it-checks"),
        ("troubleshooting/", "../key-checker/#what-it-checks"),
        ("", "key-checker/#what-it-checks"),
    ],
)
def test_finding_link_hrefs_are_relative_to_the_page_the_widget_is_on(page_url: str, first_href: str) -> None:
    data = json.loads(finding_links_json(LINKS_2, page_url))
    assert data["pages"][0] == [first_href, "Key checker – What it checks"]
    assert "<" not in finding_links_json(LINKS_2, page_url)


@pytest.mark.parametrize(
    ("target", "page_url", "expected"),
    [
        ("assets/keycheck/widget.js", "", "assets/keycheck/widget.js"),
        ("assets/keycheck/widget.js", "key-checker/", "../assets/keycheck/widget.js"),
        ("assets/keycheck/widget.js", "a/b/", "../../assets/keycheck/widget.js"),
        ("assets/pyodide/", "a/b/", "../../assets/pyodide/"),
        ("assets/pyodide/", "guide.html", "assets/pyodide/"),
        ("assets/pyodide/", "a/guide.html", "../assets/pyodide/"),
        ("key-checker/", "key-checker/", "./"),
        ("key-checker/", "", "key-checker/"),
        ("key-checker.html", "a/b.html", "../key-checker.html"),
    ],
)
def test_relative_url_from_any_page(target: str, page_url: str, expected: str) -> None:
    assert relative_url(target, page_url) == expected


def _expand(markdown: str, page_url: str = "key-checker/", source: str = "key-checker.md") -> str:
    handlers = KeyCheckerTags(
        page_url=page_url, source=source, paths=PATHS, providers=PROVIDERS_2, links=site_links
    ).handlers()
    return expand_tags(markdown, handlers, source)


def test_tag_lines_become_widgets_with_unique_ids_and_other_text_stays() -> None:
    out = _expand(
        "# Title\n\nBefore.\n<!-- keybase:key-checker -->\nAfter.\n\n<!--keybase:key-checker provider=openai-->\n"
    )
    assert out.startswith('# Title\n\nBefore.\n\n<div class="keycheck" id="keycheck-1"')
    assert re.findall(r'id="(keycheck-\d)"', out) == ["keycheck-1", "keycheck-2"]
    assert "\n\nAfter.\n" in out
    assert out.count('<option value="openai" selected>') == 1
    # Module scripts run once however many widgets a page has; each widget has its own link data.
    assert out.count('<script type="module"') == 2
    assert out.count('<script type="application/json" class="keycheck__links">') == 2


def test_text_without_the_tag_is_returned_unchanged() -> None:
    text = "# Title\n\n<!-- a comment -->\nSee keybase: key checker.\n"
    assert _expand(text) == text


def test_tag_inside_fenced_code_and_inline_is_left_alone() -> None:
    text = (
        "```md\n<!-- keybase:key-checker -->\n```\n\n"
        "~~~~\n<!-- keybase:key-checker -->\n~~~~\n"
        "Use `<!-- keybase:key-checker -->`.\n"
    )
    assert _expand(text) == text


@pytest.mark.parametrize(
    ("tag", "message"),
    [
        ("<!-- keybase:key-checker provider=nobody -->", "page.md:3: keybase:key-checker: provider='nobody' is not"),
        ("<!-- keybase:key-checker size=big -->", "page.md:3: keybase:key-checker: unknown attribute 'size'"),
        ("<!-- keybase:key-checker start=now -->", "page.md:3: keybase:key-checker: start='now' is not one of"),
        # Read by the one tag parser (sitegen.tags), which words it for every tag alike.
        (
            "<!-- keybase:key-checker provider -->",
            "page.md:3: tag keybase:key-checker: expected arguments as key=value",
        ),
    ],
    ids=["unknown-provider", "unknown-attribute", "unknown-start", "no-value"],
)
def test_bad_tags_stop_the_build_naming_page_and_line(tag: str, message: str) -> None:
    with pytest.raises(BuildError) as caught:
        _expand(f"# Title\n\n{tag}\n", source="page.md")
    assert str(caught.value).startswith(message)


def test_provider_options_come_from_the_checker_in_display_order() -> None:
    assert provider_options() == tuple((p.id, p.name) for p in PROVIDERS.values())
    assert provider_options()[:3] == (
        ("openai", "OpenAI"),
        ("anthropic", "Anthropic"),
        ("google", PROVIDERS["google"].name),
    )


def test_built_checker_page_embeds_one_widget_with_assets_that_exist(built_site: Path) -> None:
    page = built_site / "key-checker" / "index.html"
    html = page.read_text(encoding="utf-8")
    assert html.count("data-keycheck ") == 1
    for url in re.findall(r'(?:src|href)="(\.\./assets/keycheck/[^"]+)"', html):
        assert (page.parent / url).resolve().is_file(), url
    for attr in ("data-runtime", "data-checker"):
        folder = re.search(rf'{attr}="([^"]+)"', html)
        assert folder is not None
        assert (page.parent / folder.group(1)).resolve().is_dir(), attr
    assert len(re.findall(r"<option value=", html)) == len(PROVIDERS) + 1
    # The home page's checker starts at idle; this page's at once for a returning reader with the offline
    # copy, else on intent (with an idle start this page's Lighthouse performance fell under the 0.95 bar in
    # a CI run); the troubleshooting page's on intent.
    assert html.count('data-start="idle"') == 0
    assert html.count('data-start="returning"') == 1
    assert (built_site / "index.html").read_text(encoding="utf-8").count('data-start="idle"') == 1
    assert "data-start=" not in (built_site / "troubleshooting" / "index.html").read_text(encoding="utf-8")


def test_built_pages_without_the_tag_load_no_widget(built_site: Path) -> None:
    offenders = [
        p.relative_to(built_site).as_posix()
        for p in built_site.rglob("*.html")
        if "data-keycheck " not in (text := p.read_text(encoding="utf-8"))
        and ("keycheck/widget.js" in text or "assets/pyodide" in text)
    ]
    assert offenders == []


def test_findings_table_exact_markdown() -> None:
    more = {
        "EMPTY": ("key-checker.md#what-it-checks", "Key checker – What it checks"),
        "QUOTES_AROUND": ("../store-your-key.md#x", "A [bracketed] | piped *title* with `code` & <b>"),
    }
    table = render_findings_table(
        [("EMPTY", "error", "Nothing to check"), ("QUOTES_AROUND", "warning", "Quotes | around")], more
    )
    assert table == (
        "| Finding | Kind | Code | Read more |\n"
        "|---|---|---|---|\n"
        '| <span id="finding-EMPTY"></span>Nothing to check | Problem | `EMPTY` | '
        "[Key checker – What it checks](key-checker.md#what-it-checks) |\n"
        '| <span id="finding-QUOTES_AROUND"></span>Quotes &#124; around | Warning | `QUOTES_AROUND` | '
        "[A \\[bracketed\\] &#124; piped \\*title\\* with \\`code\\` &amp; &lt;b&gt;](../store-your-key.md#x) |"
    )


def test_findings_tag_lists_every_finding_with_its_anchor_and_page() -> None:
    out = _expand("<!-- keybase:key-checker-findings -->\n")
    rows = [line for line in out.splitlines() if line.startswith("| <span")]
    assert len(rows) == len(FINDINGS)
    by_code = dict(zip((f.code for f in FINDINGS), rows, strict=True))
    first = FINDINGS[0]
    assert by_code[first.code] == (
        f'| <span id="finding-{first.code}"></span>{first.title} | Problem | `{first.code}` | '
        "[Key checker – What it checks](key-checker.md#what-it-checks) |"
    )
    assert by_code["ENV_ASSIGNMENT"] == (
        '| <span id="finding-ENV_ASSIGNMENT"></span>A whole variable assignment instead of the value | Problem | '
        "`ENV_ASSIGNMENT` | [Store your API key safely – On your own machine: a .env file]"
        "(store-your-key.md#on-your-own-machine-a-env-file) |"
    )
    assert by_code["STANDARD_KEY_RETIRING"].endswith(
        "[Get a Google Gemini API key – Standard keys and authorization keys]"
        "(get-a-key/google-gemini.md#standard-keys-and-authorization-keys) |"
    )
    with pytest.raises(BuildError, match="takes no attributes"):
        _expand("<!-- keybase:key-checker-findings provider=openai -->\n")


def test_findings_tag_without_finding_pages_stops_the_build() -> None:
    handlers = KeyCheckerTags(page_url="p/", source="p.md", paths=PATHS, providers=PROVIDERS_2).handlers()
    with pytest.raises(BuildError, match=r"^p\.md:1: keybase:key-checker-findings: the build has no finding pages"):
        expand_tags("<!-- keybase:key-checker-findings -->\n", handlers, "p.md")


def test_findings_table_links_are_relative_to_the_page_it_is_on() -> None:
    out = _expand("<!-- keybase:key-checker-findings -->\n", page_url="a/b/", source="a/b.md")
    assert "(../store-your-key.md#on-your-own-machine-a-env-file) |" in out
    assert "(../key-checker.md#what-it-checks) |" in out


def test_built_checker_page_has_an_anchor_for_every_finding(built_site: Path) -> None:
    html = (built_site / "key-checker" / "index.html").read_text(encoding="utf-8")
    missing = [f.code for f in FINDINGS if f'id="finding-{f.code}"' not in html]
    assert missing == []
