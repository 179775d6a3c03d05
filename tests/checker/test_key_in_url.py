"""A web address with the key in its query (?key=…, as Google's examples send it): the key is taken out
and judged, the mistake is named and fixable; an address without a key stays URL_NOT_KEY. Cases are
generated over every kind of key and several address shapes."""

from __future__ import annotations

import json

import pytest

from checker import diagnose

from .keys import CONTEXTUAL, VALID
from .leaks import assert_no_leak

URLS = (
    "https://generativelanguage.googleapis.com/v1beta/models?key={key}",
    "https://api.example.com/v1/models?alt=json&key={key}&pageSize=5",
    "https://api.example.com/v1/chat?api_key={key}",
    "http://localhost:8080/proxy?token={key}",
)
# Keys with '=' or '&' in them end where a query value ends: nothing marks the key's own end.
KEYS = {ident: key for ident, key in {**VALID, **CONTEXTUAL}.items() if "=" not in key and "&" not in key}
CASES = [(ident, key, url.format(key=key)) for ident, key in KEYS.items() for url in URLS]


@pytest.mark.parametrize(
    ("ident", "key", "text"), CASES, ids=[f"{i[0]}-{i[1]}-{n % len(URLS)}" for n, (i, _, _) in enumerate(CASES)]
)
def test_key_in_a_web_address_is_judged(ident: tuple[str, str], key: str, text: str) -> None:
    alone = diagnose(key, ident[0])
    report = diagnose(text, ident[0])
    assert report.findings[0].code == "TEXT_AROUND_KEY"
    assert (report.provider, report.variant) == (alone.provider, alone.variant)
    assert report.cleaned_verdict == alone.verdict
    assert report.verdict != "valid"
    assert_no_leak(key, json.dumps(report.to_dict()))


@pytest.mark.parametrize(
    "text",
    ["https://platform.openai.com/api-keys", "https://example.com/?q=hello&key=short", "www.example.com/docs?page=2"],
)
def test_address_without_a_key_is_no_key(text: str) -> None:
    assert [f.code for f in diagnose(text).findings] == ["URL_NOT_KEY"]
