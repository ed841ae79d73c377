"""The map pages: each tile with its header, badge and assembly marks, and the legend."""

from __future__ import annotations

from ... import style
from ...layout import Rect
from ..labels import label
from .colors import RULE
from .ink import Ink
from .legend import Legend
from .options import HEADER_H, SECTION_GAP
from .painter import MapPainter
from .sheet import MapPlan, Tile
from .writer import _NULL, _Writer

# ---------------------------------------------------------------------------
# Map pages
# ---------------------------------------------------------------------------


def _map_pages(w: _Writer, plan: MapPlan, legend: Legend) -> None:
    doc, lang, ink = w.doc, w.lang, w.ink
    painter = MapPainter(Ink(w.c, w.fonts, 0.0), doc, plan.geometry)
    page = -1
    for tile in plan.tiles:
        if tile.page != page:
            page = tile.page
            w.fresh_page()
            if page == 0:
                w.bookmark(label(lang, "map"))
            _page_header(w, plan, tile)
        if plan.pages > 1:
            w.bookmark(label(lang, "tile_short", row=tile.row, col=tile.col), level=1)
            w.footer_left = label(lang, "assemble")
        if w.c is not _NULL:  # the page-counting pass needs no map
            _draw_piece(w, painter, plan, tile)
        if plan.pages > 1:
            _assembly_marks(w, plan, tile)
        w.used()
    if plan.legend_on_map:
        w.bookmark(label(lang, "legend"))
        legend.draw(ink, w.box.x, plan.bottom + SECTION_GAP)
    else:
        w.fresh_page()
        w.bookmark(label(lang, "legend"))
        ink.text(w.box.x, w.box.y + 12, w.fonts.elide(doc.title, w.box.w, 13, bold=True), 13,
                 bold=True)
        legend.draw(ink, w.box.x, w.box.y + HEADER_H)
        w.used()


def _page_header(w: _Writer, plan: MapPlan, tile: Tile) -> None:
    """The map's title, the persona shown, and on a tile its place in the grid."""
    doc, lang, ink, box = w.doc, w.lang, w.ink, w.box
    persona = next((p for p in doc.personas if p.id == w.options.persona), None)
    right = ""
    if plan.pages > 1:
        right = label(lang, "tile", row=tile.row, col=tile.col, rows=plan.rows, cols=plan.cols)
    right_w = w.fonts.width(right, 9, True) + (plan.cols * 7 + 10 if right else 0)
    title = w.fonts.elide(doc.title, box.w - right_w - 20, 13, bold=True)
    ink.text(box.x, box.y + 12, title, 13, bold=True)
    sub = label(lang, "kicker")
    if doc.state is not None:
        sub += f"  ·  {label(lang, f'state_{doc.state}')}"
    if persona is not None:
        sub += f"  ·  {label(lang, 'persona_filter')}: {persona.name}"
    ink.text(box.x, box.y + 23, w.fonts.elide(sub, box.w - right_w - 20, 7.5), 7.5,
             color=style.MUTED_TEXT)
    if right:
        _tile_badge(ink, right, box.right, box.y, plan, tile)
    ink.line(box.x, box.y + HEADER_H - 3, box.right, box.y + HEADER_H - 3, RULE, 0.6)


def _draw_piece(w: _Writer, painter: MapPainter, plan: MapPlan, tile: Tile) -> None:
    """A tile or band: its content window with the corner, the stage headers above
    it and the lane headers left of it."""
    f, v, s = plan.frame, tile.view, plan.scale
    ox, oy = tile.origin
    sw, sh = f.strip_w * s, f.strip_h * s
    for scene, x, y in ((f.corner, ox, oy), (f.top_strip(v), ox + sw, oy),
                        (f.left_strip(v), ox, oy + sh), (v, ox + sw, oy + sh)):
        _draw_window(w, painter, scene, x, y, s)


def _draw_window(w: _Writer, painter: MapPainter, scene: Rect, x: float, y: float,
                 s: float) -> None:
    """The part ``scene`` of the map, drawn at (x, y) on the page at scale ``s``."""
    if scene.w <= 0 or scene.h <= 0:
        return
    c = w.c
    c.saveState()
    clip = c.beginPath()
    clip.rect(x, w.page_h - y - scene.h * s, scene.w * s, scene.h * s)
    c.clipPath(clip, stroke=0, fill=0)
    c.translate(x - scene.x * s, w.page_h - y + scene.y * s)
    c.scale(s, s)
    painter.draw(scene)
    c.restoreState()


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


def _assembly_marks(w: _Writer, plan: MapPlan, tile: Tile) -> None:
    """Marks where to trim the repeated headers off and where the next page joins,
    and which page continues the map."""
    ink, lang, s = w.ink, w.lang, plan.scale
    ox, oy = tile.origin
    width, height = plan.size_on_paper(tile)
    left, top = ox + plan.frame.strip_w * s, oy + plan.frame.strip_h * s
    x_end, y_end = ox + width, oy + height
    right_tile = next((t for t in plan.tiles if t.row == tile.row and t.col == tile.col + 1),
                      None)
    below_tile = next((t for t in plan.tiles if t.col == tile.col and t.row == tile.row + 1),
                      None)
    mark = "#8C939C"
    xs = ([left] if tile.col > 1 else []) + ([x_end] if right_tile is not None else [])
    for x in xs:
        ink.line(x, oy - 6, x, oy - 1.5, mark, 0.5)
        ink.line(x, y_end + 1.5, x, y_end + 6, mark, 0.5)
    ys = ([top] if tile.row > 1 else []) + ([y_end] if below_tile is not None else [])
    for y in ys:
        ink.line(ox - 6, y, ox - 1.5, y, mark, 0.5)
        ink.line(x_end + 1.5, y, x_end + 6, y, mark, 0.5)
    if right_tile is not None:
        text = label(lang, "next_right", label=f"{right_tile.row}-{right_tile.col}")
        ink.text(x_end, y_end + 13, text, 6.5, color=style.MUTED_TEXT, align="right")
    if below_tile is not None:
        text = label(lang, "next_below", label=f"{below_tile.row}-{below_tile.col}")
        ink.text(ox, y_end + 13, text, 6.5, color=style.MUTED_TEXT)
