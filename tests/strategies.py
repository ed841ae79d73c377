"""Hypothesis strategies for valid journey documents and for JSON-like values.

``documents()`` builds :class:`Document` objects that follow every rule of
docs/file-format.md (unique ids, references, no self-loops or duplicate
connections, ranges, lengths), with unicode text and unknown extra fields at
every level. Sizes are kept small so that hundreds of examples run in seconds.
"""

from __future__ import annotations

import base64
import functools
import math
import string
from datetime import UTC, date, datetime
from typing import Any

from hypothesis import strategies as st

from journeydesigner.model import (
    COMPUTED_LANES,
    MAX_TEXT,
    METRIC_SCALES,
    Channel,
    ChannelKind,
    Connection,
    Document,
    Evidence,
    Initiative,
    Lane,
    LaneKind,
    MapState,
    MetricsEvidence,
    Note,
    Persona,
    Polarity,
    Stage,
    StageMetrics,
    Touchpoint,
    TouchpointMetrics,
)

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"

#: Text that must survive a save: accents, other scripts, emoji (also joined
#: sequences), JSON-sensitive characters and control characters.
SAMPLE_TEXTS = [
    "Lucía",
    "Compra en la tienda física",
    "naïve café crème brûlée",
    "Ärger über Größe",
    "日本語のテキスト",
    "Привет",
    "مرحبا",
    "🛒 checkout 💳",
    "👩‍👩‍👧 family",
    "🇪🇸",
    'quote " backslash \\ slash /',
    "tab\tnew\nline\r\x00\x1f",
    "\u2028\u2029 separators",
    "e\u0301 combining",
]

ID_HEAD = string.ascii_letters + string.digits
ID_TAIL = ID_HEAD + "_.-"

#: Ids of 1 to 64 characters matching the format's pattern.
ids = st.builds(
    lambda head, tail: head + tail,
    st.sampled_from(ID_HEAD),
    st.one_of(
        st.text(ID_TAIL, max_size=6),
        # the longest ids (64 characters), built cheaply from a short draw
        st.text(ID_TAIL, min_size=1, max_size=4).map(lambda s: (s * 63)[:63]),
    ),
)


@functools.cache
def texts(max_size: int = 40) -> st.SearchStrategy[str]:
    """Any text without lone surrogates (never valid in a file), often non-ASCII."""
    return st.one_of(
        st.text(max_size=min(max_size, 20)),
        st.sampled_from([t[:max_size] for t in SAMPLE_TEXTS]),
    )


@functools.cache
def long_texts(limit: int) -> st.SearchStrategy[str]:
    """Free text up to ``limit`` characters, now and then exactly at the limit."""
    at_limit = st.sampled_from(["é" * limit, "🙂" * limit])
    return st.integers(0, 19).flatmap(lambda n: at_limit if n == 0 else texts(60))


@functools.cache
def names(limit: int) -> st.SearchStrategy[str]:
    """1..limit characters after trimming, sometimes with surrounding blanks."""
    core = (
        st.one_of(
            st.text(min_size=1, max_size=20),
            st.sampled_from(SAMPLE_TEXTS),
            # exactly at the limit, built cheaply from a short draw
            st.text(min_size=1, max_size=4).map(lambda s: (s * limit)[:limit]),
        )
        .map(lambda s: s.strip()[:limit])
        .filter(bool)
    )
    pad = st.sampled_from(["", "", " ", "  ", "\t", "\n"])
    return st.builds(lambda a, s, b: a + s + b, pad, core, pad)


colors = st.builds(
    lambda n, upper: f"#{n:06X}" if upper else f"#{n:06x}",
    st.integers(0, 0xFFFFFF),
    st.booleans(),
)

languages = st.sampled_from(["en", "es", "es-MX", "pt-BR", "de", "zh-Hant-TW", "sr-Latn", "fil"])

timestamps = st.builds(
    lambda moment, zulu: moment.isoformat().replace("+00:00", "Z") if zulu else moment.isoformat(),
    st.datetimes(
        min_value=datetime(1970, 1, 1),
        max_value=datetime(2100, 1, 1),
        timezones=st.just(UTC),
    ),
    st.booleans(),
)


@functools.cache
def numbers(low: float, high: float) -> st.SearchStrategy[int | float]:
    return st.one_of(
        st.integers(int(low), int(high)),
        st.floats(low, high, allow_nan=False, allow_infinity=False),
        st.sampled_from([low, high]),
    )


@functools.cache
def images() -> st.SearchStrategy[str]:
    def url(kind: str, body: bytes) -> str:
        magic = PNG_MAGIC if kind == "png" else JPEG_MAGIC
        return f"data:image/{kind};base64," + base64.b64encode(magic + body).decode()

    return st.builds(url, st.sampled_from(["png", "jpeg"]), st.binary(max_size=24))


