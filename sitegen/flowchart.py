"""The troubleshooting flowchart: typed nodes, the graph rules, and the no-JavaScript HTML rendering.

Pure functions only: the caller reads and schema-validates the YAML, and tells the renderer how to
turn a link into a URL. The rendered tree is what crawlers and readers without JavaScript see; the
question-page widget (docs/assets/flowchart/) reads the same markup, so both show one source.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from html import escape
from typing import Any, Literal

from sitegen.errors import BuildError

FRAGMENT_PREFIX = "fc-"
"""Prefix of every node's element id, so node ids never clash with the page's heading anchors."""


@dataclass(frozen=True)
class Answer:
    label: str
    next: str


@dataclass(frozen=True)
class Link:
    kind: Literal["error", "page"]
    target: str
    """`<provider>/<error id>` for an error page, a path under docs/ for a guide page."""
    text: str | None = None


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    answers: tuple[Answer, ...]
    hint: str | None = None
    embed: str | None = None


@dataclass(frozen=True)
class Outcome:
    id: str
    title: str
    explanation: str
    fix: tuple[str, ...]
    links: tuple[Link, ...] = ()
    sources: tuple[str, ...] = ()


Node = Question | Outcome


@dataclass(frozen=True)
class Flowchart:
    start: str
    checked: str
    nodes: Mapping[str, Node]
    """Every node by id, in the order of the data file."""
    review_by: str | None = None  # re-check the outcomes by this day (scripts/check-freshness)


def from_data(data: Mapping[str, Any], source: str) -> Flowchart:
    """Typed nodes from schema-valid data; a duplicate id stops the build."""
    nodes: dict[str, Node] = {}
    for raw in data["nodes"]:
        node_id = raw["id"]
        if node_id in nodes:
            raise BuildError(f"{source}: node '{node_id}': duplicate id; expected each node id once")
        nodes[node_id] = _node(raw)
    review_by = str(data["review_by"]) if "review_by" in data else None
    return Flowchart(start=data["start"], checked=str(data["checked"]), nodes=nodes, review_by=review_by)


def _node(raw: Mapping[str, Any]) -> Node:
    if "question" in raw:
        return Question(
            id=raw["id"],
            question=raw["question"],
            answers=tuple(Answer(a["label"], a["next"]) for a in raw["answers"]),
            hint=raw.get("hint"),
            embed=raw.get("embed"),
        )
    links = tuple(
        Link("error", link["error"]) if "error" in link else Link("page", link["page"], link["text"])
        for link in raw.get("links", ())
    )
    return Outcome(
        id=raw["id"],
        title=raw["title"],
        explanation=raw["explanation"],
        fix=tuple(raw["fix"]),
        links=links,
        sources=tuple(raw.get("sources", ())),
    )


# ------------------------------------------------------------------------------------------ graph rules


def graph_problems(chart: Flowchart, error_ids: Collection[str] | None = None) -> list[str]:
    """Every broken rule as "node '<id>': <what was expected>"; empty when the graph is sound.

    Rules: the start exists and is a question; every answer leads to an existing node; every question
    has an answer (a question without one is a dead end, so not every path would end in an outcome);
    no cycles; every node is reachable from the start; every outcome has a fix; text has balanced
    backticks; error links name a catalog entry (when the catalog's ids are given).
    """
    problems: list[str] = []
    nodes = chart.nodes
    if chart.start not in nodes:
        problems.append(f"node '{chart.start}': start names no node; expected the id of a question")
    elif not isinstance(nodes[chart.start], Question):
        problems.append(f"node '{chart.start}': the start is an outcome; expected a question")
    for node in nodes.values():
        problems.extend(f"node '{node.id}': {problem}" for problem in _node_problems(node, nodes, error_ids))
    if chart.start in nodes:
        problems.extend(_cycle_problems(chart))
        reachable = _reachable(chart)
        problems.extend(
            f"node '{node_id}': not reachable from '{chart.start}'; expected an answer that leads to it"
            for node_id in nodes
            if node_id not in reachable
        )
    return problems


def check_graph(chart: Flowchart, source: str, error_ids: Collection[str] | None = None) -> None:
    """Raise BuildError naming the file and every broken node, or return when the graph is sound."""
    problems = graph_problems(chart, error_ids)
    if problems:
        raise BuildError(f"{source}: " + f"\n{source}: ".join(problems))


def _node_problems(node: Node, nodes: Mapping[str, Node], error_ids: Collection[str] | None) -> Iterator[str]:
    if isinstance(node, Question):
        if not node.answers:
            yield "question without answers is a dead end; expected at least one answer"
        for answer in node.answers:
            if answer.next not in nodes:
                yield f"answer '{answer.label}' leads to '{answer.next}', which does not exist; expected a node id"
        texts: list[str] = [node.question, *(a.label for a in node.answers)]
        if node.hint:
            texts.append(node.hint)
    else:
        if not node.fix or not all(step.strip() for step in node.fix):
            yield "outcome without a fix; expected at least one fix step"
        for link in node.links:
            if link.kind == "error" and error_ids is not None and link.target not in error_ids:
                yield f"link to error '{link.target}', which is not in the error catalog; expected <provider>/<id>"
        texts = [node.title, node.explanation, *node.fix]
    for text in texts:
        if text.count("`") % 2:
            yield f"unbalanced backtick in {text[:40]!r}; expected `code` in pairs"


def _successors(node: Node) -> tuple[str, ...]:
    return tuple(a.next for a in node.answers) if isinstance(node, Question) else ()


def _reachable(chart: Flowchart) -> set[str]:
    seen = {chart.start}
    stack = [chart.start]
    while stack:
        for nxt in _successors(chart.nodes[stack.pop()]):
            if nxt in chart.nodes and nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return seen


def _cycle_problems(chart: Flowchart) -> list[str]:
    """One problem per back edge found by an iterative depth-first search (no recursion limit)."""
    state: dict[str, int] = {}  # absent = unvisited, 1 = on the current path, 2 = done
    problems: list[str] = []
    for root in chart.nodes:
        if root in state:
            continue
        path: list[str] = [root]
        iters = [iter(_successors(chart.nodes[root]))]
        state[root] = 1
        while iters:
            nxt = next(iters[-1], None)
            if nxt is None:
                state[path.pop()] = 2
                iters.pop()
            elif nxt not in chart.nodes:
                continue
            elif state.get(nxt) == 1:
                loop = [*path[path.index(nxt) :], nxt]
                problems.append(
                    f"node '{path[-1]}': answer leads back to '{nxt}' (cycle {' -> '.join(loop)}); "
                    "expected every path to end in an outcome"
                )
            elif nxt not in state:
                state[nxt] = 1
                path.append(nxt)
                iters.append(iter(_successors(chart.nodes[nxt])))
    return problems


def paths_to_outcomes(chart: Flowchart) -> Iterator[tuple[str, ...]]:
    """Every path from the start to an outcome (for tests and reviews; the graph must be sound)."""
    stack: list[tuple[str, ...]] = [(chart.start,)]
    while stack:
        path = stack.pop()
        node = chart.nodes[path[-1]]
        if isinstance(node, Outcome):
            yield path
        else:
            stack.extend((*path, answer.next) for answer in reversed(node.answers))


# ------------------------------------------------------------------------------------------ rendering

LinkResolver = Callable[[Link], tuple[str, str] | None]
"""Turns a link into (href relative to the page, link text), or None when its target does not exist."""


def inline(text: str) -> str:
    """Escaped text with `code` spans; nothing else is interpreted."""
    parts = text.split("`")
    return "".join(f"<code>{escape(part)}</code>" if i % 2 else escape(part) for i, part in enumerate(parts))


def node_anchor(node_id: str) -> str:
    return FRAGMENT_PREFIX + node_id


def render_html(
    chart: Flowchart,
    resolve: LinkResolver,
    embeds: Mapping[str, Callable[[], str]] | None = None,
    source: str = "flowchart",
) -> str:
    """The whole flowchart as nested HTML: each node under the first answer that leads to it.

    Later answers that lead to an already rendered node link to it in the page. `embeds` maps an
    embed name (e.g. "keycheck") to a function giving that widget's HTML, called for each node that
    shows it, so every copy gets element ids of its own. No blank lines of its own, so Markdown
    keeps the block as raw HTML.
    """
    start = escape(chart.start)
    lines = [
        f'<div class="flowchart" data-flowchart data-flowchart-start="{start}" data-flowchart-node="{start}">',
        '<div class="fc-tree">',
    ]
    _TreeRenderer(chart, resolve, embeds or {}, source, lines).node(chart.start)
    lines += [f'<p class="fc-checked">Checked on {escape(chart.checked)}.</p>', "</div>", "</div>"]
    return "\n".join(lines)


@dataclass
class _TreeRenderer:
    chart: Flowchart
    resolve: LinkResolver
    embeds: Mapping[str, Callable[[], str]]
    source: str
    lines: list[str]
    placed: set[str] = field(default_factory=set)

    def node(self, node_id: str) -> None:
        self.placed.add(node_id)
        node = self.chart.nodes[node_id]
        kind = "question" if isinstance(node, Question) else "outcome"
        self.lines.append(
            f'<div class="fc-node fc-{kind}" id="{node_anchor(node_id)}" data-fc-node="{escape(node_id)}" '
            f'data-fc-kind="{kind}">'
        )
        if isinstance(node, Question):
            self.question(node)
        else:
            self.lines += _outcome_body(node, self.resolve, self.source)
        self.lines.append("</div>")

    def question(self, node: Question) -> None:
        lines = self.lines
        lines.append(f'<p class="fc-title"><strong>{inline(node.question)}</strong></p>')
        if node.hint:
            lines.append(f'<p class="fc-hint">{inline(node.hint)}</p>')
        if node.embed:
            if node.embed not in self.embeds:
                raise BuildError(f"{self.source}: node '{node.id}': embed '{node.embed}' has no widget to show")
            widget = self.embeds[node.embed]()
            lines += [f'<div class="fc-embed" data-fc-embed="{escape(node.embed)}">', widget, "</div>"]
        lines.append('<ul class="fc-answers">')
        for answer in node.answers:
            lines.append(
                f'<li><a class="fc-answer" href="#{node_anchor(answer.next)}" '
                f'data-fc-next="{escape(answer.next)}">{inline(answer.label)}</a>'
            )
            if answer.next not in self.placed:
                self.node(answer.next)
            lines[-1] += "</li>"
        lines.append("</ul>")


def _outcome_body(node: Outcome, resolve: LinkResolver, source: str) -> Sequence[str]:
    lines = [
        f'<p class="fc-title"><strong>{inline(node.title)}</strong></p>',
        '<div class="fc-body">',
        f"<p>{inline(node.explanation)}</p>",
        '<p class="fc-fix-label">How to fix it:</p>',
        '<ol class="fc-fix">',
        *(f"<li>{inline(step)}</li>" for step in node.fix),
        "</ol>",
    ]
    if node.links:
        lines.append('<ul class="fc-links">')
        for link in node.links:
            resolved = resolve(link)
            if resolved is None:
                raise BuildError(f"{source}: node '{node.id}': link to {link.kind} '{link.target}': no such page")
            href, text = resolved
            lines.append(f'<li><a href="{escape(href)}">{escape(text)}</a></li>')
        lines.append("</ul>")
    lines.append("</div>")
    return lines
