"""Importing survey responses (``journeydesigner/survey/``): time and peak memory.

    .venv/bin/python bench/run.py --only survey [--quick]
    .venv/bin/python bench/bench_survey.py [--quick]        # the same rows alone

*import CSV*: 1,000,000 response rows (touchpoint by id, or by title one row in ten;
NPS, CSAT and CES, each empty one time in ten; a date, with a time one row in four; a
comment one row in twenty) into a 500-touchpoint map, everything ``import-responses``
does (load the map, ``read_responses``, ``plan_import``, ``survey_edit``, save), next to
its floor: the same file read by ``csv.reader`` into tuples, in the same process.
Target: within 4 times the floor. *peak memory*: the peak RSS of a process of its own
doing that import, target under 300 MB, next to a process that only reads the file
with ``csv.reader`` (each the child's own high-water mark, ``VmHWM``). *import XLSX*:
the same for 200,000 rows in a workbook, next to python-calamine iterating the sheet's
rows. *XLSX reader*: the two readers considered, each iterating the 200,000 rows in a
process of its own: openpyxl (``read_only=True``) and python-calamine (skipped with
``--quick``).
"""

from __future__ import annotations

import csv
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from _common import Row, time_call  # noqa: E402

CSV_ROWS = 1_000_000
XLSX_ROWS = 200_000
TOUCHPOINTS = 500
MAX_RATIO = 4.0
MAX_MB = 300
HEADER = ["touchpoint", "nps", "csat", "ces", "date", "comment"]
PYTHON = sys.executable

#: What each child process runs: ``python -c CODE PATH [MAP OUT]``.
CHILDREN = {
    "import": "import sys; from bench_survey import import_survey; "
              "import_survey(sys.argv[2], sys.argv[1], sys.argv[3])",
    "csv": "import sys; from bench_survey import read_csv; read_csv(sys.argv[1])",
    "calamine": "import sys; from bench_survey import read_calamine; "
                "read_calamine(sys.argv[1])",
    "openpyxl": "import sys; from bench_survey import read_openpyxl; "
                "read_openpyxl(sys.argv[1])",
}


def responses(doc, count: int, seed: int = 0):
    """``count`` rows of answers about the touchpoints of ``doc``, as Python values."""
    rnd = random.Random(seed)
    touchpoints = doc.touchpoints
    start = date(2026, 1, 1)
    for i in range(count):
        tp = touchpoints[rnd.randrange(len(touchpoints))]
        day = start + timedelta(days=rnd.randrange(300))
        when: date | datetime = day
        if i % 4 == 0:
            when = datetime(day.year, day.month, day.day, rnd.randrange(24), rnd.randrange(60))
        yield [tp.title if i % 10 == 0 else tp.id,
               None if rnd.random() < 0.1 else rnd.randrange(11),
               None if rnd.random() < 0.1 else rnd.randrange(1, 6),
               None if rnd.random() < 0.1 else rnd.randrange(1, 8),
               when,
               f"Comentario {rnd.randrange(100_000)} sobre {tp.title}" if i % 20 == 0 else None]


def write_csv(path: Path, doc, count: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, delimiter=";")
        out.writerow(HEADER)
        for row in responses(doc, count):
            out.writerow(["" if cell is None else
                          cell.isoformat() if isinstance(cell, date) else cell for cell in row])


def write_xlsx(path: Path, doc, count: int) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Respuestas")
    sheet.append(HEADER)
    for row in responses(doc, count):
        sheet.append(row)
    book.save(path)


def import_survey(map_path: str, survey_path: str, out: str) -> None:
    """What ``journeydesigner import-responses MAP SURVEY -o OUT`` does."""
    from journeydesigner import edits
    from journeydesigner.fileio import load, save
    from journeydesigner.survey import plan_import, read_responses, survey_edit

    doc = load(map_path)
    found = read_responses(survey_path, doc)
    assert not found.problems, found.problems[:3]
    plan = plan_import(doc, found)
    edits.apply(doc, survey_edit(doc, plan))
    save(doc, out, keep_backup=False)


