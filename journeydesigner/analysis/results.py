"""What an analysis finds: the :class:`Analysis`, its :class:`Finding` values and the
categories and severities they are reported under."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from .. import numbers
from ..model import Evidence
from .wording import language_code, rounded, share

Severity = Literal["info", "warning", "problem"]
SEVERITIES: tuple[str, ...] = ("problem", "warning", "info")
LANGUAGES: tuple[str, ...] = ("en", "es")

#: How each step of the analysis reports a finding: kind, severity, the touchpoints and
#: connections it is about, its English and its Spanish text.
AddFinding = Callable[[str, Severity, Iterable[str], Iterable[str], str, str], None]

#: Categories in report order, each with the finding kinds it groups.
CATEGORIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ideal_path", ("ideal_path", "no_ideal_path")),
    ("dead_ends", ("dead_end",)),
    ("friction", ("friction",)),
    ("disagreements", ("disagreement",)),
    ("negative_paths", ("negative_path",)),
    ("unreachable", ("unreachable",)),
    ("isolated", ("isolated",)),
    ("time_order", ("backwards", "simultaneous")),
    ("entries", ("entry",)),
    ("exits", ("exit",)),
    ("channel_mix", ("digital_only_stage", "in_person_only_stage")),
    ("moments_of_truth", ("moment_of_truth",)),
    ("service_blueprint", ("unsupported_touchpoint", "unsupported_negative_path")),
    ("coverage", ("coverage",)),
)
CATEGORY_OF_KIND: dict[str, str] = {kind: cat for cat, kinds in CATEGORIES for kind in kinds}
CATEGORY_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "ideal_path": "Ideal path",
        "dead_ends": "Dead ends",
        "friction": "Friction points",
        "disagreements": "Map and survey disagree",
        "negative_paths": "Negative paths",
        "unreachable": "Unreachable touchpoints",
        "isolated": "Isolated touchpoints",
        "time_order": "Time order",
        "entries": "Entries",
        "exits": "Exits",
        "channel_mix": "Channel mix",
        "moments_of_truth": "Moments of truth",
        "service_blueprint": "Service blueprint",
        "coverage": "Coverage",
    },
    "es": {
        "ideal_path": "Camino ideal",
        "dead_ends": "Callejones sin salida",
        "friction": "Puntos de fricción",
        "disagreements": "El mapa y la encuesta discrepan",
        "negative_paths": "Caminos negativos",
        "unreachable": "Puntos de contacto inalcanzables",
        "isolated": "Puntos de contacto aislados",
        "time_order": "Orden temporal",
        "entries": "Entradas",
        "exits": "Salidas",
        "channel_mix": "Mezcla de canales",
        "moments_of_truth": "Momentos de la verdad",
        "service_blueprint": "Plano del servicio",
        "coverage": "Cobertura",
    },
}
SEVERITY_LABELS: dict[str, dict[str, str]] = {
    "en": {"problem": "problem", "warning": "warning", "info": "info"},
    "es": {"problem": "problema", "warning": "aviso", "info": "info"},
}




class UnknownPersonaError(ValueError):
    """:func:`analyze` was asked for a persona the document does not have."""

    def __init__(self, persona: str) -> None:
        super().__init__(f'no persona with id "{persona}"')
        self.persona = persona


@dataclass(frozen=True)
class Finding:
    """One thing the analysis found, with the touchpoints and connections it is about."""

    kind: str
    severity: Severity
    touchpoints: tuple[str, ...]
    connections: tuple[str, ...]
    message: dict[str, str]  # {"en": …, "es": …}

    @property
    def category(self) -> str:
        return CATEGORY_OF_KIND.get(self.kind, self.kind)

    def text(self, language: str = "en") -> str:
        return self.message.get(language_code(language), self.message["en"])

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "category": self.category,
            "severity": self.severity,
            "touchpoints": list(self.touchpoints),
            "connections": list(self.connections),
            "message": dict(self.message),
        }


@dataclass(frozen=True)
class Link:
    """A connection with its ends."""

    connection: str
    source: str
    target: str
    label: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "connection": self.connection,
            "source": self.source,
            "target": self.target,
            "label": self.label,
        }


@dataclass(frozen=True)
class Reading:
    """One survey measure of a touchpoint, with its evidence (95 % interval and number of
    responses) when the touchpoint has some for it."""

    touchpoint: str
    metric: str  # "nps", "csat" or "ces"
    value: float
    evidence: Evidence | None = None

    def text(self, lang: str) -> str:
        """ "CSAT 54 (95% CI 41–66, n = 58)", or "CSAT 54" without evidence."""
        return numbers.metric_text(self.metric, self.value, self.evidence, lang)

    def to_json(self) -> dict[str, Any]:
        proof = self.evidence
        return {
            "touchpoint": self.touchpoint,
            "metric": self.metric,
            "value": self.value,
            "low": None if proof is None else proof.low,
            "high": None if proof is None else proof.high,
            "n": None if proof is None else proof.n,
        }


@dataclass(frozen=True)
class Disagreement:
    """The map's emotion says one thing, the survey's interval (``reading``) another:
    ``survey`` is "bad" for a positive emotion, "good" for a negative one."""

    reading: Reading
    emotion: int
    survey: Literal["bad", "good"]

    def to_json(self) -> dict[str, Any]:
        return {**self.reading.to_json(), "emotion": self.emotion, "survey": self.survey}


@dataclass(frozen=True)
class StageCoverage:
    """Touchpoints of one stage by channel and kind, and its average survey measures."""

    stage: str
    name: str
    touchpoints: tuple[str, ...]
    by_channel: dict[str, int]  # channel id -> touchpoints (every channel, zeros included)
    digital: int
    in_person: int
    nps: float | None
    csat: float | None
    ces: float | None

    @property
    def digital_share(self) -> float | None:
        """Percentage of the stage's touchpoints that are digital (None: no touchpoints)."""
        return share(self.digital, len(self.touchpoints))

    @property
    def in_person_share(self) -> float | None:
        return share(self.in_person, len(self.touchpoints))

    def to_json(self) -> dict[str, Any]:
        return {
            "stage": self.stage,
            "name": self.name,
            "touchpoints": len(self.touchpoints),
            "channels": dict(self.by_channel),
            "digital": self.digital,
            "in_person": self.in_person,
            "digital_share": rounded(self.digital_share),
            "in_person_share": rounded(self.in_person_share),
            "nps": rounded(self.nps),
            "csat": rounded(self.csat),
            "ces": rounded(self.ces),
        }


