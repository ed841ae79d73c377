"""The largest maps JourneyDesigner accepts, through every command: time and peak memory.

``journeydesigner/limits.py`` promises that within its counts every part of the
application finishes in bounded time and memory, and that beyond them a map is
refused at once. This runs the real command line (one process per command, as a user
would) on the largest accepted maps and on maps one element beyond, and reports the
wall time and the peak resident memory of each process (``os.wait4``).

    .venv/bin/python bench/bench_limits.py [--only validate,analyze,pdf,png,svg] [--quick]

Maps (``sample.generate_document``): *wide*, 10,000 touchpoints and 10,000 paths (both
limits); *dense*, 200 touchpoints joined by 10,000 paths (the path limit on few
cards: the routing and the crossings are the cost); *over*, 10,001 touchpoints
(refused). Floors, measured in the same run: the process that only imports the core
and reads the file with ``json.loads`` (validate, analyze), the same importing
PySide6 too (PNG, SVG) and reportlab (PDF).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

PYTHON = sys.executable
COMMANDS = {
    "validate": ["validate", "{map}"],
    "analyze": ["analyze", "{map}"],
    "pdf": ["export", "{map}", "-o", "{out}.pdf"],
    "png": ["export", "{map}", "-o", "{out}.png", "--dpi", "150"],
    "svg": ["export", "{map}", "-o", "{out}.svg"],
    "png-refused": ["export", "{map}", "-o", "{out}-big.png", "--dpi", "2400"],
    # the wide map's largest picture within MAX_PIXELS (at 150 dpi it is refused)
    "png-25dpi": ["export", "{map}", "-o", "{out}-25.png", "--dpi", "25"],
}
FLOORS = {
    "validate": "import json, sys, journeydesigner.fileio; "
                "json.loads(open(sys.argv[1], 'rb').read())",
    "qt": "import json, sys, PySide6.QtWidgets, journeydesigner.fileio; "
          "json.loads(open(sys.argv[1], 'rb').read())",
    "pdf": "import json, sys, reportlab.pdfgen.canvas, journeydesigner.fileio; "
           "json.loads(open(sys.argv[1], 'rb').read())",
}
FLOOR_OF = {"validate": "validate", "analyze": "validate", "pdf": "pdf", "png": "qt", "svg": "qt",
            "png-refused": "qt", "png-25dpi": "qt"}
TIMEOUT = 600


def run_measured(argv: list[str], timeout: float = TIMEOUT) -> tuple[float, float, int]:
    """(wall seconds, peak RSS in MB, exit code) of one process; killed after ``timeout``."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    deadline = start + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            proc.kill()
            pid, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.02)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        sys.stderr.write(proc.stderr.read().decode(errors="replace")[-2000:])
    return wall, usage.ru_maxrss / 1024, proc.returncode


def make_maps(folder: Path, quick: bool) -> None:
    """Write the maps into ``folder`` (run in a process of its own: a child forked from a
    parent holding them would count the parent's memory in its peak)."""
    from journeydesigner.fileio import dumps
    from journeydesigner.limits import MAX_COUNTS
    from journeydesigner.sample import generate_document

    most = MAX_COUNTS["touchpoints"] // (10 if quick else 1)
    paths = MAX_COUNTS["connections"] // (10 if quick else 1)
    made = {
        "wide": generate_document(most, connections_per_touchpoint=paths / most, seed=0),
        "dense": generate_document(200, connections_per_touchpoint=paths / 200, seed=0),
        "over": generate_document(MAX_COUNTS["touchpoints"] + 1, 1.0, seed=0),
    }
    for name, doc in made.items():
        path = folder / f"{name}.journey"
        path.write_bytes(dumps(doc))
        print(f"# {name}: {len(doc.touchpoints):,} touchpoints, {len(doc.connections):,} paths, "
              f"{path.stat().st_size / 1e6:.1f} MB", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default=",".join(COMMANDS))
    parser.add_argument("--maps", default="wide,dense,over")
    parser.add_argument("--quick", action="store_true", help="a tenth of the limits")
    parser.add_argument("--make", metavar="FOLDER", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.make:
        make_maps(Path(args.make), args.quick)
        return 0
    wanted = args.only.split(",")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        subprocess.run([PYTHON, __file__, "--make", tmp] + ["--quick"] * args.quick, check=True)
        files = {name: folder / f"{name}.journey" for name in ("wide", "dense", "over")}
        floors = {}
        for key, code in FLOORS.items():
            floors[key] = run_measured([PYTHON, "-c", code, str(files["wide"])])
        print("| map | command | wall | peak RSS | exit | floor wall | floor RSS |")
        print("|---|---|--:|--:|--:|--:|--:|")
        for name in args.maps.split(","):
            for command in wanted:
                argv = [PYTHON, "-m", "journeydesigner"] + [
                    part.format(map=files[name], out=folder / f"{name}-out")
                    for part in COMMANDS[command]]
                wall, rss, code = run_measured(argv)
                floor_wall, floor_rss, _ = floors[FLOOR_OF[command]]
                print(f"| {name} | {command} | {wall:.2f} s | {rss:,.0f} MB | {code} "
                      f"| {floor_wall:.2f} s | {floor_rss:,.0f} MB |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
