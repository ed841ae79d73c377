"""The edition-2 lanes on the canvas: one item per lane with its notes, the two
blueprint lines, the persona filter, plain text, and pictures drawn from the scene."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from journeydesigner.gui.picture import render_svg

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from lane_maps import every_lane_kind  # noqa: E402


@pytest.fixture
def lanes_window(qtbot, tmp_path):
    from journeydesigner.gui.main_window import MainWindow

    data = every_lane_kind()
    data["personas"].append({"id": "ben", "name": "Ben"})
    data["notes"].append({"id": "g2", "lane": "goals", "stage": "during", "step": 0,
                          "text": "<b>Not bold</b> & fast"})
    path = tmp_path / "lanes.journey"
    path.write_text(json.dumps(data), encoding="utf-8")
    win = MainWindow()
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_path(path, ask=False)
    yield win
    win.controller.undo_stack.setClean()
    win.close()


def test_the_scene_has_a_header_per_lane_an_item_per_note_and_the_two_lines(lanes_window):
    scene = lanes_window.view.journey_scene
    g = scene.geometry
    assert list(scene.note_lane_headers) == ["goals", "pains", "ideas", "front", "back",
                                             "support"]
    assert all(h.kind == "lane" and h.flags() & h.GraphicsItemFlag.ItemIsSelectable
               for h in scene.note_lane_headers.values())
    # the computed lanes are painted from the cards; written notes are items of their own
    entries = {item.box.lane_id: [n.touchpoint_id for n in item.notes]
               for item in scene.lane_items}
    assert entries == {"pains": ["ad"], "ideas": ["ad"]}
    lanes = {note_id: item.box.lane_id for note_id, item in scene.notes.items()}
    assert lanes == {"g1": "goals", "g2": "goals", "f1": "front", "b1": "back",
                     "s1": "support"}
    assert [item.label for item in scene.lane_line_items] == [
        "Line of visibility", "Line of internal interaction"]
    # the emotion lane names its levels with the map's own labels
    assert scene.grid.emotion_names == {-2: "Furious", -1: "Annoyed", 0: "Meh", 1: "Pleased",
                                        2: "Delighted"}
    for item in (*scene.lane_items, *scene.lane_line_items, scene.lane_rows, scene.note_links,
                 *scene.notes.values()):
        assert item.scene() is scene
    assert {(k.note_id, k.touchpoint_id) for k in scene.note_links.links} == {
        ("f1", "till"), ("b1", "till"), ("s1", "ad")}
    # rows under the lines, under the links, under the entries and notes, under the cards
    note = scene.notes["g1"]
    assert (scene.lane_rows.zValue() < scene.lane_line_items[0].zValue()
            < scene.note_links.zValue() < scene.lane_items[0].zValue() < note.zValue())
    # the notes sit where the layout put them, under the cards
    box = next(b for b in g.notes if b.note_id == "g1")
    assert (note.pos().x(), note.pos().y()) == (box.rect.x, box.rect.y)
    assert all(item.zValue() < card.zValue() for item in scene.notes.values()
               for card in scene.cards.values())


def test_persona_filter_dims_notes_and_refreshing_keeps_the_items(lanes_window):
    scene = lanes_window.view.journey_scene
    items = dict(scene.notes)
    lanes_window.set_persona_filter("ben")
    assert scene.notes["f1"].box.dimmed and scene.notes["f1"].opacity() < 1
    assert not scene.notes["g1"].box.dimmed
    lanes_window.set_persona_filter(None)
    assert not any(item.box.dimmed for item in scene.notes.values())
    assert scene.notes == items  # the same items, so a selection survives
    assert len([i for i in scene.items() if type(i).__name__ == "LaneItem"]) == 2


def test_pictures_show_the_lanes_with_note_text_as_plain_text(lanes_window):
    doc = lanes_window.controller.doc
    svg = render_svg(doc).decode("utf-8")
    for text in ("Goals", "Cashier greets", "Too many ads", "Line of visibility"):
        assert text in svg, text
    assert "&lt;b&gt;Not" in svg  # shown as typed, never as markup


def test_lane_headers_and_line_labels_stay_at_the_left_when_scrolled(lanes_window):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    from journeydesigner import style

    scene = lanes_window.view.journey_scene
    row = scene.geometry.note_lanes[0].row
    spot = QRectF(row.x + 300, row.y + row.h - 6, 4, 4)  # in the row, below any note

    def color_at() -> str:
        image = QImage(4, 4, QImage.Format.Format_RGB32)
        painter = QPainter(image)
        scene.render(painter, QRectF(0, 0, 4, 4), spot)
        painter.end()
        return QColor(image.pixel(2, 2)).name().upper()

    assert color_at() == style.LANE_ROW_COLORS["notes"].upper()
    scene.pin_headers(spot.x() - 20, 0)
    assert color_at() == style.LANE_HEADER_COLORS["notes"].upper()
    assert all(item.pin_x == spot.x() - 20 for item in scene.lane_line_items)
    scene.pin_headers(0, 0)
    assert color_at() == style.LANE_ROW_COLORS["notes"].upper()


def test_the_overview_pictures_the_lanes(lanes_window):
    from PySide6.QtGui import QColor

    from journeydesigner import style
    from journeydesigner.gui.canvas.overview import Overview

    overview = Overview(lanes_window.view)
    overview._rebuild()
    image = overview._picture.toImage()
    scale = overview._scale * overview._picture.devicePixelRatio()
    g = lanes_window.view.journey_scene.geometry
    support = g.note_lanes[-1].row
    x, y = support.right - 20, support.y + support.h / 2  # no note there
    assert QColor(image.pixel(int(x * scale), int(y * scale))).name().upper() == (
        style.LANE_ROW_COLORS["support"].upper())
