"""The journey document: pydantic models of file format v1, edition 2 (Qt-free).

Fields are declared in the order of docs/file-format.md, because that order is
the key order of saved files. Every object keeps unknown fields
(``extra="allow"``) so files from a newer minor edition lose nothing.
Rules that span the document (unique ids, references, duplicate connections)
live in :func:`find_problems`, which reports every problem with its place.
"""

from __future__ import annotations

import math
import re
import unicodedata
from enum import StrEnum
from itertools import chain
from operator import attrgetter, eq
from typing import Annotated, Any, ClassVar, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainValidator,
    WithJsonSchema,
    model_validator,
)

from . import patterns
from .images import strict_base64
from .problems import Place, Problem, ProblemError
from .problems import codes as C  # noqa: N812

FORMAT_NAME = "journeydesigner"
FORMAT_VERSION = 1

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"
COLOR_PATTERN = r"^#[0-9A-Fa-f]{6}$"
LANGUAGE_PATTERN = r"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"
#: Free text without a limit in the format gets this one (our extension), so a
#: hostile file cannot make every view and export handle megabytes of text.
MAX_TEXT = 20_000
MAX_IMAGE_BYTES = 2 * 1024 * 1024

_ID_RE = re.compile(ID_PATTERN)


def _trimmed_length(low: int, high: int):
    def check(value: str) -> str:
        n = len(value.strip())
        if not low <= n <= high:
            raise ProblemError(C.TEXT_LENGTH(low=low, high=high, length=n))
        return value

    return check


def _name_type(high: int) -> Any:
    return Annotated[
        str,
        AfterValidator(_trimmed_length(1, high)),
        WithJsonSchema(
            {"type": "string", "minLength": 1, "pattern": patterns.trimmed_length(high)}
        ),
    ]


def _number_in(low: float, high: float) -> Any:
    """A JSON number (integer or decimal, never a boolean) within [low, high]."""

    def check(value: Any) -> int | float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ProblemError(C.NUMBER_EXPECTED(low=low, high=high))
        # ints are compared exactly: a huge JSON integer must not overflow a float
        if isinstance(value, float) and not math.isfinite(value):
            raise ProblemError(C.NUMBER_NOT_FINITE())
        if not low <= value <= high:
            if isinstance(value, int) and abs(value) >= 10**15:
                raise ProblemError(C.NUMBER_OUT_OF_RANGE_LONG(
                    low=low, high=high, start=str(value)[:12], digits=len(str(abs(value)))))
            raise ProblemError(C.NUMBER_OUT_OF_RANGE(low=low, high=high, value=value))
        return value

    return Annotated[
        int | float,
        PlainValidator(check),
        WithJsonSchema({"type": "number", "minimum": low, "maximum": high}),
    ]


_UTC_TIMESTAMP = re.compile(patterns.UTC_TIMESTAMP)
_ANY_OFFSET_TIMESTAMP = re.compile(patterns.ANY_OFFSET_TIMESTAMP)


def _check_timestamp(value: str) -> str:
    """RFC 3339 in UTC (see :data:`patterns.UTC_TIMESTAMP`, also the schema's rule); other
    ISO 8601 spellings (``20240101T000000Z``, a space for ``T``, week dates) are refused."""
    if _UTC_TIMESTAMP.fullmatch(value):
        return value
    if _ANY_OFFSET_TIMESTAMP.fullmatch(value):
        raise ProblemError(C.TIMESTAMP_NOT_UTC(value=value))
    raise ProblemError(C.TIMESTAMP_INVALID(value=value))


_CALENDAR_DATE = re.compile(patterns.CALENDAR_DATE)


def _check_date(value: str) -> str:
    """A day that exists, written ``YYYY-MM-DD`` (an evidence's ``from`` and ``to``)."""
    if not _CALENDAR_DATE.fullmatch(value):
        raise ProblemError(C.DATE_INVALID(value=value))
    return value


def _check_five_labels(value: list[str]) -> list[str]:
    if len(value) != 5:
        raise ProblemError(C.EMOTION_LABELS_COUNT(count=len(value)))
    return value


