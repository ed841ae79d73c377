"""The map pages: each tile with its header, badge and assembly marks, and the legend."""

from __future__ import annotations

from ... import style
from ...layout import Geometry
from ..labels import label
from .colors import RULE
from .ink import Ink
from .legend import Legend
from .options import HEADER_H, SECTION_GAP
from .painter import MapPainter
from .tiling import MapPlan, Tile, tile_origin
from .writer import _NULL, _Writer

# ---------------------------------------------------------------------------
# Map pages
# ---------------------------------------------------------------------------


def _map_pages(w: _Writer, geometry: Geometry, plan: MapPlan, legend: Legend) -> None:
    doc, lang, ink = w.doc, w.lang, w.ink
    painter_ink = Ink(w.c, w.fonts, 0.0)
    painter = MapPainter(painter_ink, doc, geometry)
    persona = next((p for p in doc.personas if p.id == w.options.persona), None)
    box = w.box
    for index, tile in enumerate(plan.tiles):
        w.fresh_page()
        if index == 0:
            w.bookmark(label(lang, "map"))
        if plan.pages > 1:
            w.bookmark(label(lang, "tile_short", row=tile.row, col=tile.col), level=1)
            w.footer_left = label(lang, "assemble")
        # header: title, persona, tile label
        right = ""
        if plan.pages > 1:
            right = label(lang, "tile", row=tile.row, col=tile.col, rows=plan.rows,
                          cols=plan.cols)
        right_w = w.fonts.width(right, 9, True) + (plan.cols * 7 + 10 if right else 0)
        title = w.fonts.elide(doc.title, box.w - right_w - 20, 13, bold=True)
        ink.text(box.x, box.y + 12, title, 13, bold=True)
        sub = label(lang, "kicker")
        if persona is not None:
            sub += f"  ·  {label(lang, 'persona_filter')}: {persona.name}"
        ink.text(box.x, box.y + 23, w.fonts.elide(sub, box.w - right_w - 20, 7.5), 7.5,
                 color=style.MUTED_TEXT)
        if right:
            _tile_badge(ink, right, box.right, box.y, plan, tile)
        ink.line(box.x, box.y + HEADER_H - 3, box.right, box.y + HEADER_H - 3, RULE, 0.6)

        ox, oy = tile_origin(plan, tile)
        v, s = tile.view, plan.scale
        c = w.c
        c.saveState()
        clip = c.beginPath()
        clip.rect(ox, w.page_h - oy - v.h * s, v.w * s, v.h * s)
        c.clipPath(clip, stroke=0, fill=0)
        c.translate(ox - v.x * s, w.page_h - oy + v.y * s)
        c.scale(s, s)
        if c is not _NULL:  # the page-counting pass needs no map
            painter.draw(v)
        c.restoreState()
        if plan.pages > 1:
            _assembly_marks(w, plan, tile, ox, oy)
        w.used()
        if plan.legend_on_map and index == len(plan.tiles) - 1:
            w.bookmark(label(lang, "legend"))
            legend.draw(ink, box.x, oy + v.h * s + SECTION_GAP)
    if not plan.legend_on_map:
        w.fresh_page()
        w.bookmark(label(lang, "legend"))
        ink.text(box.x, box.y + 12, w.fonts.elide(doc.title, box.w, 13, bold=True), 13,
                 bold=True)
        legend.draw(ink, box.x, box.y + HEADER_H)
        w.used()


def _tile_badge(ink: Ink, text: str, right: float, top: float, plan: MapPlan,
                tile: Tile) -> None:
    """'Page 2-3 of 3×4' and a small grid with this page filled in."""
    cell = 6.0
    grid_w = plan.cols * cell + (plan.cols - 1)
    grid_h = plan.rows * cell * 0.75 + (plan.rows - 1)
    gh = min(grid_h, 22.0)
    ch = (gh - (plan.rows - 1)) / plan.rows
    gx = right - grid_w
    gy = top + 2 + (22 - gh) / 2
    for r in range(plan.rows):
        for c in range(plan.cols):
            fill = style.TEXT if (r + 1, c + 1) == (tile.row, tile.col) else "#DDE1E6"
            ink.rect(gx + c * (cell + 1), gy + r * (ch + 1), cell, ch, fill=fill)
    ink.text(gx - 8, top + 12, text, 9, bold=True, align="right")


def _assembly_marks(w: _Writer, plan: MapPlan, tile: Tile, ox: float, oy: float) -> None:
    """Marks where the next page's overlap starts, and which page continues the map."""
    ink, lang, s = w.ink, w.lang, plan.scale
    v = tile.view
    right_tile = next((t for t in plan.tiles if t.row == tile.row and t.col == tile.col + 1),
                      None)
    below_tile = next((t for t in plan.tiles if t.col == tile.col and t.row == tile.row + 1),
                      None)
    x_end, y_end = ox + v.w * s, oy + v.h * s
    mark = "#8C939C"
    if right_tile is not None:
        cut = ox + (right_tile.view.x - v.x) * s
        for x in (cut, x_end):
            ink.line(x, oy - 6, x, oy - 1.5, mark, 0.5)
            ink.line(x, y_end + 1.5, x, y_end + 6, mark, 0.5)
        text = label(lang, "next_right", label=f"{right_tile.row}-{right_tile.col}")
        ink.text(x_end, y_end + 13, text, 6.5, color=style.MUTED_TEXT, align="right")
    if below_tile is not None:
        cut = oy + (below_tile.view.y - v.y) * s
        for y in (cut, y_end):
            ink.line(ox - 6, y, ox - 1.5, y, mark, 0.5)
            ink.line(x_end + 1.5, y, x_end + 6, y, mark, 0.5)
        text = label(lang, "next_below", label=f"{below_tile.row}-{below_tile.col}")
        ink.text(ox, y_end + 13, text, 6.5, color=style.MUTED_TEXT)
