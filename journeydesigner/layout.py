"""Document -> geometry: where everything of a journey map goes (Qt-free).

:func:`compute_layout` turns a :class:`~journeydesigner.model.Document` into a
:class:`Geometry` of plain rectangles, points and Bezier curves. The Qt canvas
and the PDF export both draw that geometry, so they look alike and the layout
is testable without a display.

Units are scene units: points at 100 % zoom, x growing to the right and y
growing downwards, the origin at the top-left corner of the map.

The map, from top to bottom::

    +--------+-------------------+----------------------+---
    | corner | stage header      | stage header         |        stage_header_height
    +--------+-------------------+----------------------+---
    | group header "digital" (whole width)                       group_header_height
    +--------+----+----+----+----+----+----+----+-------+---
    | lane   |cell|cell|    |    |    |    |    |       |        one row per channel;
    | header |    |    |    |    |    |    |    |       |        grows with card stacks
    +--------+----+----+----+----+----+----+----+-------+---
    | group header "in_person"                                   (only non-empty groups)
    |  ...                                                 |
    +--------+-------------------------------------------+---
    | label  | emotion lane (levels +2 at top ... -2)    |       emotion_lane_height
    +--------+-------------------------------------------+---

Edition-2 lanes (:mod:`journeydesigner.lane_layout`) add rows: notes lanes
between the stage headers and the first group header; under the emotion lane
the pain-point and opportunity lanes, then frontstage, backstage and support,
with a band for the line of visibility and one for the line of internal
interaction. Without lanes the map is exactly as drawn above.

Each stage is a column made of step sub-columns, one per distinct ``step``
used in the stage plus one trailing empty column (the drop target for a new
step; left out with ``drop_columns=False``, as print does). A card sits in
the cell (stage, channel, step); several touchpoints in one cell stack
vertically in document order.

Everything is computed in O(n log n) for n touchpoints and connections.
"""

from __future__ import annotations

import bisect
import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import lane_layout
from .lane_layout import LaneLine, NoteBox, NoteLaneBox, NoteLink
from .model import COMPUTED_LANES, ChannelKind, Connection, Document, Polarity, Touchpoint
from .style import STAGE_PALETTE

if TYPE_CHECKING:
    from .relayout import _DocIndex

Point = tuple[float, float]

#: Group header rows in drawing order.
GROUP_ORDER: tuple[ChannelKind, ...] = (ChannelKind.DIGITAL, ChannelKind.IN_PERSON)

#: English text of each ``GroupBox.label_key``; the GUI and the PDF translate it.
GROUP_LABELS: dict[str, str] = {
    "group.digital": "Digital channels",
    "group.in_person": "In-person channels",
}

EMOTION_LEVELS: tuple[int, ...] = (2, 1, 0, -1, -2)


