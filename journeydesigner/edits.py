"""Reversible document edits (Qt-free).

Every user gesture becomes one :class:`Edit`: a named list of primitive
operations on the document's arrays. ``apply`` runs them in order and
``revert`` runs their inverses backwards, so undo restores the document
exactly. The GUI wraps an Edit in a QUndoCommand; builders here compute the
operations (with the indexes they will have when applied in order) and check
the values, so an Edit never leaves a document that breaks the format.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import ValidationError

from .model import (
    Channel,
    ChannelKind,
    Connection,
    Document,
    Node,
    Persona,
    Stage,
    Touchpoint,
)
from .problems import ProblemError
from .problems import codes as C  # noqa: N812
from .problems.validation import problem_of

Collection = Literal["stages", "channels", "personas", "touchpoints", "connections"]
COLLECTIONS: tuple[Collection, ...] = (
    "stages",
    "channels",
    "personas",
    "touchpoints",
    "connections",
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
) -> Edit:
    """Insert touchpoints and the connections between them (paste, duplicate)."""
    ops = list(add_touchpoints(doc, touchpoints, text).ops)
    start = len(doc.connections)
    ops += [Op("insert", "connections", start + i, new=c) for i, c in enumerate(connections)]
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
    ops += _removals(doc, "touchpoints", ids)
    return Edit(text, tuple(ops))


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
    doc: Document, collection: Collection, obj: Stage | Channel | Persona, index: int, text: str
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
    held = [t.id for t in doc.touchpoints if getattr(t, field) == obj_id]
    ops = list(delete_touchpoints(doc, held).ops)
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
    ops += _removals(doc, "personas", [persona_id])
    return Edit(text, tuple(ops))
