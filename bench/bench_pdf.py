"""PDF export (fit to one page, and tiled over pages), when ``journeydesigner.export.pdf``
exists, against reportlab drawing the same number of rectangles and strings with no
layout. Target: the 500-touchpoint map in at most 2 s.

The export module is written by another developer; its expected interface is
``export_pdf(doc, path, options)`` with ``PdfOptions`` telling fit or tile. The
option that chooses between them is found by looking at ``PdfOptions`` (a field
whose default or annotation names "fit"/"tile", or boolean ``fit``/``tile``
fields), so small differences of naming do not break the benchmark.
"""

from __future__ import annotations

import dataclasses
import inspect
import statistics
import tempfile
import time
from pathlib import Path

from _common import Row, generated_document

PDF_TARGET_S = 2.0
PDF_TARGET_SIZE = 500
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _import_export():
    try:
        from journeydesigner.export.pdf import PdfOptions, export_pdf
    except ImportError as exc:
        return None, None, f"journeydesigner.export.pdf not importable ({exc})"
    return export_pdf, PdfOptions, ""


def _option_fields(options_cls) -> dict[str, object]:
    """Field name -> annotation (as text) of a dataclass, pydantic model or plain class."""
    if dataclasses.is_dataclass(options_cls):
        return {f.name: f"{f.type} {f.default!r}" for f in dataclasses.fields(options_cls)}
    fields = getattr(options_cls, "model_fields", None)
    if fields:
        return {k: str(v.annotation) + " " + repr(v.default) for k, v in fields.items()}
    try:
        params = inspect.signature(options_cls).parameters
    except (TypeError, ValueError):
        return {}
    return {k: str(p.annotation) + " " + repr(p.default) for k, p in params.items()}


def make_options(options_cls, mode: str):
    """``PdfOptions`` for ``mode`` ("fit" or "tile"), or raise ``LookupError``."""
    fields = _option_fields(options_cls)
    lowered = {k.lower(): k for k in fields}
    if mode in lowered and "bool" in fields[lowered[mode]]:
        other = "tile" if mode == "fit" else "fit"
        kwargs = {lowered[mode]: True}
        if other in lowered:
            kwargs[lowered[other]] = False
        return options_cls(**kwargs)
    for name, text in fields.items():
        if "fit" in text.lower() and "tile" in text.lower() or name.lower() in (
            "mode", "layout", "paging", "page_mode", "pages", "scale_mode", "pagination"
        ):
            try:
                return options_cls(**{name: mode})
            except Exception:  # noqa: BLE001 - an enum: find the member by value/name
                enum = _enum_in(options_cls, name)
                if enum is not None:
                    for member in enum:
                        if mode in (str(member.value).lower(), member.name.lower()):
                            return options_cls(**{name: member})
    if mode == "tile" and "tiles" in lowered:
        return options_cls(**{lowered["tiles"]: True})
    raise LookupError(f"cannot tell PdfOptions to {mode}: fields {sorted(fields)}")


def _enum_in(options_cls, name):
    import enum
    import typing

    try:
        hints = typing.get_type_hints(options_cls)
    except Exception:  # noqa: BLE001
        return None
    hint = hints.get(name)
    for candidate in (hint, *typing.get_args(hint)):
        if isinstance(candidate, type) and issubclass(candidate, enum.Enum):
            return candidate
    return None


def _call_export(export_pdf, doc, path: Path, options):
    params = list(inspect.signature(export_pdf).parameters)
    result = export_pdf(doc, path, options) if len(params) >= 3 else export_pdf(doc, options)
    if isinstance(result, bytes | bytearray):
        path.write_bytes(result)
    return result


