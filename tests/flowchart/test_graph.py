"""The flowchart's graph rules, on the real data and on broken examples built in code (each rule caught)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sitegen.errors import BuildError
from sitegen.flowchart import Flowchart, Outcome, Question, check_graph, from_data, graph_problems, paths_to_outcomes
from sitegen.flowchart_embed import catalog_titles
from sitegen.flowchart_load import load_flowchart
from tests.support import ROOT

DATA = ROOT / "data"

# Topics the issue asks the flowchart to cover, each with the outcome that answers it.
REQUIRED_OUTCOMES = {
    "key format": "o-paste-mistake",
    "billing and balance": "o-billing",
    "key revoked or expired": "o-key-revoked",
    "project deleted": "o-project-deleted",
    "permissions and restricted keys": "o-restricted-key",
    "model access": "o-model-access",
    "region": "o-region",
    "rate limit": "o-rate-limit",
    "quota": "o-gemini-free-tier",
    "env var not loaded": "o-env-not-loaded",
    "wrong provider's key": "o-wrong-provider",
    "the test call": "o-test-call",
}


@pytest.fixture(scope="module")
def chart() -> Flowchart:
    return load_flowchart(DATA)


def test_real_flowchart_is_sound(chart: Flowchart) -> None:
    assert graph_problems(chart) == []


def test_real_flowchart_starts_with_my_key_does_not_work(chart: Flowchart) -> None:
    start = chart.nodes[chart.start]
    assert isinstance(start, Question)
    assert "key" in start.question.lower()


@pytest.mark.parametrize(("topic", "outcome"), REQUIRED_OUTCOMES.items(), ids=list(REQUIRED_OUTCOMES))
def test_real_flowchart_covers_topic(chart: Flowchart, topic: str, outcome: str) -> None:
    assert isinstance(chart.nodes.get(outcome), Outcome), topic
    assert any(path[-1] == outcome for path in paths_to_outcomes(chart))


def test_every_path_of_the_real_flowchart_ends_in_an_outcome_with_a_fix(chart: Flowchart) -> None:
    paths = list(paths_to_outcomes(chart))
    outcomes = {path[-1] for path in paths}
    assert outcomes == {node.id for node in chart.nodes.values() if isinstance(node, Outcome)}
    for outcome in outcomes:
        node = chart.nodes[outcome]
        assert isinstance(node, Outcome)
        assert node.fix


def test_key_format_question_embeds_the_key_checker(chart: Flowchart) -> None:
    embedded = [n.id for n in chart.nodes.values() if isinstance(n, Question) and n.embed == "keycheck"]
    assert embedded == ["q-key-format"]


# ------------------------------------------------------------------ broken examples, one per rule


def _q(node_id: str, *targets: str) -> dict[str, Any]:
    return {"id": node_id, "question": f"Question {node_id}?", "answers": [{"label": t, "next": t} for t in targets]}


def _o(node_id: str, fix: list[str] | None = None) -> dict[str, Any]:
    steps = ["Do it."] if fix is None else fix
    return {"id": node_id, "title": f"Outcome {node_id}", "explanation": "Why.", "fix": steps}


def _chart(*nodes: dict[str, Any], start: str = "start") -> Flowchart:
    return from_data({"start": start, "checked": "2026-11-27", "nodes": list(nodes)}, "flow.yml")


SOUND = (_q("start", "a", "b"), _o("a"), _o("b"))

BROKEN = {
    "dangling answer": ((_q("start", "a", "nowhere"), _o("a")), "start", "leads to 'nowhere', which does not exist"),
    "unreachable node": ((*SOUND, _o("orphan")), "orphan", "not reachable from 'start'"),
    "cycle": ((_q("start", "q2", "a"), _q("q2", "start", "a"), _o("a")), "q2", "cycle start -> q2 -> start"),
    "dead end question": (({"id": "start", "question": "Q?", "answers": []},), "start", "dead end"),
    "outcome without fix": ((_q("start", "a", "b"), _o("a", fix=[]), _o("b")), "a", "outcome without a fix"),
    "missing start": (SOUND[1:], "start", "start names no node"),
    "start is an outcome": ((_o("start"),), "start", "the start is an outcome"),
    "unbalanced backtick": (
        (_q("start", "a", "b"), {**_o("a"), "explanation": "Set `KEY."}, _o("b")),
        "a",
        "unbalanced backtick",
    ),
}


def test_sound_example_has_no_problem() -> None:
    assert graph_problems(_chart(*SOUND)) == []


@pytest.mark.parametrize(("nodes", "node_id", "expected"), BROKEN.values(), ids=list(BROKEN))
def test_each_rule_is_caught_and_names_the_node(nodes: tuple[dict[str, Any], ...], node_id: str, expected: str) -> None:
    with pytest.raises(BuildError) as caught:
        check_graph(_chart(*nodes), "flow.yml")
    message = str(caught.value)
    assert message.startswith("flow.yml: ")
    assert f"node '{node_id}'" in message
    assert expected in message


def test_duplicate_node_id_is_caught() -> None:
    with pytest.raises(BuildError, match=r"flow\.yml: node 'a': duplicate id"):
        _chart(_q("start", "a"), _o("a"), _o("a"))


def test_error_links_are_checked_against_the_catalog() -> None:
    nodes = (_q("start", "a", "b"), {**_o("a"), "links": [{"error": "openai/999-made-up"}]}, _o("b"))
    problems = graph_problems(_chart(*nodes), error_ids={"openai/401-invalid-api-key"})
    assert problems == [
        "node 'a': link to error 'openai/999-made-up', which is not in the error catalog; expected <provider>/<id>"
    ]


def _write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "schemas").mkdir()
    for schema in (DATA / "schemas").glob("*.schema.json"):
        (tmp_path / "schemas" / schema.name).write_text(schema.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "flowchart.yml").write_text(text, encoding="utf-8")
    return tmp_path


def test_schema_problem_names_file_node_and_field(tmp_path: Path) -> None:
    text = (DATA / "flowchart.yml").read_text(encoding="utf-8").replace("    fix:\n", "    fixes:\n", 1)
    with pytest.raises(BuildError) as caught:
        load_flowchart(_write(tmp_path, text))
    assert "data/flowchart.yml: entry 'o-env-not-loaded': field 'fix': missing (required)" in str(caught.value)


def test_yaml_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    with pytest.raises(BuildError, match=r"^data/flowchart\.yml:2:"):
        load_flowchart(_write(tmp_path, "start: start\nnodes: [a: b: c]\n"))


def test_real_flowchart_links_name_real_error_pages() -> None:
    titles = catalog_titles(DATA)
    chart = load_flowchart(DATA, error_ids=titles.keys())
    linked = {link.target for n in chart.nodes.values() if isinstance(n, Outcome) for link in n.links
              if link.kind == "error"}
    assert linked
    assert linked <= set(titles)
