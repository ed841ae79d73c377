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

Kind = Literal["stage", "channel", "touchpoint"]


@dataclass(frozen=True)
class Match:
    """One object whose text holds the query; ``field`` names where (the first one)."""

    kind: Kind
    object_id: str
    field: str


def fold(text: str) -> str:
    """``text`` without case and accents, for comparing what people type."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _card_texts(tp: Touchpoint) -> list[tuple[str, str]]:
    """(field, text) of a card, in the order the Find bar reports them."""
    texts = [("title", tp.title), ("description", tp.description)]
    texts += [("pain_points", text) for text in tp.pain_points]
    texts += [("opportunities", text) for text in tp.opportunities]
    texts += [("tags", text) for text in tp.tags]
    notes = (tp.__pydantic_extra__ or {}).get("notes")  # not in format v1, kept when present
    notes = [notes] if isinstance(notes, str) else notes if isinstance(notes, list) else []
    texts += [("notes", text) for text in notes if isinstance(text, str)]
    return texts


def find(doc: Document, query: str) -> list[Match]:
    """Every stage, channel and card whose text holds ``query``, in reading order:
    stages left to right, channels top to bottom (digital first), then cards by stage,
    step and lane."""
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
    cards = sorted(doc.touchpoints, key=lambda t: (stage_order.get(t.stage, 0), t.step,
                                                   lane_order.get(t.channel, 0)))
    for tp in cards:
        field = next((f for f, text in _card_texts(tp) if needle in fold(text)), None)
        if field is not None:
            found.append(Match("touchpoint", tp.id, field))
    return found
