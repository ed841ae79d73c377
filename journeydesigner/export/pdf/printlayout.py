"""The map's geometry on paper: the canvas layout made compact for print.

Print leaves out what only an editor needs (the empty drop-target column of each
stage), narrows the gutters, the lane headers and the emotion lane, and may
narrow the cards, but never so far that a title the canvas shows whole gets cut.
The text stays at its screen size relative to the cards, so the page plan
(:mod:`.tiling`) scales it as a whole.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass

from ...layout import Geometry, LayoutOptions, Rect
from ...model import Document
from .fonts import FontSet
from .options import CARD_TITLE_PT, SCREEN_TEXT

#: Card widths print may use, widest first (the canvas's is the first).
CARD_WIDTHS = (168.0, 156.0, 144.0, 136.0, 128.0, 120.0)
#: Narrower cards are weighed only for maps up to this many touchpoints (checking
#: every title costs time, and a larger map prints tiled anyway).
NARROWING_LIMIT = 600
#: Lane header widths print may use, narrowest first.
LANE_WIDTHS = (112.0, 124.0, 136.0, 150.0, 170.0)
LANE_TITLE = 9.5 * SCREEN_TEXT
CARD_TITLE = CARD_TITLE_PT * SCREEN_TEXT
TITLE_LINES = 3


#: A card's emotion face: its centre (from the card's right edge and top) and radius,
#: a little smaller than on screen so that a long first word fits beside it.
CARD_FACE = (12.5, 20.0, 7.5)
#: Where a card's title starts, from the card's left edge.
CARD_TEXT_X = 8.0


def card_title_widths(card_width: float) -> tuple[float, float]:
    """Width of a card title's first line (beside the emotion face) and of the others."""
    right, _, radius = CARD_FACE
    return card_width - CARD_TEXT_X - right - radius - 3, card_width - 2 * CARD_TEXT_X


#: The printed emotion lane's height: compact, or up to the canvas's when the page
#: has room to spare below the map.
EMOTION_HEIGHTS = (112.0, 150.0)


def print_options(persona: str | None, card_width: float = CARD_WIDTHS[0],
                  lane_width: float = LANE_WIDTHS[-1],
                  emotion_height: float = EMOTION_HEIGHTS[0]) -> LayoutOptions:
    """The layout options of the printed map."""
    return LayoutOptions(card_width=card_width, step_gap=20, lane_header_width=lane_width,
                         stage_header_height=40, emotion_lane_height=emotion_height,
                         emotion_margin=18, padding=2, persona=persona, drop_columns=False)


def lane_width(doc: Document, fonts: FontSet) -> float:
    """The narrowest lane header in which every channel's and lane's name wraps whole."""
    for width in LANE_WIDTHS:
        if all(fonts.fits_card(c.name, width - 40, LANE_TITLE, TITLE_LINES, bold=True)
               for c in (*doc.channels, *doc.lanes)):
            return width
    return LANE_WIDTHS[-1]


def card_widths(doc: Document, fonts: FontSet) -> list[float]:
    """The card widths at which no title is cut that the canvas's width shows whole."""
    if len(doc.touchpoints) > NARROWING_LIMIT:
        return [CARD_WIDTHS[0]]
    first, rest = card_title_widths(CARD_WIDTHS[0])
    titles = [t.title for t in doc.touchpoints
              if fonts.fits_card(t.title, rest, CARD_TITLE, TITLE_LINES, first=first)]
    allowed = [CARD_WIDTHS[0]]
    for width in CARD_WIDTHS[1:]:
        first, rest = card_title_widths(width)
        if not all(fonts.fits_card(t, rest, CARD_TITLE, TITLE_LINES, first=first)
                   for t in titles):
            break
        allowed.append(width)
    return allowed


@dataclass(frozen=True)
class Frame:
    """Where the parts of a printed map are, in scene units: the lane headers'
    strip on the left, the stage headers' strip on top, and the content (lanes and
    emotion lane, right of the one and under the other)."""

    corner: Rect
    content: Rect

    @property
    def strip_w(self) -> float:
        return self.corner.w

    @property
    def strip_h(self) -> float:
        return self.corner.h

    def left_strip(self, view: Rect) -> Rect:
        """The lane headers beside a content window."""
        return Rect(self.corner.x, view.y, self.corner.w, view.h)

    def top_strip(self, view: Rect) -> Rect:
        """The stage headers above a content window."""
        return Rect(view.x, self.corner.y, view.w, self.corner.h)


def frame_of(g: Geometry) -> Frame:
    """The frame of a print geometry (its corner box and the area right of and under it)."""
    top = g.corner.y
    bottom = map_bottom(g)
    left = g.corner.x
    content_left = g.corner.right
    content_right = max((s.column.right for s in g.stages), default=content_left)
    return Frame(Rect(left, top, content_left - left, g.corner.h),
                 Rect(content_left, g.corner.bottom, content_right - content_left,
                      bottom - g.corner.bottom))


def map_bottom(g: Geometry) -> float:
    """The bottom of the map's content: the emotion lane's, or the last lane's under it."""
    return max([g.emotion_lane.rect.bottom, *(lane.row.bottom for lane in g.note_lanes)])


def to_screen(printed: Geometry, screen: Geometry) -> Callable[[Rect], Rect]:
    """Maps a rectangle of the printed map onto the same part of the canvas's map
    (whose columns, header and emotion lane differ in size): for previews drawn by
    the canvas. Edges between anchors (column, lane, group and header edges) are
    interpolated."""
    xs = [(printed.corner.x, screen.corner.x), (printed.corner.right, screen.corner.right)]
    for stage in printed.stages:
        for column in stage.steps:
            other = screen.step_column(stage.stage_id, column.step)
            if other is not None:
                xs += [(column.rect.x, other.rect.x), (column.rect.right, other.rect.right)]
    ys = [(printed.corner.y, screen.corner.y), (printed.corner.bottom, screen.corner.bottom),
          (printed.emotion_lane.rect.y, screen.emotion_lane.rect.y),
          (printed.emotion_lane.rect.bottom, screen.emotion_lane.rect.bottom)]
    for lane in printed.lanes:
        other = screen.lane(lane.channel_id)
        if other is not None:
            ys += [(lane.row.y, other.row.y), (lane.row.bottom, other.row.bottom)]
    for lane, other in zip(printed.note_lanes, screen.note_lanes, strict=False):
        ys += [(lane.row.y, other.row.y), (lane.row.bottom, other.row.bottom)]
    x_map, y_map = _interpolation(xs), _interpolation(ys)

    def mapped(r: Rect) -> Rect:
        x0, y0 = x_map(r.x), y_map(r.y)
        return Rect(x0, y0, x_map(r.right) - x0, y_map(r.bottom) - y0)

    return mapped


def _interpolation(pairs: list[tuple[float, float]]) -> Callable[[float], float]:
    points = sorted(set(pairs))
    keys = [a for a, _ in points]

    def at(value: float) -> float:
        i = bisect.bisect_left(keys, value)
        if i < len(keys) and keys[i] == value:
            return points[i][1]
        if i == 0:
            return points[0][1] + value - keys[0]
        if i == len(keys):
            return points[-1][1] + value - keys[-1]
        (a0, b0), (a1, b1) = points[i - 1], points[i]
        return b0 + (value - a0) * (b1 - b0) / (a1 - a0)

    return at
