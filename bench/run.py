#!/usr/bin/env python3
"""Run every JourneyDesigner benchmark and print one table.

    python bench/run.py [--sizes 500,2000,10000] [--quick] [--only io,scene,...]
                        [--moves 50] [--json OUT.json] [--markdown OUT.md]

Each figure is printed next to its floor: the same work done by the plainest
means (``json``, a bare Qt scene, reportlab with no layout, a bare PySide6 window),
measured in the same run on the same machine, so the ratio says how much the
application adds. Where there is a target the last column says PASS or MISS.
The benchmarks are never part of the test suite (see bench/README.md).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def _ensure_interpreter() -> None:
    """Re-run under the project's venv when this Python lacks the dependencies."""
    try:
        import pydantic  # noqa: F401
        import PySide6  # noqa: F401
    except ImportError:
        venv = ROOT / ".venv" / "bin" / "python"
        # compare prefixes, not executables: the venv's python is a link to the same binary
        if venv.exists() and Path(sys.prefix).resolve() != (ROOT / ".venv").resolve():
            os.execv(str(venv), [str(venv), str(Path(__file__).resolve()), *sys.argv[1:]])
        raise SystemExit("PySide6 and pydantic are needed: run bash scripts/run.sh once, "
                         "or use .venv/bin/python bench/run.py") from None


_ensure_interpreter()
sys.path[:0] = [str(HERE), str(ROOT)]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _common import Row, fmt, machine_info  # noqa: E402

GROUPS = ("io", "scene", "move", "tools", "pdf", "analysis", "startup", "rss", "survey")


def table(rows: list[Row]) -> str:
    header = ("benchmark", "size", "measured", "floor", "floor is", "ratio", "target", "result",
              "note")
    lines = [header]
    for r in rows:
        ratio = f"{r.ratio:.1f}×" if r.ratio is not None else "—"
        lines.append((r.bench, f"{r.size:,}" if r.size else "—", fmt(r.value, r.unit),
                      fmt(r.floor, r.unit), r.floor_what, ratio, r.target or "—", r.result,
                      r.note))
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    right = {1, 2, 3, 5}
    out = []
    for k, line in enumerate(lines):
        cells = [c.rjust(w) if i in right else c.ljust(w)
                 for i, (c, w) in enumerate(zip(line, widths, strict=True))]
        out.append("  ".join(cells).rstrip())
        if k == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


def markdown(rows: list[Row]) -> str:
    out = ["| benchmark | size | measured | floor | floor is | ratio | target | result | note |",
           "|---|--:|--:|--:|---|--:|---|---|---|"]
    for r in rows:
        ratio = f"{r.ratio:.1f}×" if r.ratio is not None else "—"
        result = f"**{r.result}**" if r.result in ("PASS", "MISS") else r.result
        out.append(f"| {r.bench} | {f'{r.size:,}' if r.size else '—'} | {fmt(r.value, r.unit)} | "
                   f"{fmt(r.floor, r.unit)} | {r.floor_what} | {ratio} | {r.target or '—'} | "
                   f"{result} | {r.note} |")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="500,2000,10000",
                        help="touchpoint counts of the generated maps (default 500,2000,10000)")
    parser.add_argument("--quick", action="store_true",
                        help="fewer repetitions and moves: a rough figure in a minute or two")
    parser.add_argument("--only", default=",".join(GROUPS),
                        help=f"comma-separated groups to run, of {','.join(GROUPS)}")
    parser.add_argument("--moves", type=int, default=None,
                        help="card moves per size for the interaction figure (default 50, "
                             "15 with --quick)")
    parser.add_argument("--json", metavar="OUT", help="also write the rows as JSON")
    parser.add_argument("--markdown", metavar="OUT", help="also write the table as Markdown")
    args = parser.parse_args(argv)
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    only = {g.strip() for g in args.only.split(",") if g.strip()}
    unknown = only - set(GROUPS)
    if unknown:
        parser.error(f"unknown group(s): {', '.join(sorted(unknown))}")
    moves = args.moves or (15 if args.quick else 50)

    info = machine_info()
    print("JourneyDesigner benchmarks")
    for key, value in info.items():
        print(f"  {key:10} {value}")
    print(f"  sizes      {', '.join(f'{n:,}' for n in sizes)} touchpoints, "
          "1.5 connections per touchpoint" + (" (quick)" if args.quick else ""))
    print(flush=True)

    rows: list[Row] = []
    notes: list[str] = []
    started = time.perf_counter()

    def step(name: str) -> None:
        print(f"… {name} ({time.perf_counter() - started:.0f} s)", file=sys.stderr, flush=True)

    if "io" in only:
        import bench_io

        step("open and save")
        rows += bench_io.run(sizes, args.quick)
        rows += bench_io.lane_rows(args.quick)
    if only & {"scene", "move", "tools"}:
        from PySide6.QtWidgets import QApplication

        _app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841
        import bench_canvas

        if "scene" in only:
            step("scene build and render")
            rows += bench_canvas.scene_rows(sizes, args.quick)
        if "move" in only:
            step("moving a card")
            rows += bench_canvas.interaction_rows(sizes, moves)
        if "tools" in only:
            import bench_tools

            step("overview and find")
            rows += bench_tools.run(sizes, args.quick)
    if "pdf" in only:
        import bench_pdf

        step("PDF export")
        pdf_rows, why = bench_pdf.run(sizes, args.quick)
        rows += pdf_rows
        if why:
            notes.append(f"PDF export skipped: {why}")
    if "analysis" in only:
        import bench_analysis

        step("analysis")
        analysis_rows, why = bench_analysis.run(sizes, args.quick)
        rows += analysis_rows
        if why:
            notes.append(f"analysis skipped: {why}")
    if "startup" in only:
        import bench_process

        step("start-up")
        rows += bench_process.startup_rows(args.quick)
    if "rss" in only:
        import bench_process

        step("peak memory")
        rows += bench_process.rss_rows()
    if "survey" in only:
        import bench_survey

        step("importing survey responses")
        rows += bench_survey.run(args.quick)
    step("done")

    print(table(rows))
    for note in notes:
        print(f"note: {note}")
    misses = [r for r in rows if r.result == "MISS"]
    print(f"\n{sum(r.result == 'PASS' for r in rows)} PASS, {len(misses)} MISS, "
          f"{sum(r.result == 'SKIP' for r in rows)} SKIP "
          f"in {time.perf_counter() - started:.0f} s")
    if args.json:
        Path(args.json).write_text(json.dumps(
            {"machine": info, "sizes": sizes, "quick": args.quick, "notes": notes,
             "rows": [r.as_dict() for r in rows]}, indent=2, ensure_ascii=False) + "\n",
            encoding="utf-8")
    if args.markdown:
        Path(args.markdown).write_text(markdown(rows) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
