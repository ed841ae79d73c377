"""The analysis of a map: each step of :mod:`.structure`, :mod:`.friction`,
:mod:`.disagreement`, :mod:`.time_order`, :mod:`.ideal_path`, :mod:`.coverage`,
:mod:`.moments` and :mod:`.blueprint` in turn, their findings gathered in report order."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Document
from .blueprint import find_blueprint
from .coverage import find_coverage
from .disagreement import find_disagreements
from .friction import find_friction
from .ideal_path import find_ideal_path
from .index import MapIndex
from .moments import find_moments_of_truth
from .results import (
    CATEGORIES,
    CATEGORY_OF_KIND,
    Analysis,
    Finding,
    Severity,
    UnknownPersonaError,
)
from .structure import find_structure
from .time_order import find_time_order
from .wording import both, language_code

#: The steps in the order they run (the ideal path needs the entries and exits).
STEPS = (find_structure, find_friction, find_disagreements, find_time_order, find_ideal_path,
         find_coverage, find_moments_of_truth, find_blueprint)


def analyze(doc: Document, persona: str | None = None) -> Analysis:
    """Analyse the paths of ``doc``, the whole map or only what ``persona`` (an id) lives.

    Raises :class:`UnknownPersonaError` for a persona id the document does not have.
    See the package documentation for the definitions.
    """
    persona_name = None
    if persona is not None:
        found = next((p for p in doc.personas if p.id == persona), None)
        if found is None:
            raise UnknownPersonaError(persona)
        persona_name = found.name
    m = MapIndex(doc, persona)
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
        finding = Finding(kind, severity, tuple(tps), tuple(conns), both(en, es))
        found_by_cat[CATEGORY_OF_KIND[kind]].append(finding)

    for step in STEPS:
        step(m, result, add)
    result.findings = [f for cat, _ in CATEGORIES for f in found_by_cat[cat]]
    return result
