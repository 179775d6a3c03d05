"""Page tags: a line `<!-- keybase:NAME key=value ... -->` asks the build to put generated content there.

A tag is an HTML comment, so a page still reads sensibly in any Markdown viewer. Tags inside fenced code
blocks are left alone (pages may document the syntax). Values are comma-separated lists of ids.
This is the one reader of the syntax: every feature that puts content in pages (tables, FAQ, key
checker, flowchart, error lookup) gives `expand_tags` a handler per tag name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from sitegen.errors import BuildError

_TAG = re.compile(r"^[ ]{0,3}<!--\s*keybase:(?P<name>[a-z][a-z0-9-]*)(?P<args>[^>]*?)\s*-->\s*$")
_ARG = re.compile(r"\s+(?P<key>[a-z_]+)=(?P<value>[A-Za-z0-9_.,/-]+)")
_FENCE = re.compile(r"^[ ]{0,3}(?P<fence>`{3,}|~{3,})")
_FOOTNOTE_DEFINITION = re.compile(r"^\[\^[^\]\s]+\]: ")


@dataclass(frozen=True)
class Tag:
    name: str
    args: dict[str, str]
    line: int  # 1-based, for messages


Handler = Callable[[Tag], str]


def lines_outside_fences(markdown: str) -> Iterator[tuple[int, str, bool]]:
    """(index, line, in_code) for every line."""
    fence: str | None = None
    for index, line in enumerate(markdown.split("\n")):
        match = _FENCE.match(line)
        if fence is None and match:
            fence = match["fence"]
            yield index, line, True
        elif fence is not None:
            if line.strip().startswith(fence[0] * len(fence)) and not line.strip().strip(fence[0]):
                fence = None
            yield index, line, True
        else:
            yield index, line, False


def parse_tag(line: str, line_no: int, page: str) -> Tag | None:
    match = _TAG.match(line)
    if match is None:
        return None
    args_text = match["args"]
    args = {m["key"]: m["value"] for m in _ARG.finditer(args_text)}
    if _ARG.sub("", args_text).strip():
        raise BuildError(
            f"{page}:{line_no}: tag keybase:{match['name']}: expected arguments as key=value "
            f"(values: ids separated by commas), found {args_text.strip()!r}"
        )
    return Tag(match["name"], args, line_no)


def combine(*handler_maps: Mapping[str, Handler]) -> dict[str, Handler]:
    """One map of several features' handlers; a name claimed twice is a bug, not a choice."""
    combined: dict[str, Handler] = {}
    for handlers in handler_maps:
        if clash := combined.keys() & handlers.keys():
            raise ValueError(f"tag name(s) with two handlers: {', '.join(sorted(clash))}")
        combined.update(handlers)
    return combined


def expand_tags(markdown: str, handlers: Mapping[str, Handler], page: str) -> str:
    """Replace each tag whose name has a handler by the handler's Markdown; other tags stay.

    Tags are handled in page order, so handlers that number their output (element ids) count in
    reading order. A handler's output is not read for tags again.

    Footnote definitions a handler emits (a table's sources) move to the end of the page: Markdown
    numbers footnotes in the order they are defined, so a table high on a page would otherwise take
    the first numbers and the page's own first note would read as, say, 8.
    """
    if "keybase:" not in markdown:  # most pages: no need to walk the lines
        return markdown
    lines = markdown.split("\n")
    moved: list[str] = []
    for index, line, in_code in lines_outside_fences(markdown):
        if in_code:
            continue
        tag = parse_tag(line, index + 1, page)
        if tag is not None and tag.name in handlers:
            output = handlers[tag.name](tag).split("\n")
            moved += [out for out in output if _FOOTNOTE_DEFINITION.match(out)]
            lines[index] = "\n".join(out for out in output if not _FOOTNOTE_DEFINITION.match(out))
    if moved:
        lines += ["", *dict.fromkeys(moved)]  # two tables citing one source: one definition
    return "\n".join(lines)


def leftover_tags(markdown: str, page: str) -> list[Tag]:
    """Tags no expander handled (typos, or a feature that is not there): the plugin stops on them."""
    found = []
    for index, line, in_code in lines_outside_fences(markdown):
        if not in_code and (tag := parse_tag(line, index + 1, page)) is not None:
            found.append(tag)
    return found


def block(content: str) -> str:
    """Replacement text that stands as a block of its own: the blank lines around it keep Markdown
    from wrapping it in a paragraph or joining it to the text next to it."""
    return f"\n{content}\n"


def no_arguments(tag: Tag, page: str) -> None:
    """For tags that take none: any argument stops the build."""
    if tag.args:
        raise BuildError(f"{page}:{tag.line}: keybase:{tag.name} takes no attributes")


def tag_names(markdown: str, page: str) -> set[str]:
    return {tag.name for tag in leftover_tags(markdown, page)}


def id_list(tag: Tag, key: str, known: list[str], page: str) -> list[str] | None:
    """The ids of argument `key`, checked against `known`; None when the argument is absent."""
    if key not in tag.args:
        return None
    ids = [part for part in tag.args[key].split(",") if part]
    unknown = [i for i in ids if i not in known]
    if unknown:
        raise BuildError(
            f"{page}:{tag.line}: tag keybase:{tag.name}: argument {key}: unknown id(s) {', '.join(unknown)} "
            f"(known: {', '.join(known)})"
        )
    return ids
