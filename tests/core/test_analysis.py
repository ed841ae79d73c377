"""Path analysis: small hand-made maps with known answers, the shared examples, a big map."""

from __future__ import annotations

import itertools
import json
import random
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings

from journeydesigner.analysis import (
    CATEGORIES,
    CATEGORY_LABELS,
    Analysis,
    Finding,
    UnknownPersonaError,
    analyze,
    format_text,
    language_code,
    summary_line,
)
from journeydesigner.fileio import load
from journeydesigner.model import (
    Channel,
    Connection,
    Document,
    Persona,
    Stage,
    Touchpoint,
    TouchpointMetrics,
    find_problems,
)
from journeydesigner.sample import generate_document
from tests.strategies import documents

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


# --------------------------------------------------------------------------- building maps


def tp(
    tp_id: str,
    stage: str = "s1",
    step: int = 0,
    emotion: int | None = None,
    channel: str = "web",
    **extra,
) -> Touchpoint:
    return Touchpoint(
        id=tp_id,
        title=f"Title {tp_id}",
        stage=stage,
        channel=channel,
        step=step,
        emotion=emotion,
        **extra,
    )


def conn(source: str, target: str, polarity: str = "positive", **extra) -> Connection:
    return Connection(
        id=f"{source}-{target}-{polarity[:3]}",
        source=source,
        target=target,
        polarity=polarity,
        **extra,
    )


def make(
    touchpoints: list[Touchpoint],
    connections: list[Connection] = (),
    personas: tuple[str, ...] = (),
    language: str = "en",
) -> Document:
    doc = Document(
        title="Test map",
        language=language,
        stages=[Stage(id=f"s{i}", name=f"Stage {i}") for i in (1, 2, 3)],
        channels=[
            Channel(id="web", name="Web", kind="digital"),
            Channel(id="mail", name="Mail", kind="digital"),
            Channel(id="shop", name="Shop", kind="in_person"),
        ],
        personas=[Persona(id=p, name=p.title()) for p in personas],
        touchpoints=list(touchpoints),
        connections=list(connections),
    )
    assert find_problems(doc) == []
    return doc


def chain(*ids: str, polarity: str = "positive") -> list[Connection]:
    return [conn(a, b, polarity) for a, b in itertools.pairwise(ids)]


def kinds(analysis: Analysis, kind: str) -> list[Finding]:
    return [f for f in analysis.findings if f.kind == kind]


def check_ideal_path_is_a_path(doc: Document, analysis: Analysis) -> None:
    """The ideal path is a simple path over the named, non-negative connections."""
    path, conns = analysis.ideal_path, analysis.ideal_connections
    if not path:
        assert conns == [] and analysis.ideal_emotion is None
        return
    by_id = {c.id: c for c in doc.connections}
    emotions = {t.id: t.emotion or 0 for t in doc.touchpoints}
    assert len(set(path)) == len(path)
    assert len(conns) == len(path) - 1
    assert path[0] in analysis.entries
    for (a, b), conn_id in zip(itertools.pairwise(path), conns, strict=True):
        c = by_id[conn_id]
        assert (c.source, c.target) == (a, b)
        assert c.polarity != "negative"
    assert analysis.ideal_emotion == sum(emotions[t] for t in path)
    assert analysis.ideal_reaches_exit == (path[-1] in analysis.exits)


# --------------------------------------------------------------------------- structure


def test_entries_exits_and_isolated():
    doc = make(
        [tp("a"), tp("b", step=1), tp("c", step=2), tp("lonely", "s2")],
        chain("a", "b", "c"),
    )
    result = analyze(doc)
    assert result.entries == ["a"]
    assert result.exits == ["c"]
    assert result.isolated == ["lonely"]
    assert result.unreachable == []
    (isolated,) = kinds(result, "isolated")
    assert isolated.severity == "warning"
    assert isolated.touchpoints == ("lonely",)
    assert "“Title lonely”" in isolated.message["en"]
    assert "“Title lonely”" in isolated.message["es"]
    assert [f.touchpoints for f in kinds(result, "entry")] == [("a",)]
    assert [f.touchpoints for f in kinds(result, "exit")] == [("c",)]


