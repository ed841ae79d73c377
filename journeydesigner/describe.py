"""Spoken descriptions of what is selected on the map (Qt-free), for screen
readers and the status bar: stage → channel → touchpoint, with its emotion."""

from __future__ import annotations

from .model import Document
from .style import EMOTION_LABELS, KIND_LABELS, emotion_names, language_of

_WORDS = {
    "en": {"stage": "Stage", "channel": "channel", "emotion": "emotion", "unknown": "unknown",
           "step": "step", "personas": "lived by", "all": "all personas",
           "moment": "moment of truth", "pains": "pain points", "path": "Path from",
           "to": "to", "polarity": {"positive": "positive", "negative": "negative",
                                    "neutral": "decision"}},
    "es": {"stage": "Etapa", "channel": "canal", "emotion": "emoción", "unknown": "desconocida",
           "step": "paso", "personas": "la viven", "all": "todas las personas",
           "moment": "momento de la verdad", "pains": "puntos de dolor", "path": "Camino de",
           "to": "a", "polarity": {"positive": "positivo", "negative": "negativo",
                                   "neutral": "decisión"}},
}


def describe_touchpoint(doc: Document, touchpoint_id: str, language: str = "en") -> str:
    lang = language_of(language)
    w = _WORDS[lang]
    tp = doc.touchpoint(touchpoint_id)
    if tp is None:
        return ""
    stage = doc.stage(tp.stage)
    channel = doc.channel(tp.channel)
    names = emotion_names(doc.language, doc.emotion_labels) if lang == language_of(
        doc.language) else EMOTION_LABELS[lang]
    emotion = names[tp.emotion] if tp.emotion is not None else w["unknown"]
    names = {p.id: p.name for p in doc.personas}
    lived = ", ".join(names.get(p, p) for p in tp.personas) or w["all"]
    parts = [
        f"{w['stage']} {stage.name if stage else tp.stage}",
        f"{w['channel']} {channel.name if channel else tp.channel}"
        + (f" ({KIND_LABELS[lang][str(channel.kind)]})" if channel else ""),
        f"{tp.title}",
        f"{w['step']} {tp.step + 1}",
        f"{w['emotion']} {emotion}",
        f"{w['personas']}: {lived}",
    ]
    if tp.moment_of_truth:
        parts.append(w["moment"])
    if tp.pain_points:
        parts.append(f"{len(tp.pain_points)} {w['pains']}")
    return ", ".join(parts)


def describe_connection(doc: Document, connection_id: str, language: str = "en") -> str:
    lang = language_of(language)
    w = _WORDS[lang]
    conn = next((c for c in doc.connections if c.id == connection_id), None)
    if conn is None:
        return ""
    source, target = doc.touchpoint(conn.source), doc.touchpoint(conn.target)
    text = (f"{w['path']} {source.title if source else conn.source} {w['to']} "
            f"{target.title if target else conn.target}, {w['polarity'][str(conn.polarity)]}")
    return text + (f": {conn.label}" if conn.label else "")
