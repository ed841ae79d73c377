"""Reversible document edits (Qt-free).

Every user gesture becomes one :class:`Edit`: a named list of primitive
operations on the document's arrays. ``apply`` runs them in order and
``revert`` runs their inverses backwards, so undo restores the document
exactly. The GUI wraps an Edit in a QUndoCommand; builders here compute the
operations (with the indexes they will have when applied in order) and check
the values, so an Edit never leaves a document that breaks the format.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import ValidationError

from .model import (
    BLUEPRINT_LANES,
    COMPUTED_LANES,
    Channel,
    ChannelKind,
    Connection,
    Document,
    Lane,
    LaneKind,
    Node,
    Note,
    Persona,
    Stage,
    Touchpoint,
    note_problems,
)
from .problems import ProblemError
from .problems import codes as C  # noqa: N812
from .problems.validation import problem_of

Collection = Literal["stages", "channels", "personas", "touchpoints", "connections", "lanes",
                     "notes"]
#: The collection of each kind of object, as the canvas and the Properties dock name
#: what is selected ("stage", "lane", "note"…).
COLLECTION_OF: dict[str, Collection] = {
    "stage": "stages", "channel": "channels", "persona": "personas",
    "touchpoint": "touchpoints", "connection": "connections", "lane": "lanes", "note": "notes",
}
COLLECTIONS: tuple[Collection, ...] = (
    "stages",
    "channels",
    "personas",
    "touchpoints",
    "connections",
    "lanes",
    "notes",
)


class EditError(ProblemError):
    """An edit that would break the document; ``problem`` says why (worded for the
    user by the window, in the interface language)."""


#: The refusal of an id no object of a collection has.
_NOT_FOUND = {
    "stages": C.NO_STAGE,
    "channels": C.NO_CHANNEL,
    "personas": C.NO_PERSONA,
    "touchpoints": C.NO_TOUCHPOINT,
    "connections": C.NO_CONNECTION,
    "lanes": C.NO_LANE,
    "notes": C.NO_NOTE,
}


@dataclass(frozen=True)
class Op:
    """One primitive change. ``insert``/``remove`` at ``index``; ``replace``
    swaps ``old`` for ``new`` at ``index``; ``move`` takes the item at ``index``
    to ``new`` (an index); ``set`` changes the document field ``collection``."""

    kind: Literal["insert", "remove", "replace", "move", "set"]
    collection: str
    index: int = 0
    old: Any = None
    new: Any = None


@dataclass(frozen=True)
class Edit:
    text: str
    ops: tuple[Op, ...]

    def __bool__(self) -> bool:
        return bool(self.ops)


def _do(doc: Document, op: Op, forward: bool) -> None:
    if op.kind == "set":
        setattr(doc, op.collection, op.new if forward else op.old)
        return
    items: list[Any] = getattr(doc, op.collection)
    if op.kind == "replace":
        items[op.index] = op.new if forward else op.old
    elif op.kind == "move":
        src, dst = (op.index, op.new) if forward else (op.new, op.index)
        items.insert(dst, items.pop(src))
    elif (op.kind == "insert") == forward:
        items.insert(op.index, op.new if forward else op.old)
    else:
        items.pop(op.index)


def apply(doc: Document, edit: Edit) -> None:
    for op in edit.ops:
        _do(doc, op, True)


def revert(doc: Document, edit: Edit) -> None:
    for op in reversed(edit.ops):
        _do(doc, op, False)


def replaced_touchpoints(edit: Edit, forward: bool = True) -> list[tuple[Any, Any]] | None:
    """The ``(before, after)`` touchpoints of applying (or, ``forward=False``,
    reverting) an edit made only of touchpoint replacements; None for any other
    edit. Views use it to redraw only what such an edit touches."""
    if not all(op.kind == "replace" and op.collection == "touchpoints" for op in edit.ops):
        return None
    if forward:
        return [(op.old, op.new) for op in edit.ops]
    return [(op.new, op.old) for op in reversed(edit.ops)]


def replaced_notes(edit: Edit, forward: bool = True) -> list[tuple[Any, Any]] | None:
    """As :func:`replaced_touchpoints`, for an edit made only of note replacements
    (a note's text, cell, lane, colour, personas or links)."""
    if not edit.ops or not all(op.kind == "replace" and op.collection == "notes"
                               for op in edit.ops):
        return None
    if forward:
        return [(op.old, op.new) for op in edit.ops]
    return [(op.new, op.old) for op in reversed(edit.ops)]


def changed_connections(edit: Edit) -> set[str] | None:
    """The ids of the connections an edit adds, removes or replaces, when it
    changes nothing else (and reorders nothing); None for any other edit."""
    if not all(op.kind in ("insert", "remove", "replace") and op.collection == "connections"
               for op in edit.ops):
        return None
    return {obj.id for op in edit.ops for obj in (op.old, op.new) if obj is not None}


def updated(obj: Node, changes: Mapping[str, Any]) -> Node:
    """A validated copy of ``obj`` with ``changes``; raises EditError."""
    data = obj.model_dump(by_alias=True)  # an evidence's "from" is its key in the file
    data.update(changes)
    try:
        return type(obj).model_validate(data)
    except ValidationError as exc:
        raise EditError(problem_of(exc.errors()[0])) from None


def _index(doc: Document, collection: Collection, obj_id: str) -> int:
    for i, obj in enumerate(getattr(doc, collection)):
        if obj.id == obj_id:
            return i
    raise EditError(_NOT_FOUND[collection](id=obj_id))


def _removals(doc: Document, collection: Collection, ids: Iterable[str]) -> list[Op]:
    """Remove ops for ``ids``, highest index first so later indexes stay right."""
    wanted = set(ids)
    items = getattr(doc, collection)
    return [
        Op("remove", collection, i, old=items[i])
        for i in range(len(items) - 1, -1, -1)
        if items[i].id in wanted
    ]


def _connections_of(doc: Document, touchpoint_ids: set[str]) -> list[str]:
    return [
        c.id for c in doc.connections if c.source in touchpoint_ids or c.target in touchpoint_ids
    ]


# --- touchpoints -------------------------------------------------------------


def add_touchpoints(doc: Document, touchpoints: list[Touchpoint], text: str) -> Edit:
    start = len(doc.touchpoints)
    ops = (Op("insert", "touchpoints", start + i, new=t) for i, t in enumerate(touchpoints))
    return Edit(text, tuple(ops))


def add_objects(
    doc: Document,
    touchpoints: list[Touchpoint],
    connections: list[Connection],
    text: str,
    lanes: Sequence[Lane] = (),
    notes: Sequence[Note] = (),
) -> Edit:
    """Insert touchpoints, the connections between them, and notes with the lanes
    they need (paste, duplicate)."""
    ops = list(add_touchpoints(doc, touchpoints, text).ops)
    for collection, objects in (("connections", connections), ("lanes", lanes),
                                ("notes", notes)):
        start = len(getattr(doc, collection))
        ops += [Op("insert", collection, start + i, new=obj) for i, obj in enumerate(objects)]
    return Edit(text, tuple(ops))


def move_touchpoints(
    doc: Document, moves: Mapping[str, tuple[str, str, int]], text: str = "Move touchpoint"
) -> Edit:
    """Place touchpoints at new (stage, channel, step) cells; unchanged ones are skipped."""
    ops = []
    for tp_id, (stage, channel, step) in moves.items():
        i = _index(doc, "touchpoints", tp_id)
        tp = doc.touchpoints[i]
        if (tp.stage, tp.channel, tp.step) == (stage, channel, step):
            continue
        if doc.stage(stage) is None or doc.channel(channel) is None or step < 0:
            raise EditError(C.EDIT_NO_CELL())
        new = tp.model_copy(update={"stage": stage, "channel": channel, "step": step})
        ops.append(Op("replace", "touchpoints", i, old=tp, new=new))
    return Edit(text, tuple(ops))


def delete_touchpoints(
    doc: Document, ids: Iterable[str], text: str = "Delete", connection_ids: Iterable[str] = ()
) -> Edit:
    """Delete touchpoints with their connections, plus other chosen connections."""
    ids = set(ids)
    ops = _removals(doc, "connections", {*_connections_of(doc, ids), *connection_ids})
    ops += _without_references(doc, "touchpoints", ids)
    ops += _removals(doc, "touchpoints", ids)
    return Edit(text, tuple(ops))


def _without_references(doc: Document, field: Literal["touchpoints", "personas"],
                        ids: set[str], keep: Callable[[Note], bool] = lambda note: True
                        ) -> list[Op]:
    """Replacements of the notes (those ``keep`` accepts) that name one of ``ids`` in
    ``field``, by copies that no longer do."""
    return [
        Op("replace", "notes", i, old=note,
           new=note.model_copy(update={field: [r for r in getattr(note, field)
                                               if r not in ids]}))
        for i, note in enumerate(doc.notes)
        if keep(note) and not ids.isdisjoint(getattr(note, field))
    ]


# --- any object --------------------------------------------------------------


def update_object(
    doc: Document, collection: Collection, obj_id: str, changes: Mapping[str, Any], text: str
) -> Edit:
    """Change fields of one object; no op when nothing changes."""
    if "id" in changes:
        raise EditError(C.EDIT_ID_FIXED())
    i = _index(doc, collection, obj_id)
    old = getattr(doc, collection)[i]
    new = updated(old, changes)
    if new == old:
        return Edit(text, ())
    return Edit(text, (Op("replace", collection, i, old=old, new=new),))


def set_document_fields(doc: Document, changes: Mapping[str, Any], text: str) -> Edit:
    probe = updated(doc.model_copy(update={k: [] for k in COLLECTIONS}), changes)
    ops = tuple(
        Op("set", name, old=getattr(doc, name), new=getattr(probe, name))
        for name in changes
        if getattr(doc, name) != getattr(probe, name)
    )
    return Edit(text, ops)


def reorder(doc: Document, collection: Collection, obj_id: str, new_index: int, text: str) -> Edit:
    i = _index(doc, collection, obj_id)
    items = getattr(doc, collection)
    new_index = max(0, min(new_index, len(items) - 1))
    if new_index == i:
        return Edit(text, ())
    return Edit(text, (Op("move", collection, i, new=new_index),))


def reorder_to_slot(doc: Document, collection: Collection, obj_id: str, shown: Sequence[str],
                    slot: int, text: str) -> Edit:
    """Move an object into the gap ``slot`` between the ``shown`` ids (0: before
    the first, ``len(shown)``: after the last), where a dragged header is
    dropped; the other objects keep their order."""
    rest = [o.id for o in getattr(doc, collection) if o.id != obj_id]
    after = [i for i in shown[slot:] if i != obj_id]
    before = [i for i in shown[:slot] if i != obj_id]
    if after:
        return reorder(doc, collection, obj_id, rest.index(after[0]), text)
    if before:
        return reorder(doc, collection, obj_id, rest.index(before[-1]) + 1, text)
    return Edit(text, ())


# --- stages, channels, personas ---------------------------------------------


def insert_object(
    doc: Document, collection: Collection, obj: Stage | Channel | Persona | Lane, index: int,
    text: str
) -> Edit:
    if obj.id in doc.all_ids():
        raise EditError(C.EDIT_ID_USED(id=obj.id))
    index = max(0, min(index, len(getattr(doc, collection))))
    return Edit(text, (Op("insert", collection, index, new=obj),))


def delete_stage_or_channel(
    doc: Document, collection: Literal["stages", "channels"], obj_id: str, text: str
) -> Edit:
    """Delete a stage or channel with the touchpoints it holds (and their connections)."""
    if len(getattr(doc, collection)) <= 1:
        raise EditError(C.NO_STAGES() if collection == "stages" else C.NO_CHANNELS())
    field = "stage" if collection == "stages" else "channel"
    held = {t.id for t in doc.touchpoints if getattr(t, field) == obj_id}
    gone = {n.id for n in doc.notes if n.stage == obj_id} if collection == "stages" else set()
    ops = _removals(doc, "connections", _connections_of(doc, held))
    ops += _without_references(doc, "touchpoints", held, lambda note: note.id not in gone)
    ops += _removals(doc, "notes", gone)
    ops += _removals(doc, "touchpoints", held)
    ops += _removals(doc, collection, [obj_id])
    return Edit(text, tuple(ops))


def touchpoints_in(doc: Document, field: Literal["stage", "channel"], obj_id: str) -> list[str]:
    return [t.id for t in doc.touchpoints if getattr(t, field) == obj_id]


def new_stage(doc: Document, name: str) -> Stage:
    return Stage(id=doc.new_id(name), name=name)


def new_channel(doc: Document, name: str, kind: ChannelKind) -> Channel:
    return Channel(id=doc.new_id(name), name=name, kind=kind)


# --- connections ----------------------------------------------------------------


def add_connection(
    doc: Document, source: str, target: str, polarity: str, text: str = "Add connection"
) -> Edit:
    """Connect two touchpoints; refuses self-loops and exact duplicates."""
    if source == target:
        raise EditError(C.CONNECTION_TO_ITSELF())
    if doc.touchpoint(source) is None or doc.touchpoint(target) is None:
        raise EditError(C.EDIT_CONNECTION_ENDS())
    if any((c.source, c.target, c.polarity) == (source, target, polarity)
           for c in doc.connections):
        raise EditError(C.EDIT_CONNECTION_EXISTS())
    conn = Connection(id=doc.new_id(f"{source}-{target}"), source=source, target=target,
                      polarity=polarity)
    return Edit(text, (Op("insert", "connections", len(doc.connections), new=conn),))


def delete_connections(doc: Document, ids: Iterable[str], text: str = "Delete connection") -> Edit:
    return Edit(text, tuple(_removals(doc, "connections", ids)))


def update_connection(doc: Document, conn_id: str, changes: Mapping[str, Any],
                      text: str) -> Edit:
    """Change fields of a connection (polarity, label, personas, its ends), refusing
    what would break the map: a missing touchpoint, a self-loop, a duplicate."""
    edit = update_object(doc, "connections", conn_id, changes, text)
    if not edit:
        return edit
    new: Connection = edit.ops[0].new
    if new.source == new.target:
        raise EditError(C.CONNECTION_TO_ITSELF())
    if doc.touchpoint(new.source) is None or doc.touchpoint(new.target) is None:
        raise EditError(C.EDIT_CONNECTION_ENDS())
    if any((c.source, c.target, c.polarity) == (new.source, new.target, new.polarity)
           and c.id != conn_id for c in doc.connections):
        raise EditError(C.EDIT_CONNECTION_EXISTS())
    return edit


def set_connection_polarity(doc: Document, conn_id: str, polarity: str,
                            text: str = "Change path polarity") -> Edit:
    return update_connection(doc, conn_id, {"polarity": polarity}, text)


def set_emotions(doc: Document, ids: Iterable[str], emotion: int | None,
                 text: str = "Set emotion") -> Edit:
    """Set (or clear, with None) the emotion of several touchpoints in one step."""
    ops: list[Op] = []
    for tp_id in ids:
        ops += update_object(doc, "touchpoints", tp_id, {"emotion": emotion}, text).ops
    return Edit(text, tuple(ops))


# --- personas -------------------------------------------------------------------


def delete_persona(doc: Document, persona_id: str, text: str = "Delete persona") -> Edit:
    """Remove a persona and every reference to it (touchpoints, connections)."""
    ops: list[Op] = []
    for collection in ("touchpoints", "connections"):
        for i, obj in enumerate(getattr(doc, collection)):
            if persona_id in obj.personas:
                new = obj.model_copy(
                    update={"personas": [p for p in obj.personas if p != persona_id]})
                ops.append(Op("replace", collection, i, old=obj, new=new))
    ops += _without_references(doc, "personas", {persona_id})
    ops += _removals(doc, "personas", [persona_id])
    return Edit(text, tuple(ops))


# --- lanes and notes (edition 2) ---------------------------------------------------

#: The names of the three lanes "Service blueprint" adds, by the map's language.
BLUEPRINT_NAMES: dict[str, dict[LaneKind, str]] = {
    "en": {LaneKind.FRONTSTAGE: "Frontstage actions", LaneKind.BACKSTAGE: "Backstage actions",
           LaneKind.SUPPORT: "Support processes"},
    "es": {LaneKind.FRONTSTAGE: "Acciones visibles", LaneKind.BACKSTAGE: "Acciones internas",
           LaneKind.SUPPORT: "Procesos de soporte"},
}


#: a new lane's name, by language and kind (the blueprint's are those above)
LANE_NAMES = {
    "en": {LaneKind.NOTES: "Customer thoughts", LaneKind.PAIN_POINTS: "Pain points",
           LaneKind.OPPORTUNITIES: "Opportunities", **BLUEPRINT_NAMES["en"]},
    "es": {LaneKind.NOTES: "Pensamientos del cliente", LaneKind.PAIN_POINTS: "Puntos de dolor",
           LaneKind.OPPORTUNITIES: "Oportunidades", **BLUEPRINT_NAMES["es"]},
}


def default_lane_name(doc: Document, kind: LaneKind) -> str:
    """A name for a new lane of ``kind`` in the map's language."""
    return LANE_NAMES.get(doc.language.split("-")[0].lower(), LANE_NAMES["en"])[kind]


def new_lane(doc: Document, name: str, kind: LaneKind) -> Lane:
    return Lane(id=doc.new_id(name), name=name, kind=kind)


def add_service_blueprint(doc: Document, text: str = "Add service blueprint") -> Edit:
    """Add a frontstage, a backstage and a support lane, named in the map's language,
    after the lanes there are; a kind the map has a lane of already is not added again."""
    names = BLUEPRINT_NAMES.get(doc.language.split("-")[0].lower(), BLUEPRINT_NAMES["en"])
    present = {lane.kind for lane in doc.lanes}
    ops: list[Op] = []
    probe = doc.model_copy(update={"lanes": list(doc.lanes)})  # new ids see the lanes added
    for kind in BLUEPRINT_LANES:
        if kind in present:
            continue
        lane = new_lane(probe, names[kind], kind)
        ops.append(Op("insert", "lanes", len(probe.lanes), new=lane))
        probe.lanes.append(lane)
    return Edit(text, tuple(ops))


def update_lane(doc: Document, lane_id: str, changes: Mapping[str, Any], text: str) -> Edit:
    """Rename, recolour or change the kind of a lane; a lane that holds notes cannot
    become a computed one (pain points, opportunities)."""
    edit = update_object(doc, "lanes", lane_id, changes, text)
    if edit:
        lane: Lane = edit.ops[0].new
        if lane.kind in COMPUTED_LANES and any(n.lane == lane_id for n in doc.notes):
            raise EditError(C.LANE_COMPUTED(id=lane_id, kind=lane.kind.value))
    return edit


def delete_lane(doc: Document, lane_id: str, text: str = "Delete lane") -> Edit:
    """Delete a lane with the notes it holds."""
    _index(doc, "lanes", lane_id)
    ops = _removals(doc, "notes", [n.id for n in doc.notes if n.lane == lane_id])
    ops += _removals(doc, "lanes", [lane_id])
    return Edit(text, tuple(ops))


def lane_group(kind: LaneKind) -> str:
    """Where a lane is drawn: "top" (notes, above the grid), "computed" (pain points,
    opportunities) or "blueprint"; notes are dragged among lanes of one group."""
    if kind == LaneKind.NOTES:
        return "top"
    return "computed" if kind in COMPUTED_LANES else "blueprint"


def same_lane_group(doc: Document, lane_a: str, lane_b: str) -> bool:
    kinds = {lane.id: lane.kind for lane in doc.lanes}
    return (lane_a in kinds and lane_b in kinds
            and lane_group(kinds[lane_a]) == lane_group(kinds[lane_b]))


def notes_in(doc: Document, lane_id: str) -> list[str]:
    return [n.id for n in doc.notes if n.lane == lane_id]


def _checked_note(doc: Document, note: Note) -> Note:
    problems = note_problems(doc, note)
    if problems:
        raise EditError(problems[0])
    return note


def new_note(doc: Document, lane: str, stage: str, text: str, step: int | None = None,
             **fields: Any) -> Note:
    """A note with a fresh id, checked against ``doc``; raises EditError."""
    data = {"id": doc.new_id(f"note-{text[:24]}"), "lane": lane, "stage": stage, "text": text,
            "step": step, **fields}
    try:
        note = Note.model_validate(data)
    except ValidationError as exc:
        raise EditError(problem_of(exc.errors()[0])) from None
    return _checked_note(doc, note)


def add_notes(doc: Document, notes: Sequence[Note], text: str = "Add note") -> Edit:
    used = doc.all_ids()
    for note in notes:
        if note.id in used:
            raise EditError(C.EDIT_ID_USED(id=note.id))
        _checked_note(doc, note)
        used.add(note.id)
    start = len(doc.notes)
    return Edit(text, tuple(Op("insert", "notes", start + i, new=n) for i, n in enumerate(notes)))


def update_note(doc: Document, note_id: str, changes: Mapping[str, Any],
                text: str = "Edit note") -> Edit:
    """Change a note's text, colour, lane, stage, step, personas or touchpoints,
    refusing references ``doc`` lacks and computed lanes."""
    edit = update_object(doc, "notes", note_id, changes, text)
    if edit:
        _checked_note(doc, edit.ops[0].new)
    return edit


def move_notes(doc: Document, moves: Mapping[str, tuple[str, str, int | None]],
               text: str = "Move note") -> Edit:
    """Place notes in new (lane, stage, step) cells, step None spanning the stage."""
    ops: list[Op] = []
    for note_id, (lane, stage, step) in moves.items():
        changes = {"lane": lane, "stage": stage, "step": step}
        ops += update_note(doc, note_id, changes, text).ops
    return Edit(text, tuple(ops))


def delete_notes(doc: Document, ids: Iterable[str], text: str = "Delete note") -> Edit:
    return Edit(text, tuple(_removals(doc, "notes", ids)))


def link_note(doc: Document, note_id: str, touchpoint_ids: Iterable[str], linked: bool = True,
              text: str = "Link note") -> Edit:
    """Link a note to touchpoints (or, ``linked=False``, unlink it from them); those
    already so are left as they are."""
    note = doc.notes[_index(doc, "notes", note_id)]
    wanted = list(dict.fromkeys(touchpoint_ids))
    if linked:
        refs = note.touchpoints + [t for t in wanted if t not in note.touchpoints]
    else:
        refs = [t for t in note.touchpoints if t not in wanted]
    return update_note(doc, note_id, {"touchpoints": refs}, text)


def add_votes(doc: Document, ids: Iterable[str], votes: int, text: str = "Vote") -> Edit:
    """Give (or, negative, take back) dot votes to touchpoints; never below zero."""
    ops: list[Op] = []
    for tp_id in ids:
        tp = doc.touchpoints[_index(doc, "touchpoints", tp_id)]
        ops += update_object(doc, "touchpoints", tp_id, {"votes": max(0, tp.votes + votes)},
                             text).ops
    return Edit(text, tuple(ops))
