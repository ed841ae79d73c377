"""A measure's evidence in words for the tooltip of a card and the Properties dock:
its interval and n, where the responses come from, and a warning when they are few."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .. import numbers


def evidence_text(proof: numbers.Interval, language: str) -> str:
    """"95% CI 62.5–78.9, n = 120 · survey.csv · 2024-03-01 – 2024-03-31", and on a
    second line "Weak evidence: fewer than 30 responses." when it is."""
    text = numbers.interval(proof.low, proof.high, proof.n, language)
    origin = numbers.evidence_origin(proof)
    text += f" · {origin}" if origin else ""
    if numbers.weak_evidence(proof):
        text += "\n" + QCoreApplication.translate(
            "evidence_words", "Weak evidence: fewer than {0} responses.").format(
                numbers.WEAK_EVIDENCE)
    return text
