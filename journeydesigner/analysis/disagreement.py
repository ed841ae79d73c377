"""Where the map says one thing and the survey another: the team's emotion against the
95 % interval of what customers answered (limits in :mod:`.thresholds`)."""

from __future__ import annotations

from ..style import EMOTION_LABELS
from .index import MapIndex
from .results import AddFinding, Analysis, Disagreement, Reading
from .thresholds import LIMITS


def find_disagreements(m: MapIndex, result: Analysis, add: AddFinding) -> None:
    """Nothing for a map without evidence. Otherwise a touchpoint marked positive whose
    interval is clearly bad, or marked negative whose interval is clearly good, is a
    warning naming each measure that disagrees. Only measures with evidence count: a
    bare value says nothing of how sure it is, the interval does."""
    result.evidence = any(
        getattr(t.metrics.evidence, key) is not None for t in m.doc.touchpoints for key in LIMITS)
    if not result.evidence:
        return
    for tp_id in m.sorted_ids(m.tp):
        emotion = m.tp[tp_id].emotion
        if not emotion:
            continue
        found = [Disagreement(r, emotion, "bad" if emotion > 0 else "good")
                 for r in m.readings(tp_id) if _contradicts(r, emotion)]
        if not found:
            continue
        result.disagreements.extend(found)
        add(
            "disagreement",
            "warning",
            [tp_id],
            [],
            f"Map and survey disagree: {m.title(tp_id)} is marked "
            f"{EMOTION_LABELS['en'][emotion].lower()}, but the survey gives "
            f"{_readings(found, 'en')}.",
            f"El mapa y la encuesta discrepan: {m.title(tp_id)} tiene emoción "
            f"{EMOTION_LABELS['es'][emotion].lower()}, pero la encuesta da "
            f"{_readings(found, 'es')}.",
        )


def _contradicts(reading: Reading, emotion: int) -> bool:
    """The reading's interval is clearly bad for a positive emotion, clearly good for a
    negative one."""
    proof = reading.evidence
    if proof is None:
        return False
    limits = LIMITS[reading.metric]
    if emotion > 0:
        return limits.clearly_bad(proof.low, proof.high)
    return limits.clearly_good(proof.low, proof.high)


def _readings(found: list[Disagreement], lang: str) -> str:
    """ "CSAT 54 (95% CI 41–58, n = 58): the whole interval is under 60; …"."""
    whole = "todo el intervalo" if lang == "es" else "the whole interval"
    parts = []
    for d in found:
        limits = LIMITS[d.reading.metric]
        words = limits.friction_words(lang) if d.survey == "bad" else limits.good_words(lang)
        parts.append(f"{d.reading.text(lang)}: {whole} {words}")
    return "; ".join(parts)
