"""Drawing primitives on a reportlab canvas with y growing downwards (as on screen)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

from reportlab.pdfgen.canvas import Canvas

from ... import style
from .colors import STAR_FILL, STAR_LINE, WARN_FILL, WARN_LINE, WHITE, _color, darker
from .fonts import FontSet
from .options import ASCENT, DESCENT
from .paths import Pt, connection, path_shape

# ---------------------------------------------------------------------------
# Drawing with top-down coordinates
# ---------------------------------------------------------------------------


class Ink:
    """Drawing on a reportlab canvas with y growing downwards.

    ``flip`` is the PDF y of the origin: on a page it is the page height; on the
    map (whose canvas is translated and scaled beforehand) it is 0.
    """

    def __init__(self, canvas: Canvas, fonts: FontSet, flip: float) -> None:
        self.c = canvas
        self.fonts = fonts
        self.flip = flip
        self.opacity = 1.0

    def y(self, y: float) -> float:
        return self.flip - y

    # -- state ------------------------------------------------------------

    def _stroke(self, color: str, width: float, dash: Sequence[float] = (), cap: int = 0) -> None:
        c = self.c
        c.setStrokeColor(_color(color, self.opacity))
        c.setLineWidth(width)
        c.setDash(list(dash) if dash else [])
        c.setLineCap(cap)

    @contextmanager
    def alpha(self, value: float) -> Iterator[None]:
        """Everything drawn inside is this much opaque (nested values multiply)."""
        before = self.opacity
        self.opacity = before * value
        try:
            yield
        finally:
            self.opacity = before

    # -- shapes -------------------------------------------------------------

    def rect(self, x: float, y: float, w: float, h: float, *, fill: str | None = None,
             stroke: str | None = None, width: float = 1.0, radius: float = 0.0,
             dash: Sequence[float] = ()) -> None:
        if w <= 0 or h <= 0:
            return
        c = self.c
        if fill:
            c.setFillColor(_color(fill, self.opacity))
        if stroke:
            self._stroke(stroke, width, dash)
        if radius > 0:
            c.roundRect(x, self.y(y + h), w, h, radius, stroke=1 if stroke else 0,
                        fill=1 if fill else 0)
        else:
            c.rect(x, self.y(y + h), w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def line(self, x1: float, y1: float, x2: float, y2: float, color: str, width: float = 1.0,
             dash: Sequence[float] = (), cap: int = 0) -> None:
        self._stroke(color, width, dash, cap)
        self.c.line(x1, self.y(y1), x2, self.y(y2))

    def circle(self, cx: float, cy: float, r: float, *, fill: str | None = None,
               stroke: str | None = None, width: float = 1.0) -> None:
        c = self.c
        if fill:
            c.setFillColor(_color(fill, self.opacity))
        if stroke:
            self._stroke(stroke, width)
        c.circle(cx, self.y(cy), r, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def polygon(self, points: Sequence[Pt], *, fill: str | None = None,
                stroke: str | None = None, width: float = 1.0) -> None:
        c = self.c
        path = c.beginPath()
        path.moveTo(points[0][0], self.y(points[0][1]))
        for x, y in points[1:]:
            path.lineTo(x, self.y(y))
        path.close()
        if fill:
            c.setFillColor(_color(fill, self.opacity))
        if stroke:
            self._stroke(stroke, width)
        c.drawPath(path, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def curve(self, start: Pt, segments: Iterable[tuple[Pt, Pt, Pt]], color: str, width: float,
              dash: Sequence[float] = (), cap: int = 0) -> None:
        c = self.c
        path = c.beginPath()
        path.moveTo(start[0], self.y(start[1]))
        for c1, c2, end in segments:
            path.curveTo(c1[0], self.y(c1[1]), c2[0], self.y(c2[1]), end[0], self.y(end[1]))
        self._stroke(color, width, dash, cap)
        c.drawPath(path, stroke=1, fill=0)

    def quad(self, p0: Pt, q: Pt, p2: Pt, color: str, width: float, cap: int = 1) -> None:
        c1 = (p0[0] + 2 / 3 * (q[0] - p0[0]), p0[1] + 2 / 3 * (q[1] - p0[1]))
        c2 = (p2[0] + 2 / 3 * (q[0] - p2[0]), p2[1] + 2 / 3 * (q[1] - p2[1]))
        self.curve(p0, [(c1, c2, p2)], color, width, cap=cap)

    # -- text -------------------------------------------------------------

    def text(self, x: float, baseline: float, text: str, size: float, *, bold: bool = False,
             color: str = style.TEXT, align: str = "left") -> float:
        """Draw one line (no markup parsed); returns its width."""
        runs = self.fonts.runs(text, bold)
        if not runs:
            return 0.0
        width = self.fonts.width(text, size, bold)
        if align == "right":
            x -= width
        elif align == "center":
            x -= width / 2
        c = self.c
        c.setFillColor(_color(color, self.opacity))
        t = c.beginText(x, self.y(baseline))
        for font, part in runs:
            t.setFont(font, size)
            t.textOut(part)
        c.drawText(t)
        return width

    def width(self, text: str, size: float, bold: bool = False) -> float:
        return self.fonts.width(text, size, bold)

    # -- journey marks --------------------------------------------------------

    def face(self, cx: float, cy: float, r: float, emotion: int | None) -> None:
        """items.draw_face: a face whose mouth shows the emotion."""
        base = style.EMOTION_COLORS.get(emotion, style.NO_EMOTION_COLOR)  # type: ignore[arg-type]
        self.circle(cx, cy, r, fill=base, stroke=darker(base, 140), width=1.0)
        ink = WHITE if emotion is not None and emotion != 0 else style.TEXT
        eye = r * 0.32
        for dx in (-eye, eye):  # a round-capped dot: a 0.9 disc with a 1.2 outline
            self.line(cx + dx, cy - r * 0.25, cx + dx, cy - r * 0.25, ink, 3.0, cap=1)
        if emotion is None:
            size = 12 * r / 9
            self.text(cx, cy + (ASCENT - DESCENT) * size / 2, "?", size, color=ink,
                      align="center")
            return
        mouth_y = cy + r * 0.35
        half = r * 0.45
        bend = emotion * r * 0.14
        self.quad((cx - half, mouth_y - bend / 2), (cx, mouth_y + bend),
                  (cx + half, mouth_y - bend / 2), ink, 1.2)

    def star(self, cx: float, cy: float, r: float) -> None:
        points = [
            (cx + (r if i % 2 == 0 else r * 0.45) * math.sin(i * math.pi / 5),
             cy - (r if i % 2 == 0 else r * 0.45) * math.cos(i * math.pi / 5))
            for i in range(10)
        ]
        self.polygon(points, fill=STAR_FILL, stroke=STAR_LINE, width=0.8)

    def warning(self, cx: float, cy: float, r: float) -> None:
        self.polygon([(cx, cy - r), (cx + r, cy + r * 0.8), (cx - r, cy + r * 0.8)],
                     fill=WARN_FILL, stroke=WARN_LINE, width=0.8)
        self.line(cx, cy - r * 0.35, cx, cy + r * 0.2, WHITE, 1.4)
        self.circle(cx, cy + r * 0.5, 0.7, fill=WHITE)

    def kind_icon(self, cx: float, cy: float, kind: str) -> None:
        """A screen for digital channels, a person for in-person ones."""
        muted = style.MUTED_TEXT
        if kind == "digital":
            self.rect(cx - 8, cy - 6, 16, 11, stroke=muted, width=1.4, radius=1.5)
            self.line(cx - 4, cy + 8, cx + 4, cy + 8, muted, 1.4)
        else:
            self.circle(cx, cy - 4, 3.5, stroke=muted, width=1.4)
            self.quad((cx - 7, cy + 8), (cx, cy - 3), (cx + 7, cy + 8), muted, 1.4, cap=0)

    def path_sample(self, start: Pt, end: Pt, polarity: str) -> None:
        """A short straight path with its head and middle marker (for the legend)."""
        mid = ((start[0] + end[0]) / 2, (start[1] + end[1]) / 2)
        third = ((2 * start[0] + end[0]) / 3, (2 * start[1] + end[1]) / 3)
        two_thirds = ((start[0] + 2 * end[0]) / 3, (start[1] + 2 * end[1]) / 3)
        shape = path_shape(self.fonts, (start, third, two_thirds, end), polarity, "", mid)
        connection(self, shape)


#: How far the map's pens reach past the geometry they outline (a 2.2 pen's square
#: cap corner: 1.6; a 3.0 round dot: 1.5; the arrow head's miter: 1.1). What lies
