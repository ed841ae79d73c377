"""Where the map goes on paper: one page scaled to fit, or tiles at a legible scale."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm

from ...layout import Geometry, LayoutOptions, Rect, compute_layout
from ...model import Document
from .fonts import FontSet
from .legend import Legend
from .options import (
    CARD_TITLE_PT,
    FOOTER_H,
    HEADER_H,
    MAX_FIT_SCALE,
    SCREEN_TEXT,
    SECTION_GAP,
    TILE_TEXT_PT,
    PdfOptions,
)
from .paths import Pt

# ---------------------------------------------------------------------------
# Page plan of the map
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Tile:
    """One map page: the scene rectangle it shows, and its place in the grid."""

    row: int
    col: int
    view: Rect


@dataclass(frozen=True)
class MapPlan:
    """Where the map goes on paper. ``area`` is the page box for the map, in
    points from the page's top-left corner; tiles are drawn at its top-left
    (centred horizontally in fit mode)."""

    page: tuple[float, float]
    area: Rect
    scale: float
    rows: int
    cols: int
    tiles: tuple[Tile, ...]
    legend_on_map: bool
    legend_height: float
    text_pt: float
    mode: str

    @property
    def pages(self) -> int:
        return len(self.tiles)


def _margin(options: PdfOptions) -> float:
    return options.margin_mm * mm


def _content_box(options: PdfOptions) -> Rect:
    w, h = options.page
    m = _margin(options)
    return Rect(m, m, w - 2 * m, h - 2 * m)


def _greedy(total: float, span: float, cuts: Sequence[float], overlap: float,
            fallback_overlap: float) -> list[tuple[float, float]]:
    pieces: list[tuple[float, float]] = []
    start = 0.0
    span = max(span, 1.0)
    while True:
        if total - start <= span + 1e-6:
            pieces.append((start, total))
            return pieces
        limit = start + span
        usable = [b for b in cuts if start + span * 0.35 < b <= limit]
        if usable:
            end, back = max(usable), overlap
        else:
            end, back = limit, min(fallback_overlap, span * 0.3)
        pieces.append((start, end))
        start = end - back


def _segments(total: float, span: float, cuts: Sequence[float], overlap: float,
              fallback_overlap: float) -> list[tuple[float, float]]:
    """Split [0, total] into as few pieces at most ``span`` long as possible, cutting
    where ``cuts`` allow (between columns or lanes, so no card is cut), each piece
    starting ``overlap`` before the previous one ends. Pieces are balanced: the
    shortest span that needs no more pieces is used, so the last page is not a sliver.
    """
    pieces = _greedy(total, span, cuts, overlap, fallback_overlap)
    count = len(pieces)
    if count == 1:
        return pieces
    low, high = total / count, span
    for _ in range(24):
        mid = (low + high) / 2
        if len(_greedy(total, mid, cuts, overlap, fallback_overlap)) <= count:
            high = mid
        else:
            low = mid
    return _greedy(total, high, cuts, overlap, fallback_overlap)


def plan_map(doc: Document, options: PdfOptions, geometry: Geometry | None = None,
             legend_height: float | None = None, fonts: FontSet | None = None) -> MapPlan:
    """The pages of the map for these options (no drawing)."""
    g = geometry or compute_layout(doc, LayoutOptions(persona=options.persona))
    box = _content_box(options)
    area = Rect(box.x, box.y + HEADER_H, box.w, box.h - HEADER_H - FOOTER_H)
    if legend_height is None:
        legend_height = Legend(doc, options, fonts or FontSet(), box.w).height
    gw, gh = max(g.width, 1.0), max(g.height, 1.0)
    title_size = CARD_TITLE_PT * SCREEN_TEXT
    if options.mode == "fit":
        full = min(area.w / gw, area.h / gh, MAX_FIT_SCALE)
        room = area.h - legend_height - SECTION_GAP
        with_legend = min(area.w / gw, room / gh, MAX_FIT_SCALE) if room > 0 else 0.0
        legend_on_map = with_legend >= full * 0.85
        scale = with_legend if legend_on_map else full
        tiles = (Tile(1, 1, Rect(0, 0, gw, gh)),)
        return MapPlan(options.page, area, scale, 1, 1, tiles, legend_on_map, legend_height,
                       title_size * scale, "fit")

    x_cuts = sorted({s.column.x for s in g.stages}
                    | {c.rect.x for s in g.stages for c in s.steps} | {g.width})
    y_cuts = sorted({lane.row.bottom for lane in g.lanes} | {gr.rect.y for gr in g.groups}
                    | {g.emotion_lane.rect.y, g.height})
    # the overlap stays inside the gutters between cards (cards are never cut)
    x_overlap = max(0.0, min(12.0, LayoutOptions().step_gap / 2 - 4))
    y_overlap = max(0.0, min(8.0, LayoutOptions().card_gap - 2))
    low, high = (pt / title_size for pt in TILE_TEXT_PT)
    best: tuple[int, float, list, list] | None = None
    steps = 20
    for i in range(steps + 1):
        s = high - (high - low) * i / steps
        fallback = 6 * mm / s
        xs = _segments(gw, area.w / s, x_cuts, x_overlap, fallback)
        ys = _segments(gh, area.h / s, y_cuts, y_overlap, fallback)
        count = len(xs) * len(ys)
        if best is None or count < best[0]:
            best = (count, s, xs, ys)
    assert best is not None
    _, scale, xs, ys = best
    tiles = tuple(
        Tile(r + 1, c + 1, Rect(x0, y0, x1 - x0, y1 - y0))
        for r, (y0, y1) in enumerate(ys)
        for c, (x0, x1) in enumerate(xs)
    )
    last = tiles[-1]
    legend_on_map = last.view.h * scale + SECTION_GAP + legend_height <= area.h
    return MapPlan(options.page, area, scale, len(ys), len(xs), tiles, legend_on_map,
                   legend_height, title_size * scale, "tile")


def tile_origin(plan: MapPlan, tile: Tile) -> Pt:
    """Top-left corner of a tile on its page (points from the page's top-left)."""
    if plan.mode == "fit":
        drawn = tile.view.w * plan.scale
        return (plan.area.x + max(0.0, (plan.area.w - drawn) / 2), plan.area.y)
    return (plan.area.x, plan.area.y)
