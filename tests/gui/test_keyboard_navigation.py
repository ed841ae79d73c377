"""Ctrl+arrows and Ctrl+K as a facilitator uses them: the keyboard position
stays where the work is (the target of a new path, the card at the map's edge,
the ends of a selected path) and auto-scroll never hides it under the pinned
stage and lane headers."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtTest import QTest

from journeydesigner.layout import Cell

CTRL = Qt.KeyboardModifier.ControlModifier


def ctrl(window, *keys) -> None:
    for key in keys:
        QTest.keyClick(window.view, key, CTRL)


def selected(window) -> list[str]:
    return window.view.journey_scene.selected_touchpoint_ids()


def test_after_ctrl_k_the_keyboard_stays_on_the_target_card(window):
    scene = window.view.journey_scene
    scene.select_touchpoints(["catalogo"])
    ctrl(window, Qt.Key.Key_Right)
    after_target = selected(window)
    assert after_target and after_target != ["ig-anuncio"]

    scene.select_touchpoints(["blog"])
    ctrl(window, Qt.Key.Key_K)
    scene.select_touchpoints(["catalogo"])
    ctrl(window, Qt.Key.Key_K)
    conn = window.controller.doc.connections[-1]
    assert (conn.source, conn.target) == ("blog", "catalogo")
    assert scene.selected_connection_ids() == [conn.id]  # P / N / D apply to it
    assert scene.current_cell() == Cell("durante", "web", 0)  # the target's cell
    ctrl(window, Qt.Key.Key_Right)
    assert selected(window) == after_target  # on from the target, not the first card


def test_typing_on_a_selected_path_starts_no_card(window):
    scene = window.view.journey_scene
    scene.select_touchpoints(["blog"])
    ctrl(window, Qt.Key.Key_K)
    scene.select_touchpoints(["catalogo"])
    ctrl(window, Qt.Key.Key_K)
    count = len(window.controller.doc.touchpoints)
    QTest.keyClicks(window.view, "4")
    assert not window.view.editor.isVisible()
    assert len(window.controller.doc.touchpoints) == count


def test_ctrl_arrow_at_the_edge_of_the_map_keeps_the_selection(window):
    scene = window.view.journey_scene
    lowest = max(scene.notes.values(), key=lambda item: item.box.rect.center[1]).note_id
    scene.select_notes([lowest])
    ctrl(window, Qt.Key.Key_Down)  # the lowest note of the blueprint is the map's edge
    assert scene.selected_note_ids() == [lowest]
    for card, key in (("comunidad", Qt.Key.Key_Right),):
        scene.select_touchpoints([card])
        ctrl(window, key)
        assert selected(window) == [card]
        QTest.keyClicks(window.view, "2")  # an emotion, not a card titled "2"
        assert not window.view.editor.isVisible()
        assert window.controller.doc.touchpoint(card).emotion == -1


def test_ctrl_arrows_leave_a_selected_path_for_its_ends(window):
    scene = window.view.journey_scene
    for key, end in ((Qt.Key.Key_Right, "carrito"), (Qt.Key.Key_Left, "catalogo")):
        scene.clearSelection()
        scene.set_cursor(None)
        scene.connections["c07"].setSelected(True)  # catalogo → carrito, as a click does
        ctrl(window, key)
        assert selected(window) == [end]
    scene.clearSelection()
    scene.connections["c09"].setSelected(True)  # chatbot → llamada, the lowest lane
    ctrl(window, Qt.Key.Key_Down)
    assert selected(window) == ["llamada"]


def _hidden_under_headers(window, rect: QRectF) -> list[str]:
    """The pinned headers that cover part of the scene ``rect`` on screen."""
    view, scene = window.view, window.view.journey_scene
    shown = view.mapFromScene(rect).boundingRect()
    assert view.viewport().rect().contains(shown), "scrolled out of view"
    headers = [*scene.stage_headers.values(), *scene.lane_headers.values(),
               *scene.note_lane_headers.values(), scene.corner]
    # in scene units (the headers are pinned there); a bounding rect holds a unit of pen
    # around the header: touching is not covering
    return [getattr(h, "object_id", "corner") for h in headers
            if h.sceneBoundingRect().adjusted(1, 1, -1, -1).intersects(rect)]


def test_auto_scroll_keeps_the_selection_clear_of_the_pinned_headers(window):
    view, scene = window.view, window.view.journey_scene
    view.set_zoom(1.6)  # larger than the window: navigating scrolls
    centers = {**{t: item.sceneBoundingRect().center() for t, item in scene.cards.items()},
               **{n: item.sceneBoundingRect().center() for n, item in scene.notes.items()}}
    for start, key, coordinate in (("comunidad", Qt.Key.Key_Left, "x"),
                                   ("llamada", Qt.Key.Key_Up, "y")):
        scene.select_touchpoints([start])
        view.centerOn(scene.cards[start])
        visited = [start]
        while True:  # cards and notes alike, up to the map's edge
            ctrl(window, key)
            (item,) = scene.selectedItems()
            rect = item.sceneBoundingRect()  # a note about a whole stage: its beginning
            rect.setWidth(min(rect.width(), 200))
            assert not _hidden_under_headers(window, rect), visited
            here = getattr(item, "touchpoint_id", None) or item.note_id
            if here == visited[-1]:
                break
            visited.append(here)
        positions = [getattr(centers[v], coordinate)() for v in visited]
        assert positions == sorted(positions, reverse=True)  # always on that way
        assert len(visited) > 3
        assert positions[-1] <= min(getattr(c, coordinate)() for c in centers.values()) + 120


def test_auto_scroll_keeps_the_cell_cursor_clear_of_the_pinned_headers(window):
    view, scene = window.view, window.view.journey_scene
    view.set_zoom(1.6)
    scene.clearSelection()
    scene.set_cursor(Cell("despues", "telefono", 4))
    view.centerOn(scene.cell_rect(scene.cursor).center())
    for key in [Qt.Key.Key_Left] * 12 + [Qt.Key.Key_Up] * 12:
        QTest.keyClick(view, key)
        assert not _hidden_under_headers(window, scene.cell_rect(scene.cursor)), scene.cursor
    # up through the channels into the lanes of notes above them, as between channels
    assert scene.cursor.channel_id == "objetivos"


def test_a_path_made_with_ctrl_k_is_told_in_the_status_bar_without_a_beep(window, monkeypatch):
    beeps = []
    monkeypatch.setattr("PySide6.QtWidgets.QApplication.beep", lambda: beeps.append(1))
    scene = window.view.journey_scene
    scene.select_touchpoints(["blog"])
    ctrl(window, Qt.Key.Key_K)
    assert "Ctrl+K" in window.statusBar().currentMessage()
    scene.select_touchpoints(["catalogo"])
    ctrl(window, Qt.Key.Key_K)
    message = window.statusBar().currentMessage()
    assert "Ctrl+K" not in message  # not the stale "go to the target card"
    assert message.startswith("Path “") and "P, N or D" in message
    assert not beeps  # nothing went wrong


def test_esc_after_quick_add_leaves_one_keyboard_position(window):
    scene, view = window.view.journey_scene, window.view
    scene.clearSelection()
    scene.set_cursor(Cell("despues", "telefono", 0))
    QTest.keyClicks(view, "E")
    QTest.keyClicks(view.editor, "ncuesta")
    QTest.keyClick(view.editor, Qt.Key.Key_Return)  # added; the next one is being typed
    QTest.keyClick(view.editor, Qt.Key.Key_Escape)
    added = window.controller.doc.touchpoints[-1]
    assert selected(window) == [added.id]
    assert scene.cursor is None  # no dashed cell beside the selected card
    QTest.keyClick(view, Qt.Key.Key_Escape)  # drops the selection, keeps the position
    assert scene.cursor == Cell(added.stage, added.channel, added.step)
