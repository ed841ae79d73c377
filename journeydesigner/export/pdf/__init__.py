"""Print-ready PDF of a journey map (Qt-free, reportlab).

The map pages draw the very geometry the Qt canvas draws
(:func:`journeydesigner.layout.compute_layout`) with the same colours, marks
and line styles (:mod:`journeydesigner.style`), so the PDF looks like the
screen. Pages, in order:

1. cover (optional): title, description, language, dates, counts and one card
   per persona with goals, needs, frustrations and habits;
2. the map, laid out for print (:mod:`.printlayout`): on one page
   (``mode="fit"``), its stages wrapped into bands when that gives larger text
   (:mod:`.bands`), or split across pages at a readable scale (``mode="tile"``,
   :mod:`.tiling`), each tile repeating the lane and stage headers and labelled
   "Page 2-3 of 3×4" so the pages can be assembled;
3. the legend: under the map when there is room, else on its own page;
4. appendix (optional): findings of :func:`journeydesigner.analysis.analyze`
   when that module is available, the touchpoints in time order with their
   stage, channel, emotion, measures and pain points (full titles, where the
   cards may cut them), the paths with their labels, the coverage table
   (touchpoints per stage × channel) and the measures per stage.

Text: every user string is drawn with text objects (no markup is parsed), in
DejaVu Sans embedded as TrueType (``resources/fonts``); characters DejaVu lacks
use a TrueType fallback font found for each such character (:mod:`.fallback`:
the bundled ones, then fontconfig), and anything still without a glyph prints as
a visible "□", never silently disappears, and is named with its place
(:mod:`.coverage`). Text stays selectable and searchable. Lines break at word
boundaries, never inside "20 €" or "71 %" (:mod:`.wrapping`).

Units: scene units are points at 100 % zoom. Qt sizes fonts for a 96 dpi
logical screen, so a "9 pt" card title is 12 scene units high on screen; the
PDF draws text at the same scene size (:data:`SCREEN_TEXT`), so titles wrap
exactly where the canvas wraps them.

The package, module by module: :mod:`.options` (page sizes, constants, options
and report), :mod:`.fonts` (fonts and text runs), :mod:`.colors`, :mod:`.paths`
(connections), :mod:`.ink` (drawing primitives), :mod:`.painter` (the map),
:mod:`.printlayout`, :mod:`.sheet`, :mod:`.bands` and :mod:`.tiling` (the page
plan), :mod:`.fallback`, :mod:`.coverage`, :mod:`.wrapping`, :mod:`.legend`,
:mod:`.writer` (page furniture and text flow), :mod:`.cover`, :mod:`.mappages`, :mod:`.appendix` and
:mod:`.document` (the two-pass driver and the entry points).
"""

from .document import export_pdf, pdf_bytes
from .fonts import FontSet, register_fonts
from .legend import Legend
from .options import PAGE_SIZES, REPLACEMENT, ExportReport, PdfOptions
from .painter import MapPainter
from .printlayout import to_screen as printed_to_screen
from .tiling import MapPlan, Tile, plan_map, tile_origin

__all__ = [
    "PAGE_SIZES",
    "REPLACEMENT",
    "ExportReport",
    "FontSet",
    "Legend",
    "MapPainter",
    "MapPlan",
    "PdfOptions",
    "Tile",
    "export_pdf",
    "pdf_bytes",
    "plan_map",
    "printed_to_screen",
    "register_fonts",
    "tile_origin",
]
