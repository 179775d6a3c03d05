"""The keycheck command: diagnose a key from stdin, an environment variable or a .env file.

The key is never printed, only its masked form. Exit status: 0 valid, 1 not valid, 2 usage error,
3 cannot tell (the sources disagree on this shape, or it fits several providers: give --provider).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn, TextIO

from . import __version__
from .context import provider_for_env_var
from .dotenv import is_key_name, parse_dotenv
from .engine import diagnose
from .errorlookup import lookup
from .errorlookup import render as render_lookup
from .i18n import LANGUAGES, N_, UnknownLanguage, _, language, resolve
from .providers import PROVIDERS
from .report import Report

EXIT_VALID, EXIT_INVALID, EXIT_USAGE, EXIT_CANNOT_TELL = 0, 1, 2, 3
_EXIT_BY_VERDICT = {"valid": EXIT_VALID, "invalid": EXIT_INVALID, "cannot_tell": EXIT_CANNOT_TELL}

_HISTORY_WARNING = N_(
    "keycheck: warning: a key given as an argument is saved in your shell history and visible to other "
    "users in the process list. Prefer: keycheck < file, a pipe, the hidden prompt, or --env NAME."
)


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors never echo the arguments (one of them may be a key)."""

    given: Sequence[str] = ()

    def parse_args(self, args: Sequence[str] | None = None, namespace: None = None) -> argparse.Namespace:  # type: ignore[override]
        self.given = list(sys.argv[1:] if args is None else args)
        return super().parse_args(self.given, namespace)

    def error(self, message: str) -> NoReturn:
        if message.startswith("unrecognized arguments"):
            message = "unrecognized arguments (not repeated here: one of them may be a key)"
        # Other messages quote what was typed ("ambiguous option: --e=<value> could match ..."): every
        # value given is taken out, whole and after an '=', leaving the option names argparse adds.
        values = [part for arg in self.given for part in (arg, *arg.split("=")[1:]) if len(part) >= 4]
        for value in sorted(values, key=len, reverse=True):
            message = message.replace(value, "(a value, not repeated here)")
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="keycheck",
        description="Check an AI API key's format offline: provider, kind, and paste mistakes. "
        "The key is read from standard input (a hidden prompt on a terminal) unless --env or --file is given.",
        epilog="Exit status: 0 valid, 1 not valid, 2 usage error, 3 cannot tell. The key itself is never printed.",
    )
    source = parser.add_mutually_exclusive_group()
    source.add_argument("key", nargs="?", help="the key itself (discouraged: it ends up in shell history)")
    source.add_argument("--env", metavar="NAME", help="check the environment variable NAME")
    source.add_argument("--file", metavar="PATH", help="check every *_KEY / *_TOKEN entry of a .env file")
    source.add_argument("--list-providers", action="store_true", help="list the providers and exit")
    source.add_argument("--error", action="store_true", help="look up an API error message read from standard input")
    parser.add_argument("--provider", metavar="ID", help="the provider the key is for (see --list-providers)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument(
        "--lang",
        metavar="LANG",
        type=_language,
        default="en",
        help=f"the language of the messages: {' or '.join(LANGUAGES)} (default: en; the locale is not consulted)",
    )
    parser.add_argument("--version", action="version", version=f"keycheck {__version__}")
    return parser


def _language(tag: str) -> str:
    """--lang's value as a supported language; anything else is a usage error that names the known ones."""
    try:
        return resolve(tag)
    except UnknownLanguage:
        raise argparse.ArgumentTypeError(f"unknown language; known: {', '.join(LANGUAGES)}") from None


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:  # `keycheck --list-providers | head`: the reader left early
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 -- keeps the interpreter's final flush quiet
        return EXIT_INVALID


