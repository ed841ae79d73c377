"""Survey measures in the analysis (issue 17 item 6): friction flagged by the measures
themselves at the limits of analysis/thresholds.py, and the map's emotion against the
evidence's 95 % interval."""

from __future__ import annotations

import argparse
import json

import pytest

from journeydesigner.analysis import LIMITS, analyze, format_text
from journeydesigner.analysis_cli import add_analyze_command
from journeydesigner.fileio import save
from journeydesigner.model import Document, TouchpointMetrics
from journeydesigner.numbers import interval, metric_text


def measured_map(*cards: tuple[int | None, dict], language: str = "en") -> Document:
    """A map of one stage whose touchpoints t0, t1… have these emotions and metrics."""
    return Document.model_validate({
        "format": "journeydesigner", "version": 1, "title": "Measures", "language": language,
        "stages": [{"id": "s", "name": "Stage"}],
        "channels": [{"id": "web", "name": "Web", "kind": "digital"}],
        "personas": [{"id": "ana", "name": "Ana"}],
        "touchpoints": [
            {"id": f"t{i}", "title": f"Card {i}", "stage": "s", "channel": "web", "step": i,
             "emotion": emotion, "metrics": metrics}
            for i, (emotion, metrics) in enumerate(cards)],
    })


def evidence(value: float, low: float, high: float, n: int = 58, key: str = "csat") -> dict:
    return {key: value, "evidence": {key: {"n": n, "low": low, "high": high}}}


def found(doc: Document, kind: str) -> list:
    return [f for f in analyze(doc).findings if f.kind == kind]


# --------------------------------------------------------------------------- the limits


@pytest.mark.parametrize(("metrics", "flagged"), [
    ({"csat": 60}, False), ({"csat": 59.9}, True), ({"csat": 0}, True),
    ({"ces": 5}, True), ({"ces": 4.9}, False), ({"ces": 7}, True),
    ({"nps": 0}, False), ({"nps": -1}, True), ({"nps": 100}, False),
])
def test_a_measure_alone_makes_a_friction_point_past_its_limit(metrics, flagged):
    result = analyze(measured_map((1, metrics)))  # a positive emotion: only the measure
    assert result.friction == (["t0"] if flagged else [])
    assert [(r.touchpoint, r.metric) for r in result.friction_measures] == (
        [("t0", *metrics)] if flagged else [])


def test_the_friction_finding_names_the_measures_and_their_limits():
    doc = measured_map((None, {"nps": -1, "csat": 59.9, "ces": 5}))
    (finding,) = found(doc, "friction")
    assert finding.severity == "warning"
    assert finding.text("en") == (
        "Friction point: “Card 0” (NPS -1 is under 0; CSAT 59.9 is under 60; CES 5 is 5 or more)")
    assert finding.text("es") == (
        "Punto de fricción: “Card 0” (NPS -1 está por debajo de 0; CSAT 59,9 está por debajo "
        "de 60; CES 5 es de 5 o más)")


def test_a_measured_friction_with_evidence_gives_its_interval_and_n():
    doc = measured_map((-1, evidence(54, 41, 66)))
    (finding,) = found(doc, "friction")
    assert finding.text("en") == ("Friction point: “Card 0” (emotion: negative; "
                                  "CSAT 54 (95% CI 41–66, n = 58) is under 60)")
    assert "CSAT 54 (IC 95 % 41–66, n = 58) está por debajo de 60" in finding.text("es")


def test_a_measure_past_its_limit_on_a_moment_of_truth_is_a_problem():
    doc = measured_map((1, {"ces": 6}))
    doc.touchpoints[0] = doc.touchpoints[0].model_copy(update={"moment_of_truth": True})
    (finding,) = found(doc, "friction")
    assert finding.severity == "problem"
    assert finding.text("en").endswith("(CES 6 is 5 or more; a moment of truth)")


def test_the_limits_table():
    assert {key: (lim.friction, lim.good) for key, lim in LIMITS.items()} == {
        "nps": (0, 30), "csat": (60, 80), "ces": (5, 3)}


# --------------------------------------------------------------------------- disagreement


@pytest.mark.parametrize(("emotion", "metrics", "survey"), [
    # marked positive, clearly bad: the interval's best end past the friction limit
    (1, evidence(50, 41, 59.9), "bad"),
    (2, evidence(-20, -35, -0.5, key="nps"), "bad"),
    (1, evidence(6, 5, 6.5, key="ces"), "bad"),
    # marked negative, clearly good: the interval's worst end past the good limit
    (-1, evidence(45, 31, 58, key="nps"), "good"),
    (-2, evidence(90, 80.5, 95), "good"),
    (-1, evidence(2, 1.5, 2.9, key="ces"), "good"),
])
def test_the_map_and_the_survey_disagree(emotion, metrics, survey):
    result = analyze(measured_map((emotion, metrics)))
    (d,) = result.disagreements
    assert (d.reading.touchpoint, d.emotion, d.survey) == ("t0", emotion, survey)
    (finding,) = [f for f in result.findings if f.kind == "disagreement"]
    assert (finding.severity, finding.touchpoints, finding.category) == (
        "warning", ("t0",), "disagreements")


@pytest.mark.parametrize(("emotion", "metrics"), [
    (1, evidence(50, 41, 60)),  # straddles nothing: its top is 60, not under it
    (1, evidence(55, 45, 70)),  # straddles 60
    (1, evidence(-5, -15, 0, key="nps")),
    (1, evidence(5, 4.9, 5.5, key="ces")),
    (-1, evidence(40, 30, 50, key="nps")),  # its bottom is 30, not over it
    (-1, evidence(85, 80, 90)),
    (-1, evidence(2.5, 2, 3, key="ces")),
    (0, evidence(20, 10, 30)),  # neutral: the map says nothing either way
    (None, evidence(20, 10, 30)),
    (-1, evidence(20, 10, 30)),  # negative and bad: they agree
    (1, evidence(90, 85, 95)),  # positive and good: they agree
])
def test_no_disagreement_when_the_interval_is_not_clear_or_they_agree(emotion, metrics):
    result = analyze(measured_map((emotion, metrics)))
    assert result.evidence and result.disagreements == []
    assert result.by_category()["disagreements"] == []


