"""Driving the window like a user: points on cards and cells, drags, leaving a
field, and the undo checks every gesture test ends with."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from journeydesigner.fileio import dumps
from journeydesigner.layout import Cell


def snapshot(win) -> bytes:
    return dumps(win.controller.doc)


def tp(win, tp_id):
    return win.controller.doc.touchpoint(tp_id)


def viewport_point(win, x: float, y: float) -> QPoint:
    point = win.view.mapFromScene(QPointF(x, y))
    assert win.view.viewport().rect().contains(point)
    return point


def card_point(win, tp_id: str, dx: float = 0, dy: float = 0) -> QPoint:
    rect = win.view.journey_scene.geometry.cards[tp_id].rect
    return viewport_point(win, rect.x + 60 + dx, rect.y + 36 + dy)


def cell_point(win, cell: Cell) -> QPoint:
    rect = win.view.journey_scene.cell_rect(cell)
    return viewport_point(win, rect.center().x(), rect.bottom() - 6)


def drag(win, start: QPoint, end: QPoint, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    vp = win.view.viewport()
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, modifier, start)
    for i in range(1, 6):
        QTest.mouseMove(vp, start + (end - start) * (i / 5))
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, modifier, end)


def assert_undo_redo(win, before: bytes, after: bytes, steps: int = 1) -> None:
    stack = win.controller.undo_stack
    for _ in range(steps):
        stack.undo()
    assert snapshot(win) == before
    for _ in range(steps):
        stack.redo()
    assert snapshot(win) == after


def focus_out(widget) -> None:
    """What leaving a field with the mouse or Tab does."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QFocusEvent
    from PySide6.QtWidgets import QApplication

    QApplication.sendEvent(widget, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason))


def undo_restores(controller, before: bytes) -> None:
    """One undoable edit was made, and undoing it gives ``before`` back."""
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert dumps(controller.doc) == before
