"""Canvas items. They draw what the layout computed and hold no document state
beyond a reference to the object they show."""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsObject,
    QStyleOptionGraphicsItem,
)

from ... import numbers, style
from ...layout import ConnectionPath, EmotionLane, EmotionPoint, Geometry, Rect
from ...model import Channel, Lane, Stage, Touchpoint
from .. import plain_text
from ..evidence_words import evidence_text

HIGHLIGHT = "#F0E442"  # Okabe–Ito yellow: analysis findings
SELECTION = "#1F6FEB"
#: Paths run under the cards (which are opaque), so no path ever covers a card's text.
CONNECTION_Z = 8
TOUCHPOINT_Z = 10
HEADER_Z = 30
#: How wide a path is for the mouse, and its selection halo, in screen pixels at any zoom.
PICK_PIXELS = 14.0
HALO_PIXELS = 9.0
#: The smallest zoom the view allows (view.MIN_ZOOM): path bounds cover the pick
#: width down to it.
LOWEST_ZOOM = 0.15


def colors_of(item: QGraphicsItem) -> style.CanvasColors:
    """The colours of the scene ``item`` is in (workshop mode switches them)."""
    return getattr(item.scene(), "colors", style.NORMAL)


def qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)


def wrap_lines(metrics: QFontMetricsF, text: str, width: float, max_lines: int) -> list[str]:
    """Word-wrap ``text`` into at most ``max_lines``; the last one elided."""
    words = text.split()
    lines: list[str] = []
    current = ""
    for i, word in enumerate(words):
        trial = f"{current} {word}" if current else word
        if metrics.horizontalAdvance(trial) <= width or not current:
            current = trial
            continue
        lines.append(current)
        current = word
        if len(lines) == max_lines - 1:
            current = " ".join(words[i:])
            break
    if current:
        lines.append(current)
    return [
        metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
        if metrics.horizontalAdvance(line) > width
        else line
        for line in lines[:max_lines]
    ]


#: Below this scale (a card's 9 pt title under 2.5 px, unreadable even on a
#: high-density screen) cards and paths are drawn without their text and marks.
OVERVIEW_SCALE = 0.2


def _overview(option: QStyleOptionGraphicsItem, painter: QPainter) -> bool:
    """Whether the view is zoomed out too far for text to be readable."""
    return option.levelOfDetailFromTransform(painter.worldTransform()) < OVERVIEW_SCALE


def draw_face(painter: QPainter, center: QPointF, radius: float, emotion: int | None) -> None:
    """A small face whose mouth shows the emotion (a symbol that needs no colour)."""
    color = QColor(style.EMOTION_COLORS.get(emotion, style.NO_EMOTION_COLOR))
    painter.setPen(QPen(color.darker(140), 1.0))
    painter.setBrush(color)
    painter.drawEllipse(center, radius, radius)
    ink = QColor("white") if emotion is not None and emotion != 0 else QColor(style.TEXT)
    pen = QPen(ink, 1.2)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(ink)
    eye = radius * 0.32
    for dx in (-eye, eye):
        painter.drawEllipse(QPointF(center.x() + dx, center.y() - radius * 0.25), 0.9, 0.9)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if emotion is None:
        painter.drawText(
            QRectF(center.x() - radius, center.y() - radius, 2 * radius, 2 * radius),
            Qt.AlignmentFlag.AlignCenter,
            "?",
        )
        return
    mouth_y = center.y() + radius * 0.35
    half = radius * 0.45
    bend = emotion * radius * 0.14
    path = QPainterPath(QPointF(center.x() - half, mouth_y - bend / 2))
    path.quadTo(QPointF(center.x(), mouth_y + bend), QPointF(center.x() + half, mouth_y - bend / 2))
    painter.drawPath(path)