# ---------------------------------------------------------------------------
# Geometry primitives
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Rect:
    """An axis-aligned rectangle; ``(x, y)`` is its top-left corner."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def center(self) -> Point:
        return (self.x + self.w / 2, self.y + self.h / 2)

    def intersects(self, other: Rect) -> bool:
        """True when the interiors overlap; rectangles that only touch do not."""
        return (
            self.x < other.x + other.w
            and other.x < self.x + self.w
            and self.y < other.y + other.h
            and other.y < self.y + self.h
        )

    def contains(self, x: float, y: float) -> bool:
        """True for a point inside the rectangle or on its border."""
        return self.x <= x <= self.x + self.w and self.y <= y <= self.y + self.h

    @staticmethod
    def around(points: Iterable[Point]) -> Rect:
        """The smallest rectangle holding ``points`` (at least one)."""
        xs, ys = zip(*points, strict=True)
        return Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))

    @staticmethod
    def union(rects: Iterable[Rect]) -> Rect:
        """The smallest rectangle holding ``rects`` (at least one)."""
        rects = list(rects)
        left, top = min(r.x for r in rects), min(r.y for r in rects)
        right, bottom = max(r.right for r in rects), max(r.bottom for r in rects)
        return Rect(left, top, right - left, bottom - top)


# ---------------------------------------------------------------------------
# Options and results
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LayoutOptions:
    """Sizes of the map in points, and the persona filter."""

    card_width: float = 168
    card_height: float = 72
    #: Vertical space between stacked cards and between a card and its lane border.
    card_gap: float = 10
    #: Horizontal gutter between the cards of neighbouring step columns; connections
    #: run through it. Half of it lies on each side of a card.
    step_gap: float = 32
    lane_header_width: float = 170
    stage_header_height: float = 44
    group_header_height: float = 26
    emotion_lane_height: float = 150
    #: Space between the emotion lane's border and its +2 / -2 level lines.
    emotion_margin: float = 22
    #: Empty margin around the whole map.
    padding: float = 16
    #: Persona filter: what this persona does not live is dimmed and left out of
    #: the emotion curve. ``None`` shows everything.
    persona: str | None = None
    #: The trailing empty column of each stage, where a new step is dropped. Print
    #: leaves it out (a stage without touchpoints keeps one column).
    drop_columns: bool = True

    @property
    def column_width(self) -> float:
        """Width of one step column: a card plus its gutter."""
        return self.card_width + self.step_gap

    @property
    def card_pitch(self) -> float:
        """Vertical distance between the tops of two stacked cards."""
        return self.card_height + self.card_gap


@dataclass(frozen=True, slots=True)
class Cell:
    """A place for a card: stage, channel (lane) and step."""

    stage_id: str
    channel_id: str
    step: int


@dataclass(frozen=True, slots=True)
class StepColumn:
    """One step inside a stage; ``rect`` spans the same height as the stage column."""

    step: int
    rect: Rect


@dataclass(frozen=True, slots=True)
class StageBox:
    """A stage: its header on top and its column below (down to the emotion lane's bottom).

    ``color`` is the stage's own colour or one of :data:`STAGE_PALETTE`, never None.
    ``steps`` holds one column per distinct step used in the stage, sorted, then
    one trailing empty column (step = largest + 1, or 0 for an empty stage) unless
    ``LayoutOptions.drop_columns`` is False.
    """

    stage_id: str
    name: str
    color: str
    header: Rect
    column: Rect
    steps: list[StepColumn]


@dataclass(frozen=True, slots=True)
class GroupBox:
    """The header row of a group of lanes; ``rect`` spans the whole map width.

    ``label_key`` is ``"group.digital"`` or ``"group.in_person"`` (English text in
    :data:`GROUP_LABELS`).
    """

    kind: ChannelKind
    label_key: str
    rect: Rect


@dataclass(frozen=True, slots=True)
class LaneBox:
    """A channel's swimlane: ``header`` on the left, ``row`` over all stage columns.

    ``color`` is the channel's own colour or None (no accent).
    """

    channel_id: str
    name: str
    kind: ChannelKind
    header: Rect
    row: Rect
    color: str | None = None


@dataclass(frozen=True, slots=True)
class CardBox:
    """A touchpoint's card; ``dimmed`` when the persona filter leaves it out."""

    touchpoint_id: str
    rect: Rect
    dimmed: bool = False


@dataclass(frozen=True, slots=True)
class ConnectionPath:
    """A connection drawn as the cubic Bezier ``start, c1, c2, end``.

    Forward (target later in the map): from the source card's right edge middle to
    the target card's left edge middle. Backwards in time (target column left of
    the source column, ``backwards=True``): from the source card's bottom middle,
    dipping below both cards, to the target card's bottom middle. Simultaneous
    (same step column): a loop in the gutter right of the column, from the source
    card's right edge middle to the target card's right edge middle.
    The arrow head goes at ``end``, pointing along ``c2 -> end``.
    ``label_pos`` is the curve's midpoint (t = 0.5), except between two cards
    side by side in neighbouring columns: there it is in the gap above them.
    ``dimmed`` when the persona filter leaves out the connection or either end.

    A path that would run across another card is routed around it (see
    :func:`connection_path`): over or under the cards between, or into the target
    from above or below. ``envelope`` then bounds every route that was weighed
    (None for a path between neighbouring columns, which never crosses a card),
    so moving a card elsewhere cannot change the route.
    """

    connection_id: str
    source_id: str
    target_id: str
    polarity: Polarity
    start: Point
    c1: Point
    c2: Point
    end: Point
    label_pos: Point
    backwards: bool = False
    dimmed: bool = False
    envelope: Rect | None = None


@dataclass(frozen=True, slots=True)
class EmotionLane:
    """The emotion lane under the lanes.

    ``rect`` is the plot area over the stage columns, ``label_area`` the part left of
    it under the lane headers. ``levels`` maps each emotion level -2..2 to the y of
    its guide line (+2 at the top).
    """

    rect: Rect
    label_area: Rect
    levels: dict[int, float]

    def y_for(self, emotion: float) -> float:
        """The y of an emotion value, levels interpolated linearly."""
        top, bottom = self.levels[2], self.levels[-2]
        return top + (2 - emotion) * (bottom - top) / 4


@dataclass(frozen=True, slots=True)
class EmotionPoint:
    """A point of the emotion curve: the mean emotion of touchpoints of one step."""

    x: float
    y: float
    emotion: float
    touchpoint_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Geometry:
    """Everything needed to draw a journey map, in scene units.

    ``stages`` are left to right and ``lanes`` top to bottom (hit tests rely on
    it); ``cards`` maps touchpoint ids to their cards; ``cells`` maps each
    occupied cell to its touchpoint ids, top to bottom; ``emotion_points`` are in
    time order; ``corner`` is the empty box above the lane headers and left of
    the stage headers.
    """

    width: float
    height: float
    stages: list[StageBox]
    groups: list[GroupBox]
    lanes: list[LaneBox]
    cards: dict[str, CardBox]
    connections: list[ConnectionPath]
    emotion_lane: EmotionLane
    emotion_points: list[EmotionPoint]
    corner: Rect
    cells: dict[Cell, tuple[str, ...]] = field(default_factory=dict)
    #: The lanes of edition 2 top to bottom, their note cards, and the blueprint's
    #: lines (see :mod:`journeydesigner.lane_layout`); empty for a map without lanes.
    note_lanes: list[NoteLaneBox] = field(default_factory=list)
    notes: list[NoteBox] = field(default_factory=list)
    lane_lines: list[LaneLine] = field(default_factory=list)
    note_links: list[NoteLink] = field(default_factory=list)
    #: Set by :func:`relayout`: the ids of the cards that differ from the layout
    #: this one was derived from (None for a full layout), so a view redraws just those.
    changed_cards: frozenset[str] | None = field(default=None, compare=False, repr=False)
    # Search indexes, derived from the fields above.
    _stage_lefts: list[float] = field(init=False, repr=False, compare=False)
    _step_lefts: list[list[float]] = field(init=False, repr=False, compare=False)
    _step_values: dict[str, list[int]] = field(init=False, repr=False, compare=False)
    _lane_tops: list[float] = field(init=False, repr=False, compare=False)
    #: every step column left to right: its left edge, and its stage and step
    _column_lefts: list[float] = field(init=False, repr=False, compare=False)
    _column_cells: list[tuple[str, int]] = field(init=False, repr=False, compare=False)
    _stage_by_id: dict[str, StageBox] = field(init=False, repr=False, compare=False)
    _lane_by_id: dict[str, LaneBox] = field(init=False, repr=False, compare=False)
    _note_lane_by_id: dict[str, NoteLaneBox] = field(init=False, repr=False, compare=False)
    #: touchpoint id -> indexes in ``connections``; built on first use
    _links: dict[str, list[int]] | None = field(default=None, init=False, repr=False,
                                                compare=False)
    #: the document look-ups of :func:`relayout`, carried from one relayout to the next
    _index: _DocIndex | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # stages are left to right and lanes top to bottom, so list order is search order
        object.__setattr__(self, "_stage_lefts", [s.column.x for s in self.stages])
        object.__setattr__(self, "_step_lefts", [[c.rect.x for c in s.steps] for s in self.stages])
        object.__setattr__(
            self, "_step_values", {s.stage_id: [c.step for c in s.steps] for s in self.stages}
        )
        object.__setattr__(self, "_lane_tops", [lane.row.y for lane in self.lanes])
        object.__setattr__(self, "_column_lefts",
                           [c.rect.x for s in self.stages for c in s.steps])
        object.__setattr__(self, "_column_cells",
                           [(s.stage_id, c.step) for s in self.stages for c in s.steps])
        object.__setattr__(self, "_stage_by_id", {s.stage_id: s for s in self.stages})
        object.__setattr__(self, "_lane_by_id", {lane.channel_id: lane for lane in self.lanes})
        object.__setattr__(self, "_note_lane_by_id", {b.lane_id: b for b in self.note_lanes})

    # -- look-ups -----------------------------------------------------------

    def stage(self, stage_id: str) -> StageBox | None:
        return self._stage_by_id.get(stage_id)

    def lane(self, channel_id: str) -> LaneBox | None:
        return self._lane_by_id.get(channel_id)

    def step_column(self, stage_id: str, step: int) -> StepColumn | None:
        box = self._stage_by_id.get(stage_id)
        if box is None:
            return None
        k = bisect.bisect_left(self._step_values[stage_id], step)
        return box.steps[k] if k < len(box.steps) and box.steps[k].step == step else None

    def note_lane(self, lane_id: str) -> NoteLaneBox | None:
        return self._note_lane_by_id.get(lane_id)

    def cell_rect(self, cell: Cell) -> Rect | None:
        """The area of a cell (step column x lane row), e.g. to highlight a drop target;
        a cell whose ``channel_id`` is a lane's id is in that lane's row."""
        column = self.step_column(cell.stage_id, cell.step)
        lane = self._lane_by_id.get(cell.channel_id) or self._note_lane_by_id.get(cell.channel_id)
        if column is None or lane is None:
            return None
        return Rect(column.rect.x, lane.row.y, column.rect.w, lane.row.h)

    def cards_in(self, area: Rect) -> list[Rect]:
        """The cards that overlap ``area`` (looked up by cell: quick for a small area)."""
        columns = self._column_lefts
        first = max(bisect.bisect_right(columns, area.x) - 1, 0)
        last = bisect.bisect_right(columns, area.right)
        top = max(bisect.bisect_right(self._lane_tops, area.y) - 1, 0)
        bottom = bisect.bisect_right(self._lane_tops, area.bottom)
        found = []
        for stage_id, step in self._column_cells[first:last]:
            for lane in self.lanes[top:bottom]:
                for tp_id in self.cells.get(Cell(stage_id, lane.channel_id, step), ()):
                    rect = self.cards[tp_id].rect
                    if rect.intersects(area):
                        found.append(rect)
        return found

    def connections_at(self, touchpoint_id: str) -> list[int]:
        """Indexes in ``connections`` of the paths that start or end at a card."""
        if self._links is None:
            links: dict[str, list[int]] = defaultdict(list)
            for k, path in enumerate(self.connections):
                links[path.source_id].append(k)
                links[path.target_id].append(k)
            object.__setattr__(self, "_links", dict(links))
        return self._links.get(touchpoint_id, [])

    # -- hit tests (O(log n)) -------------------------------------------------

    def _lane_index_at(self, y: float) -> int | None:
        i = bisect.bisect_right(self._lane_tops, y) - 1
        if i < 0:
            return None
        return i if y < self.lanes[i].row.bottom else None

    def column_at(self, x: float) -> tuple[str, int] | None:
        """The (stage id, step) of the step column under ``x``, or None outside them.

        A point in a stage's trailing column gives that column's new step.
        """
        i = bisect.bisect_right(self._stage_lefts, x) - 1
        if i < 0:
            return None
        stage = self.stages[i]
        if x >= stage.column.right:
            return None
        j = bisect.bisect_right(self._step_lefts[i], x) - 1
        if j < 0:
            return None
        return stage.stage_id, stage.steps[j].step

    def cell_at(self, x: float, y: float) -> Cell | None:
        """The cell under a scene point, or None outside the lane rows."""
        column = self.column_at(x)
        lane_index = self._lane_index_at(y)
        if column is None or lane_index is None:
            return None
        lane = self.lanes[lane_index]
        if x < lane.row.x:
            return None
        return Cell(column[0], lane.channel_id, column[1])

    def note_cell_at(self, x: float, y: float) -> Cell | None:
        """The cell of a lane that holds notes under a scene point, as a :class:`Cell`
        whose ``channel_id`` is the lane's id (ids are unique in a document), or None."""
        column = self.column_at(x)
        if column is None:
            return None
        for box in self.note_lanes:
            if box.row.y <= y < box.row.bottom and box.kind not in COMPUTED_LANES:
                return Cell(column[0], box.lane_id, column[1])
        return None

    def card_at(self, x: float, y: float) -> str | None:
        """The id of the touchpoint whose card is under a scene point, or None."""
        cell = self.cell_at(x, y)
        if cell is None:
            return None
        ids = self.cells.get(cell)
        if not ids:
            return None
        # the stack is evenly spaced: compute the index instead of searching
        first = self.cards[ids[0]].rect
        pitch = (self.cards[ids[1]].rect.y - first.y) if len(ids) > 1 else first.h
        index = int((y - first.y) // pitch) if pitch > 0 else 0
        for k in (index, index - 1):  # index - 1: a point on a shared border
            if 0 <= k < len(ids) and self.cards[ids[k]].rect.contains(x, y):
                return ids[k]
        return None


# ---------------------------------------------------------------------------
# The layout
# ---------------------------------------------------------------------------


def _lives(persona: str | None, personas: Iterable[str]) -> bool:
    """Whether ``persona`` lives an object with these personas (empty = everyone)."""
    if persona is None:
        return True
    personas = list(personas)
    return not personas or persona in personas


def _bezier_mid(p0: Point, p1: Point, p2: Point, p3: Point) -> Point:
    return (
        (p0[0] + 3 * p1[0] + 3 * p2[0] + p3[0]) / 8,
        (p0[1] + 3 * p1[1] + 3 * p2[1] + p3[1]) / 8,
    )


#: The cards that overlap an area (``Geometry.cards_in``): what routes avoid.
CardsIn = Callable[[Rect], list[Rect]]

Curve = tuple[Point, Point, Point, Point]


def connection_path(conn: Connection, source: CardBox, target: CardBox,
                    opt: LayoutOptions, cards_in: CardsIn | None = None) -> ConnectionPath:
    """The curve of one connection between two placed cards (see :class:`ConnectionPath`).

    With ``cards_in`` a path of a few columns and lanes avoids the other cards: of
    the routes below, the first that crosses no card is taken (else the first).
    ``envelope`` bounds the routes weighed. Longer paths, and all of them without
    ``cards_in`` (the canvas, while cards are being dragged), take the first route.
    Whatever a path crosses, the cards are drawn over it, so it never hides text.
    """
    s, t = source.rect, target.rect
    backwards = t.x < s.x
    routes = _routes(s, t, opt)
    curve, envelope = next(routes), None
    adjacent = 0 < t.x - s.right <= opt.step_gap
    if not adjacent and cards_in is not None and _routable(curve, opt):
        weighed = []
        for route in (curve, *routes):
            hull = Rect.around(route)
            weighed.append(hull)
            if not _crosses(route, [r for r in cards_in(hull) if r is not s and r is not t]):
                curve = route
                break
        envelope = Rect.union(weighed)
    start, c1, c2, end = curve
    label_pos = _bezier_mid(start, c1, c2, end)
    if adjacent and abs(t.y - s.y) < s.h:
        # cards side by side: the gutter between them is too narrow for a label,
        # which would cover their titles; it goes in the gap just above them
        label_pos = (label_pos[0], min(s.y, t.y) - LABEL_HEIGHT / 2)
    elif conn.label and cards_in is not None:  # a label no card hides, along the curve
        half_w, half_h = label_size(conn.label)[0] / 2, label_size(conn.label)[1] / 2
        hull = Rect.around(curve)
        hull = Rect(hull.x - half_w, hull.y - half_h, hull.w + 2 * half_w, hull.h + 2 * half_h)
        near = cards_in(hull)
        label_pos = next((p for p in (_bezier_at(curve, f) for f in LABEL_PLACES)
                          if not any(r.intersects(Rect(p[0] - half_w, p[1] - half_h,
                                                       2 * half_w, 2 * half_h))
                                     for r in near)), label_pos)
        envelope = Rect.union([envelope, hull] if envelope else [hull])
    dimmed = source.dimmed or target.dimmed or not _lives(opt.persona, conn.personas)
    return ConnectionPath(conn.id, conn.source, conn.target, conn.polarity, start, c1, c2, end,
                          label_pos, backwards, dimmed, envelope)


#: The largest path (its first route's bounds) routed around cards, in columns and
#: in stacked cards: beyond, weighing routes would slow down large maps, and a long
#: path simply runs under the cards.
ROUTED_COLUMNS = 5
ROUTED_ROWS = 6


def _routable(curve: Curve, opt: LayoutOptions) -> bool:
    hull = Rect.around(curve)
    return (hull.w <= ROUTED_COLUMNS * opt.column_width
            and hull.h <= ROUTED_ROWS * opt.card_pitch)


def _routes(s: Rect, t: Rect, opt: LayoutOptions) -> Iterator[Curve]:
    """The ways from card ``s`` to card ``t``, the plainest first (made as asked
    for: most paths take the first).

    Forward (target later in the map): right edge -> left edge; then over or
    under both cards (top -> top, bottom -> bottom), then into the target from
    above or below, then out of the source's top or bottom. Backwards in time:
    dipping below both cards, then under and over them closely. Simultaneous
    (same step column): a loop in the gutter right of the column.
    """
    s_mid, t_mid = (s.x + s.w / 2, s.y + s.h / 2), (t.x + t.w / 2, t.y + t.h / 2)
    s_bottom, t_bottom = (s_mid[0], s.bottom), (t_mid[0], t.bottom)
    if t.x > s.x:
        start, end = (s.right, s_mid[1]), (t.x, t_mid[1])
        reach = max((end[0] - start[0]) / 2, opt.step_gap * 1.5)
        out, into = (start[0] + reach, start[1]), (end[0] - reach, end[1])
        yield (start, out, into, end)
    elif t.x < s.x:
        dip = max(opt.card_gap * 2.5, min(abs(t_bottom[0] - s_bottom[0]) * 0.15, opt.card_height))
        low = max(s.bottom, t.bottom) + dip
        yield (s_bottom, (s_bottom[0], low), (t_bottom[0], low), t_bottom)
    else:
        loop = opt.step_gap * 2 / 3  # a loop's bulge reaches half of it: the gutter's middle
        start, end = (s.right, s_mid[1]), (t.right, t_mid[1])
        yield (start, (start[0] + loop, start[1]), (end[0] + loop, end[1]), end)
        return
    hop = opt.card_gap * 1.4  # a hop's peak (3/4 of it) stays in the gap between lanes
    s_top, t_top = (s_mid[0], s.y), (t_mid[0], t.y)
    high, low = min(s.y, t.y) - hop, max(s.bottom, t.bottom) + hop
    over = (s_top, (s_top[0], high), (t_top[0], high), t_top)
    under = (s_bottom, (s_bottom[0], low), (t_bottom[0], low), t_bottom)
    if t.x < s.x:
        yield under
        yield over
        return
    yield over
    yield under
    rise = max(abs(end[1] - start[1]) / 2, opt.card_gap * 2)
    yield (start, out, (t_top[0], t.y - rise), t_top)
    yield (start, out, (t_bottom[0], t.bottom + rise), t_bottom)
    yield (s_top, (s_top[0], s.y - rise), into, end)
    yield (s_bottom, (s_bottom[0], s.bottom + rise), into, end)


#: How far apart (at most, in scene units) the points are where a route is tested.
CROSSING_STEP = 14.0
#: Where along a path its label may go (curve parameter), the middle first.
LABEL_PLACES = (0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.12, 0.88)
#: About how wide one character of a path label is (7.5 pt text), and the box's height.
LABEL_CHAR_WIDTH = 4.4
LABEL_HEIGHT = 12.0
LABEL_MAX_WIDTH = 156.0


def label_size(text: str) -> tuple[float, float]:
    """About the size of a path's label box (the canvas and the PDF elide it at 150)."""
    return (min(LABEL_MAX_WIDTH, len(text) * LABEL_CHAR_WIDTH + 6), LABEL_HEIGHT)


def _crosses(curve: Curve, cards: list[Rect]) -> bool:
    """Whether ``curve`` runs over one of ``cards``. Sampled every few units: a
    curve that clips a card's corner between two samples stays away from its text."""
    if not cards:
        return False
    p0, p1, p2, p3 = curve
    polygon = math.dist(p0, p1) + math.dist(p1, p2) + math.dist(p2, p3)
    n = max(8, int(polygon / CROSSING_STEP))
    samples = [_bezier_at(curve, i / n) for i in range(1, n)]
    return any(r.x < x < r.right and r.y < y < r.bottom for r in cards for x, y in samples)


def _bezier_at(curve: Curve, t: float) -> Point:
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = curve
    u = 1 - t
    a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
    return (a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3)


def _emotion_point(members: Iterable[Touchpoint], x: float, cards: dict[str, CardBox],
                   lane: EmotionLane) -> EmotionPoint | None:
    """The mean emotion of one step's touchpoints (in document order), or None
    when none of them has a shown emotion."""
    felt = [(t.id, t.emotion) for t in members if t.emotion is not None
            and not cards[t.id].dimmed]
    if not felt:
        return None
    mean = sum(e for _, e in felt) / len(felt)
    return EmotionPoint(x, lane.y_for(mean), mean, tuple(i for i, _ in felt))


def _lane_height(tallest: int, opt: LayoutOptions) -> float:
    """A lane fits its tallest stack of cards (at least one card)."""
    return opt.card_gap + tallest * opt.card_pitch


def compute_layout(doc: Document, options: LayoutOptions | None = None) -> Geometry:
    """Lay out a document: stages, lanes, cards, connections and the emotion curve.

    Touchpoints whose stage or channel does not exist, and connections with a
    missing end, are left out rather than refused: the layout must never fail on
    a document that is being edited. Runs in O(n log n).
    """
    return _compute_layout(doc, options or LayoutOptions())


def _compute_layout(doc: Document, opt: LayoutOptions) -> Geometry:
    pad = opt.padding
    col_w = opt.column_width
    pitch = opt.card_pitch
    persona = opt.persona

    # -- stages and channels (first of duplicate ids wins) -------------------
    stages = []
    stage_index: dict[str, int] = {}
    for stage in doc.stages:
        if stage.id not in stage_index:
            stage_index[stage.id] = len(stages)
            stages.append(stage)
    channels_by_id = {}
    for channel in doc.channels:
        if channel.kind in GROUP_ORDER:  # always so for a validated document
            channels_by_id.setdefault(channel.id, channel)
    ordered_channels = [
        c for kind in GROUP_ORDER for c in channels_by_id.values() if c.kind == kind
    ]

    # -- place touchpoints in cells ----------------------------------------
    placed = []  # (touchpoint, index in its cell's stack)
    stack: dict[tuple[str, str, int], list[str]] = defaultdict(list)
    steps_used: list[set[int]] = [set() for _ in stages]
    seen_tp: set[str] = set()
    for tp in doc.touchpoints:
        si = stage_index.get(tp.stage)
        if si is None or tp.channel not in channels_by_id or tp.id in seen_tp:
            continue
        seen_tp.add(tp.id)
        key = (tp.stage, tp.channel, tp.step)
        ids = stack[key]
        placed.append((tp, len(ids)))
        ids.append(tp.id)
        steps_used[si].add(tp.step)
    for stage_id, step in lane_layout.note_steps(doc):
        if stage_id in stage_index:
            steps_used[stage_index[stage_id]].add(step)

    tallest: dict[str, int] = defaultdict(lambda: 1)
    for (_, channel_id, _), ids in stack.items():
        if len(ids) > tallest[channel_id]:
            tallest[channel_id] = len(ids)

    # -- horizontal: stage columns and step columns --------------------------
    content_left = pad + opt.lane_header_width
    stage_x: list[float] = []
    stage_steps: list[list[int]] = []
    x = content_left
    for si in range(len(stages)):
        used = sorted(steps_used[si])
        if opt.drop_columns or not used:
            used.append(used[-1] + 1 if used else 0)
        stage_steps.append(used)
        stage_x.append(x)
        x += len(used) * col_w
    content_right = x
    content_w = content_right - content_left

    # -- vertical: groups and lanes -----------------------------------------
    y = pad
    corner = Rect(pad, pad, opt.lane_header_width, opt.stage_header_height)
    y += opt.stage_header_height
    lanes_top = y
    top_lanes, computed_lanes, blueprint_lanes = lane_layout.lane_groups(doc)
    if doc.lanes:
        columns = lane_layout.Columns(
            {stage.id: (stage_x[si], len(stage_steps[si]) * col_w)
             for si, stage in enumerate(stages)},
            {(stage.id, step): stage_x[si] + k * col_w
             for si, stage in enumerate(stages) for k, step in enumerate(stage_steps[si])},
            pad, content_left, content_w)
        entries = lane_layout.lane_entries(doc, doc.lanes, {tp.id for tp, _ in placed},
                                           lambda personas: _lives(persona, personas))
        above = lane_layout.lane_rows(top_lanes, entries, y, columns, opt)
        y = above.bottom
    groups: list[GroupBox] = []
    lanes: list[LaneBox] = []
    full_w = opt.lane_header_width + content_w
    for kind in GROUP_ORDER:
        members = [c for c in ordered_channels if c.kind == kind]
        if not members:
            continue
        groups.append(
            GroupBox(kind, f"group.{kind.value}", Rect(pad, y, full_w, opt.group_header_height))
        )
        y += opt.group_header_height
        for channel in members:
            h = _lane_height(tallest[channel.id], opt)
            lanes.append(
                LaneBox(
                    channel.id,
                    channel.name,
                    channel.kind,
                    Rect(pad, y, opt.lane_header_width, h),
                    Rect(content_left, y, content_w, h),
                    channel.color,
                )
            )
            y += h
    lane_by_id = {lane.channel_id: lane for lane in lanes}

    emotion_top = y
    emotion_lane_rect = Rect(content_left, emotion_top, content_w, opt.emotion_lane_height)
    label_area = Rect(pad, emotion_top, opt.lane_header_width, opt.emotion_lane_height)
    inner_top = emotion_top + opt.emotion_margin
    inner_h = max(opt.emotion_lane_height - 2 * opt.emotion_margin, 0.0)
    levels = {level: inner_top + (2 - level) * inner_h / 4 for level in EMOTION_LEVELS}
    emotion_lane = EmotionLane(emotion_lane_rect, label_area, levels)
    bottom = emotion_lane_rect.bottom
    note_lanes: list[NoteLaneBox] = []
    notes: list[NoteBox] = []
    lane_lines: list[LaneLine] = []
    if doc.lanes:
        under = lane_layout.lane_rows(computed_lanes, entries, bottom, columns, opt)
        blueprint = lane_layout.lane_rows(blueprint_lanes, entries, under.bottom, columns, opt,
                                          lines=True)
        for rows in (above, under, blueprint):
            note_lanes += rows.lanes
            notes += rows.notes
            lane_lines += rows.lines
        bottom = blueprint.bottom

    stage_boxes: list[StageBox] = []
    column_x: dict[tuple[str, int], float] = {}
    column_h = bottom - lanes_top
    for si, stage in enumerate(stages):
        sx = stage_x[si]
        steps = stage_steps[si]
        cols = []
        for k, step in enumerate(steps):
            cx = sx + k * col_w
            column_x[(stage.id, step)] = cx
            cols.append(StepColumn(step, Rect(cx, lanes_top, col_w, column_h)))
        width = len(steps) * col_w
        stage_boxes.append(
            StageBox(
                stage.id,
                stage.name,
                stage.color or STAGE_PALETTE[si % len(STAGE_PALETTE)],
                Rect(sx, pad, width, opt.stage_header_height),
                Rect(sx, lanes_top, width, column_h),
                cols,
            )
        )

    # -- cards ----------------------------------------------------------------
    card_offset_x = opt.step_gap / 2
    cards: dict[str, CardBox] = {}
    time_key: dict[str, tuple[int, int]] = {}
    for tp, index in placed:
        lane = lane_by_id[tp.channel]
        rect = Rect(
            column_x[(tp.stage, tp.step)] + card_offset_x,
            lane.row.y + opt.card_gap + index * pitch,
            opt.card_width,
            opt.card_height,
        )
        cards[tp.id] = CardBox(tp.id, rect, not _lives(persona, tp.personas))
        time_key[tp.id] = (stage_index[tp.stage], tp.step)
    cells = {Cell(*key): tuple(ids) for key, ids in stack.items()}


    # -- emotion curve ----------------------------------------------------------
    by_time: dict[tuple[int, int], list[Touchpoint]] = defaultdict(list)
    for tp, _ in placed:
        by_time[time_key[tp.id]].append(tp)
    emotion_points = [
        point
        for si, step in sorted(by_time)
        if (point := _emotion_point(
            by_time[(si, step)], column_x[(stages[si].id, step)] + col_w / 2, cards, emotion_lane
        ))
    ]

    geometry = Geometry(
        width=content_right + pad,
        height=bottom + pad,
        stages=stage_boxes,
        groups=groups,
        lanes=lanes,
        cards=cards,
        connections=[],
        emotion_lane=emotion_lane,
        emotion_points=emotion_points,
        corner=corner,
        cells=cells,
        note_lanes=note_lanes,
        notes=notes,
        lane_lines=lane_lines,
        note_links=lane_layout.note_links(doc, notes, cards) if doc.lanes else [],
    )
    # -- connections, routed around the cards just placed ---------------------------
    for conn in doc.connections:
        source = cards.get(conn.source)
        target = cards.get(conn.target)
        if source is None or target is None or conn.source == conn.target:
            continue
        geometry.connections.append(connection_path(conn, source, target, opt,
                                                    geometry.cards_in))
    return geometry
