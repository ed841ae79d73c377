"""Colours, symbols and line styles shared by the canvas and the PDF (Qt-free).

Palettes are Okabe–Ito based, so they stay distinct for colour-blind viewers;
every emotion also has a symbol and every polarity a line style, so nothing
relies on colour alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

EMOTION_COLORS: dict[int, str] = {
    -2: "#D55E00",  # vermillion
    -1: "#E69F00",  # orange
    0: "#8C8C8C",  # grey
    1: "#56B4E9",  # sky blue
    2: "#009E73",  # bluish green
}
NO_EMOTION_COLOR = "#D9D9D9"
EMOTION_SYMBOLS: dict[int, str] = {-2: "−−", -1: "−", 0: "○", 1: "+", 2: "++"}
EMOTION_LABELS: dict[str, dict[int, str]] = {
    "en": {-2: "Very negative", -1: "Negative", 0: "Neutral", 1: "Positive", 2: "Very positive"},
    "es": {-2: "Muy negativa", -1: "Negativa", 0: "Neutral", 1: "Positiva", 2: "Muy positiva"},
}

POLARITY_COLORS: dict[str, str] = {
    "positive": "#0072B2",
    "negative": "#D55E00",
    "neutral": "#555555",
}
#: Dash patterns (on, off lengths in points); empty = solid.
POLARITY_DASHES: dict[str, tuple[float, ...]] = {
    "positive": (),
    "negative": (6.0, 4.0),
    "neutral": (1.5, 3.0),
}

KIND_COLORS: dict[str, str] = {"digital": "#E8F1FA", "in_person": "#FBF0E4"}
KIND_LABELS: dict[str, dict[str, str]] = {
    "en": {"digital": "Digital", "in_person": "In person"},
    "es": {"digital": "Digital", "in_person": "Presencial"},
}
STAGE_PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")
PERSONA_PALETTE = ("#CC79A7", "#0072B2", "#E69F00", "#009E73", "#56B4E9", "#D55E00")
#: A persona id that is not in the document (a dangling reference being edited).
UNKNOWN_PERSONA_COLOR = "#777777"
DEFAULT_STAGE_COLOR = "#7F7F7F"
GRID_LINE = "#C8CDD3"

#: Edition-2 lanes (canvas and PDF): row background and header background by lane
#: kind, the note cards' border, the blueprint lines and their labels by language.
LANE_ROW_COLORS: dict[str, str] = {
    "notes": "#F5F3FA", "pain_points": "#FCEEEE", "opportunities": "#ECF6EE",
    "frontstage": "#EEF3F8", "backstage": "#F2F2F0", "support": "#ECECEA",
}
LANE_HEADER_COLORS: dict[str, str] = {
    "notes": "#E6E1F2", "pain_points": "#F5D9D9", "opportunities": "#D6ECDA",
    "frontstage": "#DCE6F0", "backstage": "#E3E3DF", "support": "#DADAD6",
}
NOTE_BORDER = "#B9BEC6"
LANE_LINE = "#4A5560"
LINE_LABELS: dict[str, dict[str, str]] = {
    "en": {"line.visibility": "Line of visibility",
           "line.internal": "Line of internal interaction"},
    "es": {"line.visibility": "Línea de visibilidad",
           "line.internal": "Línea de interacción interna"},
}
TEXT = "#1F2328"
MUTED_TEXT = "#5A6270"


def persona_colors(personas: Iterable[Any]) -> dict[str, str]:
    """The colour each persona is drawn in (by id): its own, else the next palette
    colour no persona chose, in the personas' order, so personas without a colour
    stay distinct from each other and from the chosen ones, and keep their colour
    on the canvas, the strip, the docks and the PDF."""
    personas = list(personas)
    chosen = {p.color.upper() for p in personas if p.color}
    free = [c for c in PERSONA_PALETTE if c.upper() not in chosen] or list(PERSONA_PALETTE)
    colors: dict[str, str] = {}
    uncoloured = 0
    for persona in personas:
        if persona.color:
            colors.setdefault(persona.id, persona.color)
        elif persona.id not in colors:
            colors[persona.id] = free[uncoloured % len(free)]
            uncoloured += 1
    return colors


def emotion_names(language: str, labels: Sequence[str] | None = None) -> dict[int, str]:
    """The emotion levels' names, very negative (-2) to very positive (2): the map's
    own ``emotion_labels`` (edition 2) when it has them, else the standard ones of
    its language."""
    if labels:
        return dict(zip((-2, -1, 0, 1, 2), labels, strict=True))
    return EMOTION_LABELS[language_of(language)]


def language_of(tag: str) -> str:
    """'es-MX' -> 'es'; anything we have no labels for -> 'en'."""
    primary = tag.split("-")[0].lower()
    return primary if primary in EMOTION_LABELS else "en"


@dataclass(frozen=True)
class CanvasColors:
    """Every colour the canvas paints with, so workshop mode can switch the drawing
    itself (not only the widgets) to a look that stays readable on a projector."""

    background: str
    lanes: dict[str, str]  # by channel kind
    groups: dict[str, str]  # the DIGITAL / IN PERSON group headers, by kind
    lane_headers: dict[str, str]
    grid_line: str
    text: str
    muted_text: str
    card: str
    card_border: str
    card_border_width: float
    selection: str
    polarity: dict[str, str]
    path_width: float
    label_background: str  # of path labels, drawn over the paths
    emotion_lane: str
    emotion_labels: str  # the emotion lane's label column
    emotion_levels: str  # its level lines
    emotion_curve: str
    focus: str  # the outline of the focused lane


NORMAL = CanvasColors(
    background="#FFFFFF", lanes=KIND_COLORS,
    groups={"digital": "#CFD7DF", "in_person": "#E0D6CC"},
    lane_headers={"digital": "#DFE8F0", "in_person": "#F1E7DB"},
    grid_line=GRID_LINE, text=TEXT, muted_text=MUTED_TEXT,
    card="#FFFFFF", card_border="#9AA4AF", card_border_width=1.0, selection="#1F6FEB",
    polarity=POLARITY_COLORS, path_width=1.8, label_background="#DCFFFFFF",
    emotion_lane="#FAFAFA", emotion_labels="#F2F3F5", emotion_levels="#E3E6EA",
    emotion_curve="#333333", focus="#1F6FEB",
)
HIGH_CONTRAST = CanvasColors(
    background="#000000", lanes={"digital": "#000000", "in_person": "#141414"},
    groups={"digital": "#333333", "in_person": "#333333"},
    lane_headers={"digital": "#1A1A1A", "in_person": "#262626"},
    grid_line="#8C8C8C", text="#FFFFFF", muted_text="#E0E0E0",
    card="#000000", card_border="#FFFFFF", card_border_width=2.0, selection="#F0E442",
    polarity={"positive": "#56B4E9", "negative": "#E69F00", "neutral": "#FFFFFF"},
    path_width=3.0, label_background="#E6000000",
    emotion_lane="#000000", emotion_labels="#1A1A1A", emotion_levels="#5A5A5A",
    emotion_curve="#FFFFFF", focus="#F0E442",
)
