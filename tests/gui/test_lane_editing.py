"""Editing lanes and notes on the canvas (issue 15 item 3): the Map menu's lanes,
headers renamed, moved, recoloured and deleted, notes typed in a lane's cell, edited,
moved with the keys and the mouse, linked with Ctrl+K, copied and pasted, deleted,
and their Properties pages; every gesture one undo step."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from journeydesigner import edits
from journeydesigner.layout import Cell
from journeydesigner.model import LaneKind

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from lane_maps import every_lane_kind  # noqa: E402

from .canvas_helpers import drag  # noqa: E402


@pytest.fixture
def example_copy(tmp_path) -> Path:
    """The map the ``window`` fixture opens: one with a lane of every kind."""
    path = tmp_path / "lanes.journey"
    path.write_text(json.dumps(every_lane_kind()), encoding="utf-8")
    return path


@pytest.fixture
def win(window):
    return window


def steps(w) -> int:
    return w.controller.undo_stack.count()


def type_in(w, text: str) -> None:
    QTest.keyClicks(w.view, text[0])
    QTest.keyClicks(w.view.editor, text[1:])
    QTest.keyClick(w.view.editor, Qt.Key.Key_Return)


def test_typing_in_a_lane_cell_writes_notes_a_step_apart_each_one_undo_step(win):
    scene, doc = win.view.journey_scene, win.controller.doc
    before = steps(win)
    scene.clearSelection()
    scene.set_cursor(Cell("during", "goals", 0))
    for text in ("Pay fast", "<b>No queue</b>", "Get a receipt"):
        type_in(win, text)
    QTest.keyClick(win.view.editor, Qt.Key.Key_Escape)
    doc = win.controller.doc
    new = [n for n in doc.notes if n.lane == "goals" and n.stage == "during"]
    assert [(n.text, n.step) for n in new] == [
        ("Pay fast", 0), ("<b>No queue</b>", 1), ("Get a receipt", 2)]
    assert steps(win) == before + 3
    assert scene.selected_note_ids() == [new[-1].id]  # the keys stay on the last one
    assert "<b>" in scene.notes[new[1].id].toolTip().replace("&lt;", "<").replace("&gt;", ">")
    win.controller.undo_stack.undo()
    assert len([n for n in win.controller.doc.notes if n.lane == "goals"]) == 3


def test_a_computed_lane_takes_no_notes_and_the_library_no_lane_cell(win):
    scene = win.view.journey_scene
    g = scene.geometry
    pains = g.note_lane("pains").row
    x = g.stage("before").column.x + 20
    assert g.note_cell_at(x, pains.y + 5) is None  # pain points come from the cards
    assert g.note_cell_at(x, g.note_lane("goals").row.y + 5) == Cell("before", "goals", 0)
    scene.set_cursor(Cell("before", "goals", 0))
    assert not win.view.add_library_entry(next(iter(_library_ids())))


def _library_ids():
    from journeydesigner.templates import load_library

    return [e.id for e in load_library()]


def test_f2_edits_a_note_and_delete_removes_it_with_one_undo(win):
    scene = win.view.journey_scene
    scene.select_notes(["f1"])
    QTest.keyClick(win.view, Qt.Key.Key_F2)
    assert win.view.editor.isVisible() and win.view.editor.text() == "Cashier greets"
    win.view.editor.setText("Cashier greets by name")
    QTest.keyClick(win.view.editor, Qt.Key.Key_Return)
    assert win.controller.doc.note("f1").text == "Cashier greets by name"
    scene.select_notes(["f1"])
    win.delete_action.trigger()
    assert win.controller.doc.note("f1") is None
    win.controller.undo_stack.undo()
    assert win.controller.doc.note("f1").text == "Cashier greets by name"
    assert "f1" in scene.notes


def test_arrows_move_notes_by_step_and_among_lanes_of_their_group(win):
    scene = win.view.journey_scene
    scene.select_notes(["b1"])
    QTest.keyClick(win.view, Qt.Key.Key_Left)  # to the stage before, after its last step
    assert (win.controller.doc.note("b1").stage, win.controller.doc.note("b1").step) == (
        "before", 1)
    QTest.keyClick(win.view, Qt.Key.Key_Down)
    assert win.controller.doc.note("b1").lane == "support"
    QTest.keyClick(win.view, Qt.Key.Key_Down)  # the lowest lane of the blueprint
    assert win.controller.doc.note("b1").lane == "support"
    assert scene.selected_note_ids() == ["b1"]
    scene.select_notes(["g1"])  # above the grid, alone in its group
    QTest.keyClick(win.view, Qt.Key.Key_Down)
    assert win.controller.doc.note("g1").lane == "goals"
    QTest.keyClick(win.view, Qt.Key.Key_Right)  # about its whole stage: a stage on
    assert (win.controller.doc.note("g1").stage, win.controller.doc.note("g1").step) == (
        "during", None)


def test_dragging_a_note_drops_it_in_the_lane_cell_under_it(win, qtbot):
    view, scene = win.view, win.view.journey_scene
    g = scene.geometry
    item = scene.notes["f1"]
    target = g.cell_rect(Cell("before", "back", 0))
    start = view.mapFromScene(item.sceneBoundingRect().center())
    end = view.mapFromScene(target.x + target.w / 2, target.y + target.h / 2)
    before = steps(win)
    drag(win, start, end)
    note = win.controller.doc.note("f1")
    assert (note.lane, note.stage, note.step) == ("back", "before", 0)
    assert steps(win) == before + 1
    # dragged above the grid (another group): back where it was
    item = scene.notes["f1"]
    goals = g.note_lane("goals").row
    start = view.mapFromScene(item.sceneBoundingRect().center())
    end = view.mapFromScene(goals.x + 30, goals.y + 10)
    drag(win, start, end)
    assert win.controller.doc.note("f1").lane == "back"
    box = next(b for b in scene.geometry.notes if b.note_id == "f1")
    assert (item.pos().x(), item.pos().y()) == (box.rect.x, box.rect.y)  # snapped back


def test_ctrl_k_from_a_note_to_a_card_links_them(win):
    scene = win.view.journey_scene
    scene.select_notes(["g1"])
    QTest.keyClick(win.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert "Ctrl+K" in win.statusBar().currentMessage()
    scene.select_touchpoints(["ad"])
    before = steps(win)
    QTest.keyClick(win.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert win.controller.doc.note("g1").touchpoints == ["ad"]
    assert steps(win) == before + 1
    assert len(win.controller.doc.connections) == 1  # no path was started
    assert "Ad" in win.statusBar().currentMessage()


def test_copy_and_paste_carry_notes_to_the_lane_cell_chosen(win):
    scene = win.view.journey_scene
    scene.select_notes(["b1"])
    win.copy_action.trigger()
    scene.clearSelection()
    scene.set_cursor(Cell("before", "front", 0))
    win.paste_action.trigger()
    pasted = [n for n in win.controller.doc.notes if n.text == "Stock checked"]
    assert len(pasted) == 2
    assert (pasted[1].lane, pasted[1].stage, pasted[1].step) == ("front", "before", 0)
    assert scene.selected_note_ids() == [pasted[1].id]
    win.cut_action.trigger()
    assert len([n for n in win.controller.doc.notes if n.text == "Stock checked"]) == 1


def test_lanes_from_the_map_menu_and_their_headers(win, monkeypatch):
    scene = win.view.journey_scene
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText",
                        lambda *a, **k: ("Questions", True))
    win.lane_actions[LaneKind.NOTES].trigger()
    lanes = win.controller.doc.lanes
    assert (lanes[-1].name, lanes[-1].kind) == ("Questions", LaneKind.NOTES)
    new = lanes[-1].id
    assert scene.selectedItems() == [scene.note_lane_headers[new]]
    assert win.properties.shown_object() == ("lane", new)
    # move it above "Goals" with the keys, one step
    before = steps(win)
    win.move_earlier_action.trigger()
    assert [b.lane_id for b in scene.geometry.note_lanes][:2] == [new, "goals"]
    assert steps(win) == before + 1
    # rename with F2
    QTest.keyClick(win.view, Qt.Key.Key_F2)
    win.view.editor.setText("Open questions")
    QTest.keyClick(win.view.editor, Qt.Key.Key_Return)
    assert next(x for x in win.controller.doc.lanes if x.id == new).name == "Open questions"
    # delete it: no notes, nothing asked
    scene.select_header("lane", new)
    win.delete_action.trigger()
    assert new not in {x.id for x in win.controller.doc.lanes}


def test_deleting_a_lane_with_notes_asks_first(win, monkeypatch):
    asked = []
    monkeypatch.setattr("journeydesigner.gui.dialogs.delete_header.ask",
                        lambda box: asked.append(box.text()) or False)
    scene = win.view.journey_scene
    scene.select_header("lane", "back")
    win.delete_action.trigger()
    assert asked == ["Delete the lane “Backstage” with 1 note?"]
    assert win.controller.doc.note("b1") is not None  # Cancel keeps it


def test_service_blueprint_on_a_map_without_lanes(win):
    for lane in list(win.controller.doc.lanes):
        win.controller.perform(edits.delete_lane(win.controller.doc, lane.id))
    assert not win.controller.doc.lanes
    win.blueprint_action.trigger()
    assert [x.kind for x in win.controller.doc.lanes] == [
        LaneKind.FRONTSTAGE, LaneKind.BACKSTAGE, LaneKind.SUPPORT]
    assert [x.label_key for x in win.view.journey_scene.geometry.lane_lines] == [
        "line.visibility", "line.internal"]
    win.controller.undo_stack.undo()
    assert not win.controller.doc.lanes


def test_properties_of_a_note_lane_touchpoint_and_map(win, qtbot):
    scene, dock = win.view.journey_scene, win.properties
    scene.select_notes(["f1"])
    page = dock.note_page
    assert dock.stack.currentWidget() is page
    assert page.text.toPlainText() == "Cashier greets"
    assert [page.links.item(i).text() for i in range(page.links.count())] == [
        "Pay at the till"]
    page.step.setCurrentIndex(0)  # the whole stage
    assert win.controller.doc.note("f1").step is None
    page.links.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert win.controller.doc.note("f1").touchpoints == []
    scene.select_header("lane", "goals")
    lane_page = dock.lane_page
    kinds = [lane_page.kind_combo.itemText(i) for i in range(lane_page.kind_combo.count())]
    lane_page.kind_combo.setCurrentIndex(1)  # pain points: refused, the lane has a note
    assert next(x for x in win.controller.doc.lanes if x.id == "goals").kind == LaneKind.NOTES
    assert lane_page.kind_combo.currentText() == kinds[0]
    scene.select_touchpoints(["ad"])
    tp_page = dock.touchpoint_page
    assert tp_page.quotes.toPlainText() == "I saw it everywhere"
    tp_page.votes.setValue(5)
    assert win.controller.doc.touchpoint("ad").votes == 5
    win.show_map_properties()
    map_page = dock.map_page
    assert map_page.state.currentText().startswith("As-is")
    map_page.state.setCurrentIndex(2)
    assert win.controller.doc.state == "future"
    map_page.emotion_labels.setFocus()
    map_page.emotion_labels.setPlainText("Bad\nWorse")
    win.view.setFocus()
    qtbot.wait(10)
    assert win.controller.doc.emotion_labels == [
        "Furious", "Annoyed", "Meh", "Pleased", "Delighted"]  # five, not two: refused


def test_clicking_a_lane_cell_puts_the_cursor_there(win):
    view, scene = win.view, win.view.journey_scene
    g = scene.geometry
    goals = g.note_lane("goals").row
    column = g.stage("during").column
    point = view.mapFromScene(column.x + column.w - 10, goals.y + goals.h - 4)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, QPoint(point))
    assert scene.cursor is not None and scene.cursor.channel_id == "goals"
    QTest.keyClick(view, Qt.Key.Key_Up)  # the top row: stays
    assert scene.cursor.channel_id == "goals"
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert scene.cursor.channel_id == "web"  # from the lanes into the grid


def test_dragging_a_lane_header_reorders_lanes_of_its_kind(win):
    view, scene = win.view, win.view.journey_scene
    doc = win.controller.doc
    win.controller.perform(edits.insert_object(
        doc, "lanes", edits.new_lane(doc, "Questions", LaneKind.NOTES), 1, "add"))
    new = win.controller.doc.lanes[1].id
    assert [b.lane_id for b in scene.geometry.note_lanes][:2] == ["goals", new]
    header = scene.note_lane_headers[new]
    goals = scene.geometry.note_lane("goals").row
    start = view.mapFromScene(header.sceneBoundingRect().center())
    end = view.mapFromScene(header.sceneBoundingRect().center().x(), goals.y + 2)
    drag(win, start, end)
    assert [b.lane_id for b in scene.geometry.note_lanes][:2] == [new, "goals"]
    assert scene.selectedItems() == [scene.note_lane_headers[new]]
    win.controller.undo_stack.undo()
    assert [b.lane_id for b in scene.geometry.note_lanes][:2] == ["goals", new]


def test_recolouring_a_lane_header_is_one_undo_step(win, monkeypatch):
    from PySide6.QtGui import QColor

    monkeypatch.setattr("PySide6.QtWidgets.QColorDialog.getColor",
                        lambda *a, **k: QColor("#123456"))
    scene = win.view.journey_scene
    scene.select_header("lane", "front")
    before = win.controller.undo_stack.count()
    win.recolor_action.trigger()
    assert next(x for x in win.controller.doc.lanes if x.id == "front").color == "#123456"
    assert win.controller.undo_stack.count() == before + 1
    assert win.controller.undo_stack.undoText() == "Change colour of lane “Frontstage”"