def test_several_entries_listed_in_time_order():
    doc = make(
        [tp("late", "s2"), tp("early"), tp("hub", "s2", step=1), tp("end", "s3")],
        [conn("late", "hub"), conn("early", "hub"), conn("hub", "end")],
    )
    result = analyze(doc)
    assert result.entries == ["early", "late"]
    assert result.exits == ["end"]
    assert result.ideal_path[0] in ("early", "late")
    check_ideal_path_is_a_path(doc, result)


def test_map_without_connections_has_only_isolated_touchpoints_as_info():
    doc = make([tp("a"), tp("b", "s2")])
    result = analyze(doc)
    assert result.isolated == ["a", "b"]
    assert result.entries == result.exits == []
    assert {f.severity for f in kinds(result, "isolated")} == {"info"}
    assert result.ideal_path == []
    (none,) = kinds(result, "no_ideal_path")
    assert none.severity == "info"


# --------------------------------------------------------------------------- the ideal path


def test_ideal_path_takes_the_best_total_emotion():
    doc = make(
        [
            tp("a", emotion=0),
            tp("bad", "s2", emotion=-2),
            tp("good", "s2", step=1, emotion=1),
            tp("fine", "s2", step=2, emotion=1),
            tp("end", "s3", emotion=0),
        ],
        [*chain("a", "bad", "end"), *chain("a", "good", "fine", "end")],
    )
    result = analyze(doc)
    assert result.ideal_path == ["a", "good", "fine", "end"]
    assert result.ideal_emotion == 2
    assert result.ideal_reaches_exit
    (finding,) = kinds(result, "ideal_path")
    assert finding.severity == "info"
    assert finding.touchpoints == ("a", "good", "fine", "end")
    assert finding.connections == tuple(result.ideal_connections)
    assert "+2" in finding.message["en"] and "+2" in finding.message["es"]
    check_ideal_path_is_a_path(doc, result)


def test_ideal_path_tie_goes_to_the_shorter_path_and_null_emotion_counts_as_zero():
    doc = make(
        [tp("a", emotion=1), tp("detour", "s2", emotion=None), tp("end", "s3", emotion=1)],
        [*chain("a", "detour", "end"), conn("a", "end")],
    )
    result = analyze(doc)
    assert result.ideal_path == ["a", "end"]
    assert result.ideal_emotion == 2


def test_ideal_path_avoids_negative_connections_and_may_use_neutral_ones():
    doc = make(
        [
            tp("a", emotion=0),
            tp("great", "s2", emotion=2),
            tp("meh", "s2", step=1, emotion=0),
            tp("end", "s3", emotion=0),
        ],
        [
            conn("a", "great", "negative"),
            conn("great", "end"),
            conn("a", "meh", "neutral"),
            conn("meh", "end"),
        ],
    )
    result = analyze(doc)
    assert result.ideal_path == ["a", "meh", "end"]


def test_ideal_path_survives_cycles_and_never_repeats_a_touchpoint():
    # b -> c -> b loops back in time; both are very positive, which a naive
    # longest-path search would go around forever
    doc = make(
        [
            tp("a", emotion=0),
            tp("b", "s2", emotion=2),
            tp("c", "s2", step=1, emotion=2),
            tp("d", "s3", emotion=0),
        ],
        [*chain("a", "b", "c", "d"), conn("c", "b")],
    )
    result = analyze(doc)
    assert result.ideal_path == ["a", "b", "c", "d"]
    assert result.ideal_emotion == 4
    assert [link.connection for link in result.backwards] == ["c-b-pos"]
    check_ideal_path_is_a_path(doc, result)


def test_ideal_path_with_a_cycle_among_simultaneous_touchpoints():
    doc = make(
        [
            tp("a", emotion=0),
            tp("b", "s2", emotion=1),
            tp("c", "s2", emotion=1, channel="shop"),
            tp("d", "s3", emotion=0),
        ],
        [*chain("a", "b", "c", "d"), conn("c", "b"), conn("b", "d")],
    )
    result = analyze(doc)
    assert result.ideal_path == ["a", "b", "c", "d"]
    assert {link.connection for link in result.simultaneous} == {"b-c-pos", "c-b-pos"}
    assert {f.severity for f in kinds(result, "simultaneous")} == {"info"}
    check_ideal_path_is_a_path(doc, result)


