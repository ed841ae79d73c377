"""A connection between touchpoints: its Bezier curve, arrow head, polarity marker and label."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ... import style
from ...layout import Rect
from .colors import WHITE
from .fonts import FontSet
from .options import ASCENT, LINE_SPACING, SCREEN_TEXT

if TYPE_CHECKING:  # Ink draws connections with this module's helpers
    from .ink import Ink


# ---------------------------------------------------------------------------
# Bezier helpers
# ---------------------------------------------------------------------------

Pt = tuple[float, float]


def _cubic_at(p: Sequence[Pt], t: float) -> Pt:
    u = 1 - t
    a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
    return (
        a * p[0][0] + b * p[1][0] + c * p[2][0] + d * p[3][0],
        a * p[0][1] + b * p[1][1] + c * p[2][1] + d * p[3][1],
    )


def _cubic_tangent(p: Sequence[Pt], t: float) -> Pt:
    u = 1 - t
    a, b, c = 3 * u * u, 6 * u * t, 3 * t * t
    return (
        a * (p[1][0] - p[0][0]) + b * (p[2][0] - p[1][0]) + c * (p[3][0] - p[2][0]),
        a * (p[1][1] - p[0][1]) + b * (p[2][1] - p[1][1]) + c * (p[3][1] - p[2][1]),
    )


def _t_at_length(p: Sequence[Pt], fraction: float, samples: int = 48) -> float:
    """The curve parameter at a fraction of the arc length (QPainterPath::percentAtLength)."""
    lengths = [0.0]
    prev = p[0]
    for i in range(1, samples + 1):
        q = _cubic_at(p, i / samples)
        lengths.append(lengths[-1] + math.dist(prev, q))
        prev = q
    goal = fraction * lengths[-1]
    for i in range(1, samples + 1):
        if lengths[i] >= goal:
            span = lengths[i] - lengths[i - 1]
            part = (goal - lengths[i - 1]) / span if span else 0.0
            return (i - 1 + part) / samples
    return 1.0


#: farther than this outside a tile would be clipped away, so it is not drawn.
PAINT_MARGIN = 2.0
#: Size of a connection's label, in scene units.
PATH_LABEL_SIZE = 7.5 * SCREEN_TEXT
PATH_MARKER_R = 5.5


def _grow(r: Rect, d: float) -> Rect:
    return Rect(r.x - d, r.y - d, r.w + 2 * d, r.h + 2 * d)


@dataclass(frozen=True)
class PathShape:
    """A connection as drawn: its curve, arrow head, middle marker and label, each
    with the box it paints (pens not counted: see :data:`PAINT_MARGIN`).

    Measured once per export, because the arc lengths and the elided label are
    costly and a tiled map shows a long path on several pages; each page then
    draws only the parts that reach it.
    """

    points: tuple[Pt, Pt, Pt, Pt]
    polarity: str
    head: tuple[Pt, Pt, Pt]
    marker: Pt
    #: The elided label (None: no label box at all).
    label: str | None
    label_box: Rect
    #: What the label's glyphs may paint: accents and stacked marks reach past its box.
    label_reach: Rect
    curve_box: Rect
    head_box: Rect
    marker_box: Rect
    bounds: Rect


def path_shape(fonts: FontSet, points: Sequence[Pt], polarity: str, label_text: str,
               label_pos: Pt) -> PathShape:
    """Where items.ConnectionItem.paint puts the parts of a connection."""
    p0, p1, p2, p3 = points
    dx, dy = _cubic_tangent(points, _t_at_length(points, 0.98))
    length = math.hypot(dx, dy) or 1.0
    dx, dy = dx / length, dy / length
    back = (-dx * 8, -dy * 8)
    side = (-dy * 4, dx * 4)
    head = (p3, (p3[0] + back[0] + side[0], p3[1] + back[1] + side[1]),
            (p3[0] + back[0] - side[0], p3[1] + back[1] - side[1]))
    mx, my = _cubic_at(points, _t_at_length(points, 0.5))
    r = PATH_MARKER_R
    label, label_box = None, Rect(label_pos[0], label_pos[1], 0, 0)
    if label_text:
        label = fonts.elide(label_text, 150, PATH_LABEL_SIZE)
        tw, fh = fonts.width(label, PATH_LABEL_SIZE), LINE_SPACING * PATH_LABEL_SIZE
        label_box = Rect(label_pos[0] - tw / 2 - 3, label_pos[1] - fh / 2, tw + 6, fh)
    label_reach = _grow(label_box, PATH_LABEL_SIZE)
    curve_box, head_box = Rect.around(points), Rect.around(head)
    marker_box = Rect(mx - r, my - r, 2 * r, 2 * r)
    parts = (curve_box, head_box, marker_box) + ((label_reach,) if label is not None else ())
    return PathShape((p0, p1, p2, p3), polarity, head, (mx, my), label, label_box, label_reach,
                     curve_box, head_box, marker_box, Rect.union(parts))


def connection(ink: Ink, shape: PathShape, near: Rect | None = None) -> None:
    """items.ConnectionItem.paint: colour, dash pattern, arrow head, middle marker,
    label; with ``near``, only the parts that reach that rectangle."""
    color = style.POLARITY_COLORS[shape.polarity]
    p0, p1, p2, p3 = shape.points
    if near is None or shape.curve_box.intersects(near):
        # Qt pens have square caps: dashes grow by half the pen width at both ends.
        ink.curve(p0, [(p1, p2, p3)], color, 1.8, style.POLARITY_DASHES[shape.polarity], cap=2)
    if near is None or shape.head_box.intersects(near):
        ink.polygon(shape.head, fill=color, stroke=color, width=1.0)
    if near is None or shape.marker_box.intersects(near):
        _path_marker(ink, shape.marker, shape.polarity, color)
    if shape.label is not None and (near is None or shape.label_reach.intersects(near)):
        _path_label(ink, shape.label, shape.label_box)


def _path_marker(ink: Ink, at: Pt, polarity: str, color: str) -> None:
    """The circle in the middle of a path, with "+", "×" or "◇" for its polarity."""
    mx, my = at
    ink.circle(mx, my, PATH_MARKER_R, fill=WHITE, stroke=color, width=1.4)
    if polarity == "positive":
        ink.line(mx - 3, my, mx + 3, my, color, 1.4, cap=2)
        ink.line(mx, my - 3, mx, my + 3, color, 1.4, cap=2)
    elif polarity == "negative":
        ink.line(mx - 2.5, my - 2.5, mx + 2.5, my + 2.5, color, 1.4, cap=2)
        ink.line(mx - 2.5, my + 2.5, mx + 2.5, my - 2.5, color, 1.4, cap=2)
    else:
        ink.polygon([(mx, my - 3), (mx + 3, my), (mx, my + 3), (mx - 3, my)],
                    stroke=color, width=1.4)


def _path_label(ink: Ink, text: str, box: Rect) -> None:
    """The label on a translucent white box, centred where the layout puts it."""
    with ink.alpha(220 / 255):
        ink.rect(box.x, box.y, box.w, box.h, fill=WHITE, radius=3)
    ink.text(box.x + box.w / 2, box.y + ASCENT * PATH_LABEL_SIZE, text, PATH_LABEL_SIZE,
             align="center")


# ---------------------------------------------------------------------------
