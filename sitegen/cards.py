"""Share cards: one 1200x630 PNG per page (og:image), drawn at build time with Pillow.

A card shows the page's section, its title, and the site's mark and name. The layout is pure (`wrap`,
`fit_title`, `layout`: text and a measuring function in, lines and positions out) so tests can pin it
without a font; `draw` and `write_cards` are the Pillow and file edges. A card is cached under the hash of
everything that shapes it (`card_key`), so a build redraws only the cards whose page changed.

The font comes from Debian's fonts-noto-cjk (never from the network): Noto Sans CJK draws Latin and the
Traditional Chinese of the zh-TW edition with one face.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from sitegen.errors import BuildError
from sitegen.seo import ShareImage
from sitegen.sitefiles import place_file

if TYPE_CHECKING:  # Pillow is imported where a card is drawn: a build that takes every card from the cache
    from PIL import Image, ImageDraw, ImageFont  # never loads it (about 20 ms of every build)

WIDTH, HEIGHT = 1200, 630
CARDS_DIR = "assets/cards"
# Bump when the drawing changes: every cached card is then drawn again.
LAYOUT_VERSION = "2"

FONT_PACKAGE = "fonts-noto-cjk"
BOLD_FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc")
REGULAR_FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
# Faces in the Noto Sans CJK collections: 0 JP, 1 KR, 2 SC, 3 TC, 4 HK. TC suits the zh-TW edition;
# its Latin glyphs are the same in every face.
FONT_INDEX = 3

MARGIN = 80
TITLE_SIZES = (72, 66, 60, 54, 48)
TITLE_MAX_LINES = 4
TITLE_LEADING = 1.22
SECTION_SIZE = 32
SECTION_TOP = 64
SITE_SIZE = 34
MARK_SIZE = 56
BAND_HEIGHT = 120
BAND_TOP = HEIGHT - BAND_HEIGHT
# The title's box: below the section line, above the footer band.
TITLE_TOP = 140
TITLE_BOTTOM = BAND_TOP - 36

# Material's indigo, the site's primary colour, and text colours that keep at least 4.5:1 on it.
BACKGROUND = (40, 53, 147)
BAND = (26, 35, 126)
TITLE_COLOUR = (255, 255, 255)
SECTION_COLOUR = (255, 213, 79)
SITE_COLOUR = (232, 234, 246)

Measure = Callable[[str, int], float]
"""Width in pixels of a text drawn at a font size."""

_CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
# Punctuation that must not start a line (CJK line-breaking rules): it stays with the unit before it.
_CLOSING = "、。，．：；？！）」』】〉》〕"
# A unit a line may break after: one CJK character, or a run of other non-space characters.
_UNIT = re.compile(rf"[{_CJK}][{_CLOSING}]*|[^\s{_CJK}]+[{_CLOSING}]*")


@dataclass(frozen=True)
class Card:
    """What one page's card shows, and where it goes (a site-relative path such as assets/cards/faq.png)."""

    title: str
    section: str
    site_name: str
    path: str


@dataclass(frozen=True)
class Layout:
    """Where the text goes: the title's font size and lines, and the section line (may be empty)."""

    title_size: int
    title_lines: tuple[str, ...]
    section: str


def card_path(page_url: str) -> str:
    """The card of the page at page_url: '' -> assets/cards/index.png, 'errors/openai/401/' -> .../401.png."""
    name = page_url.strip("/").removesuffix(".html") or "index"
    return f"{CARDS_DIR}/{name}.png"


def _units(text: str) -> list[tuple[str, bool]]:
    """(unit, whether a space comes before it) for each breakable unit of text."""
    found = []
    for match in _UNIT.finditer(text):
        start = match.start()
        found.append((match.group(), start > 0 and text[start - 1].isspace()))
    return found


def _split_long(unit: str, fits: Callable[[str], bool]) -> list[str]:
    """A unit wider than a line, cut into pieces that each fit (a long code or URL)."""
    pieces: list[str] = []
    current = ""
    for char in unit:
        if current and not fits(current + char):
            pieces.append(current)
            current = char
        else:
            current += char
    return [*pieces, current] if current else pieces


def wrap(text: str, fits: Callable[[str], bool]) -> list[str]:
    """text in lines that each fit, breaking at spaces and between CJK characters (greedy)."""
    lines: list[str] = []
    current = ""
    for unit, spaced in _units(text):
        candidate = current + (" " if spaced and current else "") + unit
        if not current or fits(candidate):
            current = candidate
            if fits(current):
                continue
        else:
            lines.append(current)
            current = unit
            if fits(current):
                continue
        *whole, current = _split_long(current, fits)
        lines.extend(whole)
    if current:
        lines.append(current)
    return lines


def ellipsize(line: str, fits: Callable[[str], bool]) -> str:
    """line cut so that it and a trailing ellipsis fit."""
    cut = line
    while cut and not fits(cut + "…"):
        cut = cut[:-1].rstrip()
    return cut.rstrip(" ,;:.-") + "…"