_IMAGE_MAGIC = {"png": b"\x89PNG\r\n\x1a\n", "jpeg": b"\xff\xd8\xff"}


def _check_image(value: str) -> str:
    match = re.fullmatch(r"data:image/(png|jpeg);base64,(.*)", value, re.DOTALL)
    if not match:
        raise ProblemError(C.IMAGE_NOT_DATA_URL())
    kind, payload = match.groups()
    too_large = ProblemError(C.IMAGE_TOO_LARGE(limit=MAX_IMAGE_BYTES >> 20))
    if len(payload) > MAX_IMAGE_BYTES * 4 // 3 + 8:
        raise too_large
    data = strict_base64(payload)
    if data is None:
        raise ProblemError(C.IMAGE_NOT_BASE64())  # strictly: see strict_base64
    if len(data) > MAX_IMAGE_BYTES:
        raise too_large
    if not data.startswith(_IMAGE_MAGIC[kind]):
        raise ProblemError(C.IMAGE_WRONG_KIND(kind=kind.upper()))
    return value


Id = Annotated[str, Field(pattern=ID_PATTERN)]
Color = Annotated[str, Field(pattern=COLOR_PATTERN)]
Text = Annotated[str, Field(max_length=MAX_TEXT)]
TextList = list[Text]
Timestamp = Annotated[
    str,
    Field(max_length=64),
    AfterValidator(_check_timestamp),
    WithJsonSchema({
        "type": "string",
        "format": "date-time",
        "pattern": patterns.UTC_TIMESTAMP,
        "maxLength": 64,
    }),
]
Emotion = Annotated[int, Field(ge=-2, le=2)]
#: A step is a column; a larger one would make the map millions of points wide.
Step = Annotated[int, Field(ge=0, le=100_000)]
Date = Annotated[
    str,
    Field(max_length=10),
    AfterValidator(_check_date),
    WithJsonSchema({"type": "string", "pattern": patterns.CALENDAR_DATE, "maxLength": 10}),
]


def _exact_integer(value: Any) -> Any:
    """Refuse ``true`` and ``1.0`` where the format wants an integer (Literal accepts them)."""
    if isinstance(value, bool | float):
        raise ProblemError(C.INTEGER_EXPECTED(value=value))
    return value


class ChannelKind(StrEnum):
    DIGITAL = "digital"
    IN_PERSON = "in_person"


class Polarity(StrEnum):
    POSITIVE = "positive"
    NEGATIVE = "negative"
    NEUTRAL = "neutral"


class Initiative(StrEnum):
    PROACTIVE = "proactive"
    REACTIVE = "reactive"


class MapState(StrEnum):
    CURRENT = "current"  # as-is
    FUTURE = "future"  # to-be


class LaneKind(StrEnum):
    NOTES = "notes"
    PAIN_POINTS = "pain_points"
    OPPORTUNITIES = "opportunities"
    FRONTSTAGE = "frontstage"
    BACKSTAGE = "backstage"
    SUPPORT = "support"


#: Lanes drawn from the touchpoints' own fields: they hold no notes.
COMPUTED_LANES = frozenset({LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES})
#: The lanes of a service blueprint, in the order they are drawn.
BLUEPRINT_LANES = (LaneKind.FRONTSTAGE, LaneKind.BACKSTAGE, LaneKind.SUPPORT)


class Node(BaseModel):
    """Base of every object in the file: strict types, unknown fields kept."""

    model_config = ConfigDict(extra="allow", strict=True, use_enum_values=False)

    #: Fields written even when they equal their default.
    always_written: ClassVar[frozenset[str]] = frozenset()

    def to_json_data(self) -> dict[str, Any]:
        """The object as JSON data in file order; defaults are left out."""
        out: dict[str, Any] = {}
        values = self.__dict__
        for name, key, default, always in _written_fields(type(self)):
            value = values[name]
            if not always and value == default:
                continue
            if isinstance(value, list):  # lists hold objects or plain strings
                value = [v.to_json_data() if isinstance(v, Node) else v for v in value]
            elif isinstance(value, Node):
                value = value.to_json_data()
            out[key] = value  # enums are str subclasses: JSON writes their value
        for name, value in (self.__pydantic_extra__ or {}).items():
            out[name] = value
        return out


