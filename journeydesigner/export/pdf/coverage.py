"""Which characters of a map no font on this machine can print, and where they are.

The export dialog asks this before exporting and the command line reports it,
each naming the characters and the fields that hold them, so a designer can
install a font (or change the text) before handing the PDF on.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ...model import Document
from .fonts import FontSet, clean_text
from .options import REPLACEMENT

#: How many places a message names before "and N more".
SHOWN_PLACES = 5


@dataclass(frozen=True)
class Unprintable:
    """Characters of one field that print as "□": the field's place in the file
    (``touchpoints[3].title``), the kind and name of the object holding it, and
    the field's name."""

    chars: str
    place: str
    kind: str
    name: str
    field: str


def printed_fields(doc: Document) -> Iterator[tuple[str, str, str, str, str]]:
    """(place, kind, name, field, text) of every text the PDF prints."""
    yield "title", "map", doc.title, "title", doc.title
    yield "description", "map", doc.title, "description", doc.description
    groups = (("stages", "stage", doc.stages), ("channels", "channel", doc.channels),
              ("personas", "persona", doc.personas), ("touchpoints", "touchpoint",
                                                      doc.touchpoints))
    for key, kind, items in groups:
        for i, item in enumerate(items):
            name = getattr(item, "title", None) or getattr(item, "name", "")
            for field in ("name", "title", "description", "owner"):
                value = getattr(item, field, None)
                if isinstance(value, str) and value:
                    yield f"{key}[{i}].{field}", kind, name, field, value
            for field in ("questions", "goals", "needs", "frustrations", "habits",
                          "pain_points", "opportunities", "tags"):
                for k, value in enumerate(getattr(item, field, None) or []):
                    yield f"{key}[{i}].{field}[{k}]", kind, name, field, value
    for i, conn in enumerate(doc.connections):
        if conn.label:
            yield f"connections[{i}].label", "path", conn.label, "label", conn.label


def unprintable(doc: Document, fonts: FontSet | None = None) -> list[Unprintable]:
    """Every field with characters that no embedded or fallback font draws."""
    fonts = fonts or FontSet()
    found = []
    for place, kind, name, field, text in printed_fields(doc):
        missing = "".join(dict.fromkeys(ch for ch in clean_text(text)
                                        if ch != " " and not fonts.draws(ch)))
        if missing:
            found.append(Unprintable(missing, place, kind, name, field))
    return found


def describe(found: list[Unprintable], also: str = "") -> str:
    """One English line for the command line: the characters (those of ``found``
    and ``also``), then the places."""
    chars = "".join(dict.fromkeys([ch for u in found for ch in u.chars] + list(also)))
    listed = ", ".join(f"{ch} (U+{ord(ch):04X})" for ch in chars[:12])
    if len(chars) > 12:
        listed += ", …"
    places = ", ".join(u.place for u in found[:SHOWN_PLACES])
    if len(found) > SHOWN_PLACES:
        places += f" and {len(found) - SHOWN_PLACES} more"
    return (f"{len(chars)} character(s) have no glyph in any font here and print as "
            f"{REPLACEMENT}: {listed}" + (f" in {places}" if places else ""))
