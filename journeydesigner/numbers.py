"""Numbers as the map's language writes them, the same on the canvas, in the PDF and
in the command line's tables: "6,5" and "71 %" in Spanish, "6.5" and "71%" in English.
Qt-free."""

from __future__ import annotations

from typing import Protocol

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
            return metric_text(key, value, None, language)
    return None


def interval(low: float, high: float, n: int, language: str) -> str:
    """A measure's 95 % interval and the responses behind it: "95% CI 41–66, n = 58"
    ("IC 95 % 41–66, n = 58" in Spanish). With a negative end the ends are joined by
    "to" ("a"): after a minus sign an en dash reads as a range of its own."""
    es = language_of(language) == "es"
    joint = "–" if min(low, high) >= 0 else (" a " if es else " to ")
    head = f"IC {percent(95, language)}" if es else f"{percent(95, language)} CI"
    return f"{head} {number(low, language)}{joint}{number(high, language)}, n = {n}"


class Interval(Protocol):
    """What :func:`metric_text` reads of a measure's evidence (``model.Evidence``)."""

    low: float
    high: float
    n: int


def metric_text(key: str, value: float, proof: Interval | None, language: str) -> str:
    """A survey measure with its evidence ("CSAT 54 (95% CI 41–66, n = 58)") or without
    ("CSAT 54")."""
    text = f"{key.upper()} {number(value, language)}"
    if proof is None:
        return text
    return f"{text} ({interval(proof.low, proof.high, proof.n, language)})"
