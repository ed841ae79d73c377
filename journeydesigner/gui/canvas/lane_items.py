"""The edition-2 lanes on the canvas, read-only: one item per lane (its header, row
and note cards) and one per blueprint line, drawn from the shared geometry
(:mod:`journeydesigner.lane_layout`). Note text is drawn as plain text, in the
lines the layout wrapped it into."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from ... import style
from ...lane_layout import (
    NOTE_LINE_HEIGHT,
    NOTE_PADDING,
    NOTE_TEXT_PT,
    LaneLine,
    NoteBox,
    NoteLaneBox,
)
from .items import qrect, wrap_lines


class LaneItem(QGraphicsItem):
    """A lane: header on the left, row over the stages (with the stage boundaries
    ``stage_rights``) and its notes; dimmed notes are what the persona filter leaves out."""

    def __init__(self, box: NoteLaneBox, notes: list[NoteBox], stage_rights: list[float],
                 width: float) -> None:
        super().__init__()
        self.setZValue(0.5)  # over the grid, under cards and paths
        self.box, self.notes, self.stage_rights = box, notes, stage_rights
        self._bounds = QRectF(0, box.row.y, width, box.row.h)
        self.pin_x = 0.0

    def pin(self, left: float) -> None:
        """The header follows the left edge of the visible area, as channel headers do."""
        if left != self.pin_x:
            self.pin_x = left
            self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        box, kind = self.box, str(self.box.kind)
        row, header = qrect(box.row), qrect(box.header)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(style.LANE_ROW_COLORS[kind]))
        painter.drawRect(row)
        painter.setPen(QPen(QColor(style.GRID_LINE), 1.2))
        for x in self.stage_rights:
            painter.drawLine(QPointF(x, row.top()), QPointF(x, row.bottom()))
        painter.setPen(QPen(QColor(style.GRID_LINE), 1))
        painter.drawLine(QPointF(0, row.bottom()), QPointF(self._bounds.right(), row.bottom()))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(painter.font())
        font.setPointSizeF(NOTE_TEXT_PT)
        painter.setFont(font)
        fm = QFontMetricsF(font)
        exposed = option.exposedRect
        for note in self.notes:
            if qrect(note.rect).intersects(exposed):
                painter.setOpacity(0.3 if note.dimmed else 1.0)
                _paint_note(painter, note, fm)
        painter.setOpacity(1.0)
        header.moveLeft(max(header.left(), self.pin_x))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(QPen(QColor(style.GRID_LINE), 1))
        painter.setBrush(QColor(style.LANE_HEADER_COLORS[kind]))
        painter.drawRect(header)
        if box.color:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(box.color))
            painter.drawRect(QRectF(header.left(), header.top(), 5, header.height()))
        font = QFont(painter.font())
        font.setPointSizeF(9.5)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(style.TEXT))
        fm = QFontMetricsF(font)
        y = header.top() + 10
        for line in wrap_lines(fm, box.name, header.width() - 24, 3):
            painter.drawText(QPointF(header.left() + 12, y + fm.ascent()), line)
            y += fm.lineSpacing()


def _paint_note(painter: QPainter, note: NoteBox, fm: QFontMetricsF) -> None:
    r = qrect(note.rect)
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
        self.setZValue(0.6)
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
