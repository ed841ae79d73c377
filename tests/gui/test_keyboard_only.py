"""A facilitator without a mouse: new map from a template, six touchpoints over
two stages, emotions, one path, save — key events only (the save dialog's
file name is the one thing supplied directly)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from journeydesigner.fileio import load


def keys(*sequence) -> None:
    """Send keys to whatever has the focus, as a keyboard would."""
    for key in sequence:
        target = QApplication.focusWidget()
        assert target is not None
        if isinstance(key, str):
            for char in key:
                QTest.keyClicks(QApplication.focusWidget(), char)
        else:
            key, mods = key if isinstance(key, tuple) else (key, Qt.KeyboardModifier.NoModifier)
            QTest.keyClick(target, key, mods)


CTRL = Qt.KeyboardModifier.ControlModifier


def choose_template_with_keys(name: str) -> None:
    dialog = QApplication.activeModalWidget()
    assert dialog is not None
    items = dialog.list
    for _ in range(items.count()):
        if items.currentItem().data(Qt.ItemDataRole.UserRole) == name:
            break
        QTest.keyClick(items, Qt.Key.Key_Down)
    QTest.keyClick(items, Qt.Key.Key_Return)


def test_a_whole_map_from_the_keyboard(window, tmp_path, monkeypatch, qtbot):
    target = tmp_path / "taller.journey"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.view.setFocus()
    QTimer.singleShot(0, lambda: choose_template_with_keys("purchase.es"))
    keys((Qt.Key.Key_N, CTRL))
    doc = window.controller.doc
    assert doc.language == "es" and not doc.touchpoints
    window.activateWindow()  # back from the modal dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)

    keys((Qt.Key.Key_Right, CTRL))  # an empty map: the cursor lands on the first cell
    assert window.view.journey_scene.cursor is not None
    for title in ("Anuncio", "Blog", "Resenas"):
        keys(title, Qt.Key.Key_Return)
    keys(Qt.Key.Key_Escape)  # ends quick capture
    keys(Qt.Key.Key_Escape)  # drops the selection, keeps the cursor
    keys(Qt.Key.Key_Right, Qt.Key.Key_Down)  # next stage, next lane
    for title in ("Carrito", "Pago", "Confirmacion"):
        keys(title, Qt.Key.Key_Return)
    keys(Qt.Key.Key_Escape)

    first, second = doc.stages[0].id, doc.stages[1].id
    placed = [(t.title, t.stage, t.step) for t in doc.touchpoints]
    assert placed == [("Anuncio", first, 0), ("Blog", first, 1), ("Resenas", first, 2),
                      ("Carrito", second, 0), ("Pago", second, 1), ("Confirmacion", second, 2)]
    assert doc.touchpoints[3].channel != doc.touchpoints[0].channel

    # emotions: the last card is selected; walk back with Ctrl+Left
    keys("5")
    keys((Qt.Key.Key_Left, CTRL), "1")
    keys((Qt.Key.Key_Left, CTRL), "4")
    emotions = {t.title: t.emotion for t in doc.touchpoints}
    assert (emotions["Confirmacion"], emotions["Pago"], emotions["Carrito"]) == (2, -2, 1)

    # a path from "Carrito" to "Confirmacion"
    keys((Qt.Key.Key_K, CTRL), (Qt.Key.Key_Right, CTRL), (Qt.Key.Key_Right, CTRL),
         (Qt.Key.Key_K, CTRL))
    assert [(c.source, c.target, c.polarity) for c in doc.connections] == [
        (doc.touchpoints[3].id, doc.touchpoints[5].id, "positive")]

    keys((Qt.Key.Key_S, CTRL))
    saved = load(target)
    assert [(t.title, t.emotion) for t in saved.touchpoints] == [
        (t.title, t.emotion) for t in doc.touchpoints]
    assert len(saved.connections) == 1
    assert not window.isWindowModified()