def test_ideal_path_that_reaches_no_exit_goes_as_far_as_it_can():
    doc = make(
        [tp("a", emotion=1), tp("b", "s2", emotion=1), tp("churn", "s3", emotion=-2)],
        [conn("a", "b"), conn("b", "churn", "negative")],
    )
    result = analyze(doc)
    assert result.exits == ["churn"]
    assert result.ideal_path == ["a", "b"]
    assert not result.ideal_reaches_exit
    (finding,) = kinds(result, "ideal_path")
    assert finding.severity == "warning"
    assert "reaches no exit" in finding.message["en"]
    assert "no llega a ninguna salida" in finding.message["es"]


def test_ideal_path_does_not_go_back_in_time():
    # the only way to "end" is backwards: the path stops at b instead
    doc = make(
        [tp("a"), tp("b", "s3", emotion=2), tp("end", "s2", emotion=2)],
        [conn("a", "b"), conn("b", "end")],
    )
    result = analyze(doc)
    assert result.ideal_path == ["a", "b"]
    assert not result.ideal_reaches_exit
    assert [link.connection for link in result.backwards] == ["b-end-pos"]


def test_no_entry_means_no_ideal_path_and_everything_unreachable():
    doc = make(
        [tp("a"), tp("b", "s2"), tp("after", "s3")],
        [conn("a", "b"), conn("b", "a"), conn("b", "after")],
    )
    result = analyze(doc)
    assert result.entries == []
    assert result.exits == ["after"]
    assert result.ideal_path == []
    (none,) = kinds(result, "no_ideal_path")
    assert none.severity == "warning"
    assert "no entry" in none.message["en"]
    assert result.unreachable == ["a", "b", "after"]
    messages = {f.touchpoints[0]: f.message["en"] for f in kinds(result, "unreachable")}
    assert "part of a loop" in messages["a"]
    assert "reached from a loop" in messages["after"]


def test_ideal_path_matches_brute_force_on_small_acyclic_maps():
    """Against every simple path of tiny maps whose usable connections form a DAG."""
    rng = random.Random(7)
    checked = 0
    for _ in range(300):
        n = rng.randint(1, 7)
        emotions = [None, -2, -1, 0, 1, 2]
        tps = [
            tp(f"t{i}", f"s{rng.randint(1, 3)}", rng.randint(0, 2), rng.choice(emotions))
            for i in range(n)
        ]
        pairs = [(a, b) for a in range(n) for b in range(n) if a != b]
        chosen = rng.sample(pairs, min(len(pairs), rng.randint(0, 2 * n)))
        conns = [
            conn(f"t{a}", f"t{b}", rng.choice(["positive", "positive", "neutral", "negative"]))
            for a, b in chosen
        ]
        doc = make(tps, conns)
        result = analyze(doc)
        check_ideal_path_is_a_path(doc, result)

        stage = {t.id: (int(t.stage[1]), t.step) for t in tps}
        usable = nx.DiGraph()
        usable.add_nodes_from(t.id for t in tps)
        usable.add_edges_from(
            (c.source, c.target)
            for c in conns
            if c.polarity != "negative" and stage[c.target] >= stage[c.source]
        )
        if not nx.is_directed_acyclic_graph(usable):
            continue
        if not result.entries:
            assert result.ideal_path == []
            continue
        emotion = {t.id: t.emotion or 0 for t in tps}
        paths = [[start] for start in result.entries] + [
            path
            for start in result.entries
            for end in usable.nodes
            if end != start
            for path in nx.all_simple_paths(usable, start, end)
        ]
        exits = set(result.exits)
        at_exit = [p for p in paths if p[-1] in exits]
        candidates = at_exit or [p for p in paths if usable.out_degree(p[-1]) == 0]
        best = max((sum(emotion[t] for t in p), -len(p)) for p in candidates)
        assert (result.ideal_emotion, -len(result.ideal_path)) == best, doc
        assert result.ideal_reaches_exit == bool(at_exit)
        checked += 1
    assert checked > 100


# --------------------------------------------------------------------------- friction


