"""The map's own properties (title, description, language): shown by selecting the
title corner of the canvas or Map → Map Properties…, each change one undo step,
the window title and the corner following."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from .canvas_helpers import assert_undo_redo, focus_out, snapshot, viewport_point


def corner_point(win):
    corner = win.view.journey_scene.corner
    center = corner.sceneBoundingRect().center()
    return viewport_point(win, center.x(), center.y())


def test_clicking_the_title_corner_shows_the_maps_properties(window):
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, corner_point(window))
    assert window.view.journey_scene.corner.isSelected()
    page = window.properties.map_page
    assert window.properties.stack.currentWidget() is page
    assert page.title.text() == "Compra online de zapatillas"
    assert page.language.text() == "es"
    assert page.description.toPlainText() == window.controller.doc.description
    # a card selected instead: its own page
    window.view.journey_scene.select_touchpoints(["blog"])
    assert window.properties.stack.currentWidget() is window.properties.touchpoint_page


def test_renaming_the_map_from_the_menu_with_the_keyboard(window, qtbot):
    before = snapshot(window)
    window.map_properties_action.trigger()
    page = window.properties.map_page
    qtbot.waitUntil(page.title.hasFocus)
    assert page.title.selectedText() == "Compra online de zapatillas"
    QTest.keyClicks(page.title, "Zapatillas 2027")
    QTest.keyClick(page.title, Qt.Key.Key_Return)
    assert window.controller.doc.title == "Zapatillas 2027"
    stack = window.controller.undo_stack
    assert stack.count() == 1 and stack.text(0) == \
        "Rename map “Compra online de zapatillas” to “Zapatillas 2027”"
    assert "Zapatillas 2027" in window.windowTitle()
    assert window.view.journey_scene.corner.title == "Zapatillas 2027"
    after = snapshot(window)
    stack.undo()
    assert "Compra online de zapatillas" in window.windowTitle()
    assert page.title.text() == "Compra online de zapatillas"
    stack.redo()
    assert_undo_redo(window, before, after)


def test_description_and_language_are_one_step_each(window):
    window.map_properties_action.trigger()
    page = window.properties.map_page
    page.description.setFocus()
    page.description.setPlainText("Otra descripción\ncon dos líneas")
    focus_out(page.description)
    page.language.setFocus()
    page.language.selectAll()
    QTest.keyClicks(page.language, "es-MX")
    QTest.keyClick(page.language, Qt.Key.Key_Return)
    doc = window.controller.doc
    assert doc.description == "Otra descripción\ncon dos líneas"
    assert doc.language == "es-MX"
    assert window.palette_dock.language == "es-MX"
    stack = window.controller.undo_stack
    assert [stack.text(i) for i in range(stack.count())] == [
        "Edit description of map “Compra online de zapatillas”",
        "Change language of map “Compra online de zapatillas”"]


def test_an_empty_title_or_a_bad_language_is_refused(window, problems_of_window):
    window.map_properties_action.trigger()
    page = window.properties.map_page
    page.title.setText("   ")
    QTest.keyClick(page.title, Qt.Key.Key_Return)
    assert window.controller.doc.title == "Compra online de zapatillas"
    assert page.title.text() == "Compra online de zapatillas"
    page.language.setFocus()
    page.language.setText("e")
    QTest.keyClick(page.language, Qt.Key.Key_Return)
    assert window.controller.doc.language == "es"
    assert page.language.text() == "es"
    assert window.controller.undo_stack.count() == 0
    assert len(problems_of_window) == 2


def test_the_selected_corner_is_drawn_with_a_frame(window):
    scene = window.view.journey_scene
    rect = scene.corner.sceneBoundingRect()
    point = QPointF(rect.left() + 1.5, rect.center().y())

    def pixel():
        image = window.view.grab().toImage()
        return image.pixelColor(window.view.mapFromScene(point)).name()

    plain = pixel()
    scene.corner.setSelected(True)
    window.view.viewport().repaint()
    assert pixel() != plain


@pytest.fixture
def problems_of_window(window) -> list[str]:
    seen: list[str] = []
    window.controller.problem.connect(seen.append)
    return seen
