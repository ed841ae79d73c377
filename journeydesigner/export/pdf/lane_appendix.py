"""The appendix's tables of edition 2: the customers' quotes (with the dot votes) of
the touchpoints shown, and the notes of the lanes in the order the map draws them.

On the map a note is cut to the width of its cell and quotes are not drawn at all;
here every word is printed, as plain text, for the persona the export shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lane_layout import lane_groups
from ...layout import _lives
from ...model import Touchpoint
from ..labels import label

if TYPE_CHECKING:
    from .writer import _Writer


def quotes_and_notes(w: _Writer, lived: list[Touchpoint]) -> None:
    """The two tables after the inventory; a map without quotes, votes or notes gets
    neither."""
    doc, lang = w.doc, w.lang
    voted = any(t.votes for t in lived)
    rows = [[{"text": t.title, "bold": True},
             "\n".join(_quoted(q) for q in t.quotes) or label(lang, "none"),
             *([str(t.votes)] if voted else [])]
            for t in lived if t.quotes or t.votes]
    if rows:
        columns = [(label(lang, "touchpoint"), 0.28, "left"),
                   (label(lang, "quote"), 0.62 if voted else 0.72, "left")]
        if voted:
            columns.append((label(lang, "votes"), 0.10, "center"))
        w.table(columns, rows, title=label(lang, "quotes_table"))

    stages = {s.id: (i, s.name) for i, s in enumerate(doc.stages)}
    titles = {t.id: t.title for t in doc.touchpoints}
    lanes = [lane for group in lane_groups(doc) for lane in group]
    rows = []
    for lane in lanes:
        notes = [n for n in doc.notes if n.lane == lane.id and n.stage in stages
                 and _lives(w.options.persona, n.personas)]
        notes.sort(key=lambda n: (stages[n.stage][0], -1 if n.step is None else n.step))
        for k, note in enumerate(notes):
            stage = stages[note.stage][1]
            if note.step is None:
                stage += f" ({label(lang, 'whole_stage')})"
            rows.append([{"text": lane.name if k == 0 else "", "bold": True}, stage,
                         note.text,
                         ", ".join(titles.get(t, t) for t in note.touchpoints)
                         or label(lang, "none")])
    if rows:
        w.table([(label(lang, "lane"), 0.18, "left"), (label(lang, "stage"), 0.17, "left"),
                 (label(lang, "note"), 0.43, "left"), (label(lang, "about"), 0.22, "left")],
                rows, title=label(lang, "notes_table"))


def _quoted(quote: str) -> str:
    """A quote between quotation marks, unless the team wrote them already."""
    return quote if quote[:1] in "\"“«„‘'" else f"“{quote}”"