json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**30), 10**30),
    st.floats(allow_nan=False, allow_infinity=False),
    texts(20),
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts(8), inner, max_size=3),
    max_leaves=6,
)


@functools.cache
def extra_fields(model: type) -> st.SearchStrategy[dict[str, Any]]:
    """Unknown fields for ``model``: names it does not declare, JSON values."""
    known = set(model.model_fields)
    key = st.one_of(
        st.sampled_from(["x_note", "future_field", "_private", "model_config", "ünïcode", ""]),
        st.text(max_size=12),
    ).filter(lambda k: k not in known)
    return st.one_of(
        st.just({}),
        st.just({}),
        st.dictionaries(key, json_values, max_size=3),
    )


@functools.cache
def text_lists() -> st.SearchStrategy[list[str]]:
    """Lists of free text (questions, goals, pain points…)."""
    return st.lists(long_texts(MAX_TEXT), max_size=3)


@st.composite
def stage_metrics(draw: st.DrawFn) -> StageMetrics:
    values = {
        name: draw(st.none() | numbers(0, 100)) for name in ("conversion_rate", "retention_rate")
    }
    return StageMetrics(
        **{k: v for k, v in values.items() if v is not None}, **draw(extra_fields(StageMetrics))
    )


dates = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))


@st.composite
def evidence(draw: st.DrawFn, metric: str, value: float) -> Evidence:
    """An evidence for ``value`` of ``metric``: an interval around it on its scale."""
    bottom, top = METRIC_SCALES[metric]
    low = draw(st.one_of(st.sampled_from([value, bottom]), st.floats(bottom, value),
                         st.integers(bottom, math.floor(value))))
    high = draw(st.one_of(st.sampled_from([value, top]), st.floats(value, top),
                          st.integers(math.ceil(value), top)))
    fields: dict[str, Any] = {"n": draw(st.integers(1, 10_000)), "low": low, "high": high}
    fields.update(_optional(draw, {"source": st.one_of(texts(40), st.just("s" * 200))}))
    span = sorted(draw(st.lists(dates, min_size=2, max_size=2)))
    if draw(st.booleans()):
        fields["from"] = span[0].isoformat()
    if draw(st.booleans()):
        fields["to"] = span[1].isoformat()
    model = MetricsEvidence.model_fields[metric].annotation.__args__[0]  # CsatEvidence…
    return model.model_validate({**fields, **draw(extra_fields(Evidence))})


@st.composite
def touchpoint_metrics(draw: st.DrawFn) -> TouchpointMetrics:
    values = {
        "nps": draw(st.none() | numbers(-100, 100)),
        "csat": draw(st.none() | numbers(0, 100)),
        "ces": draw(st.none() | numbers(1, 7)),
    }
    given = {k: v for k, v in values.items() if v is not None}
    proofs = {name: draw(evidence(name, value)) for name, value in given.items()
              if draw(st.booleans())}
    if proofs or draw(st.integers(0, 9)) == 0:
        given["evidence"] = MetricsEvidence(**proofs, **draw(extra_fields(MetricsEvidence)))
    return TouchpointMetrics(**given, **draw(extra_fields(TouchpointMetrics)))


def _optional(draw: st.DrawFn, fields: dict[str, st.SearchStrategy[Any]]) -> dict[str, Any]:
    """Each optional field is left out (default) or drawn, so both ways are covered."""
    out: dict[str, Any] = {}
    for name, strategy in fields.items():
        if draw(st.booleans()):
            out[name] = draw(strategy)
    return out


