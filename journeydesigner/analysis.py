"""Path analysis of a journey map: entries, ideal path, friction, dead ends… (Qt-free).

:func:`analyze` looks at the whole map, or at what one persona lives, and returns an
:class:`Analysis`: one list per category plus every :class:`Finding` (with its
message in English and Spanish). :func:`format_text` turns it into a readable report.

What counts
    A touchpoint or connection whose ``personas`` list is empty is lived by all.
    With a persona filter only the touchpoints that persona lives count, and only
    the connections it lives whose two ends it lives too.

Definitions (all on the counted touchpoints and connections)
    *Entry*: a connected touchpoint with no incoming connection. *Exit*: a connected
    touchpoint with no outgoing connection. *Isolated*: a touchpoint with no
    connection at all (listed only there, neither entry nor exit).

    *Ideal path*: a path that starts at an entry and follows positive and neutral
    connections that do not go back in time (simultaneous ones are allowed), with the
    best total emotion (the sum over its touchpoints, null = 0); ties go to the path
    with fewer touchpoints, then to the one ending earliest in time (the choice is
    deterministic: everything is walked in time order). It ends at an exit if one can be
    reached that way; otherwise it goes as far as those connections lead (it ends
    where none leads on) and the finding says it reaches no exit. Connections back in
    time never belong to the route the business wants, so the only cycles left are
    among simultaneous touchpoints; they are broken by a depth-first walk in time
    order that drops each connection closing a cycle. The search is then a longest
    path on a DAG: linear in the size of the map, no path enumeration.

    *Negative path*: every negative connection (source → target).
    *Friction point*: a touchpoint with emotion ≤ −1 or reached by a negative connection.
    *Dead end*: a touchpoint reached by a negative connection that has no outgoing
    positive or neutral connection (no way to recover from it on the map).

    *Time order*: a connection whose target lies in an earlier stage, or in the same
    stage at an earlier step, goes *backwards* (warning); same stage and same step is
    *simultaneous* (info).

    *Unreachable*: a connected touchpoint that cannot be reached from any entry by
    following connections of any polarity in their direction. Such touchpoints are
    always fed by a cycle with no way in (e.g. A → B → A with nothing leading to A or
    B), or lie downstream of one. Isolated touchpoints are not "unreachable".

    *Channel mix*: a stage with touchpoints that are all digital is a
    "digital-only stage"; all in person, an "in-person-only stage" (info).

    *Coverage*: touchpoints per stage × channel, digital / in-person counts and
    shares (percentages of the stage's touchpoints), average NPS, CSAT and CES per
    stage (``None`` when no touchpoint has the measure), and the moments of truth.

Severities
    *problem*: dead ends; friction points with a very negative emotion, or a negative
    one on a moment of truth. *warning*: other friction points, negative paths,
    connections back in time, unreachable touchpoints, isolated touchpoints (when the
    map has connections at all), an ideal path that reaches no exit, no ideal path
    although there are connections. Everything else is *info*.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from . import numbers
from .model import Connection, Document, Polarity, Touchpoint
from .style import EMOTION_LABELS, KIND_LABELS, language_of

Severity = Literal["info", "warning", "problem"]
SEVERITIES: tuple[str, ...] = ("problem", "warning", "info")
LANGUAGES: tuple[str, ...] = ("en", "es")

#: Categories in report order, each with the finding kinds it groups.
CATEGORIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ideal_path", ("ideal_path", "no_ideal_path")),
    ("dead_ends", ("dead_end",)),
    ("friction", ("friction",)),
    ("negative_paths", ("negative_path",)),
    ("unreachable", ("unreachable",)),
    ("isolated", ("isolated",)),
    ("time_order", ("backwards", "simultaneous")),
    ("entries", ("entry",)),
    ("exits", ("exit",)),
    ("channel_mix", ("digital_only_stage", "in_person_only_stage")),
    ("moments_of_truth", ("moment_of_truth",)),
    ("coverage", ("coverage",)),
)
CATEGORY_OF_KIND: dict[str, str] = {kind: cat for cat, kinds in CATEGORIES for kind in kinds}
CATEGORY_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "ideal_path": "Ideal path",
        "dead_ends": "Dead ends",
        "friction": "Friction points",
        "negative_paths": "Negative paths",
        "unreachable": "Unreachable touchpoints",
        "isolated": "Isolated touchpoints",
        "time_order": "Time order",
        "entries": "Entries",
        "exits": "Exits",
        "channel_mix": "Channel mix",
        "moments_of_truth": "Moments of truth",
        "coverage": "Coverage",
    },
    "es": {
        "ideal_path": "Camino ideal",
        "dead_ends": "Callejones sin salida",
        "friction": "Puntos de fricción",
        "negative_paths": "Caminos negativos",
        "unreachable": "Puntos de contacto inalcanzables",
        "isolated": "Puntos de contacto aislados",
        "time_order": "Orden temporal",
        "entries": "Entradas",
        "exits": "Salidas",
        "channel_mix": "Mezcla de canales",
        "moments_of_truth": "Momentos de la verdad",
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
        return _share(self.digital, len(self.touchpoints))

    @property
    def in_person_share(self) -> float | None:
        return _share(self.in_person, len(self.touchpoints))

    def to_json(self) -> dict[str, Any]:
        return {
            "stage": self.stage,
            "name": self.name,
            "touchpoints": len(self.touchpoints),
            "channels": dict(self.by_channel),
            "digital": self.digital,
            "in_person": self.in_person,
            "digital_share": _rounded(self.digital_share),
            "in_person_share": _rounded(self.in_person_share),
            "nps": _rounded(self.nps),
            "csat": _rounded(self.csat),
            "ces": _rounded(self.ces),
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
    channel_names: dict[str, str] = field(default_factory=dict)
    channel_kinds: dict[str, str] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)

    @property
    def digital_share(self) -> float | None:
        return _share(self.digital, self.digital + self.in_person)

    @property
    def in_person_share(self) -> float | None:
        return _share(self.in_person, self.digital + self.in_person)

    def by_category(self) -> dict[str, list[Finding]]:
        """Findings grouped by category, every category present, in report order."""
        groups: dict[str, list[Finding]] = {cat: [] for cat, _ in CATEGORIES}
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
            "dead_ends": list(self.dead_ends),
            "backwards": [link.to_json() for link in self.backwards],
            "simultaneous": [link.to_json() for link in self.simultaneous],
            "unreachable": list(self.unreachable),
            "digital_only_stages": list(self.digital_only_stages),
            "in_person_only_stages": list(self.in_person_only_stages),
            "coverage": {
                "digital": self.digital,
                "in_person": self.in_person,
                "digital_share": _rounded(self.digital_share),
                "in_person_share": _rounded(self.in_person_share),
                "stages": [stage.to_json() for stage in self.coverage],
            },
            "moments_of_truth": list(self.moments_of_truth),
            "findings": [finding.to_json() for finding in self.findings],
        }


# --------------------------------------------------------------------------- helpers


def language_code(tag: str) -> str:
    """The report language for a document language tag: "es" for es, es-MX…, else "en"."""
    return "es" if tag.lower().startswith("es") else "en"


def _share(part: int, whole: int) -> float | None:
    return 100.0 * part / whole if whole else None


def _rounded(value: float | None, digits: int = 2) -> float | None:
    return None if value is None else round(value, digits)


def _lives(personas: list[str], persona: str | None) -> bool:
    return persona is None or not personas or persona in personas


def _q(text: str) -> str:
    return f"“{text}”"


def _signed(value: int) -> str:
    return f"+{value}" if value > 0 else str(value).replace("-", "−")


def _percent(value: float | None, lang: str) -> str:
    return "–" if value is None else numbers.percent(value, lang)


def _measure(value: float | None, lang: str) -> str:
    return "–" if value is None else numbers.number(value, lang)


def _mean(values: Iterable[float | int | None]) -> float | None:
    known = [v for v in values if v is not None]
    return sum(known) / len(known) if known else None


def _both(en: str, es: str) -> dict[str, str]:
    return {"en": en, "es": es}


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


# --------------------------------------------------------------------------- the analysis


class _Map:
    """The counted part of a document, indexed for the analysis."""

    def __init__(self, doc: Document, persona: str | None) -> None:
        self.doc = doc
        self.stage_index = {s.id: i for i, s in enumerate(doc.stages)}
        self.stage_names = {s.id: s.name for s in doc.stages}
        channel_rank = {
            c.id: (0 if str(c.kind) == "digital" else 1, i) for i, c in enumerate(doc.channels)
        }
        self.channel_kind = {c.id: str(c.kind) for c in doc.channels}
        self.tps: list[Touchpoint] = [t for t in doc.touchpoints if _lives(t.personas, persona)]
        self.tp: dict[str, Touchpoint] = {t.id: t for t in self.tps}
        self.conns: list[Connection] = [
            c
            for c in doc.connections
            if _lives(c.personas, persona)
            and c.source in self.tp
            and c.target in self.tp
            and c.source != c.target
        ]
        n_stages = len(doc.stages)
        self.order: dict[str, tuple[int, ...]] = {
            t.id: (
                self.stage_index.get(t.stage, n_stages),
                t.step,
                *channel_rank.get(t.channel, (2, 0)),
                i,
            )
            for i, t in enumerate(self.tps)
        }
        self.outgoing: dict[str, list[Connection]] = {t.id: [] for t in self.tps}
        self.incoming: dict[str, list[Connection]] = {t.id: [] for t in self.tps}
        for c in self.conns:
            self.outgoing[c.source].append(c)
            self.incoming[c.target].append(c)

    def when(self, tp_id: str) -> tuple[int, int]:
        """(stage index, step): the touchpoint's moment in time."""
        key = self.order[tp_id]
        return key[0], key[1]

    def sorted_ids(self, ids: Iterable[str]) -> list[str]:
        return sorted(ids, key=self.order.__getitem__)

    def title(self, tp_id: str) -> str:
        return _q(self.tp[tp_id].title)

    def place(self, tp_id: str) -> str:
        tp = self.tp[tp_id]
        return self.stage_names.get(tp.stage, tp.stage)


