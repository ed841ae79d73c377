"""The incremental layout must always equal a full layout of the edited document."""

from __future__ import annotations

import random

import pytest

from journeydesigner import edits
from journeydesigner.layout import Geometry, LayoutOptions, compute_layout
from journeydesigner.model import Document
from journeydesigner.relayout import relayout
from journeydesigner.sample import generate_document


def step_in_turn(doc: Document, geometry: Geometry, edit: edits.Edit, options: LayoutOptions,
                 forward: bool = True) -> tuple[Geometry, bool]:
    """Apply (or revert) ``edit``; return the new layout and whether it was incremental."""
    (edits.apply if forward else edits.revert)(doc, edit)
    result = relayout(geometry, doc, edits.replaced_touchpoints(edit, forward), options)
    full = compute_layout(doc, options)
    if result is not None:
        assert result == full
        # the index of connections per card still matches the connections
        for tp_id in list(full.cards)[:50]:
            assert sorted(result.connections_at(tp_id)) == sorted(full.connections_at(tp_id))
    return (result or full), result is not None


def random_move(doc: Document, rng: random.Random) -> edits.Edit:
    tp = rng.choice(doc.touchpoints)
    stage = rng.choice(doc.stages).id if rng.random() < 0.3 else tp.stage
    channel = rng.choice(doc.channels).id if rng.random() < 0.5 else tp.channel
    step = max(0, tp.step + rng.choice((-1, 0, 1)))
    return edits.move_touchpoints(doc, {tp.id: (stage, channel, step)})


@pytest.mark.parametrize("persona_filter", [False, True])
def test_random_moves_and_undos_match_a_full_layout(persona_filter: bool) -> None:
    rng = random.Random(7)
    doc = generate_document(300, connections_per_touchpoint=1.5, seed=3)
    options = LayoutOptions(persona=doc.personas[0].id if persona_filter else None)
    geometry = compute_layout(doc, options)
    done, incremental = [], 0
    for _ in range(150):
        edit = random_move(doc, rng)
        if not edit:
            continue
        geometry, fast = step_in_turn(doc, geometry, edit, options)
        done.append(edit)
        incremental += fast
    for edit in reversed(done[-40:]):
        geometry, fast = step_in_turn(doc, geometry, edit, options, forward=False)
        incremental += fast
    # most moves keep the grid: the incremental path must really be taken
    assert incremental > len(done) // 2


def test_emotion_personas_and_text_changes_match_a_full_layout() -> None:
    rng = random.Random(11)
    doc = generate_document(200, connections_per_touchpoint=1.5, seed=5)
    persona = doc.personas[0].id
    options = LayoutOptions(persona=persona)
    geometry = compute_layout(doc, options)
    taken = 0
    for _ in range(60):
        tp = rng.choice(doc.touchpoints)
        change = rng.choice([
            {"emotion": rng.choice([None, -2, -1, 0, 1, 2])},
            {"personas": [] if tp.personas else [persona]},
            {"title": tp.title + " (edited)"},
        ])
        edit = edits.update_object(doc, "touchpoints", tp.id, change, "Edit")
        geometry, fast = step_in_turn(doc, geometry, edit, options)
        taken += fast
    assert taken == 60  # none of these changes the grid


def test_grid_changes_are_left_to_a_full_layout() -> None:
    doc = generate_document(60, connections_per_touchpoint=1.5, seed=1)
    geometry = compute_layout(doc)
    tp = doc.touchpoints[0]
    trailing = geometry.stage(tp.stage).steps[-1].step
    # into the trailing column: a new step column appears
    edit = edits.move_touchpoints(doc, {tp.id: (tp.stage, tp.channel, trailing)})
    edits.apply(doc, edit)
    assert relayout(geometry, doc, edits.replaced_touchpoints(edit)) is None


