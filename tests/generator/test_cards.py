"""Share cards: the pure layout (wrapping, fitting, balance, paths, alt text) with a fake measure, and one
real drawing with the packaged font (size, cache reuse)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from sitegen import cards, sitefiles


def fixed_width(text: str, size: int) -> float:
    """Every character is size/2 pixels wide, CJK characters size pixels: predictable line breaks."""
    return sum(size if "\u2e80" <= char <= "\uffef" else size / 2 for char in text)


def fits_chars(limit: int):  # type: ignore[no-untyped-def]
    return lambda text: len(text) <= limit


@pytest.mark.parametrize(
    ("text", "limit", "lines"),
    [
        ("Store your key", 20, ["Store your key"]),
        ("Store your key", 10, ["Store your", "key"]),
        ("OpenAI 401 invalid_api_key", 12, ["OpenAI 401", "invalid_api_", "key"]),  # a long code is cut
        ("金鑰檢查工具", 4, ["金鑰檢查", "工具"]),  # CJK breaks between characters
        ("你的 API 金鑰", 5, ["你的", "API 金", "鑰"]),  # the space between scripts is kept
        ("金鑰檢查：工具", 4, ["金鑰檢", "查：工具"]),  # a colon never starts a line
        ("使用API金鑰", 5, ["使用API", "金鑰"]),  # no space is added where there was none
    ],
)
def test_wrap(text: str, limit: int, lines: list[str]) -> None:
    assert cards.wrap(text, fits_chars(limit)) == lines


def test_fit_title_takes_the_largest_size_that_fits_and_balances_the_lines() -> None:
    size, lines = cards.fit_title("Check, fix and store your AI API keys", fixed_width, 1040)
    assert size == cards.TITLE_SIZES[0]
    assert lines == ("Check, fix and store", "your AI API keys")  # not a full line and a stray "keys"


def test_fit_title_shrinks_then_cuts_with_an_ellipsis() -> None:
    size, lines = cards.fit_title("word " * 80, fixed_width, 1040)
    assert size == cards.TITLE_SIZES[-1]
    assert len(lines) == cards.TITLE_MAX_LINES
    assert lines[-1].endswith("…")
    assert all(fixed_width(line, size) <= 1040 for line in lines)


def test_section_line_is_cut_to_the_width() -> None:
    card = cards.Card("Title", "Section " * 40, "Site", "assets/cards/x.png")
    placed = cards.layout(card, fixed_width, lambda text: fixed_width(text, cards.SECTION_SIZE))
    assert placed.section.endswith("…")
    assert fixed_width(placed.section, cards.SECTION_SIZE) <= cards.WIDTH - 2 * cards.MARGIN


@pytest.mark.parametrize(
    ("url", "path"),
    [
        ("", "assets/cards/index.png"),
        ("faq/", "assets/cards/faq.png"),
        ("errors/openai/401-invalid-api-key/", "assets/cards/errors/openai/401-invalid-api-key.png"),
        ("404.html", "assets/cards/404.png"),
    ],
)
def test_card_path(url: str, path: str) -> None:
    assert cards.card_path(url) == path


def test_home_card_drops_the_site_name_and_alt_text_reads_the_card() -> None:
    home = cards.card_for(title="Guide: check your keys", sections=[], site_name="Guide", page_url="")
    assert (home.title, home.section) == ("Check your keys", "")
    page = cards.card_for(title="401", sections=["Troubleshooting", "OpenAI errors", "x"][:2], site_name="Guide",
                          page_url="errors/openai/401/")
    image = cards.share_image(page, "https://example.org/")
    assert image.url == "https://example.org/assets/cards/errors/openai/401.png"
    assert (image.width, image.height) == (1200, 630)
    assert image.alt == "401 (Troubleshooting › OpenAI errors), Guide"


def test_card_key_changes_with_every_input() -> None:
    base = cards.Card("Title", "Section", "Site", "assets/cards/a.png")
    font = Path("NotoSansCJK-Bold.ttc")
    changed = [
        cards.Card("Title 2", "Section", "Site", base.path),
        cards.Card("Title", "Other", "Site", base.path),
        cards.Card("Title", "Section", "Site 2", base.path),
    ]
    assert len({cards.card_key(card, font) for card in [base, *changed]}) == 4
    elsewhere = cards.Card("Title", "Section", "Site", "assets/cards/b.png")  # the same image, another page
    assert cards.card_key(elsewhere, font) == cards.card_key(base, font)


def test_cards_are_drawn_once_then_copied_from_the_cache(tmp_path: Path) -> None:
    fonts = cards.Fonts(*cards.find_font())
    card = cards.card_for(title="金鑰檢查: Check your key", sections=["Guides"], site_name="Site", page_url="a/b/")
    first = cards.write_cards([card], tmp_path / "site", tmp_path / "cache", fonts)
    second = cards.write_cards([card], tmp_path / "site2", tmp_path / "cache", fonts)
    assert (first.drawn, first.reused, second.drawn, second.reused) == (1, 0, 0, 1)
    with Image.open(tmp_path / "site" / "assets/cards/a/b.png") as image:
        assert image.size == (1200, 630)
    assert (tmp_path / "site2" / "assets/cards/a/b.png").read_bytes() == (tmp_path / "site" / card.path).read_bytes()


def test_a_placed_card_is_a_link_to_the_cached_file_and_a_replaced_one_leaves_the_old_intact(tmp_path: Path) -> None:
    old, new = tmp_path / "old.png", tmp_path / "new.png"
    old.write_bytes(b"old card")
    new.write_bytes(b"new card")
    target = tmp_path / "site" / "card.png"
    target.parent.mkdir()
    sitefiles.place_file(old, target)
    assert target.samefile(old)
    sitefiles.place_file(old, target)  # a --dirty build's second pass: nothing to do
    assert target.samefile(old)
    sitefiles.place_file(new, target)  # the card changed: the link is replaced, never written through
    assert (target.read_bytes(), old.read_bytes()) == (b"new card", b"old card")
    assert target.samefile(new)


def test_a_card_is_copied_where_no_hard_link_can_be_made(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cached, target = tmp_path / "cached.png", tmp_path / "card.png"
    cached.write_bytes(b"card")
    target.write_bytes(b"stale")

    def no_links(src: object, dst: object) -> None:
        raise OSError(18, "Invalid cross-device link")

    monkeypatch.setattr(sitefiles.os, "link", no_links)
    sitefiles.place_file(cached, target)
    assert target.read_bytes() == b"card"
    assert not target.samefile(cached)


def test_a_missing_font_file_stops_the_build_naming_it(tmp_path: Path) -> None:
    with pytest.raises(cards.BuildError, match="cards_font"):
        cards.find_font(str(tmp_path / "none.ttf"))
