"""Layout: document -> geometry (no Qt)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from journeydesigner.fileio import dumps, load
from journeydesigner.layout import (
    LABEL_HEIGHT,
    Cell,
    Geometry,
    LayoutOptions,
    Rect,
    compute_layout,
)
from journeydesigner.model import (
    Channel,
    Connection,
    Document,
    Persona,
    Stage,
    Touchpoint,
    find_problems,
)
from journeydesigner.sample import generate_document

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
EXAMPLE_FILES = sorted(EXAMPLES.glob("*.journey"))


def make_doc(
    touchpoints: list[tuple] = (),
    connections: list[tuple] = (),
    stages: tuple[str, ...] = ("s1", "s2"),
    channels: tuple[tuple[str, str], ...] = (("web", "digital"), ("shop", "in_person")),
    personas: tuple[str, ...] = ("ana", "ben"),
) -> Document:
    """touchpoints: (id, stage, channel, step[, emotion[, personas]]);
    connections: (id, source, target[, polarity[, personas]])."""
    tps = []
    for spec in touchpoints:
        tid, stage, channel, step, *rest = spec
        emotion = rest[0] if rest else None
        lived = list(rest[1]) if len(rest) > 1 else []
        tps.append(
            Touchpoint(
                id=tid,
                title=tid,
                stage=stage,
                channel=channel,
                step=step,
                emotion=emotion,
                personas=lived,
            )
        )
    conns = []
    for spec in connections:
        cid, source, target, *rest = spec
        conns.append(
            Connection(
                id=cid,
                source=source,
                target=target,
                polarity=rest[0] if rest else "positive",
                personas=list(rest[1]) if len(rest) > 1 else [],
            )
        )
    return Document(
        title="Test",
        stages=[Stage(id=s, name=s.upper()) for s in stages],
        channels=[Channel(id=c, name=c.title(), kind=k) for c, k in channels],
        personas=[Persona(id=p, name=p.title()) for p in personas],
        touchpoints=tps,
        connections=conns,
    )


def assert_cards_well_placed(doc: Document, geo: Geometry) -> None:
    """No two cards overlap; each card lies in its stage column, step column and lane row."""
    assert len(geo.cards) == len(doc.touchpoints)
    for tp in doc.touchpoints:
        rect = geo.cards[tp.id].rect
        stage = geo.stage(tp.stage)
        lane = geo.lane(tp.channel)
        column = geo.step_column(tp.stage, tp.step)
        assert stage is not None and lane is not None and column is not None
        for outer in (stage.column, column.rect, lane.row):
            assert outer.x <= rect.x and rect.right <= outer.right, (tp.id, outer)
            assert outer.y <= rect.y and rect.bottom <= outer.bottom, (tp.id, outer)
        assert rect.x >= 0 and rect.right <= geo.width
        assert rect.y >= 0 and rect.bottom <= geo.height
    # sweep over cards sorted by x: only neighbours that overlap in x can overlap
    rects = sorted((card.rect for card in geo.cards.values()), key=lambda r: r.x)
    for i, a in enumerate(rects):
        for b in rects[i + 1 :]:
            if b.x >= a.right:
                break
            assert not a.intersects(b), (a, b)


# -- Rect ------------------------------------------------------------------------


def test_rect_properties_and_tests() -> None:
    r = Rect(10, 20, 30, 40)
    assert (r.right, r.bottom, r.center) == (40, 60, (25, 40))
    assert r.contains(10, 20) and r.contains(40, 60) and r.contains(25, 40)
    assert not r.contains(41, 40) and not r.contains(25, 19)
    assert r.intersects(Rect(39, 59, 10, 10))
    assert not r.intersects(Rect(40, 20, 10, 10))  # only touching
    assert not r.intersects(Rect(0, 0, 5, 5))
    with pytest.raises(AttributeError):
        r.x = 0  # type: ignore[misc]


def test_default_options() -> None:
    opt = LayoutOptions()
    assert (opt.card_width, opt.card_height, opt.card_gap) == (168, 72, 10)
    assert opt.lane_header_width == 170
    assert opt.stage_header_height == 44
    assert opt.group_header_height == 26
    assert opt.emotion_lane_height == 150
    assert opt.persona is None


# -- whole maps -------------------------------------------------------------------


def test_examples_exist() -> None:
    assert len(EXAMPLE_FILES) >= 2


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
def test_example_cards_do_not_overlap_and_sit_in_their_cell(path: Path) -> None:
    doc = load(path)
    geo = compute_layout(doc)
    assert_cards_well_placed(doc, geo)
    assert len(geo.connections) == len(doc.connections)
    assert [s.stage_id for s in geo.stages] == [s.id for s in doc.stages]
    for stage in geo.stages:
        assert stage.color.startswith("#")


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
def test_example_cell_at_and_card_at_find_every_card(path: Path) -> None:
    doc = load(path)
    geo = compute_layout(doc)
    for tp in doc.touchpoints:
        cx, cy = geo.cards[tp.id].rect.center
        assert geo.cell_at(cx, cy) == Cell(tp.stage, tp.channel, tp.step)
        assert geo.card_at(cx, cy) == tp.id
        assert tp.id in geo.cells[Cell(tp.stage, tp.channel, tp.step)]


def test_generated_map_is_valid_and_well_placed() -> None:
    doc = generate_document(500)
    assert find_problems(doc) == []
    assert len(doc.touchpoints) == 500
    assert len(doc.connections) == 750
    geo = compute_layout(doc)
    assert_cards_well_placed(doc, geo)
    assert len(geo.connections) == 750
    assert any(c.backwards for c in geo.connections)
    assert any(len(ids) > 1 for ids in geo.cells.values())  # stacks are exercised


def test_generator_is_deterministic_and_valid_at_small_sizes() -> None:
    assert dumps(generate_document(200, seed=3)) == dumps(generate_document(200, seed=3))
    assert dumps(generate_document(200, seed=3)) != dumps(generate_document(200, seed=4))
    for n in (0, 1, 2, 3, 10):
        doc = generate_document(n, connections_per_touchpoint=2.0)
        assert find_problems(doc) == []
        assert len(doc.touchpoints) == n
        json.loads(dumps(doc))
    assert generate_document(0).connections == []
    assert generate_document(1).connections == []
    assert len(generate_document(50, connections_per_touchpoint=0).connections) == 0


# -- lanes and groups -------------------------------------------------------------


def test_lanes_grouped_digital_first_in_array_order() -> None:
    doc = make_doc(
        channels=(
            ("shop", "in_person"),
            ("web", "digital"),
            ("phone", "in_person"),
            ("mail", "digital"),
        )
    )
    geo = compute_layout(doc)
    assert [lane.channel_id for lane in geo.lanes] == ["web", "mail", "shop", "phone"]
    assert [g.kind for g in geo.groups] == ["digital", "in_person"]
    assert [g.label_key for g in geo.groups] == ["group.digital", "group.in_person"]
    digital, in_person = geo.groups
    assert digital.rect.bottom <= geo.lanes[0].row.y
    assert geo.lanes[1].row.bottom <= in_person.rect.y
    assert in_person.rect.bottom <= geo.lanes[2].row.y
    # lanes follow each other top to bottom; header and row share the band
    for upper, lower in zip(geo.lanes, geo.lanes[1:], strict=False):
        assert upper.row.bottom <= lower.row.y
    for lane in geo.lanes:
        assert (lane.header.y, lane.header.h) == (lane.row.y, lane.row.h)
        assert lane.header.right <= lane.row.x
        assert lane.header.h == pytest.approx(72 + 2 * 10)  # one card by default


def test_only_groups_with_channels_are_shown() -> None:
    geo = compute_layout(make_doc(channels=(("shop", "in_person"), ("phone", "in_person"))))
    assert [g.kind for g in geo.groups] == ["in_person"]
    assert [lane.kind for lane in geo.lanes] == ["in_person", "in_person"]


def test_corner_headers_and_emotion_lane_frame_the_map() -> None:
    opt = LayoutOptions()
    geo = compute_layout(make_doc([("a", "s1", "web", 0)]), opt)
    assert geo.corner == Rect(opt.padding, opt.padding, 170, 44)
    first = geo.stages[0]
    assert first.header.x == geo.corner.right and first.header.h == 44
    assert first.column.y == first.header.bottom
    assert geo.emotion_lane.rect.y == geo.lanes[-1].row.bottom
    assert geo.emotion_lane.rect.h == 150
    assert geo.emotion_lane.label_area.right == geo.emotion_lane.rect.x
    assert first.column.bottom == geo.emotion_lane.rect.bottom
    assert geo.height == geo.emotion_lane.rect.bottom + opt.padding
    assert geo.width == geo.stages[-1].column.right + opt.padding
    levels = geo.emotion_lane.levels
    assert sorted(levels) == [-2, -1, 0, 1, 2]
    assert levels[2] < levels[1] < levels[0] < levels[-1] < levels[-2]  # y grows downwards
    assert geo.emotion_lane.rect.y < levels[2] and levels[-2] < geo.emotion_lane.rect.bottom


# -- stacking and steps -----------------------------------------------------------


def test_cards_in_one_cell_stack_in_document_order() -> None:
    opt = LayoutOptions()
    doc = make_doc(
        [
            ("c", "s1", "web", 0),
            ("a", "s1", "web", 0),
            ("other", "s1", "shop", 0),
            ("b", "s1", "web", 0),
        ]
    )
    geo = compute_layout(doc, opt)
    c, a, b = (geo.cards[i].rect for i in ("c", "a", "b"))
    assert c.x == a.x == b.x
    assert c.y < a.y < b.y
    assert a.y - c.y == b.y - a.y == opt.card_height + opt.card_gap
    assert geo.cells[Cell("s1", "web", 0)] == ("c", "a", "b")
    web, shop = geo.lane("web"), geo.lane("shop")
    assert web.row.h == pytest.approx(3 * (opt.card_height + opt.card_gap) + opt.card_gap)
    assert shop.row.h == pytest.approx(opt.card_height + 2 * opt.card_gap)
    assert_cards_well_placed(doc, geo)
    assert geo.card_at(*b.center) == "b"
    assert geo.card_at(b.center[0], b.bottom + opt.card_gap / 2) is None  # gap below


def test_step_columns_are_sorted_distinct_steps_plus_a_trailing_one() -> None:
    doc = make_doc(
        [
            ("a", "s1", "web", 5),
            ("b", "s1", "shop", 0),
            ("c", "s1", "web", 2),
            ("d", "s1", "shop", 5),
        ],
        stages=("s1", "empty"),
    )
    geo = compute_layout(doc)
    s1, empty = geo.stages
    assert [c.step for c in s1.steps] == [0, 2, 5, 6]
    assert [c.step for c in empty.steps] == [0]
    assert geo.step_column("s1", 5).rect.x == s1.steps[2].rect.x
    assert geo.step_column("s1", 3) is None and geo.step_column("nope", 0) is None
    for stage in geo.stages:
        assert stage.steps[0].rect.x == stage.column.x
        assert stage.steps[-1].rect.right == pytest.approx(stage.column.right)
        for left, right in zip(stage.steps, stage.steps[1:], strict=False):
            assert left.rect.right == pytest.approx(right.rect.x)
    assert s1.column.right == empty.column.x
    assert s1.header.w == s1.column.w


def test_cell_at_maps_points_to_cells_including_the_trailing_column() -> None:
    doc = make_doc([("a", "s1", "web", 0), ("b", "s1", "web", 3)], stages=("s1", "s2"))
    geo = compute_layout(doc)
    s1, s2 = geo.stages
    web, shop = geo.lane("web"), geo.lane("shop")
    trailing = s1.steps[-1]
    assert trailing.step == 4
    mid_web = web.row.y + web.row.h / 2
    mid_shop = shop.row.y + shop.row.h / 2
    assert geo.cell_at(trailing.rect.center[0], mid_web) == Cell("s1", "web", 4)
    assert geo.cell_at(trailing.rect.center[0], mid_shop) == Cell("s1", "shop", 4)
    assert geo.cell_at(s1.steps[1].rect.x + 1, mid_shop) == Cell("s1", "shop", 3)
    assert geo.cell_at(s2.column.x + 1, web.row.y + 1) == Cell("s2", "web", 0)
    # outside the lanes: headers, group rows, emotion lane, margins
    assert geo.cell_at(web.header.center[0], mid_web) is None
    assert geo.cell_at(s1.header.center[0], s1.header.center[1]) is None
    assert geo.cell_at(s1.column.center[0], geo.groups[0].rect.center[1]) is None
    assert geo.cell_at(s1.column.center[0], geo.emotion_lane.rect.center[1]) is None
    assert geo.cell_at(geo.width - 1, mid_web) is None
    assert geo.cell_at(-5, -5) is None
    # an empty cell has no card, but a cell
    x, y = trailing.rect.center[0], mid_web
    assert geo.card_at(x, y) is None
    assert geo.cell_rect(Cell("s1", "web", 4)) == Rect(
        trailing.rect.x, web.row.y, trailing.rect.w, web.row.h
    )


def test_stage_width_grows_with_its_steps() -> None:
    opt = LayoutOptions()
    geo1 = compute_layout(make_doc([("a", "s1", "web", 0)]), opt)
    geo3 = compute_layout(
        make_doc([("a", "s1", "web", 0), ("b", "s1", "shop", 7), ("c", "s1", "web", 9)]), opt
    )
    w_empty = geo1.stage("s2").column.w
    w1 = geo1.stage("s1").column.w
    w3 = geo3.stage("s1").column.w
    assert w_empty == opt.column_width
    assert w1 == 2 * opt.column_width
    assert w3 == 4 * opt.column_width
    assert w_empty < w1 < w3
    assert geo3.stage("s2").column.x == geo3.stage("s1").column.right
    assert geo3.width - geo1.width == w3 - w1


def test_missing_stage_or_channel_is_skipped() -> None:
    doc = make_doc(
        [
            ("ok", "s1", "web", 0, 1),
            ("lost-stage", "gone", "web", 0, 2),
            ("lost-channel", "s1", "gone", 3, -2),
        ],
        [("c1", "ok", "lost-stage"), ("c2", "lost-channel", "ok"), ("c3", "ok", "nowhere")],
    )
    geo = compute_layout(doc)
    assert set(geo.cards) == {"ok"}
    assert geo.connections == []
    assert [c.step for c in geo.stage("s1").steps] == [0, 1]  # step 3 not opened
    assert [p.touchpoint_ids for p in geo.emotion_points] == [("ok",)]


def test_empty_map() -> None:
    geo = compute_layout(make_doc())
    assert geo.cards == {} and geo.connections == [] and geo.emotion_points == []
    assert all([c.step for c in s.steps] == [0] for s in geo.stages)
    assert geo.width > 0 and geo.height > 0


# -- connections ------------------------------------------------------------------


def test_forward_connection_runs_from_right_edge_to_left_edge() -> None:
    doc = make_doc(
        [("a", "s1", "web", 0), ("b", "s2", "shop", 0)],
        [("c1", "a", "b", "negative")],
    )
    geo = compute_layout(doc)
    (path,) = geo.connections
    a, b = geo.cards["a"].rect, geo.cards["b"].rect
    assert (path.connection_id, path.source_id, path.target_id) == ("c1", "a", "b")
    assert path.polarity == "negative"
    assert not path.backwards and not path.dimmed
    assert path.start == (a.right, a.center[1])
    assert path.end == (b.x, b.center[1])
    assert path.start[0] < path.c1[0] and path.c2[0] < path.end[0]  # leaves right, enters left
    assert path.c1[1] == path.start[1] and path.c2[1] == path.end[1]
    mid = tuple(
        (p0 + 3 * p1 + 3 * p2 + p3) / 8
        for p0, p1, p2, p3 in zip(path.start, path.c1, path.c2, path.end, strict=True)
    )
    assert path.label_pos == pytest.approx(mid)


def test_label_between_cards_side_by_side_goes_above_them() -> None:
    opt = LayoutOptions()
    doc = make_doc(
        [("a", "s1", "web", 0), ("b", "s1", "web", 1), ("c", "s2", "web", 0)],
        [("near", "a", "b"), ("far", "a", "c")],
    )
    geo = compute_layout(doc, opt)
    paths = {p.connection_id: p for p in geo.connections}
    a, b = geo.cards["a"].rect, geo.cards["b"].rect
    x, y = paths["near"].label_pos
    assert a.right < x < b.x  # centred on the gutter between them
    assert y + LABEL_HEIGHT / 2 == a.y  # in the gap above the cards, not over their titles
    assert not any(card.rect.contains(x, y) for card in geo.cards.values())
    # with a column in between, the path hops over the card there and the label
    # stays on the curve, in the gap above the cards
    far = paths["far"]
    assert far.start == (a.center[0], a.y)
    assert far.label_pos[1] < a.y
    assert not any(card.rect.contains(*far.label_pos) for card in geo.cards.values())


def test_backwards_connection_is_flagged_and_routed_below() -> None:
    doc = make_doc(
        [("a", "s1", "web", 0), ("b", "s1", "web", 1), ("c", "s2", "shop", 0)],
        [("back", "c", "a", "negative"), ("fwd", "a", "b"), ("back2", "b", "a")],
    )
    geo = compute_layout(doc)
    paths = {p.connection_id: p for p in geo.connections}
    assert not paths["fwd"].backwards
    for cid in ("back", "back2"):
        path = paths[cid]
        assert path.backwards
        source, target = geo.cards[path.source_id].rect, geo.cards[path.target_id].rect
        assert path.start == (source.center[0], source.bottom)
        assert path.end == (target.center[0], target.bottom)
        assert path.c1[1] > max(source.bottom, target.bottom)  # dips below both cards
        assert path.c2[1] > max(source.bottom, target.bottom)


def test_simultaneous_connection_loops_in_the_gutter() -> None:
    opt = LayoutOptions()
    doc = make_doc(
        [("a", "s1", "web", 0), ("b", "s1", "shop", 0)],
        [("c1", "a", "b")],
    )
    geo = compute_layout(doc, opt)
    (path,) = geo.connections
    a, b = geo.cards["a"].rect, geo.cards["b"].rect
    assert not path.backwards
    assert path.start == (a.right, a.center[1]) and path.end == (b.right, b.center[1])
    bulge = 0.75 * (path.c1[0] - a.right)  # furthest x of the curve beyond the edge
    assert 0 < bulge < opt.step_gap


# -- emotion curve ----------------------------------------------------------------


def test_emotion_curve_in_time_order_with_averaging() -> None:
    doc = make_doc(
        [
            ("late", "s2", "web", 0, -2),
            ("mid-a", "s1", "web", 4, 2),
            ("unknown", "s1", "web", 1, None),
            ("early", "s1", "shop", 1, 1),
            ("mid-b", "s1", "shop", 4, -1),
            ("mid-c", "s1", "shop", 4, 1),
        ]
    )
    geo = compute_layout(doc)
    points = geo.emotion_points
    assert [p.touchpoint_ids for p in points] == [
        ("early",),
        ("mid-a", "mid-b", "mid-c"),
        ("late",),
    ]
    assert [p.emotion for p in points] == pytest.approx([1, 2 / 3, -2])
    xs = [p.x for p in points]
    assert xs == sorted(xs)
    assert points[1].x == pytest.approx(geo.step_column("s1", 4).rect.center[0])
    assert points[0].x == pytest.approx(geo.cards["early"].rect.center[0])
    levels = geo.emotion_lane.levels
    assert points[0].y == pytest.approx(levels[1])
    assert points[2].y == pytest.approx(levels[-2])
    assert levels[1] < points[1].y < levels[0]
    for p in points:
        assert geo.emotion_lane.rect.contains(p.x, p.y)


# -- persona filter -------------------------------------------------------------


def test_persona_filter_dims_what_the_persona_does_not_live() -> None:
    doc = make_doc(
        [
            ("all", "s1", "web", 0, 2),
            ("ana-only", "s1", "web", 1, -2, ["ana"]),
            ("ben-only", "s1", "shop", 1, 1, ["ben"]),
            ("both", "s2", "shop", 0, 0, ["ana", "ben"]),
        ],
        [
            ("to-ana", "all", "ana-only"),
            ("to-ben", "all", "ben-only"),
            ("ben-link", "all", "both", "positive", ["ben"]),
            ("open", "ana-only", "both"),
        ],
    )
    plain = compute_layout(doc)
    assert not any(c.dimmed for c in plain.cards.values())
    assert not any(c.dimmed for c in plain.connections)

    geo = compute_layout(doc, LayoutOptions(persona="ana"))
    assert {i for i, c in geo.cards.items() if c.dimmed} == {"ben-only"}
    dimmed = {c.connection_id for c in geo.connections if c.dimmed}
    assert dimmed == {"to-ben", "ben-link"}
    # only what ana lives makes her emotion curve; the step 1 point is not averaged
    assert [p.touchpoint_ids for p in geo.emotion_points] == [("all",), ("ana-only",), ("both",)]
    assert geo.emotion_points[1].emotion == -2
    assert [p.touchpoint_ids for p in plain.emotion_points][1] == ("ana-only", "ben-only")
    # dimming changes nothing in the geometry itself
    for tid, card in geo.cards.items():
        assert card.rect == plain.cards[tid].rect


# -- large maps (speed is measured in bench/, not asserted here) -------------------


def test_large_map_is_laid_out_completely() -> None:
    doc = generate_document(10_000)
    assert len(doc.connections) == 15_000
    geo = compute_layout(doc, LayoutOptions(persona="persona-1"))
    assert len(geo.cards) == 10_000 and len(geo.connections) == 15_000
    for tid in list(geo.cards)[:2000]:
        assert geo.card_at(*geo.cards[tid].rect.center) == tid
