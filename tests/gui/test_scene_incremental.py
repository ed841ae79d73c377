"""Edits that only replace touchpoints redraw just what they touch; the scene
must still show exactly what a full refresh would."""

from __future__ import annotations

import random

import pytest

from journeydesigner import edits
from journeydesigner.gui.canvas.scene import JourneyScene
from journeydesigner.gui.controller import DocumentController
from journeydesigner.layout import compute_layout
from journeydesigner.sample import generate_document


def assert_scene_mirrors_document(scene: JourneyScene) -> None:
    doc = scene.controller.doc
    full = compute_layout(doc, scene.options)
    assert scene.geometry == full
    by_id = {t.id: t for t in doc.touchpoints}
    assert set(scene.cards) == set(full.cards)
    for tp_id, box in full.cards.items():
        item = scene.cards[tp_id]
        assert (item.pos().x(), item.pos().y()) == (box.rect.x, box.rect.y)
        assert item.touchpoint is by_id[tp_id]
        assert item.dimmed == box.dimmed
    assert set(scene.connections) == {path.connection_id for path in full.connections}
    for path in full.connections:
        item = scene.connections[path.connection_id]
        assert item._source[0] == path
        assert item.ends == (path.source_id, path.target_id)
    assert scene.grid.geometry.emotion_points == full.emotion_points


@pytest.fixture
def scene(qtbot):
    doc = generate_document(150, connections_per_touchpoint=1.5, seed=4)
    return JourneyScene(DocumentController(doc))


def test_moves_emotions_undo_and_redo_keep_the_scene_exact(scene) -> None:
    rng = random.Random(5)
    controller = scene.controller
    for _ in range(40):
        tp = rng.choice(controller.doc.touchpoints)
        if rng.random() < 0.6:
            target = (tp.stage, rng.choice(controller.doc.channels).id,
                      max(0, tp.step + rng.choice((-1, 0, 1))))
            controller.perform(edits.move_touchpoints(controller.doc, {tp.id: target}))
        else:
            controller.perform(edits.set_emotions(controller.doc, [tp.id],
                                                  rng.choice([None, -2, 0, 2])))
        assert_scene_mirrors_document(scene)
    for _ in range(15):
        controller.undo_stack.undo()
        assert_scene_mirrors_document(scene)
    for _ in range(10):
        controller.undo_stack.redo()
        assert_scene_mirrors_document(scene)


def test_a_move_keeps_selection_and_redraws_only_the_card_and_its_paths(scene) -> None:
    controller = scene.controller
    g = scene.geometry
    # a card alone in its cell, moved to an empty cell of the same step in another lane
    cell = next(c for c, ids in g.cells.items() if len(ids) == 1)
    tp_id = g.cells[cell][0]
    lane = next(lane.channel_id for lane in g.lanes
                if (cell.stage_id, lane.channel_id, cell.step) not in
                {(c.stage_id, c.channel_id, c.step) for c in g.cells})
    scene.select_touchpoints([tp_id])
    others = {i: item.pos() for i, item in scene.cards.items() if i != tp_id}
    controller.perform(edits.move_touchpoints(controller.doc,
                                              {tp_id: (cell.stage_id, lane, cell.step)}))
    assert scene.geometry.lanes is g.lanes  # the grid was not laid out again
    assert scene.selected_touchpoint_ids() == [tp_id]
    assert scene.cards[tp_id].pos().y() == scene.geometry.lane(lane).row.y + 10
    assert all(scene.cards[i].pos() == pos for i, pos in others.items())
    assert_scene_mirrors_document(scene)


def test_workshop_reveal_follows_a_card_moved_into_a_hidden_stage(scene) -> None:
    controller = scene.controller
    first, second = controller.doc.stages[0].id, controller.doc.stages[1].id
    scene.set_presentation(1, None)
    tp = next(t for t in controller.doc.touchpoints if t.stage == second)
    shown = next(t for t in controller.doc.touchpoints if t.stage == first)
    assert not scene.cards[tp.id].isVisible()
    controller.perform(edits.move_touchpoints(
        controller.doc, {tp.id: (first, shown.channel, shown.step)}))
    assert scene.cards[tp.id].isVisible()
    for conn_id, item in scene.connections.items():
        assert item.isVisible() == all(scene.cards[end].isVisible() for end in item.ends), conn_id


def test_connection_edits_touch_only_their_items(scene) -> None:
    controller = scene.controller
    doc = controller.doc
    cards_before = {i: item.pos() for i, item in scene.cards.items()}
    lanes = scene.geometry.lanes
    first, second = doc.touchpoints[0].id, doc.touchpoints[-1].id
    before = {c.id for c in doc.connections}
    assert controller.perform(edits.add_connection(doc, first, second, "negative", "Add"))
    (new,) = {c.id for c in doc.connections} - before
    assert new in scene.connections and scene.connections[new].polarity == "negative"
    assert scene.geometry.lanes is lanes  # nothing else was laid out again
    assert_scene_mirrors_document(scene)
    assert controller.perform(edits.set_connection_polarity(doc, new, "positive"))
    assert scene.connections[new].polarity == "positive"
    assert_scene_mirrors_document(scene)
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert new not in scene.connections
    assert_scene_mirrors_document(scene)
    assert {i: item.pos() for i, item in scene.cards.items()} == cards_before


def assert_lanes_mirror_document(scene: JourneyScene) -> None:
    assert_scene_mirrors_document(scene)
    g = scene.geometry
    for item in scene.lane_items:
        assert item.notes == [n for n in g.notes if n.lane_id == item.box.lane_id]
    shown = scene.note_links.links if scene.note_links is not None else []
    assert shown == g.note_links


def test_card_and_note_edits_on_a_map_with_lanes_keep_the_scene_exact(qtbot) -> None:
    """Cards the pain points, opportunities and links follow, and notes moved, edited and
    relinked: the lanes' items show what a full layout would, undo and redo included."""
    from tests.core.test_relayout import lane_map, random_move, random_note_edit

    rng = random.Random(3)
    scene = JourneyScene(DocumentController(lane_map(120, 8)))
    controller = scene.controller
    done = 0
    for _ in range(40):
        edit = (random_move(controller.doc, rng) if rng.random() < 0.5
                else random_note_edit(controller.doc, rng))
        if edit:
            controller.perform(edit)
            done += 1
        assert_lanes_mirror_document(scene)
    for _ in range(15):
        controller.undo_stack.undo()
        assert_lanes_mirror_document(scene)
    for _ in range(10):
        controller.undo_stack.redo()
        assert_lanes_mirror_document(scene)
    assert done > 30
