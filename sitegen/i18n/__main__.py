"""python -m sitegen.i18n stamp|report [--lang zh-TW]

stamp [--refresh] [FILE ...]  write source_hash into translated pages and overlay records that lack one
                              (--refresh: re-stamp, after bringing a translation up to date)
report                        pages and records with a counterpart, and the missing, stale and unstamped ones
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sitegen.errors import BuildError
from sitegen.i18n.edition import Edition
from sitegen.i18n.parity import parity
from sitegen.i18n.sources import data_kind, data_pairs, page_pairs
from sitegen.i18n.stamp import stamp_overlay, stamp_page

DEFAULT_LANGUAGE = "zh-TW"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sitegen.i18n", description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", default=DEFAULT_LANGUAGE, help="the edition (a folder under i18n/)")
    parser.add_argument("--root", type=Path, default=Path("."), help="the project folder (holds docs/, data/, i18n/)")
    commands = parser.add_subparsers(dest="command", required=True)
    stamp = commands.add_parser("stamp", help="write source_hash where it is missing")
    stamp.add_argument("--refresh", action="store_true", help="re-stamp translations that have a hash")
    stamp.add_argument("files", nargs="*", type=Path, help="only these translated files (default: all)")
    commands.add_parser("report", help="parity and staleness of the edition")
    args = parser.parse_args(argv)
    edition = Edition(args.lang, args.root.resolve())
    if not edition.folder.is_dir():
        print(f"no edition folder {edition.folder}", file=sys.stderr)
        return 2
    try:
        if args.command == "stamp":
            return _stamp(edition, args.files, refresh=args.refresh)
        return _report(edition)
    except BuildError as exc:
        print(exc, file=sys.stderr)
        return 1


def _stamp(edition: Edition, only: list[Path], *, refresh: bool) -> int:
    chosen = {path.resolve() for path in only}
    pages = records = 0
    for pair in page_pairs(edition.root, edition.folder):
        if pair.translated.is_file() and (not chosen or pair.translated.resolve() in chosen):
            pages += stamp_page(pair, refresh=refresh)
    for pair in data_pairs(edition.root, edition.folder):
        if pair.translated.is_file() and (not chosen or pair.translated.resolve() in chosen):
            label = f"{edition.data_label}/{pair.relative}"
            records += stamp_overlay(pair, data_kind(pair.relative), label, refresh=refresh)
    print(f"stamped {pages} page(s) and {records} data record(s)")
    return 0


def _report(edition: Edition) -> int:
    result = parity(edition.root, edition.folder)
    for title, names in (("missing", result.missing), ("stale", result.stale), ("unstamped", result.unstamped)):
        if names:
            print(f"{title} ({len(names)}):")
            print("".join(f"  {name}\n" for name in names), end="")
    print(result.summary(edition.language))
    return 0


if __name__ == "__main__":
    sys.exit(main())