_FIELD_PLAN: dict[type, tuple[tuple[str, str, Any, bool], ...]] = {}


def _written_fields(cls: type[Node]) -> tuple[tuple[str, str, Any, bool], ...]:
    """(name, key in the file, default, always written) per field in file order,
    computed once per class: asking pydantic for defaults on every save made saving
    large maps slow. The key differs from the name where the file's is a Python
    keyword (an evidence's ``from``)."""
    plan = _FIELD_PLAN.get(cls)
    if plan is None:
        plan = tuple(
            (name, info.alias or name, info.get_default(call_default_factory=True),
             name in cls.always_written)
            for name, info in cls.model_fields.items()
        )
        _FIELD_PLAN[cls] = plan
    return plan


def _shared_empty(model: type[Node]) -> Any:
    """A field holding a ``model`` whose default is one empty instance shared by all:
    frozen, hence hashable, it is handed out by pydantic-core as it is, where building
    one per touchpoint took a tenth of the time of opening a large map. The JSON
    Schema leaves the default out, as before: an absent field means "none given"."""
    return Field(model(), json_schema_extra=lambda schema: schema.pop("default"))


# Metrics are frozen, so that objects without them can share one empty instance
# (see _shared_empty); edits replace the whole object (edits.updated). No class
# docstrings here: pydantic would put them in the JSON Schema.
class StageMetrics(Node):
    model_config = ConfigDict(frozen=True)
    conversion_rate: _number_in(0, 100) | None = None  # type: ignore[valid-type]
    retention_rate: _number_in(0, 100) | None = None  # type: ignore[valid-type]


#: The scale of each touchpoint metric.
METRIC_SCALES: dict[str, tuple[int, int]] = {"nps": (-100, 100), "csat": (0, 100), "ces": (1, 7)}


class Evidence(Node):
    model_config = ConfigDict(frozen=True)
    always_written: ClassVar[frozenset[str]] = frozenset({"n", "low", "high"})
    n: Annotated[int, Field(ge=1, le=1_000_000_000)]
    low: _number_in(-100, 100)  # type: ignore[valid-type]
    high: _number_in(-100, 100)  # type: ignore[valid-type]
    source: Annotated[str, Field(max_length=200)] = ""
    from_: Annotated[Date | None, Field(alias="from")] = None
    to: Date | None = None

    @model_validator(mode="after")
    def _dates_in_order(self) -> Evidence:
        if self.from_ is not None and self.to is not None and self.from_ > self.to:
            raise ProblemError(C.EVIDENCE_DATES_REVERSED(Place("to"), start=self.from_,
                                                         end=self.to))
        return self


# an evidence's interval is on the scale of its metric
class NpsEvidence(Evidence):
    low: _number_in(-100, 100)  # type: ignore[valid-type]
    high: _number_in(-100, 100)  # type: ignore[valid-type]


class CsatEvidence(Evidence):
    low: _number_in(0, 100)  # type: ignore[valid-type]
    high: _number_in(0, 100)  # type: ignore[valid-type]


class CesEvidence(Evidence):
    low: _number_in(1, 7)  # type: ignore[valid-type]
    high: _number_in(1, 7)  # type: ignore[valid-type]


class MetricsEvidence(Node):
    model_config = ConfigDict(frozen=True)
    nps: NpsEvidence | None = None
    csat: CsatEvidence | None = None
    ces: CesEvidence | None = None


