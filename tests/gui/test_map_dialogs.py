"""The dialogs around the map as a whole: where Save As starts, the question
before a stage goes, Quit with several windows, the shortcuts list on a small
screen, and Qt's own dialogs in Spanish."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QFileInfo, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFileIconProvider,
    QLabel,
    QMessageBox,
    QPushButton,
)

from journeydesigner import edits
from journeydesigner.gui import plain_text
from journeydesigner.gui.file_dialogs import default_folder, file_stem
from journeydesigner.gui.main_window import MainWindow
from tests.gui.test_translations import spanish  # noqa: F401 - a fixture


def asked_path(monkeypatch) -> list[str]:
    """The paths the save dialogs propose (they answer Cancel)."""
    seen: list[str] = []

    def fake(parent, caption, start, *args, **kwargs):
        seen.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return seen


def closed(window: MainWindow) -> None:
    window.controller.undo_stack.setClean()
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


# --- where Save As starts ------------------------------------------------------------


def test_save_as_starts_beside_the_map(qtbot, example_copy, monkeypatch, tmp_path):
    seen = asked_path(monkeypatch)
    monkeypatch.chdir(example_copy.parent)
    window = MainWindow()
    try:
        assert window.open_path(example_copy.name, ask=False)  # as "journeydesigner MAP" does
        elsewhere = tmp_path / "elsewhere"
        elsewhere.mkdir()
        monkeypatch.chdir(elsewhere)  # the current directory is not where the map is
        window.save_as_action.trigger()
        window.export_json_action.trigger()
    finally:
        closed(window)
    assert seen == [str(example_copy.resolve()), str(example_copy.resolve().with_suffix(".json"))]


def test_save_as_of_a_new_map_starts_in_documents(qtbot, monkeypatch, tmp_path):
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(tmp_path)
    seen = asked_path(monkeypatch)
    window = MainWindow()
    try:
        window.controller.doc.title = "Viaje: web/tienda"
        window.save_as_action.trigger()
    finally:
        closed(window)
    assert default_folder() == home / "Documents"
    assert seen == [str(home / "Documents" / "Viaje- web-tienda.journey")]
    # no Documents folder: home
    (home / "Documents").rmdir()
    assert default_folder() == home


def test_file_stems_from_titles():
    assert file_stem("Compra online de zapatillas") == "Compra online de zapatillas"
    assert file_stem('a/b\\c:d*e?"f"<g>|h') == "a-b-c-d-e-f-g-h"
    assert file_stem("..") != ""
    assert file_stem("   ") != ""


# --- deleting a stage or channel ----------------------------------------------------


def modal_box(qtbot) -> QMessageBox:
    box: list[QMessageBox] = []
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox)
                    and bool(box.append(QApplication.activeModalWidget()) or True))
    return box[-1]


def answer_later(qtbot, answer) -> list[str]:
    """Once a message box is shown: note its text, then ``answer(box)``."""
    texts: list[str] = []

    def run() -> None:
        box = modal_box(qtbot)
        texts.append(box.text())
        answer(box)

    QTimer.singleShot(0, run)
    return texts


@pytest.mark.parametrize("kind, obj_id", [("stage", "durante"), ("channel", "web")])
def test_deleting_a_header_names_touchpoints_and_paths_and_enter_keeps_it(
        window, qtbot, kind, obj_id):
    doc = window.controller.doc
    field = kind
    held = {t.id for t in doc.touchpoints if getattr(t, field) == obj_id}
    paths = [c for c in doc.connections if c.source in held or c.target in held]
    assert held and paths
    scene = window.view.journey_scene
    headers = scene.stage_headers if kind == "stage" else scene.lane_headers
    scene.clearSelection()
    headers[obj_id].setSelected(True)
    texts = answer_later(qtbot, lambda box: QTest.keyClick(box, Qt.Key.Key_Return))
    window.delete_action.trigger()
    name = headers[obj_id].obj.name
    noun = "stage" if kind == "stage" else "channel"
    assert texts == [f"Delete the {noun} “{name}” with {len(held)} touchpoints and "
                     f"{len(paths)} paths?"]
    # Enter is Cancel: nothing was deleted
    assert window.controller.undo_stack.count() == 0
    assert len(doc.touchpoints) >= len(held)
    # the Delete button deletes all of it in one step
    answer_later(qtbot, lambda box: next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
    ).click())
    window.delete_action.trigger()
    assert window.controller.undo_stack.count() == 1
    assert not held & {t.id for t in doc.touchpoints}
    assert not {c.id for c in paths} & {c.id for c in doc.connections}


# --- Quit ------------------------------------------------------------------------------


def two_modified_windows(qtbot, example_copy) -> list[MainWindow]:
    windows = []
    for _ in range(2):
        window = MainWindow()
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
    windows[0].open_path(example_copy, ask=False)
    for window in windows:
        window.view.journey_scene.set_cursor(None)
        window.controller.try_perform(edits.set_document_fields, {"title": "Cambiado"},
                                      "Rename map")
        assert window.controller.modified
    return windows


def test_quit_closes_every_window_and_cancel_stops_it(qtbot, example_copy, monkeypatch):
    windows = two_modified_windows(qtbot, example_copy)
    try:
        answers = [QMessageBox.StandardButton.Discard, QMessageBox.StandardButton.Cancel]
        asked: list[str] = []
        monkeypatch.setattr(plain_text, "ask",
                            lambda parent, *a, **k: asked.append(parent) or answers.pop(0))
        windows[0].activateWindow()
        windows[0].quit_action.trigger()
        assert len(asked) == 2  # both were asked; the second said Cancel
        assert [w.isVisible() for w in windows].count(True) == 1
        answers[:] = [QMessageBox.StandardButton.Discard]
        next(w for w in windows if w.isVisible()).quit_action.trigger()
        assert not any(w.isVisible() for w in windows)
    finally:
        for window in windows:
            closed(window)


# --- the shortcut list ------------------------------------------------------------------


def test_the_shortcut_list_fits_on_the_screen_and_scrolls(window, qtbot):
    seen = {}

    def look() -> None:
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
        dialog = QApplication.activeModalWidget()
        seen["frame"] = dialog.frameGeometry()
        seen["room"] = dialog.screen().availableGeometry()
        seen["texts"] = " ".join(w.text() for w in dialog.findChildren(QLabel))
        table = getattr(dialog, "table", None)
        seen["rows"] = table.rowCount() if table is not None else 0
        dialog.reject()

    QTimer.singleShot(0, look)
    window.shortcuts_action.trigger()
    assert seen["room"].contains(seen["frame"]), seen
    assert seen["rows"] == len(window.shortcut_rows())


def test_the_shortcut_list_filters_as_you_type(window, qtbot):
    from journeydesigner.gui.dialogs.shortcuts_dialog import ShortcutsDialog

    dialog = ShortcutsDialog(window.shortcut_rows(), window)
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.keyClicks(dialog.filter, "zoom")
    shown = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())
             if not dialog.table.isRowHidden(r)]
    assert shown and all("zoom" in (t + dialog.table.item(r, 1).text()).lower()
                         for r, t in enumerate(shown))


# --- Qt's own dialogs in Spanish ---------------------------------------------------------


@pytest.mark.usefixtures("spanish")
def test_qt_standard_buttons_are_spanish():
    box = QMessageBox()
    box.setStandardButtons(QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Save
                           | QMessageBox.StandardButton.Discard)
    assert sorted(b.text() for b in box.buttons()) == ["Cancelar", "Descartar", "Guardar"]


@pytest.mark.usefixtures("spanish")
def test_qt_file_dialog_is_spanish(qtbot):
    dialog = QFileDialog(None, "x", str(Path.home()), "Mapas (*.journey)")
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    labels = sorted(w.text() for w in dialog.findChildren(QLabel) if w.text())
    assert labels == ["&Buscar en:", "&Nombre de fichero:", "Ficheros de &tipo:"]
    buttons = {b.text() for b in dialog.findChildren(QPushButton)}
    assert {"&Guardar", "Cancelar"} <= buttons
    # the Type column names folders in Spanish too
    assert QFileIconProvider().type(QFileInfo(str(Path.home()))) == "Carpeta"


def test_the_application_uses_qt_file_dialogs(qapp):
    from journeydesigner.gui.application import create_app

    assert create_app() is qapp
    assert qapp.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
