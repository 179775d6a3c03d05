"""FAQ entries -> the visible Markdown block and the FAQPage items, from the same objects.

The answer text in the JSON-LD is the text content of the answer's own Markdown rendering, so it is
identical to what the reader sees (tests compare the two on every built page).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html.parser import HTMLParser

from sitegen import templating
from sitegen.links import relative_to_page
from sitegen.models import FaqEntry, error_src_uri

ANSWER_ATTR = "data-faq-answer"


def entries_for_page(faq: Sequence[FaqEntry], page_src_uri: str) -> list[FaqEntry]:
    return [entry for entry in faq if page_src_uri in entry.pages]


def render_faq_block(
    entries: Sequence[FaqEntry], page_src_uri: str, level: int, error_titles: dict[str, str]
) -> str:
    """Markdown for the questions on one page: a heading per question, the answer, then its links
    (templates/faq_block.md.j2)."""
    return templating.render_fragment(
        "faq_block.md.j2",
        entries=[
            (e, [(error_titles[ref], relative_to_page(error_src_uri(ref), page_src_uri)) for ref in e.errors])
            for e in entries
        ],
        here=page_src_uri,
        level=level,
        answer_attr=ANSWER_ATTR,
    )


def faq_page_items(entries: Sequence[FaqEntry], render_markdown: Callable[[str], str]) -> list[dict[str, object]]:
    """schema.org Question items for the entries whose FAQPage markup belongs on this page."""
    return [
        {
            "@type": "Question",
            "name": entry.question,
            "acceptedAnswer": {"@type": "Answer", "text": html_to_text(render_markdown(entry.answer))},
        }
        for entry in entries
    ]


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"p", "li", "br", "div", "pre", "ol", "ul"}:
            self.parts.append(" ")


def html_to_text(fragment: str) -> str:
    """The visible text of an HTML fragment, whitespace collapsed to single spaces."""
    parser = _TextExtractor()
    parser.feed(fragment)
    parser.close()
    return " ".join("".join(parser.parts).split())
