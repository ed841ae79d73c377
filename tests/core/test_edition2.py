"""Edition 2 of the file (docs/file-format.md): lanes, notes, state, emotion labels,
quotes, votes and metrics evidence are read, checked with their places in English
and Spanish, and written back byte-stably; edition-1 files are untouched by them."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from journeydesigner.fileio import LoadError, _sound_document, dumps, loads
from journeydesigner.model import Document, LaneKind, MapState
from tests.lane_maps import every_lane_kind

REPO = Path(__file__).resolve().parents[2]
EDITION_2_KEYS = {"state", "emotion_labels", "lanes", "notes", "quotes", "votes", "evidence"}
#: every map of the repository written in edition 1 (the Spanish example as shared, before
#: it gained lanes, is kept in tests/edition1)
EDITION_1 = sorted(path for path in [*(REPO / "tests" / "examples").glob("*.journey"),
                                     *(REPO / "tests" / "edition1").glob("*.journey"),
                                     *(REPO / "resources" / "templates").glob("*.journey")]
                   if not EDITION_2_KEYS & set(json.loads(path.read_bytes())))


def encoded(data: dict[str, Any]) -> bytes:
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def keys_of(value: Any) -> set[str]:
    if isinstance(value, dict):
        return set(value).union(*map(keys_of, value.values()))
    if isinstance(value, list):
        return set().union(*map(keys_of, value))
    return set()


@pytest.mark.parametrize("path", EDITION_1, ids=lambda p: p.name)
def test_an_edition_1_file_gains_no_field_and_saves_stably(path: Path):
    raw = path.read_bytes()
    doc = loads(raw, path)
    saved = dumps(doc)
    assert json.loads(saved) == json.loads(raw)
    assert not keys_of(json.loads(saved)) & EDITION_2_KEYS
    assert dumps(loads(saved)) == saved
    if path.parent.name == "templates":  # written by JourneyDesigner: the very same bytes
        assert saved == raw


def test_an_edition_2_map_reads_and_saves_the_same_bytes():
    raw = encoded(every_lane_kind())
    doc = loads(raw, "lanes.journey")
    assert _sound_document(raw) is not None  # the one-pass loader takes it too
    assert dumps(doc) == raw
    assert doc.state is MapState.CURRENT
    assert [lane.kind for lane in doc.lanes] == list(LaneKind)
    assert doc.notes[0].step is None and doc.notes[1].step == 0
    ad = doc.touchpoint("ad")
    assert ad is not None and ad.votes == 3 and ad.quotes == ["I saw it everywhere"]
    proof = ad.metrics.evidence.csat
    assert proof is not None and (proof.n, proof.from_, proof.to) == (120, "2024-03-01",
                                                                      "2024-03-31")


def test_edition_2_fields_keep_their_unknown_fields():
    data = every_lane_kind()
    data["lanes"][0]["x_future"] = [1, {"a": None}]
    data["notes"][0]["x_future"] = "kept"
    data["touchpoints"][0]["metrics"]["evidence"]["x_future"] = True
    data["touchpoints"][0]["metrics"]["evidence"]["csat"]["x_future"] = 2
    raw = encoded(data)
    assert dumps(loads(raw)) == raw
    assert _sound_document(raw) is not None


def test_new_fields_are_written_after_the_edition_1_fields_in_the_page_s_order():
    doc = Document.model_validate(every_lane_kind())
    data = json.loads(dumps(doc))
    assert list(data)[-4:] == ["state", "emotion_labels", "lanes", "notes"]
    assert list(data["touchpoints"][0])[-3:] == ["metrics", "quotes", "votes"]
    assert list(data["touchpoints"][0]["metrics"]) == ["csat", "evidence"]
    assert list(data["touchpoints"][0]["metrics"]["evidence"]["csat"]) == [
        "n", "low", "high", "source", "from", "to"]


Mutation = Callable[[dict[str, Any]], Any]


def _evidence(data: dict[str, Any]) -> dict[str, Any]:
    return data["touchpoints"][0]["metrics"]["evidence"]


REFUSED: list[tuple[Mutation, str, str]] = [
    (lambda d: d["notes"][1].update(lane="pains"),
     'notes[1].lane: lane "pains" is computed (pain_points) and holds no notes',
     'notes[1].lane: el carril "pains" se calcula (pain_points) y no contiene notas'),
    (lambda d: d["notes"][1].update(lane="nope"),
     'notes[1].lane: no lane with id "nope"',
     'notes[1].lane: no hay ningún carril con el identificador "nope"'),
    (lambda d: d["notes"][2].update(touchpoints=["x"]),
     'notes[2].touchpoints[0]: no touchpoint with id "x"',
     'notes[2].touchpoints[0]: no hay ningún punto de contacto con el identificador "x"'),
    (lambda d: d["notes"][1].update(touchpoints=["till", "till"]),
     'notes[1].touchpoints[1]: touchpoint "till" is listed twice',
     'notes[1].touchpoints[1]: el punto de contacto "till" aparece dos veces'),
    (lambda d: d["notes"][1].update(personas=["bob"]),
     'notes[1].personas[0]: no persona with id "bob"',
     'notes[1].personas[0]: no hay ninguna persona con el identificador "bob"'),
    (lambda d: d["notes"][0].update(stage="after"),
     'notes[0].stage: no stage with id "after"',
     'notes[0].stage: no hay ninguna etapa con el identificador "after"'),
    (lambda d: d["notes"].append({"id": "ad", "lane": "goals", "stage": "before", "text": "x"}),
     'notes[4].id: id "ad" is already used by touchpoints[0]',
     'notes[4].id: el identificador "ad" ya lo usa touchpoints[0]'),
    (lambda d: d["lanes"].append({"id": "g1", "name": "Again", "kind": "notes"}),
     'notes[0].id: id "g1" is already used by lanes[6]',
     'notes[0].id: el identificador "g1" ya lo usa lanes[6]'),
    (lambda d: _evidence(d)["csat"].update(low=80),
     "touchpoints[0].metrics.evidence.csat: low 80 is above the value 71",
     "touchpoints[0].metrics.evidence.csat: el mínimo 80 está por encima del valor 71"),
    (lambda d: _evidence(d)["csat"].update(high=70.5),
     "touchpoints[0].metrics.evidence.csat: high 70.5 is below the value 71",
     "touchpoints[0].metrics.evidence.csat: el máximo 70,5 está por debajo del valor 71"),
    (lambda d: _evidence(d)["csat"].update(low=-1),
     "touchpoints[0].metrics.evidence.csat.low: must be from 0 to 100, not -1",
     "touchpoints[0].metrics.evidence.csat.low: debe estar entre 0 y 100, no -1"),
    (lambda d: _evidence(d).update(ces={"n": 3, "low": 2, "high": 3}),
     "touchpoints[0].metrics.evidence.ces: there is no ces value for this evidence",
     "touchpoints[0].metrics.evidence.ces: no hay ningún valor de ces para esta evidencia"),
    (lambda d: _evidence(d)["csat"].update({"from": "2024-04-01"}),
     "touchpoints[0].metrics.evidence.csat.to: to 2024-03-31 is before from 2024-04-01",
     "touchpoints[0].metrics.evidence.csat.to: la fecha final 2024-03-31 es anterior a la "
     "inicial 2024-04-01"),
    (lambda d: _evidence(d)["csat"].update({"to": "2024-02-30"}),
     'touchpoints[0].metrics.evidence.csat.to: "2024-02-30" is not a date of the form '
     "YYYY-MM-DD",
     'touchpoints[0].metrics.evidence.csat.to: "2024-02-30" no es una fecha de la forma '
     "AAAA-MM-DD"),
    (lambda d: _evidence(d)["csat"].update(n=0),
     "touchpoints[0].metrics.evidence.csat.n: Input should be greater than or equal to 1",
     "touchpoints[0].metrics.evidence.csat.n: debe ser mayor o igual que 1"),
    (lambda d: d.update(emotion_labels=["a", "b", "c"]),
     "emotion_labels: must hold 5 labels, not 3",
     "emotion_labels: debe tener 5 etiquetas, no 3"),
    (lambda d: d["emotion_labels"].__setitem__(2, "x" * 41),
     "emotion_labels[2]: must be 1 to 40 characters long (after trimming), not 41",
     "emotion_labels[2]: debe tener de 1 a 40 caracteres (sin contar los espacios de los "
     "extremos), no 41"),
    (lambda d: d.update(state="as-is"),
     "state: Input should be 'current' or 'future'",
     "state: debe ser 'current' o 'future'"),
    (lambda d: d["touchpoints"][0].update(votes=-1),
     "touchpoints[0].votes: Input should be greater than or equal to 0",
     "touchpoints[0].votes: debe ser mayor o igual que 0"),
    (lambda d: d["touchpoints"][0].update(votes=True),
     "touchpoints[0].votes: Input should be a valid integer",
     "touchpoints[0].votes: debe ser un número entero"),
    (lambda d: d["notes"][0].update(text=" \n "),
     "notes[0].text: must be 1 to 2000 characters long (after trimming), not 0",
     "notes[0].text: debe tener de 1 a 2000 caracteres (sin contar los espacios de los "
     "extremos), no 0"),
    (lambda d: d["lanes"][0].update(kind="goals"),
     "lanes[0].kind: Input should be 'notes', 'pain_points', 'opportunities', 'frontstage', "
     "'backstage' or 'support'",
     "lanes[0].kind: debe ser 'notes', 'pain_points', 'opportunities', 'frontstage', "
     "'backstage' o 'support'"),
    (lambda d: d.update(lanes=None),
     "lanes: Input should be a valid list", "lanes: debe ser una lista"),
]


@pytest.mark.parametrize(("mutate", "english", "spanish"), REFUSED,
                         ids=[english.split(":")[0] for _, english, _ in REFUSED])
def test_each_rule_of_edition_2_is_refused_with_its_place(mutate, english, spanish):
    data = every_lane_kind()
    mutate(data)
    with pytest.raises(LoadError) as refused:
        loads(encoded(data), "m.journey")
    assert refused.value.lines() == [f"m.journey: {english}"]
    assert refused.value.lines("es") == [f"m.journey: {spanish}"]


@pytest.mark.parametrize("absent", ["step", "state", "emotion_labels"])
def test_null_for_an_optional_field_without_default_reads_as_absent(absent: str):
    data = every_lane_kind()
    holder = data["notes"][1] if absent == "step" else data
    holder[absent] = None
    written = json.loads(dumps(loads(encoded(data))))
    assert absent not in (written["notes"][1] if absent == "step" else written)
