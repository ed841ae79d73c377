"""The ``import-responses`` command of the command line (Qt-free).

``journeydesigner import-responses MAP FILE [-o OUT] [--touchpoint COL] [--nps COL]
[--csat COL] [--ces COL] [--date COL] [--comment COL] [--sheet NAME] [--skip-invalid]
[--dry-run]`` reads survey responses (CSV or XLSX, :mod:`.survey`) and sets the NPS,
CSAT and CES of each touchpoint they name, with their evidence, and adds comments as
quotes. By default a file with any bad row changes nothing: every problem is listed
with its row and column. ``--skip-invalid`` imports the other rows and lists the rows
skipped. The map is saved atomically in place, keeping ``MAP.bak``, or to ``OUT``;
``--dry-run`` prints the table of changes and writes nothing. Problems are worded in
the locale's language (English or Spanish), numbers in the map's.

Exit status: 0 when imported (or, with ``--dry-run``, when it could be), 1 when the
map or the survey cannot be read, a row is bad (without ``--skip-invalid``) or no
response is left to import; 2 for a wrong command line.
"""

from __future__ import annotations

import argparse
import sys

from . import edits
from .fileio import LoadError, load, save
from .numbers import number
from .problems import codes as C  # noqa: N812
from .problems import language_from_environment, line
from .survey import ROLES, ImportPlan, plan_import, read_responses, survey_edit
from .survey.statistics import DECIMALS
from .terminal import say

#: What each column option names.
COLUMN_HELP = {
    "touchpoint": "the column naming the touchpoint (its id or title)",
    "nps": "the column of NPS scores (0–10)",
    "csat": "the column of CSAT scores (1–5)",
    "ces": "the column of CES scores (1–7)",
    "date": "the column of answer dates (ISO, or dates of the sheet)",
    "comment": "the column of comments (added as quotes)",
}


def _cmd_import(args: argparse.Namespace) -> int:
    language = language_from_environment()
    doc = load(args.map)
    named = {role: getattr(args, role) for role in ROLES if getattr(args, role) is not None}
    try:
        responses = read_responses(args.file, doc, named=named, sheet=args.sheet)
    except LoadError as exc:
        for text in exc.lines(language):
            say(text, sys.stderr)
        return 1
    for problem in responses.listed_problems():
        say(f"{args.file}: {line(problem, language)}", sys.stderr)
    if responses.problem_count and not args.skip_invalid:
        say(f"{args.file}: nothing imported: {responses.skipped:,} of {responses.rows:,} rows "
            "have problems (--skip-invalid imports the others)", sys.stderr)
        return 1
    plan = plan_import(doc, responses)
    if not plan:
        say(f"{args.file}: {line(C.SURVEY_NO_RESPONSES(), language)}", sys.stderr)
        return 1
    for text in plan_table(doc, plan):
        say(text)
    skipped = f", {responses.skipped:,} skipped" if responses.skipped else ""
    summary = (f"{len(plan.changes)} metrics and {sum(map(len, plan.quotes.values()))} quotes "
               f"on {len(plan.touchpoints())} touchpoints from {args.file} "
               f"({responses.rows:,} rows{skipped})")
    if args.dry_run:
        say(f"{args.map}: would set {summary}; nothing written (--dry-run)")
        return 0
    edits.apply(doc, survey_edit(doc, plan))
    target = args.output or args.map
    save(doc, target, keep_backup=args.output is None)
    say(f"{target}: set {summary}")
    return 0


def plan_table(doc, plan: ImportPlan) -> list[str]:
    """The plan as lines of a table: touchpoint, metric, old → new value, answers and
    interval, numbers written the map's way; then the quotes each touchpoint gains."""
    rows = [("touchpoint", "metric", "old → new", "n", "95 % interval")]
    for change in plan.changes:
        digits = DECIMALS[change.metric]

        def fmt(value: float, digits: int = digits) -> str:
            return number(value, doc.language, digits)

        old = "—" if change.old is None else fmt(change.old)
        rows.append((change.touchpoint, change.metric, f"{old} → {fmt(change.new)}",
                     f"{change.n:,}", f"{fmt(change.low)}–{fmt(change.high)}"))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.rjust(w) if i == 3 else cell.ljust(w)
                       for i, (cell, w) in enumerate(zip(row, widths, strict=True))).rstrip()
             for row in rows]
    lines += [f"{tp_id}: +{len(quotes)} quotes" for tp_id, quotes in plan.quotes.items()]
    return lines


def add_import_command(subparsers) -> argparse.ArgumentParser:
    """Register ``import-responses`` on ``subparsers``; returns its parser."""
    p = subparsers.add_parser(
        "import-responses",
        help="set the NPS, CSAT and CES of touchpoints from survey responses (CSV, XLSX)",
        description=(
            "Read survey responses from FILE (CSV separated by commas, semicolons or tabs, "
            "or an XLSX workbook), one answer per row, and set the nps, csat and ces of "
            "each touchpoint named in the touchpoint column (its id or title) with their "
            "95 %% interval and evidence; comments become quotes. Columns are found by "
            "their headers (touchpoint / punto de contacto, nps, csat, ces, date / fecha, "
            "comment / comentario) unless named below. A file with any bad row changes "
            "nothing unless --skip-invalid. MAP is saved atomically, keeping MAP.bak."
        ),
    )
    p.add_argument("map", metavar="MAP")
    p.add_argument("file", metavar="FILE")
    p.add_argument("-o", "--output", metavar="OUT", help="write the map to OUT, not in place")
    for role in ROLES:
        p.add_argument(f"--{role}", metavar="COL", help=f"{COLUMN_HELP[role]}, by its header")
    p.add_argument("--sheet", metavar="NAME", help="XLSX: the sheet to read (default the first)")
    p.add_argument("--skip-invalid", action="store_true",
                   help="import the valid rows and list those skipped")
    p.add_argument("--dry-run", action="store_true",
                   help="print what would change and write nothing")
    p.set_defaults(func=_cmd_import)
    return p
