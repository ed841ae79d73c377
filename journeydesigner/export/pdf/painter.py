"""The map itself, drawn in scene units from the shared geometry, as the canvas draws it."""

from __future__ import annotations

import bisect
from functools import cached_property

from reportlab.pdfgen.canvas import FILL_NON_ZERO

from ... import numbers, style
from ...layout import EmotionLane, EmotionPoint, Geometry, Rect
from ...model import Document, Touchpoint
from .colors import CARD_BORDER, WHITE, _color, darker, lightness
from .ink import Ink
from .lanes import draw_lanes
from .options import ASCENT, CARD_TITLE_PT, LINE_SPACING, SCREEN_TEXT
from .paths import PAINT_MARGIN, PathShape, _grow, connection, path_shape
from .printlayout import CARD_FACE, CARD_TEXT_X, card_title_widths

# The map, in scene units
# ---------------------------------------------------------------------------


class MapPainter:
    """Draws a :class:`Geometry` like the Qt canvas items (items.py) do."""

    def __init__(self, ink: Ink, doc: Document, geometry: Geometry) -> None:
        self.ink = ink
        self.doc = doc
        self.g = geometry
        self.lang = style.language_of(doc.language)
        self.emotion_names = style.emotion_names(doc.language, doc.emotion_labels)
        self.touchpoints = {t.id: t for t in doc.touchpoints}
        self.stages = {s.id: s for s in doc.stages}
        self.channels = {c.id: c for c in doc.channels}
        self.persona_colors = style.persona_colors(doc.personas)
        self.labels = {c.id: c.label for c in doc.connections}

    @cached_property
    def paths(self) -> list[tuple[PathShape, bool]]:
        """Every connection's shape and whether it is dimmed, measured on first use
        (the page-counting pass draws no map)."""
        return [
            (path_shape(self.ink.fonts, (path.start, path.c1, path.c2, path.end),
                        str(path.polarity), self.labels.get(path.connection_id, ""),
                        path.label_pos), path.dimmed)
            for path in self.g.connections
        ]

    def draw(self, view: Rect) -> None:
        """What shows in ``view`` (a scene rectangle), in z order. Things wholly
        outside it would be clipped away, so a tile draws only its own share of
        the map rather than everything near it. Text is drawn only where it shows
        (text clipped away would still be found by search and copied)."""
        near = _grow(view, PAINT_MARGIN)
        self.grid(near, view)
        draw_lanes(self.ink, self.g, self.doc.language, near, view)
        for shape, dimmed in self.paths:  # under the cards, which hide any path below
            if shape.bounds.intersects(near):
                with self.ink.alpha(0.25 if dimmed else 1.0):
                    connection(self.ink, shape, near)
        for box in self.g.cards.values():
            if box.rect.intersects(near):
                tp = self.touchpoints.get(box.touchpoint_id)
                if tp is not None:
                    with self.ink.alpha(0.3 if box.dimmed else 1.0):
                        self.card(tp, box.rect)
        for lane in self.g.lanes:
            if lane.header.intersects(view) and lane.channel_id in self.channels:
                self.lane_header(lane.header, self.channels[lane.channel_id].name,
                                 str(lane.kind), self.channels[lane.channel_id].color)
        for stage in self.g.stages:
            if stage.header.intersects(view) and stage.stage_id in self.stages:
                obj = self.stages[stage.stage_id]
                # the part in view: a stage cut between bands or tiles is named in each
                h = stage.header
                left, right = max(h.x, view.x), min(h.right, view.right)
                self.stage_header(Rect(left, h.y, right - left, h.h), obj.name,
                                  obj.color or style.DEFAULT_STAGE_COLOR)
        if self.g.corner.intersects(view):
            self.corner(self.g.corner, self.doc.title)

    # -- background ---------------------------------------------------------

    def grid(self, near: Rect, view: Rect) -> None:
        ink, g = self.ink, self.g
        for lane in g.lanes:
            if lane.row.intersects(near):
                r = lane.row
                ink.rect(r.x, r.y, r.w, r.h, fill=style.KIND_COLORS[str(lane.kind)])
        size = 9 * SCREEN_TEXT
        for group in g.groups:
            r = group.rect
            if not r.intersects(near):
                continue
            ink.rect(r.x, r.y, r.w, r.h, fill=darker(style.KIND_COLORS[str(group.kind)], 112))
            text = style.KIND_LABELS[self.lang][str(group.kind)].upper()
            baseline = r.y + (r.h - LINE_SPACING * size) / 2 + ASCENT * size
            if view.x <= r.x + 10 < view.right:
                ink.text(r.x + 10, baseline, text, size, bold=True)
        top = g.lanes[0].row.y if g.lanes else 0.0
        bottom = g.emotion_lane.rect.bottom
        for stage in g.stages:
            col = stage.column
            if col.intersects(near):
                ink.line(col.right, col.y, col.right, bottom, style.GRID_LINE, 1.2)
                for step in stage.steps[1:]:
                    ink.line(step.rect.x, top, step.rect.x, bottom, style.GRID_LINE, 0.8,
                             dash=(0.8, 1.6))
        left, right = g.corner.x, g.width - g.corner.x  # the canvas draws into the padding
        for lane in g.lanes:
            if lane.row.intersects(near):
                ink.line(left, lane.row.bottom, right, lane.row.bottom, style.GRID_LINE, 1.0)
        self.emotion_lane(g.emotion_lane, g.emotion_points, near, view)

    def emotion_lane(self, lane: EmotionLane, points: list[EmotionPoint], near: Rect,
                     view: Rect) -> None:
        ink = self.ink
        r, la = lane.rect, lane.label_area
        if not (r.intersects(near) or la.intersects(near)):
            return
        ink.rect(r.x, r.y, r.w, r.h, fill="#FAFAFA")
        ink.rect(la.x, la.y, la.w, la.h, fill="#F2F3F5")
        size = 7.5 * SCREEN_TEXT
        for level, y in lane.levels.items():
            ink.line(la.right, y, r.right, y, "#E3E6EA", 1.0, dash=(4, 2) if level else ())
            baseline = y - LINE_SPACING * size / 2 + ASCENT * size
            text = self.ink.fonts.elide(self.emotion_names[level], la.w - 30, size)
            if la.intersects(view):
                ink.text(la.x + 6, baseline, text, size, color=style.MUTED_TEXT)
            ink.face(la.right - 14, y, 6, level)
        c = ink.c
        c.saveState()
        clip = c.beginPath()
        clip.rect(la.right, ink.y(r.bottom), max(0.0, r.right - la.right), r.h)
        c.clipPath(clip, stroke=0, fill=0)
        # the points whose faces reach ``near``, and one more each side for the curve
        face_r = 7
        xs = [p.x for p in points]
        first = max(0, bisect.bisect_left(xs, near.x - face_r) - 1)
        points = points[first : bisect.bisect_right(xs, near.right + face_r) + 1]
        if len(points) >= 2:
            segments = []
            for a, b in zip(points, points[1:], strict=False):
                mx = (a.x + b.x) / 2
                segments.append(((mx, a.y), (mx, b.y), (b.x, b.y)))
            ink.curve((points[0].x, points[0].y), segments, "#333333", 2.2, cap=2)
        for p in points:
            ink.face(p.x, p.y, face_r, round(p.emotion))
        c.restoreState()

    # -- cards ----------------------------------------------------------------

    def card(self, tp: Touchpoint, r: Rect) -> None:
        ink = self.ink
        x, y, w, h = r.x, r.y, r.w, r.h
        ink.rect(x, y, w, h, fill=WHITE, stroke=CARD_BORDER, width=1.0, radius=6)
        band = style.EMOTION_COLORS.get(tp.emotion, style.NO_EMOTION_COLOR)  # type: ignore[arg-type]
        c = ink.c
        path = c.beginPath()
        path.roundRect(x + 0.5, ink.y(y + 12.5), w - 1, 12, 6)
        path.rect(x + 0.5, ink.y(y + 12.5), w - 1, 6)
        c.setFillColor(_color(band, ink.opacity))
        c.drawPath(path, stroke=0, fill=1, fillMode=FILL_NON_ZERO)
        face_right, face_top, face_r = CARD_FACE
        ink.face(x + w - face_right, y + face_top, face_r, tp.emotion)

        size = CARD_TITLE_PT * SCREEN_TEXT
        line_y = y + 17.0
        first, rest = card_title_widths(w)  # the first line leaves room for the face
        for line in ink.fonts.wrap_card(tp.title, rest, size, 3, first=first):
            ink.text(x + CARD_TEXT_X, line_y + ASCENT * size, line, size)
            line_y += LINE_SPACING * size

        dot_x = x + 9.0
        for pid in tp.personas[:6]:
            fill = self.persona_colors.get(pid, style.UNKNOWN_PERSONA_COLOR)
            ink.circle(dot_x, y + h - 9, 4.5, fill=fill, stroke=WHITE, width=1.0)
            dot_x += 10
        right = x + w - 10
        if tp.moment_of_truth:
            ink.star(right, y + h - 9, 6)
            right -= 16
        if tp.pain_points:
            ink.warning(right, y + h - 9, 6)
            right -= 16
        metric = numbers.card_measure(tp.metrics, self.doc.language)
        if metric:
            size = 7 * SCREEN_TEXT
            ink.text(right + 4, y + h - 6, metric, size, color=style.MUTED_TEXT, align="right")
            if numbers.weak_evidence(numbers.card_evidence(tp.metrics)):  # as on screen
                left = right + 4 - ink.width(metric, size)
                ink.line(left, y + h - 4, right + 4, y + h - 4, style.MUTED_TEXT, 0.6,
                         dash=(0.8, 1.2))

    # -- headers ----------------------------------------------------------------

    def stage_header(self, r: Rect, name: str, color: str) -> None:
        ink = self.ink
        ink.rect(r.x, r.y, r.w, r.h, fill=color)
        size = 11 * SCREEN_TEXT
        text_color = WHITE if lightness(color) < 0.6 else style.TEXT
        # one line when it fits (as on screen), else two: print drops the empty
        # column an editor drops cards in, so an empty stage is narrower than there
        lines = ([name] if ink.fonts.elide(name, r.w - 16, size, bold=True) == name
                 else ink.fonts.wrap_card(name, r.w - 16, size, 2, bold=True))
        baseline = r.y + (r.h - LINE_SPACING * size * len(lines)) / 2 + ASCENT * size
        for line in lines:
            ink.text(r.x + 8, baseline, line, size, bold=True, color=text_color)
            baseline += LINE_SPACING * size

    def lane_header(self, r: Rect, name: str, kind: str, accent: str | None) -> None:
        ink = self.ink
        ink.rect(r.x, r.y, r.w, r.h, fill=darker(style.KIND_COLORS[kind], 104),
                 stroke=style.GRID_LINE, width=1.0)
        if accent:
            ink.rect(r.x, r.y, 5, r.h, fill=accent)
        ink.kind_icon(r.x + 18, r.y + 18, kind)
        size = 9.5 * SCREEN_TEXT
        y = r.y + 10
        for line in ink.fonts.wrap_card(name, r.w - 40, size, 3, bold=True):
            ink.text(r.x + 32, y + ASCENT * size, line, size, bold=True)
            y += LINE_SPACING * size

    def corner(self, r: Rect, title: str) -> None:
        ink = self.ink
        ink.rect(r.x, r.y, r.w, r.h, fill=WHITE)
        size = 9 * SCREEN_TEXT
        lines = ink.fonts.wrap_card(title, r.w - 12, size, 2, bold=True)
        block = len(lines) * LINE_SPACING * size
        y = r.y + 2 + (r.h - 4 - block) / 2
        for line in lines:
            ink.text(r.x + 6, y + ASCENT * size, line, size, bold=True)
            y += LINE_SPACING * size
