"""Fit mode: the whole map on one page, its stages wrapped into bands stacked on
the page when the map is much wider than the sheet.

Each band repeats the lane headers on its left and the stage headers above it
(a stage cut between two bands is named in both), and the emotion curve runs on
from one band into the next. Of every band count and card width that leaves no
title cut (:mod:`.printlayout`), the plan takes the one giving the largest text.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ...layout import Rect, compute_layout
from ...model import Document
from .fonts import FontSet
from .options import MAX_FIT_SCALE, SECTION_GAP, PdfOptions
from .printlayout import (
    CARD_TITLE,
    EMOTION_HEIGHTS,
    card_widths,
    frame_of,
    lane_width,
    print_options,
)
from .sheet import MapPlan, Tile, map_area

#: Space between two bands on the page, in points.
BAND_GAP = 10.0
#: At most this many bands (beyond, text gets no larger on any page size).
MAX_BANDS = 8  # (a forced count may be larger: PdfOptions.bands)
#: A legend under the map is worth this much of the map's scale.
LEGEND_WORTH = 0.85
#: Above this many step columns the bands are cut evenly, without weighing stages.
WEIGHED_COLUMNS = 240


@dataclass(frozen=True)
class _Choice:
    scale: float
    bands: int
    card_width: float
    legend_on_map: bool


def _scale(area: Rect, band_w: float, band_h: float, bands: int, legend_h: float
           ) -> tuple[float, bool]:
    """The scale of ``bands`` bands of that size, and whether the legend goes under them."""
    gaps = (bands - 1) * BAND_GAP
    full = min(area.w / band_w, max(area.h - gaps, 1.0) / (bands * band_h), MAX_FIT_SCALE)
    room = area.h - gaps - legend_h - SECTION_GAP
    with_legend = min(area.w / band_w, room / (bands * band_h), MAX_FIT_SCALE) if room > 0 else 0
    if with_legend >= full * LEGEND_WORTH:
        return with_legend, True
    return full, False


def _choose(columns: int, strip_w: float, heights: dict[float, float], gap: float,
            area: Rect, legend_h: float, forced: int | None) -> _Choice:
    """The best band count and card width; ``heights`` gives, for each card width
    allowed, the height of one band (notes wrap at the card width, so narrower cards
    make taller lanes)."""
    best: _Choice | None = None
    counts = [forced] if forced else range(1, min(max(columns, 1), MAX_BANDS) + 1)
    for card_w, band_h in heights.items():
        col_w = card_w + gap
        for bands in counts:
            per_band = math.ceil(max(columns, 1) / bands)
            scale, legend = _scale(area, strip_w + per_band * col_w, band_h, bands, legend_h)
            choice = _Choice(scale, bands, card_w, legend)
            # ties (within a hundredth of a point) go to wider cards, then fewer bands
            if best is None or scale * CARD_TITLE > best.scale * CARD_TITLE + 0.01:
                best = choice
    assert best is not None
    return best


def _cuts(stage_of: list[int], bands: int, most: int) -> list[int]:
    """Where to cut ``len(stage_of)`` step columns (their stage indexes, in order) into
    ``bands`` bands of at most ``most`` columns (at least ceil(n / bands)): as many
    cuts as possible between stages, then the bands as even as possible. Returns the
    indexes of the first column of each band."""
    n = len(stage_of)
    bands = max(1, min(bands, n))
    most = max(most, math.ceil(n / bands))
    if n > WEIGHED_COLUMNS:
        return [min(k * most, n - 1) for k in range(bands)]
    inf = (math.inf, math.inf)
    # best[k][i]: the cost of covering the first i columns with k bands
    best = [[inf] * (n + 1) for _ in range(bands + 1)]
    back = [[0] * (n + 1) for _ in range(bands + 1)]
    best[0][0] = (0, 0)
    even = n / bands
    for k in range(1, bands + 1):
        for i in range(1, n + 1):
            for size in range(1, min(most, i) + 1):
                j = i - size
                prior = best[k - 1][j]
                if prior == inf:
                    continue
                odd_cut = 1 if j > 0 and stage_of[j] == stage_of[j - 1] else 0
                cost = (prior[0] + odd_cut, prior[1] + (size - even) ** 2)
                if cost < best[k][i]:
                    best[k][i], back[k][i] = cost, j
    starts, i = [], n
    for k in range(bands, 0, -1):
        i = back[k][i]
        starts.append(i)
    return sorted(starts)


def plan_fit(doc: Document, options: PdfOptions, fonts: FontSet, legend_h: float,
             bands: int | None = None) -> MapPlan:
    """The fit page: ``bands`` forces the number of bands (at most one per step column)."""
    area = map_area(options)
    lane_w = lane_width(doc, fonts)
    probe = compute_layout(doc, print_options(options.persona, lane_width=lane_w))
    frame = frame_of(probe)
    columns = sum(len(s.steps) for s in probe.stages)
    if bands is not None:
        bands = max(1, min(bands, max(columns, 1)))
    gap = print_options(None).step_gap
    layouts = {print_options(None).card_width: probe}
    for width in card_widths(doc, fonts)[1:]:
        # without notes a band's height does not depend on the card width
        layouts[width] = (compute_layout(doc, print_options(options.persona, width, lane_w))
                          if doc.notes else probe)
    heights = {w: frame_of(g).strip_h + frame_of(g).content.h for w, g in layouts.items()}
    choice = _choose(columns, frame.strip_w, heights, gap, area, legend_h, bands)
    # room left under the map (the page's width limits the scale) goes to the emotion
    # lane, up to its height on screen
    s = choice.scale
    used = choice.bands * heights[choice.card_width] * s + (choice.bands - 1) * BAND_GAP
    if choice.legend_on_map:
        used += SECTION_GAP + legend_h
    emotion = min(EMOTION_HEIGHTS[1], EMOTION_HEIGHTS[0] + max(0.0, area.h - used - 1)
                  / (choice.bands * s))
    g = layouts[choice.card_width]
    if choice.card_width != print_options(None).card_width or emotion > EMOTION_HEIGHTS[0]:
        g = compute_layout(doc, print_options(options.persona, choice.card_width, lane_w,
                                              emotion))
    frame = frame_of(g)
    steps = [(si, c.rect) for si, s in enumerate(g.stages) for c in s.steps]
    # where the page's height limits the scale, a band may take more columns than its
    # share, so that it can end where a stage does
    most = int((area.w / s - frame.strip_w) // (choice.card_width + gap) + 1e-9)
    views = _band_views(frame.content, steps, choice.bands, most)
    widest = max(frame.strip_w + v.w for v in views) * s
    x = area.x + max(0.0, (area.w - widest) / 2)
    y = area.y
    tiles = []
    for k, view in enumerate(views):
        tiles.append(Tile(k + 1, 1, view, 0, (x, y)))
        y += (frame.strip_h + view.h) * s + BAND_GAP
    return MapPlan(options.page, area, s, 1, 1, tuple(tiles), choice.legend_on_map, legend_h,
                   CARD_TITLE * s, "fit", g, frame, y - BAND_GAP)


def _band_views(content: Rect, steps: list[tuple[int, Rect]], bands: int,
                most: int) -> list[Rect]:
    if not steps:
        return [content]
    starts = _cuts([si for si, _ in steps], bands, most)
    ends = starts[1:] + [len(steps)]
    return [Rect(steps[a][1].x, content.y, steps[b - 1][1].right - steps[a][1].x, content.h)
            for a, b in zip(starts, ends, strict=True)]