class TouchpointItem(QGraphicsObject):
    """A touchpoint card: emotion band and face, wrapped title, persona dots,
    moment-of-truth star, pain-point and metrics marks."""

    def __init__(self, touchpoint: Touchpoint, rect: Rect, persona_colors: dict[str, str]):
        super().__init__()
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
        )
        self.setZValue(TOUCHPOINT_Z)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptHoverEvents(True)
        self._size = (rect.w, rect.h)
        #: The map's language, for the numbers on the card (set by the scene).
        self.language = "en"
        self.dimmed = False
        self.highlighted = False
        self.update_from(touchpoint, rect, persona_colors, False)

    @property
    def touchpoint_id(self) -> str:
        return self.touchpoint.id

    def update_from(
        self, touchpoint: Touchpoint, rect: Rect, persona_colors: dict[str, str], dimmed: bool
    ) -> None:
        colors = [persona_colors.get(p, style.UNKNOWN_PERSONA_COLOR) for p in touchpoint.personas]
        # edits replace objects, so identity tells whether the touchpoint changed
        changed = (
            getattr(self, "touchpoint", None) is not touchpoint
            or self._size != (rect.w, rect.h)
            or self.dimmed != dimmed
            or getattr(self, "_persona_colors", None) != colors
        )
        self.touchpoint = touchpoint
        self._persona_colors = colors
        if changed:
            self.prepareGeometryChange()
            self._size = (rect.w, rect.h)
            self.dimmed = dimmed
            self.setOpacity(0.3 if dimmed else 1.0)
            tip = touchpoint.title
            if touchpoint.description:
                tip += "\n\n" + touchpoint.description
            measures = measures_tip(touchpoint, self.language)
            if measures:
                tip += "\n\n" + measures
            self.setToolTip(plain_text.tooltip(tip))
            self.update()
        if self.pos().x() != rect.x or self.pos().y() != rect.y:
            self.setPos(rect.x, rect.y)

    def handle_rect(self) -> QRectF:
        """The connector handle on the top-right corner (clear of the paths that
        leave the right edge): drag it onto another card."""
        w, _ = self._size
        return QRectF(w - 8, -8, 16, 16)

    def boundingRect(self) -> QRectF:
        w, h = self._size
        return QRectF(-2, -9, w + 11, h + 11)

    def hoverEnterEvent(self, event) -> None:
        self._hover = True
        self.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:
        self._hover = False
        self.update()
        super().hoverLeaveEvent(event)

    def mousePressEvent(self, event) -> None:
        if (event.button() == Qt.MouseButton.LeftButton
                and self.handle_rect().contains(event.pos()) and self.scene() is not None):
            self._linking = True
            self.scene().start_link(self, event.scenePos())
            event.accept()
            return
        self._linking = False
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if getattr(self, "_linking", False):
            self.scene().update_link(event.scenePos())
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if getattr(self, "_linking", False):
            self._linking = False
            self.scene().finish_link(event.scenePos())
            return
        super().mouseReleaseEvent(event)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        tp = self.touchpoint
        w, h = self._size
        body = QRectF(0, 0, w, h)
        selected = self.isSelected()
        band = QColor(style.EMOTION_COLORS.get(tp.emotion, style.NO_EMOTION_COLOR))
        colors = colors_of(self)
        if _overview(option, painter):
            self._paint_overview(painter, body, band, selected, colors)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.highlighted:  # a finding of the analysis
            painter.setPen(QPen(QColor(HIGHLIGHT), 7))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(body.adjusted(-2, -2, 2, 2), 8, 8)
        painter.setPen(QPen(QColor(colors.selection if selected else colors.card_border),
                            2.5 if selected else colors.card_border_width))
        painter.setBrush(QColor(colors.card))
        painter.drawRoundedRect(body, 6, 6)
        # emotion band along the top
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(band)
        path = QPainterPath()
        path.addRoundedRect(QRectF(0.5, 0.5, w - 1, 12), 6, 6)
        path.addRect(QRectF(0.5, 6.5, w - 1, 6))
        painter.drawPath(path.simplified())
        draw_face(painter, QPointF(w - 14, 20), 9, tp.emotion)

        font = QFont(painter.font())
        font.setPointSizeF(9)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        painter.setPen(QColor(colors.text))
        y = 17.0
        for line in wrap_lines(metrics, tp.title, w - 38, 3):
            painter.drawText(QPointF(8, y + metrics.ascent()), line)
            y += metrics.lineSpacing()

        # bottom row: persona dots, then marks from the right
        x = 9.0
        for color in self._persona_colors[:6]:
            painter.setPen(QPen(QColor(colors.card), 1))
            painter.setBrush(QColor(color))
            painter.drawEllipse(QPointF(x, h - 9), 4.5, 4.5)
            x += 10
        right = w - 10
        if tp.moment_of_truth:
            self._star(painter, QPointF(right, h - 9), 6)
            right -= 16
        if tp.pain_points:
            self._warning(painter, QPointF(right, h - 9), 6)
            right -= 16
        metric = numbers.card_measure(tp.metrics, self.language)
        if metric:
            small = QFont(font)
            small.setPointSizeF(7)
            painter.setFont(small)
            painter.setPen(QColor(colors.muted_text))
            fm = QFontMetricsF(small)
            text_w = fm.horizontalAdvance(metric)
            painter.drawText(QPointF(right + 4 - text_w, h - 6), metric)
            if numbers.weak_evidence(numbers.card_evidence(tp.metrics)):  # few responses
                painter.setPen(QPen(QColor(colors.muted_text), 1, Qt.PenStyle.DotLine))
                painter.drawLine(QPointF(right + 4 - text_w, h - 4), QPointF(right + 4, h - 4))
        if selected or getattr(self, "_hover", False):
            handle = self.handle_rect()
            painter.setPen(QPen(QColor(colors.selection), 1.5))
            painter.setBrush(QColor(colors.card))
            painter.drawEllipse(handle.adjusted(2, 2, -2, -2))
            c = handle.center()
            painter.drawLine(c + QPointF(-2.5, 0), c + QPointF(2.5, 0))
            painter.drawLine(c + QPointF(0, -2.5), c + QPointF(0, 2.5))

    def _paint_overview(self, painter: QPainter, body: QRectF, band: QColor,
                        selected: bool, colors: style.CanvasColors) -> None:
        """The card far zoomed out: its outline and emotion colour (text would be a
        few pixels high), so a whole large map stays quick to show."""
        if self.highlighted:
            painter.fillRect(body.adjusted(-6, -6, 6, 6), QColor(HIGHLIGHT))
        painter.setPen(QPen(QColor(colors.selection if selected else colors.card_border),
                            6 if selected else 1.5))
        painter.setBrush(QColor(colors.card))
        painter.drawRect(body)
        painter.fillRect(QRectF(0, 0, body.width(), body.height() * 0.3), band)

    @staticmethod
    def _star(painter: QPainter, c: QPointF, r: float) -> None:
        points = [
            QPointF(
                c.x() + (r if i % 2 == 0 else r * 0.45) * math.sin(i * math.pi / 5),
                c.y() - (r if i % 2 == 0 else r * 0.45) * math.cos(i * math.pi / 5),
            )
            for i in range(10)
        ]
        painter.setPen(QPen(QColor("#7A5B00"), 0.8))
        painter.setBrush(QColor("#F0E442"))
        painter.drawPolygon(QPolygonF(points))

    @staticmethod
    def _warning(painter: QPainter, c: QPointF, r: float) -> None:
        triangle = QPolygonF([QPointF(c.x(), c.y() - r), QPointF(c.x() + r, c.y() + r * 0.8),
                              QPointF(c.x() - r, c.y() + r * 0.8)])
        painter.setPen(QPen(QColor("#8A3B00"), 0.8))
        painter.setBrush(QColor("#D55E00"))
        painter.drawPolygon(triangle)
        painter.setPen(QPen(QColor("white"), 1.4))
        painter.drawLine(QPointF(c.x(), c.y() - r * 0.35), QPointF(c.x(), c.y() + r * 0.2))
        painter.drawPoint(QPointF(c.x(), c.y() + r * 0.5))


