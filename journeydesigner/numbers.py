"""Numbers as the map's language writes them, the same on the canvas, in the PDF and
in the command line's tables: "6,5" and "71 %" in Spanish, "6.5" and "71%" in English.
Qt-free."""

from __future__ import annotations

from .style import language_of

#: The survey measures a card shows (the first one the touchpoint has).
CARD_MEASURES = ("nps", "csat", "ces")


def number(value: float, language: str, digits: int = 1) -> str:
    """``value`` with at most ``digits`` decimals, trailing zeros dropped, and the
    language's decimal separator."""
    text = f"{value:.{digits}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text.replace(".", ",") if language_of(language) == "es" else text


def percent(value: float, language: str, digits: int = 0) -> str:
    """A percentage: "71 %" in Spanish (a space before the sign), "71%" in English."""
    sep = " " if language_of(language) == "es" else ""
    return f"{number(value, language, digits)}{sep}%"


def card_measure(metrics: object, language: str) -> str | None:
    """The measure a card shows ("CES 6,5"), or None."""
    for key in CARD_MEASURES:
        value = getattr(metrics, key, None)
        if value is not None:
            return f"{key.upper()} {number(value, language)}"
    return None
