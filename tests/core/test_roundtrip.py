"""Property tests: any valid document survives save → load unchanged, byte-stably."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings

from journeydesigner.fileio import dumps, load, loads, save
from journeydesigner.model import Document, find_problems
from tests.strategies import documents

SETTINGS = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@SETTINGS
@given(documents())
def test_save_then_load_gives_the_same_document_and_the_same_bytes(doc: Document):
    assert find_problems(doc) == []  # the strategy makes only valid documents
    first = dumps(doc)
    again = loads(first, "generated.journey")
    assert again == doc
    assert again.__pydantic_extra__ == doc.__pydantic_extra__
    for a, b in zip(again.touchpoints, doc.touchpoints, strict=True):
        assert a.__pydantic_extra__ == b.__pydantic_extra__
        assert a.metrics == b.metrics
    # saving twice, also after a reload, gives the same bytes
    assert dumps(doc) == first
    assert dumps(again) == first
    assert json.loads(first) == json.loads(dumps(again))


@settings(max_examples=50, deadline=None, suppress_health_check=list(HealthCheck))
@given(doc=documents(max_touchpoints=4))
def test_save_then_load_through_real_files(tmp_path_factory, doc: Document):
    folder = tmp_path_factory.mktemp("roundtrip")
    path = folder / "map.journey"
    save(doc, path)
    first = path.read_bytes()
    assert load(path) == doc
    save(load(path), path)
    assert path.read_bytes() == first
    assert (folder / "map.journey.bak").read_bytes() == first
    assert sorted(p.name for p in folder.iterdir()) == ["map.journey", "map.journey.bak"]