def _main(argv: Sequence[str] | None) -> int:
    args = _parser().parse_args(argv)
    with language(args.lang):
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    out = sys.stdout
    lang: str = args.lang
    provider = args.provider.strip().lower() if args.provider else None
    if provider is not None and provider not in PROVIDERS:
        # Not repeated: a key given to --provider by mistake would be printed.
        known = ", ".join(PROVIDERS)
        print(_("keycheck: unknown provider id given to --provider. Known: {ids}.").format(ids=known), file=sys.stderr)
        return EXIT_USAGE
    if args.list_providers:
        _list_providers(out, as_json=args.json)
        return EXIT_VALID
    if args.error:
        return _lookup_error(out, as_json=args.json, lang=lang)
    if args.file is not None:
        return _check_file(Path(args.file), provider, out, as_json=args.json, lang=lang)
    if args.env is not None:
        if args.env not in os.environ:
            # The name is not repeated: a key typed after --env instead of a name would be printed.
            print(_("keycheck: the environment variable named after --env is not set."), file=sys.stderr)
            return EXIT_USAGE
        report = diagnose(os.environ[args.env], provider or provider_for_env_var(args.env), lang)
        return _print_one(report, out, as_json=args.json, label=f"${args.env}")
    if args.key is not None:
        print(_(_HISTORY_WARNING), file=sys.stderr)
        return _print_one(diagnose(args.key, provider, lang), out, as_json=args.json, label=_("argument"))
    text = _read_stdin()
    if text is None:
        return EXIT_USAGE
    return _print_one(diagnose(text, provider, lang), out, as_json=args.json, label=_("input"))


def _lookup_error(out: TextIO, *, as_json: bool, lang: str) -> int:
    """Exit 0 when a catalog entry matches the pasted error, 1 when none does."""
    if sys.stdin is None:
        print(_("keycheck: no standard input to read the error message from."), file=sys.stderr)
        return EXIT_USAGE
    if sys.stdin.isatty():
        print(_("Paste the error message, then press Ctrl-D:"), file=sys.stderr)
    result = lookup(sys.stdin.read(), lang)
    out.write(json.dumps(result.to_dict(), indent=2) + "\n" if as_json else render_lookup(result, lang))
    return EXIT_VALID if result.matches else EXIT_INVALID


def _read_stdin() -> str | None:
    if sys.stdin is None:
        print(_("keycheck: no standard input; pass --env NAME or --file PATH."), file=sys.stderr)
        return None
    if sys.stdin.isatty():
        try:
            return getpass.getpass(_("API key (input hidden): "))
        except (EOFError, KeyboardInterrupt):
            print(file=sys.stderr)
            return None
    text = sys.stdin.read()
    # `echo KEY | keycheck` adds one newline that is not part of what the user meant to check.
    if text.endswith("\r\n"):
        return text[:-2]
    return text[:-1] if text.endswith("\n") else text


def _verdict(report: Report) -> str:
    if report.verdict == "valid":
        return _("valid")
    if report.verdict == "cannot_tell":
        return _(
            "cannot tell (see the warning below: the sources disagree, or the key could be from several providers)"
        )
    if report.cleaned_verdict == "valid":
        return _("not valid as pasted (the key itself is fine once the mistakes below are fixed)")
    if report.cleaned_verdict == "cannot_tell":
        return _("not valid as pasted (once the mistakes below are fixed: cannot tell)")
    return _("not valid")


def render(report: Report, label: str = "input", lang: str | None = None) -> str:
    """The human-readable report. Built only from the report, which holds the masked key alone.

    `lang` words the labels (the findings are already in the language the report was made in); None
    keeps the language of the surrounding call (English outside one)."""
    if lang is not None:
        with language(lang):
            return render(report, label)
    severities = {"error": _("error"), "warning": _("warning"), "info": _("info")}
    lines = [_("{label}: {verdict}").format(label=label, verdict=_verdict(report))]
    if report.provider:
        lines.append(_("  provider: {name} ({id})").format(name=report.provider_name, id=report.provider))
    elif report.candidates:
        lines.append(_("  could be: {names}").format(names=", ".join(PROVIDERS[p].name for p in report.candidates)))
    if report.variant:
        lines.append(_("  kind:     {label} ({id})").format(label=report.variant_label, id=report.variant))
    lines.append(_("  key:      {masked}").format(masked=report.masked))
    for finding in report.findings:
        lines.append(f"  [{severities[finding.severity]}] {finding.code}: {finding.message}")
        lines.append(_("      fix: {fix}").format(fix=finding.fix))
    return "\n".join(lines)


