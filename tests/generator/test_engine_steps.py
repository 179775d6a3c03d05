"""The engine-neutral steps' pure parts, in-process: the nav read without an engine, page titles, the
written config, the page manifest, the head markup put into an engine's page, and the finish step's
sitemap over several editions."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitegen import docsfolder, finish, navtree, pagehead
from sitegen.__main__ import main as sitegen_main
from sitegen.errors import BuildError
from tests.generator.support import site_with_data_copy

NAV = [
    {"Home": "index.md"},
    {"Key checker": "key-checker.md"},
    {
        "Get a key": [
            "get-a-key/index.md",
            {"OpenAI": "get-a-key/openai.md"},
            {"Other providers": [{"Groq": "get-a-key/groq.md"}]},
        ]
    },
    {"Troubleshooting": [{"Spend caps": "troubleshooting/spend-limits.md"}]},
    {"Elsewhere": "https://example.org/"},
]


@pytest.mark.parametrize(
    ("src", "url"),
    [
        ("index.md", ""),
        ("faq.md", "faq/"),
        ("get-a-key/index.md", "get-a-key/"),
        ("get-a-key/openai.md", "get-a-key/openai/"),
        ("errors/openai/401-invalid-api-key.md", "errors/openai/401-invalid-api-key/"),
        ("errors/README.md", "errors/"),
    ],
)
def test_page_url_is_mkdocs_directory_url(src: str, url: str) -> None:
    assert navtree.page_url(src) == url


def test_nav_places_carry_titles_and_sections_with_their_index_pages() -> None:
    places = navtree.places(NAV)
    assert places["index.md"] == navtree.NavPlace("Home", ())
    assert places["get-a-key/index.md"] == navtree.NavPlace(None, (("Get a key", "get-a-key/"),))
    assert places["get-a-key/groq.md"] == navtree.NavPlace(
        "Groq", (("Get a key", "get-a-key/"), ("Other providers", None))
    )
    assert places["troubleshooting/spend-limits.md"].sections == (("Troubleshooting", None),)
    assert "https://example.org/" not in places


@pytest.mark.parametrize(
    ("markdown", "nav_title", "src", "title"),
    [
        ("---\ntitle: From front matter\n---\n# Heading\n", "Nav", "a.md", "From front matter"),
        ("# Heading\n", "Nav", "a.md", "Nav"),
        ("Intro.\n\n# Heading `code`\n", None, "a.md", "Heading code"),
        ("No heading.\n", None, "index.md", "Home"),
        ("No heading.\n", None, "guides/key-rotation.md", "Key rotation"),
        ("No heading.\n", None, "guides/Key-Rotation.md", "Key Rotation"),
    ],
)
def test_title_is_taken_in_mkdocs_order(markdown: str, nav_title: str | None, src: str, title: str) -> None:
    assert docsfolder.title_of(markdown, nav_title, src) == title


def test_written_config_keeps_python_name_tags() -> None:
    text = (
        "site_name: S\nmarkdown_extensions:\n  - pymdownx.emoji:\n"
        "      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
    )
    settings = docsfolder.load_config_text(text)
    settings["docs_dir"] = "docs"
    written = docsfolder.dump_config(settings)
    assert "emoji_index: !!python/name:material.extensions.emoji.twemoji ''" in written
    assert docsfolder.load_config_text(written) == settings


def test_written_config_merges_the_inherited_one_as_mkdocs_does(tmp_path: Path) -> None:
    (tmp_path / "base.yml").write_text(
        "site_name: S\ntheme:\n  name: material\n  language: en\nplugins: [search, keybase]\n", encoding="utf-8"
    )
    (tmp_path / "zh.yml").write_text(
        "INHERIT: base.yml\ntheme:\n  language: zh-TW\nplugins: [search]\n", encoding="utf-8"
    )
    assert docsfolder.load_config_file(tmp_path / "zh.yml") == {
        "site_name": "S",
        "theme": {"name": "material", "language": "zh-TW"},
        "plugins": ["search"],
    }


def _manifest(prefix: str = "", pages: list[docsfolder.PageEntry] | None = None) -> docsfolder.Manifest:
    return docsfolder.Manifest(
        site_name="Key Guide",
        site_url="https://example.org/" + prefix,
        site_description="The site-wide description, used when a page has none.",
        author="Authors",
        language="en",
        prefix=prefix,
        pages=pages if pages is not None else [_entry()],
    )


def _entry(**changes: object) -> docsfolder.PageEntry:
    values: dict[str, object] = {
        "src": "faq.md",
        "url": "faq/",
        "title": "FAQ",
        "description": None,
        "is_home": False,
        "sections": [],
        "crumbs": [["Home", "https://example.org/"], ["FAQ", "https://example.org/faq/"]],
        "published": "2026-01-02",
        "modified": "2026-03-04",
        "faq": [],
    }
    values.update(changes)
    return docsfolder.PageEntry(**values)  # type: ignore[arg-type]


def test_manifest_survives_json_and_refuses_another_version() -> None:
    manifest = _manifest()
    assert docsfolder.Manifest.from_json(manifest.to_json(), "m.json") == manifest
    with pytest.raises(BuildError, match=r"m\.json: not a page manifest of version 1"):
        docsfolder.Manifest.from_json('{"version": 0}', "m.json")


PAGE = (
    '<html><head><meta name="description" content="The site-wide description, used when a page has none.">'
    '<title>FAQ</title></head><body><article class="md-typeset"><h1>FAQ</h1>'
    "<p>Answers to what readers ask most about keys &amp; their checks.</p></article></body></html>"
)


def test_head_markup_goes_into_an_engines_page_once() -> None:
    html = pagehead.with_head(PAGE, _manifest(), _entry(), with_card=False)
    description = "Answers to what readers ask most about keys &amp; their checks."
    assert html.startswith(f'<html><head><meta name="description" content="{description}"><title>FAQ</title>')
    head = html[html.index("</title>") + len("</title>") : html.index("</head>")]
    assert head.startswith('<link rel="canonical" href="https://example.org/faq/"><meta property="og:type"')
    assert '"@type":"BreadcrumbList"' in head
    assert '"dateModified":"2026-03-04"' in head
    assert pagehead.with_head(html, _manifest(), _entry(), with_card=False) == html


def test_a_description_the_engine_wrote_right_is_left_byte_for_byte() -> None:
    page = PAGE.replace("The site-wide description, used when a page has none.", "Keys &#34;and&#34; checks.")
    html = pagehead.with_head(page, _manifest(), _entry(description='Keys "and" checks.'), with_card=False)
    assert '<meta name="description" content="Keys &#34;and&#34; checks.">' in html


def test_an_editions_cards_and_sitemap_lie_under_its_folder() -> None:
    edition = pagehead.edition(_manifest("zh-TW/"))
    assert edition.sitemap == [("https://example.org/zh-TW/faq/", "2026-03-04")]
    assert [card.path for card in edition.cards] == ["zh-TW/assets/cards/faq.png"]
    html = pagehead.with_head(PAGE, _manifest("zh-TW/"), _entry(), with_card=True)
    assert '<meta property="og:image" content="https://example.org/zh-TW/assets/cards/faq.png">' in html


def test_a_page_missing_from_the_build_stops_the_finish_step(tmp_path: Path) -> None:
    with pytest.raises(BuildError, match=r"1 page\(s\) of the manifest were not built, e\.g\. faq\.md"):
        pagehead.write_heads(tmp_path, _manifest(), with_card=False)


def test_one_sitemap_lists_every_editions_pages(tmp_path: Path) -> None:
    entries = [("https://example.org/zh-TW/faq/", "2026-03-04"), ("https://example.org/faq/", "2026-03-01")]
    finish.write_sitemap(tmp_path, entries, "https://example.org/")
    text = (tmp_path / "sitemap.xml").read_text(encoding="utf-8")
    assert text.index("https://example.org/faq/") < text.index("https://example.org/zh-TW/faq/")
    assert "<lastmod>2026-03-01</lastmod>" in text
    assert (tmp_path / "robots.txt").read_text(encoding="utf-8").endswith("Sitemap: https://example.org/sitemap.xml\n")


def test_pages_step_writes_a_folder_an_engine_without_the_plugin_can_build(tmp_path: Path) -> None:
    config, _ = site_with_data_copy(tmp_path)
    out = tmp_path / "out"
    assert sitegen_main(["pages", str(out), "--config", str(config)]) == 0
    checker_page = (out / "docs" / "key-checker.md").read_text(encoding="utf-8")
    assert "keybase:" not in checker_page  # every tag expanded
    assert 'src="assets/keycheck/widget.js"' in checker_page.replace("../", "")
    assert (out / "docs" / "errors" / "openai" / "index.md").is_file()  # generated from data
    assert not (out / "docs" / "overrides").exists()  # exclude_docs kept out
    assert "errors/openai/index.md" in (out / "nav.yml").read_text(encoding="utf-8")
    written = docsfolder.load_config_file(out / "mkdocs.yml")
    assert written["docs_dir"] == "docs"
    assert "keybase" not in str(written["plugins"])
    manifest = docsfolder.Manifest.from_json((out / "manifest.json").read_text(encoding="utf-8"), "manifest")
    pages = sorted(p.relative_to(out / "docs").as_posix() for p in (out / "docs").rglob("*.md"))
    assert [entry.src for entry in manifest.pages] == pages
    faq = next(entry for entry in manifest.pages if entry.src == "faq.md")
    assert faq.url == "faq/"
    assert faq.faq  # the FAQPage questions marked up on that page


def test_bad_data_stops_the_pages_step_naming_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config, data = site_with_data_copy(tmp_path)
    faq = data / "faq.yml"
    text = faq.read_text(encoding="utf-8")
    faq.write_text(text.replace("  - id: key-cost\n", "  - id: key-cost\n    answr: typo\n"), encoding="utf-8")
    assert sitegen_main(["pages", str(tmp_path / "out"), "--config", str(config)]) == 1
    error = capsys.readouterr().err
    assert "faq.yml" in error
    assert "key-cost" in error
    assert "Traceback" not in error
    assert not (tmp_path / "out" / "docs").exists()