class TouchpointMetrics(Node):
    model_config = ConfigDict(frozen=True)
    nps: _number_in(-100, 100) | None = None  # type: ignore[valid-type]
    csat: _number_in(0, 100) | None = None  # type: ignore[valid-type]
    ces: _number_in(1, 7) | None = None  # type: ignore[valid-type]
    evidence: MetricsEvidence = _shared_empty(MetricsEvidence)

    @model_validator(mode="after")
    def _evidence_fits(self) -> TouchpointMetrics:
        """Each evidence has its metric, whose value lies in the evidence's interval.
        The place is inside ``metrics``."""
        if self.evidence is _EMPTY_EVIDENCE:
            return self
        for name in METRIC_SCALES:
            proof: Evidence | None = getattr(self.evidence, name)
            if proof is None:
                continue
            place = Place(f"evidence.{name}")
            value = getattr(self, name)
            if value is None:
                raise ProblemError(C.EVIDENCE_NO_VALUE(place, metric=name))
            if proof.low > value:
                raise ProblemError(C.EVIDENCE_LOW_ABOVE_VALUE(place, low=proof.low, value=value))
            if proof.high < value:
                raise ProblemError(C.EVIDENCE_HIGH_BELOW_VALUE(place, high=proof.high,
                                                               value=value))
        return self


_EMPTY_EVIDENCE = TouchpointMetrics.model_fields["evidence"].default


class Stage(Node):
    always_written: ClassVar[frozenset[str]] = frozenset({"id", "name"})
    id: Id
    name: _name_type(120)  # type: ignore[valid-type]
    description: Text = ""
    color: Color | None = None
    questions: TextList = Field(default_factory=list)
    metrics: StageMetrics = _shared_empty(StageMetrics)


class Channel(Node):
    always_written: ClassVar[frozenset[str]] = frozenset({"id", "name", "kind"})
    id: Id
    name: _name_type(120)  # type: ignore[valid-type]
    kind: Annotated[ChannelKind, Field(strict=False)]
    color: Color | None = None


class Persona(Node):
    always_written: ClassVar[frozenset[str]] = frozenset({"id", "name"})
    id: Id
    name: _name_type(120)  # type: ignore[valid-type]
    description: Text = ""
    age: Annotated[int, Field(ge=0, le=150)] | None = None
    goals: TextList = Field(default_factory=list)
    needs: TextList = Field(default_factory=list)
    frustrations: TextList = Field(default_factory=list)
    habits: TextList = Field(default_factory=list)
    color: Color | None = None
    image: (
        Annotated[
            str,
            AfterValidator(_check_image),
            WithJsonSchema({
                "type": "string",
                "pattern": patterns.IMAGE_DATA_URL,
                "anyOf": patterns.image_length_rules(MAX_IMAGE_BYTES),
            }),
        ]
        | None
    ) = None


class Touchpoint(Node):
    always_written: ClassVar[frozenset[str]] = frozenset(
        {"id", "title", "stage", "channel", "step", "emotion"}
    )
    id: Id
    title: _name_type(200)  # type: ignore[valid-type]
    description: Text = ""
    stage: Id
    channel: Id
    step: Step = 0
    emotion: Emotion | None = None
    personas: list[Id] = Field(default_factory=list, json_schema_extra={"uniqueItems": True})
    direct: bool = True
    controllable: bool = True
    initiative: Annotated[Initiative, Field(strict=False)] | None = None
    moment_of_truth: bool = False
    owner: Annotated[str, Field(max_length=200)] = ""
    pain_points: TextList = Field(default_factory=list)
    opportunities: TextList = Field(default_factory=list)
    tags: list[Annotated[str, Field(max_length=200)]] = Field(default_factory=list)
    metrics: TouchpointMetrics = _shared_empty(TouchpointMetrics)
    quotes: TextList = Field(default_factory=list)
    votes: Annotated[int, Field(ge=0, le=1_000_000)] = 0


class Connection(Node):
    always_written: ClassVar[frozenset[str]] = frozenset({"id", "source", "target", "polarity"})
    id: Id
    source: Id
    target: Id
    polarity: Annotated[Polarity, Field(strict=False)]
    label: Annotated[str, Field(max_length=500)] = ""
    personas: list[Id] = Field(default_factory=list, json_schema_extra={"uniqueItems": True})


class Lane(Node):
    always_written: ClassVar[frozenset[str]] = frozenset({"id", "name", "kind"})
    id: Id
    name: _name_type(120)  # type: ignore[valid-type]
    kind: Annotated[LaneKind, Field(strict=False)]
    color: Color | None = None


