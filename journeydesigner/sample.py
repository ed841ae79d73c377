"""Deterministic generated journey maps of any size, for tests and benchmarks (Qt-free).

:func:`generate_document` gives the same document for the same arguments on
every run and platform (it uses its own ``random.Random(seed)``), and the
document is always valid: ``find_problems`` finds nothing.
"""

from __future__ import annotations

import random

from .model import (
    COMPUTED_LANES,
    Channel,
    ChannelKind,
    Connection,
    Document,
    Lane,
    LaneKind,
    Note,
    Persona,
    Polarity,
    Stage,
    Touchpoint,
)

_STAGES = (
    "Awareness",
    "Consideration",
    "Purchase",
    "Onboarding",
    "Use",
    "Support",
    "Retention",
    "Advocacy",
)
_CHANNELS = (
    ("Web site", ChannelKind.DIGITAL),
    ("Store", ChannelKind.IN_PERSON),
    ("E-mail", ChannelKind.DIGITAL),
    ("Social media", ChannelKind.DIGITAL),
    ("Phone", ChannelKind.IN_PERSON),
    ("Mobile app", ChannelKind.DIGITAL),
    ("Events", ChannelKind.IN_PERSON),
    ("Chatbot", ChannelKind.DIGITAL),
    ("Online ads", ChannelKind.DIGITAL),
    ("Print", ChannelKind.IN_PERSON),
)
_PERSONAS = ("Lucía", "Andrés", "Maya", "Tom")
_VERBS = ("Reads", "Compares", "Asks about", "Pays for", "Receives", "Reviews", "Shares", "Returns")
_THINGS = ("an ad", "the catalogue", "a quote", "the invoice", "a survey", "the order", "a tip")
_POLARITIES = (Polarity.POSITIVE, Polarity.POSITIVE, Polarity.NEGATIVE, Polarity.NEUTRAL)
#: The 8 lanes :func:`with_lanes` adds: every kind, the blueprint ones in their order.
_LANES = (
    ("Goals", LaneKind.NOTES), ("Thoughts", LaneKind.NOTES), ("Pain points", LaneKind.PAIN_POINTS),
    ("Opportunities", LaneKind.OPPORTUNITIES), ("Frontstage", LaneKind.FRONTSTAGE),
    ("Backstage", LaneKind.BACKSTAGE), ("Support", LaneKind.SUPPORT),
    ("Partners", LaneKind.SUPPORT),
)