def _wrap_within(text: str, width_of: Callable[[str], float], limit: int) -> list[str]:
    return wrap(text, lambda line: width_of(line) <= limit)


def balance(text: str, width_of: Callable[[str], float], width: int, count: int) -> list[str]:
    """text wrapped in count lines at the narrowest width that still needs no more, so the lines come out
    of even length instead of a full line and a stray word (binary search on the width)."""
    low, high = width // 2, width
    while low < high:
        middle = (low + high) // 2
        if len(_wrap_within(text, width_of, middle)) <= count:
            high = middle
        else:
            low = middle + 1
    return _wrap_within(text, width_of, high)


def _at_size(measure: Measure, size: int, text: str) -> float:
    return measure(text, size)


def line_step(size: int) -> int:
    """Baseline to baseline distance of title lines at a font size."""
    return round(size * TITLE_LEADING)


def max_lines(size: int) -> int:
    """How many title lines of this size fit in the title's box (TITLE_MAX_LINES at most)."""
    return min(TITLE_MAX_LINES, (TITLE_BOTTOM - TITLE_TOP) // line_step(size))


def fit_title(title: str, measure: Measure, width: int) -> tuple[int, tuple[str, ...]]:
    """The largest title size whose wrapped lines fit the title's box; at the smallest size a longer
    title keeps the lines that fit and ends in an ellipsis."""
    for size in TITLE_SIZES:

        def fits(text: str, size: int = size) -> bool:
            return measure(text, size) <= width

        lines = wrap(title, fits)
        if len(lines) <= max_lines(size):
            return size, tuple(balance(title, partial(_at_size, measure, size), width, len(lines)))
    kept = lines[: max_lines(size)]
    kept[-1] = ellipsize(kept[-1] + " " + lines[len(kept)], fits)
    return size, tuple(kept)


def layout(card: Card, title_width: Measure, section_width: Callable[[str], float]) -> Layout:
    """The card's text, fitted to the width inside the margins (title_width measures the title's font at a
    size, section_width the section line's)."""
    width = WIDTH - 2 * MARGIN
    size, lines = fit_title(card.title, title_width, width)
    section = card.section
    if section and section_width(section) > width:
        section = ellipsize(section, lambda text: section_width(text) <= width)
    return Layout(size, lines, section)


def card_key(card: Card, font: Path) -> str:
    """Hash of everything that shapes the image: a cached card with this name can be reused."""
    inputs = [LAYOUT_VERSION, card.title, card.section, card.site_name, font.name, FONT_INDEX]
    return hashlib.sha256(json.dumps(inputs, ensure_ascii=False).encode("utf-8")).hexdigest()[:32]


def find_font(configured: str = "") -> tuple[Path, Path]:
    """The (bold, regular) font files: the configured file for both, or Debian's Noto Sans CJK.

    Stops the build, naming the package to install, when the font is missing.
    """
    if configured:
        path = Path(configured)
        if not path.is_file():
            raise BuildError(f"keybase: cards_font {configured!r} is not a file")
        return path, path
    if BOLD_FONT.is_file() and REGULAR_FONT.is_file():
        return BOLD_FONT, REGULAR_FONT
    raise BuildError(
        f"keybase: the share cards need the font {BOLD_FONT} from Debian's {FONT_PACKAGE} "
        f"(`apt-get install -y {FONT_PACKAGE}`, which scripts/setup runs), or set the plugin option "
        "cards_font to a TrueType/OpenType file that covers Latin and Traditional Chinese, or cards: false"
    )


class Fonts:
    """Pillow fonts by size, loaded once per build."""

    def __init__(self, bold: Path, regular: Path) -> None:
        self.bold_path = bold
        self.regular_path = regular
        self._loaded: dict[tuple[Path, int], ImageFont.FreeTypeFont] = {}

    def get(self, path: Path, size: int) -> ImageFont.FreeTypeFont:
        key = (path, size)
        if key not in self._loaded:
            from PIL import ImageFont  # noqa: PLC0415 - only when a card is drawn (see the imports)

            index = FONT_INDEX if path.suffix == ".ttc" else 0
            self._loaded[key] = ImageFont.truetype(str(path), size, index=index)
        return self._loaded[key]

    def bold(self, size: int) -> ImageFont.FreeTypeFont:
        return self.get(self.bold_path, size)

    def regular(self, size: int) -> ImageFont.FreeTypeFont:
        return self.get(self.regular_path, size)


def _draw_mark(draw: ImageDraw.ImageDraw, x: int, y: int, size: int) -> None:
    """The site's mark: a key in a rounded square (drawn, so the card needs no image file)."""
    draw.rounded_rectangle((x, y, x + size, y + size), radius=size // 5, fill=SECTION_COLOUR)
    ink = BAND
    ring = size * 0.36
    cx, cy = x + size * 0.34, y + size * 0.5
    draw.ellipse((cx - ring / 2, cy - ring / 2, cx + ring / 2, cy + ring / 2), outline=ink, width=max(3, size // 12))
    shaft_y = cy - size * 0.045
    draw.rectangle((cx + ring / 2, shaft_y, x + size * 0.84, shaft_y + size * 0.09), fill=ink)
    for tooth_x in (x + size * 0.66, x + size * 0.76):
        draw.rectangle((tooth_x, shaft_y, tooth_x + size * 0.07, shaft_y + size * 0.2), fill=ink)


def draw(card: Card, fonts: Fonts) -> Image.Image:
    """The card as an RGB image."""
    from PIL import Image, ImageDraw  # noqa: PLC0415 - only when a card is drawn (see the imports)

    placed = layout(
        card,
        lambda text, size: float(fonts.bold(size).getlength(text)),
        lambda text: float(fonts.regular(SECTION_SIZE).getlength(text)),
    )
    image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    pen = ImageDraw.Draw(image)
    pen.rectangle((0, BAND_TOP, WIDTH, HEIGHT), fill=BAND)
    pen.rectangle((0, HEIGHT - 10, WIDTH, HEIGHT), fill=SECTION_COLOUR)
    if placed.section:
        pen.text((MARGIN, SECTION_TOP), placed.section, font=fonts.regular(SECTION_SIZE), fill=SECTION_COLOUR)
    title_font = fonts.bold(placed.title_size)
    step = line_step(placed.title_size)
    # The title block sits in the middle of its box; "ls" anchors each line at its baseline.
    block = step * len(placed.title_lines)
    baseline = TITLE_TOP + (TITLE_BOTTOM - TITLE_TOP - block) // 2 + round(placed.title_size * 0.95)
    for number, line in enumerate(placed.title_lines):
        pen.text((MARGIN, baseline + number * step), line, font=title_font, fill=TITLE_COLOUR, anchor="ls")
    middle = BAND_TOP + (BAND_HEIGHT - 10) // 2
    _draw_mark(pen, MARGIN, middle - MARK_SIZE // 2, MARK_SIZE)
    site_font = fonts.regular(SITE_SIZE)
    pen.text((MARGIN + MARK_SIZE + 20, middle), card.site_name, font=site_font, fill=SITE_COLOUR, anchor="lm")
    return image


def _save_atomically(image: Image.Image, target: Path) -> None:
    """Write target whole or not at all, so two builds sharing a cache never read half a file."""
    from PIL import Image  # noqa: PLC0415 - only when a card is drawn (see the imports)

    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
    os.close(handle)
    try:
        # A card has few colours: a 64-colour palette keeps the text's edges smooth at 40% of the bytes, and
        # the fast octree method quantizes in a quarter of the time of the default (measured: 9 vs 33 ms).
        image.quantize(colors=64, method=Image.Quantize.FASTOCTREE).save(temp, format="PNG")
        os.chmod(temp, 0o644)  # mkstemp makes it private; a web server must read the copies
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


@dataclass(frozen=True)
class CardStats:
    drawn: int
    reused: int


def write_cards(cards: Iterable[Card], site_dir: Path, cache_dir: Path, fonts: Fonts) -> CardStats:
    """Each card into the built site, from the cache when its inputs are unchanged, else drawn and cached."""
    drawn = reused = 0
    folders: set[Path] = set()
    for card in cards:
        cached = cache_dir / f"{card_key(card, fonts.bold_path)}.png"
        if cached.is_file():
            reused += 1
        else:
            _save_atomically(draw(card, fonts), cached)
            drawn += 1
        target = site_dir / card.path
        if target.parent not in folders:  # many cards share a folder: one mkdir each
            target.parent.mkdir(parents=True, exist_ok=True)
            folders.add(target.parent)
        place_file(cached, target)  # a hard link where it can be (sitegen.sitefiles)
    return CardStats(drawn, reused)


def section_label(section_titles: Sequence[str]) -> str:
    """The section line of a card: the page's nav sections, outermost first, at most the last two."""
    return " › ".join(section_titles[-2:])


def card_for(*, title: str, sections: Sequence[str], site_name: str, page_url: str) -> Card:
    """A page's card. A title that starts with the site's name (the home page's) drops it: the footer says it."""
    shown = title.removeprefix(f"{site_name}: ").strip() or title
    shown = shown[:1].upper() + shown[1:]
    return Card(shown, section_label(sections), site_name, card_path(page_url))


def share_image(card: Card, site_url: str) -> ShareImage:
    """The og:image of a card: its absolute URL, its size, and alt text that reads what it shows."""
    alt = f"{card.title} ({card.section}), {card.site_name}" if card.section else f"{card.title}, {card.site_name}"
    return ShareImage(site_url.rstrip("/") + "/" + card.path, WIDTH, HEIGHT, alt)