def _floor_font() -> str:
    """The floors draw with DejaVu Sans (registered once) when installed, as the export."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if not DEJAVU.exists():
        return "Helvetica"
    if "BenchDejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("BenchDejaVu", str(DEJAVU)))
    return "BenchDejaVu"


def reportlab_floor(n: int, path: Path) -> None:
    """n rectangles + n strings over pages of 500, with no layout at all."""
    from reportlab.lib.pagesizes import A3, landscape
    from reportlab.pdfgen import canvas

    font = _floor_font()
    width, height = landscape(A3)
    c = canvas.Canvas(str(path), pagesize=(width, height))
    per_row = 25
    for i in range(n):
        if i and i % 500 == 0:
            c.showPage()
        k = i % 500
        x = 20 + (k % per_row) * 46
        y = height - 40 - (k // per_row) * 38
        c.setFillColorRGB(1.0, 0.97, 0.88)
        c.rect(x, y, 42, 30, stroke=1, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont(font, 5)
        c.drawString(x + 2, y + 20, f"Touchpoint {i + 1}")
    c.save()


LONG_TEXT_TARGET_S = 5.0


def longest_text_document():
    """Every free-text field of a small map at its limit (20,000 characters), each one
    unbroken word: the text a PDF must wrap by cutting words. Returns the document and
    the number of characters it holds in such fields."""
    from journeydesigner.model import MAX_TEXT, Channel, Document, Persona, Stage, Touchpoint

    word = ("abcdefghijklmnopqrstuvwxyz0123456789" * (MAX_TEXT // 36 + 1))[:MAX_TEXT]
    doc = Document(
        title="T" * 200, description=word,
        stages=[Stage(id="s", name="S" * 120, description=word, questions=[word, word])],
        channels=[Channel(id="c", name="C" * 120, kind="digital")],
        personas=[Persona(id="p", name="P" * 120, description=word, goals=[word], needs=[word],
                          frustrations=[word], habits=[word])],
        touchpoints=[Touchpoint(id=f"t{i}", title="x" * 200, stage="s", channel="c", step=i,
                                description=word, pain_points=[word], opportunities=[word],
                                personas=["p"]) for i in range(3)],
    )
    return doc, 18 * MAX_TEXT


def text_floor(chars: int, path: Path) -> None:
    """``chars`` characters drawn as lines of 60 with ``drawString``: no measuring."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    font = _floor_font()
    c = canvas.Canvas(str(path), pagesize=A4)
    line = "abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwx"
    for i in range(chars // len(line)):
        if i and i % 70 == 0:
            c.showPage()
        c.setFont(font, 8)
        c.drawString(40, 800 - (i % 70) * 11, line)
    c.save()


def long_text_row(export_pdf, options_cls, tmp: Path, quick: bool) -> Row:
    """The PDF of the map whose every field is at its limit, in one word (before the
    wrapping searched for the cut, 2,000 characters took 37 s and 20,000 never ended)."""
    doc, chars = longest_text_document()
    repeat = 1 if quick else 3
    floors, times = [], []
    for _ in range(repeat):
        t0 = time.perf_counter()
        text_floor(chars, tmp / "floor-text.pdf")
        floors.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        report = _call_export(export_pdf, doc, tmp / "long-text.pdf", make_options(
            options_cls, "fit"))
        times.append(time.perf_counter() - t0)
    value = statistics.median(times)
    pages = getattr(report, "pages", None)
    return Row("pdf longest text", None, value, "s", statistics.median(floors),
               "reportlab drawString, no layout", f"≤ {LONG_TEXT_TARGET_S:g} s",
               value <= LONG_TEXT_TARGET_S,
               f"{chars:,} characters in unbroken 20,000-character fields"
               + (f", {pages} pages" if pages else ""))


def run(sizes: list[int], quick: bool = False) -> tuple[list[Row], str]:
    export_pdf, options_cls, why = _import_export()
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="jd-bench-pdf-") as tmp:
        out = Path(tmp) / "map.pdf"
        floor_out = Path(tmp) / "floor.pdf"
        for n in sizes:
            repeat = 1 if quick or n > PDF_TARGET_SIZE else 3  # a large tiled export takes minutes
            floors = []
            for _ in range(repeat):
                t0 = time.perf_counter()
                reportlab_floor(n, floor_out)
                floors.append(time.perf_counter() - t0)
            floor = statistics.median(floors)
            if export_pdf is None:
                rows.append(Row("pdf export", n, None, "s", floor, "reportlab rects+strings",
                                note="skipped: export module missing"))
                continue
            doc = generated_document(n)
            for mode in ("fit", "tile"):
                try:
                    options = make_options(options_cls, mode)
                except LookupError as exc:
                    rows.append(Row(f"pdf {mode}", n, None, "s", floor,
                                    "reportlab rects+strings", note=f"skipped: {exc}"))
                    continue
                times = []
                report = None
                for _ in range(repeat):
                    t0 = time.perf_counter()
                    report = _call_export(export_pdf, doc, out, options)
                    times.append(time.perf_counter() - t0)
                pages = getattr(report, "pages", None)
                value = statistics.median(times)
                judged = n == PDF_TARGET_SIZE
                size_kb = out.stat().st_size // 1024 if out.exists() else 0
                rows.append(Row(f"pdf {mode}", n, value, "s", floor, "reportlab rects+strings",
                                f"≤ {PDF_TARGET_S:g} s" if judged else "",
                                value <= PDF_TARGET_S if judged else None,
                                (f"{pages} pages, " if pages else "") + f"{size_kb:,} KiB"))
        if export_pdf is not None:
            rows.append(long_text_row(export_pdf, options_cls, Path(tmp), quick))
    return rows, why