def _print_one(report: Report, out: TextIO, *, as_json: bool, label: str) -> int:
    if as_json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2), file=out)
    else:
        print(render(report, label), file=out)
    return _EXIT_BY_VERDICT[report.verdict]


def _check_file(path: Path, provider: str | None, out: TextIO, *, as_json: bool, lang: str) -> int:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        # The path is not repeated (a key given to --file by mistake would be printed), nor str(exc).
        reason = exc.strerror or type(exc).__name__
        print(_("keycheck: cannot read the file given to --file: {reason}").format(reason=reason), file=sys.stderr)
        return EXIT_USAGE
    checked: list[tuple[int, str | None, Report]] = []
    skipped: list[str | None] = []
    for entry in parse_dotenv(text):
        if not is_key_name(entry.name):
            continue
        owner = provider or provider_for_env_var(entry.name)
        report = diagnose(entry.value, owner, lang)
        name = _shown_name(entry.name)
        if owner is None and not report.candidates:
            skipped.append(name)  # not a provider the checker knows; do not judge it
            continue
        checked.append((entry.line, name, report))
    if as_json:
        entries = [{"name": name, "line": line, **report.to_dict()} for line, name, report in checked]
        print(json.dumps({"entries": entries, "skipped": skipped}, ensure_ascii=False, indent=2), file=out)
    else:
        for line, name, report in checked:
            print(render(report, _("{name} (line {line})").format(name=_name_label(name), line=line)), file=out)
        if skipped:
            names = ", ".join(_name_label(name) for name in skipped)
            print(_("skipped (not a known provider's key): {names}").format(names=names), file=out)
        if not checked:
            print(_("no *_KEY / *_TOKEN entry of a known provider in the file"), file=out)
    verdicts = {r.verdict for _, _, r in checked}
    if not checked or "invalid" in verdicts:
        return EXIT_INVALID
    return EXIT_CANNOT_TELL if "cannot_tell" in verdicts else EXIT_VALID


_NAME_WORD_MAX = 24
_CAMEL_WORD_MAX = 16


def _shown_name(name: str) -> str | None:
    """A variable name as it may be printed, or None when it could hold a key: a key pasted in front
    of the '=' ends up in the name. Names are short words of letters and digits joined by '_' or '.', each
    in one case or a short CamelCase word without digits (AzureOpenAI_KEY); keys run on for dozens of
    characters that mix cases and digits."""
    words = name.replace(".", "_").split("_")
    plain = len(name) <= 64 and all(ch.isascii() and (ch.isalnum() or ch in "_.") for ch in name)
    if plain and all(_name_word(w) for w in words):
        return name
    return None


def _name_word(word: str) -> bool:
    one_case = word.isupper() or word.islower() or word.isdigit() or not word
    camel = word.isalpha() and len(word) <= _CAMEL_WORD_MAX
    return len(word) <= _NAME_WORD_MAX and (one_case or camel)


def _name_label(name: str | None) -> str:
    return _("(a name that may hold a key, not shown)") if name is None else name


def _list_providers(out: TextIO, *, as_json: bool) -> None:
    rows = [
        (p.id, p.name, list(p.env_vars), sorted({f.prefix for f in p.formats if f.prefix and f.is_api_key}))
        for p in PROVIDERS.values()
    ]
    if as_json:
        keys = ("id", "name", "env_vars", "prefixes")
        print(json.dumps([dict(zip(keys, row, strict=True)) for row in rows], indent=2), file=out)
        return
    for pid, name, env_vars, prefixes in rows:
        shown = ", ".join(prefixes) or "(no prefix)"
        print(f"{pid:<14} {name:<16} {', '.join(env_vars):<44} {shown}", file=out)


if __name__ == "__main__":
    sys.exit(main())