def generate_document(
    n_touchpoints: int, connections_per_touchpoint: float = 1.5, seed: int = 0
) -> Document:
    """A valid journey map with ``n_touchpoints`` touchpoints and about
    ``n_touchpoints * connections_per_touchpoint`` connections.

    Stages and channels grow with the size (3 to 8 stages, 4 to 10 channels of both
    kinds), steps per stage grow so a cell holds 1.5 cards on average, about one emotion
    in six is unknown, half the touchpoints are lived by everyone. Connections
    mostly lead forward in time to a near touchpoint; about one in twenty leads
    backwards. Fewer connections are made only when not enough distinct
    (source, target, polarity) triples exist.
    """
    if n_touchpoints < 0:
        raise ValueError("n_touchpoints must not be negative")
    rng = random.Random(seed)
    n = n_touchpoints

    n_stages = min(len(_STAGES), 3 + n // 100)
    n_channels = min(len(_CHANNELS), 4 + n // 100)
    stages = [Stage(id=f"stage-{i + 1}", name=_STAGES[i]) for i in range(n_stages)]
    channels = [
        Channel(id=f"channel-{i + 1}", name=_CHANNELS[i][0], kind=_CHANNELS[i][1])
        for i in range(n_channels)
    ]
    personas = [Persona(id=f"persona-{i + 1}", name=name) for i, name in enumerate(_PERSONAS)]
    persona_ids = [p.id for p in personas]

    # about one and a half cards per (stage, channel, step) cell on average
    steps_per_stage = max(1, round(n / (n_stages * n_channels * 1.5)))
    touchpoints: list[Touchpoint] = []
    for i in range(n):
        emotion = None if rng.random() < 1 / 6 else rng.randint(-2, 2)
        lived = [] if rng.random() < 0.5 else sorted(rng.sample(persona_ids, rng.randint(1, 2)))
        touchpoints.append(
            Touchpoint(
                id=f"tp-{i + 1:05d}",
                title=f"{rng.choice(_VERBS)} {rng.choice(_THINGS)} #{i + 1}",
                stage=stages[rng.randrange(n_stages)].id,
                channel=channels[rng.randrange(n_channels)].id,
                step=rng.randrange(steps_per_stage),
                emotion=emotion,
                personas=lived,
            )
        )

    connections: list[Connection] = []
    if n >= 2:
        stage_order = {s.id: i for i, s in enumerate(stages)}
        timeline = sorted(
            range(n), key=lambda i: (stage_order[touchpoints[i].stage], touchpoints[i].step, i)
        )
        wanted = min(round(n * connections_per_touchpoint), n * (n - 1) * len(Polarity))
        seen: set[tuple[str, str, Polarity]] = set()
        attempts = 0
        while len(connections) < wanted and attempts < wanted * 20:
            attempts += 1
            a = rng.randrange(n)
            direction = -1 if rng.random() < 0.05 else 1
            b = a + direction * rng.randint(1, 12)
            if not 0 <= b < n:
                b = rng.randrange(n)
            if a == b:
                continue
            source = touchpoints[timeline[a]].id
            target = touchpoints[timeline[b]].id
            polarity = rng.choice(_POLARITIES)
            key = (source, target, polarity)
            if key in seen:
                continue
            seen.add(key)
            conn_personas = [] if rng.random() < 0.8 else [rng.choice(persona_ids)]
            connections.append(
                Connection(
                    id=f"c-{len(connections) + 1:05d}",
                    source=source,
                    target=target,
                    polarity=polarity,
                    personas=conn_personas,
                )
            )

    return Document(
        title=f"Generated journey ({n} touchpoints, seed {seed})",
        description="Generated by journeydesigner.sample for tests and benchmarks.",
        stages=stages,
        channels=channels,
        personas=personas,
        touchpoints=touchpoints,
        connections=connections,
    )


def with_lanes(doc: Document, n_notes: int, seed: int = 0) -> Document:
    """``doc`` with 8 lanes of every kind (two of them computed) and ``n_notes`` notes
    spread over the six that hold notes, every stage and its steps; one note in four
    about the whole stage, one in three linked to one or two touchpoints of its stage."""
    rng = random.Random(seed)
    lanes = [Lane(id=f"lane-{i + 1}", name=name, kind=kind) for i, (name, kind) in
             enumerate(_LANES)]
    holding = [lane.id for lane in lanes if lane.kind not in COMPUTED_LANES]
    by_stage: dict[str, list[Touchpoint]] = {s.id: [] for s in doc.stages}
    for tp in doc.touchpoints:
        by_stage[tp.stage].append(tp)
    steps = max((t.step for t in doc.touchpoints), default=0) + 1
    notes: list[Note] = []
    for i in range(n_notes):
        stage = doc.stages[rng.randrange(len(doc.stages))].id
        there = by_stage[stage]
        links = sorted({t.id for t in rng.sample(there, min(len(there), rng.randint(1, 2)))}) \
            if there and rng.random() < 1 / 3 else []
        notes.append(Note(
            id=f"note-{i + 1:05d}", lane=rng.choice(holding), stage=stage,
            step=None if rng.random() < 0.25 else rng.randrange(steps),
            text=f"{rng.choice(_VERBS)} {rng.choice(_THINGS)} (note {i + 1})", touchpoints=links,
        ))
    return doc.model_copy(update={"lanes": lanes, "notes": notes})
