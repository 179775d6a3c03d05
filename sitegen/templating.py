"""The Jinja2 templates of the generated pages (sitegen/templates/*.md.j2): a page's words live in its
template, its facts in data/, and the Python only picks what goes where.

The output is Markdown, not HTML: nothing is HTML-escaped here. The filters below write Markdown safely
(inline code, table cells, fenced blocks, links relative to the page).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import jinja2

from sitegen import links, mdtext
from sitegen.i18n import messages

TEMPLATES_DIR = Path(__file__).parent / "templates"


def join_words(words: Sequence[str], last: str = "and") -> str:
    """'A', 'A and B', 'A, B and C' (or with last="or": 'A, B or C'), in the build's language."""
    if len(words) < 2:
        return "".join(words)
    word = messages._("and") if last == "and" else messages._("or")
    return messages._(", ").join(words[:-1]) + f" {word} {words[-1]}"


def environment() -> jinja2.Environment:
    """The templates' environment, wording pages in the build's language (sitegen.i18n.messages)."""
    return _environment(messages.current())


@functools.cache
def _environment(language: str) -> jinja2.Environment:
    env = jinja2.Environment(
        extensions=["jinja2.ext.i18n"],  # {% trans %} blocks, translated by the language's gettext catalog
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        undefined=jinja2.StrictUndefined,  # a misspelt name stops the build instead of printing nothing
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,  # noqa: S701 - the output is Markdown; the filters quote what Markdown needs quoted
        # Compiled templates are kept (in a folder of the user's own under the system's temp folder, keyed
        # by each template's text), so a build does not compile them again.
        bytecode_cache=jinja2.FileSystemBytecodeCache(),
    )
    env.filters.update(
        code=mdtext.code,
        cell=mdtext.cell,
        escape_heading=mdtext.escape_heading,
        fenced=mdtext.fenced,
        list_item=lambda text, marker: mdtext.list_item(marker, text),
        front_matter=mdtext.front_matter,
        relink=links.relink,
        relative_to=links.relative_to_page,
        join_words=join_words,
        or_list=lambda words: join_words(words, "or"),
        data=messages.data_text,
    )
    env.install_gettext_translations(messages.translations(language), newstyle=True)  # type: ignore[attr-defined]
    # Between two sentences or phrases: a space in English, nothing in Chinese (full-width punctuation
    # already separates them).
    env.globals["gap"] = "" if language.startswith("zh") else " "
    return env


def render(template: str, **context: Any) -> str:
    """A whole page: the template's text, ending with one newline."""
    return environment().get_template(template).render(**context)


def render_fragment(template: str, **context: Any) -> str:
    """A piece of a page (a table, a block), without the newline that ends its template file."""
    return render(template, **context).removesuffix("\n")
