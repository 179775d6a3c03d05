"""The theme overrides are Material's own partials plus the named accessibility fixes, nothing else:
when a Material upgrade changes a partial, this fails and the override is redone from the new copy."""

from __future__ import annotations

import re
from pathlib import Path

import material
import pytest

from tests.support import ROOT

MATERIAL = Path(material.__file__).parent / "templates"
OVERRIDES = ROOT / "docs" / "overrides"
HEADER = re.compile(r"\A\{#-.*?-#\}\n", re.S)
# Per override: (text in Material's partial, what the override has instead).
FIXES = {
    "partials/alternate.html": [
        (
            '<button class="md-header__button md-icon" aria-label="{{ lang.t(\'select.language\') }}">',
            '<button class="md-header__button md-icon" type="button" aria-label="{{ lang.t(\'select.language\') }}">',
        ),
        (
            '<a href="{{ alt.link | url }}" hreflang',
            '<a href="{{ (alt.link ~ (page.url if page and page.url else \'\')) | url }}" hreflang',
        ),
    ],
    "partials/search.html": [
        (
            '<div class="md-search" data-md-component="search" role="dialog">',
            '<div class="md-search" data-md-component="search" role="dialog" aria-label="{{ lang.t(\'search\') }}">',
        )
    ],
    "partials/nav-item.html": [
        (
            '<label class="md-nav__link" for="{{ path }}" id="{{ path }}_label" tabindex="{{ tabindex }}">',
            '<label class="md-nav__link" for="{{ path }}" id="{{ path }}_label"'
            '{% if tabindex %} tabindex="{{ tabindex }}"{% endif %}>',
        ),
        (
            '<label class="md-nav__link {{ class }}" for="{{ path }}" id="{{ path }}_label"'
            ' tabindex="{{ tabindex }}">\n'
            '                <span class="md-nav__icon md-icon"></span>\n',
            '<label class="md-nav__link {{ class }}" for="{{ path }}" id="{{ path }}_label"'
            '{% if tabindex %} tabindex="{{ tabindex }}"{% endif %}>\n'
            '                <span class="md-nav__icon md-icon"></span>'
            '<span class="kb-visually-hidden">{{ nav_item.title | e }}</span>\n',
        ),
    ],
}


def test_every_partial_override_is_listed() -> None:
    # Partials replace Material's whole file, so each must be accounted for (main.html only extends blocks).
    # A language file Material does not have (partials/languages/zh-Hant-TW.html) replaces nothing.
    found = sorted(p.relative_to(OVERRIDES).as_posix() for p in (OVERRIDES / "partials").rglob("*.html"))
    assert [name for name in found if (MATERIAL / name).is_file()] == sorted(FIXES)
    assert [name for name in found if not (MATERIAL / name).is_file()] == ["partials/languages/zh-Hant-TW.html"]


@pytest.mark.parametrize("name", sorted(FIXES))
def test_override_is_material_plus_its_fixes(name: str) -> None:
    expected = HEADER.sub("", (MATERIAL / name).read_text(encoding="utf-8"))
    for old, new in FIXES[name]:
        assert old in expected, f"Material's {name} changed: redo the override from the new copy"
        expected = expected.replace(old, new)
    assert HEADER.sub("", (OVERRIDES / name).read_text(encoding="utf-8")) == expected