def test_a_move_that_keeps_the_grid_shares_everything_it_does_not_touch() -> None:
    doc = generate_document(120, connections_per_touchpoint=1.5, seed=2)
    geometry = compute_layout(doc)
    # a card of a two-card cell moves onto the other card's place in a one-card cell
    # of the same lane and step column set: no column or lane changes
    cell, (first, second) = next((c, ids) for c, ids in geometry.cells.items() if len(ids) == 2)
    single = next(c for c, ids in geometry.cells.items()
                  if len(ids) == 1 and c.channel_id == cell.channel_id and c != cell)
    edit = edits.move_touchpoints(doc, {second: (single.stage_id, single.channel_id, single.step)})
    edits.apply(doc, edit)
    result = relayout(geometry, doc, edits.replaced_touchpoints(edit))
    assert result is not None
    assert result == compute_layout(doc)
    assert result.stages is geometry.stages and result.lanes is geometry.lanes
    changed = {i for i in geometry.cards if result.cards[i] is not geometry.cards[i]}
    assert second in changed and changed <= {first, second, *geometry.cells[single]}
    rerouted = {k for k, path in enumerate(result.connections)
                if path is not geometry.connections[k]}
    own = set(geometry.connections_at(second))
    assert own <= rerouted
    # and the routed paths that weighed a route where the card was or now is
    places = (geometry.cards[second].rect, result.cards[second].rect)
    for k in rerouted - own:
        envelope = geometry.connections[k].envelope
        assert envelope is not None and any(envelope.intersects(r) for r in places)


def test_only_touchpoint_replacements_count_as_replaced_touchpoints() -> None:
    doc = generate_document(20, connections_per_touchpoint=1.5, seed=1)
    first, second = doc.touchpoints[0], doc.touchpoints[1]
    moves = {first.id: (first.stage, first.channel, first.step + 1),
             second.id: (second.stage, second.channel, second.step + 1)}
    edit = edits.move_touchpoints(doc, moves)
    forward = edits.replaced_touchpoints(edit)
    assert [(b.id, a.step - b.step) for b, a in forward] == [(first.id, 1), (second.id, 1)]
    backward = edits.replaced_touchpoints(edit, forward=False)
    assert [(b.id, b.step - a.step) for b, a in backward] == [(second.id, 1), (first.id, 1)]
    assert edits.replaced_touchpoints(edits.delete_touchpoints(doc, [first.id])) is None


def test_connection_edits_relink_to_the_full_layout() -> None:
    from journeydesigner.relayout import relink

    rng = random.Random(3)
    doc = generate_document(120, connections_per_touchpoint=1.5, seed=8)
    options = LayoutOptions(persona=doc.personas[0].id)
    geometry = compute_layout(doc, options)
    done = []
    for _ in range(40):
        choice = rng.random()
        if choice < 0.35:
            source, target = rng.sample(doc.touchpoints, 2)
            try:
                edit = edits.add_connection(doc, source.id, target.id,
                                            rng.choice(["positive", "negative", "neutral"]),
                                            "Add connection")
            except edits.EditError:
                continue
        elif choice < 0.6:
            edit = edits.delete_connections(doc, [rng.choice(doc.connections).id])
        elif choice < 0.8:
            conn = rng.choice(doc.connections)
            edit = edits.update_object(doc, "connections", conn.id,
                                       {"label": conn.label + " x"}, "Label")
        else:
            conn = rng.choice(doc.connections)
            other = "negative" if conn.polarity != "negative" else "positive"
            try:
                edit = edits.set_connection_polarity(doc, conn.id, other)
            except edits.EditError:
                continue
        changed = edits.changed_connections(edit)
        assert changed
        edits.apply(doc, edit)
        geometry = relink(geometry, doc, changed, options)
        assert geometry == compute_layout(doc, options)
        done.append(edit)
    for edit in reversed(done):
        edits.revert(doc, edit)
        geometry = relink(geometry, doc, edits.changed_connections(edit), options)
        assert geometry == compute_layout(doc, options)
    # other edits are not connection-only
    assert edits.changed_connections(edits.delete_touchpoints(doc, [doc.touchpoints[0].id])) \
        is None


# --- maps with the lanes of edition 2 ----------------------------------------------


def lane_map(n: int, seed: int) -> Document:
    """A generated map with 8 lanes of every kind, as many notes as touchpoints, and
    pain points and opportunities on one touchpoint in four."""
    from journeydesigner.sample import with_lanes

    rng = random.Random(seed)
    doc = with_lanes(generate_document(n, connections_per_touchpoint=1.5, seed=seed), n, seed)
    touchpoints = [tp.model_copy(update={"pain_points": ["Waits too long"],
                                         "opportunities": ["Call back"]})
                   if rng.random() < 0.25 else tp for tp in doc.touchpoints]
    return doc.model_copy(update={"touchpoints": touchpoints})