def friction_map() -> Document:
    return make(
        [
            tp("start", emotion=1),
            tp("sad", "s1", step=1, emotion=-1),
            tp("lost", "s2", emotion=0),
            tp("rescued", "s2", step=1, emotion=1),
            tp("help", "s2", step=2, emotion=1, channel="shop"),
            tp("awful", "s2", step=3, emotion=-2),
            tp("stuck", "s3", emotion=1),
            tp("decide", "s3", step=1, emotion=0),
            tp("end", "s3", step=2, emotion=2),
        ],
        [
            conn("start", "sad"),
            conn("start", "lost", "negative"),  # lost: dead end (no way onward)
            conn("sad", "rescued", "negative"),
            conn("rescued", "help"),  # rescued: friction, not a dead end
            conn("help", "awful"),
            conn("awful", "stuck", "negative"),
            conn("stuck", "end", "negative"),  # stuck: only a negative way on: dead end
            conn("sad", "decide", "negative"),
            conn("decide", "end", "neutral"),  # decide: neutral way on: not a dead end
        ],
    )


def test_negative_paths_name_source_and_target():
    result = analyze(friction_map())
    pairs = [(link.source, link.target) for link in result.negative_paths]
    assert pairs == [
        ("start", "lost"),
        ("sad", "rescued"),
        ("sad", "decide"),
        ("awful", "stuck"),
        ("stuck", "end"),
    ]
    first = kinds(result, "negative_path")[0]
    assert first.touchpoints == ("start", "lost")
    assert first.connections == ("start-lost-neg",)
    assert first.message["en"] == "Negative path: “Title start” → “Title lost”"
    assert first.message["es"] == "Camino negativo: “Title start” → “Title lost”"


def test_friction_points_by_emotion_or_negative_connection():
    result = analyze(friction_map())
    assert result.friction == ["sad", "lost", "rescued", "awful", "stuck", "decide", "end"]
    found = {f.touchpoints[0]: f for f in kinds(result, "friction")}
    assert found["awful"].severity == "problem"  # very negative
    assert found["sad"].severity == "warning"
    assert found["sad"].connections == ()  # only its emotion
    assert found["lost"].connections == ("start-lost-neg",)
    assert "Title start" in found["lost"].message["en"]
    assert "start" not in result.friction and "help" not in result.friction


def test_dead_ends_have_no_positive_or_neutral_way_onward():
    result = analyze(friction_map())
    # "end" is reached by a negative connection (from "stuck") and leads nowhere
    assert result.dead_ends == ["lost", "stuck", "end"]
    assert {f.severity for f in kinds(result, "dead_end")} == {"problem"}
    (lost, stuck, _end) = kinds(result, "dead_end")
    assert lost.connections == ("start-lost-neg",)
    assert "Dead end" in stuck.message["en"] and "Callejón" in stuck.message["es"]


def test_friction_on_a_moment_of_truth_is_a_problem():
    doc = make([tp("pay", emotion=-1, moment_of_truth=True)])
    result = analyze(doc)
    (finding,) = kinds(result, "friction")
    assert finding.severity == "problem"
    assert "moment of truth" in finding.message["en"]
    assert result.moments_of_truth == ["pay"]


# --------------------------------------------------------------------------- time order


def test_time_order_backwards_and_simultaneous():
    doc = make(
        [
            tp("a", "s2", step=3),
            tp("earlier-stage", "s1", step=5),
            tp("earlier-step", "s2", step=1),
            tp("same", "s2", step=3, channel="shop"),
            tp("later", "s3"),
        ],
        [
            conn("a", "earlier-stage"),
            conn("a", "earlier-step", "neutral"),
            conn("a", "same", "negative"),
            conn("a", "later"),
        ],
    )
    result = analyze(doc)
    assert [link.target for link in result.backwards] == ["earlier-stage", "earlier-step"]
    assert [link.target for link in result.simultaneous] == ["same"]
    back = kinds(result, "backwards")
    assert {f.severity for f in back} == {"warning"}
    assert back[0].message["en"] == (
        "Goes back in time: “Title a” (Stage 2, step 3) → “Title earlier-stage” (Stage 1, step 5)"
    )
    assert "paso 3" in back[0].message["es"]
    (same,) = kinds(result, "simultaneous")
    assert same.severity == "info"
    assert same.connections == ("a-same-neg",)


