"""Paths are objects: a click on the stroke selects the path at any zoom (never
the cell below), a selected path shows a halo, a double-click edits its label
(never adds a card), and the Properties dock edits every field of it."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest

from .canvas_helpers import snapshot

PATH = "c20"  # factura -> encuesta, a decision path


def near_stroke(win, conn_id: str, pixels: float, at: float = 0.3):
    """A viewport point ``pixels`` screen pixels off a path's stroke (negative: to the
    left of its direction, above a path going right)."""
    item = win.view.journey_scene.connections[conn_id]
    qp = item._path
    on = qp.pointAtPercent(at)
    angle = math.radians(qp.angleAtPercent(at))
    normal = QPointF(math.sin(angle), math.cos(angle))  # y grows downwards
    point = win.view.mapFromScene(on)
    return point + (normal * pixels).toPoint()


@pytest.mark.parametrize("zoom", [0.8, 0.35])
def test_a_click_near_the_stroke_selects_the_path_not_the_cell(window, zoom):
    view, scene = window.view, window.view.journey_scene
    view.set_zoom(zoom)
    item = scene.connections[PATH]
    view.ensureVisible(item, 10, 10)
    scene.set_cursor(None)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=near_stroke(window, PATH, -5))
    assert scene.selected_connection_ids() == [PATH]
    assert scene.cursor is None  # the cell under the path is not picked
    assert window.properties.stack.currentWidget() is window.properties.connection_page


def test_a_double_click_on_a_path_edits_its_label_and_adds_no_card(window):
    view, scene = window.view, window.view.journey_scene
    view.set_zoom(0.4)
    view.ensureVisible(scene.connections[PATH], 10, 10)
    count = len(window.controller.doc.touchpoints)
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton,
                      pos=near_stroke(window, PATH, -4))
    assert view.editor.isVisible()
    assert view._quick_cell is None and view._editing is scene.connections[PATH]
    view.editor.setText("Sin dudas")
    QTest.keyClick(view.editor, Qt.Key.Key_Return)
    doc = window.controller.doc
    assert len(doc.touchpoints) == count
    assert next(c for c in doc.connections if c.id == PATH).label == "Sin dudas"
    assert window.controller.undo_stack.count() == 1


def halo_pixels(window) -> int:
    """Pixels of the selection blue (mixed with white) around the path."""
    view = window.view
    image: QImage = view.viewport().grab().toImage()
    item = view.journey_scene.connections[PATH]
    found = 0
    for k in range(5, 96, 5):
        for side in (-3, 3):
            p = near_stroke(window, PATH, side, k / 100)
            if image.rect().contains(p):
                c = QColor(image.pixel(p))
                found += c.blue() > c.red() + 40 and c.blue() > 150
    assert item is not None
    return found


def test_a_selected_path_has_a_visible_halo(window, qtbot):
    view, scene = window.view, window.view.journey_scene
    view.set_zoom(0.8)
    view.ensureVisible(scene.connections[PATH], 10, 10)
    qtbot.wait(10)
    before = halo_pixels(window)
    scene.connections[PATH].setSelected(True)
    qtbot.wait(10)
    assert halo_pixels(window) >= before + 10


def test_properties_edit_every_field_of_a_path_as_one_undo_step_each(window):
    scene, dock = window.view.journey_scene, window.properties
    scene.clearSelection()
    scene.connections[PATH].setSelected(True)
    page = dock.connection_page
    assert dock.stack.currentWidget() is page
    conn = lambda: next(c for c in window.controller.doc.connections if c.id == PATH)  # noqa: E731
    assert page.source.currentText().startswith("Factura electrónica")
    assert page.target.currentText().startswith("Encuesta NPS")
    assert page.polarity.currentText() == "Neutral (decision)"
    stack = window.controller.undo_stack
    before = snapshot(window)

    page.label.setText("Tras la factura")
    page.label.editingFinished.emit()
    page.polarity.setCurrentIndex(page.polarity.findText("Negative"))
    page.target.setCurrentIndex(page.target.findText("Grupo", Qt.MatchFlag.MatchStartsWith))
    lucia = page.personas.item(0)
    lucia.setCheckState(Qt.CheckState.Checked)
    assert (conn().label, conn().polarity, conn().target) == ("Tras la factura", "negative",
                                                             "comunidad")
    assert conn().personas == [lucia.data(Qt.ItemDataRole.UserRole)]
    assert stack.count() == 4
    assert stack.text(0).startswith("Edit path “")
    for _ in range(4):
        stack.undo()
    assert snapshot(window) == before
    assert page.target.currentText().startswith("Encuesta NPS")


def test_a_path_cannot_be_made_to_lead_to_its_own_source(window, qtbot):
    scene, page = window.view.journey_scene, window.properties.connection_page
    scene.connections[PATH].setSelected(True)
    before = snapshot(window)
    page.target.setCurrentIndex(page.target.findText("Factura", Qt.MatchFlag.MatchStartsWith))
    assert snapshot(window) == before
    assert page.target.currentText().startswith("Encuesta NPS")  # shown as it is again


def menu_titled(menu, text: str):
    return next(a.menu() for a in menu.actions() if a.text() == text and a.menu())


def test_the_card_menu_offers_the_windows_own_actions_and_more(window):
    scene, view = window.view.journey_scene, window.view
    scene.select_touchpoints(["factura"])
    menu = view.context_menu()
    actions = menu.actions()
    for own in (window.duplicate_action, window.delete_action, window.rename_action,
                window.copy_action, window.cut_action,
                window.drawing_tools.toolbar.connect_action):
        assert own in actions  # the same QAction: same shortcut, same code
    titles = [a.text() for a in actions]
    for title in ("Polarity of Its Paths", "Emotion", "Personas", "Move to Stage"):
        assert title in titles
    before = snapshot(window)
    stages = menu_titled(menu, "Move to Stage")
    assert not next(a for a in stages.actions() if a.text() == "Después de la compra").isEnabled()
    next(a for a in stages.actions() if a.text() == "Durante la compra").trigger()
    moved = window.controller.doc.touchpoint("factura")
    assert moved.stage == "durante" and moved.channel == "email"  # its own lane
    assert scene.selected_touchpoint_ids() == ["factura"]
    window.controller.undo_stack.undo()
    assert snapshot(window) == before

    menu = view.context_menu()
    polarity = menu_titled(menu, "Polarity of Its Paths")
    next(a for a in polarity.actions() if a.text() == "Negative").trigger()
    doc = window.controller.doc
    own = [c for c in doc.connections if "factura" in (c.source, c.target)]
    assert own and all(c.polarity == "negative" for c in own)
    assert scene.selected_touchpoint_ids() == ["factura"]
    window.controller.undo_stack.undo()  # one step for all of them
    assert snapshot(window) == before


def test_the_path_menu_sets_polarity_edits_the_label_and_deletes(window):
    scene, view = window.view.journey_scene, window.view
    scene.clearSelection()
    scene.connections[PATH].setSelected(True)
    menu = view.context_menu()
    titles = [a.text() for a in menu.actions()]
    assert "Path polarity" in titles and "Edit label" in titles
    assert window.delete_action in menu.actions()
    next(a for a in menu.actions() if a.text() == "Edit label").trigger()
    assert view.editor.isVisible() and view._editing is scene.connections[PATH]
    view.editor.close_editor()
    window.delete_action.trigger()
    assert PATH not in {c.id for c in window.controller.doc.connections}
