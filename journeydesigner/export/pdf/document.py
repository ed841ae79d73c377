"""The document driver: two passes (count the pages, then draw them) and the public entry points."""

from __future__ import annotations

import io
import os
from typing import IO, Any

from reportlab.pdfgen.canvas import Canvas

from ... import __version__
from ...fileio import write_atomically
from ...model import Document, Persona
from .. import check_persona
from ..labels import label
from .appendix import _appendix, _findings
from .cover import _cover, _image_problem
from .coverage import describe, unprintable
from .fonts import FONT_REGULAR, FontSet
from .legend import Legend
from .mappages import _map_pages
from .options import MIN_LEGIBLE_PT, ExportReport, PdfOptions
from .tiling import MapPlan, plan_map
from .writer import _NULL, _Writer

# ---------------------------------------------------------------------------
# The document
# ---------------------------------------------------------------------------


def _printed_personas(doc: Document, options: PdfOptions) -> list[Persona]:
    return [p for p in doc.personas if options.persona in (None, p.id)]


def _render(doc: Document, options: PdfOptions, fonts: FontSet, total: int | None,
            findings: list[Any] | None) -> tuple[bytes, int, MapPlan]:
    """Lay out and draw every page. With ``total=None`` nothing is drawn: the pass
    only counts pages (text is still measured, and the measures are cached)."""
    out = io.BytesIO()
    lang = doc.language
    canvas: Any = _NULL
    if total is not None:
        canvas = Canvas(
            out,
            pagesize=options.page,
            pageCompression=1,
            initialFontName=FONT_REGULAR,
            initialFontSize=10,
            lang=doc.language,
        )
    canvas.setTitle(doc.title)
    canvas.setAuthor("JourneyDesigner")
    canvas.setSubject(doc.description)
    canvas.setCreator(f"JourneyDesigner {__version__}")
    canvas.setProducer(f"JourneyDesigner {__version__} (reportlab)")
    canvas.setKeywords(
        [label(lang, "kicker")] + [s.name for s in doc.stages] + [c.name for c in doc.channels]
    )
    w = _Writer(canvas, doc, options, fonts, total)
    legend = Legend(doc, options, fonts, w.box.w)
    plan = plan_map(doc, options, legend_height=legend.height, fonts=fonts)
    personas = _printed_personas(doc, options)
    if options.cover:
        _cover(w, personas)
    _map_pages(w, plan, legend)
    if options.appendix:
        _appendix(w, plan.geometry, findings)
    w.finish_page()
    for key, title, level in w.outline:
        canvas.addOutlineEntry(title, key, level=level, closed=False)
    canvas.showOutline()
    canvas.save()
    return out.getvalue(), w.page, plan


def export_pdf(doc: Document, path_or_file: str | os.PathLike[str] | IO[bytes],
               options: PdfOptions | None = None, *,
               fonts: FontSet | None = None) -> ExportReport:
    """Write ``doc`` as a PDF to a path (atomically) or a binary file object.

    Raises ValueError for a persona id the document does not have.
    """
    options = options or PdfOptions()
    check_persona(doc, options.persona)
    fonts = fonts or FontSet()
    findings, problem = (None, None)
    if options.appendix:
        findings, problem = _findings(doc, options.persona)
    # the first pass counts the pages for the "Page n of N" footers
    _, pages, plan = _render(doc, options, fonts, None, findings)
    data, pages2, plan = _render(doc, options, fonts, pages, findings)
    assert pages2 == pages
    report = ExportReport(
        pages=pages,
        map_pages=plan.pages,
        rows=plan.rows,
        cols=plan.cols,
        bands=plan.bands,
        scale=plan.scale,
        text_pt=plan.text_pt,
        legend_on_map=plan.legend_on_map,
        replaced=len(set(fonts.missing)),
        findings=None if findings is None else len(findings),
    )
    if plan.mode == "fit" and plan.text_pt < MIN_LEGIBLE_PT:
        report.warnings.append(
            f"text would be {plan.text_pt:.1f} pt in fit mode; use tile "
            f"(or a larger page than {options.page_size})"
        )
    if fonts.missing:
        report.warnings.append(describe(unprintable(doc, fonts), "".join(fonts.missing)))
    if problem:
        report.warnings.append(problem)
    if options.cover:  # the persona cards, pictures included, are on the cover
        report.warnings += filter(None, map(_image_problem, _printed_personas(doc, options)))
    if isinstance(path_or_file, str | os.PathLike):
        write_atomically(path_or_file, data, keep_backup=False)
    else:
        path_or_file.write(data)
    return report


def pdf_bytes(doc: Document, options: PdfOptions | None = None) -> tuple[bytes, ExportReport]:
    """The PDF in memory (for previews and tests)."""
    out = io.BytesIO()
    report = export_pdf(doc, out, options)
    return out.getvalue(), report
