"""expand_tags: exact Markdown out for a page whose generated table carries footnotes."""

from __future__ import annotations

from sitegen.tags import Tag, expand_tags


def _table(tag: Tag) -> str:
    return "\n| A |\n|---|\n| x[^src-1] |\n\nAs of 2026-11-27.\n\n[^src-1]: [Docs](https://example.com/)\n"


def test_generated_footnote_definitions_move_to_the_end() -> None:
    page = "Intro.[^mine]\n\n<!-- keybase:table -->\n\n<!-- keybase:table -->\n\nMore.\n\n[^mine]: My source."
    out = expand_tags(page, {"table": _table}, "p.md")
    assert out == (
        "Intro.[^mine]\n\n"
        "\n| A |\n|---|\n| x[^src-1] |\n\nAs of 2026-11-27.\n\n\n\n"
        "\n| A |\n|---|\n| x[^src-1] |\n\nAs of 2026-11-27.\n\n\n\n"
        "More.\n\n[^mine]: My source.\n\n"
        "[^src-1]: [Docs](https://example.com/)"
    )


def test_footnote_lines_of_the_page_itself_stay_put() -> None:
    page = "Text.[^a]\n\n[^a]: Defined here.\n\n<!-- keybase:other -->\n\nEnd."
    assert expand_tags(page, {"table": _table}, "p.md") == page
