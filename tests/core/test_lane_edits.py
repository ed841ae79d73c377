"""Edits of edition 2 (journeydesigner/edits.py): lanes, notes, links, votes, the
map's state and emotion labels, and the cascades of deleting what notes name; each
is one Edit that undoes exactly and never leaves a map that breaks the format."""

from __future__ import annotations

import json

import pytest

from journeydesigner import clipboard, edits
from journeydesigner.fileio import dumps
from journeydesigner.layout import Cell
from journeydesigner.model import Document, LaneKind, MapState
from tests.core.test_edits import check_round_trip
from tests.lane_maps import every_lane_kind


@pytest.fixture
def doc() -> Document:
    return Document.model_validate(every_lane_kind())


def test_delete_lane_deletes_its_notes(doc):
    check_round_trip(doc, edits.delete_lane(doc, "back"))
    assert doc.lane("back") is None and doc.note("b1") is None
    assert [n.id for n in doc.notes] == ["g1", "f1", "s1"]


def test_delete_stage_deletes_its_notes_and_unlinks_the_others(doc):
    doc.notes[3] = doc.notes[3].model_copy(update={"touchpoints": ["ad", "till"]})
    check_round_trip(doc, edits.delete_stage_or_channel(doc, "stages", "during", "Delete stage"))
    assert [n.id for n in doc.notes] == ["g1", "s1"]
    assert doc.note("s1").touchpoints == ["ad"]


def test_delete_touchpoint_unlinks_notes(doc):
    check_round_trip(doc, edits.delete_touchpoints(doc, ["till"]))
    assert doc.note("f1").touchpoints == [] and doc.note("b1").touchpoints == []
    assert len(doc.notes) == 4


def test_delete_channel_unlinks_the_notes_of_its_touchpoints(doc):
    check_round_trip(doc, edits.delete_stage_or_channel(doc, "channels", "shop", "Delete channel"))
    assert doc.note("f1").touchpoints == [] and len(doc.notes) == 4


def test_delete_persona_leaves_the_notes_that_named_it(doc):
    check_round_trip(doc, edits.delete_persona(doc, "ana"))
    assert doc.note("f1").personas == []


def test_service_blueprint_adds_the_three_lanes_named_in_the_map_s_language():
    data = every_lane_kind()
    data.update(language="es-MX", lanes=[], notes=[])
    doc = Document.model_validate(data)
    edit = edits.add_service_blueprint(doc)
    check_round_trip(doc, edit)
    assert [(lane.kind, lane.name) for lane in doc.lanes] == [
        (LaneKind.FRONTSTAGE, "Acciones visibles"), (LaneKind.BACKSTAGE, "Acciones internas"),
        (LaneKind.SUPPORT, "Procesos de soporte")]
    assert len({lane.id for lane in doc.lanes}) == 3
    assert not edits.add_service_blueprint(doc)  # they are all there


def test_service_blueprint_adds_only_the_kinds_missing(doc):
    edits.apply(doc, edits.delete_lane(doc, "support"))
    edit = edits.add_service_blueprint(doc)
    check_round_trip(doc, edit)
    assert [lane.kind for lane in doc.lanes].count(LaneKind.FRONTSTAGE) == 1
    assert doc.lanes[-1].kind is LaneKind.SUPPORT and doc.lanes[-1].name == "Support processes"


def test_lanes_are_added_renamed_recoloured_and_reordered(doc):
    lane = edits.new_lane(doc, "Thoughts", LaneKind.NOTES)
    check_round_trip(doc, edits.insert_object(doc, "lanes", lane, 1, "Add lane"))
    assert doc.lanes[1].id == "thoughts"
    changes = {"name": "Feelings", "color": "#4C78A8"}
    check_round_trip(doc, edits.update_lane(doc, "thoughts", changes, "Rename lane"))
    assert (doc.lanes[1].name, doc.lanes[1].color) == ("Feelings", "#4C78A8")
    check_round_trip(doc, edits.reorder(doc, "lanes", "thoughts", 0, "Move lane"))
    assert doc.lanes[0].id == "thoughts"


def test_a_lane_with_notes_cannot_become_computed(doc):
    with pytest.raises(edits.EditError) as refused:
        edits.update_lane(doc, "goals", {"kind": "pain_points"}, "Change lane")
    assert str(refused.value.problem.message) == (
        'lane "goals" is computed (pain_points) and holds no notes')
    check_round_trip(doc, edits.update_lane(doc, "goals", {"kind": "frontstage"}, "Change lane"))


def test_notes_are_added_edited_moved_and_deleted(doc):
    note = edits.new_note(doc, "goals", "during", "Pay fast", step=0)
    check_round_trip(doc, edits.add_notes(doc, [note]))
    assert doc.notes[-1].text == "Pay fast"
    check_round_trip(doc, edits.update_note(doc, note.id, {"text": "Pay very fast"}))
    check_round_trip(doc, edits.move_notes(doc, {note.id: ("front", "before", None)}))
    moved = doc.note(note.id)
    assert (moved.lane, moved.stage, moved.step) == ("front", "before", None)
    assert "step" not in json.loads(dumps(doc))["notes"][-1]
    check_round_trip(doc, edits.delete_notes(doc, [note.id, "g1"]))
    assert doc.note(note.id) is None and doc.note("g1") is None


