"""Where the lanes of edition 2 go (Qt-free): notes lanes, the computed pain-point
and opportunity lanes, and the service-blueprint lanes with their two lines.

:func:`journeydesigner.layout.compute_layout` calls :func:`lane_rows` for each
group of lanes at its place in the map (notes lanes above the channel grid, the
rest under the emotion lane), so the canvas and the PDF draw the same geometry.

Note text is wrapped here, with a character width wide enough for the fonts the
canvas and the PDF use, so both draw the same lines and a lane is always tall
enough for its notes. In a lane, each stage first stacks the notes about the
whole stage (drawn across it), then each step column stacks its own notes under
them: notes never overlap.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .model import BLUEPRINT_LANES, COMPUTED_LANES, Document, Lane, LaneKind, Note, Touchpoint

if TYPE_CHECKING:
    from .layout import CardBox, Geometry, LayoutOptions, Rect

#: Note text size in points (the canvas and the PDF draw it at this size).
NOTE_TEXT_PT = 8.5
#: A character's width and a line's height of note text in scene units, on the
#: wide side for the fonts used (96 dpi: 8.5 pt is 11.3 units).
NOTE_CHAR_WIDTH = 6.6
NOTE_LINE_HEIGHT = 14.0
#: Inner margin of a note card, and the height of a lane without notes.
NOTE_PADDING = 6.0
EMPTY_LANE_HEIGHT = 40.0
#: A lane header's name (9.5 pt bold, at most 3 lines): a character's width, a
#: line's height, the space above the first line and below the last.
HEADER_CHAR_WIDTH = 8.2
HEADER_LINE_HEIGHT = 15.0
HEADER_MARGINS = 10.0 + 8.0
#: Height of the band that holds a blueprint line and its label.
LINE_BAND_HEIGHT = 18.0


@dataclass(frozen=True, slots=True)
class NoteLaneBox:
    """A lane of edition 2: ``header`` on the left, ``row`` over the stage columns."""

    lane_id: str
    name: str
    kind: LaneKind
    header: Rect
    row: Rect
    color: str | None = None


@dataclass(frozen=True, slots=True)
class NoteBox:
    """A note card in a lane. ``lines`` is its wrapped text, top to bottom.

    A written note has ``note_id``; an entry of a pain-point or opportunity lane
    has ``touchpoint_id``, the touchpoint it comes from. ``step`` None: the note
    is about its whole stage and spans it. ``dimmed`` when the persona filter
    leaves it out.
    """

    lane_id: str
    stage_id: str
    step: int | None
    rect: Rect
    lines: tuple[str, ...]
    dimmed: bool = False
    note_id: str | None = None
    touchpoint_id: str | None = None
    color: str | None = None


@dataclass(frozen=True, slots=True)
class LaneLine:
    """A line of the service blueprint, drawn across the map in the middle of ``band``.

    ``label_key`` is ``"line.visibility"`` (above the first backstage lane) or
    ``"line.internal"`` (above the first support lane); its text in each language
    is in :data:`journeydesigner.style.LINE_LABELS`.
    """

    label_key: str
    band: Rect

    @property
    def y(self) -> float:
        return self.band.y + self.band.h / 2


@dataclass(frozen=True, slots=True)
class NoteLink:
    """A blueprint note's link to a touchpoint it supports: a straight line from the
    note's top edge to the card's bottom middle, vertical when the card stands
    over the note (crossing the line of visibility for a backstage note)."""

    note_id: str
    touchpoint_id: str
    start: tuple[float, float]
    end: tuple[float, float]
    dimmed: bool = False
    lane_id: str = ""


@dataclass(frozen=True, slots=True)
class _Entry:
    stage_id: str
    step: int | None
    text: str
    dimmed: bool
    note_id: str | None = None
    touchpoint_id: str | None = None
    color: str | None = None


@dataclass(frozen=True, slots=True)
class Columns:
    """The horizontal grid the lanes follow: each stage's left edge and width,
    each step column's left edge, and the x range of the headers and rows."""

    stage_spans: dict[str, tuple[float, float]]
    column_x: dict[tuple[str, int], float]
    header_x: float
    content_x: float
    content_w: float


