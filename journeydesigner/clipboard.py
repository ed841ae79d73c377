"""Touchpoints and notes on the clipboard as JSON (Qt-free), so they paste between
windows and into other tools. The payload is a small document fragment."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from .layout import Cell
from .model import COMPUTED_LANES, Connection, Document, Lane, Note, Touchpoint
from .problems import ProblemError
from .problems import codes as C  # noqa: N812

CLIP_FORMAT = "journeydesigner-clip"
MIME_TYPE = "application/x-journeydesigner-clip+json"


@dataclass(frozen=True)
class LaneCell:
    """A place for a note: lane, stage and step (None: about the whole stage)."""

    lane_id: str
    stage_id: str
    step: int | None


@dataclass
class Pasted:
    """What a paste adds: new objects with fresh ids (lanes only those the notes need)."""

    touchpoints: list[Touchpoint] = field(default_factory=list)
    connections: list[Connection] = field(default_factory=list)
    lanes: list[Lane] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)


def copy_payload(doc: Document, ids: list[str]) -> dict[str, Any]:
    """The selected touchpoints and notes, the connections among those touchpoints
    and the lanes of those notes."""
    wanted = set(ids)
    notes = [n for n in doc.notes if n.id in wanted]
    lanes = {n.lane for n in notes}
    payload: dict[str, Any] = {
        "format": CLIP_FORMAT,
        "version": 1,
        "touchpoints": [t.to_json_data() for t in doc.touchpoints if t.id in wanted],
        "connections": [
            c.to_json_data()
            for c in doc.connections
            if c.source in wanted and c.target in wanted
        ],
    }
    if notes:
        payload["lanes"] = [lane.to_json_data() for lane in doc.lanes if lane.id in lanes]
        payload["notes"] = [n.to_json_data() for n in notes]
    return payload


def paste_objects(doc: Document, payload: Any, target: Cell | LaneCell | None) -> Pasted:
    """New touchpoints, connections and notes (fresh ids) from a payload.

    With a ``target`` the group is placed there, keeping its relative steps: a grid
    cell places the touchpoints, a lane cell the notes (the notes go to its lane
    when they all come from one); the rest moves along to the target's stage.
    Otherwise each keeps its stage and channel when the document has them. A note
    keeps its lane when the document has it, else goes to a lane of the document of
    the same kind, else its lane is pasted too. Persona references the document
    lacks are dropped, and so are links to touchpoints it lacks (links to pasted
    touchpoints follow them). Raises ``ProblemError`` (a ValueError) for a payload
    that is not ours.
    """
    if not isinstance(payload, dict) or payload.get("format") != CLIP_FORMAT:
        raise ProblemError(C.CLIPBOARD_NOT_OURS())
    try:
        touchpoints = [Touchpoint.model_validate(t) for t in payload.get("touchpoints", [])]
        connections = [Connection.model_validate(c) for c in payload.get("connections", [])]
        lanes = [Lane.model_validate(lane) for lane in payload.get("lanes", [])]
        notes = [Note.model_validate(n) for n in payload.get("notes", [])]
    except (ValidationError, TypeError):
        raise ProblemError(C.CLIPBOARD_DAMAGED()) from None
    if not touchpoints and not notes:
        raise ProblemError(C.CLIPBOARD_EMPTY())
    stage_ids = {s.id for s in doc.stages}
    channel_ids = {c.id for c in doc.channels}
    persona_ids = {p.id for p in doc.personas}
    steps = [t.step for t in touchpoints] + [n.step for n in notes if n.step is not None]
    first_step = min(steps, default=0)
    used = doc.all_ids()
    renamed: dict[str, str] = {}
    out = Pasted()
    for tp in touchpoints:
        new_id = _fresh_id(doc, tp.id, used)
        renamed[tp.id] = new_id
        if isinstance(target, Cell):
            place = {
                "stage": target.stage_id,
                "channel": target.channel_id if len(touchpoints) == 1 else (
                    tp.channel if tp.channel in channel_ids else target.channel_id),
                "step": target.step + tp.step - first_step,
            }
        elif isinstance(target, LaneCell):
            place = {"stage": target.stage_id, "step": (target.step or 0) + tp.step - first_step,
                     "channel": tp.channel if tp.channel in channel_ids else doc.channels[0].id}
        else:
            place = {
                "stage": tp.stage if tp.stage in stage_ids else doc.stages[0].id,
                "channel": tp.channel if tp.channel in channel_ids else doc.channels[0].id,
            }
        personas = [p for p in tp.personas if p in persona_ids]
        out.touchpoints.append(tp.model_copy(update={"id": new_id, "personas": personas,
                                                     **place}))
    for conn in connections:
        if conn.source in renamed and conn.target in renamed:
            out.connections.append(conn.model_copy(update={
                "id": _fresh_id(doc, conn.id, used),
                "source": renamed[conn.source],
                "target": renamed[conn.target],
                "personas": [p for p in conn.personas if p in persona_ids],
            }))
    lane_of = _lanes_for(doc, lanes, notes, target, used, out)
    known_touchpoints = {t.id for t in doc.touchpoints}
    for note in notes:
        if isinstance(target, Cell | LaneCell):
            base = target.step if target.step is not None else first_step
            place = {"stage": target.stage_id,
                     "step": None if note.step is None else base + note.step - first_step}
        else:
            place = {"stage": note.stage if note.stage in stage_ids else doc.stages[0].id}
        links = [renamed.get(t, t) for t in note.touchpoints]
        out.notes.append(note.model_copy(update={
            "id": _fresh_id(doc, note.id, used),
            "lane": lane_of[note.lane],
            "personas": [p for p in note.personas if p in persona_ids],
            "touchpoints": [t for t in links if t in renamed.values() or t in known_touchpoints],
            **place,
        }))
    return out


def _lanes_for(doc: Document, lanes: list[Lane], notes: list[Note],
               target: Cell | LaneCell | None, used: set[str], out: Pasted) -> dict[str, str]:
    """The lane of the document each copied lane's notes go to; the lanes the document
    lacks are added to ``out`` (with fresh ids where theirs are taken)."""
    holding = {lane.id: lane for lane in doc.lanes if lane.kind not in COMPUTED_LANES}
    copied = {lane.id: lane for lane in lanes}
    lane_of: dict[str, str] = {}
    if isinstance(target, LaneCell) and target.lane_id in holding \
            and len({n.lane for n in notes}) == 1:
        return {notes[0].lane: target.lane_id}
    for lane_id in dict.fromkeys(n.lane for n in notes):
        lane = copied.get(lane_id)
        same = holding.get(lane_id)
        if same is not None and (lane is None or same.kind == lane.kind):
            lane_of[lane_id] = lane_id
            continue
        kind = lane.kind if lane is not None and lane.kind not in COMPUTED_LANES else "notes"
        alike = next((x.id for x in holding.values() if x.kind == kind), None)
        if alike is not None:
            lane_of[lane_id] = alike
            continue
        new_id = _fresh_id(doc, lane_id, used) if lane_id in used else lane_id
        new = (lane.model_copy(update={"id": new_id, "kind": kind}) if lane is not None
               else Lane(id=new_id, name=lane_id, kind=kind))
        used.add(new.id)
        out.lanes.append(new)
        lane_of[lane_id] = new.id
    return lane_of


def _fresh_id(doc: Document, stem: str, used: set[str]) -> str:
    base = stem.rsplit("-copy", 1)[0][:50] + "-copy"
    candidate, n = base, 2
    while candidate in used:
        candidate = f"{base}{n}"
        n += 1
    used.add(candidate)
    return candidate
