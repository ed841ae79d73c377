"""The overview: a small picture of the whole map in a corner of the view, with the
part on screen marked; click or drag in it to move there. It shows only while the
map is larger than the view.

A map too long for the corner (a picture lower than :data:`MIN_HEIGHT`) is drawn
that high and shows the stretch around the part on screen, sliding along with it.

The picture is drawn from the layout's rectangles (lanes, stage colours, cards in
their emotion's colour), not by rendering the scene: that stays a few milliseconds
on a 10,000-card map, where rendering the scene takes a second. It is cached and
drawn again only after the map changed, once edits pause (:data:`REBUILD_DELAY_MS`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QWidget

from ... import style
from .scene import JourneyScene
from .view import JourneyView

MAX_SIZE = QSize(240, 150)  # the overview's room for the picture, in pixels
MIN_HEIGHT = 48  # lower than this, lanes vanish: a long map shows the part around the view
MAX_PICTURE_WIDTH = 8000  # of a long map's picture
MARGIN = 12  # from the viewport's corner
FRAME = 3  # around the picture
REBUILD_DELAY_MS = 250
VISIBLE_COLOR = "#1F6FEB"  # the cell cursor's blue: the part on screen
FRAME_COLOR = "#7B8794"  # a colour the map never uses: the overview stands apart
HEADER_COLOR = "#E3E7EC"


class Overview(QWidget):
    """A child of ``view`` (not of its viewport, which moves its children when it
    scrolls), kept in the viewport's bottom-right corner."""

    def __init__(self, view: JourneyView) -> None:
        super().__init__(view)
        self.setObjectName("overview")
        self.setAccessibleName(self.tr("Overview of the map"))
        self.setToolTip(self.tr("Overview: click or drag to move around the map"))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.view = view
        self.wanted = True  # the View menu's switch
        self.suppressed = False  # e.g. in workshop mode
        self._picture: QPixmap | None = None
        self._scale = 1.0
        self._map_size = (0.0, 0.0)  # of the map in the picture
        self._held_offset: float | None = None  # while dragging: the stretch stays put
        self._stale = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REBUILD_DELAY_MS)
        self._timer.timeout.connect(self._rebuild_if_shown)
        view.controller.changed.connect(self.map_changed)
        view.zoomChanged.connect(self.sync)
        for bar in (view.horizontalScrollBar(), view.verticalScrollBar()):
            bar.valueChanged.connect(self.update)
            bar.rangeChanged.connect(self.sync)
        view.viewport().installEventFilter(self)  # it shrinks when scroll bars appear
        self.hide()

    # --- when it shows ----------------------------------------------------------------

    def map_larger_than_view(self) -> bool:
        h, v = self.view.horizontalScrollBar(), self.view.verticalScrollBar()
        return h.maximum() > h.minimum() or v.maximum() > v.minimum()

    def set_wanted(self, wanted: bool) -> None:
        self.wanted = wanted
        self.sync()

    def set_suppressed(self, suppressed: bool) -> None:
        self.suppressed = suppressed
        self.sync()

    def map_changed(self) -> None:
        """The document changed: draw the picture again once the edits pause."""
        self._stale = True
        self._timer.start()

    def sync(self) -> None:
        """Show or hide, in the right place, with a picture of the map as it is."""
        scene = self.view.scene()
        show = (self.wanted and not self.suppressed and isinstance(scene, JourneyScene)
                and self.map_larger_than_view())
        if not show:
            self.hide()
            return
        g = scene.geometry
        resized = g is not None and (g.width, g.height) != self._map_size
        if self._picture is None or resized or (self._stale and not self._timer.isActive()):
            self._rebuild()  # a picture of another shape would mark the wrong place
        self._place()
        self.show()
        self.raise_()
        self.update()

    def _rebuild_if_shown(self) -> None:
        if self.isVisible():
            self._rebuild()
            self._place()
            self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.sync()
        return False

    def _place(self) -> None:
        if self._picture is None:
            return
        size = self._picture.deviceIndependentSize().toSize().boundedTo(MAX_SIZE) + QSize(
            2 * FRAME, 2 * FRAME)
        area = self.view.viewport().geometry()
        self.setGeometry(area.right() - MARGIN - size.width() + 1,
                         area.bottom() - MARGIN - size.height() + 1, size.width(), size.height())

    # --- the picture ---------------------------------------------------------------------

    def _rebuild(self) -> None:
        """Draw the map's lanes, stage colours and cards into the cached picture."""
        self._stale = False
        scene = self.view.journey_scene
        g = scene.geometry
        if g is None or g.width <= 0 or g.height <= 0:
            self._picture = None
            return
        scale = min(MAX_SIZE.width() / g.width, MAX_SIZE.height() / g.height)
        if g.height * scale < MIN_HEIGHT:  # a long map: high enough to show its lanes
            scale = min(MIN_HEIGHT / g.height, MAX_PICTURE_WIDTH / g.width)
        self._scale, self._map_size = scale, (g.width, g.height)
        ratio = self.devicePixelRatioF()
        picture = QPixmap(QSize(max(1, round(g.width * scale * ratio)),
                                max(1, round(g.height * scale * ratio))))
        picture.setDevicePixelRatio(ratio)
        picture.fill(QColor("#FFFFFF"))
        painter = QPainter(picture)
        painter.scale(scale, scale)
        painter.setPen(Qt.PenStyle.NoPen)
        header = QColor(HEADER_COLOR)
        for lane in g.lanes:
            for r, color in ((lane.row, QColor(style.KIND_COLORS.get(lane.kind, "#F4F4F4"))),
                             (lane.header, header)):
                painter.fillRect(QRectF(r.x, r.y, r.w, r.h), color)
        for box in g.note_lanes:  # the lanes of edition 2 and their notes, as drawn
            for r, color in ((box.row, QColor(style.LANE_ROW_COLORS[str(box.kind)])),
                             (box.header, header)):
                painter.fillRect(QRectF(r.x, r.y, r.w, r.h), color)
        note_color = QColor(style.NOTE_BORDER)
        for note in g.notes:
            r = note.rect
            painter.fillRect(QRectF(r.x, r.y, r.w, r.h), note_color)
        for stage in g.stages:
            r = stage.header
            painter.fillRect(QRectF(r.x, r.y, r.w, r.h), QColor(stage.color))
        emotions = {t.id: t.emotion for t in scene.controller.doc.touchpoints}
        colors = {level: QColor(c) for level, c in style.EMOTION_COLORS.items()}
        none = QColor(style.NO_EMOTION_COLOR).darker(130)
        minimum = 1.2 / scale  # every card at least a pixel or so
        for tp_id, box in g.cards.items():
            r = box.rect
            color = colors.get(emotions.get(tp_id), none)
            if box.dimmed:
                color = QColor(color.red(), color.green(), color.blue(), 70)
            painter.fillRect(QRectF(r.x, r.y, max(r.w, minimum), max(r.h, minimum)), color)
        painter.end()
        self._picture = picture

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(255, 255, 255, 235))
        painter.setPen(QPen(QColor(FRAME_COLOR), 1))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        if self._picture is None:
            return
        ratio = self._picture.devicePixelRatio()
        width = self.width() - 2 * FRAME
        height = self._picture.deviceIndependentSize().height()
        painter.drawPixmap(QRectF(FRAME, FRAME, width, height), self._picture,
                           QRectF(self._offset() * ratio, 0, width * ratio, height * ratio))
        rect = self.visible_rect().intersected(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        accent = QColor(VISIBLE_COLOR)
        painter.setPen(QPen(accent, 2))
        accent.setAlpha(40)
        painter.setBrush(accent)
        painter.drawRect(rect)

    # --- moving around ------------------------------------------------------------------

    def _offset(self) -> float:
        """How far into a long map's picture the shown stretch starts (0: it all fits):
        the part on screen in its middle, as far as the picture's ends allow."""
        if self._held_offset is not None:
            return self._held_offset
        if self._picture is None:
            return 0.0
        spare = self._picture.deviceIndependentSize().width() - (self.width() - 2 * FRAME)
        if spare <= 0:
            return 0.0
        visible = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
        middle = visible.center().x() * self._scale
        return max(0.0, min(spare, middle - (self.width() - 2 * FRAME) / 2))

    def scene_point(self, pos: QPointF) -> QPointF:
        """The map point under ``pos`` (widget coordinates)."""
        return QPointF((pos.x() - FRAME + self._offset()) / self._scale,
                       (pos.y() - FRAME) / self._scale)

    def visible_rect(self) -> QRectF:
        """The marked rectangle, in widget coordinates (for tests and people alike)."""
        visible = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
        return QRectF(FRAME - self._offset() + visible.x() * self._scale,
                      FRAME + visible.y() * self._scale,
                      visible.width() * self._scale, visible.height() * self._scale)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            self._held_offset = self._offset()  # the mark follows the pointer, not the stretch
            self.view.centerOn(self.scene_point(event.position()))
            event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.view.centerOn(self.scene_point(event.position()))
            event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._held_offset = None
        self.update()
        event.accept()