# --------------------------------------------------------------------------- unreachable


def test_unreachable_touchpoints_hang_off_a_loop_without_entry():
    doc = make(
        [tp("e"), tp("f", "s2"), tp("x", "s2"), tp("y", "s2", step=1), tp("z", "s3")],
        [conn("e", "f"), conn("x", "y"), conn("y", "x"), conn("y", "z")],
    )
    result = analyze(doc)
    assert result.entries == ["e"]
    assert result.unreachable == ["x", "y", "z"]
    assert result.isolated == []
    assert {f.severity for f in kinds(result, "unreachable")} == {"warning"}


# --------------------------------------------------------------------------- channels, coverage


def test_digital_only_and_in_person_only_stages():
    doc = make(
        [
            tp("d1"),
            tp("d2", channel="mail"),
            tp("p1", "s2", channel="shop"),
            tp("m1", "s3"),
            tp("m2", "s3", channel="shop"),
        ]
    )
    result = analyze(doc)
    assert result.digital_only_stages == ["s1"]
    assert result.in_person_only_stages == ["s2"]
    (digital,) = kinds(result, "digital_only_stage")
    assert digital.touchpoints == ("d1", "d2")
    assert digital.message["en"].startswith("Digital-only stage: “Stage 1”")
    assert digital.message["es"].startswith("Etapa solo digital: “Stage 1”")
    (in_person,) = kinds(result, "in_person_only_stage")
    assert "its only touchpoint is in person" in in_person.message["en"]


def test_empty_stage_is_not_a_single_kind_stage():
    result = analyze(make([tp("a"), tp("b", channel="shop")]))
    assert result.digital_only_stages == result.in_person_only_stages == []


def test_coverage_counts_shares_and_measures():
    doc = make(
        [
            tp("a", metrics=TouchpointMetrics(nps=10, csat=80)),
            tp("b", metrics=TouchpointMetrics(nps=30, ces=2.5)),
            tp("c", channel="mail"),
            tp("d", channel="shop", moment_of_truth=True, emotion=1),
            tp("e", "s2", channel="shop"),
        ]
    )
    result = analyze(doc)
    s1, s2, s3 = result.coverage
    assert s1.by_channel == {"web": 2, "mail": 1, "shop": 1}
    assert (s1.digital, s1.in_person) == (3, 1)
    assert (s1.digital_share, s1.in_person_share) == (75.0, 25.0)
    assert (s1.nps, s1.csat, s1.ces) == (20.0, 80.0, 2.5)
    assert (s2.nps, s2.csat, s2.ces) == (None, None, None)
    assert s3.touchpoints == () and s3.digital_share is None
    assert (result.digital, result.in_person) == (3, 2)
    assert result.digital_share == 60.0
    assert result.moments_of_truth == ["d"]
    coverage = kinds(result, "coverage")
    assert len(coverage) == 4  # three stages and the whole map
    assert coverage[0].message["en"] == (
        "“Stage 1”: 4 touchpoints — 3 digital (75%), 1 in person (25%); NPS 20, CSAT 80, CES 2.5"
    )
    assert (
        coverage[0]
        .message["es"]
        .startswith("“Stage 1”: 4 puntos de contacto — 3 digitales (75 %), 1 presencial (25 %)")
    )
    assert coverage[-1].message["en"].startswith("Whole map: 5 touchpoints")
    data = result.to_json()["coverage"]
    assert data["digital_share"] == 60.0
    assert data["stages"][0]["channels"] == {"web": 2, "mail": 1, "shop": 1}
    assert data["stages"][1]["nps"] is None


# --------------------------------------------------------------------------- personas


def persona_map() -> Document:
    return make(
        [
            tp("ad", emotion=2, personas=["ana"]),
            tp("flyer", channel="shop", emotion=0, personas=["bo"]),
            tp("site", "s2", emotion=1),
            tp("call", "s2", step=1, channel="shop", emotion=-1, personas=["bo"]),
            tp("buy", "s3", emotion=1),
        ],
        [
            conn("ad", "site"),
            conn("flyer", "site"),
            conn("site", "buy"),
            conn("site", "call", "negative"),
            conn("call", "buy"),
            conn("flyer", "buy", "neutral", personas=["ana"]),  # ana does not live flyer
        ],
        personas=("ana", "bo"),
    )


