"""The appendix: findings, touchpoints in time order, paths, coverage and measures per stage."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from ... import numbers, style
from ...layout import Geometry, _lives
from ...model import Document, Touchpoint
from ..labels import label, severity_label
from .colors import GAP_FILL
from .lane_appendix import quotes_and_notes
from .writer import _Writer

# ---------------------------------------------------------------------------
# Appendix
# ---------------------------------------------------------------------------


def _findings(doc: Document, persona: str | None) -> tuple[list[Any] | None, str | None]:
    """Findings of journeydesigner.analysis when it is there and works, else None."""
    try:
        from ... import analysis  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - the module is optional
        return None, None
    analyze = getattr(analysis, "analyze", None)
    if not callable(analyze):
        return None, None
    try:
        result = analyze(doc, persona)
        findings = list(result.findings)
        for f in findings:
            _ = f.kind, f.severity, f.message
    except Exception as exc:  # noqa: BLE001 - an incompatible analysis is skipped, not fatal
        return None, f"analysis not included: {type(exc).__name__}: {exc}"
    return findings, None


SEVERITY_COLORS = ("#B34700", "#8A6100", style.MUTED_TEXT)
_SEVERITY_RANK = {"critical": 0, "error": 0, "problem": 0, "high": 0, "warning": 1,
                  "medium": 1, "info": 2, "low": 2}


def _message(finding: Any, lang: str) -> str:
    message = getattr(finding, "message", "")
    if isinstance(message, dict):
        primary = style.language_of(lang)
        text = message.get(primary) or message.get("en") or next(iter(message.values()), "")
        return str(text)
    return str(message)


def _severity(finding: Any) -> str:
    value = getattr(finding, "severity", "")
    return str(getattr(value, "value", value))


def _ids(items: Any) -> list[str]:
    out = []
    for item in items or ():
        out.append(item if isinstance(item, str) else str(getattr(item, "id", item)))
    return out


def _number(value: float | None, lang: str) -> str:
    return label(lang, "none") if value is None else numbers.number(value, lang)


def _percent(value: float | None, lang: str) -> str:
    return label(lang, "none") if value is None else numbers.percent(value, lang, 1)


def _mean(values: Iterable[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return sum(known) / len(known) if known else None


def _emotion_text(doc: Document, emotion: float | None) -> str:
    if emotion is None:
        return label(doc.language, "none")
    level = max(-2, min(2, round(emotion)))
    name = style.emotion_names(doc.language, doc.emotion_labels)[level]
    return f"{style.EMOTION_SYMBOLS[level]} {name}"


def _has_evidence(t: Touchpoint) -> bool:
    return any(getattr(t.metrics.evidence, k) is not None for k in numbers.CARD_MEASURES)


def _measures(t: Touchpoint, lang: str) -> str:
    """A touchpoint's measures on one line ("NPS 32 · CSAT 71"); with evidence one a line,
    each with its interval and number of responses ("CSAT 54 (95% CI 41–66, n = 58)")."""
    return ("\n" if _has_evidence(t) else " · ").join(
        numbers.metric_text(k, v, getattr(t.metrics.evidence, k), lang)
        for k in numbers.CARD_MEASURES if (v := getattr(t.metrics, k)) is not None
    )


def _appendix(w: _Writer, geometry: Geometry, findings: list[Any] | None) -> None:
    doc, lang = w.doc, w.lang
    persona = w.options.persona
    w.fresh_page()
    w.bookmark(label(lang, "appendix"))
    w._section = f"{doc.title} · {label(lang, 'appendix')}"
    w.heading(label(lang, "appendix"), size=18, before=0)
    stages = {s.id: s for s in doc.stages}
    channels = {c.id: c for c in doc.channels}
    titles = {t.id: t.title for t in doc.touchpoints}
    stage_order = {s.id: i for i, s in enumerate(doc.stages)}
    lane_order = {lane.channel_id: i for i, lane in enumerate(geometry.lanes)}
    lived = [
        t for t in doc.touchpoints
        if t.stage in stages and t.channel in channels and _lives(persona, t.personas)
    ]
    lived.sort(key=lambda t: (stage_order[t.stage], t.step, lane_order.get(t.channel, 0)))

    if findings is not None:
        if not findings:
            w.heading(label(lang, "findings"), size=12, bookmark=1)
            w.paragraph(label(lang, "no_findings"))
            w.y += 6
        else:
            rows = []
            for f in sorted(findings, key=lambda f: _SEVERITY_RANK.get(_severity(f).lower(), 1)):
                where = ", ".join(titles.get(i, i) for i in _ids(getattr(f, "touchpoints", ())))
                severity = _severity(f)
                rows.append([
                    {"text": severity_label(lang, severity), "bold": True,
                     "color": SEVERITY_COLORS[_SEVERITY_RANK.get(severity.lower(), 1)]},
                    _message(f, lang),
                    where or label(lang, "none"),
                ])
            w.table([(label(lang, "severity"), 0.12, "left"),
                     (label(lang, "finding"), 0.55, "left"),
                     (label(lang, "where"), 0.33, "left")], rows, title=label(lang, "findings"))

    if not lived:
        w.heading(label(lang, "inventory"), size=12, bookmark=1)
        w.paragraph(label(lang, "no_touchpoints"))
    else:
        rows = []
        for t in lived:
            title = t.title + ("  ★" if t.moment_of_truth else "")
            rows.append([
                {"text": title, "bold": True},
                stages[t.stage].name,
                channels[t.channel].name,
                _emotion_text(doc, t.emotion),
                _measures(t, lang) or label(lang, "none"),
                "\n".join(f"• {p}" for p in t.pain_points) or label(lang, "none"),
            ])
        # intervals and counts of responses need a wider column of measures
        wide = any(_has_evidence(t) for t in lived)
        w.table([(label(lang, "touchpoint"), 0.21 if wide else 0.24, "left"),
                 (label(lang, "stage"), 0.12 if wide else 0.13, "left"),
                 (label(lang, "channel"), 0.12 if wide else 0.13, "left"),
                 (label(lang, "emotion"), 0.12, "left"),
                 (label(lang, "metrics"), 0.19 if wide else 0.13, "left"),
                 (label(lang, "pain_points"), 0.24 if wide else 0.25, "left")], rows,
                title=label(lang, "inventory"))
    quotes_and_notes(w, lived)

    # paths, in the order of their sources (labels are cut short on the map)
    shown = {t.id: k for k, t in enumerate(lived)}
    paths = [
        c for c in doc.connections
        if c.source in shown and c.target in shown and _lives(persona, c.personas)
    ]
    if paths:
        paths.sort(key=lambda c: (shown[c.source], shown[c.target]))
        rows = [
            [titles[c.source], titles[c.target],
             {"text": label(lang, f"polarity_{c.polarity}"),
              "color": style.POLARITY_COLORS[str(c.polarity)], "bold": True},
             c.label or label(lang, "none")]
            for c in paths
        ]
        w.table([(label(lang, "from"), 0.3, "left"), (label(lang, "to"), 0.3, "left"),
                 (label(lang, "kind"), 0.12, "left"), (label(lang, "path_label"), 0.28, "left")],
                rows, title=label(lang, "paths_table"))

    # coverage: channels (rows, lane order) x stages (columns), in chunks that fit
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for t in lived:
        counts[(t.channel, t.stage)] += 1
    ordered_channels = [channels[lane.channel_id] for lane in geometry.lanes]
    per_table = max(1, int((w.box.w - 160) // 72))
    for start in range(0, max(len(doc.stages), 1), per_table):
        chunk = doc.stages[start : start + per_table]
        last = start + per_table >= len(doc.stages)
        columns = [(label(lang, "channel"), 150.0, "left")]
        columns += [(s.name, 84.0, "center") for s in chunk]
        if last:
            columns.append((label(lang, "total"), 56.0, "center"))
        rows = []
        for ch in ordered_channels:
            row: list[Any] = [{"text": ch.name, "bold": True}]
            for s in chunk:
                n = counts[(ch.id, s.id)]
                row.append({"text": str(n), "fill": GAP_FILL if n == 0 else None})
            if last:
                row.append({"text": str(sum(counts[(ch.id, s.id)] for s in doc.stages)),
                            "bold": True})
            rows.append(row)
        total_row: list[Any] = [{"text": label(lang, "total"), "bold": True}]
        total_row += [{"text": str(sum(counts[(c.id, s.id)] for c in ordered_channels)),
                       "bold": True} for s in chunk]
        if last:
            total_row.append({"text": str(len(lived)), "bold": True})
        rows.append(total_row)
        w.table(columns, rows, width=sum(share for _, share, _ in columns),
                title=label(lang, "coverage") if start == 0 else None)
    w.paragraph(label(lang, "coverage_note"), size=7, color=style.MUTED_TEXT)
    w.y += 8

    rows = []
    for s in doc.stages:
        mine = [t for t in lived if t.stage == s.id]
        rows.append([
            {"text": s.name, "bold": True},
            str(len(mine)),
            _emotion_text(doc, _mean(t.emotion for t in mine)),
            _number(_mean(t.metrics.nps for t in mine), lang),
            _number(_mean(t.metrics.csat for t in mine), lang),
            _number(_mean(t.metrics.ces for t in mine), lang),
            _percent(s.metrics.conversion_rate, lang),
            _percent(s.metrics.retention_rate, lang),
        ])
    w.table([(label(lang, "stage"), 150, "left"),
             (label(lang, "touchpoints"), 84, "center"),
             (label(lang, "mean_emotion"), 92, "left"),
             (label(lang, "nps"), 48, "right"),
             (label(lang, "csat"), 48, "right"),
             (label(lang, "ces"), 48, "right"),
             (label(lang, "conversion"), 66, "right"),
             (label(lang, "retention"), 66, "right")], rows, width=602,
            title=label(lang, "stage_metrics"))
