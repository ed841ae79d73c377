"""The shared example files load cleanly and survive save → load unchanged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from journeydesigner.fileio import dumps, load, loads, save
from journeydesigner.model import find_problems

#: copies of the project's shared examples (../shared/examples), kept in the repository
#: so the suite runs from any clone.
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
NAMES = ["compra-online.es.journey", "feedback-subscription.en.journey"]


def test_the_shared_examples_exist():
    assert EXAMPLES.is_dir(), f"{EXAMPLES} is missing"
    present = sorted(p.name for p in EXAMPLES.glob("*.journey"))
    assert set(NAMES) <= set(present), present


@pytest.mark.parametrize("name", NAMES)
def test_example_loads_without_problems(name):
    doc = load(EXAMPLES / name)
    assert find_problems(doc) == []
    assert doc.stages and doc.channels and doc.touchpoints
    assert doc.language == name.split(".")[1]


@pytest.mark.parametrize("name", NAMES)
def test_example_save_then_load_gives_the_same_document(name, tmp_path):
    original = EXAMPLES / name
    doc = load(original)
    copy = tmp_path / name
    save(doc, copy)
    assert load(copy) == doc
    # nothing lost or changed: the saved data equals the original data
    # (the example files themselves need not be in the canonical key order)
    assert json.loads(copy.read_bytes()) == json.loads(original.read_bytes())
    # saving again gives the same bytes
    first = copy.read_bytes()
    save(load(copy), copy)
    assert copy.read_bytes() == first
    assert dumps(loads(first)) == first


@pytest.mark.parametrize("name", NAMES)
def test_example_is_valid_utf8_json_with_the_format_header(name):
    raw = (EXAMPLES / name).read_bytes()
    data = json.loads(raw.decode("utf-8"))
    assert (data["format"], data["version"]) == ("journeydesigner", 1)
