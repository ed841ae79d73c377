"""Layout of the lanes of edition 2: their places, growth, spans and the blueprint lines."""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

from journeydesigner.fileio import load
from journeydesigner.lane_layout import NOTE_LINE_HEIGHT, wrap_note
from journeydesigner.layout import LayoutOptions, compute_layout
from journeydesigner.model import Document

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from lane_maps import every_lane_kind  # noqa: E402

EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.journey"))
#: maps without lanes: the English example and the Spanish one as shared, in edition 1
EDITION_1 = [Path(__file__).resolve().parents[1] / "edition1" / "compra-online.es.journey",
             *(path for path in EXAMPLES if path.name.startswith("feedback-"))]


def _doc(data: dict | None = None) -> Document:
    return Document.model_validate(data or every_lane_kind())


def _crowded() -> Document:
    """Every lane kind with many notes, long ones, spanning and not, in every stage."""
    data = every_lane_kind()
    long = "A rather long note that has to wrap over several lines of its card " * 3
    for k, (lane, stage, step) in enumerate(itertools.product(
            ("goals", "front", "back", "support"), ("before", "during"), (None, 0, 0, 2))):
        note = {"id": f"n{k}", "lane": lane, "stage": stage, "text": long[: 20 + 17 * k]}
        if step is not None:
            note["step"] = step
        data["notes"].append(note)
    data["touchpoints"][0]["pain_points"] += ["Slow page", long]
    return _doc(data)


def test_groups_take_their_places_around_the_grid_and_emotion_lane():
    g = compute_layout(_doc())
    rows = {lane.lane_id: lane.row for lane in g.note_lanes}
    assert [lane.lane_id for lane in g.note_lanes] == [
        "goals", "pains", "ideas", "front", "back", "support"]
    assert rows["goals"].bottom <= g.groups[0].rect.y  # notes above the channel grid
    assert rows["pains"].y == g.emotion_lane.rect.bottom  # right under the emotion curve
    assert rows["ideas"].y == rows["pains"].bottom
    assert rows["front"].y == rows["ideas"].bottom
    assert g.height == rows["support"].bottom + LayoutOptions().padding
    for stage in g.stages:  # stage columns run down through every lane
        assert stage.column.y <= rows["goals"].y and stage.column.bottom == rows["support"].bottom


def test_lines_sit_above_the_first_backstage_and_support_lanes():
    g = compute_layout(_doc())
    rows = {lane.lane_id: lane.row for lane in g.note_lanes}
    visibility, internal = g.lane_lines
    assert visibility.label_key == "line.visibility"
    assert internal.label_key == "line.internal"
    assert rows["front"].bottom == visibility.band.y
    assert visibility.band.bottom == rows["back"].y
    assert rows["back"].bottom == internal.band.y and internal.band.bottom == rows["support"].y
    assert rows["front"].bottom < visibility.y < rows["back"].y
    assert visibility.band.x == g.corner.x and visibility.band.right == g.width - g.corner.x


def test_only_one_line_of_each_kind_and_none_without_blueprint():
    data = every_lane_kind()
    data["lanes"].insert(5, {"id": "back2", "name": "More backstage", "kind": "backstage"})
    g = compute_layout(_doc(data))
    assert [line.label_key for line in g.lane_lines] == ["line.visibility", "line.internal"]
    data["lanes"] = [lane for lane in data["lanes"] if lane["kind"] == "notes"]
    data["notes"] = [n for n in data["notes"] if n["lane"] == "goals"]
    assert compute_layout(_doc(data)).lane_lines == []


def test_computed_lanes_gather_the_touchpoints_points_in_their_step():
    g = compute_layout(_doc())
    pains = [n for n in g.notes if n.lane_id == "pains"]
    ideas = [n for n in g.notes if n.lane_id == "ideas"]
    assert [(n.touchpoint_id, n.lines, n.note_id) for n in pains] == [
        ("ad", ("Too many ads",), None)]
    assert [n.touchpoint_id for n in ideas] == ["ad"]
    card = g.cards["ad"].rect
    assert pains[0].rect.x == card.x and pains[0].rect.w == card.w