def step_notes(doc: Document, geometry: Geometry, edit: edits.Edit, options: LayoutOptions,
               forward: bool = True) -> tuple[Geometry, bool]:
    """As :func:`step_in_turn` for an edit of notes, through ``renote``."""
    from journeydesigner.relayout import renote

    (edits.apply if forward else edits.revert)(doc, edit)
    result = renote(geometry, doc, edits.replaced_notes(edit, forward), options)
    full = compute_layout(doc, options)
    if result is not None:
        assert result == full
    return (result or full), result is not None


@pytest.mark.parametrize("persona_filter", [False, True])
def test_card_moves_on_a_map_with_lanes_match_a_full_layout(persona_filter: bool) -> None:
    rng = random.Random(5)
    doc = lane_map(200, 4)
    options = LayoutOptions(persona=doc.personas[0].id if persona_filter else None)
    geometry = compute_layout(doc, options)
    assert geometry.note_links and any(n.touchpoint_id for n in geometry.notes)
    done, incremental, with_entries = [], 0, 0
    for _ in range(120):
        edit = random_move(doc, rng)
        if not edit:
            continue
        geometry, fast = step_in_turn(doc, geometry, edit, options)
        done.append(edit)
        incremental += fast
        with_entries += fast and bool(edit.ops[0].new.pain_points)
    for edit in reversed(done[-30:]):
        geometry, fast = step_in_turn(doc, geometry, edit, options, forward=False)
        incremental += fast
    assert incremental > len(done) // 2 and with_entries > 0


def random_note_edit(doc: Document, rng: random.Random) -> edits.Edit:
    note = rng.choice(doc.notes)
    holding = [lane.id for lane in doc.lanes if lane.kind not in ("pain_points", "opportunities")]
    same_group = [lane for lane in holding if lane == note.lane or rng.random() < 0.3]
    choice = rng.random()
    if choice < 0.5:
        step = None if rng.random() < 0.2 else max(0, (note.step or 0) + rng.choice((-1, 0, 1)))
        return edits.move_notes(doc, {note.id: (rng.choice(same_group), note.stage, step)})
    if choice < 0.7:
        return edits.update_note(doc, note.id, {"text": note.text[::-1]})
    if choice < 0.85:
        there = [t.id for t in doc.touchpoints if t.stage == note.stage][:2]
        return edits.update_note(doc, note.id, {"touchpoints": [] if note.touchpoints else there})
    return edits.update_note(doc, note.id,
                             {"personas": [] if note.personas else [doc.personas[0].id]})


@pytest.mark.parametrize("persona_filter", [False, True])
def test_note_edits_renote_to_the_full_layout(persona_filter: bool) -> None:
    rng = random.Random(9)
    doc = lane_map(150, 6)
    options = LayoutOptions(persona=doc.personas[0].id if persona_filter else None)
    geometry = compute_layout(doc, options)
    done, incremental = [], 0
    for _ in range(120):
        edit = random_note_edit(doc, rng)
        if not edit:
            continue
        geometry, fast = step_notes(doc, geometry, edit, options)
        done.append(edit)
        incremental += fast
    for edit in reversed(done[-30:]):
        geometry, fast = step_notes(doc, geometry, edit, options, forward=False)
        incremental += fast
    assert incremental > len(done) // 3


def test_a_note_into_a_new_step_column_is_left_to_a_full_layout() -> None:
    from journeydesigner.relayout import renote

    doc = lane_map(40, 2)
    geometry = compute_layout(doc)
    note = doc.notes[0]
    trailing = geometry.stage(note.stage).steps[-1].step
    edit = edits.move_notes(doc, {note.id: (note.lane, note.stage, trailing)})
    edits.apply(doc, edit)
    assert renote(geometry, doc, edits.replaced_notes(edit)) is None


def test_only_note_replacements_count_as_replaced_notes() -> None:
    doc = lane_map(20, 1)
    note = doc.notes[0]
    edit = edits.update_note(doc, note.id, {"text": "Changed"})
    assert [(b.text, a.text) for b, a in edits.replaced_notes(edit)] == [(note.text, "Changed")]
    assert edits.replaced_notes(edits.delete_notes(doc, [note.id])) is None
    tp = doc.touchpoints[0]
    assert edits.replaced_notes(edits.update_object(doc, "touchpoints", tp.id,
                                                    {"title": "x"}, "Edit")) is None
