"""Numbers as the map's language writes them, the same on the canvas, in the PDF and
in the command line's tables: "6,5" and "71 %" in Spanish, "6.5" and "71%" in English.
Qt-free."""

from __future__ import annotations

from typing import Protocol

from .style import language_of

#: The survey measures a card shows (the first one the touchpoint has).
CARD_MEASURES = ("nps", "csat", "ces")
#: Fewer responses than this behind a measure make weak evidence: the cards draw it so
#: (dotted underline) and their tooltip says it.
WEAK_EVIDENCE = 30


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
    """The measure a card shows ("CES 6,5"), with the responses behind it when it has
    evidence ("CSAT 71 · n=120"), or None."""
    key = card_key(metrics)
    if key is None:
        return None
    text = metric_text(key, getattr(metrics, key), None, language)
    proof = card_evidence(metrics)
    return text if proof is None else f"{text} · n={proof.n}"


def card_key(metrics: object) -> str | None:
    """The measure a card shows: the first of :data:`CARD_MEASURES` it has."""
    return next((k for k in CARD_MEASURES if getattr(metrics, k, None) is not None), None)


def card_evidence(metrics: object) -> Interval | None:
    """The evidence of the measure a card shows, if it has some."""
    key = card_key(metrics)
    return getattr(getattr(metrics, "evidence", None), key, None) if key else None


def evidence_origin(proof: object) -> str:
    """Where a measure's responses come from: "survey.csv · 2024-03-01 – 2024-03-31"
    (what the evidence says of it: its source, its dates), or ""."""
    dates = " – ".join(str(d) for d in (getattr(proof, "from_", None),
                                         getattr(proof, "to", None)) if d)
    return " · ".join(p for p in (getattr(proof, "source", None), dates) if p)


def weak_evidence(proof: Interval | None) -> bool:
    """Whether a measure rests on fewer than :data:`WEAK_EVIDENCE` responses."""
    return proof is not None and proof.n < WEAK_EVIDENCE


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