def measures_tip(tp: Touchpoint, language: str) -> str:
    """The survey measures of a card for its tooltip: each with its interval, n, source
    and dates when it has evidence, and a word when the evidence is weak."""
    lines = []
    for key in numbers.CARD_MEASURES:
        value = getattr(tp.metrics, key)
        if value is None:
            continue
        proof = getattr(tp.metrics.evidence, key)
        line = numbers.metric_text(key, value, None, language)
        if proof is not None:
            line += ": " + evidence_text(proof, language)
        lines.append(line)
    return "\n".join(lines)


class ConnectionItem(QGraphicsItem):
    """A path between two cards; polarity told by colour, dash pattern and head."""

    def __init__(self, path: ConnectionPath, label: str) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(CONNECTION_Z)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._shape: tuple[float, QPainterPath] | None = None
        self.update_from(path, label)

    def update_from(self, path: ConnectionPath, label: str) -> None:
        if getattr(self, "_source", None) == (path, label):
            return  # most connections do not move when one card does
        self._source = (path, label)
        self.prepareGeometryChange()
        self.highlighted = getattr(self, "highlighted", False)
        self.connection_id = path.connection_id
        self.ends = (path.source_id, path.target_id)
        self.polarity = str(path.polarity)
        self.label = label
        self.setOpacity(0.25 if path.dimmed else 1.0)
        qp = QPainterPath(QPointF(*path.start))
        qp.cubicTo(QPointF(*path.c1), QPointF(*path.c2), QPointF(*path.end))
        self._path = qp
        self._label_pos = QPointF(*path.label_pos)
        self._marks: tuple[QPolygonF, QPointF] | None = None  # computed when first painted
        self._shape = None
        reach = PICK_PIXELS / LOWEST_ZOOM / 2  # the pick width at the lowest zoom
        self._bounds = qp.boundingRect().adjusted(-reach, -reach, reach, reach)
        if label:
            self._bounds = self._bounds.united(self._label_box())
        self.update()

    def _label_box(self) -> QRectF:
        return QRectF(self._label_pos.x() - 80, self._label_pos.y() - 10, 160, 20)

    def label_point(self) -> QPointF:
        return self._label_pos

    def _head_and_middle(self) -> tuple[QPolygonF, QPointF]:
        """The arrow head and the middle marker's centre, computed once per path
        (and only for paths that get painted: measuring a curve is not free)."""
        if self._marks is None:
            qp = self._path
            end = qp.pointAtPercent(1.0)
            rad = math.radians(qp.angleAtPercent(0.98))
            back = QPointF(-math.cos(rad) * 8, math.sin(rad) * 8)
            side = QPointF(math.sin(rad) * 4, math.cos(rad) * 4)
            self._marks = (QPolygonF([end, end + back + side, end + back - side]),
                           qp.pointAtPercent(0.5))
        return self._marks

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        """The stroke widened to :data:`PICK_PIXELS` on screen (never thinner than
        10 units), and the label: a path is as easy to click zoomed out as in."""
        scene = self.scene()
        views = scene.views() if scene is not None else []
        scale = views[0].transform().m11() if views else 1.0
        width = max(10.0, PICK_PIXELS / max(scale, LOWEST_ZOOM))
        if self._shape is None or self._shape[0] != width:
            stroker = QPainterPathStroker()
            stroker.setWidth(width)
            shape = stroker.createStroke(self._path)
            if self.label:
                shape.addRect(self._label_box().adjusted(40, 2, -40, -2))
            self._shape = (width, shape.simplified())
        return self._shape[1]

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colors = colors_of(self)
        color = QColor(colors.polarity[self.polarity])
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self.highlighted:
            painter.setPen(QPen(QColor(HIGHLIGHT), 8))
            painter.drawPath(self._path)
        if self.isSelected():  # a halo as wide on screen at any zoom
            halo = QColor(SELECTION)
            halo.setAlpha(90)
            pen = QPen(halo, HALO_PIXELS)
            pen.setCosmetic(True)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawPath(self._path)
        pen = QPen(color, colors.path_width + (1.2 if self.isSelected() else 0.0))
        dashes = style.POLARITY_DASHES[self.polarity]
        if dashes:
            pen.setDashPattern([d / pen.widthF() for d in dashes])
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        head, mid = self._head_and_middle()
        painter.setPen(QPen(color, 1))
        painter.setBrush(color)
        painter.drawPolygon(head)
        if _overview(option, painter):
            return  # zoomed far out: the marker and the label would be specks
        # a marker in the middle: + for positive, × for negative, ◇ for a decision
        painter.setBrush(QColor(colors.card))
        painter.setPen(QPen(color, 1.4))
        painter.drawEllipse(mid, 5.5, 5.5)
        if self.polarity == "positive":
            painter.drawLine(mid + QPointF(-3, 0), mid + QPointF(3, 0))
            painter.drawLine(mid + QPointF(0, -3), mid + QPointF(0, 3))
        elif self.polarity == "negative":
            painter.drawLine(mid + QPointF(-2.5, -2.5), mid + QPointF(2.5, 2.5))
            painter.drawLine(mid + QPointF(-2.5, 2.5), mid + QPointF(2.5, -2.5))
        else:
            painter.drawPolygon(QPolygonF([mid + QPointF(0, -3), mid + QPointF(3, 0),
                                           mid + QPointF(0, 3), mid + QPointF(-3, 0)]))
        if self.label:
            font = QFont(painter.font())
            font.setPointSizeF(7.5)
            painter.setFont(font)
            fm = QFontMetricsF(font)
            text = fm.elidedText(self.label, Qt.TextElideMode.ElideRight, 150)
            tw = fm.horizontalAdvance(text)
            box = QRectF(self._label_pos.x() - tw / 2 - 3, self._label_pos.y() - fm.height() / 2,
                         tw + 6, fm.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colors.label_background))
            painter.drawRoundedRect(box, 3, 3)
            painter.setPen(QColor(colors.text))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


