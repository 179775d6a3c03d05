"""An error's dated history: the exact Markdown of its page section, and the git parsing behind 'added'."""

from __future__ import annotations

import dataclasses

from checker import PROVIDERS
from sitegen import errorpages
from sitegen.dataset import load_dataset
from sitegen.errorhistory import history_section
from sitegen.gitdates import parse_entry_log
from sitegen.models import ErrorChange, ErrorEntry, Source
from tests.support import ROOT

NAMES = {p.id: p.name for p in PROVIDERS.values()}
HERE = "errors/openai/429-slow-down.md"


def _entry(*changes: ErrorChange, checked: str = "2026-11-29") -> ErrorEntry:
    base = load_dataset(ROOT / "data", NAMES).error("openai/429-slow-down")
    assert base is not None
    return dataclasses.replace(base, changes=changes, checked=checked)


MOVED = ErrorChange(
    "2025-03-01",
    "provider",
    "Status 503 became 429 for `slow_down`.",
    (Source("Provider docs", "https://example.org/errors"),),
)
RECHECK = ErrorChange(
    "2026-11-29",
    "recheck",
    "Status, code and type unchanged; see [the 429 page](errors/openai/429-rate-limit-exceeded.md).",
)


def test_history_lists_provider_changes_the_day_added_and_rechecks_oldest_first() -> None:
    lines = history_section(_entry(MOVED, RECHECK), "OpenAI", "2026-11-27", HERE)
    assert "\n".join(lines) == "\n".join(
        [
            "## History",
            "",
            "- **2025-03-01**: OpenAI changed this error. Status 503 became 429 for `slow_down`. "
            "(Source: [Provider docs](https://example.org/errors).)",
            "- **2026-11-27**: added to this guide.",
            "- **2026-11-29**: checked again. Status, code and type unchanged; see "
            "[the 429 page](429-rate-limit-exceeded.md).",
            "",
        ]
    )


def test_the_checked_day_closes_the_history_unless_a_recheck_names_it() -> None:
    lines = history_section(_entry(MOVED, checked="2026-11-28"), "OpenAI", None, HERE)
    assert lines[-2] == "- **2026-11-28**: last checked against the sources below."
    assert history_section(_entry(checked="2026-11-28"), "OpenAI", "2026-11-29", HERE)[2:4] == [
        "- **2026-11-28**: last checked against the sources below.",
        "- **2026-11-29**: added to this guide.",
    ]


def test_no_dated_event_means_no_section() -> None:
    assert history_section(_entry(), "OpenAI", None, HERE) == []
    page = errorpages.render_error_page(_entry(), "OpenAI", {"openai/429-rate-limit-exceeded": "x"}, None)
    assert "## History" not in page


def test_the_section_sits_just_before_the_sources() -> None:
    page = errorpages.render_error_page(_entry(MOVED), "OpenAI", {"openai/429-rate-limit-exceeded": "x"}, "2026-11-27")
    assert page.index("## History") < page.index("## Sources")
    assert "## History" not in page[page.index("## Sources") :]


GIT_LOG = """\
@2026-11-27

diff --git a/data/errors/openai.yml b/data/errors/openai.yml
new file mode 100644
--- /dev/null
+++ b/data/errors/openai.yml
@@ -0,0 +1,3 @@
+errors:
+  - id: 401-invalid-api-key
+  - id: 429-slow-down
@2026-11-29

diff --git a/data/errors/openai.yml b/data/errors/openai.yml
--- a/data/errors/openai.yml
+++ b/data/errors/openai.yml
@@ -1 +1 @@
-  - id: 429-slow-down
+  - id: 429-slow-down
+  - id: 401-missing-scopes
+    related: [  - id: not-an-entry]
"""


def test_the_first_commit_of_each_id_is_the_day_it_was_added() -> None:
    assert parse_entry_log(GIT_LOG) == {
        ("data/errors/openai.yml", "401-invalid-api-key"): "2026-11-27",
        ("data/errors/openai.yml", "429-slow-down"): "2026-11-27",
        ("data/errors/openai.yml", "401-missing-scopes"): "2026-11-29",
    }


def test_a_deleted_file_does_not_take_the_ids_that_follow() -> None:
    log = "@2026-11-28\n+++ /dev/null\n+  - id: orphan\n"
    assert parse_entry_log(log) == {}
