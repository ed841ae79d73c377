"""The edition-2 lanes on the canvas: their rows, the entries of the computed lanes,
one selectable item per written note, the blueprint's lines and the notes' links,
drawn from the shared geometry (:mod:`journeydesigner.lane_layout`). Note text is
drawn as plain text, in the lines the layout wrapped it into."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QStyleOptionGraphicsItem

from ... import style
from ...lane_layout import (
    NOTE_LINE_HEIGHT,
    NOTE_PADDING,
    NOTE_TEXT_PT,
    LaneLine,
    NoteBox,
    NoteLaneBox,
    NoteLink,
)
from .. import plain_text
from .items import colors_of, qrect


class LaneRowsItem(QGraphicsItem):
    """The rows of every lane with the stage boundaries ``stage_rights``, under the
    lines, the notes' links and the notes."""

    def __init__(self, boxes: list[NoteLaneBox], stage_rights: list[float],
                 width: float) -> None:
        super().__init__()
        self.setZValue(0.5)  # over the grid
        self.boxes, self.stage_rights = boxes, stage_rights
        top, bottom = min(b.row.y for b in boxes), max(b.row.bottom for b in boxes)
        self._bounds = QRectF(0, top, width, bottom - top + 1)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        for box in self.boxes:
            row = qrect(box.row)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(style.LANE_ROW_COLORS[str(box.kind)]))
            painter.drawRect(row)
            painter.setPen(QPen(QColor(style.GRID_LINE), 1.2))
            for x in self.stage_rights:
                painter.drawLine(QPointF(x, row.top()), QPointF(x, row.bottom()))
            painter.setPen(QPen(QColor(style.GRID_LINE), 1))
            painter.drawLine(QPointF(box.header.x, row.bottom()),
                             QPointF(row.right(), row.bottom()))


class LaneItem(QGraphicsItem):
    """The entries of a pain-point or opportunity lane, gathered from the touchpoints
    (read-only: they are edited on their cards); dimmed entries are what the persona
    filter leaves out. A lane's header is a ``HeaderItem``, each written note a
    :class:`NoteItem`."""

    def __init__(self, box: NoteLaneBox, notes: list[NoteBox], width: float) -> None:
        super().__init__()
        self.setZValue(0.57)  # over the rows and the links, under cards and paths
        self.box, self.notes = box, notes
        self._bounds = QRectF(0, box.row.y, width, box.row.h)

    def set_notes(self, notes: list[NoteBox]) -> None:
        """Show ``notes`` instead, repainting only where a note changed."""
        kept = set(notes) & set(self.notes)
        for note in (*self.notes, *notes):
            if note not in kept:
                self.update(qrect(note.rect).adjusted(-1, -1, 1, 1))
        self.notes = notes

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = _note_font(painter)
        exposed = option.exposedRect
        for note in self.notes:
            if qrect(note.rect).intersects(exposed):
                painter.setOpacity(0.3 if note.dimmed else 1.0)
                _paint_note(painter, qrect(note.rect), note, fm)
        painter.setOpacity(1.0)


