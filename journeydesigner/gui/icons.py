"""Toolbar icons drawn with QPainter: no image files, no network, and they follow
the palette (drawn again in the window text colour when the theme changes).

Each drawing works on a 24×24 grid; :func:`icon` renders it at several sizes so
it stays sharp on high-density screens.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from .. import style

SIZES = (16, 24, 32, 48)
ACCENT = "#0072B2"  # Okabe–Ito blue, as positive paths


def _pen(color: QColor | str, width: float, dash: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    return QPen(QColor(color), width, dash, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)


def _card(p: QPainter, rect: QRectF) -> None:
    p.drawRoundedRect(rect, 2.5, 2.5)


def _plus(p: QPainter, center: QPointF, half: float) -> None:
    p.drawLine(QPointF(center.x() - half, center.y()), QPointF(center.x() + half, center.y()))
    p.drawLine(QPointF(center.x(), center.y() - half), QPointF(center.x(), center.y() + half))


def _magnifier(p: QPainter) -> None:
    p.drawEllipse(QRectF(3, 3, 13, 13))
    p.drawLine(QPointF(14.5, 14.5), QPointF(21, 21))


def new_card(p: QPainter, fg: QColor) -> None:
    _card(p, QRectF(2.5, 5.5, 15, 11))
    p.setPen(_pen(ACCENT, 2.4))
    _plus(p, QPointF(18, 17), 4)


def connect(p: QPainter, fg: QColor) -> None:
    _card(p, QRectF(1.5, 3.5, 8, 6))
    _card(p, QRectF(14.5, 14.5, 8, 6))
    p.setPen(_pen(ACCENT, 2))
    path = QPainterPath(QPointF(9.5, 6.5))
    path.cubicTo(QPointF(16, 6.5), QPointF(8, 17.5), QPointF(13, 17.5))
    p.drawPath(path)
    p.drawLine(QPointF(13, 17.5), QPointF(10.5, 15))
    p.drawLine(QPointF(13, 17.5), QPointF(10.5, 20))


def emotion(p: QPainter, fg: QColor) -> None:
    p.setBrush(QColor(style.EMOTION_COLORS[2]))
    p.setPen(_pen(fg, 1.5))
    p.drawEllipse(QRectF(3, 3, 18, 18))
    p.setBrush(fg)
    p.drawEllipse(QRectF(8, 8.5, 2.2, 2.2))
    p.drawEllipse(QRectF(13.8, 8.5, 2.2, 2.2))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawArc(QRectF(7.5, 8, 9, 8), 200 * 16, 140 * 16)


def zoom_in(p: QPainter, fg: QColor) -> None:
    _magnifier(p)
    _plus(p, QPointF(9.5, 9.5), 3.5)


def zoom_out(p: QPainter, fg: QColor) -> None:
    _magnifier(p)
    p.drawLine(QPointF(6, 9.5), QPointF(13, 9.5))


def zoom_fit(p: QPainter, fg: QColor) -> None:
    for x, y, dx, dy in ((3, 3, 1, 1), (21, 3, -1, 1), (3, 21, 1, -1), (21, 21, -1, -1)):
        p.drawLine(QPointF(x, y), QPointF(x + 5 * dx, y))
        p.drawLine(QPointF(x, y), QPointF(x, y + 5 * dy))
    p.drawRect(QRectF(8, 9, 8, 6))


def zoom_selection(p: QPainter, fg: QColor) -> None:
    _magnifier(p)
    p.setPen(_pen(ACCENT, 1.5, Qt.PenStyle.DashLine))
    p.drawRect(QRectF(6.5, 7, 6, 5))


def workshop(p: QPainter, fg: QColor) -> None:
    p.drawRect(QRectF(2.5, 3.5, 19, 12))
    p.drawLine(QPointF(12, 15.5), QPointF(12, 19))
    p.drawLine(QPointF(7, 21), QPointF(12, 19))
    p.drawLine(QPointF(17, 21), QPointF(12, 19))
    p.setPen(_pen(ACCENT, 2))
    p.drawLine(QPointF(6, 12), QPointF(10, 8.5))
    p.drawLine(QPointF(10, 8.5), QPointF(13, 10.5))
    p.drawLine(QPointF(13, 10.5), QPointF(18, 6.5))


def export(p: QPainter, fg: QColor) -> None:
    path = QPainterPath(QPointF(9, 5.5))
    path.lineTo(4.5, 5.5)
    path.lineTo(4.5, 20.5)
    path.lineTo(17.5, 20.5)
    path.lineTo(17.5, 14)
    p.drawPath(path)
    p.setPen(_pen(ACCENT, 2))
    p.drawLine(QPointF(10, 14), QPointF(20, 4))
    p.drawLine(QPointF(20, 4), QPointF(14, 4))
    p.drawLine(QPointF(20, 4), QPointF(20, 10))


def find(p: QPainter, fg: QColor) -> None:
    _magnifier(p)


def panels(p: QPainter, fg: QColor) -> None:
    p.drawRect(QRectF(2.5, 4.5, 19, 15))
    p.setBrush(fg)
    p.drawRect(QRectF(15.5, 4.5, 6, 15))


def overview(p: QPainter, fg: QColor) -> None:
    p.drawRect(QRectF(2.5, 4.5, 19, 15))
    p.setPen(_pen(ACCENT, 1.8))
    p.drawRect(QRectF(12.5, 12, 7, 5.5))


Drawing = Callable[[QPainter, QColor], None]


def icon(drawing: Drawing, color: QColor) -> QIcon:
    """``drawing`` in ``color`` at every size of :data:`SIZES`."""
    result = QIcon()
    for size in SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(size / 24, size / 24)
        painter.setPen(_pen(color, 1.6))
        drawing(painter, color)
        painter.end()
        result.addPixmap(pixmap)
    return result
