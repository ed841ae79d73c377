"""Text of the exported pages in the map's own language (Qt-free).

The PDF speaks the language of the document (``Document.language``), not the
language of the application: a Spanish map sent to a Spanish client gets
Spanish headings even when the designer's interface is in English. Languages
without a table here fall back to English (see :func:`style.language_of`).
"""

from __future__ import annotations

from .. import style

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "kicker": "Customer journey map",
        "cover": "Cover",
        "map": "Map",
        "legend": "Legend",
        "appendix": "Appendix",
        "language": "Language",
        "date": "Date",
        "modified": "Modified",
        "exported": "Exported",
        "stages": "Stages",
        "channels": "Channels",
        "touchpoints": "Touchpoints",
        "personas": "Personas",
        "connections": "Paths",
        "persona_filter": "Persona shown",
        "all_personas": "All personas",
        "personas_cont": "Personas (continued)",
        "age": "{age} years old",
        "goals": "Goals",
        "needs": "Needs",
        "frustrations": "Frustrations",
        "habits": "Habits",
        "page": "Page {n} of {total}",
        "tile": "Page {row}-{col} of {rows}×{cols}",
        "tile_short": "Page {row}-{col}",
        "next_right": "continues on page {label} →",
        "next_below": "continues on page {label} ↓",
        "assemble": ("To assemble the map, trim the repeated headers off along the marks "
                     "and butt the pages together."),
        "legend_emotion": "Emotion",
        "legend_paths": "Paths",
        "legend_channels": "Channels",
        "legend_lanes": "Lanes",
        "lane_notes": "Notes of the team, per stage",
        "lane_pain_points": "The touchpoints' pain points",
        "lane_opportunities": "The touchpoints' opportunities",
        "lane_frontstage": "Frontstage: staff the customer sees",
        "lane_backstage": "Backstage: staff out of the customer's view",
        "lane_support": "Support: systems, partners, processes",
        "lane_line": "Line of visibility / of internal interaction",
        "note_link": "The note supports that touchpoint",
        "legend_marks": "Card marks",
        "legend_personas": "Personas",
        "path_positive": "Positive path: it goes well",
        "path_negative": "Negative path: it goes badly",
        "path_neutral": "Decision",
        "moment_of_truth": "Moment of truth",
        "pain_point": "Has pain points",
        "metric": "Survey measure (NPS, CSAT or CES)",
        "dimmed": "Faded: not lived by {persona}",
        "unknown_emotion": "Emotion not known",
        "findings": "Findings",
        "no_findings": "The analysis found nothing to report.",
        "severity": "Severity",
        "finding": "Finding",
        "where": "Touchpoints",
        "inventory": "Touchpoints in time order",
        "touchpoint": "Touchpoint",
        "stage": "Stage",
        "channel": "Channel",
        "emotion": "Emotion",
        "metrics": "Measures",
        "pain_points": "Pain points",
        "coverage": "Coverage: touchpoints per stage and channel",
        "coverage_note": "Shaded cells: no touchpoint of this channel in this stage.",
        "total": "Total",
        "stage_metrics": "Measures per stage (averages)",
        "mean_emotion": "Emotion",
        "nps": "NPS",
        "csat": "CSAT",
        "ces": "CES",
        "conversion": "Conversion",
        "retention": "Retention",
        "none": "—",
        "no_touchpoints": "No touchpoints.",
        "paths_table": "Paths between touchpoints",
        "from": "From",
        "to": "To",
        "kind": "Kind",
        "path_label": "Label",
        "polarity_positive": "Positive",
        "polarity_negative": "Negative",
        "polarity_neutral": "Decision",
    },
    "es": {
        "kicker": "Mapa de experiencia del cliente",
        "cover": "Portada",
        "map": "Mapa",
        "legend": "Leyenda",
        "appendix": "Anexo",
        "language": "Idioma",
        "date": "Fecha",
        "modified": "Modificado",
        "exported": "Exportado",
        "stages": "Etapas",
        "channels": "Canales",
        "touchpoints": "Puntos de contacto",
        "personas": "Buyer personas",
        "connections": "Caminos",
        "persona_filter": "Persona mostrada",
        "all_personas": "Todas las personas",
        "personas_cont": "Buyer personas (continuación)",
        "age": "{age} años",
        "goals": "Objetivos",
        "needs": "Necesidades",
        "frustrations": "Frustraciones",
        "habits": "Hábitos",
        "page": "Página {n} de {total}",
        "tile": "Página {row}-{col} de {rows}×{cols}",
        "tile_short": "Página {row}-{col}",
        "next_right": "sigue en la página {label} →",
        "next_below": "sigue en la página {label} ↓",
        "assemble": ("Para montar el mapa, recorte las cabeceras repetidas por las marcas "
                     "y junte las páginas."),
        "legend_emotion": "Emoción",
        "legend_paths": "Caminos",
        "legend_channels": "Canales",
        "legend_lanes": "Carriles",
        "lane_notes": "Notas del equipo, por etapa",
        "lane_pain_points": "Puntos de dolor de los puntos de contacto",
        "lane_opportunities": "Oportunidades de los puntos de contacto",
        "lane_frontstage": "Primer plano: personal que el cliente ve",
        "lane_backstage": "Trastienda: personal fuera de la vista del cliente",
        "lane_support": "Soporte: sistemas, socios, procesos",
        "lane_line": "Línea de visibilidad / de interacción interna",
        "note_link": "La nota apoya ese punto de contacto",
        "legend_marks": "Marcas de las tarjetas",
        "legend_personas": "Buyer personas",
        "path_positive": "Camino positivo: sale bien",
        "path_negative": "Camino negativo: sale mal",
        "path_neutral": "Decisión",
        "moment_of_truth": "Momento de la verdad",
        "pain_point": "Tiene puntos de dolor",
        "metric": "Medida de encuesta (NPS, CSAT o CES)",
        "dimmed": "Atenuado: no lo vive {persona}",
        "unknown_emotion": "Emoción desconocida",
        "findings": "Hallazgos",
        "no_findings": "El análisis no encontró nada que señalar.",
        "severity": "Gravedad",
        "finding": "Hallazgo",
        "where": "Puntos de contacto",
        "inventory": "Puntos de contacto en orden temporal",
        "touchpoint": "Punto de contacto",
        "stage": "Etapa",
        "channel": "Canal",
        "emotion": "Emoción",
        "metrics": "Medidas",
        "pain_points": "Puntos de dolor",
        "coverage": "Cobertura: puntos de contacto por etapa y canal",
        "coverage_note": "Celdas sombreadas: ningún punto de contacto de este canal en esta etapa.",
        "total": "Total",
        "stage_metrics": "Medidas por etapa (medias)",
        "mean_emotion": "Emoción",
        "nps": "NPS",
        "csat": "CSAT",
        "ces": "CES",
        "conversion": "Conversión",
        "retention": "Retención",
        "none": "—",
        "no_touchpoints": "Sin puntos de contacto.",
        "paths_table": "Caminos entre puntos de contacto",
        "from": "Desde",
        "to": "Hasta",
        "kind": "Tipo",
        "path_label": "Etiqueta",
        "polarity_positive": "Positivo",
        "polarity_negative": "Negativo",
        "polarity_neutral": "Decisión",
    },
}

#: Names of content languages, written in that language.
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "es": "Español",
    "pt": "Português",
    "ca": "Català",
    "fr": "Français",
    "de": "Deutsch",
    "it": "Italiano",
}

SEVERITY_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "problem": "Problem", "warning": "Warning", "info": "Note", "critical": "Critical",
        "error": "Error", "high": "High", "medium": "Medium", "low": "Low",
    },
    "es": {
        "problem": "Problema", "warning": "Aviso", "info": "Nota", "critical": "Crítica",
        "error": "Error", "high": "Alta", "medium": "Media", "low": "Baja",
    },
}


def label(language: str, key: str, **values: object) -> str:
    """The text of ``key`` in ``language`` (a tag such as ``es-MX``), formatted."""
    table = LABELS[style.language_of(language)]
    text = table.get(key) or LABELS["en"][key]
    return text.format(**values) if values else text


def language_name(tag: str) -> str:
    primary = tag.split("-")[0].lower()
    name = LANGUAGE_NAMES.get(primary)
    return f"{name} ({tag})" if name else tag


def severity_label(language: str, severity: str) -> str:
    table = SEVERITY_LABELS[style.language_of(language)]
    return table.get(severity.lower(), severity[:1].upper() + severity[1:])
