"""The layout after an edit, derived from the one before it (Qt-free): moving or
replacing cards (:func:`relayout`), changing notes (:func:`renote`) or paths
(:func:`relink`) lays out again only what the edit touches, and gives up (None) when the
grid itself would change, so the caller computes the whole layout then.

Each result equals :func:`journeydesigner.layout.compute_layout` of the new document
(tests/core/test_relayout.py checks it on random edits).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from . import lane_layout
from .layout import (
    CardBox,
    Cell,
    ConnectionPath,
    EmotionPoint,
    Geometry,
    LayoutOptions,
    Rect,
    _emotion_point,
    _lane_height,
    _lives,
    connection_path,
)
from .model import Connection, Document, Note, Touchpoint


@dataclass(frozen=True, slots=True)
class _DocIndex:
    """What :func:`relayout` looks up in the document. The edits it handles
    replace touchpoints and never add, remove or reorder anything, so one index
    serves a whole series of them, updated with the replaced touchpoints."""

    order: dict[str, int]  # touchpoint id -> index in doc.touchpoints
    touchpoints: dict[str, Touchpoint]
    connections: dict[str, Connection]

    @classmethod
    def of(cls, doc: Document) -> _DocIndex:
        return cls({t.id: i for i, t in enumerate(doc.touchpoints)},
                   {t.id: t for t in doc.touchpoints}, {c.id: c for c in doc.connections})

    def with_replaced(self, touchpoints: Iterable[Touchpoint]) -> _DocIndex:
        latest = dict(self.touchpoints)
        latest.update((t.id, t) for t in touchpoints)
        return _DocIndex(self.order, latest, self.connections)


def relayout(
    previous: Geometry,
    doc: Document,
    replaced: Iterable[tuple[Touchpoint, Touchpoint]],
    options: LayoutOptions | None = None,
) -> Geometry | None:
    """The layout after touchpoints were replaced, computed from ``previous``.

    ``replaced`` holds ``(before, after)`` versions of touchpoints the edit
    replaced (moved to another cell, emotion or personas or text changed);
    ``doc`` is the document after the edit and ``previous`` its layout before,
    with the same ``options``. Only the cells, cards, connections and emotion
    points those touchpoints touch are recomputed; the rest is shared with
    ``previous``, so moving a card costs a few dictionary copies instead of a
    whole layout (which re-creates every card and path).

    Returns None when the edit changes the grid itself (a step column appears
    or disappears, a lane grows or shrinks, a card enters or leaves the map):
    the caller then runs :func:`compute_layout`. The result always equals
    ``compute_layout(doc, options)``.
    """
    opt = options or LayoutOptions()
    latest: dict[str, tuple[Touchpoint, Touchpoint]] = {}
    for before, after in replaced:
        if before.id != after.id:
            return None  # not a replacement of one touchpoint: lay out everything
        first = latest.get(before.id, (before, after))[0]
        latest[after.id] = (first, after)
    cells = dict(previous.cells)
    touched_cells: set[Cell] = set()
    for before, after in latest.values():
        if before.id not in previous.cards or previous.lane(after.channel) is None:
            return None
        if previous.stage(after.stage) is None:
            return None
        old, new = Cell(before.stage, before.channel, before.step), Cell(
            after.stage, after.channel, after.step)
        if old != new:
            touched_cells.update((old, new))
            cells[old] = tuple(i for i in cells[old] if i != after.id)
            cells[new] = (*cells.get(new, ()), after.id)
    if not _same_grid(previous, cells, touched_cells, opt):
        return None

    if previous._index is None:  # the first relayout after a full layout: doc is current
        index = _DocIndex.of(doc)
    else:
        index = previous._index.with_replaced(after for _, after in latest.values())
    for cell in touched_cells:
        if cells[cell]:  # cards stack in document order
            cells[cell] = tuple(sorted(cells[cell], key=index.order.__getitem__))
        else:
            del cells[cell]

    cards = dict(previous.cards)
    moved: set[str] = set()
    for cell in touched_cells:
        column = previous.step_column(cell.stage_id, cell.step)
        top = previous.lane(cell.channel_id).row.y + opt.card_gap
        x = column.rect.x + opt.step_gap / 2
        for k, tp_id in enumerate(cells.get(cell, ())):
            rect = Rect(x, top + k * opt.card_pitch, opt.card_width, opt.card_height)
            if rect != cards[tp_id].rect:
                cards[tp_id] = CardBox(tp_id, rect, cards[tp_id].dimmed)
                moved.add(tp_id)
    for _before, after in latest.values():
        dimmed = not _lives(opt.persona, after.personas)
        if dimmed != cards[after.id].dimmed:
            cards[after.id] = CardBox(after.id, cards[after.id].rect, dimmed)
            moved.add(after.id)
    notes, note_links = previous.notes, previous.note_links
    if doc.lanes:  # pain points and opportunities, and the links, follow the touchpoints
        lanes = lane_layout.after_touchpoints(previous, doc, latest.values(), cards, moved, opt,
                                              lambda personas: _lives(opt.persona, personas))
        if lanes is None:
            return None
        notes, note_links = lanes

    geometry = replace(
        previous,
        cards=cards,
        emotion_points=_reaveraged(previous, index, cards, cells, latest.values()),
        cells=cells,
        notes=notes,
        note_links=note_links,
        changed_cards=frozenset(moved.union(latest)),
    )
    object.__setattr__(geometry, "connections",
                       _rerouted(previous, geometry, index, moved, opt))
    # the same connections at the same places: the card -> connections index still holds
    object.__setattr__(geometry, "_links", previous._links)
    object.__setattr__(geometry, "_index", index)
    return geometry


def _same_grid(previous: Geometry, cells: dict[Cell, tuple[str, ...]], touched: set[Cell],
               opt: LayoutOptions) -> bool:
    """Whether the touched cells leave every step column and lane height as it was."""
    for stage_id, step in {(c.stage_id, c.step) for c in touched}:
        used_before = previous.step_column(stage_id, step) is not None and (
            step != previous.stage(stage_id).steps[-1].step)  # the trailing column is empty
        used_now = any(cells.get(Cell(stage_id, lane.channel_id, step))
                       for lane in previous.lanes)
        if used_before != used_now:
            return False
    for channel_id in {c.channel_id for c in touched}:
        lane = previous.lane(channel_id)
        tallest = max((len(ids) for cell, ids in cells.items() if cell.channel_id == channel_id),
                      default=0)
        if lane.row.h != _lane_height(max(tallest, 1), opt):
            return False
    return True


def _rerouted(previous: Geometry, geometry: Geometry, index: _DocIndex, moved: set[str],
              opt: LayoutOptions) -> list[ConnectionPath]:
    """``previous.connections`` with the paths redrawn that the ``moved`` cards can
    change: their own, and the routed ones that weighed a route where a moved card
    was or now is."""
    if not moved:
        return previous.connections
    redo = {k for tp_id in moved for k in previous.connections_at(tp_id)}
    places = [r for tp_id in moved
              for r in (previous.cards[tp_id].rect, geometry.cards[tp_id].rect)]
    redo.update(k for k, path in enumerate(previous.connections)
                if path.envelope is not None and any(path.envelope.intersects(r)
                                                     for r in places))
    connections = list(previous.connections)
    cards = geometry.cards
    for k in redo:
        path = connections[k]
        connections[k] = connection_path(index.connections[path.connection_id],
                                          cards[path.source_id], cards[path.target_id], opt,
                                          geometry.cards_in)
    return connections


def _reaveraged(previous: Geometry, index: _DocIndex, cards: dict[str, CardBox],
                cells: dict[Cell, tuple[str, ...]],
                replaced: Iterable[tuple[Touchpoint, Touchpoint]]) -> list[EmotionPoint]:
    """``previous.emotion_points`` with the points of the replaced touchpoints' steps
    (before and after the edit) averaged again."""
    columns = {(t.stage, t.step) for pair in replaced for t in pair}
    xs = {previous.step_column(*column).rect.center[0]: column for column in columns}
    points = [p for p in previous.emotion_points if p.x not in xs]
    for x, (stage_id, step) in xs.items():
        ids = [i for lane in previous.lanes
               for i in cells.get(Cell(stage_id, lane.channel_id, step), ())]
        ids.sort(key=index.order.__getitem__)  # document order, as in compute_layout
        point = _emotion_point((index.touchpoints[i] for i in ids), x, cards,
                               previous.emotion_lane)
        if point is not None:
            points.append(point)
    points.sort(key=lambda p: p.x)
    return points


def renote(previous: Geometry, doc: Document, replaced: Iterable[tuple[Note, Note]],
           options: LayoutOptions | None = None) -> Geometry | None:
    """The layout after an edit that only replaced notes (``(before, after)`` pairs),
    computed from ``previous``: the lanes those notes leave and enter are placed
    again, their links redrawn, the rest shared. None when the edit changes the grid
    (a step column or a lane's height); the caller then runs :func:`compute_layout`.
    The result always equals ``compute_layout(doc, options)``."""
    opt = options or LayoutOptions()
    lanes = lane_layout.after_notes(previous, doc, replaced, opt,
                                    lambda personas: _lives(opt.persona, personas))
    if lanes is None:
        return None
    notes, note_links = lanes
    geometry = replace(previous, notes=notes, note_links=note_links, changed_cards=frozenset())
    object.__setattr__(geometry, "_links", previous._links)
    object.__setattr__(geometry, "_index", previous._index)
    return geometry


def relink(previous: Geometry, doc: Document, changed: set[str],
           options: LayoutOptions | None = None) -> Geometry:
    """The layout after an edit that only added, removed or replaced the
    connections ``changed`` (ids), computed from ``previous``: cards and the grid
    stay; only those paths are computed. Equals ``compute_layout(doc, options)``."""
    opt = options or LayoutOptions()
    kept = {p.connection_id: p for p in previous.connections
            if p.connection_id not in changed}
    cards = previous.cards
    connections = []
    for conn in doc.connections:
        path = kept.get(conn.id)
        if path is None and conn.id in changed and conn.source != conn.target:
            source, target = cards.get(conn.source), cards.get(conn.target)
            if source is not None and target is not None:
                path = connection_path(conn, source, target, opt, previous.cards_in)
        if path is not None:
            connections.append(path)
    return replace(previous, connections=connections, changed_cards=frozenset())
