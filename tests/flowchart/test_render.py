"""The no-JavaScript rendering (exact HTML) and the expansion of the page tags."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sitegen.errors import BuildError
from sitegen.flowchart import Link, from_data, inline, render_html
from sitegen.flowchart_embed import handlers, page_handlers, render_lookup
from sitegen.tags import combine, expand_tags
from sitegen.widgets import KeyCheckerTags, SitePaths

SMALL = {
    "start": "start",
    "checked": "2026-11-27",
    "nodes": [
        {
            "id": "start",
            "question": "Does it <fail>?",
            "hint": "Look at `status`.",
            "answers": [{"label": "Yes", "next": "q2"}, {"label": "No", "next": "o-fine"}],
        },
        {"id": "q2", "question": "Which?", "embed": "keycheck", "answers": [{"label": "A", "next": "o-fine"}]},
        {
            "id": "o-fine",
            "title": "All fine",
            "explanation": "Nothing & nobody.",
            "fix": ["Relax.", "Set `X=1`."],
            "links": [{"error": "openai/401-x"}, {"page": "guide.md", "text": "The guide"}],
        },
    ],
}

EXPECTED = """\
<div class="flowchart" data-flowchart data-flowchart-start="start" data-flowchart-node="start">
<div class="fc-tree">
<div class="fc-node fc-question" id="fc-start" data-fc-node="start" data-fc-kind="question">
<p class="fc-title"><strong>Does it &lt;fail&gt;?</strong></p>
<p class="fc-hint">Look at <code>status</code>.</p>
<ul class="fc-answers">
<li><a class="fc-answer" href="#fc-q2" data-fc-next="q2">Yes</a>
<div class="fc-node fc-question" id="fc-q2" data-fc-node="q2" data-fc-kind="question">
<p class="fc-title"><strong>Which?</strong></p>
<div class="fc-embed" data-fc-embed="keycheck">
<p>WIDGET</p>
</div>
<ul class="fc-answers">
<li><a class="fc-answer" href="#fc-o-fine" data-fc-next="o-fine">A</a>
<div class="fc-node fc-outcome" id="fc-o-fine" data-fc-node="o-fine" data-fc-kind="outcome">
<p class="fc-title"><strong>All fine</strong></p>
<div class="fc-body">
<p>Nothing &amp; nobody.</p>
<p class="fc-fix-label">How to fix it:</p>
<ol class="fc-fix">
<li>Relax.</li>
<li>Set <code>X=1</code>.</li>
</ol>
<ul class="fc-links">
<li><a href="../errors/openai/401-x/">Title of openai/401-x</a></li>
<li><a href="../guide/">The guide</a></li>
</ul>
</div>
</div></li>
</ul>
</div></li>
<li><a class="fc-answer" href="#fc-o-fine" data-fc-next="o-fine">No</a></li>
</ul>
</div>
<p class="fc-checked">Checked on 2026-11-27.</p>
</div>
</div>"""


def _resolve(link: Link) -> tuple[str, str]:
    if link.kind == "error":
        return f"../errors/{link.target}/", f"Title of {link.target}"
    return "../" + link.target.removesuffix(".md") + "/", link.text or ""


def test_tree_renders_exactly() -> None:
    chart = from_data(SMALL, "flow.yml")
    assert render_html(chart, _resolve, {"keycheck": lambda: "<p>WIDGET</p>"}) == EXPECTED


def test_link_to_a_missing_page_stops_the_build_naming_the_node() -> None:
    chart = from_data(SMALL, "flow.yml")
    with pytest.raises(BuildError, match=r"^flow\.yml: node 'o-fine': link to page 'guide\.md': no such page"):
        render_html(
            chart, lambda link: None if link.kind == "page" else ("x", "y"), {"keycheck": lambda: ""}, "flow.yml"
        )


def test_missing_embed_widget_stops_the_build() -> None:
    chart = from_data(SMALL, "flow.yml")
    with pytest.raises(BuildError, match="node 'q2': embed 'keycheck' has no widget"):
        render_html(chart, _resolve, {})


@pytest.mark.parametrize(
    ("text", "html"),
    [
        ("plain", "plain"),
        ("a `b<c>` d", "a <code>b&lt;c&gt;</code> d"),
        ('"quoted" & <b>', "&quot;quoted&quot; &amp; &lt;b&gt;"),
    ],
    ids=["plain", "code", "escaped"],
)
def test_inline_text(text: str, html: str) -> None:
    assert inline(text) == html


def test_expand_replaces_tags_outside_fences_only() -> None:
    page = (
        "# T\n\n<!-- keybase:flowchart -->\n\n```\n<!-- keybase:error-lookup -->\n```\n"
        "<!-- keybase:error-lookup -->\n"
    )
    tag_handlers = handlers(source="t.md", flowchart=lambda: "<div>FC</div>", lookup=lambda n: f"<div>L{n}</div>")
    out = expand_tags(page, tag_handlers, "t.md")
    assert out == "# T\n\n\n<div>FC</div>\n\n\n```\n<!-- keybase:error-lookup -->\n```\n\n<div>L1</div>\n\n"


def test_second_flowchart_on_a_page_stops_the_build() -> None:
    page = "<!-- keybase:flowchart -->\ntext\n<!-- keybase:flowchart -->\n"
    with pytest.raises(BuildError, match=r"^t\.md:3: keybase:flowchart: a second flowchart"):
        expand_tags(page, handlers(source="t.md", flowchart=lambda: "x", lookup=lambda n: "y"), "t.md")


@pytest.mark.parametrize("name", ["flowchart", "error-lookup"])
def test_arguments_on_the_troubleshooting_tags_stop_the_build(name: str) -> None:
    page = f"text\n<!-- keybase:{name} open=yes -->\n"
    with pytest.raises(BuildError, match=rf"^t\.md:2: keybase:{name} takes no attributes"):
        expand_tags(page, handlers(source="t.md", flowchart=lambda: "x", lookup=lambda n: "y"), "t.md")


def test_the_flowchart_checker_is_numbered_with_the_page_checkers_in_reading_order() -> None:
    key_checker = KeyCheckerTags(page_url="t/", source="t.md", paths=SitePaths(), providers=[("openai", "OpenAI")])
    troubleshooting = page_handlers(
        page_url="t/",
        source="t.md",
        chart=from_data(SMALL, "flow.yml"),
        paths=SitePaths(),
        page_url_of=lambda path: path.removesuffix(".md") + "/",
        error_titles=lambda: {"openai/401-x": "Title"},
        key_checker=key_checker,
    )
    page = "<!-- keybase:key-checker -->\n<!-- keybase:flowchart -->\n<!-- keybase:key-checker -->\n"
    out = expand_tags(page, combine(key_checker.handlers(), troubleshooting), "t.md")
    assert re.findall(r'<div class="keycheck" id="(keycheck-\d)"', out) == ["keycheck-1", "keycheck-2", "keycheck-3"]
    embed = out[out.index('data-fc-embed="keycheck"') : out.index("</div>\n<ul", out.index("data-fc-embed"))]
    assert 'id="keycheck-2"' in embed
    assert "keybase:" not in out


def test_a_tag_name_claimed_by_two_features_is_refused() -> None:
    with pytest.raises(ValueError, match="tag name\\(s\\) with two handlers: flowchart"):
        combine(handlers(source="t.md", flowchart=lambda: "x", lookup=lambda n: "y"), {"flowchart": lambda tag: ""})


def test_lookup_widget_is_private_by_construction() -> None:
    html = render_lookup(index=1, page_url="troubleshooting/", paths=SitePaths())
    assert 'data-runtime="../assets/pyodide/"' in html
    assert 'data-checker="../assets/checker/"' in html
    assert 'data-site-root="../"' in html
    textarea = html[html.index("<textarea") : html.index("</textarea>")]
    for attribute in ('autocomplete="off"', 'spellcheck="false"', 'autocapitalize="off"', 'autocorrect="off"'):
        assert attribute in textarea
    assert '<label class="errorlookup__label" for="errorlookup-1-text">Paste your error</label>' in html
    # The lookup's own folder: its script and its stylesheet, not the flowchart's.
    assert '<script type="module" src="../assets/errorlookup/errorlookup.js"></script>' in html
    assert '<link rel="stylesheet" href="../assets/errorlookup/errorlookup.css">' in html
    assert "assets/flowchart/" not in html
    # Clear is a real button, not a submit: it never sends the text anywhere.
    assert '<button class="md-button errorlookup__clear" type="button" aria-controls="errorlookup-1-text"' in html


def test_built_lookup_loads_its_own_folder_and_the_service_worker_keeps_it(built_site: Path) -> None:
    page = built_site / "troubleshooting" / "index.html"
    html = page.read_text(encoding="utf-8")
    assert "data-error-lookup " in html
    own = re.findall(r'(?:src|href)="(\.\./assets/errorlookup/[^"]+)"', html)
    assert sorted(own) == ["../assets/errorlookup/errorlookup.css", "../assets/errorlookup/errorlookup.js"]
    for url in own:
        assert (page.parent / url).resolve().is_file(), url
    assert not (built_site / "assets" / "flowchart" / "errorlookup.js").exists()
    precache = (built_site / "sw.js").read_text(encoding="utf-8")
    for path in ("assets/errorlookup/errorlookup.js", "assets/errorlookup/errorlookup.css"):
        assert f'"{path}"' in precache, path
