"""The PDF appendix laid out by the hand-written writer versus reportlab's platypus.

Issue 14 asks to use platypus (``Paragraph`` with escaped text and ``<font>`` runs,
``LongTable``, ``SimpleDocTemplate``) where the PDF package wraps and paginates text
by hand, unless a measurement says not to. This measures it on the appendix, the
part of the PDF that dominates on big maps.

The appendix's content (headings, paragraphs, tables with their cells) is recorded
once from ``appendix._appendix`` and then laid out and drawn by each side, one
drawing pass each (the export makes two passes for "page n of N"; platypus would
need two builds as well):

* **hand**: replayed into ``writer._Writer`` on a real reportlab ``Canvas``;
* **platypus**: every cell a ``Paragraph`` whose markup is the text of
  ``FontSet.runs`` (the fallback fonts included) escaped with
  ``xml.sax.saxutils.escape`` inside ``<font name=…>``; tables as ``LongTable``
  (header repeated, zebra rows, gap cells filled, rows split inside with
  ``splitInRow``) in a ``SimpleDocTemplate`` of the same content box.

Each side runs in a process of its own; the figures are the wall time of the layout
and the drawing plus ``canvas.save``, and the growth of the peak resident memory
over the process's peak before it (``getrusage``). Then the guarantees the tests pin
are checked on the platypus side: text extracted whole (pypdf), a 20,000-character
word wrapping in bounded time, CJK/emoji drawn with the fallback fonts, control
characters and markup-like text.

    .venv/bin/python bench/bench_platypus.py [--quick] [--maps example,largest]
"""

from __future__ import annotations

import argparse
import io
import json
import re
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

EXAMPLE = ROOT / "tests" / "examples" / "compra-online.es.journey"
LONG_WORD = 20_000
#: Seconds one side may take on one map before it is stopped (and reported so).
TIMEOUT = 600


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load_map(name: str, quick: bool) -> Any:
    """The Spanish example, or the largest accepted map as bench_limits.py builds it
    (10,000 touchpoints and 10,000 paths; a tenth with ``quick``)."""
    if name == "example":
        from journeydesigner.fileio import load
        return load(EXAMPLE)
    from journeydesigner.limits import MAX_COUNTS
    from journeydesigner.sample import generate_document
    most = MAX_COUNTS["touchpoints"] // (10 if quick else 1)
    paths = MAX_COUNTS["connections"] // (10 if quick else 1)
    return generate_document(most, connections_per_touchpoint=paths / most, seed=0)


def record(doc: Any, fonts: Any) -> tuple[list[tuple[str, tuple, dict]], Any]:
    """The appendix's calls of heading / paragraph / table, in order (nothing drawn)."""
    from journeydesigner.export.pdf import PdfOptions
    from journeydesigner.export.pdf.appendix import _appendix, _findings
    from journeydesigner.export.pdf.writer import _NULL, _Writer
    from journeydesigner.layout import compute_layout

    calls: list[tuple[str, tuple, dict]] = []

    class Recorder(_Writer):
        def heading(self, *args: Any, **kwargs: Any) -> None:
            calls.append(("heading", args, kwargs))

        def paragraph(self, *args: Any, **kwargs: Any) -> None:
            calls.append(("paragraph", args, kwargs))

        def table(self, *args: Any, **kwargs: Any) -> None:
            calls.append(("table", args, kwargs))

    options = PdfOptions()
    findings, _ = _findings(doc, None)
    _appendix(Recorder(_NULL, doc, options, fonts, None), compute_layout(doc), findings)
    return calls, options


def draw_hand(doc: Any, fonts: Any, calls: list, options: Any) -> bytes:
    """The calls replayed into the hand-written writer on a real canvas."""
    from reportlab.pdfgen.canvas import Canvas

    from journeydesigner.export.pdf.fonts import FONT_REGULAR
    from journeydesigner.export.pdf.writer import _Writer

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=options.page, pageCompression=1,
                    initialFontName=FONT_REGULAR, initialFontSize=10)
    w = _Writer(canvas, doc, options, fonts, 999)
    for name, args, kwargs in calls:
        getattr(w, name)(*args, **kwargs)
    w.finish_page()
    canvas.save()
    return out.getvalue()


