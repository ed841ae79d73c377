"""The counted part of a document (what a persona lives, or everything), indexed by
touchpoint for the analysis: time order, incoming and outgoing connections."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Connection, Document, Touchpoint
from .results import Reading
from .thresholds import LIMITS
from .wording import quoted


def lives(personas: list[str], persona: str | None) -> bool:
    return persona is None or not personas or persona in personas


class MapIndex:
    """The counted part of a document, indexed for the analysis."""

    def __init__(self, doc: Document, persona: str | None) -> None:
        self.doc = doc
        self.persona = persona
        self.stage_index = {s.id: i for i, s in enumerate(doc.stages)}
        self.stage_names = {s.id: s.name for s in doc.stages}
        channel_rank = {
            c.id: (0 if str(c.kind) == "digital" else 1, i) for i, c in enumerate(doc.channels)
        }
        self.channel_kind = {c.id: str(c.kind) for c in doc.channels}
        self.tps: list[Touchpoint] = [t for t in doc.touchpoints if lives(t.personas, persona)]
        self.tp: dict[str, Touchpoint] = {t.id: t for t in self.tps}
        self.conns: list[Connection] = [
            c
            for c in doc.connections
            if lives(c.personas, persona)
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
        return quoted(self.tp[tp_id].title)

    def place(self, tp_id: str) -> str:
        tp = self.tp[tp_id]
        return self.stage_names.get(tp.stage, tp.stage)

    def readings(self, tp_id: str) -> list[Reading]:
        """The touchpoint's survey measures, each with its evidence when it has some."""
        metrics = self.tp[tp_id].metrics
        return [Reading(tp_id, key, getattr(metrics, key), getattr(metrics.evidence, key))
                for key in LIMITS if getattr(metrics, key) is not None]
