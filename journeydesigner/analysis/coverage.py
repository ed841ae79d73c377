"""Coverage: touchpoints per stage, channel and kind, average survey measures, and
the stages served by one kind of channel only."""

from __future__ import annotations

from ..model import Touchpoint
from .index import MapIndex
from .results import AddFinding, Analysis, StageCoverage
from .wording import mean, measure, percent, plural, quoted, share


def find_coverage(m: MapIndex, result: Analysis, add: AddFinding) -> None:
    """Touchpoints per stage and channel with their average measures, and the stages
    whose touchpoints are all digital or all in person."""
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
            nps=mean(tp.metrics.nps for tp in tps),
            csat=mean(tp.metrics.csat for tp in tps),
            ces=mean(tp.metrics.ces for tp in tps),
        )
        result.coverage.append(cov)
        result.digital += digital
        result.in_person += in_person
        if not tps:
            continue
        name = quoted(stage.name)
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
            f"{quoted(cov.name)}: {coverage_text(cov.digital, cov.in_person, 'en')}"
            f"; {measures_text(cov, 'en')}",
            f"{quoted(cov.name)}: {coverage_text(cov.digital, cov.in_person, 'es')}"
            f"; {measures_text(cov, 'es')}",
        )
    add(
        "coverage",
        "info",
        [],
        [],
        f"Whole map: {coverage_text(result.digital, result.in_person, 'en')}",
        f"Todo el mapa: {coverage_text(result.digital, result.in_person, 'es')}",
    )


def coverage_text(digital: int, in_person: int, lang: str) -> str:
    total = digital + in_person
    d, p = share(digital, total), share(in_person, total)
    if lang == "es":
        head = plural(total, "punto de contacto", "puntos de contacto")
        if not total:
            return head
        return (
            f"{head} — {plural(digital, 'digital', 'digitales')} ({percent(d, lang)}), "
            f"{plural(in_person, 'presencial', 'presenciales')} ({percent(p, lang)})"
        )
    head = plural(total, "touchpoint", "touchpoints")
    if not total:
        return head
    return (
        f"{head} — {digital} digital ({percent(d, lang)}), "
        f"{in_person} in person ({percent(p, lang)})"
    )


def measures_text(cov: StageCoverage, lang: str) -> str:
    return (f"NPS {measure(cov.nps, lang)}, CSAT {measure(cov.csat, lang)}, "
            f"CES {measure(cov.ces, lang)}")
