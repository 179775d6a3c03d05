"""Translated editions (i18n/<lang>/): data overlays merged onto the English records, the `source_hash`
that ties each translation to the English text it was made from, and the parity report.

Pure logic on plain YAML values; the loader (sitegen.dataset, sitegen.flowchart_load) calls `overlay`, and
`python -m sitegen.i18n stamp|report` runs the rest from the command line.
"""
