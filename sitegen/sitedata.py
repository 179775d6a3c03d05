"""All the site's structured data, loaded and checked in one step: the catalog, FAQ, tables and the
flowchart (whose links to errors are checked against the catalog). Engine-free: the plugin and the tests
call the same function."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from checker.providers import PROVIDERS, ScheduledChange
from sitegen import freshness, scheduled
from sitegen.dataset import load_dataset
from sitegen.errors import BuildError
from sitegen.flowchart import Flowchart
from sitegen.flowchart_load import load_flowchart
from sitegen.i18n.edition import Edition
from sitegen.models import Dataset


def load_site_data(
    data_dir: Path,
    provider_names: Mapping[str, str],
    label: str = "data",
    changes: Mapping[str, ScheduledChange] | None = None,
    cache_dir: Path | None = None,
    *,
    edition: Edition | None = None,
) -> tuple[Dataset, Flowchart]:
    """(dataset, flowchart) from data_dir; any problem raises BuildError naming file, entry and field.

    changes: the announced provider changes text may name ({change:...}); default those of checker.PROVIDERS.
    cache_dir keeps which documents passed their JSON Schema before (sitegen.schemas.Schemas).
    edition: a translated edition (sitegen.i18n) whose data overlays replace the English text.
    """
    dataset = load_dataset(data_dir, provider_names, label, cache_dir, edition=edition)
    unknown = scheduled.unknown_in_data(
        dataset, freshness.changes_by_ref(PROVIDERS) if changes is None else changes, label
    )
    if unknown:
        raise BuildError("\n  ".join(["invalid data; no site was written:", *unknown]))
    # The flowchart is data too: checked here, so a broken one stops every build, not only its page's.
    chart = load_flowchart(
        data_dir, label, error_ids={e.ref for e in dataset.all_errors()}, cache_dir=cache_dir, edition=edition
    )
    return dataset, chart
