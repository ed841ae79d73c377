"""Where the map goes on paper: one page scaled to fit (:mod:`.bands`), or tiles at
a legible scale that assemble into the whole map.

Every tile repeats the lane headers on its left and the stage headers on top, so
each page reads alone; the tiles abut (no overlap: the repeated headers are
trimmed off along the marks to assemble them), are cut between step columns and
between lanes (never through a card) and are scaled up until the largest fills
its page.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...layout import Rect, compute_layout
from ...model import Document
from .bands import plan_fit
from .fonts import FontSet
from .legend import Legend
from .options import SECTION_GAP, TILE_TEXT_PT, PdfOptions
from .paths import Pt
from .printlayout import CARD_TITLE, frame_of, lane_width, print_options
from .sheet import MapPlan, Tile, content_box, map_area

#: Tiles are scaled up to fill their page, but card titles stay at most this size.
TILE_MAX_PT = 11.0
#: Room under a tile for its marks and its "continues on page" label (drawn 13 pt
#: under the tile), so that they stay clear of the page footer.
TILE_MARKS_H = 10.0


def _greedy(total: float, span: float, cuts: Sequence[float]) -> list[tuple[float, float]]:
    pieces: list[tuple[float, float]] = []
    start = 0.0
    span = max(span, 1.0)
    while True:
        if total - start <= span + 1e-6:
            pieces.append((start, total))
            return pieces
        limit = start + span
        usable = [b for b in cuts if start + span * 0.35 < b <= limit]
        end = max(usable) if usable else limit
        pieces.append((start, end))
        start = end


def _segments(total: float, span: float, cuts: Sequence[float]) -> list[tuple[float, float]]:
    """Split [0, total] into as few pieces at most ``span`` long as possible, cutting
    where ``cuts`` allow (between columns or lanes, so no card is cut). Pieces are
    balanced: the shortest span that needs no more pieces is used, so the last page
    is not a sliver."""
    pieces = _greedy(total, span, cuts)
    count = len(pieces)
    if count == 1:
        return pieces
    low, high = total / count, span
    for _ in range(24):
        mid = (low + high) / 2
        if len(_greedy(total, mid, cuts)) <= count:
            high = mid
        else:
            low = mid
    return _greedy(total, high, cuts)


def plan_map(doc: Document, options: PdfOptions, legend_height: float | None = None,
             fonts: FontSet | None = None) -> MapPlan:
    """The pages of the map for these options (no drawing); print lays the map out
    itself (:mod:`.printlayout`)."""
    fonts = fonts or FontSet()
    if legend_height is None:
        legend_height = Legend(doc, options, fonts, content_box(options).w).height
    if options.mode == "fit":
        return plan_fit(doc, options, fonts, legend_height, options.bands)
    return _plan_tiles(doc, options, fonts, legend_height)


def _plan_tiles(doc: Document, options: PdfOptions, fonts: FontSet,
                legend_height: float) -> MapPlan:
    full = map_area(options)
    # under each tile: the trim marks and "continues on page r-c", above the footer
    area = Rect(full.x, full.y, full.w, full.h - TILE_MARKS_H)
    g = compute_layout(doc, print_options(options.persona, lane_width=lane_width(doc, fonts)))
    frame = frame_of(g)
    content = frame.content
    x_cuts = sorted({c.rect.x - content.x for s in g.stages for c in s.steps} | {content.w})
    y_cuts = sorted({lane.row.bottom - content.y for lane in (*g.lanes, *g.note_lanes)}
                    | {gr.rect.y - content.y for gr in g.groups}
                    | {g.emotion_lane.rect.y - content.y, content.h})
    low, high = (pt / CARD_TITLE for pt in TILE_TEXT_PT)
    best: tuple[int, float, list, list] | None = None
    steps = 20
    for i in range(steps + 1):
        s = high - (high - low) * i / steps
        xs = _segments(content.w, area.w / s - frame.strip_w, x_cuts)
        ys = _segments(content.h, area.h / s - frame.strip_h, y_cuts)
        count = len(xs) * len(ys)
        if best is None or count < best[0]:
            best = (count, s, xs, ys)
    assert best is not None
    _, scale, xs, ys = best
    # the largest tile fills its page (the others are balanced to about its size)
    widest = max(b - a for a, b in xs) + frame.strip_w
    tallest = max(b - a for a, b in ys) + frame.strip_h
    scale = max(scale, min(area.w / widest, area.h / tallest, TILE_MAX_PT / CARD_TITLE))
    cols = len(xs)
    tiles = tuple(
        Tile(r + 1, c + 1, _window(content, x0, y0, x1, y1), r * cols + c, (area.x, area.y))
        for r, (y0, y1) in enumerate(ys)
        for c, (x0, x1) in enumerate(xs)
    )
    last = tiles[-1]
    bottom = area.y + (frame.strip_h + last.view.h) * scale
    legend_on_map = bottom + SECTION_GAP + legend_height <= area.bottom
    return MapPlan(options.page, area, scale, len(ys), cols, tiles, legend_on_map,
                   legend_height, CARD_TITLE * scale, "tile", g, frame, bottom)


def _window(content: Rect, x0: float, y0: float, x1: float, y1: float) -> Rect:
    return Rect(content.x + x0, content.y + y0, x1 - x0, y1 - y0)


def tile_origin(plan: MapPlan, tile: Tile) -> Pt:
    """Top-left corner of a tile (with its header strips) on its page, in points
    from the page's top-left."""
    del plan
    return tile.origin


__all__ = ["MapPlan", "Tile", "plan_map", "tile_origin"]
