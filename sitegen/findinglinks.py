"""Where each key checker finding is explained: one site page (and section) per finding code.

FINDING_PAGES is the one place that says it, as docs-relative .md paths with an optional anchor. The
findings table on the key checker page links every row there, and the widget links each finding of a
verdict there (sitegen.widgets renders both). For the codes in BY_PROVIDER the widget links instead to
the "get a key" guide of the provider the verdict names (or, when it names none, the one the reader
chose), since that guide shows the provider's key formats and where to copy a key again; the table,
which knows no provider, keeps the page given here.

`resolve` checks every target while the site is built: a missing page, or an anchor that no heading of
the page produces, stops the build. Pure: the plugin passes in how to read a page.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from markdown.extensions.toc import slugify
from mkdocs.utils.meta import get_data

from checker import FINDINGS, PROVIDERS
from sitegen.errors import BuildError
from sitegen.providerpages import guide_uri
from sitegen.tags import lines_outside_fences

# The pages most findings point to, named once.
_CHECKS = "key-checker.md#what-it-checks"  # copy and paste damage, things that are not API keys
_ENV_FILE = "store-your-key.md#on-your-own-machine-a-env-file"  # the .env line: no quotes, no spaces
_LEAKS = "store-your-key.md#if-a-key-leaks"
_GET_A_KEY = "get-a-key/index.md"
_FORMATS = "get-a-key/index.md#every-provider-at-a-glance"  # every provider's console, variables and formats
_SHOWN_ONCE = "get-a-key/index.md#what-every-provider-has-in-common"  # the key is shown once
_GEMINI_KINDS = "get-a-key/google-gemini.md#standard-keys-and-authorization-keys"

FINDING_PAGES: dict[str, str] = {
    # What was pasted, as a whole.
    "EMPTY": _CHECKS,
    "INPUT_TOO_LONG": _CHECKS,
    "UNKNOWN_PROVIDER": _FORMATS,
    # Paste mistakes: the key checker's own explanation, or the .env rules they come from.
    "WHITESPACE_AROUND": _ENV_FILE,
    "QUOTES_AROUND": _ENV_FILE,
    "TRAILING_PUNCTUATION": _CHECKS,
    "ENV_ASSIGNMENT": _ENV_FILE,
    "AUTH_HEADER": _CHECKS,
    "INVISIBLE_CHARACTER": _CHECKS,
    "CONFUSABLE_CHARACTER": _CHECKS,
    "LINE_BREAK_INSIDE": _CHECKS,
    "SPACE_INSIDE": _CHECKS,
    "INLINE_COMMENT": _ENV_FILE,
    "ANSI_ESCAPES": _CHECKS,
    "ESCAPED_NEWLINE": _CHECKS,
    "TRAILING_ELLIPSIS": _CHECKS,
    "COMMAND_AROUND_KEY": _CHECKS,
    "KEY_PAIR_PASTED": guide_uri("langfuse"),
    "PAIR_HALF_MALFORMED": guide_uri("langfuse"),
    # Not a key at all.
    "MASKED_KEY": _SHOWN_ONCE,
    "PLACEHOLDER": _GET_A_KEY,
    "ID_NOT_KEY": "get-a-key/openai.md",  # the ids it knows are OpenAI's (org-, proj_, user-)
    "URL_NOT_KEY": _FORMATS,
    "SENTENCE_NOT_KEY": _CHECKS,
    "TEXT_AROUND_KEY": _CHECKS,
    "MULTIPLE_KEYS": _CHECKS,
    "NOT_AN_API_KEY": _GET_A_KEY,
    "OTHER_SECRET": _LEAKS,  # someone else's secret pasted here: what to do if it was exposed
    "KEY_FOUND_IN_TEXT": _LEAKS,  # a key inside code, a log or a message has been where it can leak
    # Structure, judged against the provider's formats.
    "UNKNOWN_FORMAT": _FORMATS,
    "NOT_PROVIDER_FORMAT": _FORMATS,
    "PREFIX_CASE": _FORMATS,
    "PREFIX_SEPARATOR": _FORMATS,
    "TOO_SHORT": _FORMATS,
    "TOO_LONG": _FORMATS,
    "TWO_KEYS_JOINED": _CHECKS,
    "INVALID_CHARACTERS": _FORMATS,
    "MISSING_MARKER": _FORMATS,
    "MARKER_MISPLACED": _FORMATS,
    "LENGTH_UNUSUAL": _FORMATS,
    "CHARACTERS_UNUSUAL": _FORMATS,
    "FORMAT_NOT_DOCUMENTED": _FORMATS,
    "FORMAT_UNCERTAIN": "test-your-key.md",  # its fix is the no-cost test call
    "KEY_VERSION_UNKNOWN": "test-your-key.md",  # its fix is the test call too
    # Which provider.
    "AMBIGUOUS_FORMAT": _FORMATS,
    "PROVIDER_MISMATCH": _GET_A_KEY,
    "CONTEXT_USED": _FORMATS,
    # About a well-formed key of a particular kind.
    "STANDARD_KEY_RETIRING": _GEMINI_KINDS,
    "FORMAT_RETIRED": _GEMINI_KINDS,  # the one retired kind so far: Gemini's standard keys
    "AUTH_KEY_HEADER": _GEMINI_KINDS,
    "ADMIN_KEY": _GET_A_KEY,
    "DEPRECATED_FORMAT": guide_uri("huggingface"),
    "SHORT_TERM_KEY": guide_uri("aws_bedrock"),
    "KEY_PAIR_NEEDED": guide_uri("langfuse"),
}

BY_PROVIDER: frozenset[str] = frozenset(
    {
        # "Create a (real) key at the provider's console": its guide says how.
        "PLACEHOLDER",
        "NOT_AN_API_KEY",
        "ADMIN_KEY",
        # "Copy the key again from the provider's console": its guide shows the console and the formats.
        "NOT_PROVIDER_FORMAT",
        "PREFIX_CASE",
        "PREFIX_SEPARATOR",
        "TOO_SHORT",
        "TOO_LONG",
        "INVALID_CHARACTERS",
        "MISSING_MARKER",
        "MARKER_MISPLACED",
        "LENGTH_UNUSUAL",
        "CHARACTERS_UNUSUAL",
        "FORMAT_NOT_DOCUMENTED",
        # "Run the provider's test call": every guide has it.
        "FORMAT_UNCERTAIN",
        "KEY_VERSION_UNKNOWN",
        # The key is another provider's: the guide of the provider the checker detected.
        "PROVIDER_MISMATCH",
    }
)
"""Codes the widget links to the guide of the verdict's provider (else the reader's choice) when it has one."""

TITLE_SEPARATOR = " – "  # between a page's title and a section's heading, in link text


@dataclass(frozen=True)
class Target:
    """A resolved link target."""

    path: str
    """Docs-relative .md path with an optional anchor, as written in FINDING_PAGES."""
    url: str
    """Site-relative URL of the page with the same anchor, e.g. "store-your-key/#if-a-key-leaks"."""
    title: str
    """The link's words: the page's title, and the section's heading when there is an anchor."""