@st.composite
def documents(draw: st.DrawFn, max_touchpoints: int = 7) -> Document:
    """A valid document: every rule of the format holds."""
    n_stages = draw(st.integers(1, 4))
    n_channels = draw(st.integers(1, 4))
    n_personas = draw(st.integers(0, 3))
    n_touchpoints = draw(st.integers(0, max_touchpoints))
    n_connections = draw(st.integers(0, 6))
    n_lanes = draw(st.integers(0, 4))
    n_notes = draw(st.integers(0, 6))
    total = n_stages + n_channels + n_personas + n_touchpoints + n_connections + n_lanes + n_notes
    all_ids = draw(st.lists(ids, min_size=total, max_size=total, unique=True))
    all_ids = iter(all_ids)
    stage_ids = [next(all_ids) for _ in range(n_stages)]
    channel_ids = [next(all_ids) for _ in range(n_channels)]
    persona_ids = [next(all_ids) for _ in range(n_personas)]
    touchpoint_ids = [next(all_ids) for _ in range(n_touchpoints)]
    connection_ids = [next(all_ids) for _ in range(n_connections)]
    lane_ids = [next(all_ids) for _ in range(n_lanes)]
    note_ids = [next(all_ids) for _ in range(n_notes)]

    persona_refs = (
        st.lists(st.sampled_from(persona_ids), unique=True, max_size=n_personas)
        if persona_ids
        else st.just([])
    )

    stages = [
        Stage(
            id=sid,
            name=draw(names(120)),
            **_optional(
                draw,
                {
                    "description": long_texts(MAX_TEXT),
                    "color": colors,
                    "questions": text_lists(),
                    "metrics": stage_metrics(),
                },
            ),
            **draw(extra_fields(Stage)),
        )
        for sid in stage_ids
    ]
    channels = [
        Channel(
            id=cid,
            name=draw(names(120)),
            kind=draw(st.sampled_from(ChannelKind)),
            **_optional(draw, {"color": colors}),
            **draw(extra_fields(Channel)),
        )
        for cid in channel_ids
    ]
    personas = [
        Persona(
            id=pid,
            name=draw(names(120)),
            **_optional(
                draw,
                {
                    "description": long_texts(MAX_TEXT),
                    "age": st.integers(0, 150),
                    "goals": text_lists(),
                    "needs": text_lists(),
                    "frustrations": text_lists(),
                    "habits": text_lists(),
                    "color": colors,
                    "image": images(),
                },
            ),
            **draw(extra_fields(Persona)),
        )
        for pid in persona_ids
    ]
    touchpoints = [
        Touchpoint(
            id=tid,
            title=draw(names(200)),
            stage=draw(st.sampled_from(stage_ids)),
            channel=draw(st.sampled_from(channel_ids)),
            step=draw(st.one_of(st.integers(0, 5), st.integers(0, 100_000))),
            emotion=draw(st.none() | st.integers(-2, 2)),
            **_optional(
                draw,
                {
                    "description": long_texts(MAX_TEXT),
                    "personas": persona_refs,
                    "direct": st.booleans(),
                    "controllable": st.booleans(),
                    "initiative": st.none() | st.sampled_from(Initiative),
                    "moment_of_truth": st.booleans(),
                    "owner": st.one_of(texts(40), st.just("o" * 200)),
                    "pain_points": text_lists(),
                    "opportunities": text_lists(),
                    "tags": st.lists(st.one_of(texts(20), st.just("t" * 200)), max_size=3),
                    "metrics": touchpoint_metrics(),
                    "quotes": text_lists(),
                    "votes": st.integers(0, 1_000_000),
                },
            ),
            **draw(extra_fields(Touchpoint)),
        )
        for tid in touchpoint_ids
    ]

    connections: list[Connection] = []
    if len(touchpoint_ids) >= 2:
        links = draw(
            st.lists(
                st.tuples(
                    st.sampled_from(touchpoint_ids),
                    st.sampled_from(touchpoint_ids),
                    st.sampled_from(Polarity),
                ).filter(lambda link: link[0] != link[1]),
                unique=True,
                max_size=n_connections,
            )
        )
        for cid, (source, target, polarity) in zip(connection_ids, links, strict=False):
            connections.append(
                Connection(
                    id=cid,
                    source=source,
                    target=target,
                    polarity=polarity,
                    **_optional(
                        draw,
                        {
                            "label": st.one_of(texts(40), st.just("l" * 500)),
                            "personas": persona_refs,
                        },
                    ),
                    **draw(extra_fields(Connection)),
                )
            )

    lanes = [
        Lane(
            id=lid,
            name=draw(names(120)),
            kind=draw(st.sampled_from(LaneKind)),
            **_optional(draw, {"color": colors}),
            **draw(extra_fields(Lane)),
        )
        for lid in lane_ids
    ]
    holding = [lane.id for lane in lanes if lane.kind not in COMPUTED_LANES]
    touchpoint_refs = st.lists(st.sampled_from(touchpoint_ids), unique=True, max_size=3) \
        if touchpoint_ids else st.just([])
    notes = [
        Note(
            id=nid,
            lane=draw(st.sampled_from(holding)),
            stage=draw(st.sampled_from(stage_ids)),
            text=draw(names(2000)),
            **_optional(
                draw,
                {
                    "step": st.one_of(st.integers(0, 5), st.integers(0, 100_000)),
                    "color": colors,
                    "personas": persona_refs,
                    "touchpoints": touchpoint_refs,
                },
            ),
            **draw(extra_fields(Note)),
        )
        for nid in (note_ids if holding else [])
    ]

    return Document(
        title=draw(names(200)),
        **_optional(
            draw,
            {
                "description": long_texts(MAX_TEXT),
                "language": languages,
                "created": timestamps,
                "modified": timestamps,
                "state": st.sampled_from(MapState),
                "emotion_labels": st.lists(names(40), min_size=5, max_size=5),
            },
        ),
        stages=stages,
        channels=channels,
        personas=personas,
        touchpoints=touchpoints,
        connections=connections,
        lanes=lanes,
        notes=notes,
        **draw(extra_fields(Document)),
    )
