"""Finding things on a map by text (Qt-free): what the window's Find bar jumps to.

Matching ignores case and accents, so "pagina" finds "Página" and "CAFE" finds
"café": people type fast in a workshop and rarely the accents.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Literal

from .layout import GROUP_ORDER
from .model import Document, Touchpoint

Kind = Literal["stage", "channel", "touchpoint", "connection"]


@dataclass(frozen=True)
class Match:
    """One object whose text holds the query; ``field`` names where (the first one)."""

    kind: Kind
    object_id: str
    field: str


def fold(text: str) -> str:
    """``text`` without case and accents, for comparing what people type."""
    if text.isascii():  # most text, and the quick way: a 10,000-card map per keystroke
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _field_of(tp: Touchpoint, needle: str) -> str | None:
    """The first field of a card holding ``needle`` (folded), in the order the Find bar
    names them; None when none does."""
    if needle in fold(tp.title):
        return "title"
    if tp.description and needle in fold(tp.description):
        return "description"
    for field in ("pain_points", "opportunities", "tags"):
        if any(needle in fold(text) for text in getattr(tp, field)):
            return field
    notes = tp.__pydantic_extra__.get("notes") if tp.__pydantic_extra__ else None
    notes = [notes] if isinstance(notes, str) else notes if isinstance(notes, list) else []
    if any(isinstance(text, str) and needle in fold(text) for text in notes):
        return "notes"  # not in format v1; kept from files that have it
    return None


def find(doc: Document, query: str) -> list[Match]:
    """Every stage, channel, card and path label that holds ``query``, in reading
    order: stages left to right, channels top to bottom (digital first), cards by
    stage, step and lane, then paths in the order of their source cards."""
    needle = fold(query.strip())
    if not needle:
        return []
    found: list[Match] = []
    for stage in doc.stages:
        for field, text in (("name", stage.name), ("description", stage.description)):
            if needle in fold(text):
                found.append(Match("stage", stage.id, field))
                break
    lanes = sorted(doc.channels, key=lambda c: GROUP_ORDER.index(c.kind))  # as the map shows
    found += [Match("channel", c.id, "name") for c in lanes if needle in fold(c.name)]
    stage_order = {s.id: i for i, s in enumerate(doc.stages)}
    lane_order = {c.id: i for i, c in enumerate(lanes)}

    def place(tp: Touchpoint | None) -> tuple[int, int, int]:
        if tp is None:
            return (len(stage_order), 0, 0)
        return (stage_order.get(tp.stage, 0), tp.step, lane_order.get(tp.channel, 0))

    cards = [(tp, field) for tp in doc.touchpoints if (field := _field_of(tp, needle))]
    cards.sort(key=lambda c: place(c[0]))
    found += [Match("touchpoint", tp.id, field) for tp, field in cards]
    paths = [c for c in doc.connections if c.label and needle in fold(c.label)]
    if paths:
        by_id = {tp.id: tp for tp in doc.touchpoints}
        paths.sort(key=lambda c: place(by_id.get(c.source)))
    return found + [Match("connection", c.id, "label") for c in paths]