@dataclass(frozen=True)
class FindingLinks:
    """Every finding code's page, every provider's guide, and which codes follow the provider."""

    findings: Mapping[str, Target]
    guides: Mapping[str, Target]
    by_provider: frozenset[str]


@dataclass(frozen=True)
class PageSource:
    """What resolve needs of a page: its site-relative URL and its Markdown source."""

    url: str
    markdown: str


_ATX = re.compile(r"^ {0,3}(#{1,6})[ \t]+(?P<text>.*?)(?:[ \t]+#+)?[ \t]*$")
_ATTR_ID = re.compile(r"[ \t]*\{:?[^}]*#(?P<id>[\w-]+)[^}]*\}[ \t]*$")
_LINK = re.compile(r"!?\[(?P<text>[^\]]*)\]\([^)]*\)")


def _plain(text: str) -> str:
    """Heading Markdown as the text a reader sees (links, code and emphasis marks dropped)."""
    text = _LINK.sub(lambda m: m["text"], text)
    return re.sub(r"[`*]", "", text).strip()


def headings(markdown: str) -> list[tuple[int, str, str]]:
    """(level, text, anchor) of every ATX heading outside fenced code, with the anchors the toc
    extension gives them (its slugify, or an attr_list {#id})."""
    found = []
    for _, line, in_code in lines_outside_fences(markdown):
        if in_code:
            continue
        match = _ATX.match(line)
        if match is None:
            continue
        text = match["text"]
        custom = _ATTR_ID.search(text)
        if custom:
            text = text[: custom.start()]
        plain = _plain(text)
        found.append((len(match[1]), plain, custom["id"] if custom else slugify(plain, "-")))
    return found


def page_title(markdown: str) -> str | None:
    """The page's title as MkDocs takes it: the front matter's title, else the first level-one heading."""
    body, meta = get_data(markdown)
    if isinstance(meta.get("title"), str):
        return str(meta["title"])
    return next((text for level, text, _ in headings(body) if level == 1), None)


def resolve_target(path: str, read: Callable[[str], PageSource | None], where: str) -> Target:
    """One docs path (with an optional anchor) as a Target; a missing page or anchor stops the build."""
    page_path, _, anchor = path.partition("#")
    page = read(page_path)
    if page is None:
        raise BuildError(f"{where}: {path}: no such page in docs/")
    title = page_title(page.markdown)
    if title is None:
        raise BuildError(f"{where}: {page_path}: the page has no title (front matter or a level-one heading)")
    url = page.url
    if anchor:
        section = next((text for _, text, slug in headings(page.markdown) if slug == anchor), None)
        if section is None:
            raise BuildError(f"{where}: {path}: no heading of {page_path} has the anchor #{anchor}")
        title += TITLE_SEPARATOR + section
        url += "#" + anchor
    return Target(path, url, title)


def resolve(
    read: Callable[[str], PageSource | None],
    *,
    pages: Mapping[str, str] = FINDING_PAGES,
    codes: Iterable[str] | None = None,
    guides: Mapping[str, str] | None = None,
    by_provider: frozenset[str] = BY_PROVIDER,
    where: str = "sitegen/findinglinks.py",
) -> FindingLinks:
    """Every finding's page and every provider's guide, checked. read: a docs path's page, or None.

    codes: every finding code (default: the checker's); each must have exactly one page.
    guides: provider id -> docs path of its guide (default: every checker provider's).
    """
    known = [f.code for f in FINDINGS] if codes is None else list(codes)
    missing = [code for code in known if code not in pages]
    unknown = sorted(set(pages) - set(known)) + sorted(by_provider - set(known))
    if missing or unknown:
        raise BuildError(
            f"{where}: the finding pages do not match the checker's findings; "
            f"without a page: {', '.join(missing) or 'none'}; unknown codes: {', '.join(unknown) or 'none'}"
        )
    if guides is None:
        guides = {provider_id: guide_uri(provider_id) for provider_id in PROVIDERS}
    cache: dict[str, Target] = {}

    def target(path: str) -> Target:
        if path not in cache:
            cache[path] = resolve_target(path, read, where)
        return cache[path]

    return FindingLinks(
        findings={code: target(pages[code]) for code in known},
        guides={provider_id: target(path) for provider_id, path in guides.items()},
        by_provider=by_provider,
    )
