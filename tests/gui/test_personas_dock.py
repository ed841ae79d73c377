"""The personas dock, driven like a user would."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
)

from journeydesigner.fileio import dumps
from journeydesigner.gui import plain_text
from journeydesigner.gui.panels.personas import (
    ImageError,
    PersonasDock,
    check_image_bytes,
    image_info,
)
from journeydesigner.style import PERSONA_PALETTE

from .canvas_helpers import focus_out, undo_restores

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture
def dock(qtbot, controller):
    widget = PersonasDock(controller)
    qtbot.addWidget(widget)
    widget.resize(340, 900)
    return widget


def persona(controller, persona_id):
    return next((p for p in controller.doc.personas if p.id == persona_id), None)


def _chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))


def png_header(width: int, height: int) -> bytes:
    """The signature and IHDR chunk of a PNG (grey, 8 bit): all a size check may read."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr)


def png_bytes(width: int = 1, height: int = 1) -> bytes:
    """A valid PNG of ``width``×``height`` white pixels."""
    raw = b"".join(b"\x00" + b"\xff" * width for _ in range(height))
    return png_header(width, height) + _chunk(b"IDAT", zlib.compress(raw)) + _chunk(b"IEND", b"")


def jpeg_header(width: int, height: int) -> bytes:
    """The start of a JPEG: SOI, an APP0 segment, then a baseline SOF0 with the size."""
    app0 = b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    sof0 = struct.pack(">BHHB", 8, height, width, 1) + b"\x01\x11\x00"
    return (
        b"\xff\xd8"
        + b"\xff\xe0"
        + struct.pack(">H", len(app0) + 2)
        + app0
        + b"\xff\xc0"
        + struct.pack(">H", len(sof0) + 2)
        + sof0
    )


# --------------------------------------------------------------------------- list and form


def test_identity_list_and_form(dock, controller):
    assert dock.objectName() == "personasDock"
    assert dock.windowTitle() == "Personas"
    names = [dock.list.item(i).text() for i in range(dock.list.count())]
    assert names == [p.name for p in controller.doc.personas]
    assert dock.stack.currentWidget() is dock.hint
    assert not dock.delete_button.isEnabled()

    dock.list.setCurrentRow(0)
    lucia = controller.doc.personas[0]
    assert dock.selected_persona() == lucia.id
    assert dock.stack.currentWidget() is dock.form_page
    assert dock.name_edit.text() == lucia.name
    assert dock.description_edit.toPlainText() == lucia.description
    assert dock.age_edit.text() == str(lucia.age)
    assert dock.goals_edit.toPlainText() == "\n".join(lucia.goals)
    assert dock.needs_edit.toPlainText() == "\n".join(lucia.needs)
    assert dock.frustrations_edit.toPlainText() == "\n".join(lucia.frustrations)
    assert dock.habits_edit.toPlainText() == "\n".join(lucia.habits)
    assert dock.color_field.color == lucia.color
    assert not dock.image_field.remove_button.isEnabled()
    assert dock.delete_button.isEnabled()
    assert controller.undo_stack.count() == 0  # showing never edits


def test_every_widget_has_an_accessible_name(dock):
    dock.select_persona("lucia")
    for cls in (QAbstractButton, QComboBox, QLineEdit, QListWidget, QPlainTextEdit, QLabel):
        for widget in dock.widget().findChildren(cls):
            if isinstance(widget.parent(), (QComboBox, QLineEdit)):
                continue  # Qt's own parts, e.g. a line edit's clear button
            assert widget.accessibleName(), widget


def test_add_is_one_undoable_edit(qtbot, dock, controller):
    dock.show()
    qtbot.waitExposed(dock)
    dock.activateWindow()
    before = dumps(controller.doc)
    count = len(controller.doc.personas)
    qtbot.mouseClick(dock.add_button, Qt.MouseButton.LeftButton)
    assert len(controller.doc.personas) == count + 1
    added = controller.doc.personas[-1]
    assert added.name == "New persona"
    assert added.color == PERSONA_PALETTE[0]  # the example uses none of the palette
    assert controller.undo_stack.undoText().startswith("Add persona “")
    assert dock.selected_persona() == added.id
    assert dock.list.currentRow() == count
    assert dock.name_edit.text() == "New persona"
    assert dock.name_edit.selectedText() == "New persona"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dock.name_edit)

    undo_restores(controller, before)
    assert dock.list.count() == count
    assert dock.stack.currentWidget() is dock.hint

    controller.undo_stack.redo()  # the same persona comes back, selected again
    assert dock.list.currentRow() == count
    assert dock.name_edit.text() == "New persona"