@dataclass
class Analysis:
    """Everything :func:`analyze` found; ``findings`` holds it all in report order."""

    title: str
    language: str  # "en" or "es": the document's language, for reports
    persona: str | None = None
    persona_name: str | None = None
    touchpoint_count: int = 0
    connection_count: int = 0
    entries: list[str] = field(default_factory=list)
    exits: list[str] = field(default_factory=list)
    isolated: list[str] = field(default_factory=list)
    ideal_path: list[str] = field(default_factory=list)  # empty: there is none
    ideal_connections: list[str] = field(default_factory=list)
    ideal_emotion: int | None = None
    ideal_reaches_exit: bool = False
    negative_paths: list[Link] = field(default_factory=list)
    friction: list[str] = field(default_factory=list)
    friction_measures: list[Reading] = field(default_factory=list)  # those that hurt
    evidence: bool = False  # some touchpoint of the map has metrics evidence
    disagreements: list[Disagreement] = field(default_factory=list)
    dead_ends: list[str] = field(default_factory=list)
    backwards: list[Link] = field(default_factory=list)
    simultaneous: list[Link] = field(default_factory=list)
    unreachable: list[str] = field(default_factory=list)
    digital_only_stages: list[str] = field(default_factory=list)
    in_person_only_stages: list[str] = field(default_factory=list)
    coverage: list[StageCoverage] = field(default_factory=list)
    digital: int = 0
    in_person: int = 0
    moments_of_truth: list[str] = field(default_factory=list)
    blueprint: bool = False  # the map has frontstage, backstage or support lanes
    unsupported: list[str] = field(default_factory=list)
    unsupported_negative_paths: list[Link] = field(default_factory=list)
    channel_names: dict[str, str] = field(default_factory=dict)
    channel_kinds: dict[str, str] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)

    @property
    def digital_share(self) -> float | None:
        return share(self.digital, self.digital + self.in_person)

    @property
    def in_person_share(self) -> float | None:
        return share(self.in_person, self.digital + self.in_person)

    def by_category(self) -> dict[str, list[Finding]]:
        """Findings grouped by category, every category present, in report order; the
        service blueprint's only for a map with blueprint lanes, the disagreements of map
        and survey only for a map with evidence (so that a map without them is reported
        as before)."""
        hidden = {"service_blueprint": not self.blueprint, "disagreements": not self.evidence}
        groups: dict[str, list[Finding]] = {
            cat: [] for cat, _ in CATEGORIES if not hidden.get(cat, False)}
        for finding in self.findings:
            groups.setdefault(finding.category, []).append(finding)
        return groups

    def counts(self) -> dict[str, int]:
        """How many findings of each severity."""
        out = dict.fromkeys(SEVERITIES, 0)
        for finding in self.findings:
            out[finding.severity] += 1
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "persona": self.persona,
            "touchpoints": self.touchpoint_count,
            "connections": self.connection_count,
            "severity_counts": self.counts(),
            "entries": list(self.entries),
            "exits": list(self.exits),
            "isolated": list(self.isolated),
            "ideal_path": (
                {
                    "touchpoints": list(self.ideal_path),
                    "connections": list(self.ideal_connections),
                    "emotion": self.ideal_emotion,
                    "reaches_exit": self.ideal_reaches_exit,
                }
                if self.ideal_path
                else None
            ),
            "negative_paths": [link.to_json() for link in self.negative_paths],
            "friction": list(self.friction),
            "friction_measures": [reading.to_json() for reading in self.friction_measures],
            "disagreements": (
                [d.to_json() for d in self.disagreements] if self.evidence else None),
            "dead_ends": list(self.dead_ends),
            "backwards": [link.to_json() for link in self.backwards],
            "simultaneous": [link.to_json() for link in self.simultaneous],
            "unreachable": list(self.unreachable),
            "digital_only_stages": list(self.digital_only_stages),
            "in_person_only_stages": list(self.in_person_only_stages),
            "coverage": {
                "digital": self.digital,
                "in_person": self.in_person,
                "digital_share": rounded(self.digital_share),
                "in_person_share": rounded(self.in_person_share),
                "stages": [stage.to_json() for stage in self.coverage],
            },
            "moments_of_truth": list(self.moments_of_truth),
            "service_blueprint": (
                {
                    "unsupported": list(self.unsupported),
                    "unsupported_negative_paths": [
                        link.to_json() for link in self.unsupported_negative_paths],
                }
                if self.blueprint
                else None
            ),
            "findings": [finding.to_json() for finding in self.findings],
        }