def analyze(doc: Document, persona: str | None = None) -> Analysis:
    """Analyse the paths of ``doc``, the whole map or only what ``persona`` (an id) lives.

    Raises :class:`UnknownPersonaError` for a persona id the document does not have.
    See the module documentation for the definitions.
    """
    persona_name = None
    if persona is not None:
        found = next((p for p in doc.personas if p.id == persona), None)
        if found is None:
            raise UnknownPersonaError(persona)
        persona_name = found.name
    m = _Map(doc, persona)
    result = Analysis(
        title=doc.title,
        language=language_code(doc.language),
        persona=persona,
        persona_name=persona_name,
        touchpoint_count=len(m.tps),
        connection_count=len(m.conns),
        channel_names={c.id: c.name for c in doc.channels},
        channel_kinds=dict(m.channel_kind),
    )
    found_by_cat: dict[str, list[Finding]] = {cat: [] for cat, _ in CATEGORIES}

    def add(
        kind: str, severity: Severity, tps: Iterable[str], conns: Iterable[str], en: str, es: str
    ) -> None:
        finding = Finding(kind, severity, tuple(tps), tuple(conns), _both(en, es))
        found_by_cat[CATEGORY_OF_KIND[kind]].append(finding)

    connected = [t.id for t in m.tps if m.incoming[t.id] or m.outgoing[t.id]]
    result.entries = m.sorted_ids(t for t in connected if not m.incoming[t])
    result.exits = m.sorted_ids(t for t in connected if not m.outgoing[t])
    connected_set = set(connected)
    result.isolated = m.sorted_ids(t.id for t in m.tps if t.id not in connected_set)
    exits = set(result.exits)

    # --- structure: entries, exits, isolated, unreachable
    for tp in result.entries:
        add("entry", "info", [tp], [], f"Entry: {m.title(tp)}", f"Entrada: {m.title(tp)}")
    for tp in result.exits:
        add("exit", "info", [tp], [], f"Exit: {m.title(tp)}", f"Salida: {m.title(tp)}")
    isolated_severity: Severity = "warning" if m.conns else "info"
    for tp in result.isolated:
        add(
            "isolated",
            isolated_severity,
            [tp],
            [],
            f"Isolated: {m.title(tp)} has no connection.",
            f"Aislado: {m.title(tp)} no tiene ninguna conexión.",
        )

    reached = set(result.entries)
    queue = deque(result.entries)
    while queue:
        for c in m.outgoing[queue.popleft()]:
            if c.target not in reached:
                reached.add(c.target)
                queue.append(c.target)
    result.unreachable = m.sorted_ids(t for t in connected if t not in reached)
    if result.unreachable:
        import networkx as nx  # loaded on first use: it slows the app's start

        graph = nx.DiGraph()
        graph.add_edges_from((c.source, c.target) for c in m.conns)
        in_cycle = {
            node
            for component in nx.strongly_connected_components(graph)
            if len(component) > 1
            for node in component
        }
        for tp in result.unreachable:
            if tp in in_cycle:
                en_why = "it is only part of a loop with no way in"
                es_why = "solo forma parte de un ciclo sin entrada"
            else:
                en_why = "it is only reached from a loop with no way in"
                es_why = "solo se llega desde un ciclo sin entrada"
            add(
                "unreachable",
                "warning",
                [tp],
                [],
                f"Unreachable: no entry leads to {m.title(tp)} ({en_why}).",
                f"Inalcanzable: ninguna entrada lleva a {m.title(tp)} ({es_why}).",
            )

    # --- negative paths, friction points, dead ends
    negative = [c for c in m.conns if c.polarity == Polarity.NEGATIVE]
    negative.sort(key=lambda c: (m.order[c.source], m.order[c.target]))
    for c in negative:
        result.negative_paths.append(Link(c.id, c.source, c.target, c.label))
        label_en = f" ({_q(c.label)})" if c.label else ""
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
        if not hurt and not into:
            continue
        result.friction.append(tp_id)
        why_en: list[str] = []
        why_es: list[str] = []
        if hurt:
            why_en.append(f"emotion: {EMOTION_LABELS['en'][tp.emotion].lower()}")
            why_es.append(f"emoción: {EMOTION_LABELS['es'][tp.emotion].lower()}")
        if into:
            sources = ", ".join(m.title(c.source) for c in into)
            why_en.append(f"reached by a negative connection from {sources}")
            why_es.append(f"se llega por una conexión negativa desde {sources}")
        if tp.moment_of_truth:
            why_en.append("a moment of truth")
            why_es.append("momento de la verdad")
        severity: Severity = (
            "problem" if tp.emotion == -2 or (tp.moment_of_truth and hurt) else "warning"
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

    # --- time order
    for c in sorted(m.conns, key=lambda c: (m.order[c.source], m.order[c.target])):
        before, after = m.when(c.source), m.when(c.target)
        if after > before:
            continue
        src, dst = m.tp[c.source], m.tp[c.target]
        where_src_en = f"{m.place(c.source)}, step {src.step}"
        where_dst_en = f"{m.place(c.target)}, step {dst.step}"
        where_src_es = f"{m.place(c.source)}, paso {src.step}"
        where_dst_es = f"{m.place(c.target)}, paso {dst.step}"
        link = Link(c.id, c.source, c.target, c.label)
        if after < before:
            result.backwards.append(link)
            add(
                "backwards",
                "warning",
                [c.source, c.target],
                [c.id],
                f"Goes back in time: {m.title(c.source)} ({where_src_en}) → "
                f"{m.title(c.target)} ({where_dst_en})",
                f"Vuelve atrás en el tiempo: {m.title(c.source)} ({where_src_es}) → "
                f"{m.title(c.target)} ({where_dst_es})",
            )
        else:
            result.simultaneous.append(link)
            add(
                "simultaneous",
                "info",
                [c.source, c.target],
                [c.id],
                f"Simultaneous: {m.title(c.source)} → {m.title(c.target)} happen at the same "
                f"time ({where_src_en})",
                f"Simultáneos: {m.title(c.source)} → {m.title(c.target)} ocurren en el mismo "
                f"momento ({where_src_es})",
            )

    # --- the ideal path
    _ideal_path(m, result, exits, add)

    # --- channel mix and coverage
    _coverage(m, result, add)

    # --- moments of truth
    for tp_id in m.sorted_ids(t.id for t in m.tps if t.moment_of_truth):
        result.moments_of_truth.append(tp_id)
        tp = m.tp[tp_id]
        if tp.emotion is None:
            feel_en, feel_es = "emotion: unknown", "emoción: desconocida"
        else:
            feel_en = f"emotion: {EMOTION_LABELS['en'][tp.emotion].lower()}"
            feel_es = f"emoción: {EMOTION_LABELS['es'][tp.emotion].lower()}"
        add(
            "moment_of_truth",
            "info",
            [tp_id],
            [],
            f"Moment of truth: {m.title(tp_id)} ({m.place(tp_id)}, {feel_en})",
            f"Momento de la verdad: {m.title(tp_id)} ({m.place(tp_id)}, {feel_es})",
        )

    result.findings = [f for cat, _ in CATEGORIES for f in found_by_cat[cat]]
    return result


def _ideal_path(m: _Map, result: Analysis, exits: set[str], add) -> None:
    if not m.conns:
        if m.tps:
            add(
                "no_ideal_path",
                "info",
                [],
                [],
                "No ideal path: the map has no connections yet.",
                "Sin camino ideal: el mapa aún no tiene conexiones.",
            )
        return
    if not result.entries:
        add(
            "no_ideal_path",
            "warning",
            [],
            [],
            "No ideal path: every connected touchpoint has an incoming connection, "
            "so the journey has no entry.",
            "Sin camino ideal: todos los puntos de contacto conectados tienen una conexión "
            "de entrada, así que el recorrido no tiene entrada.",
        )
        return

    polarity_rank = {Polarity.POSITIVE: 0, Polarity.NEUTRAL: 1}
    successors: dict[str, list[tuple[str, str]]] = {}
    for tp_id, conns in m.outgoing.items():
        usable = [
            c
            for c in conns
            if c.polarity != Polarity.NEGATIVE and m.when(c.target) >= m.when(tp_id)
        ]
        usable.sort(key=lambda c: (m.order[c.target], polarity_rank[c.polarity]))
        successors[tp_id] = [(c.target, c.id) for c in usable]

    topo, kept = _break_cycles(result.entries, successors)
    weight = {t: (m.tp[t].emotion or 0) for t in topo}
    best: dict[str, tuple[int, int]] = {}  # node -> (total emotion, touchpoints)
    previous: dict[str, tuple[str, str]] = {}  # node -> (touchpoint before, connection)
    for entry in result.entries:
        best[entry] = (weight[entry], 1)
    for node in topo:
        total, length = best[node]
        for target, conn_id in kept[node]:
            candidate = (total + weight[target], length + 1)
            current = best.get(target)
            if (
                current is None
                or candidate[0] > current[0]
                or (candidate[0] == current[0] and candidate[1] < current[1])
            ):
                best[target] = candidate
                previous[target] = (node, conn_id)

    ends = [node for node in best if node in exits]
    reaches_exit = bool(ends)
    if not ends:
        ends = [node for node in best if not kept[node]]

    def rank(node: str) -> tuple:
        total, length = best[node]
        return (-total, length, m.order[node])

    end = min(ends, key=rank)
    path = [end]
    conns: list[str] = []
    while path[-1] in previous:
        before, conn_id = previous[path[-1]]
        path.append(before)
        conns.append(conn_id)
    path.reverse()
    conns.reverse()
    total = best[end][0]
    result.ideal_path = path
    result.ideal_connections = conns
    result.ideal_emotion = total
    result.ideal_reaches_exit = reaches_exit
    steps = " → ".join(m.title(t) for t in path)
    count_en = _plural(len(path), "touchpoint", "touchpoints")
    count_es = _plural(len(path), "punto de contacto", "puntos de contacto")
    en = f"Ideal path (total emotion {_signed(total)}, {count_en}): {steps}"
    es = f"Camino ideal (emoción total {_signed(total)}, {count_es}): {steps}"
    if not reaches_exit:
        en += (
            f" — it reaches no exit: positive and neutral connections forward in time "
            f"end at {m.title(end)}"
        )
        es += (
            f" — no llega a ninguna salida: las conexiones positivas y neutras hacia "
            f"delante terminan en {m.title(end)}"
        )
    add("ideal_path", "info" if reaches_exit else "warning", path, conns, en, es)


def _break_cycles(
    starts: list[str], successors: dict[str, list[tuple[str, str]]]
) -> tuple[list[str], dict[str, list[tuple[str, str]]]]:
    """Depth-first walk from ``starts`` (iterative, so long chains are fine).

    Returns the nodes reached in a topological order and, for each, the edges kept:
    every edge except those that close a cycle (back edges), so the kept edges form a DAG.
    """
    state: dict[str, int] = {}  # 1: on the walk's stack, 2: finished
    postorder: list[str] = []
    kept: dict[str, list[tuple[str, str]]] = {}
    for start in starts:
        if start in state:
            continue
        state[start] = 1
        kept[start] = []
        stack = [(start, iter(successors.get(start, ())))]
        while stack:
            node, edges = stack[-1]
            for target, conn_id in edges:
                seen = state.get(target)
                if seen == 1:
                    continue  # closes a cycle: dropped
                kept[node].append((target, conn_id))
                if seen is None:
                    state[target] = 1
                    kept[target] = []
                    stack.append((target, iter(successors.get(target, ()))))
                    break
            else:
                state[node] = 2
                postorder.append(node)
                stack.pop()
    postorder.reverse()
    return postorder, kept


def _coverage(m: _Map, result: Analysis, add) -> None:
    by_stage: dict[str, list[Touchpoint]] = {s.id: [] for s in m.doc.stages}
    for tp_id in m.sorted_ids(m.tp):
        tp = m.tp[tp_id]
        if tp.stage in by_stage:
            by_stage[tp.stage].append(tp)
    channel_ids = [c.id for c in m.doc.channels]
    for stage in m.doc.stages:
        tps = by_stage[stage.id]
        counts = dict.fromkeys(channel_ids, 0)
        for tp in tps:
            if tp.channel in counts:
                counts[tp.channel] += 1
        digital = sum(1 for tp in tps if m.channel_kind.get(tp.channel) == "digital")
        in_person = sum(1 for tp in tps if m.channel_kind.get(tp.channel) == "in_person")
        cov = StageCoverage(
            stage=stage.id,
            name=stage.name,
            touchpoints=tuple(tp.id for tp in tps),
            by_channel=counts,
            digital=digital,
            in_person=in_person,
            nps=_mean(tp.metrics.nps for tp in tps),
            csat=_mean(tp.metrics.csat for tp in tps),
            ces=_mean(tp.metrics.ces for tp in tps),
        )
        result.coverage.append(cov)
        result.digital += digital
        result.in_person += in_person
        if not tps:
            continue
        name = _q(stage.name)
        n = len(tps)
        if digital == n:
            result.digital_only_stages.append(stage.id)
            add(
                "digital_only_stage",
                "info",
                cov.touchpoints,
                [],
                f"Digital-only stage: {name} — "
                + (
                    "its only touchpoint is digital"
                    if n == 1
                    else f"all {n} touchpoints are digital"
                )
                + "; no in-person channel.",
                f"Etapa solo digital: {name} — "
                + (
                    "su único punto de contacto es digital"
                    if n == 1
                    else f"los {n} puntos de contacto son digitales"
                )
                + "; ningún canal presencial.",
            )
        elif in_person == n:
            result.in_person_only_stages.append(stage.id)
            add(
                "in_person_only_stage",
                "info",
                cov.touchpoints,
                [],
                f"In-person-only stage: {name} — "
                + (
                    "its only touchpoint is in person"
                    if n == 1
                    else f"all {n} touchpoints are in person"
                )
                + "; no digital channel.",
                f"Etapa solo presencial: {name} — "
                + (
                    "su único punto de contacto es presencial"
                    if n == 1
                    else f"los {n} puntos de contacto son presenciales"
                )
                + "; ningún canal digital.",
            )

    for cov in result.coverage:
        add(
            "coverage",
            "info",
            cov.touchpoints,
            [],
            f"{_q(cov.name)}: {_coverage_text(cov.digital, cov.in_person, 'en')}"
            f"; {_measures_text(cov, 'en')}",
            f"{_q(cov.name)}: {_coverage_text(cov.digital, cov.in_person, 'es')}"
            f"; {_measures_text(cov, 'es')}",
        )
    add(
        "coverage",
        "info",
        [],
        [],
        f"Whole map: {_coverage_text(result.digital, result.in_person, 'en')}",
        f"Todo el mapa: {_coverage_text(result.digital, result.in_person, 'es')}",
    )


def _coverage_text(digital: int, in_person: int, lang: str) -> str:
    total = digital + in_person
    d, p = _share(digital, total), _share(in_person, total)
    if lang == "es":
        head = _plural(total, "punto de contacto", "puntos de contacto")
        if not total:
            return head
        return (
            f"{head} — {_plural(digital, 'digital', 'digitales')} ({_percent(d, lang)}), "
            f"{_plural(in_person, 'presencial', 'presenciales')} ({_percent(p, lang)})"
        )
    head = _plural(total, "touchpoint", "touchpoints")
    if not total:
        return head
    return (
        f"{head} — {digital} digital ({_percent(d, lang)}), "
        f"{in_person} in person ({_percent(p, lang)})"
    )


def _measures_text(cov: StageCoverage, lang: str) -> str:
    return (f"NPS {_measure(cov.nps, lang)}, CSAT {_measure(cov.csat, lang)}, "
            f"CES {_measure(cov.ces, lang)}")


# --------------------------------------------------------------------------- the report

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
        _plural(analysis.touchpoint_count, *t["tp"]),
        _plural(analysis.connection_count, *t["conn"]),
    )
    severities = ", ".join(
        _plural(analysis.counts()[severity], *words)
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
    lines = [f"{t['title'].format(_q(analysis.title))} — {who}", summary_line(analysis, lang)]
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
            *(_percent(c.digital_share, lang) for c in analysis.coverage),
            _percent(analysis.digital_share, lang),
        ]
    )
    rows.append(
        [
            t["share"].format(t["in_person"]),
            *(_percent(c.in_person_share, lang) for c in analysis.coverage),
            _percent(analysis.in_person_share, lang),
        ]
    )
    for measure in ("nps", "csat", "ces"):
        rows.append(
            [measure.upper(), *(_measure(getattr(c, measure), lang) for c in analysis.coverage), ""]
        )
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    out = []
    for row in [header, *rows]:
        cells = [row[0].ljust(widths[0])] + [
            cell.rjust(width) for cell, width in zip(row[1:], widths[1:], strict=True)
        ]
        out.append("  " + "  ".join(cells).rstrip())
    return out