def test_added_personas_get_new_ids_and_colours(dock, controller):
    dock.add_persona()
    dock.add_persona()
    first, second = controller.doc.personas[-2:]
    assert first.id != second.id
    assert (first.color, second.color) == PERSONA_PALETTE[:2]
    assert controller.undo_stack.count() == 2


def test_edit_name_through_the_widget(qtbot, dock, controller):
    before = dumps(controller.doc)
    dock.select_persona("lucia")
    name = dock.name_edit
    name.selectAll()
    qtbot.keyClicks(name, "Marta")
    assert persona(controller, "lucia").name != "Marta"  # not yet
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert persona(controller, "lucia").name == "Marta"
    assert controller.undo_stack.undoText().startswith("Edit persona “")
    assert dock.list.item(0).text() == "Marta"
    assert dock.filter_combo.itemText(1) == "Marta"
    qtbot.keyClick(name, Qt.Key.Key_Return)  # nothing changed: no second edit
    undo_restores(controller, before)
    assert name.text() == "Lucía"  # undo refreshed the form
    assert dock.list.item(0).text() == "Lucía"


def test_empty_name_is_refused(qtbot, dock, controller, problems):
    before = dumps(controller.doc)
    dock.select_persona("lucia")
    dock.name_edit.clear()
    qtbot.keyClick(dock.name_edit, Qt.Key.Key_Return)
    assert problems and "name" in problems[0]
    assert dock.name_edit.text() == "Lucía"
    assert controller.undo_stack.count() == 0
    assert dumps(controller.doc) == before


def test_edit_age_set_and_clear(qtbot, dock, controller, problems):
    dock.select_persona("andres")
    age = dock.age_edit
    age.selectAll()
    qtbot.keyClicks(age, "61")
    qtbot.keyClick(age, Qt.Key.Key_Return)
    assert persona(controller, "andres").age == 61
    age.clear()
    qtbot.keyClick(age, Qt.Key.Key_Return)
    assert persona(controller, "andres").age is None
    assert controller.undo_stack.count() == 2
    assert "age" not in dumps(controller.doc).decode().split('"andres"')[1].split("}")[0]

    qtbot.keyClicks(age, "151")
    qtbot.keyClick(age, Qt.Key.Key_Return)
    assert problems and "150" in problems[-1]
    assert persona(controller, "andres").age is None
    assert age.text() == ""
    qtbot.keyClicks(age, "x")  # the validator keeps letters out
    assert age.text() == ""

    controller.undo_stack.undo()
    assert age.text() == "61"
    controller.undo_stack.undo()
    assert age.text() == "58"


def test_edit_goals_one_per_line(qtbot, dock, controller):
    before = dumps(controller.doc)
    dock.select_persona("lucia")
    goals = dock.goals_edit
    goals.setFocus()
    goals.moveCursor(goals.textCursor().MoveOperation.End)
    qtbot.keyClick(goals, Qt.Key.Key_Return)
    qtbot.keyClicks(goals, "  Save time  ")
    qtbot.keyClick(goals, Qt.Key.Key_Return)
    qtbot.keyClick(goals, Qt.Key.Key_Return)  # empty lines are dropped
    assert persona(controller, "lucia").goals == ["Encontrar zapatillas cómodas para correr"]
    focus_out(goals)
    assert persona(controller, "lucia").goals == [
        "Encontrar zapatillas cómodas para correr",
        "Save time",
    ]
    focus_out(goals)  # no change since: no second edit
    undo_restores(controller, before)
    assert goals.toPlainText() == "Encontrar zapatillas cómodas para correr"


def test_pending_text_is_committed_when_the_selection_changes(qtbot, dock, controller):
    dock.select_persona("lucia")
    dock.description_edit.setPlainText("Runner")
    dock.list.setCurrentRow(1)
    assert persona(controller, "lucia").description == "Runner"
    assert dock.name_edit.text() == "Andrés"
    assert controller.undo_stack.count() == 1


def test_colour_through_the_replaceable_picker(qtbot, dock, controller):
    before = dumps(controller.doc)
    asked: list[str | None] = []

    def choose(initial):
        asked.append(initial)
        return "#123456"

    dock.choose_color = choose
    dock.select_persona("lucia")
    qtbot.mouseClick(dock.color_field.button, Qt.MouseButton.LeftButton)
    assert asked == ["#B279A2"]
    assert persona(controller, "lucia").color == "#123456"
    assert dock.color_field.color == "#123456"
    qtbot.mouseClick(dock.color_field.clear_button, Qt.MouseButton.LeftButton)
    assert persona(controller, "lucia").color is None
    assert controller.undo_stack.count() == 2
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert dumps(controller.doc) == before

    dock.choose_color = lambda initial: None  # cancelled: nothing happens
    qtbot.mouseClick(dock.color_field.button, Qt.MouseButton.LeftButton)
    assert controller.undo_stack.index() == 0


