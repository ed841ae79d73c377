"""The canvas editor driven through real widgets: mouse and key events on the
view, menu actions and shortcuts. Each test checks the document afterwards and
that undo restores it byte for byte."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from journeydesigner.fileio import dumps, load, loads
from journeydesigner.gui import plain_text
from journeydesigner.gui.canvas.view import LIBRARY_MIME
from journeydesigner.gui.dialogs import delete_header
from journeydesigner.gui.main_window import MainWindow
from journeydesigner.layout import Cell

from .canvas_helpers import (
    assert_undo_redo,
    card_point,
    cell_point,
    drag,
    snapshot,
    tp,
    viewport_point,
)


def test_window_shows_the_example(window):
    scene = window.view.journey_scene
    doc = window.controller.doc
    assert set(scene.cards) == {t.id for t in doc.touchpoints}
    assert set(scene.connections) == {c.id for c in doc.connections}
    assert set(scene.stage_headers) == {s.id for s in doc.stages}
    assert "compra-online.es.journey" in window.windowTitle()
    assert not window.isWindowModified()


def test_drag_card_to_another_cell_is_one_undoable_command(window):
    before = snapshot(window)
    target = Cell("despues", "telefono", 0)
    drag(window, card_point(window, "blog"), cell_point(window, target))
    moved = tp(window, "blog")
    assert (moved.stage, moved.channel, moved.step) == ("despues", "telefono", 0)
    assert window.controller.undo_stack.count() == 1
    assert window.undo_action.text() == f"&Undo Move “{moved.title}”"
    assert window.isWindowModified()
    assert_undo_redo(window, before, snapshot(window))
    window.controller.undo_stack.undo()
    assert not window.isWindowModified()


def test_paths_follow_a_card_while_it_is_dragged(window):
    scene = window.view.journey_scene
    g = scene.geometry
    links = [g.connections[k] for k in g.connections_at("blog")]
    assert links
    vp = window.view.viewport()
    start = card_point(window, "blog")
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    end = cell_point(window, Cell("despues", "telefono", 0))
    for i in range(1, 4):
        QTest.mouseMove(vp, start + (end - start) * (i / 4))
    card = scene.cards["blog"].sceneBoundingRect()
    for path in links:  # mid-drag: each path ends on the card where it is now
        drawn = scene.connections[path.connection_id]._source[0]
        point = drawn.start if path.source_id == "blog" else drawn.end
        assert card.adjusted(-1, -1, 1, 1).contains(QPointF(*point))
    assert tp(window, "blog").stage != "despues"  # the document waits for the drop
    QTest.mouseMove(vp, end)
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    assert tp(window, "blog").stage == "despues"
    for path in scene.geometry.connections:
        assert scene.connections[path.connection_id]._source[0] == path


def test_ctrl_click_two_cards_and_move_them_together(window):
    scene = window.view.journey_scene
    vp = window.view.viewport()
    QTest.mouseClick(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     card_point(window, "blog"))
    QTest.mouseClick(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     card_point(window, "ig-anuncio"))
    assert set(scene.selected_touchpoint_ids()) == {"blog", "ig-anuncio"}
    before = snapshot(window)
    g = scene.geometry
    lane_down = g.lane("chat").row.y - g.lane("web").row.y
    rect = g.cards["blog"].rect
    start = card_point(window, "blog")
    drag(window, start, viewport_point(window, rect.x + 60, rect.y + 36 + lane_down))
    after = snapshot(window)
    assert tp(window, "blog").channel == "chat"
    assert tp(window, "ig-anuncio").channel == "web"
    assert window.controller.undo_stack.count() == 1
    assert_undo_redo(window, before, after)


def test_rubber_band_selects_cards(window):
    scene = window.view.journey_scene
    g = scene.geometry
    first, last = g.cards["ig-anuncio"].rect, g.cards["blog"].rect
    start = window.view.mapFromScene(QPointF(first.x - 8, min(first.y, last.y) - 8))
    end = window.view.mapFromScene(QPointF(last.right + 8, max(first.bottom, last.bottom) + 8))
    drag(window, start, end)
    assert {"ig-anuncio", "blog"} <= set(scene.selected_touchpoint_ids())
    assert window.controller.undo_stack.count() == 0  # selecting is no edit


def test_arrow_keys_move_the_selected_card(window):
    scene = window.view.journey_scene
    scene.select_touchpoints(["ig-anuncio"])
    before = snapshot(window)
    QTest.keyClick(window.view, Qt.Key.Key_Down)
    assert tp(window, "ig-anuncio").channel == "web"
    QTest.keyClick(window.view, Qt.Key.Key_Right)
    assert tp(window, "ig-anuncio").step == 1
    assert window.controller.undo_stack.count() == 2
    assert_undo_redo(window, before, snapshot(window), steps=2)


def test_ctrl_arrows_walk_between_cards(window):
    scene = window.view.journey_scene
    scene.select_touchpoints(["ig-anuncio"])
    QTest.keyClick(window.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    selected = scene.selected_touchpoint_ids()
    assert len(selected) == 1 and selected != ["ig-anuncio"]
    assert window.controller.undo_stack.count() == 0


def test_double_click_empty_cell_then_quick_add_two_cards(window):
    scene = window.view.journey_scene
    before = snapshot(window)
    cell = Cell("despues", "telefono", 0)
    assert not scene.geometry.cells.get(cell)
    QTest.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier, cell_point(window, cell))
    editor = window.view.editor
    assert editor.isVisible()
    QTest.keyClicks(editor, "Encuesta por telefono")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert editor.isVisible()  # typing mode goes on in the next step
    QTest.keyClicks(editor, "Llamada de seguimiento")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    doc = window.controller.doc
    added = [t for t in doc.touchpoints if t.channel == "telefono" and t.stage == "despues"]
    assert [(t.title, t.step) for t in added] == [
        ("Encuesta por telefono", 0), ("Llamada de seguimiento", 1)]
    assert window.controller.undo_stack.count() == 2
    assert_undo_redo(window, before, snapshot(window), steps=2)


def test_typing_on_a_selected_card_adds_one_in_the_next_step(window):
    scene = window.view.journey_scene
    scene.select_touchpoints(["ig-anuncio"])
    QTest.keyClicks(window.view, "R")
    assert window.view.editor.hasFocus() or window.view.editor.isVisible()
    QTest.keyClicks(window.view.editor, "emarketing")
    QTest.keyClick(window.view.editor, Qt.Key.Key_Return)
    QTest.keyClick(window.view.editor, Qt.Key.Key_Escape)
    new = [t for t in window.controller.doc.touchpoints if t.title == "Remarketing"]
    assert len(new) == 1
    base = tp(window, "ig-anuncio")
    assert (new[0].stage, new[0].channel, new[0].step) == (base.stage, base.channel, base.step + 1)


def test_f2_renames_a_card_inline(window):
    scene = window.view.journey_scene
    scene.select_touchpoints(["blog"])
    before = snapshot(window)
    QTest.keyClick(window.view, Qt.Key.Key_F2)
    editor = window.view.editor
    assert editor.isVisible() and editor.text() == tp(window, "blog").title
    editor.selectAll()
    QTest.keyClicks(editor, "Guia de tallas")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert tp(window, "blog").title == "Guia de tallas"
    assert window.controller.undo_stack.count() == 1
    assert_undo_redo(window, before, snapshot(window))


def test_double_click_card_edits_and_escape_cancels(window):
    before = snapshot(window)
    QTest.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier, card_point(window, "blog"))
    editor = window.view.editor
    assert editor.isVisible()
    QTest.keyClicks(editor, "xyz")
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert snapshot(window) == before


def test_delete_removes_card_with_its_connections(window):
    scene = window.view.journey_scene
    doc = window.controller.doc
    linked = [c.id for c in doc.connections if "carrito" in (c.source, c.target)]
    assert linked
    scene.select_touchpoints(["carrito"])
    before = snapshot(window)
    window.delete_action.trigger()
    assert tp(window, "carrito") is None
    assert not {c.id for c in doc.connections} & set(linked)
    assert "carrito" not in scene.cards
    assert_undo_redo(window, before, snapshot(window))
    window.controller.undo_stack.undo()
    assert "carrito" in scene.cards


def test_delete_key_reaches_the_action(window):
    window.view.journey_scene.select_touchpoints(["blog"])
    QTest.keyClick(window.view, Qt.Key.Key_Delete)
    assert tp(window, "blog") is None


def test_copy_paste_into_a_cell_and_duplicate(window):
    scene = window.view.journey_scene
    doc = window.controller.doc
    scene.select_touchpoints(["chatbot", "carrito"])
    window.copy_action.trigger()
    payload = json.loads(QGuiApplication.clipboard().text())
    assert {t["id"] for t in payload["touchpoints"]} == {"chatbot", "carrito"}
    scene.clearSelection()
    scene.set_cursor(Cell("despues", "telefono", 0))
    before = snapshot(window)
    count = len(doc.touchpoints)
    window.paste_action.trigger()
    assert len(doc.touchpoints) == count + 2
    pasted = doc.touchpoints[-2:]
    assert {t.stage for t in pasted} == {"despues"}
    assert {t.title for t in pasted} == {tp(window, "chatbot").title, tp(window, "carrito").title}
    # the connection between the two came along, re-pointed at the copies
    assert any(c.source in {t.id for t in pasted} for c in doc.connections)
    assert window.controller.undo_stack.count() == 1
    assert_undo_redo(window, before, snapshot(window))
    scene.select_touchpoints(["blog"])
    window.duplicate_action.trigger()
    copy = doc.touchpoints[-1]
    assert copy.title == tp(window, "blog").title and copy.step == tp(window, "blog").step + 1
    assert scene.selected_touchpoint_ids() == [copy.id]


def test_cut_removes_and_paste_brings_back(window):
    scene = window.view.journey_scene
    scene.select_touchpoints(["blog"])
    title = tp(window, "blog").title
    window.cut_action.trigger()
    assert tp(window, "blog") is None
    scene.set_cursor(Cell("antes", "web", 0))
    window.paste_action.trigger()
    assert any(t.title == title for t in window.controller.doc.touchpoints)


def test_stages_add_move_recolour_delete(window, monkeypatch):
    doc = window.controller.doc
    scene = window.view.journey_scene
    before = snapshot(window)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Recomendacion", True))
    scene.stage_headers["despues"].setSelected(True)
    window.add_stage_action.trigger()
    assert [s.name for s in doc.stages][-1] == "Recomendacion"
    new_id = doc.stages[-1].id
    scene.clearSelection()
    scene.stage_headers[new_id].setSelected(True)
    window.move_earlier_action.trigger()
    assert [s.id for s in doc.stages] == ["antes", "durante", new_id, "despues"]
    assert scene.stage_headers[new_id].isSelected()
    window.rename_action.trigger()
    QTest.keyClicks(window.view.editor, "Lealtad")
    QTest.keyClick(window.view.editor, Qt.Key.Key_Return)
    assert doc.stage(new_id).name == "Lealtad"
    # delete a stage that holds touchpoints: asks first
    asked = []
    monkeypatch.setattr(delete_header, "ask", lambda box: asked.append(box.text()) or True)
    scene.clearSelection()
    scene.stage_headers["durante"].setSelected(True)
    window.delete_action.trigger()
    assert asked and doc.stage("durante") is None
    assert all(t.stage != "durante" for t in doc.touchpoints)
    after = snapshot(window)
    stack = window.controller.undo_stack
    assert stack.count() == 4
    assert_undo_redo(window, before, after, steps=4)


def test_channels_add_toggle_kind_reorder(window, monkeypatch):
    doc = window.controller.doc
    scene = window.view.journey_scene
    before = snapshot(window)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("WhatsApp", True))
    scene.lane_headers["chat"].setSelected(True)
    window.add_channel_action.trigger()
    new = next(c for c in doc.channels if c.name == "WhatsApp")
    assert [c.id for c in doc.channels].index(new.id) == [c.id for c in doc.channels].index(
        "chat") + 1
    scene.clearSelection()
    scene.lane_headers[new.id].setSelected(True)
    window.toggle_kind_action.trigger()
    assert doc.channel(new.id).kind == "in_person"
    lanes = [lane.channel_id for lane in scene.geometry.lanes]
    assert lanes.index(new.id) > lanes.index("email")  # now in the in-person group
    window.move_later_action.trigger()  # moves within its group: after the store
    lanes = [lane.channel_id for lane in scene.geometry.lanes]
    assert lanes.index(new.id) == lanes.index("tienda") + 1
    assert window.controller.undo_stack.count() == 3
    assert_undo_redo(window, before, snapshot(window), steps=3)


def header_point(win, item) -> object:
    rect = item.sceneBoundingRect()
    return viewport_point(win, rect.center().x(), rect.center().y())


def test_drag_a_stage_header_to_reorder_stages(window):
    scene = window.view.journey_scene
    doc = window.controller.doc
    ids = [s.id for s in doc.stages]
    before = snapshot(window)
    g = scene.geometry
    first = scene.stage_headers[ids[0]]
    # drop the first stage just right of the second stage's column
    end = viewport_point(window, g.stage(ids[1]).column.right - 4,
                         first.sceneBoundingRect().center().y())
    drag(window, header_point(window, first), end)
    assert [s.id for s in doc.stages] == [ids[1], ids[0], *ids[2:]]
    assert scene.stage_headers[ids[0]].isSelected()
    assert not scene._drop_line.isVisible()
    assert window.controller.undo_stack.count() == 1
    assert window.controller.undo_stack.text(0).startswith("Move stage “")
    assert scene.geometry.stages[1].stage_id == ids[0]
    assert_undo_redo(window, before, snapshot(window))


def test_drag_a_lane_header_moves_the_channel_within_its_group(window):
    scene = window.view.journey_scene
    doc = window.controller.doc
    g = scene.geometry
    group = [lane for lane in g.lanes if lane.kind == g.lanes[0].kind]
    assert len(group) >= 2
    top, below = group[0].channel_id, group[1].channel_id
    before = snapshot(window)
    item = scene.lane_headers[below]
    x = item.sceneBoundingRect().center().x()
    # dragged far below the map: the channel still stays in its own group (last in it)
    end = viewport_point(window, x, g.lanes[-1].row.bottom - 2)
    drag(window, header_point(window, scene.lane_headers[top]), end)
    shown = [lane.channel_id for lane in scene.geometry.lanes if lane.kind == g.lanes[0].kind]
    assert shown == [*[c for c in (lane.channel_id for lane in group) if c != top], top]
    # the other group's lanes did not move, and no channel changed group
    assert [lane.channel_id for lane in scene.geometry.lanes[len(group):]] == \
        [lane.channel_id for lane in g.lanes[len(group):]]
    assert {c.id: c.kind for c in doc.channels} == {c.id: c.kind for c in loads(before).channels}
    assert_undo_redo(window, before, snapshot(window))


def test_a_short_press_on_a_header_selects_without_moving(window):
    scene = window.view.journey_scene
    ids = [s.id for s in window.controller.doc.stages]
    item = scene.stage_headers[ids[0]]
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, header_point(window, item))
    assert item.isSelected()
    assert [s.id for s in window.controller.doc.stages] == ids
    assert window.controller.undo_stack.count() == 0


def test_cannot_delete_the_last_stage(window, monkeypatch):
    monkeypatch.setattr(delete_header, "ask", lambda box: True)
    scene = window.view.journey_scene
    for stage_id in ["antes", "durante"]:
        scene.clearSelection()
        scene.stage_headers[stage_id].setSelected(True)
        window.delete_action.trigger()
    scene.clearSelection()
    scene.stage_headers["despues"].setSelected(True)
    window.delete_action.trigger()
    assert [s.id for s in window.controller.doc.stages] == ["despues"]
    assert "at least one stage" in window.statusBar().currentMessage()


def test_zoom_shortcuts_and_fit(window):
    view = window.view
    view.set_zoom(1.0)
    window.zoom_in_action.trigger()
    assert view.zoom() > 1.0
    window.zoom_out_action.trigger()
    window.zoom_out_action.trigger()
    assert view.zoom() < 1.0
    window.zoom_fit_action.trigger()
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    rect = view.sceneRect()
    assert shown.width() >= rect.width() - 2 or shown.height() >= rect.height() - 2


def test_palette_drop_creates_a_touchpoint(window):
    doc = window.controller.doc
    count = len(doc.touchpoints)
    mime = QMimeData()
    mime.setData(LIBRARY_MIME, b"newsletter")
    entry_ids = [e.id for e in __import__("journeydesigner.templates",
                                          fromlist=["load_library"]).load_library()]
    entry_id = "newsletter" if "newsletter" in entry_ids else entry_ids[0]
    mime.setData(LIBRARY_MIME, entry_id.encode())
    pos = cell_point(window, Cell("despues", "email", 0))
    event = QDropEvent(QPointF(pos), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.view.dropEvent(event)
    assert len(doc.touchpoints) == count + 1
    new = doc.touchpoints[-1]
    assert (new.stage, new.channel) == ("despues", "email")
    assert window.controller.undo_stack.count() == 1


def test_open_edit_save_reopen_keeps_every_field(window, example_copy, tmp_path, monkeypatch):
    window.view.journey_scene.select_touchpoints(["blog"])
    QTest.keyClick(window.view, Qt.Key.Key_Down)
    assert window.isWindowModified()
    assert window.save()
    assert not window.isWindowModified()
    assert (example_copy.parent / (example_copy.name + ".bak")).exists()
    saved = load(example_copy)
    assert dumps(saved) == snapshot(window)
    original = load(example_copy.parent / (example_copy.name + ".bak"))
    # every other field is untouched
    for a, b in zip(original.touchpoints, saved.touchpoints, strict=True):
        if a.id != "blog":
            assert a == b
    from journeydesigner.gui.locks import LockDialog

    # the first window still holds the file: the second one opens it read-only
    monkeypatch.setattr(LockDialog, "exec", lambda dialog: 1)
    monkeypatch.setattr(LockDialog, "choice", lambda dialog: "read_only")
    other = MainWindow()
    try:
        assert other.open_path(example_copy, ask=False)
        assert other.read_only and "[read-only]" in other.windowTitle()
        assert dumps(other.controller.doc) == dumps(saved)
    finally:
        other.close()
        other.deleteLater()


def test_broken_file_shows_the_problems_and_keeps_the_map(window, tmp_path, monkeypatch):
    bad = tmp_path / "bad.journey"
    data = json.loads(dumps(window.controller.doc))
    data["touchpoints"][3]["stage"] = "checkout"
    bad.write_text(json.dumps(data), encoding="utf-8")
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.detailedText()) or 0)
    before = snapshot(window)
    assert not window.open_path(bad, ask=False)
    assert shown and 'touchpoints[3].stage: no stage with id "checkout"' in shown[0]
    assert snapshot(window) == before


def test_unsaved_changes_prompt_can_cancel_open(window, example_copy, monkeypatch):
    window.view.journey_scene.select_touchpoints(["blog"])
    QTest.keyClick(window.view, Qt.Key.Key_Down)
    edited = snapshot(window)
    monkeypatch.setattr(plain_text, "ask",
                        lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert not window.open_path(example_copy)
    assert snapshot(window) == edited
    monkeypatch.setattr(plain_text, "ask",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    assert window.open_path(example_copy)
    assert snapshot(window) == dumps(load(example_copy))


def test_shortcut_list_is_generated_from_actions(window):
    rows = dict(window.shortcut_rows())
    assert "Undo" in rows and "Delete" in rows and "Fit to Window" in rows
    assert rows["Fit to Window"] == "Ctrl+0"


def test_recent_files_remember_opened_maps(window, example_copy):
    from journeydesigner.gui.recent_files import recent_files

    assert recent_files()[0] == str(example_copy.resolve())
    window._fill_recent()
    assert window.recent_menu.actions()[0].text() == example_copy.name
