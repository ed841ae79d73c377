"""The ``journeydesigner`` command line; with no command (or a file) it starts the GUI.

Every command uses the Qt-free core only, so it runs on a server or in CI.
Errors are printed as ``FILE: place: message`` lines, never as tracebacks, in
English or, when the locale says so (``LANG=es_ES.UTF-8``) or ``validate --lang es``
asks, in Spanish.
Modules are imported by the command that needs them: the window starts without
the command line's parser, and a command without the GUI.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .terminal import say

if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence

COMMANDS = ("validate", "export", "analyze", "import-responses", "new", "templates", "schema",
            "gui")


def _cmd_validate(args: argparse.Namespace) -> int:
    from .fileio import LoadError, load
    from .problems import language_from_environment

    language = args.lang or language_from_environment()
    failed = False
    for path in args.files:
        try:
            load(path)
        except LoadError as exc:
            failed = True
            for line in exc.lines(language):
                say(line, sys.stderr)
        else:
            if not args.quiet:
                say(f"{path}: valid")
    return 1 if failed else 0


def _cmd_export(args: argparse.Namespace) -> int:
    from .export import export_file
    from .fileio import load

    doc = load(args.file)
    pictures = None
    if Path(args.output).suffix.lower() in (".png", ".svg"):
        from .gui import picture as pictures  # the canvas draws them: this is the launcher
    try:
        warnings = export_file(
            doc,
            args.output,
            page_size=args.page_size,
            portrait=args.portrait,
            tile=args.tile,
            persona=args.persona,
            cover=not args.no_cover,
            appendix=not args.no_appendix,
            dpi=args.dpi,
            bands=args.bands,
            pictures=pictures,
        )
    except ValueError as exc:
        message = str(exc)
        say(message if message.startswith(str(args.output)) else f"{args.file}: {message}",
            sys.stderr)
        return 2
    for warning in warnings:
        say(f"{args.output}: warning: {warning}", sys.stderr)
    return 0


def _band_count(text: str) -> int:
    """--bands: a whole number from 1 to 20."""
    import argparse

    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= 20:
        raise argparse.ArgumentTypeError(f"must be a whole number from 1 to 20, not {text!r}")
    return value


def _cmd_new(args: argparse.Namespace) -> int:
    from .fileio import save
    from .templates import UnknownTemplate, new_document

    out = Path(args.output)
    if out.exists() and not args.force:
        say(f"{out}: already exists (use --force to overwrite)", sys.stderr)
        return 1
    try:
        doc = new_document(args.template, args.title)
    except UnknownTemplate as exc:
        say(str(exc), sys.stderr)
        return 2
    except ValueError as exc:  # e.g. a blank or too long --title
        say(f"--title: {exc}", sys.stderr)
        return 2
    save(doc, out, keep_backup=False)
    say(f"{out}: created from template {args.template}")
    return 0


def _cmd_templates(args: argparse.Namespace) -> int:
    from .templates import list_templates

    for info in list_templates():
        say(f"{info.name:28} {info.language:4} {info.title}")
    return 0


def _cmd_schema(args: argparse.Namespace) -> int:
    from .schema import journey_schema
    from .terminal import say_json

    say_json(journey_schema())
    return 0


def _cmd_gui(args: argparse.Namespace) -> int:
    from .gui.application import run

    return run(args.file)


def build_parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(
        prog="journeydesigner",
        description=(
            "Design customer journey maps. With no command, or with a .journey file, "
            "the application window opens."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("validate", help="check .journey files against format version 1")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("-q", "--quiet", action="store_true", help="print only problems")
    p.add_argument("--lang", choices=("en", "es"),
                   help="language of the problems (default: the locale's, else English)")
    p.set_defaults(func=_cmd_validate)

    p = sub.add_parser(
        "export",
        help="write a map to another format, chosen by the output's extension",
        description=(
            "Export FILE; the format follows OUT's extension: .pdf (print-ready, vector), "
            ".png, .svg, or .json / .journey (the normalised document, same format). "
            "Files are written atomically."
        ),
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("-o", "--output", required=True, metavar="OUT")
    p.add_argument("--page-size", default="A4", choices=("A4", "A3", "Letter", "Tabloid"),
                   help="PDF page size (default A4)")
    p.add_argument("--portrait", action="store_true", help="PDF pages upright (default landscape)")
    p.add_argument("--tile", action="store_true",
                   help="PDF: spread the map over several pages at a legible size")
    p.add_argument("--bands", type=_band_count, metavar="N",
                   help="PDF fitted on one page: wrap the stages into N bands stacked on "
                        "the page (default: the count giving the largest text)")
    p.add_argument("--persona", metavar="ID", help="show only what this persona lives")
    p.add_argument("--no-cover", action="store_true", help="PDF without the cover page")
    p.add_argument("--no-appendix", action="store_true", help="PDF without the analysis appendix")
    p.add_argument("--dpi", type=float, default=150, help="PNG resolution (default 150)")
    p.set_defaults(func=_cmd_export)

    from .analysis_cli import add_analyze_command  # networkx: only when a command runs

    add_analyze_command(sub)

    from .survey_cli import add_import_command

    add_import_command(sub)

    p = sub.add_parser("new", help="create a map from a template")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--template", default="purchase.en", metavar="NAME",
                   help="template name (see 'journeydesigner templates'); default purchase.en")
    p.add_argument("--title", metavar="TEXT", help="title of the new map")
    p.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    p.set_defaults(func=_cmd_new)

    p = sub.add_parser("templates", help="list the templates for 'new'")
    p.set_defaults(func=_cmd_templates)

    p = sub.add_parser("schema", help="print the JSON Schema (2020-12) of format version 1")
    p.set_defaults(func=_cmd_schema)

    p = sub.add_parser("gui", help="open the application window (the default)")
    p.add_argument("file", nargs="?", metavar="FILE")
    p.set_defaults(func=_cmd_gui)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in COMMANDS and not argv[0].startswith("-")):
        argv = ["gui", *argv]
    if argv[0] == "gui" and len(argv) <= 2 and not any(a.startswith("-") for a in argv[1:]):
        # straight to the window: the command line's parser is not needed
        from .gui.application import run

        return run(argv[1] if len(argv) > 1 else None)
    args = build_parser().parse_args(argv)
    from .fileio import LoadError, SaveError
    from .problems import language_from_environment

    try:
        return args.func(args)
    except LoadError as exc:
        for line in exc.lines(language_from_environment()):
            say(line, sys.stderr)
        return 1
    except SaveError as exc:
        say(exc.text(language_from_environment()), sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
