"""The CSP meta written with each page from the previous build's script hashes (sitegen.pagepolicy): the
finish step keeps those pages when the guess was right, rewrites them when it was wrong, and the built
site is the same either way."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from sitegen import csp, finish, pagepolicy, seo
from tests.generator.support import site_with_data_copy
from tests.support import build_site

PAGE = '<html><head><meta charset="utf-8"><title>t</title></head><body><script>{}</script></body></html>'
META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="[^"]*">')


def _site(tmp_path: Path, pages: dict[str, str]) -> Path:
    for name, text in pages.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def _hashes(*scripts: str) -> frozenset[str]:
    return frozenset(h for s in scripts for h in csp.inline_script_hashes(PAGE.format(s)))


def _with_meta(script: str, allowed: frozenset[str]) -> str:
    return csp.insert_meta(PAGE.format(script), csp.policy(allowed, for_header=False))


def test_pages_written_with_the_right_policy_are_left_as_they_are(tmp_path: Path) -> None:
    allowed = _hashes("a()", "b()")
    # A page the engine wrote is not read: text that differs from its noted hashes stays untouched.
    site = _site(tmp_path, {"index.html": "written before", "404.html": PAGE.format("b()")})
    written = finish.WrittenPages(allowed, {"index.html": _hashes("a()")})
    assert finish.apply_csp(site, with_meta=True, written=written) == allowed
    assert (site / "index.html").read_text(encoding="utf-8") == "written before"
    assert (site / "404.html").read_text(encoding="utf-8") == _with_meta("b()", allowed)


def test_a_wrong_guess_rewrites_every_page_with_the_final_policy(tmp_path: Path) -> None:
    stale = _hashes("a()", "old()")
    site = _site(tmp_path, {"index.html": _with_meta("a()", stale), "x/index.html": PAGE.format("b()")})
    written = finish.WrittenPages(stale, {"index.html": _hashes("a()")})
    final = _hashes("a()", "b()")
    assert finish.apply_csp(site, with_meta=True, written=written) == final
    assert (site / "index.html").read_text(encoding="utf-8") == _with_meta("a()", final)
    assert (site / "x/index.html").read_text(encoding="utf-8") == _with_meta("b()", final)
    assert len(META.findall((site / "index.html").read_text(encoding="utf-8"))) == 1


def test_without_a_guess_every_page_is_read_and_given_the_meta(tmp_path: Path) -> None:
    site = _site(tmp_path, {"index.html": PAGE.format("a()"), "x/index.html": PAGE.format("b()")})
    final = _hashes("a()", "b()")
    assert finish.apply_csp(site, with_meta=True) == final
    assert (site / "x/index.html").read_text(encoding="utf-8") == _with_meta("b()", final)


def test_the_guess_is_what_the_last_build_remembered(tmp_path: Path) -> None:
    assert pagepolicy.load(tmp_path / "cache") is None
    pagepolicy.remember(tmp_path / "cache", _hashes("a()", "b()"))
    guess = pagepolicy.load(tmp_path / "cache")
    assert guess is not None
    assert guess.allowed == _hashes("a()", "b()")
    assert guess.add("p/index.html", PAGE.format("a()")) == _with_meta("a()", _hashes("a()", "b()"))
    assert guess.written() == finish.WrittenPages(_hashes("a()", "b()"), {"p/index.html": _hashes("a()")})


@pytest.mark.parametrize(
    "page",
    [
        PAGE.format("a()"),
        _with_meta("a()", _hashes("old()")),  # a page that has a meta already gets it replaced
        "<html><head><title>no charset</title></head><body></body></html>",
        "<html><head><title>t</title></head><body><meta charset=utf-8></body></html>",  # a charset after </head>
        '<html><head><meta charset="utf-8"><title>no head end</title><body></body></html>',
        "<p>no head at all</p>",
    ],
)
@pytest.mark.parametrize("head", ['<meta property="og:title" content="T">', '<meta charset="utf-8">', ""])
def test_a_page_gets_the_head_markup_and_the_meta_as_two_separate_steps_would_give(page: str, head: str) -> None:
    guess = pagepolicy.PagePolicy(_hashes("a()"))
    expected = csp.insert_meta(seo.insert_before_head_end(page, head), csp.policy(_hashes("a()"), for_header=False))
    assert guess.add("index.html", page, head) == expected


def _build(config: Path, dest: Path) -> None:
    result = build_site(dest, config)
    assert result.returncode == 0, result.stderr[-2000:]


def _pages(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): p.read_text(encoding="utf-8") for p in sorted(site.rglob("*.html"))}


@pytest.mark.build
def test_a_stale_guess_and_a_right_one_build_the_same_site(tmp_path: Path) -> None:
    config, _ = site_with_data_copy(tmp_path)
    cache = tmp_path / ".cache" / "keybase"  # the build's cache folder, next to its config
    pagepolicy.remember(cache, ["'sha256-c3RhbGU='"])  # a script no page has
    _build(config, tmp_path / "stale")
    stale = _pages(tmp_path / "stale")
    every_script = frozenset(h for text in stale.values() for h in csp.inline_script_hashes(text))
    policy = html.escape(csp.policy(every_script, for_header=False))
    assert all(
        META.findall(text) == [f'<meta http-equiv="Content-Security-Policy" content="{policy}">']
        for text in stale.values()
    )
    loaded = pagepolicy.load(cache)
    assert loaded is not None
    assert loaded.allowed == every_script
    _build(config, tmp_path / "right")
    assert _pages(tmp_path / "right") == stale
