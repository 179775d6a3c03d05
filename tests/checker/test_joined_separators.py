"""Two keys joined by a list separator and no space (key1,key2): the separator belongs to neither key,
so the first key is judged whole and the finding says what stood between them.

Cases are generated over every kind of key with a prefix, each followed by another kind's key."""

from __future__ import annotations

import pytest

from checker import PROVIDERS, diagnose

from .keys import VALID

FORMATS = {(p.id, f.variant): f for p in PROVIDERS.values() for f in p.formats}
PREFIXED = [(ident, key) for ident, key in VALID.items() if FORMATS[ident].prefix]
SEPARATORS = ",;|/:"
CASES = [
    (ident, key, sep, key + sep + PREFIXED[(n + 3) % len(PREFIXED)][1])
    for n, (ident, key) in enumerate(PREFIXED)
    for sep in SEPARATORS
    if not (sep == ":" and ident[0] == "langfuse")  # pk-lf-…:sk-lf-… is a pair, judged elsewhere
]


@pytest.mark.parametrize(("ident", "key", "sep", "text"), CASES, ids=[f"{i[0]}-{i[1]}-{s}" for i, _, s, _ in CASES])
def test_separator_between_joined_keys(ident: tuple[str, str], key: str, sep: str, text: str) -> None:
    report = diagnose(text)
    assert report.findings[0].code == "TWO_KEYS_JOINED"
    assert report.verdict != "valid"
    assert (report.provider, report.variant) == ident
    if sep in FORMATS[ident].chars:
        return  # the separator may be the key's own last character: nothing marks where the key ends
    assert f"separated only by '{sep}'" in report.findings[0].message
    # Once the second key and the separator are gone, what remains is judged as the first key alone.
    assert report.cleaned_verdict == diagnose(key).verdict
