"""Negative paths, friction points and dead ends: where the journey hurts, by the
team's emotions, the paths and the survey measures (limits in :mod:`.thresholds`)."""

from __future__ import annotations

from ..model import Connection, Polarity
from ..style import EMOTION_LABELS
from .index import MapIndex
from .results import AddFinding, Analysis, Link, Severity
from .thresholds import LIMITS
from .wording import quoted


def find_friction(m: MapIndex, result: Analysis, add: AddFinding) -> None:
    """Every negative connection, the touchpoints that hurt (emotion ≤ −1, reached by a
    negative connection or a survey measure past its friction limit), and those of
    them with no positive or neutral way on."""
    negative = [c for c in m.conns if c.polarity == Polarity.NEGATIVE]
    negative.sort(key=lambda c: (m.order[c.source], m.order[c.target]))
    for c in negative:
        result.negative_paths.append(Link(c.id, c.source, c.target, c.label))
        label_en = f" ({quoted(c.label)})" if c.label else ""
        add(
            "negative_path",
            "warning",
            [c.source, c.target],
            [c.id],
            f"Negative path: {m.title(c.source)} → {m.title(c.target)}{label_en}",
            f"Camino negativo: {m.title(c.source)} → {m.title(c.target)}{label_en}",
        )
    negative_into: dict[str, list[Connection]] = {}
    for c in negative:
        negative_into.setdefault(c.target, []).append(c)

    for tp_id in m.sorted_ids(m.tp):
        tp = m.tp[tp_id]
        hurt = tp.emotion is not None and tp.emotion <= -1
        into = negative_into.get(tp_id, [])
        measured = [r for r in m.readings(tp_id) if LIMITS[r.metric].hurts(r.value)]
        if not hurt and not into and not measured:
            continue
        result.friction.append(tp_id)
        result.friction_measures.extend(measured)
        why_en: list[str] = []
        why_es: list[str] = []
        if hurt:
            why_en.append(f"emotion: {EMOTION_LABELS['en'][tp.emotion].lower()}")
            why_es.append(f"emoción: {EMOTION_LABELS['es'][tp.emotion].lower()}")
        if into:
            sources = ", ".join(m.title(c.source) for c in into)
            why_en.append(f"reached by a negative connection from {sources}")
            why_es.append(f"se llega por una conexión negativa desde {sources}")
        for reading in measured:
            why_en.append(f"{reading.text('en')} {LIMITS[reading.metric].friction_words('en')}")
            why_es.append(f"{reading.text('es')} {LIMITS[reading.metric].friction_words('es')}")
        if tp.moment_of_truth:
            why_en.append("a moment of truth")
            why_es.append("momento de la verdad")
        severity: Severity = (
            "problem" if tp.emotion == -2 or (tp.moment_of_truth and (hurt or measured))
            else "warning"
        )
        add(
            "friction",
            severity,
            [tp_id],
            [c.id for c in into],
            f"Friction point: {m.title(tp_id)} ({'; '.join(why_en)})",
            f"Punto de fricción: {m.title(tp_id)} ({'; '.join(why_es)})",
        )

    for tp_id in m.sorted_ids(negative_into):
        onward = [c for c in m.outgoing[tp_id] if c.polarity != Polarity.NEGATIVE]
        if onward:
            continue
        result.dead_ends.append(tp_id)
        add(
            "dead_end",
            "problem",
            [tp_id],
            [c.id for c in negative_into[tp_id]],
            f"Dead end: {m.title(tp_id)} is reached by a negative connection and has no "
            "positive or neutral way onward.",
            f"Callejón sin salida: a {m.title(tp_id)} se llega por una conexión negativa y no "
            "tiene ningún camino positivo ni neutro para seguir.",
        )
