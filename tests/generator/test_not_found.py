"""The 404 page offers the ways on: the site's search, the key checker and troubleshooting."""

from __future__ import annotations

import re
from pathlib import Path


def test_not_found_page_offers_search_the_key_checker_and_troubleshooting(built_site: Path) -> None:
    page = (built_site / "404.html").read_text(encoding="utf-8")
    content = page[page.index('data-md-component="content"') :]
    assert re.search(r'<label class="kb-not-found__search" for="__search">Search the site</label>', content)
    assert 'id="__search"' in page  # the toggle the label opens: Material's search dialog is on the page
    # Site-absolute links: the server shows this page at any depth.
    assert re.search(r'<a href="/key-checker/">Check a key</a>', content)
    assert re.search(r'<a href="/troubleshooting/">Fix an error</a>', content)
    for target in ("key-checker/index.html", "troubleshooting/index.html"):
        assert (built_site / target).is_file(), target