def test_the_disagreement_words_in_both_languages():
    doc = measured_map((1, {"nps": -20, "csat": 54, "evidence": {
        "nps": {"n": 80, "low": -35, "high": -4}, "csat": {"n": 58, "low": 41, "high": 58.5}}}),
        (-1, evidence(2.1, 1.6, 2.6, n=30, key="ces")))
    first, second = found(doc, "disagreement")
    assert first.text("en") == (
        "Map and survey disagree: “Card 0” is marked positive, but the survey gives "
        "NPS -20 (95% CI -35 to -4, n = 80): the whole interval is under 0; "
        "CSAT 54 (95% CI 41–58.5, n = 58): the whole interval is under 60.")
    assert first.text("es") == (
        "El mapa y la encuesta discrepan: “Card 0” tiene emoción positiva, pero la encuesta da "
        "NPS -20 (IC 95 % -35 a -4, n = 80): todo el intervalo está por debajo de 0; "
        "CSAT 54 (IC 95 % 41–58,5, n = 58): todo el intervalo está por debajo de 60.")
    assert second.text("en") == (
        "Map and survey disagree: “Card 1” is marked negative, but the survey gives "
        "CES 2.1 (95% CI 1.6–2.6, n = 30): the whole interval is under 3.")
    assert second.text("es").endswith(
        "pero la encuesta da CES 2,1 (IC 95 % 1,6–2,6, n = 30): todo el intervalo está por "
        "debajo de 3.")


def test_a_bare_value_never_disagrees_and_a_map_without_evidence_has_no_category():
    doc = measured_map((2, {"csat": 10}), (-2, {"nps": 90}))
    result = analyze(doc)
    assert not result.evidence and result.disagreements == []
    assert "disagreements" not in result.by_category()
    assert result.to_json()["disagreements"] is None
    assert "Map and survey disagree" not in format_text(result, "en")
    assert result.friction == ["t0", "t1"]  # CSAT 10 hurts; t1 by its emotion


def test_evidence_elsewhere_shows_the_category_even_when_empty():
    doc = measured_map((2, {"csat": 10}), (None, evidence(50, 40, 60)))
    result = analyze(doc)
    assert result.by_category()["disagreements"] == []
    assert "Map and survey disagree (0)" in format_text(result, "en")
    assert "El mapa y la encuesta discrepan (0)" in format_text(result, "es")


def test_disagreements_follow_the_persona():
    doc = measured_map((1, evidence(50, 41, 59)))
    doc.touchpoints[0] = doc.touchpoints[0].model_copy(update={"personas": ["ana"]})
    doc.personas.append(doc.personas[0].model_copy(update={"id": "bo", "name": "Bo"}))
    assert len(analyze(doc, "ana").disagreements) == 1
    assert analyze(doc, "bo").disagreements == []
    assert "disagreements" in analyze(doc, "bo").by_category()  # the map has evidence


# --------------------------------------------------------------------------- numbers


def test_measures_with_their_interval_in_each_language():
    assert interval(41, 66, 58, "en") == "95% CI 41–66, n = 58"
    assert interval(41, 66.25, 58, "es") == "IC 95 % 41–66,2, n = 58"
    assert interval(-12.5, 3, 200, "en") == "95% CI -12.5 to 3, n = 200"
    assert interval(-12.5, 3, 200, "es") == "IC 95 % -12,5 a 3, n = 200"
    metrics = TouchpointMetrics.model_validate(evidence(5.2, 4.8, 5.6, n=40, key="ces"))
    assert metric_text("ces", 5.2, metrics.evidence.ces, "es") == (
        "CES 5,2 (IC 95 % 4,8–5,6, n = 40)")
    assert metric_text("nps", 32, None, "en") == "NPS 32"


# --------------------------------------------------------------------------- analyze --json


def test_analyze_json_carries_the_measured_friction_and_the_disagreements(tmp_path, capsys):
    path = tmp_path / "measures.journey"
    save(measured_map((1, evidence(54, 41, 58)), (-1, {"nps": 50})), path)
    parser = argparse.ArgumentParser(prog="journeydesigner")
    add_analyze_command(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["analyze", str(path), "--json"])
    assert args.func(args) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["friction"] == ["t0", "t1"]
    assert data["friction_measures"] == [
        {"touchpoint": "t0", "metric": "csat", "value": 54, "low": 41, "high": 58, "n": 58}]
    assert data["disagreements"] == [
        {"touchpoint": "t0", "metric": "csat", "value": 54, "low": 41, "high": 58, "n": 58,
         "emotion": 1, "survey": "bad"}]
    kinds = [(f["kind"], f["category"], f["touchpoints"]) for f in data["findings"]
             if f["category"] in ("friction", "disagreements")]
    assert kinds == [("friction", "friction", ["t0"]), ("friction", "friction", ["t1"]),
                     ("disagreement", "disagreements", ["t0"])]
    (disagreement,) = [f for f in data["findings"] if f["kind"] == "disagreement"]
    assert disagreement["message"]["en"] == (
        "Map and survey disagree: “Card 0” is marked positive, but the survey gives "
        "CSAT 54 (95% CI 41–58, n = 58): the whole interval is under 60.")
