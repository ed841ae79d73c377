"""Touchpoints on the clipboard as JSON (Qt-free), so they paste between
windows and into other tools. The payload is a small document fragment."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from .layout import Cell
from .model import Connection, Document, Touchpoint
from .problems import ProblemError
from .problems import codes as C  # noqa: N812

CLIP_FORMAT = "journeydesigner-clip"
MIME_TYPE = "application/x-journeydesigner-clip+json"


def copy_payload(doc: Document, ids: list[str]) -> dict[str, Any]:
    """The selected touchpoints and the connections among them."""
    wanted = set(ids)
    return {
        "format": CLIP_FORMAT,
        "version": 1,
        "touchpoints": [t.to_json_data() for t in doc.touchpoints if t.id in wanted],
        "connections": [
            c.to_json_data()
            for c in doc.connections
            if c.source in wanted and c.target in wanted
        ],
    }


def paste_objects(
    doc: Document, payload: Any, target: Cell | None
) -> tuple[list[Touchpoint], list[Connection]]:
    """New touchpoints (fresh ids) and connections from a payload.

    With a ``target`` cell the group is placed there, keeping its relative
    steps; otherwise each keeps its stage and channel when the document has
    them. Persona references the document lacks are dropped. Raises
    ``ProblemError`` (a ValueError) for a payload that is not ours.
    """
    if not isinstance(payload, dict) or payload.get("format") != CLIP_FORMAT:
        raise ProblemError(C.CLIPBOARD_NOT_OURS())
    try:
        touchpoints = [Touchpoint.model_validate(t) for t in payload.get("touchpoints", [])]
        connections = [Connection.model_validate(c) for c in payload.get("connections", [])]
    except (ValidationError, TypeError):
        raise ProblemError(C.CLIPBOARD_DAMAGED()) from None
    if not touchpoints:
        raise ProblemError(C.CLIPBOARD_EMPTY())
    stage_ids = {s.id for s in doc.stages}
    channel_ids = {c.id for c in doc.channels}
    persona_ids = {p.id for p in doc.personas}
    first_step = min(t.step for t in touchpoints)
    used = doc.all_ids()
    renamed: dict[str, str] = {}
    out: list[Touchpoint] = []
    for tp in touchpoints:
        new_id = _fresh_id(doc, tp.id, used)
        renamed[tp.id] = new_id
        if target is not None:
            place = {
                "stage": target.stage_id,
                "channel": target.channel_id if len(touchpoints) == 1 else (
                    tp.channel if tp.channel in channel_ids else target.channel_id),
                "step": target.step + tp.step - first_step,
            }
        else:
            place = {
                "stage": tp.stage if tp.stage in stage_ids else doc.stages[0].id,
                "channel": tp.channel if tp.channel in channel_ids else doc.channels[0].id,
            }
        personas = [p for p in tp.personas if p in persona_ids]
        out.append(tp.model_copy(update={"id": new_id, "personas": personas, **place}))
    links = []
    for conn in connections:
        if conn.source in renamed and conn.target in renamed:
            links.append(conn.model_copy(update={
                "id": _fresh_id(doc, conn.id, used),
                "source": renamed[conn.source],
                "target": renamed[conn.target],
                "personas": [p for p in conn.personas if p in persona_ids],
            }))
    return out, links


def _fresh_id(doc: Document, stem: str, used: set[str]) -> str:
    base = stem.rsplit("-copy", 1)[0][:50] + "-copy"
    candidate, n = base, 2
    while candidate in used:
        candidate = f"{base}{n}"
        n += 1
    used.add(candidate)
    return candidate