class HeaderItem(QGraphicsObject):
    """A stage column header, a channel's header or an edition-2 lane's header
    (``kind`` "stage", "channel" or "lane"); selectable, so its fields show in the
    properties dock."""

    def __init__(self, kind: str, obj: Stage | Channel | Lane, rect: Rect,
                 language: str) -> None:
        super().__init__()
        self.kind = kind  # "stage", "channel" or "lane"
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setZValue(HEADER_Z + (1 if kind == "stage" else 0))
        self.language = language
        self.label_inset = 0.0  # width of the pinned lane headers, set by the scene
        self._text_offset = 0.0
        self._press: QPointF | None = None  # where a left-button press began a possible drag
        self._dragging = False
        self.setCursor(Qt.CursorShape.OpenHandCursor)  # headers are dragged to reorder
        self.update_from(obj, rect)

    @property
    def object_id(self) -> str:
        return self.obj.id

    def update_from(self, obj: Stage | Channel | Lane, rect: Rect) -> None:
        if getattr(self, "obj", None) is obj and getattr(self, "_source_rect", None) == rect:
            return
        self._source_rect = rect
        self.prepareGeometryChange()
        self.obj = obj
        self._rect = QRectF(0, 0, rect.w, rect.h)
        self.base = QPointF(rect.x, rect.y)
        self.pin(*getattr(self, "_pinned", (0.0, 0.0)))
        self.setToolTip(plain_text.tooltip(
            obj.name + (f"\n\n{obj.description}" if getattr(obj, "description", "") else "")))
        self.update()

    def mousePressEvent(self, event) -> None:
        super().mousePressEvent(event)
        self._press = event.scenePos() if event.button() == Qt.MouseButton.LeftButton else None
        self._dragging = False

    def mouseMoveEvent(self, event) -> None:
        """Dragging a header shows where its stage or channel would go."""
        if self._press is None or self.scene() is None:
            super().mouseMoveEvent(event)
            return
        distance = (event.scenePos() - self._press).manhattanLength()
        if not self._dragging and distance < QApplication.startDragDistance():
            return
        if not self._dragging:
            self._dragging = True
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        self.scene().drag_header(self, event.scenePos())

    def mouseReleaseEvent(self, event) -> None:
        dragging, self._press, self._dragging = self._dragging, None, False
        if dragging and self.scene() is not None:
            self.setCursor(Qt.CursorShape.OpenHandCursor)
            self.scene().drop_header(self, event.scenePos())
            return
        super().mouseReleaseEvent(event)

    def pin(self, left: float, top: float) -> None:
        """Keep the header readable when scrolling: stage headers stick to the
        top of the visible area, lane headers to its left."""
        self._pinned = (left, top)
        if self.kind == "stage":
            self.setPos(self.base.x(), max(self.base.y(), top))
            # the name slides right so pinned lane headers never cover it
            offset = min(max(0.0, left + self.label_inset - self.base.x()),
                         max(0.0, self._rect.width() - 120))
            if offset != self._text_offset:
                self._text_offset = offset
                self.update()
        else:
            self.setPos(max(self.base.x(), left), self.base.y())

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = self._rect
        font = QFont(painter.font())
        colors = colors_of(self)
        if self.kind == "stage":
            color = QColor(self.obj.color or style.DEFAULT_STAGE_COLOR)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRect(r)
            font.setPointSizeF(11)
            font.setBold(True)
            painter.setFont(font)
            text_color = QColor("white") if color.lightnessF() < 0.6 else QColor(style.TEXT)
            painter.setPen(text_color)
            fm = QFontMetricsF(font)
            text_rect = r.adjusted(8 + self._text_offset, 0, -8, 0)
            text = fm.elidedText(self.obj.name, Qt.TextElideMode.ElideRight, text_rect.width())
            painter.drawText(text_rect,
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        else:
            kind = str(self.obj.kind)
            channel = self.kind == "channel"
            painter.setPen(QPen(QColor(colors.grid_line), 1))
            painter.setBrush(QColor(colors.lane_headers[kind] if channel
                                    else style.LANE_HEADER_COLORS[kind]))
            painter.drawRect(r)
            if self.obj.color:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(self.obj.color))
                painter.drawRect(QRectF(r.left(), r.top(), 5, r.height()))
            if channel:  # a lane of notes says what it holds by its colour and place
                self._kind_icon(painter, QPointF(r.left() + 18, r.top() + 18), kind,
                                colors.muted_text)
            indent = 32 if channel else 12
            font.setPointSizeF(9.5)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor(colors.text))
            fm = QFontMetricsF(font)
            lines = wrap_lines(fm, self.obj.name, r.width() - (40 if channel else 24), 3)
            y = r.top() + 10
            for line in lines:
                painter.drawText(QPointF(r.left() + indent, y + fm.ascent()), line)
                y += fm.lineSpacing()
        if self.isSelected():
            painter.setPen(QPen(QColor(colors.selection), 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(r.adjusted(1, 1, -1, -1))

    @staticmethod
    def _kind_icon(painter: QPainter, c: QPointF, kind: str, ink: str) -> None:
        """A screen for digital channels, a person for in-person ones."""
        painter.setPen(QPen(QColor(ink), 1.4))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if kind == "digital":
            painter.drawRoundedRect(QRectF(c.x() - 8, c.y() - 6, 16, 11), 1.5, 1.5)
            painter.drawLine(QPointF(c.x() - 4, c.y() + 8), QPointF(c.x() + 4, c.y() + 8))
        else:
            painter.drawEllipse(QPointF(c.x(), c.y() - 4), 3.5, 3.5)
            path = QPainterPath(QPointF(c.x() - 7, c.y() + 8))
            path.quadTo(QPointF(c.x(), c.y() - 3), QPointF(c.x() + 7, c.y() + 8))
            painter.drawPath(path)


class GridItem(QGraphicsItem):
    """Everything static behind the cards, painted in one go: group headers,
    lane backgrounds, stage columns, step separators and the emotion lane."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(0)
        # a precise exposedRect, so repainting the emotion curve near one card
        # draws only the faces there
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.geometry: Geometry | None = None
        self.language = "en"
        self.emotion_names = style.emotion_names("en")
        self._bounds = QRectF()
        self.pin_x = 0.0
        self.reveal_right: float | None = None
        self.focus_row: Rect | None = None

    def set_reveal(self, right: float | None, focus_row: Rect | None) -> None:
        """Workshop mode: hide the map right of ``right`` and mark the focused lane."""
        if (right, focus_row) != (self.reveal_right, self.focus_row):
            self.reveal_right, self.focus_row = right, focus_row
            self.update()

    def pin(self, left: float) -> None:
        """Group and emotion labels follow the left edge of the visible area."""
        if left == self.pin_x or self.geometry is None:
            return
        self.pin_x = left
        g = self.geometry
        for group in g.groups:
            self.update(qrect(group.rect))
        self.update(qrect(g.emotion_lane.rect).united(qrect(g.emotion_lane.label_area)))

    def set_geometry(self, geometry: Geometry, language: str,
                     labels: Sequence[str] | None = None) -> None:
        """Draw ``geometry``; the emotion lane names its levels with the map's own
        ``labels`` when it has them."""
        old = self.geometry
        self.geometry = geometry
        names = style.emotion_names(language, labels)
        same_grid = (
            old is not None
            and language == self.language
            and names == self.emotion_names
            and (old.width, old.height) == (geometry.width, geometry.height)
            and old.stages == geometry.stages
            and old.lanes == geometry.lanes
            and old.groups == geometry.groups
        )
        if same_grid:  # only the emotion curve can have changed
            if old.emotion_points != geometry.emotion_points:
                self.update(qrect(geometry.emotion_lane.rect))
            return
        self.prepareGeometryChange()
        self.language = language
        self.emotion_names = names
        self._bounds = QRectF(0, 0, geometry.width, geometry.height)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        g = self.geometry
        if g is None:
            return
        lang = style.language_of(self.language)
        colors = colors_of(self)
        exposed = option.exposedRect
        painter.setPen(Qt.PenStyle.NoPen)
        for lane in g.lanes:
            row = qrect(lane.row)
            if row.intersects(exposed):
                painter.setBrush(QColor(colors.lanes[str(lane.kind)]))
                painter.drawRect(row)
        font = QFont(painter.font())
        font.setPointSizeF(9)
        font.setBold(True)
        font.setCapitalization(QFont.Capitalization.AllUppercase)
        painter.setFont(font)
        for group in g.groups:
            rect = qrect(group.rect)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colors.groups[str(group.kind)]))
            painter.drawRect(rect)
            painter.setPen(QColor(colors.text))
            painter.drawText(rect.adjusted(10 + max(0.0, self.pin_x - rect.left()), 0, 0, 0),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             style.KIND_LABELS[lang][str(group.kind)])
        # stage columns and step separators
        top = g.lanes[0].row.y if g.lanes else 0
        bottom = g.emotion_lane.rect.bottom if g.emotion_lane else g.height
        for stage in g.stages:
            col = qrect(stage.column)
            painter.setPen(QPen(QColor(colors.grid_line), 1.2))
            painter.drawLine(QPointF(col.right(), col.top()), QPointF(col.right(), bottom))
            dash = QPen(QColor(colors.grid_line), 0.8, Qt.PenStyle.DotLine)
            painter.setPen(dash)
            for step in stage.steps[1:]:
                painter.drawLine(QPointF(step.rect.x, top), QPointF(step.rect.x, bottom))
        painter.setPen(QPen(QColor(colors.grid_line), 1))
        for lane in g.lanes:  # from the header's left edge to the last stage's right one
            painter.drawLine(QPointF(lane.header.x, lane.row.bottom),
                             QPointF(lane.row.right, lane.row.bottom))
        if g.emotion_lane:
            self._paint_emotion_lane(painter, g.emotion_lane, _points_near(
                g.emotion_points, exposed.left(), exposed.right()), lang, colors)
        if self.focus_row is not None:
            painter.setPen(QPen(QColor(colors.focus), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(qrect(self.focus_row))
        if self.reveal_right is not None:  # stages not revealed yet stay covered
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colors.background))
            painter.drawRect(QRectF(self.reveal_right + 1, 0, g.width - self.reveal_right,
                                    g.height))

    def _paint_emotion_lane(self, painter: QPainter, lane: EmotionLane,
                            points: list[EmotionPoint], lang: str,
                            colors: style.CanvasColors) -> None:
        rect = qrect(lane.rect)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colors.emotion_lane))
        painter.drawRect(rect)
        label_area = qrect(lane.label_area)
        label_area.moveLeft(max(label_area.left(), self.pin_x))
        painter.setBrush(QColor(colors.emotion_labels))
        painter.drawRect(label_area)
        font = QFont(painter.font())
        font.setCapitalization(QFont.Capitalization.MixedCase)
        font.setBold(False)
        font.setPointSizeF(7.5)
        painter.setFont(font)
        for level, y in lane.levels.items():
            painter.setPen(QPen(QColor(colors.emotion_levels), 1, Qt.PenStyle.DashLine if level else
                                Qt.PenStyle.SolidLine))
            painter.drawLine(QPointF(label_area.right(), y), QPointF(rect.right(), y))
            painter.setPen(QColor(colors.muted_text))
            painter.drawText(QRectF(label_area.left() + 6, y - 8, label_area.width() - 30, 16),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             self.emotion_names[level])
            draw_face(painter, QPointF(label_area.right() - 14, y), 6, level)
        painter.save()
        # intersected with the clip the painter has (a preview drawing a part of the map)
        painter.setClipRect(QRectF(label_area.right(), rect.top(),
                                   max(0.0, rect.right() - label_area.right()), rect.height()),
                            Qt.ClipOperation.IntersectClip)
        if len(points) >= 2:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            curve = QPainterPath(QPointF(points[0].x, points[0].y))
            for a, b in zip(points, points[1:], strict=False):
                mx = (a.x + b.x) / 2
                curve.cubicTo(QPointF(mx, a.y), QPointF(mx, b.y), QPointF(b.x, b.y))
            painter.setPen(QPen(QColor(colors.emotion_curve), 2.2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(curve)
        for p in points:
            level = round(p.emotion)
            draw_face(painter, QPointF(p.x, p.y), 7, level)
        painter.restore()


def _points_near(points: list[EmotionPoint], left: float, right: float) -> list[EmotionPoint]:
    """The points between ``left`` and ``right`` plus one neighbour on each side, so
    the curve entering and leaving the area is drawn too (points are sorted by x)."""
    xs = [p.x for p in points]
    first = max(bisect.bisect_left(xs, left) - 1, 0)
    last = bisect.bisect_right(xs, right) + 1
    return points[first:last]


class CornerItem(QGraphicsItem):
    """The box above the lane headers and left of the stage headers, showing the
    map's title; pinned to the visible top-left so scrolled headers slide under it.
    Selecting it shows the map's own properties."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(HEADER_Z + 2)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.title = ""
        self._rect = QRectF()
        self._base = QPointF()

    def set_box(self, rect: Rect, title: str) -> None:
        self.prepareGeometryChange()
        self._rect = QRectF(0, 0, rect.w, rect.h)
        self._base = QPointF(rect.x, rect.y)
        self.title = title
        self.setToolTip(plain_text.tooltip(title))
        self.update()

    def pin(self, left: float, top: float) -> None:
        self.setPos(max(self._base.x(), left), max(self._base.y(), top))

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        colors = colors_of(self)
        painter.fillRect(self._rect, QColor(colors.background))
        font = QFont(painter.font())
        font.setPointSizeF(9)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(colors.text))
        lines = wrap_lines(QFontMetricsF(font), self.title, self._rect.width() - 12, 2)
        painter.drawText(self._rect.adjusted(6, 2, -6, -2),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         "\n".join(lines))
        if self.isSelected():
            painter.setPen(QPen(QColor("#1F6FEB"), 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self._rect.adjusted(1, 1, -1, -1))
