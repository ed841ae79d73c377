"""The ``analyze`` command of the command line (Qt-free).

``journeydesigner analyze FILE [--persona ID] [--json]`` prints the path analysis
of a map: a readable report in the map's language (Spanish for ``es…``, else
English), or with ``--json`` the analysis as JSON. Register it with
:func:`add_analyze_command` on the parser's subparsers object.

Exit status: 0 on success, 1 when FILE cannot be read, 2 for an unknown persona.
"""

from __future__ import annotations

import argparse
import sys

from .analysis import UnknownPersonaError, analyze, format_text
from .fileio import LoadError, load
from .problems import language_from_environment
from .terminal import say, say_json


def _cmd_analyze(args: argparse.Namespace) -> int:
    try:
        doc = load(args.file)
    except LoadError as exc:
        for line in exc.lines(language_from_environment()):
            say(line, sys.stderr)
        return 1
    try:
        result = analyze(doc, args.persona)
    except UnknownPersonaError as exc:
        say(f"{args.file}: {exc}", sys.stderr)
        return 2
    if args.json:
        say_json(result.to_json())
    else:
        say(format_text(result, doc.language), lines=True)
    return 0


def add_analyze_command(subparsers) -> argparse.ArgumentParser:
    """Register ``analyze FILE [--persona ID] [--json]`` on ``subparsers``; returns its parser."""
    p = subparsers.add_parser(
        "analyze",
        help="report entries, the ideal path, friction points, dead ends… of a map",
        description=(
            "Analyse the paths of FILE: entries and exits, the ideal path, negative paths, "
            "friction points (by emotion, negative paths or survey measures), dead ends, "
            "time-order problems, unreachable touchpoints, channel mix, coverage, and where "
            "the map's emotions and the survey's intervals disagree. The report is in the "
            "map's language."
        ),
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--persona",
        metavar="ID",
        help="analyse only what this persona (its id) lives",
    )
    p.add_argument("--json", action="store_true", help="print the analysis as JSON")
    p.set_defaults(func=_cmd_analyze)
    return p