@dataclass(frozen=True, slots=True)
class LaneRows:
    """Lanes, note cards and lines laid out from ``top`` down to ``bottom``."""

    lanes: list[NoteLaneBox]
    notes: list[NoteBox]
    lines: list[LaneLine]
    bottom: float


def note_steps(doc: Document) -> Iterable[tuple[str, int]]:
    """The (stage, step) of every note with a step in a lane that holds notes: the
    step columns notes need besides the touchpoints'."""
    holding = {lane.id for lane in doc.lanes if lane.kind not in COMPUTED_LANES}
    for note in doc.notes:
        if note.step is not None and note.lane in holding:
            yield note.stage, note.step


def wrap_note(text: str, width: float) -> tuple[str, ...]:
    """``text`` broken into lines of at most ``width`` units (words longer than a
    line are cut); its own line breaks are kept."""
    return _wrap(text, max(1, int(width // NOTE_CHAR_WIDTH)))


@lru_cache(maxsize=16384)  # a relayout wraps again the notes of the lanes it redoes
def _wrap(text: str, per_line: int) -> tuple[str, ...]:
    """``text`` in lines of at most ``per_line`` characters."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for word in paragraph.split():
            while len(word) > per_line:
                if line:
                    lines.append(line)
                    line = ""
                lines.append(word[:per_line])
                word = word[per_line:]
            if not line:
                line = word
            elif len(line) + 1 + len(word) <= per_line:
                line = f"{line} {word}"
            else:
                lines.append(line)
                line = word
        lines.append(line)
    while len(lines) > 1 and not lines[-1]:
        lines.pop()
    return tuple(lines)


def note_links(doc: Document, notes: Iterable[NoteBox], cards: dict) -> list[NoteLink]:
    """The links of the notes of blueprint lanes to the placed touchpoints they name
    (``cards`` maps touchpoint ids to :class:`~journeydesigner.layout.CardBox`)."""
    blueprint = {lane.id for lane in doc.lanes if lane.kind in BLUEPRINT_LANES}
    linked = {n.id: n.touchpoints for n in doc.notes if n.lane in blueprint and n.touchpoints}
    links = []
    for box in notes:
        for tp_id in linked.get(box.note_id, ()) if box.note_id else ():
            card = cards.get(tp_id)
            if card is not None:
                links.append(_link(box, card))
    return links


def _link(box: NoteBox, card: CardBox) -> NoteLink:
    r, c = box.rect, card.rect
    x = min(max(c.center[0], r.x + NOTE_PADDING), r.right - NOTE_PADDING)
    assert box.note_id is not None
    return NoteLink(box.note_id, card.touchpoint_id, (x, r.y), (c.center[0], c.bottom),
                    box.dimmed or card.dimmed, box.lane_id)


def header_height(name: str, header_w: float) -> float:
    """The height a lane header needs for its name (wrapped on the wide side, at
    most 3 lines as the canvas and the PDF draw it)."""
    per_line = max(1, int((header_w - 24) // HEADER_CHAR_WIDTH))
    lines = min(3, len(_wrap(name, per_line)))
    return HEADER_MARGINS + lines * HEADER_LINE_HEIGHT


def note_height(lines: int) -> float:
    return 2 * NOTE_PADDING + max(lines, 1) * NOTE_LINE_HEIGHT


def lane_groups(doc: Document) -> tuple[list[Lane], list[Lane], list[Lane]]:
    """The lanes above the grid (notes), under the emotion lane (pain points, then
    opportunities) and the blueprint (frontstage, backstage, support), each in
    array order inside its kind."""
    top = [lane for lane in doc.lanes if lane.kind == LaneKind.NOTES]
    computed = [lane for kind in (LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES)
                for lane in doc.lanes if lane.kind == kind]
    blueprint = [lane for kind in BLUEPRINT_LANES for lane in doc.lanes if lane.kind == kind]
    return top, computed, blueprint


def lane_entries(doc: Document, lanes: list[Lane], placed_ids: set[str],
                 lives: Callable[[Iterable[str]], bool]) -> dict[str, list[_Entry]]:
    """What each lane shows: its notes, or for a computed lane the pain points or
    opportunities of the placed touchpoints (document order), each in its
    touchpoint's stage and step. ``lives(personas)`` says whether the persona
    filter shows a thing."""
    wanted = {lane.id: lane for lane in lanes}
    stage_ids = {s.id for s in doc.stages}
    entries: dict[str, list[_Entry]] = defaultdict(list)
    computed = [lane for lane in lanes if lane.kind in COMPUTED_LANES]
    if computed:
        for tp in doc.touchpoints:
            if tp.id not in placed_ids:
                continue
            dimmed = not lives(tp.personas)
            for lane in computed:
                texts = tp.pain_points if lane.kind == LaneKind.PAIN_POINTS else tp.opportunities
                entries[lane.id].extend(_Entry(tp.stage, tp.step, text, dimmed,
                                               touchpoint_id=tp.id) for text in texts)
    for note in doc.notes:
        lane = wanted.get(note.lane)
        if lane is None or lane.kind in COMPUTED_LANES or note.stage not in stage_ids:
            continue
        entries[lane.id].append(_Entry(note.stage, note.step, note.text,
                                       not lives(note.personas), note_id=note.id,
                                       color=note.color))
    return entries


def lane_rows(lanes: list[Lane], entries: dict[str, list[_Entry]], top: float,
              columns: Columns, opt: LayoutOptions, *, lines: bool = False) -> LaneRows:
    """Lay ``lanes`` out from ``top`` down. With ``lines``, a band holding the line
    of visibility goes above the first backstage lane and one holding the line of
    internal interaction above the first support lane."""
    from .layout import Rect  # layout imports this module

    boxes: list[NoteLaneBox] = []
    notes: list[NoteBox] = []
    bands: list[LaneLine] = []
    y = top
    full_w = columns.content_x + columns.content_w - columns.header_x
    line_before = {LaneKind.BACKSTAGE: "line.visibility", LaneKind.SUPPORT: "line.internal"}
    for lane in lanes:
        key = line_before.pop(lane.kind, None) if lines else None
        if key is not None:
            bands.append(LaneLine(key, Rect(columns.header_x, y, full_w, LINE_BAND_HEIGHT)))
            y += LINE_BAND_HEIGHT
        placed = _place(lane.id, entries.get(lane.id, []), y, columns, opt)
        h = _lane_height(lane.name, placed, y, columns, opt)
        boxes.append(NoteLaneBox(lane.id, lane.name, lane.kind,
                                 Rect(columns.header_x, y, columns.content_x - columns.header_x, h),
                                 Rect(columns.content_x, y, columns.content_w, h), lane.color))
        notes.extend(placed)
        y += h
    return LaneRows(boxes, notes, bands, y)


def _lane_height(name: str, placed: list[NoteBox], top: float, columns: Columns,
                 opt: LayoutOptions) -> float:
    """A lane is as tall as its header's name and its notes need, and never empty-thin."""
    return max(EMPTY_LANE_HEIGHT, header_height(name, columns.content_x - columns.header_x),
               max((n.rect.bottom for n in placed), default=top) - top + opt.card_gap)


def _place(lane_id: str, entries: list[_Entry], top: float, columns: Columns,
           opt: LayoutOptions) -> list[NoteBox]:
    """Stage-wide notes stacked at the top of their stage, then each step's notes
    stacked under them in its column, in the order given."""
    from .layout import Rect

    inset = opt.step_gap / 2
    spans_bottom: dict[str, float] = {}
    placed: list[NoteBox] = []
    for e in entries:
        span = columns.stage_spans.get(e.stage_id)
        if e.step is not None or span is None:
            continue
        x, w = span
        lines = wrap_note(e.text, w - 2 * inset - 2 * NOTE_PADDING)
        y = spans_bottom.get(e.stage_id, top + opt.card_gap)
        rect = Rect(x + inset, y, w - 2 * inset, note_height(len(lines)))
        placed.append(_note_box(lane_id, e, rect, lines))
        spans_bottom[e.stage_id] = rect.bottom + opt.card_gap
    column_bottom: dict[tuple[str, int], float] = {}
    for e in entries:
        if e.step is None:
            continue
        x = columns.column_x.get((e.stage_id, e.step))
        if x is None:
            continue
        lines = wrap_note(e.text, opt.card_width - 2 * NOTE_PADDING)
        key = (e.stage_id, e.step)
        y = column_bottom.get(key, spans_bottom.get(e.stage_id, top + opt.card_gap))
        rect = Rect(x + inset, y, opt.card_width, note_height(len(lines)))
        placed.append(_note_box(lane_id, e, rect, lines))
        column_bottom[key] = rect.bottom + opt.card_gap
    return placed


def _note_box(lane_id: str, e: _Entry, rect: Rect, lines: tuple[str, ...]) -> NoteBox:
    return NoteBox(lane_id, e.stage_id, e.step, rect, lines, e.dimmed, e.note_id,
                   e.touchpoint_id, e.color)


# ---------------------------------------------------------------------------
# Incremental: the lanes after an edit of touchpoints or notes
# ---------------------------------------------------------------------------


def columns_of(g: Geometry) -> Columns:
    """The horizontal grid of a laid-out map, as :func:`lane_rows` wants it."""
    content_right = max((s.column.right for s in g.stages), default=g.corner.right)
    return Columns({s.stage_id: (s.column.x, s.column.w) for s in g.stages},
                   {(s.stage_id, c.step): c.rect.x for s in g.stages for c in s.steps},
                   g.corner.x, g.corner.right, content_right - g.corner.right)


def relaid(previous: Geometry, doc: Document, lane_ids: set[str], placed_ids: set[str],
           opt: LayoutOptions, lives: Callable[[Iterable[str]], bool],
           stages: set[str] | None = None) -> list[NoteBox] | None:
    """``previous.notes`` with the notes of the lanes ``lane_ids`` placed again from
    ``doc`` (with ``stages``, only those in these stages: the others keep their
    places, as stages stack their notes apart); None when one of those lanes would
    change height (or is not laid out), for then everything under it moves."""
    lanes = [lane for lane in doc.lanes if lane.id in lane_ids]
    boxes = {box.lane_id: box for box in previous.note_lanes if box.lane_id in lane_ids}
    if len(lanes) != len(lane_ids) or len(boxes) != len(lane_ids):
        return None
    entries = lane_entries(doc, lanes, placed_ids, lives)
    columns = columns_of(previous)
    by_lane: dict[str, list[NoteBox]] = defaultdict(list)
    for note in previous.notes:
        by_lane[note.lane_id].append(note)
    order = {n.id: k for k, n in enumerate(doc.notes)} if stages is not None else {}
    for lane in lanes:
        box = boxes[lane.id]
        if lane.name != box.name or lane.kind != box.kind:
            return None
        wanted = entries.get(lane.id, [])
        if stages is not None:
            wanted = [e for e in wanted if e.stage_id in stages]
        placed = _place(lane.id, wanted, box.row.y, columns, opt)
        if stages is not None:  # in compute_layout's order: stage-wide notes first
            placed += [n for n in by_lane[lane.id] if n.stage_id not in stages]
            placed.sort(key=lambda n: (n.step is not None, order.get(n.note_id or "", -1)))
        if _lane_height(lane.name, placed, box.row.y, columns, opt) != box.row.h:
            return None
        by_lane[lane.id] = placed
    notes: list[NoteBox] = []
    for box in previous.note_lanes:  # the notes of a lane lie together, in lane order
        notes += by_lane[box.lane_id]
    return notes


def after_touchpoints(previous: Geometry, doc: Document,
                      replaced: Iterable[tuple[Touchpoint, Touchpoint]],
                      cards: dict[str, CardBox], changed: set[str], opt: LayoutOptions,
                      lives: Callable[[Iterable[str]], bool]
                      ) -> tuple[list[NoteBox], list[NoteLink]] | None:
    """The notes and note links once touchpoints were replaced and the cards ``changed``
    moved or dimmed: the pain-point and opportunity lanes gathered again when a
    replaced touchpoint has entries there, the links to changed cards redrawn. None
    when a lane would change height."""
    notes = previous.notes
    computed = {lane.id for lane in doc.lanes if lane.kind in COMPUTED_LANES}
    if computed and any(t.pain_points or t.opportunities for pair in replaced for t in pair):
        redone = relaid(previous, doc, computed, set(cards), opt, lives)
        if redone is None:
            return None
        notes = redone
    links = previous.note_links
    if links and any(link.touchpoint_id in changed for link in links):
        boxes = {n.note_id: n for n in notes if n.note_id is not None}
        links = [_link(boxes[link.note_id], cards[link.touchpoint_id])
                 if link.touchpoint_id in changed else link for link in links]
    return notes, links


def columns_needed(doc: Document, g: Geometry, stage_step: tuple[str, int]) -> bool:
    """Whether a card or a note of ``doc`` stands in that step column."""
    stage_id, step = stage_step
    return (any(g.cells.get(_cell(stage_id, lane.channel_id, step)) for lane in g.lanes)
            or any(s == stage_id and k == step for s, k in note_steps(doc)))


def _cell(stage_id: str, channel_id: str, step: int) -> object:
    from .layout import Cell  # layout imports this module

    return Cell(stage_id, channel_id, step)


def after_notes(previous: Geometry, doc: Document, replaced: Iterable[tuple[Note, Note]],
                opt: LayoutOptions, lives: Callable[[Iterable[str]], bool]
                ) -> tuple[list[NoteBox], list[NoteLink]] | None:
    """The notes and links once notes were replaced (text, cell, lane, colour,
    personas, links); None when the step columns or a lane's height change."""
    pairs = list(replaced)
    for before, after in pairs:
        if before.id != after.id:
            return None
        if after.step is not None:
            stage = previous.stage(after.stage)
            if stage is None or previous.step_column(after.stage, after.step) is None or (
                    opt.drop_columns and after.step == stage.steps[-1].step):
                return None  # a new step column (the trailing drop column gets used)
        if before.step is not None and (before.stage, before.step) != (after.stage, after.step) \
                and not columns_needed(doc, previous, (before.stage, before.step)):
            return None  # its column is no longer used
    lane_ids = {n.lane for pair in pairs for n in pair}
    stages = {n.stage for pair in pairs for n in pair}
    notes = relaid(previous, doc, lane_ids, set(previous.cards), opt, lives, stages)
    if notes is None:
        return None
    return notes, _relinked(previous, doc, notes, lane_ids)


def _relinked(previous: Geometry, doc: Document, notes: list[NoteBox],
              lane_ids: set[str]) -> list[NoteLink]:
    """``previous.note_links`` with the links of the notes of ``lane_ids`` drawn again
    (links follow the notes' order, lane by lane)."""
    blueprint = {lane.id for lane in doc.lanes if lane.kind in BLUEPRINT_LANES} & lane_ids
    by_lane: dict[str, list[NoteLink]] = defaultdict(list)
    for link in previous.note_links:
        if link.lane_id not in lane_ids:
            by_lane[link.lane_id].append(link)
    if blueprint:
        linked = {n.id: n.touchpoints for n in doc.notes if n.lane in blueprint}
        for box in notes:
            if box.lane_id in blueprint and box.note_id is not None:
                cards = (previous.cards.get(t) for t in linked.get(box.note_id, ()))
                by_lane[box.lane_id] += [_link(box, card) for card in cards if card is not None]
    return [link for box in previous.note_lanes for link in by_lane.get(box.lane_id, ())]
