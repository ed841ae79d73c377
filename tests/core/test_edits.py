"""Reversible edits and the clipboard payload (no Qt): every builder applied and
reverted restores the document byte for byte, and never breaks the format."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journeydesigner import clipboard, edits
from journeydesigner.fileio import dumps, load
from journeydesigner.layout import Cell
from journeydesigner.model import ChannelKind, Touchpoint, find_problems
from journeydesigner.sample import generate_document

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / (
    "compra-online.es.journey")


@pytest.fixture
def doc():
    return load(EXAMPLE)


def check_round_trip(doc, edit):
    before = dumps(doc)
    edits.apply(doc, edit)
    after = dumps(doc)
    assert find_problems(doc) == []
    edits.revert(doc, edit)
    assert dumps(doc) == before
    edits.apply(doc, edit)
    assert dumps(doc) == after
    return after


def test_move_touchpoints(doc):
    edit = edits.move_touchpoints(doc, {"blog": ("despues", "telefono", 3), "tpv": ("antes",
                                                                                  "web", 0)})
    assert len(edit.ops) == 2
    check_round_trip(doc, edit)
    assert (doc.touchpoint("blog").stage, doc.touchpoint("blog").step) == ("despues", 3)
    # unchanged places are no op; unknown stages are refused
    assert not edits.move_touchpoints(doc, {"blog": ("despues", "telefono", 3)})
    with pytest.raises(edits.EditError):
        edits.move_touchpoints(doc, {"blog": ("nowhere", "telefono", 0)})


def test_delete_touchpoints_takes_their_connections(doc):
    linked = {c.id for c in doc.connections if "carrito" in (c.source, c.target)}
    edit = edits.delete_touchpoints(doc, ["carrito", "blog"], connection_ids=["c20"])
    check_round_trip(doc, edit)
    assert doc.touchpoint("carrito") is None
    assert not linked & {c.id for c in doc.connections}
    assert "c20" not in {c.id for c in doc.connections}


def test_update_object_validates(doc):
    check_round_trip(doc, edits.update_object(doc, "touchpoints", "blog",
                                              {"title": "Guía", "emotion": -2}, "Edit"))
    with pytest.raises(edits.EditError, match="title"):
        edits.update_object(doc, "touchpoints", "blog", {"title": "   "}, "Edit")
    with pytest.raises(edits.EditError):
        edits.update_object(doc, "touchpoints", "blog", {"emotion": 3}, "Edit")
    with pytest.raises(edits.EditError, match="ids cannot be changed"):
        edits.update_object(doc, "touchpoints", "blog", {"id": "x"}, "Edit")
    assert not edits.update_object(doc, "touchpoints", "blog", {"title": "Guía"}, "Edit")


def test_stage_and_channel_lifecycle(doc):
    stage = edits.new_stage(doc, "Recomendación")
    check_round_trip(doc, edits.insert_object(doc, "stages", stage, 1, "Add stage"))
    assert doc.stages[1].id == stage.id
    check_round_trip(doc, edits.reorder(doc, "stages", stage.id, 3, "Move stage"))
    assert doc.stages[-1].id == stage.id
    channel = edits.new_channel(doc, "WhatsApp", ChannelKind.DIGITAL)
    check_round_trip(doc, edits.insert_object(doc, "channels", channel, 0, "Add channel"))
    held = edits.touchpoints_in(doc, "stage", "durante")
    assert held
    check_round_trip(doc, edits.delete_stage_or_channel(doc, "stages", "durante", "Delete"))
    assert all(t.stage != "durante" for t in doc.touchpoints)
    with pytest.raises(edits.EditError, match="already used"):
        edits.insert_object(doc, "stages", doc.stages[0], 0, "Add")


def test_last_stage_and_channel_cannot_go(doc):
    for stage in doc.stages[:-1]:
        edits.apply(doc, edits.delete_stage_or_channel(doc, "stages", stage.id, "Delete"))
    with pytest.raises(edits.EditError, match="at least one stage"):
        edits.delete_stage_or_channel(doc, "stages", doc.stages[0].id, "Delete")


def test_connections(doc):
    edit = edits.add_connection(doc, "ig-anuncio", "tpv", "negative")
    check_round_trip(doc, edit)
    new = doc.connections[-1]
    assert (new.source, new.target, new.polarity) == ("ig-anuncio", "tpv", "negative")
    with pytest.raises(edits.EditError, match="already have"):
        edits.add_connection(doc, "ig-anuncio", "tpv", "negative")
    with pytest.raises(edits.EditError, match="itself"):
        edits.add_connection(doc, "tpv", "tpv", "positive")
    check_round_trip(doc, edits.set_connection_polarity(doc, new.id, "neutral"))
    check_round_trip(doc, edits.delete_connections(doc, [new.id]))


def test_polarity_change_cannot_duplicate(doc):
    edits.apply(doc, edits.add_connection(doc, "ig-anuncio", "tpv", "negative"))
    edits.apply(doc, edits.add_connection(doc, "ig-anuncio", "tpv", "positive"))
    with pytest.raises(edits.EditError):
        edits.set_connection_polarity(doc, doc.connections[-1].id, "negative")


def test_emotions_and_personas(doc):
    check_round_trip(doc, edits.set_emotions(doc, ["blog", "tpv"], -1))
    assert {doc.touchpoint("blog").emotion, doc.touchpoint("tpv").emotion} == {-1}
    referenced = [t.id for t in doc.touchpoints if "lucia" in t.personas]
    assert referenced
    check_round_trip(doc, edits.delete_persona(doc, "lucia"))
    assert all("lucia" not in t.personas for t in doc.touchpoints)


def test_document_fields(doc):
    check_round_trip(doc, edits.set_document_fields(doc, {"title": "Otro", "language": "es-MX"},
                                                    "Edit map"))
    with pytest.raises(edits.EditError):
        edits.set_document_fields(doc, {"title": ""}, "Edit map")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["move", "emotion", "delete", "connect"]),
                          st.integers(0, 17), st.integers(0, 17), st.integers(0, 4)),
                min_size=1, max_size=8))
def test_any_sequence_of_edits_undoes_exactly(steps):
    doc = load(EXAMPLE)
    original = dumps(doc)
    done = []
    for kind, a, b, n in steps:
        tps = doc.touchpoints
        if not tps:
            break
        first, second = tps[a % len(tps)], tps[b % len(tps)]
        try:
            if kind == "move":
                edit = edits.move_touchpoints(doc, {first.id: (second.stage, second.channel, n)})
            elif kind == "emotion":
                edit = edits.set_emotions(doc, [first.id], n - 2)
            elif kind == "delete":
                edit = edits.delete_touchpoints(doc, [first.id])
            else:
                edit = edits.add_connection(doc, first.id, second.id, "negative")
        except edits.EditError:
            continue
        edits.apply(doc, edit)
        assert find_problems(doc) == []
        done.append(edit)
    for edit in reversed(done):
        edits.revert(doc, edit)
    assert dumps(doc) == original


def test_clipboard_round_trip_places_copies_in_a_cell(doc):
    payload = clipboard.copy_payload(doc, ["chatbot", "carrito"])
    assert [t["id"] for t in payload["touchpoints"]] == ["chatbot", "carrito"]
    pasted = clipboard.paste_objects(doc, payload, Cell("despues", "email", 4))
    tps, conns = pasted.touchpoints, pasted.connections
    assert {t.stage for t in tps} == {"despues"}
    assert min(t.step for t in tps) == 4
    assert not {t.id for t in tps} & {t.id for t in doc.touchpoints}
    check_round_trip(doc, edits.add_objects(doc, tps, conns, "Paste"))
    assert all(c.source in {t.id for t in tps} for c in conns)


def test_clipboard_refuses_foreign_data_and_drops_unknown_personas(doc):
    with pytest.raises(ValueError, match="no JourneyDesigner"):
        clipboard.paste_objects(doc, {"format": "other"}, None)
    with pytest.raises(ValueError, match="damaged"):
        clipboard.paste_objects(doc, {"format": clipboard.CLIP_FORMAT,
                                      "touchpoints": [{"id": 1}]}, None)
    foreign = Touchpoint(id="x", title="De otro mapa", stage="zz", channel="yy",
                         personas=["nadie"])
    payload = {"format": clipboard.CLIP_FORMAT, "touchpoints": [foreign.to_json_data()]}
    tps = clipboard.paste_objects(doc, payload, None).touchpoints
    assert (tps[0].stage, tps[0].channel, tps[0].personas) == (doc.stages[0].id,
                                                               doc.channels[0].id, [])


def test_reorder_to_slot_moves_between_the_shown_neighbours() -> None:
    doc = generate_document(10, connections_per_touchpoint=1.0, seed=1)
    ids = [s.id for s in doc.stages]
    assert len(ids) >= 3
    first, second, third = ids[:3]
    # the first stage dropped after the third one
    edit = edits.reorder_to_slot(doc, "stages", first, ids, 3, "Move stage")
    edits.apply(doc, edit)
    assert [s.id for s in doc.stages][:3] == [second, third, first]
    edits.revert(doc, edit)
    assert [s.id for s in doc.stages] == ids
    # dropped in the gaps on either side of itself: nothing to do
    assert not edits.reorder_to_slot(doc, "stages", second, ids, 1, "Move stage")
    assert not edits.reorder_to_slot(doc, "stages", second, ids, 2, "Move stage")
    # the last stage dropped before the first
    edit = edits.reorder_to_slot(doc, "stages", ids[-1], ids, 0, "Move stage")
    edits.apply(doc, edit)
    assert [s.id for s in doc.stages] == [ids[-1], *ids[:-1]]
    # channels: only one group is shown; objects outside it keep their places
    channels = [c.id for c in doc.channels]
    group = [c.id for c in doc.channels if c.kind == doc.channels[-1].kind]
    edit = edits.reorder_to_slot(doc, "channels", group[-1], group, 0, "Move channel")
    edits.apply(doc, edit)
    moved = [c.id for c in doc.channels]
    assert [i for i in moved if i not in group] == [i for i in channels if i not in group]
    assert [i for i in moved if i in group] == [group[-1], *group[:-1]]


def test_ids_of_accented_titles_keep_their_letters(doc):
    assert doc.new_id("Confirmación del pedido") == "confirmacion-del-pedido"
    assert doc.new_id("Reseñas Über") == "resenas-uber"
    assert doc.new_id("美玲") == "item"