# --------------------------------------------------------------------------- images


def test_image_from_a_png_file(qtbot, dock, controller, tmp_path):
    before = dumps(controller.doc)
    path = tmp_path / "tiny.png"
    path.write_bytes(png_bytes())
    assert not QImage(str(path)).isNull()  # a real PNG
    dock.choose_image_file = lambda: str(path)
    dock.select_persona("lucia")
    qtbot.mouseClick(dock.image_field.choose_button, Qt.MouseButton.LeftButton)
    image = persona(controller, "lucia").image
    assert image is not None and image.startswith("data:image/png;base64,")
    assert controller.undo_stack.undoText().startswith("Edit persona “")
    assert not dock.image_field.preview.pixmap().isNull()
    assert dock.image_field.remove_button.isEnabled()

    qtbot.mouseClick(dock.image_field.remove_button, Qt.MouseButton.LeftButton)
    assert persona(controller, "lucia").image is None
    assert dock.image_field.preview.text() == "No image"
    controller.undo_stack.undo()
    assert persona(controller, "lucia").image == image
    controller.undo_stack.undo()
    assert dumps(controller.doc) == before


def test_image_from_a_jpeg_file(qtbot, dock, controller, tmp_path):
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    path = tmp_path / "photo.jpeg"
    assert image.save(str(path), "JPEG")
    assert image_info(path.read_bytes()) == ("jpeg", 40, 30)
    dock.choose_image_file = lambda: str(path)
    dock.select_persona("andres")
    dock.image_field.choose_button.click()
    assert persona(controller, "andres").image.startswith("data:image/jpeg;base64,")
    assert dock.image_field.preview.pixmap().width() == 72


def test_fake_png_is_refused(qtbot, dock, controller, problems, tmp_path):
    path = tmp_path / "fake.png"
    path.write_text("not an image at all")
    dock.choose_image_file = lambda: str(path)
    dock.select_persona("lucia")
    dock.image_field.choose_button.click()
    assert problems and "fake.png" in problems[-1] and "PNG or JPEG" in problems[-1]
    assert persona(controller, "lucia").image is None
    assert controller.undo_stack.count() == 0


def test_too_large_dimensions_are_refused_without_decoding(dock, controller, problems, tmp_path):
    path = tmp_path / "huge.png"
    # a valid header claiming 5000×10 pixels and no pixel data: only the header is read
    path.write_bytes(png_header(5000, 10))
    dock.choose_image_file = lambda: str(path)
    dock.select_persona("lucia")
    dock.image_field.choose_button.click()
    assert problems and "5000×10" in problems[-1] and "4096×4096" in problems[-1]
    assert persona(controller, "lucia").image is None

    path.write_bytes(jpeg_header(100, 4097))
    dock.image_field.choose_button.click()
    assert "100×4097" in problems[-1]
    assert controller.undo_stack.count() == 0


def test_too_large_file_is_refused(dock, controller, problems, tmp_path):
    path = tmp_path / "big.png"
    path.write_bytes(png_bytes() + b"\x00" * (2 * 1024 * 1024))
    dock.choose_image_file = lambda: str(path)
    dock.select_persona("lucia")
    dock.image_field.choose_button.click()
    assert problems and "2 MiB" in problems[-1]
    assert controller.undo_stack.count() == 0