def test_persona_filter_counts_only_what_the_persona_lives():
    doc = persona_map()
    whole = analyze(doc)
    assert whole.entries == ["ad", "flyer"]
    assert whole.friction == ["call"]
    assert whole.ideal_path == ["ad", "site", "buy"]

    ana = analyze(doc, "ana")
    assert ana.persona == "ana" and ana.persona_name == "Ana"
    assert ana.touchpoint_count == 3
    assert ana.connection_count == 2
    assert ana.entries == ["ad"]
    assert ana.friction == [] and ana.negative_paths == []
    assert ana.ideal_path == ["ad", "site", "buy"]
    assert all("flyer" not in f.touchpoints for f in ana.findings)

    bo = analyze(doc, "bo")
    assert bo.entries == ["flyer"]
    assert bo.friction == ["call"]
    assert bo.ideal_path == ["flyer", "site", "buy"]
    assert "flyer-buy-neu" not in {c for f in bo.findings for c in f.connections}
    assert bo.coverage[0].by_channel == {"web": 0, "mail": 0, "shop": 1}


def test_persona_that_lives_nothing_special_sees_what_everyone_lives():
    doc = persona_map()
    doc.personas.append(Persona(id="cy", name="Cy"))
    result = analyze(doc, "cy")
    assert result.touchpoint_count == 2  # site, buy
    assert result.entries == ["site"] and result.exits == ["buy"]


def test_unknown_persona_is_refused():
    with pytest.raises(UnknownPersonaError, match='no persona with id "nobody"'):
        analyze(persona_map(), "nobody")


# --------------------------------------------------------------------------- the whole result


def test_findings_come_in_category_order_with_both_languages():
    result = analyze(friction_map())
    order = [cat for cat, _ in CATEGORIES]
    positions = [order.index(f.category) for f in result.findings]
    assert positions == sorted(positions)
    for finding in result.findings:
        assert finding.severity in ("info", "warning", "problem")
        assert set(finding.message) == {"en", "es"}
        assert finding.message["en"] and finding.message["es"]
    # no lanes, no evidence
    assert set(result.by_category()) == set(order) - {"service_blueprint", "disagreements"}


def test_to_json_is_plain_json():
    result = analyze(friction_map())
    data = json.loads(json.dumps(result.to_json(), ensure_ascii=False))
    assert data["dead_ends"] == ["lost", "stuck", "end"]
    assert data["ideal_path"]["touchpoints"] == result.ideal_path
    assert data["negative_paths"][0] == {
        "connection": "start-lost-neg",
        "source": "start",
        "target": "lost",
        "label": "",
    }
    assert len(data["findings"]) == len(result.findings)
    assert data["severity_counts"] == result.counts()


def test_format_text_in_both_languages():
    result = analyze(friction_map())
    english = format_text(result, "en")
    spanish = format_text(result, "es")
    assert english.startswith("Analysis of “Test map” — whole map\n")
    assert spanish.startswith("Análisis de “Test map” — todo el mapa\n")
    for language, text in (("en", english), ("es", spanish)):
        for cat, label in CATEGORY_LABELS[language].items():
            # a map without lanes or evidence
            assert (label in text) == (cat not in ("service_blueprint", "disagreements"))
    assert "Dead end: “Title lost”" in english
    assert "Touchpoints per stage and channel" in english
    assert summary_line(result, "en") in english
    assert format_text(result, "es-MX") == spanish
    assert format_text(result, "fr") == english


def test_language_code():
    assert language_code("es") == language_code("es-AR") == "es"
    assert language_code("en-GB") == language_code("de") == "en"


def test_empty_map():
    doc = Document(
        title="Empty",
        stages=[Stage(id="s", name="S")],
        channels=[Channel(id="c", name="C", kind="digital")],
    )
    result = analyze(doc)
    assert result.touchpoint_count == result.connection_count == 0
    assert result.ideal_path == [] and result.entries == [] and result.isolated == []
    assert result.digital_share is None
    assert [f.kind for f in result.findings] == ["coverage", "coverage"]
    assert "none" in format_text(result)
    json.dumps(result.to_json())