def read_csv(path: str) -> None:
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter=";"):
            tuple(row)


def read_calamine(path: str) -> None:
    from python_calamine import CalamineWorkbook

    for row in CalamineWorkbook.from_path(path).get_sheet_by_index(0).iter_rows():
        tuple(row)


def read_openpyxl(path: str) -> None:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    for row in book.worksheets[0].iter_rows(values_only=True):
        tuple(row)
    book.close()


def child(name: str, *args: Path) -> tuple[float, float]:
    """(wall seconds, peak RSS in MB) of a process running ``CHILDREN[name]``. The peak
    is the child's own ``VmHWM``, read as it ends: ``ru_maxrss`` would count the
    memory of this process, which the child shares between fork and exec."""
    code = (f"import sys; sys.path[:0] = {[str(HERE), str(HERE.parent)]!r}; {CHILDREN[name]}; "
            "print(next(l.split()[1] for l in open('/proc/self/status') "
            "if l.startswith('VmHWM')))")
    start = time.perf_counter()
    done = subprocess.run([PYTHON, "-c", code, *map(str, args)], capture_output=True,
                          text=True, check=True)
    return time.perf_counter() - start, int(done.stdout.split()[-1]) / 1024


def run(quick: bool = False) -> list[Row]:
    from journeydesigner.fileio import dumps
    from journeydesigner.sample import generate_document

    doc = generate_document(TOUCHPOINTS, connections_per_touchpoint=1.5, seed=0)
    repeat = 1 if quick else 3
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        map_path, out = folder / "map.journey", folder / "out.journey"
        map_path.write_bytes(dumps(doc))
        survey_csv, survey_xlsx = folder / "survey.csv", folder / "survey.xlsx"
        write_csv(survey_csv, doc, CSV_ROWS)
        size = f"{survey_csv.stat().st_size / 1e6:.0f} MB file"
        # in one process, alternating, so that load on the machine hits both alike
        ours, floor = [], []
        for _ in range(repeat):
            ours += time_call(lambda: import_survey(map_path, survey_csv, out), 1)
            floor += time_call(lambda: read_csv(survey_csv), 1)
        t, f = statistics.median(ours), statistics.median(floor)
        rows.append(Row("import CSV", CSV_ROWS, t, "s", f, "csv.reader into tuples",
                        f"≤ {MAX_RATIO:g}× floor", t <= MAX_RATIO * f,
                        f"{size}, {TOUCHPOINTS} touchpoints; median of {repeat}"))
        wall, rss = child("import", survey_csv, map_path, out)
        _, floor_rss = child("csv", survey_csv)
        rows.append(Row("import CSV, peak RSS", CSV_ROWS, rss, "MB", floor_rss,
                        "csv.reader process", f"< {MAX_MB} MB", rss < MAX_MB,
                        f"a process of its own, {wall:.2f} s"))

        write_xlsx(survey_xlsx, doc, XLSX_ROWS)
        size = f"{survey_xlsx.stat().st_size / 1e6:.0f} MB file"
        wall, rss = child("import", survey_xlsx, map_path, out)
        floor_wall, floor_rss = child("calamine", survey_xlsx)
        rows.append(Row("import XLSX", XLSX_ROWS, wall, "s", floor_wall,
                        "calamine rows process", note=f"{size}; a process each"))
        rows.append(Row("import XLSX, peak RSS", XLSX_ROWS, rss, "MB", floor_rss,
                        "calamine rows process"))
        if not quick:
            for name in ("calamine", "openpyxl"):
                wall, rss = child(name, survey_xlsx)
                rows.append(Row(f"XLSX reader {name}", XLSX_ROWS, wall, "s",
                                note=f"peak RSS {rss:,.0f} MB; rows into tuples, nothing else"))
    return rows


def main() -> int:
    from run import table

    started = time.perf_counter()
    rows = run("--quick" in sys.argv[1:])
    print(table(rows))
    print(f"\n{time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
