"""The plain-text report of an analysis (the CLI's ``analyze``), in English or Spanish."""

from __future__ import annotations

from ..style import KIND_LABELS, language_of
from .results import CATEGORY_LABELS, SEVERITIES, SEVERITY_LABELS, Analysis
from .wording import language_code, measure, percent, plural, quoted

_TEXT = {
    "en": {
        "title": "Analysis of {0}",
        "whole": "whole map",
        "persona": "persona {0}",
        "sizes": "{0}, {1}",
        "tp": ("touchpoint", "touchpoints"),
        "conn": ("connection", "connections"),
        "severity": (("problem", "problems"), ("warning", "warnings"), ("note", "notes")),
        "none": "none",
        "table": "Touchpoints per stage and channel",
        "channel": "Channel",
        "total": "Total",
        "digital": "Digital",
        "in_person": "In person",
        "share": "{0} share",
    },
    "es": {
        "title": "Análisis de {0}",
        "whole": "todo el mapa",
        "persona": "persona {0}",
        "sizes": "{0}, {1}",
        "tp": ("punto de contacto", "puntos de contacto"),
        "conn": ("conexión", "conexiones"),
        "severity": (("problema", "problemas"), ("aviso", "avisos"), ("nota", "notas")),
        "none": "ninguno",
        "table": "Puntos de contacto por etapa y canal",
        "channel": "Canal",
        "total": "Total",
        "digital": "Digital",
        "in_person": "Presencial",
        "share": "% {0}",
    },
}


def summary_line(analysis: Analysis, language: str = "en") -> str:
    """ "18 touchpoints, 20 connections · 2 problems, 6 warnings, 12 notes"."""
    t = _TEXT[language_code(language)]
    sizes = t["sizes"].format(
        plural(analysis.touchpoint_count, *t["tp"]),
        plural(analysis.connection_count, *t["conn"]),
    )
    severities = ", ".join(
        plural(analysis.counts()[severity], *words)
        for severity, words in zip(SEVERITIES, t["severity"], strict=True)
    )
    return f"{sizes} · {severities}"


def format_text(analysis: Analysis, language: str = "en") -> str:
    """A readable plain-text report of ``analysis`` in English ("en") or Spanish ("es")."""
    lang = language_code(language)
    t = _TEXT[lang]
    who = (
        t["persona"].format(analysis.persona_name or analysis.persona)
        if analysis.persona
        else t["whole"]
    )
    lines = [f"{t['title'].format(quoted(analysis.title))} — {who}", summary_line(analysis, lang)]
    marks = SEVERITY_LABELS[lang]
    for cat, findings in analysis.by_category().items():
        lines.append("")
        lines.append(f"{CATEGORY_LABELS[lang][cat]} ({len(findings)})")
        if not findings:
            lines.append(f"  {t['none']}")
        for finding in findings:
            lines.append(f"  [{marks[finding.severity]}] {finding.text(lang)}")

    lines.append("")
    lines.append(t["table"])
    lines.extend(_table(analysis, lang))
    return "\n".join(lines) + "\n"


def _table(analysis: Analysis, lang: str) -> list[str]:
    t = _TEXT[lang]
    kinds = KIND_LABELS[language_of(lang)]
    header = [t["channel"], *(cov.name for cov in analysis.coverage), t["total"]]
    rows: list[list[str]] = []
    lanes = {channel_id: i for i, channel_id in enumerate(analysis.channel_names)}
    channel_ids = sorted(
        lanes, key=lambda c: (analysis.channel_kinds.get(c) != "digital", lanes[c])
    )
    for channel_id in channel_ids:
        counts = [cov.by_channel.get(channel_id, 0) for cov in analysis.coverage]
        kind = kinds.get(analysis.channel_kinds.get(channel_id, ""), "")
        rows.append(
            [f"{analysis.channel_names[channel_id]} ({kind})", *map(str, counts), str(sum(counts))]
        )
    rows.append([t["digital"], *(str(c.digital) for c in analysis.coverage), str(analysis.digital)])
    rows.append(
        [t["in_person"], *(str(c.in_person) for c in analysis.coverage), str(analysis.in_person)]
    )
    rows.append(
        [
            t["share"].format(t["digital"]),
            *(percent(c.digital_share, lang) for c in analysis.coverage),
            percent(analysis.digital_share, lang),
        ]
    )
    rows.append(
        [
            t["share"].format(t["in_person"]),
            *(percent(c.in_person_share, lang) for c in analysis.coverage),
            percent(analysis.in_person_share, lang),
        ]
    )
    for name in ("nps", "csat", "ces"):
        rows.append(
            [name.upper(), *(measure(getattr(c, name), lang) for c in analysis.coverage), ""]
        )
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    out = []
    for row in [header, *rows]:
        cells = [row[0].ljust(widths[0])] + [
            cell.rjust(width) for cell, width in zip(row[1:], widths[1:], strict=True)
        ]
        out.append("  " + "  ".join(cells).rstrip())
    return out