def test_a_note_without_step_spans_its_stage():
    g = compute_layout(_doc())
    goal = next(n for n in g.notes if n.note_id == "g1")
    stage = g.stage("before")
    gap = LayoutOptions().step_gap
    assert goal.step is None and len(stage.steps) == 2
    assert goal.rect.x == stage.column.x + gap / 2
    assert goal.rect.right == stage.column.right - gap / 2


def test_notes_never_overlap_and_lanes_grow_to_fit_them():
    g = compute_layout(_crowded())
    rows = {lane.lane_id: lane.row for lane in g.note_lanes}
    for a, b in itertools.combinations(g.notes, 2):
        assert not a.rect.intersects(b.rect), (a, b)
    for note in g.notes:
        row = rows[note.lane_id]
        assert row.y < note.rect.y and note.rect.bottom < row.bottom
        assert note.rect.h >= len(note.lines) * NOTE_LINE_HEIGHT
    every_row = [lane.row for lane in g.note_lanes] + [lane.row for lane in g.lanes] + [
        g.emotion_lane.rect] + [line.band for line in g.lane_lines]
    for a, b in itertools.combinations(every_row, 2):
        assert not a.intersects(b), (a, b)
    assert rows["goals"].h > compute_layout(_doc()).note_lanes[0].row.h
    assert any(len(n.lines) > 3 for n in g.notes if n.lane_id == "pains")
    # a note in a step no touchpoint uses gets its column
    assert g.step_column("before", 2) is not None


def test_wrapped_lines_keep_every_word_within_the_width():
    text = "Call the customer back within two days supercalifragilisticexpialidocious"
    lines = wrap_note(text, 80)
    assert " ".join(lines).replace(" ", "") == text.replace(" ", "")
    assert all(len(line) <= 12 for line in lines)
    assert wrap_note("one\ntwo", 200) == ("one", "two")


def test_persona_filter_dims_notes_and_their_touchpoints_points():
    data = every_lane_kind()
    data["touchpoints"][0]["personas"] = ["ana"]
    g = compute_layout(_doc(data), LayoutOptions(persona="nobody"))
    dimmed = {n.note_id or n.touchpoint_id: n.dimmed for n in g.notes}
    assert dimmed["f1"] and dimmed["ad"] and not dimmed["g1"]


def test_a_map_without_lanes_lays_out_as_before():
    for path in EDITION_1:
        doc = load(path)
        assert not doc.lanes
        plain = compute_layout(doc)
        assert plain.note_lanes == [] and plain.notes == [] and plain.lane_lines == []
        assert plain.height == plain.emotion_lane.rect.bottom + LayoutOptions().padding
        assert all(s.column.bottom == plain.emotion_lane.rect.bottom for s in plain.stages)
        notes_only = doc.model_copy(update={"notes": []})
        assert compute_layout(notes_only) == plain


def test_blueprint_notes_link_up_to_the_touchpoints_they_support():
    g = compute_layout(_doc())
    links = {(link.note_id, link.touchpoint_id): link for link in g.note_links}
    assert set(links) == {("f1", "till"), ("b1", "till"), ("s1", "ad")}
    back = links[("b1", "till")]
    note = next(n for n in g.notes if n.note_id == "b1")
    card = g.cards["till"].rect
    visibility = g.lane_lines[0]
    assert back.start == (card.center[0], note.rect.y)  # the card stands over the note
    assert back.end == (card.center[0], card.bottom)
    assert back.end[1] < visibility.y < back.start[1]  # across the line of visibility
    data = every_lane_kind()
    data["notes"][0]["touchpoints"] = ["ad"]  # a notes lane's note is not linked
    assert ("g1", "ad") not in {(k.note_id, k.touchpoint_id)
                                for k in compute_layout(_doc(data)).note_links}


def test_a_lane_is_tall_enough_for_its_header_name():
    data = every_lane_kind()
    data["lanes"][5]["name"] = "Procesos de soporte y sistemas"
    g = compute_layout(_doc(data))
    short, long = g.note_lanes[4].row, g.note_lanes[5].row  # backstage, support
    assert long.h >= 18 + 2 * 15 > short.h