class Platypus:
    """The same content as platypus flowables: escaped text in ``<font>`` runs."""

    def __init__(self, fonts: Any) -> None:
        from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle

        self.fonts = fonts
        self.align = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}
        self._styles: dict[tuple, Any] = {}
        self.ParagraphStyle = ParagraphStyle

    def style(self, size: float, leading: float, align: str = "left") -> Any:
        key = (size, leading, align)
        if key not in self._styles:
            self._styles[key] = self.ParagraphStyle(
                f"s{len(self._styles)}", fontName=self.fonts.regular, fontSize=size,
                leading=leading, alignment=self.align[align], splitLongWords=1)
        return self._styles[key]

    def markup(self, text: str, bold: bool = False, color: str | None = None) -> str:
        """``text`` as Paragraph markup: each font run escaped, lines as <br/>."""
        from journeydesigner.export.pdf.fonts import clean_text

        lines = []
        for line in text.splitlines() or [""]:
            lines.append("".join(f'<font name="{font}">{escape(part)}</font>'
                                 for font, part in self.fonts.runs(clean_text(line), bold)))
        body = "<br/>".join(lines)
        return f'<font color="{color}">{body}</font>' if color else body

    def flowables(self, calls: list, box_w: float) -> list[Any]:
        from reportlab.platypus import Paragraph, Spacer

        out: list[Any] = []
        for name, args, kwargs in calls:
            if name == "heading":
                size = kwargs.get("size", 15)
                out.append(Paragraph(self.markup(args[0], bold=True),
                                     self.style(size, size * 1.25)))
            elif name == "paragraph":
                size = kwargs.get("size", 9)
                out.append(Paragraph(self.markup(args[0], color=kwargs.get("color")),
                                     self.style(size, size * 1.35)))
            else:
                if kwargs.get("title"):
                    out.append(Spacer(1, 6))
                    out.append(Paragraph(self.markup(kwargs["title"], bold=True),
                                         self.style(12, 15)))
                out.append(self.table(*args, box_w=box_w, **kwargs))
                out.append(Spacer(1, 8))
        return out

    def table(self, columns: list, rows: list, box_w: float, size: float = 7.5,
              width: float | None = None, title: str | None = None) -> Any:
        from reportlab.platypus import LongTable, Paragraph, TableStyle

        from journeydesigner import style
        from journeydesigner.export.pdf.colors import RULE, ZEBRA

        total = sum(share for _, share, _ in columns)
        table_w = min(width or box_w, box_w)
        widths = [table_w * share / total for _, share, _ in columns]
        leading = size * 1.3
        commands: list[tuple] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, style.TEXT),
            ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
        ]
        data = [[Paragraph(self.markup(head, bold=True), self.style(size, leading, align))
                 for head, _, align in columns]]
        for r, row in enumerate(rows, start=1):
            if r % 2 == 0:
                commands.append(("BACKGROUND", (0, r), (-1, r), ZEBRA))
            cells = []
            for c, (cell, (_, _, align)) in enumerate(zip(row, columns, strict=True)):
                cell = cell if isinstance(cell, dict) else {"text": str(cell)}
                if cell.get("fill"):
                    commands.append(("BACKGROUND", (c, r), (c, r), cell["fill"]))
                cells.append(Paragraph(self.markup(cell["text"], cell.get("bold", False),
                                                   cell.get("color")),
                                       self.style(size, leading, align)))
            data.append(cells)
        return LongTable(data, colWidths=widths, repeatRows=1, hAlign="LEFT",
                         splitInRow=1, style=TableStyle(commands))