class Note(Node):
    always_written: ClassVar[frozenset[str]] = frozenset({"id", "lane", "stage", "text"})
    id: Id
    lane: Id
    stage: Id
    step: Step | None = None
    text: _name_type(2000)  # type: ignore[valid-type]
    color: Color | None = None
    personas: list[Id] = Field(default_factory=list, json_schema_extra={"uniqueItems": True})
    touchpoints: list[Id] = Field(default_factory=list, json_schema_extra={"uniqueItems": True})


EmotionLabels = Annotated[
    list[_name_type(40)],  # type: ignore[misc]
    AfterValidator(_check_five_labels),
    Field(json_schema_extra={"minItems": 5, "maxItems": 5}),
]


class Document(Node):
    """A whole journey map, the single source of truth of an open window."""

    always_written: ClassVar[frozenset[str]] = frozenset(
        {
            "format",
            "version",
            "title",
            "language",
            "stages",
            "channels",
            "personas",
            "touchpoints",
            "connections",
        }
    )
    format: Literal["journeydesigner"] = FORMAT_NAME
    version: Annotated[Literal[1], BeforeValidator(_exact_integer)] = FORMAT_VERSION
    title: _name_type(200)  # type: ignore[valid-type]
    description: Text = ""
    language: Annotated[str, Field(pattern=LANGUAGE_PATTERN, max_length=35)] = "en"
    created: Timestamp | None = None
    modified: Timestamp | None = None
    stages: list[Stage] = Field(default_factory=list)
    channels: list[Channel] = Field(default_factory=list)
    personas: list[Persona] = Field(default_factory=list)
    touchpoints: list[Touchpoint] = Field(default_factory=list)
    connections: list[Connection] = Field(default_factory=list)
    # edition 2
    state: Annotated[MapState, Field(strict=False)] | None = None
    emotion_labels: EmotionLabels | None = None
    lanes: list[Lane] = Field(default_factory=list)
    notes: list[Note] = Field(default_factory=list)

    def stage(self, stage_id: str) -> Stage | None:
        return next((s for s in self.stages if s.id == stage_id), None)

    def channel(self, channel_id: str) -> Channel | None:
        return next((c for c in self.channels if c.id == channel_id), None)

    def touchpoint(self, touchpoint_id: str) -> Touchpoint | None:
        return next((t for t in self.touchpoints if t.id == touchpoint_id), None)

    def lane(self, lane_id: str) -> Lane | None:
        return next((lane for lane in self.lanes if lane.id == lane_id), None)

    def note(self, note_id: str) -> Note | None:
        return next((n for n in self.notes if n.id == note_id), None)

    def all_ids(self) -> set[str]:
        return {
            obj.id
            for group in (
                self.stages,
                self.channels,
                self.personas,
                self.touchpoints,
                self.connections,
                self.lanes,
                self.notes,
            )
            for obj in group
        }

    def new_id(self, stem: str) -> str:
        """An id not used yet in this document, derived from ``stem``.

        Accents are dropped first ("Confirmación" gives ``confirmacion``, as a person
        writing the file by hand would), so Spanish titles keep readable ids.
        """
        plain = "".join(c for c in unicodedata.normalize("NFKD", stem)
                        if not unicodedata.combining(c))
        base = re.sub(r"[^A-Za-z0-9_.-]+", "-", plain).strip("-._")[:40].lower() or "item"
        if not base[0].isalnum():
            base = "x" + base
        used = self.all_ids()
        if base not in used:
            return base
        n = 2
        while f"{base}-{n}" in used:
            n += 1
        return f"{base}-{n}"


def find_problems(doc: Document) -> list[Problem]:
    """Rules that span the document, each broken one reported with its place."""
    return [] if _breaks_no_rule(doc) else _placed_problems(doc)


