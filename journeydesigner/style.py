"""Colours, symbols and line styles shared by the canvas and the PDF (Qt-free).

Palettes are Okabe–Ito based, so they stay distinct for colour-blind viewers;
every emotion also has a symbol and every polarity a line style, so nothing
relies on colour alone.
"""

from __future__ import annotations

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
DEFAULT_STAGE_COLOR = "#7F7F7F"
GRID_LINE = "#C8CDD3"
TEXT = "#1F2328"
MUTED_TEXT = "#5A6270"


def language_of(tag: str) -> str:
    """'es-MX' -> 'es'; anything we have no labels for -> 'en'."""
    primary = tag.split("-")[0].lower()
    return primary if primary in EMOTION_LABELS else "en"