def test_image_info_reads_headers():
    assert image_info(png_bytes(3, 2)) == ("png", 3, 2)
    assert image_info(jpeg_header(640, 480)) == ("jpeg", 640, 480)
    # fill bytes and a standalone marker before the frame are skipped
    data = jpeg_header(7, 9)
    assert image_info(data[:2] + b"\xff\xff\xff\x01" + data[2:]) == ("jpeg", 7, 9)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image = QImage(17, 5, QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    image.save(buffer, "JPEG")
    assert image_info(bytes(buffer.data())) == ("jpeg", 17, 5)
    for bad in (b"", b"GIF89a....", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff\xd9", png_header(0, 0)):
        with pytest.raises(ImageError):
            image_info(bad)
    with pytest.raises(ImageError, match="4096"):
        check_image_bytes(png_header(1, 4097))


def test_image_too_big_in_a_file_is_not_decoded_for_the_thumbnail(dock, controller):
    import base64

    huge = png_header(60000, 60000)
    url = "data:image/png;base64," + base64.b64encode(huge).decode()
    controller.doc.personas[0] = controller.doc.personas[0].model_copy(update={"image": url})
    dock.select_persona("lucia")
    assert dock.image_field.preview.text() == "Cannot show"
    assert dock.image_field.remove_button.isEnabled()


# --------------------------------------------------------------------------- delete and move


def test_delete_referenced_persona_asks_and_removes_references(dock, controller, monkeypatch):
    before = dumps(controller.doc)
    touchpoints = sum("lucia" in t.personas for t in controller.doc.touchpoints)
    connections = sum("lucia" in c.personas for c in controller.doc.connections)
    assert touchpoints or connections
    asked: list[str] = []

    def question(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(plain_text, "ask", question)
    dock.select_persona("lucia")
    dock.delete_button.click()
    assert len(asked) == 1
    if touchpoints:
        assert f"{touchpoints} touchpoint" in asked[0]
    if connections:
        assert f"{connections} connection" in asked[0]
    assert persona(controller, "lucia") is None
    assert not any("lucia" in t.personas for t in controller.doc.touchpoints)
    assert not any("lucia" in c.personas for c in controller.doc.connections)
    assert controller.undo_stack.undoText().startswith("Delete persona “")
    assert dock.selected_persona() == "andres"  # the next one is selected
    assert dock.list.count() == 1
    undo_restores(controller, before)
    assert dock.list.count() == 2


def test_delete_cancelled_changes_nothing(dock, controller, monkeypatch):
    before = dumps(controller.doc)
    monkeypatch.setattr(plain_text, "ask", lambda *args: QMessageBox.StandardButton.Cancel)
    dock.select_persona("andres")
    dock.delete_button.click()
    assert dumps(controller.doc) == before
    assert controller.undo_stack.count() == 0


def test_delete_unreferenced_persona_does_not_ask(dock, controller, monkeypatch):
    def question(*args):
        raise AssertionError("should not ask")

    monkeypatch.setattr(plain_text, "ask", question)
    dock.add_persona()
    added = dock.selected_persona()
    dock.delete_button.click()
    assert persona(controller, added) is None
    assert controller.undo_stack.count() == 2
    assert dock.selected_persona() == "andres"  # the last one is now the previous


def test_move_keeps_the_selection(dock, controller):
    before = dumps(controller.doc)
    dock.select_persona("lucia")
    assert not dock.up_button.isEnabled() and dock.down_button.isEnabled()
    dock.down_button.click()
    assert [p.id for p in controller.doc.personas] == ["andres", "lucia"]
    assert dock.selected_persona() == "lucia"
    assert dock.list.currentRow() == 1
    assert dock.up_button.isEnabled() and not dock.down_button.isEnabled()
    assert controller.undo_stack.undoText().startswith("Move persona “")
    undo_restores(controller, before)
    assert dock.list.currentRow() == 0
    assert dock.name_edit.text() == "Lucía"


# --------------------------------------------------------------------------- filter


def test_filter_combo_emits(qtbot, dock):
    combo = dock.filter_combo
    assert combo.itemText(0) == "All personas"
    assert combo.count() == 3
    assert dock.current_filter() is None
    with qtbot.waitSignal(dock.filterChanged) as blocker:
        combo.setCurrentIndex(combo.findData("andres"))
    assert blocker.args == ["andres"]
    assert dock.current_filter() == "andres"
    with qtbot.waitSignal(dock.filterChanged) as blocker:
        combo.setCurrentIndex(0)
    assert blocker.args == [None]


def test_set_filter(qtbot, dock):
    seen: list[str | None] = []
    dock.filterChanged.connect(seen.append)
    dock.set_filter("lucia")
    assert dock.filter_combo.currentText() == "Lucía"
    dock.set_filter("lucia")  # no change: no signal
    dock.set_filter("nobody")  # unknown: all personas
    assert seen == ["lucia", None]
    assert dock.current_filter() is None
    assert dock.filter_combo.currentIndex() == 0


def test_filter_returns_to_all_when_the_persona_is_deleted(qtbot, dock, controller, monkeypatch):
    monkeypatch.setattr(plain_text, "ask", lambda *args: QMessageBox.StandardButton.Yes)
    dock.set_filter("lucia")
    dock.select_persona("lucia")
    with qtbot.waitSignal(dock.filterChanged) as blocker:
        dock.delete_persona()
    assert blocker.args == [None]
    assert dock.current_filter() is None
    assert dock.filter_combo.currentIndex() == 0
    assert dock.filter_combo.count() == 2

    controller.undo_stack.undo()  # the persona comes back, the filter stays on all
    assert dock.filter_combo.count() == 3
    assert dock.current_filter() is None


def test_filter_keeps_its_persona_across_edits(dock, controller):
    dock.set_filter("andres")
    dock.select_persona("lucia")
    dock.down_button.click()
    assert dock.current_filter() == "andres"
    assert dock.filter_combo.currentData() == "andres"
