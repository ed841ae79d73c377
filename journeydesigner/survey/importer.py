"""From tallied survey responses to one change of the map (Qt-free).

:func:`plan_import` says what an import would change, metric by metric (the preview
of the command line's ``--dry-run`` and of the import dialog): the old and the new
value, the number of answers and the 95 % interval, plus the quotes each touchpoint
gains. :func:`survey_edit` turns a plan into one :class:`~journeydesigner.edits.Edit`
(one undo step): each touchpoint's ``metrics`` with their ``evidence``, and its
``quotes`` appended, replaced at once, checked as every edit is.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..edits import Edit, update_object
from ..model import Document, Touchpoint
from .columns import METRICS
from .statistics import ESTIMATORS
from .tally import Responses


@dataclass(frozen=True)
class MetricChange:
    """One metric of one touchpoint as the import sets it: ``old`` (None when it had
    none) → ``new``, from ``n`` answers, with the interval ``low``–``high`` and the
    dates of the first and last dated answer (None when none is)."""

    touchpoint: str
    metric: str
    old: int | float | None
    new: int | float
    n: int
    low: int | float
    high: int | float
    first: str | None = None
    last: str | None = None


@dataclass(frozen=True)
class ImportPlan:
    """What importing a survey file (``source``, its name) changes: the metric
    ``changes`` in map order, and by touchpoint id the ``quotes`` it appends."""

    source: str
    changes: tuple[MetricChange, ...] = ()
    quotes: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.changes or self.quotes)

    def touchpoints(self) -> list[str]:
        """The ids of the touchpoints the plan changes, in map order."""
        ids = dict.fromkeys(change.touchpoint for change in self.changes)
        ids.update(dict.fromkeys(self.quotes))
        return list(ids)


def plan_import(doc: Document, responses: Responses) -> ImportPlan:
    """The changes ``responses`` make to ``doc``: every metric answered at a touchpoint
    computed as docs/file-format.md says (rounded as a file stores it), and the
    comments not yet quoted."""
    changes: list[MetricChange] = []
    quotes: dict[str, tuple[str, ...]] = {}
    for tp in doc.touchpoints:
        tally = responses.tallies.get(tp.id)
        if tally is None:
            continue
        for metric in METRICS:
            answers = tally.metrics.get(metric)
            if answers is None:
                continue
            estimate = ESTIMATORS[metric](answers.counts).rounded()
            changes.append(MetricChange(tp.id, metric, getattr(tp.metrics, metric),
                                        estimate.value, estimate.n, estimate.low,
                                        estimate.high, answers.first, answers.last))
        if tally.quotes:
            quotes[tp.id] = tuple(tally.quotes)
    return ImportPlan(responses.source, tuple(changes), quotes)


def survey_edit(doc: Document, plan: ImportPlan,
                text: str = "Import survey responses") -> Edit:
    """The one edit that applies ``plan`` to ``doc``: per touchpoint, its metrics and
    their evidence set, its new quotes appended after those it has. Raises
    ``EditError`` should a value not fit (it cannot, from :func:`plan_import`)."""
    by_touchpoint: dict[str, list[MetricChange]] = {}
    for change in plan.changes:
        by_touchpoint.setdefault(change.touchpoint, []).append(change)
    ops = []
    for tp_id in plan.touchpoints():
        tp = doc.touchpoint(tp_id)
        changes: dict[str, Any] = {}
        if tp_id in by_touchpoint:
            changes["metrics"] = _metrics(tp, by_touchpoint[tp_id], plan.source)
        if tp_id in plan.quotes:
            changes["quotes"] = [*tp.quotes, *plan.quotes[tp_id]]
        ops += update_object(doc, "touchpoints", tp_id, changes, text).ops
    return Edit(text, tuple(ops))


def _metrics(tp: Touchpoint, changes: list[MetricChange], source: str) -> dict[str, Any]:
    """The touchpoint's ``metrics`` as data, with ``changes`` and their evidence."""
    data = tp.metrics.model_dump(by_alias=True)
    evidence = data["evidence"]
    for change in changes:
        data[change.metric] = change.new
        proof: dict[str, Any] = {"n": change.n, "low": change.low, "high": change.high,
                                 "source": source}
        if change.first is not None:
            proof.update({"from": change.first, "to": change.last})
        evidence[change.metric] = proof
    return data