class NoteItem(QGraphicsObject):
    """A note written in a lane: selectable, dragged to another cell or lane, edited
    with F2 or a double-click (its text is plain, wrapped by the layout)."""

    def __init__(self, box: NoteBox) -> None:
        super().__init__()
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setZValue(0.58)  # over the lanes' entries, under cards and paths
        self.box: NoteBox | None = None
        self.update_from(box)

    @property
    def note_id(self) -> str:
        return self.box.note_id

    def update_from(self, box: NoteBox) -> None:
        if box == self.box:
            return
        if self.box is None or (box.rect.w, box.rect.h) != (self.box.rect.w, self.box.rect.h):
            self.prepareGeometryChange()
        self.box = box
        self.setPos(box.rect.x, box.rect.y)
        self.setOpacity(0.3 if box.dimmed else 1.0)
        self.setToolTip(plain_text.tooltip("\n".join(box.lines)))
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(-2, -2, self.box.rect.w + 4, self.box.rect.h + 4)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(0, 0, self.box.rect.w, self.box.rect.h)
        _paint_note(painter, r, self.box, _note_font(painter))
        if self.isSelected():
            painter.setPen(QPen(QColor(colors_of(self).selection), 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(r.adjusted(-1, -1, 1, 1), 5, 5)


def _note_font(painter: QPainter) -> QFontMetricsF:
    font = QFont(painter.font())
    font.setPointSizeF(NOTE_TEXT_PT)
    painter.setFont(font)
    return QFontMetricsF(font)


def _paint_note(painter: QPainter, r: QRectF, note: NoteBox, fm: QFontMetricsF) -> None:
    painter.setPen(QPen(QColor(style.NOTE_BORDER), 1))
    painter.setBrush(QColor("#FFFFFF"))
    painter.drawRoundedRect(r, 4, 4)
    if note.color:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(note.color))
        painter.drawRect(QRectF(r.left() + 0.5, r.top() + 3, 4, r.height() - 6))
    painter.setPen(QColor(style.TEXT))
    width = r.width() - 2 * NOTE_PADDING
    y = r.top() + NOTE_PADDING + (NOTE_LINE_HEIGHT - fm.height()) / 2
    for line in note.lines:  # plain text, elided should a font be wider than the layout's
        text = fm.elidedText(line, Qt.TextElideMode.ElideRight, width)
        painter.drawText(QPointF(r.left() + NOTE_PADDING, y + fm.ascent()), text)
        y += NOTE_LINE_HEIGHT


class LaneLineItem(QGraphicsItem):
    """The line of visibility or of internal interaction, labelled at its left end."""

    def __init__(self, line: LaneLine, language: str) -> None:
        super().__init__()
        self.setZValue(0.52)  # the notes' links cross it
        self.line = line
        self.label = style.LINE_LABELS[style.language_of(language)][line.label_key]
        self.pin_x = 0.0

    def pin(self, left: float) -> None:
        """The label follows the left edge of the visible area."""
        if left != self.pin_x:
            self.pin_x = left
            self.update()

    def boundingRect(self) -> QRectF:
        return qrect(self.line.band)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        band, y = qrect(self.line.band), self.line.y
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawRect(band)
        painter.setPen(QPen(QColor(style.LANE_LINE), 1.4, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(band.left(), y), QPointF(band.right(), y))
        font = QFont(painter.font())
        font.setPointSizeF(7.5)
        font.setBold(True)
        painter.setFont(font)
        fm = QFontMetricsF(font)
        text_w = fm.horizontalAdvance(self.label)
        label = QRectF(max(band.left(), self.pin_x) + 8, band.top() + 1, text_w + 10,
                       band.height() - 2)
        painter.setBrush(QColor("#FFFFFF"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRect(label)
        painter.setPen(QColor(style.LANE_LINE))
        painter.drawText(label, Qt.AlignmentFlag.AlignCenter, self.label)


class NoteLinksItem(QGraphicsItem):
    """The links of blueprint notes to the touchpoints they support, over the lanes
    and under the cards (a link passing behind a card is hidden by it)."""

    def __init__(self, links: list[NoteLink]) -> None:
        super().__init__()
        self.setZValue(0.55)
        self.links: list[NoteLink] = []
        self._bounds = QRectF()
        self.set_links(links)

    def set_links(self, links: list[NoteLink]) -> None:
        """Show ``links`` instead, repainting only around the links that changed (the
        layout keeps the links it did not change, in their places)."""
        if len(links) == len(self.links):
            changed = [_link_rect(link) for new, old in zip(links, self.links, strict=True)
                       if new is not old for link in (old, new)]
        else:
            kept = set(links) & set(self.links)
            changed = [_link_rect(link) for link in (*self.links, *links) if link not in kept]
        bounds = QRectF(self._bounds)  # grows only: a larger one costs nothing
        for rect in changed:
            bounds = bounds.united(rect)
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds
        self.links = links
        for rect in changed:
            self.update(rect)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for link in self.links:
            painter.setOpacity(0.3 if link.dimmed else 1.0)
            painter.setPen(QPen(QColor(style.LANE_LINE), 1.2, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(*link.start), QPointF(*link.end))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(style.LANE_LINE))
            painter.drawEllipse(QPointF(*link.start), 2.5, 2.5)
            painter.drawEllipse(QPointF(*link.end), 2.5, 2.5)
        painter.setOpacity(1.0)


def _link_rect(link: NoteLink) -> QRectF:
    (x0, y0), (x1, y1) = link.start, link.end
    return QRectF(min(x0, x1) - 4, min(y0, y1) - 4, abs(x1 - x0) + 8, abs(y1 - y0) + 8)
