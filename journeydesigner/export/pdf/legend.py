"""The legend: blocks of marks and their meaning, laid out left to right."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ... import style
from ...model import Document
from ..labels import label
from .colors import CARD_BORDER, RULE, WHITE
from .fonts import FontSet
from .ink import Ink
from .options import PdfOptions

# ---------------------------------------------------------------------------
# Legend
# ---------------------------------------------------------------------------

LEGEND_TITLE = 8.0
LEGEND_TEXT = 7.5
LEGEND_ROW = 12.5
LEGEND_GAP = 26.0
#: Width of the icon column of each kind of legend item.
LEGEND_ICONS = {"face": 19.0, "path": 48.0, "kind": 46.0, "star": 19.0, "warning": 19.0,
                "metric": 30.0, "dimmed": 38.0, "persona": 15.0, "lane": 46.0, "line": 46.0,
                "link": 46.0}


@dataclass
class _Block:
    title: str
    items: list[tuple[str, Any, str]]  # (kind of icon, icon data, text)
    icon: float = 0.0
    width: float = 0.0
    x: float = 0.0
    y: float = 0.0

    @property
    def height(self) -> float:
        return LEGEND_TITLE + 6 + len(self.items) * LEGEND_ROW


class Legend:
    """The legend blocks laid out left to right (wrapping) in ``width`` points."""

    def __init__(self, doc: Document, options: PdfOptions, fonts: FontSet, width: float) -> None:
        lang = doc.language
        self.fonts = fonts
        self.title = label(lang, "legend")
        lg = style.language_of(lang)
        names = style.emotion_names(lang, doc.emotion_labels)
        blocks = [
            _Block(label(lang, "legend_emotion"),
                   [("face", e, f"{style.EMOTION_SYMBOLS[e]}  {names[e]}")
                    for e in (2, 1, 0, -1, -2)]
                   + [("face", None, label(lang, "unknown_emotion"))]),
            _Block(label(lang, "legend_paths"),
                   [("path", p, label(lang, f"path_{p}"))
                    for p in ("positive", "negative", "neutral")]),
            _Block(label(lang, "legend_channels"),
                   [("kind", k, style.KIND_LABELS[lg][k]) for k in ("digital", "in_person")]),
        ]
        lanes = _lane_items(doc)
        if lanes:
            blocks.append(_Block(label(lang, "legend_lanes"), lanes))
        marks: list[tuple[str, Any, str]] = [
            ("star", None, label(lang, "moment_of_truth")),
            ("warning", None, label(lang, "pain_point")),
            ("metric", None, label(lang, "metric")),
        ]
        persona = next((p for p in doc.personas if p.id == options.persona), None)
        if persona is not None:
            marks.append(("dimmed", None, label(lang, "dimmed", persona=persona.name)))
        blocks.append(_Block(label(lang, "legend_marks"), marks))
        colors = style.persona_colors(doc.personas)
        people = [("persona", colors[p.id], p.name) for p in doc.personas]
        per_column = 6
        for i in range(0, len(people), per_column):
            title = label(lang, "legend_personas") if i == 0 else ""
            blocks.append(_Block(title, people[i : i + per_column]))
        x = y = row_h = 0.0
        for block in blocks:
            block.icon = max(LEGEND_ICONS[kind] for kind, _, _ in block.items)
            text_w = max((fonts.width(t, LEGEND_TEXT) for _, _, t in block.items), default=0.0)
            block.width = min(
                max(block.icon + text_w, fonts.width(block.title, LEGEND_TITLE, True)), width
            )
            if x > 0 and x + block.width > width:
                x, y = 0.0, y + row_h + 8
                row_h = 0.0
            block.x, block.y = x, y
            x += block.width + LEGEND_GAP
            row_h = max(row_h, block.height)
        self.blocks = blocks
        self.width = width
        self.height = y + row_h + 14  # + the rule and heading above

    def draw(self, ink: Ink, left: float, top: float) -> None:
        ink.line(left, top, left + self.width, top, RULE, 0.6)
        ink.text(left, top + 9, self.title.upper(), 6.5, bold=True, color=style.MUTED_TEXT)
        origin = top + 14
        for block in self.blocks:
            bx, by = left + block.x, origin + block.y
            ink.text(bx, by + LEGEND_TITLE, block.title, LEGEND_TITLE, bold=True)
            y = by + LEGEND_TITLE + 6
            for kind, data, text in block.items:
                cy = y + LEGEND_ROW / 2
                self._icon(ink, kind, data, bx, cy)
                text = self.fonts.elide(text, block.width - block.icon, LEGEND_TEXT)
                ink.text(bx + block.icon, cy + 2.7, text, LEGEND_TEXT)
                y += LEGEND_ROW

    @staticmethod
    def _icon(ink: Ink, kind: str, data: Any, x: float, cy: float) -> None:
        if kind == "face":
            ink.face(x + 6, cy, 5.5, data)
        elif kind == "path":
            ink.path_sample((x, cy), (x + 40, cy), data)
        elif kind == "kind":
            ink.rect(x, cy - 5.5, 38, 11, fill=style.KIND_COLORS[data],
                     stroke=style.GRID_LINE, width=0.6)
            ink.c.saveState()
            ink.c.translate(x + 19, ink.y(cy))
            ink.c.scale(0.55, 0.55)
            Ink(ink.c, ink.fonts, 0).kind_icon(0, 0, data)
            ink.c.restoreState()
        elif kind == "star":
            ink.star(x + 6, cy, 5.5)
        elif kind == "warning":
            ink.warning(x + 6, cy, 5.5)
        elif kind == "metric":
            ink.text(x, cy + 2.5, "NPS 41", 6.5, color=style.MUTED_TEXT)
        elif kind == "dimmed":
            with ink.alpha(0.3):
                ink.rect(x, cy - 5, 30, 10, fill=WHITE, stroke=CARD_BORDER, radius=2)
                ink.rect(x, cy - 5, 30, 3, fill=style.EMOTION_COLORS[1])
        elif kind == "persona":
            ink.circle(x + 5, cy, 4.5, fill=data, stroke=WHITE)
        elif kind == "lane":
            ink.rect(x, cy - 5.5, 38, 11, fill=style.LANE_HEADER_COLORS[data],
                     stroke=style.GRID_LINE, width=0.6)
            ink.rect(x + 8, cy - 3, 22, 6, fill=WHITE, stroke=style.NOTE_BORDER, width=0.5,
                     radius=1.5)
        elif kind == "line":
            ink.line(x, cy, x + 38, cy, style.LANE_LINE, 1.0, dash=(3, 1.5))
        elif kind == "link":
            ink.line(x + 2, cy, x + 36, cy, style.LANE_LINE, 0.9, dash=(0.9, 1.5))
            for end in (x + 2, x + 36):
                ink.circle(end, cy, 1.8, fill=style.LANE_LINE)


def _lane_items(doc: Document) -> list[tuple[str, Any, str]]:
    """One row per kind of lane the map has, then the lines and links it draws."""
    lang = doc.language
    kinds = {str(lane.kind) for lane in doc.lanes}
    items: list[tuple[str, Any, str]] = [
        ("lane", kind, label(lang, f"lane_{kind}")) for kind in style.LANE_ROW_COLORS
        if kind in kinds]
    if kinds & {"backstage", "support"}:
        items.append(("line", None, label(lang, "lane_line")))
    blueprint = {lane.id for lane in doc.lanes
                 if str(lane.kind) in ("frontstage", "backstage", "support")}
    if any(note.touchpoints and note.lane in blueprint for note in doc.notes):
        items.append(("link", None, label(lang, "note_link")))
    return items