def _placed_problems(doc: Document) -> list[Problem]:
    """Every broken rule that spans the document, with its place, in document order."""
    problems: list[Problem] = []
    if not doc.stages:
        problems.append(C.NO_STAGES(Place("stages")))
    if not doc.channels:
        problems.append(C.NO_CHANNELS(Place("channels")))

    seen: dict[str, str] = {}
    groups = {
        "stages": doc.stages,
        "channels": doc.channels,
        "personas": doc.personas,
        "touchpoints": doc.touchpoints,
        "connections": doc.connections,
        "lanes": doc.lanes,
        "notes": doc.notes,
    }
    for group, objects in groups.items():
        for i, obj in enumerate(objects):
            place = f"{group}[{i}]"
            if obj.id in seen:
                problems.append(C.ID_USED_BY(f"{place}.id", id=obj.id, by=seen[obj.id]))
            else:
                seen[obj.id] = place

    stage_ids = {s.id for s in doc.stages}
    channel_ids = {c.id for c in doc.channels}
    persona_ids = {p.id for p in doc.personas}
    touchpoint_ids = {t.id for t in doc.touchpoints}

    def check_personas(place: str, refs: list[str]) -> None:
        listed: set[str] = set()
        for j, ref in enumerate(refs):
            if ref not in persona_ids:
                problems.append(C.NO_PERSONA(f"{place}.personas[{j}]", id=ref))
            elif ref in listed:
                problems.append(C.PERSONA_TWICE(f"{place}.personas[{j}]", id=ref))
            listed.add(ref)

    for i, tp in enumerate(doc.touchpoints):
        place = f"touchpoints[{i}]"
        if tp.stage not in stage_ids:
            problems.append(C.NO_STAGE(f"{place}.stage", id=tp.stage))
        if tp.channel not in channel_ids:
            problems.append(C.NO_CHANNEL(f"{place}.channel", id=tp.channel))
        check_personas(place, tp.personas)

    links: dict[tuple[str, str, Polarity], int] = {}
    for i, conn in enumerate(doc.connections):
        place = f"connections[{i}]"
        for end in ("source", "target"):
            ref = getattr(conn, end)
            if ref not in touchpoint_ids:
                problems.append(C.NO_TOUCHPOINT(f"{place}.{end}", id=ref))
        if conn.source == conn.target:
            problems.append(C.CONNECTION_TO_ITSELF(f"{place}.target"))
        key = (conn.source, conn.target, conn.polarity)
        if key in links:
            problems.append(C.CONNECTION_DUPLICATE(place, other=f"connections[{links[key]}]"))
        else:
            links[key] = i
        check_personas(place, conn.personas)

    lanes = {lane.id: lane for lane in doc.lanes}
    for i, note in enumerate(doc.notes):
        problems += _note_problems(note, f"notes[{i}]", lanes, stage_ids, persona_ids,
                                   touchpoint_ids)
    return problems


def _note_problems(note: Note, place: str, lanes: dict[str, Lane], stage_ids: set[str],
                   persona_ids: set[str], touchpoint_ids: set[str]) -> list[Problem]:
    """What is wrong with the references of ``note`` (at ``place``)."""
    problems: list[Problem] = []
    lane = lanes.get(note.lane)
    if lane is None:
        problems.append(C.NO_LANE(f"{place}.lane", id=note.lane))
    elif lane.kind in COMPUTED_LANES:
        problems.append(C.LANE_COMPUTED(f"{place}.lane", id=note.lane, kind=lane.kind.value))
    if note.stage not in stage_ids:
        problems.append(C.NO_STAGE(f"{place}.stage", id=note.stage))
    for field, known, missing, twice in (
        ("personas", persona_ids, C.NO_PERSONA, C.PERSONA_TWICE),
        ("touchpoints", touchpoint_ids, C.NO_TOUCHPOINT, C.TOUCHPOINT_TWICE),
    ):
        listed: set[str] = set()
        for j, ref in enumerate(getattr(note, field)):
            if ref not in known:
                problems.append(missing(f"{place}.{field}[{j}]", id=ref))
            elif ref in listed:
                problems.append(twice(f"{place}.{field}[{j}]", id=ref))
            listed.add(ref)
    return problems


def note_problems(doc: Document, note: Note) -> list[Problem]:
    """What would be wrong with ``note`` in ``doc`` (the checks of an edit)."""
    return _note_problems(note, "note", {lane.id: lane for lane in doc.lanes},
                          {s.id for s in doc.stages}, {p.id for p in doc.personas},
                          {t.id for t in doc.touchpoints})