def draw_platypus(doc: Any, fonts: Any, calls: list, options: Any) -> bytes:
    """The calls as platypus flowables built into a document of the same content box."""
    from reportlab.platypus import SimpleDocTemplate

    from journeydesigner.export.pdf.options import FOOTER_H
    from journeydesigner.export.pdf.sheet import content_box

    box = content_box(options)
    page_w, page_h = options.page
    out = io.BytesIO()
    template = SimpleDocTemplate(
        out, pagesize=options.page, leftMargin=box.x, rightMargin=page_w - box.right,
        topMargin=box.y, bottomMargin=page_h - box.bottom + FOOTER_H,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    template.build(Platypus(fonts).flowables(calls, box.w))
    return out.getvalue()


def measure(map_name: str, side: str, quick: bool) -> dict[str, Any]:
    """One side on one map, in this process: seconds, peak MB growth, pages."""
    from pypdf import PdfReader

    from journeydesigner.export.pdf import FontSet

    doc = load_map(map_name, quick)
    fonts = FontSet()
    calls, options = record(doc, fonts)
    import reportlab.platypus  # noqa: F401 - imported before the clock starts, on both sides
    draw = draw_hand if side == "hand" else draw_platypus
    before = _peak_mb()
    start = time.perf_counter()
    data = draw(doc, fonts, calls, options)
    seconds = time.perf_counter() - start
    grown = _peak_mb() - before
    rows = sum(len(args[1]) for name, args, _ in calls if name == "table")
    return {"map": map_name, "side": side, "seconds": seconds, "peak_growth_mb": grown,
            "pages": len(PdfReader(io.BytesIO(data)).pages), "rows": rows,
            "touchpoints": len(doc.touchpoints), "paths": len(doc.connections)}


def hostile_calls() -> list[tuple[str, tuple, dict]]:
    """A table holding what the tests pin: one 20,000-character word, CJK and emoji,
    control characters, markup-like text and a row taller than a page."""
    cells = [
        ["x" * LONG_WORD, "short", "Ω"],
        ["顧客の旅 购物 고객 😀👩\u200d💻", "<b>not bold</b> & <font name=x>", "a\x07b\x00c"],
        ["\n".join(f"line {i}" for i in range(400)), "tall", "row"],
    ]
    columns = [("one", 0.4, "left"), ("two", 0.3, "left"), ("three", 0.3, "right")]
    return [("heading", ("Guarantees",), {"size": 18}), ("table", (columns, cells), {})]


def check_guarantees() -> dict[str, Any]:
    """The platypus side on :func:`hostile_calls`: time, and what pypdf extracts."""
    from pypdf import PdfReader

    from journeydesigner.export.pdf import FontSet, PdfOptions
    from journeydesigner.model import Document

    doc = Document(title="Guarantees")
    fonts = FontSet()
    results: dict[str, Any] = {}
    import reportlab.platypus  # noqa: F401 - imported before the clock starts
    for side, draw in (("hand", draw_hand), ("platypus", draw_platypus)):
        start = time.perf_counter()
        try:
            data = draw(doc, fonts, hostile_calls(), PdfOptions())
        except Exception as exc:  # noqa: BLE001 - a failure is a figure here
            results[side] = {"error": f"{type(exc).__name__}: {str(exc)[:200]}"}
            continue
        seconds = time.perf_counter() - start
        reader = PdfReader(io.BytesIO(data))
        text = "".join(page.extract_text() for page in reader.pages)
        flat = "".join(text.split())
        fonts_used = {name.decode() for name in re.findall(rb"/BaseFont /([^\s/]+)", data)}
        results[side] = {
            "seconds": round(seconds, 3),
            "pages": len(reader.pages),
            # the word's lines are split by the page breaks' footers and running heads
            "long_word_kept": text.count("x") == LONG_WORD + 1,
            "cjk_emoji": all(s in flat for s in ("顧客の旅", "购物", "고객", "😀")),
            "markup_literal": "<b>notbold</b>&<fontname=x>" in flat,
            "controls_as_spaces": "a b c" in text and not {"\x00", "\x07"} & set(text),
            "tall_row_whole": all(f"line{i}" in flat for i in (0, 199, 399)),
            "fonts": sorted(fonts_used),
        }
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a tenth of the largest map")
    parser.add_argument("--maps", default="example,largest")
    parser.add_argument("--one", nargs=2, metavar=("MAP", "SIDE"), help=argparse.SUPPRESS)
    parser.add_argument("--checks", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(*args.one, args.quick)))
        return 0
    if args.checks:
        print(json.dumps(check_guarantees()))
        return 0
    print("| map | side | appendix rows | pages | wall | peak RSS growth |")
    print("|---|---|--:|--:|--:|--:|")
    for map_name in args.maps.split(","):
        for side in ("hand", "platypus"):
            argv = [sys.executable, __file__, "--one", map_name, side] + ["--quick"] * args.quick
            try:
                done = subprocess.run(argv, capture_output=True, text=True, check=False,
                                      timeout=TIMEOUT)
            except subprocess.TimeoutExpired:
                print(f"| {map_name} | {side} | stopped after {TIMEOUT} s | | | |", flush=True)
                continue
            if done.returncode:
                print(f"| {map_name} | {side} | failed: {done.stderr.strip()[-300:]} |")
                continue
            r = json.loads(done.stdout.strip().splitlines()[-1])
            print(f"| {map_name} ({r['touchpoints']:,} cards, {r['paths']:,} paths) | {side} "
                  f"| {r['rows']:,} | {r['pages']:,} | {r['seconds']:.2f} s "
                  f"| {r['peak_growth_mb']:,.0f} MB |", flush=True)
    done = subprocess.run([sys.executable, __file__, "--checks"], capture_output=True,
                          text=True, check=False)
    print(done.stdout.strip() or done.stderr.strip()[-500:])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
