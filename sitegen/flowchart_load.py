"""Read data/flowchart.yml: strict YAML, its JSON Schema, then the graph rules of sitegen.flowchart."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from sitegen.errors import BuildError
from sitegen.flowchart import Flowchart, check_graph, from_data
from sitegen.i18n.edition import Edition
from sitegen.schemas import load_registry, validate
from sitegen.yamlio import load_yaml

FLOWCHART_FILE = "flowchart.yml"
SCHEMA_DIR = "schemas"


def load_flowchart(
    data_dir: Path,
    label: str = "data",
    error_ids: Collection[str] | None = None,
    cache_dir: Path | None = None,
    *,
    edition: Edition | None = None,
) -> Flowchart:
    """The checked flowchart; any problem stops the build with the file, the node and the field.

    error_ids: every "<provider>/<id>" of the error catalog, so links to error pages are checked too.
    edition: a translated edition whose overlay of the flowchart's text is laid over the English first.
    """
    name = f"{label}/{FLOWCHART_FILE}"
    document = load_yaml(data_dir / FLOWCHART_FILE, name, cache_dir)
    problems = validate(document, "flowchart", load_registry(data_dir / SCHEMA_DIR, cache_dir), name, "nodes")
    if problems:
        raise BuildError("\n".join(problems))
    if edition is not None:  # checked against the English document's shape (sitegen.i18n.overlay)
        document, problems = edition.overlaid(document, FLOWCHART_FILE, "flowchart")
        if problems:
            raise BuildError("\n  ".join(["invalid translation; no site was written:", *problems]))
    chart = from_data(document, name)
    check_graph(chart, name, error_ids)
    return chart