_ID = attrgetter("id")
_TOUCHPOINT_REFS = attrgetter("id", "stage", "channel", "personas")
_CONNECTION_REFS = attrgetter("id", "source", "target", "personas")
_POLARITY = attrgetter("polarity._value_")  # a plain str: hashing an enum member runs Python
_NOTE_REFS = attrgetter("id", "lane", "stage", "personas", "touchpoints")


def _columns(getter: attrgetter, objects: list[Node], width: int) -> list[tuple[Any, ...]]:
    """The ``width`` attributes ``getter`` reads, one tuple each over all ``objects``."""
    return list(zip(*map(getter, objects), strict=True)) or [()] * width


def _breaks_no_rule(doc: Document) -> bool:
    """Whether :func:`find_problems` finds nothing, decided with set operations that run
    in C. Working out places as it goes, the full pass took nearly as long as
    validating every field of a large map; it now runs only when this finds a
    problem. Each touchpoint and connection is read once: in a large map just
    loaded, reaching an object costs more than what is then done with it."""
    stages, channels, personas = doc.stages, doc.channels, doc.personas
    touchpoints, connections = doc.touchpoints, doc.connections
    lanes, notes = doc.lanes, doc.notes
    if not (stages and channels):
        return False
    conn_ids, sources, targets, conn_personas = _columns(_CONNECTION_REFS, connections, 4)
    tp_ids, tp_stages, tp_channels, tp_personas = _columns(_TOUCHPOINT_REFS, touchpoints, 4)
    stage_ids = set(map(_ID, stages))
    channel_ids = set(map(_ID, channels))
    persona_ids = set(map(_ID, personas))
    touchpoint_ids = set(tp_ids)
    every_id = touchpoint_ids.union(conn_ids, stage_ids, channel_ids, persona_ids)
    if lanes or notes:
        if not _notes_break_no_rule(lanes, notes, stage_ids, persona_ids, touchpoint_ids):
            return False
        every_id.update(map(_ID, lanes), map(_ID, notes))
    groups = (stages, channels, personas, touchpoints, connections, lanes, notes)
    if len(every_id) != sum(map(len, groups)):
        return False
    if not (stage_ids.issuperset(tp_stages) and channel_ids.issuperset(tp_channels)):
        return False
    lists = [*filter(None, tp_personas), *filter(None, conn_personas)]
    if not persona_ids.issuperset(chain.from_iterable(lists)):
        return False
    if sum(map(len, map(set, lists))) != sum(map(len, lists)):
        return False  # a list names a persona twice
    if not (touchpoint_ids.issuperset(sources) and touchpoint_ids.issuperset(targets)):
        return False
    if any(map(eq, sources, targets)):
        return False
    if len(set(zip(sources, targets, strict=True))) == len(connections):
        return True
    triples = zip(sources, targets, map(_POLARITY, connections), strict=True)
    return len(set(triples)) == len(connections)


def _notes_break_no_rule(lanes: list[Lane], notes: list[Note], stage_ids: set[str],
                         persona_ids: set[str], touchpoint_ids: set[str]) -> bool:
    """Whether every note is in a lane that holds notes and names only existing stages,
    personas and touchpoints, each once (the fast check of :func:`_breaks_no_rule`)."""
    _, note_lanes, note_stages, note_personas, note_touchpoints = _columns(_NOTE_REFS, notes, 5)
    holding = {lane.id for lane in lanes if lane.kind not in COMPUTED_LANES}
    if not (holding.issuperset(note_lanes) and stage_ids.issuperset(note_stages)):
        return False
    for refs, known in ((note_personas, persona_ids), (note_touchpoints, touchpoint_ids)):
        lists = list(filter(None, refs))
        if not known.issuperset(chain.from_iterable(lists)):
            return False
        if sum(map(len, map(set, lists))) != sum(map(len, lists)):
            return False  # a list names one twice
    return True


def is_valid_id(value: str) -> bool:
    return bool(_ID_RE.fullmatch(value))  # match() would let "id\n" through ($ before \n)