@pytest.mark.parametrize(("make", "message"), [
    (lambda d: edits.new_note(d, "pains", "before", "x"),
     'lane "pains" is computed (pain_points) and holds no notes'),
    (lambda d: edits.new_note(d, "nope", "before", "x"), 'no lane with id "nope"'),
    (lambda d: edits.new_note(d, "goals", "nope", "x"), 'no stage with id "nope"'),
    (lambda d: edits.new_note(d, "goals", "before", "  "),
     "must be 1 to 2000 characters long (after trimming), not 0"),
    (lambda d: edits.move_notes(d, {"g1": ("ideas", "before", 0)}),
     'lane "ideas" is computed (opportunities) and holds no notes'),
    (lambda d: edits.link_note(d, "g1", ["nope"]), 'no touchpoint with id "nope"'),
    (lambda d: edits.update_note(d, "g1", {"personas": ["bob"]}), 'no persona with id "bob"'),
    (lambda d: edits.delete_lane(d, "nope"), 'no lane with id "nope"'),
])
def test_note_edits_that_would_break_the_map_are_refused(doc, make, message):
    with pytest.raises(edits.EditError) as refused:
        make(doc)
    assert refused.value.problem.message == message


def test_link_and_unlink_a_note(doc):
    check_round_trip(doc, edits.link_note(doc, "g1", ["ad", "till", "ad"]))
    assert doc.note("g1").touchpoints == ["ad", "till"]
    assert not edits.link_note(doc, "g1", ["ad"])  # already linked: nothing to do
    check_round_trip(doc, edits.link_note(doc, "g1", ["ad"], linked=False))
    assert doc.note("g1").touchpoints == ["till"]


def test_quotes_votes_state_and_emotion_labels(doc):
    check_round_trip(doc, edits.update_object(doc, "touchpoints", "till", {"quotes": ["Slow!"]},
                                        "Set quotes"))
    check_round_trip(doc, edits.add_votes(doc, ["ad", "till"], 2))
    assert [t.votes for t in doc.touchpoints] == [5, 2]
    check_round_trip(doc, edits.add_votes(doc, ["till"], -5))
    assert doc.touchpoint("till").votes == 0
    check_round_trip(doc, edits.set_document_fields(doc, {"state": "future"}, "Set state"))
    assert doc.state is MapState.FUTURE
    labels = ["1", "2", "3", "4", "5"]
    check_round_trip(doc, edits.set_document_fields(doc, {"emotion_labels": labels}, "Labels"))
    assert doc.emotion_labels == labels
    check_round_trip(doc, edits.set_document_fields(doc, {"emotion_labels": None, "state": None},
                                              "Labels"))
    assert "emotion_labels" not in json.loads(dumps(doc))
    with pytest.raises(edits.EditError) as refused:
        edits.set_document_fields(doc, {"emotion_labels": ["a"]}, "Labels")
    assert refused.value.problem.message == "must hold 5 labels, not 1"


def test_metrics_with_evidence_edit_and_refuse_a_value_out_of_its_interval(doc):
    metrics = doc.touchpoint("ad").metrics.model_dump(by_alias=True)
    check_round_trip(doc, edits.update_object(doc, "touchpoints", "ad",
                                        {"metrics": {**metrics, "csat": 75}}, "CSAT"))
    assert doc.touchpoint("ad").metrics.evidence.csat.from_ == "2024-03-01"
    with pytest.raises(edits.EditError) as refused:
        edits.update_object(doc, "touchpoints", "ad", {"metrics": {**metrics, "csat": 90}}, "x")
    assert refused.value.problem.message == "high 78.9 is below the value 90"


def test_copy_and_paste_carry_notes_with_their_lanes_and_links(doc):
    payload = json.loads(json.dumps(clipboard.copy_payload(doc, ["till", "f1", "b1"])))
    assert [n["id"] for n in payload["notes"]] == ["f1", "b1"]
    assert [lane["id"] for lane in payload["lanes"]] == ["front", "back"]
    pasted = clipboard.paste_objects(doc, payload, Cell("before", "web", 3))
    assert [n.lane for n in pasted.notes] == ["front", "back"] and pasted.lanes == []
    new_till = pasted.touchpoints[0].id
    assert all(n.touchpoints == [new_till] for n in pasted.notes)  # links follow the copy
    assert {(n.stage, n.step) for n in pasted.notes} == {("before", 3)}
    check_round_trip(doc, edits.add_objects(doc, pasted.touchpoints, pasted.connections, "Paste",
                                      pasted.lanes, pasted.notes))


def test_pasting_notes_into_a_map_without_their_lanes_brings_the_lanes(doc):
    payload = clipboard.copy_payload(doc, ["b1", "g1"])
    other = every_lane_kind()
    other.update(lanes=[{"id": "back", "name": "Computed here", "kind": "pain_points"}],
                 notes=[], touchpoints=[], connections=[])
    target = Document.model_validate(other)
    pasted = clipboard.paste_objects(target, payload, clipboard.LaneCell("x", "during", None))
    assert [(lane.kind, lane.name) for lane in pasted.lanes] == [
        (LaneKind.NOTES, "Goals"), (LaneKind.BACKSTAGE, "Backstage")]  # in the notes' order
    assert pasted.lanes[1].id != "back"  # taken by the computed lane
    assert all(n.touchpoints == [] for n in pasted.notes)  # no such touchpoints here
    assert [n.step for n in pasted.notes] == [None, 0]  # steps keep their offsets
    check_round_trip(target, edits.add_objects(target, [], [], "Paste", pasted.lanes, pasted.notes))


def test_pasting_a_lane_s_notes_into_a_lane_cell_puts_them_there(doc):
    payload = clipboard.copy_payload(doc, ["f1"])
    pasted = clipboard.paste_objects(doc, payload, clipboard.LaneCell("support", "before", 2))
    assert [(n.lane, n.stage, n.step) for n in pasted.notes] == [("support", "before", 2)]
