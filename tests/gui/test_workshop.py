"""Workshop mode enters and leaves, reveals stages one by one, focuses a lane,
and never changes the document."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDockWidget

from .canvas_helpers import snapshot


def visible_cards(window) -> set[str]:
    return {i for i, item in window.view.journey_scene.cards.items() if item.isVisible()}


def test_workshop_mode_reveals_stage_by_stage_and_leaves(window):
    before = snapshot(window)
    doc = window.controller.doc
    docks = [d for d in window.findChildren(QDockWidget) if d.isVisible()]
    assert docks
    QTest.keyClick(window.view, Qt.Key.Key_F11)
    assert window.workshop.active and window.isFullScreen()
    assert not any(d.isVisible() for d in window.findChildren(QDockWidget))
    first = {t.id for t in doc.touchpoints if t.stage == "antes"}
    assert visible_cards(window) == first
    window.view.journey_scene.clearSelection()
    QTest.keyClick(window.view, Qt.Key.Key_Right)
    assert visible_cards(window) == {t.id for t in doc.touchpoints
                                     if t.stage in ("antes", "durante")}
    QTest.keyClick(window.view, Qt.Key.Key_PageDown)
    assert visible_cards(window) == {t.id for t in doc.touchpoints}
    QTest.keyClick(window.view, Qt.Key.Key_PageUp)
    assert "comunidad" not in visible_cards(window)
    # lane focus dims every other lane
    QTest.keyClick(window.view, Qt.Key.Key_L)
    scene = window.view.journey_scene
    focused = scene.focus_lane
    assert focused is not None
    for t in doc.touchpoints:
        if t.id in visible_cards(window):
            assert (scene.cards[t.id].opacity() == 1.0) == (
                t.channel == focused and not scene.cards[t.id].dimmed)
    QTest.keyClick(window.view, Qt.Key.Key_Escape)
    assert not window.workshop.active and not window.isFullScreen()
    assert visible_cards(window) == {t.id for t in doc.touchpoints}
    assert all(d.isVisible() for d in docks)
    assert snapshot(window) == before
    assert window.controller.undo_stack.count() == 0


def test_f6_moves_between_the_canvas_and_the_panels(window):
    from PySide6.QtWidgets import QApplication

    window.view.setFocus()
    panels = window.panels()
    assert panels[0] is window.view and len(panels) >= 2
    visited = []
    for _ in range(len(panels)):
        QTest.keyClick(QApplication.focusWidget() or window.view, Qt.Key.Key_F6)
        focus = QApplication.focusWidget()
        visited.append(next(i for i, p in enumerate(panels)
                            if focus is p or p.isAncestorOf(focus)))
    assert visited == [*range(1, len(panels)), 0]


def test_file_export_menu_writes_a_pdf_with_the_persona_filter(window, qtbot, tmp_path,
                                                              monkeypatch):
    from journeydesigner.gui.dialogs.export_dialog import ExportDialog

    window.set_persona_filter("andres")
    out = tmp_path / "cliente.pdf"
    seen = {}

    def run(dialog):
        seen["persona"] = dialog.persona_combo.currentData()
        dialog.path_edit.setText(str(out))
        dialog.run_export()
        qtbot.waitUntil(lambda: not dialog.busy, timeout=20000)
        return 1

    monkeypatch.setattr(ExportDialog, "exec", run)
    window.export_action.trigger()
    assert seen["persona"] == "andres"
    assert out.read_bytes().startswith(b"%PDF")
    assert "Exported" in window.statusBar().currentMessage()


def test_screen_readers_hear_stage_channel_touchpoint_and_emotion(window):
    scene = window.view.journey_scene
    scene.select_touchpoints(["carrito"])
    text = window.view.accessibleDescription()
    assert text.startswith("Etapa Durante la compra, canal Tienda online (Digital), "
                           "Carrito y formulario de pago")
    assert "emoción Muy negativa" in text and "momento de la verdad" in text
    QTest.keyClick(window.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert window.view.accessibleDescription() != text
    conn = window.controller.doc.connections[0]
    scene.clearSelection()
    scene.connections[conn.id].setSelected(True)
    assert window.view.accessibleDescription().startswith("Camino de ")


def test_workshop_mode_scrolls_to_what_it_reveals_and_gives_the_window_back(window, qtbot):
    from journeydesigner import style

    scene = window.view.journey_scene
    title = window.windowTitle()
    tabs = window.tabifiedDockWidgets(window.properties)
    window.workshop.enter()
    assert scene.colors is style.HIGH_CONTRAST  # the drawing itself, not only the widgets
    assert scene.backgroundBrush().color().name() == "#000000"
    window.view.resize(700, 400)  # smaller than a stage: the next one is off screen
    qtbot.wait(10)
    doc = window.controller.doc
    for number, stage in enumerate(doc.stages[1:], start=2):
        QTest.keyClick(window.view, Qt.Key.Key_PageDown)
        column = scene.geometry.stage(stage.id).column
        shown = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
        assert shown.left() < column.x < shown.right()
        assert f"{number} of {len(doc.stages)}" in window.workshop.banner.text()
        assert stage.name in window.windowTitle()
    lanes = scene.geometry.lanes
    for _ in lanes:
        QTest.keyClick(window.view, Qt.Key.Key_L)
    row = lanes[-1].row
    shown = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert shown.top() < row.y and row.bottom < shown.bottom()
    assert lanes[-1].channel_id == scene.focus_lane
    QTest.keyClick(window.view, Qt.Key.Key_Escape)
    assert scene.colors is style.NORMAL
    assert window.windowTitle() == title
    assert window.tabifiedDockWidgets(window.properties) == tabs
    assert not window.workshop.banner.isVisible()