# --------------------------------------------------------------------------- shared examples


def test_compra_online_example():
    doc = load(EXAMPLES / "compra-online.es.journey")
    result = analyze(doc)
    assert result.language == "es"
    assert {"carrito", "chatbot"} <= set(result.friction)
    assert ("carrito", "llamada") in {(link.source, link.target) for link in result.negative_paths}
    payment = next(link for link in result.negative_paths if link.source == "carrito")
    assert payment.label == "Falla el pago"
    assert result.ideal_path[0] in result.entries
    assert result.ideal_path[-1] == "comunidad"
    assert result.ideal_reaches_exit
    check_ideal_path_is_a_path(doc, result)
    assert result.dead_ends == ["devolucion"]
    assert result.unreachable == [] and result.isolated == []
    assert result.backwards == []
    assert set(result.entries) == {"ig-anuncio", "influencer", "recomendacion"}
    assert set(result.exits) == {"comunidad", "devolucion"}
    assert set(result.moments_of_truth) == {"catalogo", "carrito"}
    text = format_text(result, result.language)
    assert "Punto de fricción: “Carrito y formulario de pago”" in text
    assert "Punto de fricción: “Pregunta al chatbot por la talla”" in text
    assert (
        "Camino negativo: “Carrito y formulario de pago” → “Llamada al servicio de atención” "
        "(“Falla el pago”)"
    ) in text


@pytest.mark.parametrize("persona", ["lucia", "andres"])
def test_compra_online_per_persona(persona):
    doc = load(EXAMPLES / "compra-online.es.journey")
    result = analyze(doc, persona)
    assert result.ideal_path[-1] == "comunidad"
    check_ideal_path_is_a_path(doc, result)
    assert {"carrito", "chatbot"} <= set(result.friction)
    other = {"lucia": "recomendacion", "andres": "influencer"}[persona]
    assert all(other not in f.touchpoints for f in result.findings)


def test_feedback_subscription_example():
    doc = load(EXAMPLES / "feedback-subscription.en.journey")
    result = analyze(doc)
    assert result.language == "en"
    assert result.friction == ["checkout", "ticket"]
    assert [(link.source, link.target) for link in result.negative_paths] == [
        ("checkout", "ticket")
    ]
    assert result.dead_ends == []  # the ticket is solved: ticket -> community
    assert result.exits == ["survey"]
    assert result.ideal_path[-1] == "survey"
    check_ideal_path_is_a_path(doc, result)
    assert result.digital_only_stages == ["during"]
    assert [link.connection for link in result.simultaneous] == ["e3"]
    assert "Friction point: “Online checkout”" in format_text(result)


# --------------------------------------------------------------------------- big maps


def test_generated_map_of_2000_touchpoints():
    doc = generate_document(2000)
    for persona in (None, "persona-1"):
        result = analyze(doc, persona)
        check_ideal_path_is_a_path(doc, result)
        assert result.findings
        assert result.touchpoint_count <= 2000
        format_text(result)
        json.dumps(result.to_json(), ensure_ascii=False)


def test_long_chain_does_not_hit_the_recursion_limit():
    n = 5000
    doc = make(
        [tp(f"t{i}", "s1", step=i, emotion=1) for i in range(n)],
        [conn(f"t{i}", f"t{i + 1}") for i in range(n - 1)],
    )
    result = analyze(doc)
    assert len(result.ideal_path) == n
    assert result.ideal_emotion == n


@pytest.mark.parametrize("seed", range(5))
def test_generated_small_maps_never_crash(seed):
    for n in (0, 1, 2, 3, 10, 40):
        doc = generate_document(n, connections_per_touchpoint=2.5, seed=seed)
        result = analyze(doc)
        check_ideal_path_is_a_path(doc, result)
        for persona in doc.personas:
            check_ideal_path_is_a_path(doc, analyze(doc, persona.id))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_any_valid_document_is_analysed(doc):
    for persona in [None, *(p.id for p in doc.personas)]:
        result = analyze(doc, persona)
        check_ideal_path_is_a_path(doc, result)
        for language in ("en", "es"):
            format_text(result, language)
        json.dumps(result.to_json(), ensure_ascii=False)
