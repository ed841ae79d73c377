"""The one-pass loader (``fileio._sound_document``) against the careful one.

``loads`` first lets pydantic-core parse and validate the bytes in one pass and
keeps the result only if the file breaks no rule; any doubt sends the file down
the careful path, which words every refusal. These tests check both halves of
that bargain: sound files take the quick path and give the very document the
careful path gives, and every file the careful path refuses is left to it,
in particular the JSON-level faults pydantic-core does not see by itself
(duplicate keys, non-finite numbers, nesting deeper than 64 levels).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from pydantic import ValidationError

from journeydesigner import fileio
from journeydesigner.fileio import LoadError, dumps, loads
from journeydesigner.model import Document, _breaks_no_rule, _placed_problems, find_problems
from journeydesigner.sample import generate_document
from tests.core.test_format_rules import valid, with_unknown_fields
from tests.core.test_fuzz_loader import damaged_documents, json_values
from tests.strategies import documents

ROOT = Path(__file__).resolve().parents[2]
FILES = sorted((ROOT / "resources" / "templates").glob("*.journey")) + sorted(
    (ROOT / "tests" / "examples").glob("*.journey")
)
FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def careful(raw: bytes) -> Document:
    """The document of ``raw`` by the careful path alone."""
    with fileio._collector_paused():
        return fileio.document_from_data(fileio.parse_json(raw))


def keys_in(raw: bytes) -> int:
    """The number of keys in ``raw``, duplicates counted each time."""
    count = 0

    def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        nonlocal count
        count += len(pairs)
        return dict(pairs)

    json.loads(raw, object_pairs_hook=hook)
    return count


def assert_quick(raw: bytes) -> Document:
    """``raw`` takes the quick path and gives what the careful path gives."""
    doc = fileio._sound_document(raw)
    assert doc is not None, "a sound file should not need the careful path"
    slow = careful(raw)
    assert doc == slow
    assert dumps(doc) == dumps(slow)
    assert fileio._key_count(doc) == keys_in(raw.removeprefix(b"\xef\xbb\xbf"))
    return doc


def assert_left_to_careful_path(raw: bytes, message: str) -> None:
    assert fileio._sound_document(raw) is None
    with pytest.raises(LoadError) as info:
        loads(raw, "x.journey")
    assert any(message in line for line in info.value.lines()), info.value.lines()


def encode(data: Any, **options: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, **options).encode("utf-8")


# --- sound files take the quick path --------------------------------------------------------


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_templates_and_examples_take_the_quick_path(path):
    assert_quick(path.read_bytes())


@pytest.mark.parametrize("n", [0, 1, 40])
def test_generated_maps_take_the_quick_path(n):
    assert_quick(dumps(generate_document(n, connections_per_touchpoint=1.5, seed=n)))


def test_unknown_fields_at_every_level_take_the_quick_path():
    doc = assert_quick(encode(with_unknown_fields()))
    assert doc.touchpoints[2].__pydantic_extra__ == {"sla_hours": 24, "zz_last": False}


@pytest.mark.parametrize("group", ["channels", "personas", "connections"])
def test_an_unknown_field_named_metrics_takes_the_quick_path(group):
    data = with_unknown_fields()
    data[group][0]["metrics"] = {"nps": 5, "x": {"y": None}}
    doc = assert_quick(encode(data))
    assert getattr(doc, group)[0].metrics == data[group][0]["metrics"]


@pytest.mark.parametrize(
    "options",
    [
        {},
        {"indent": 2},
        {"separators": (",", ":")},
        {"separators": (" , ", " : ")},
        {"indent": "\t", "separators": (",\r\n", "\n:\t")},
    ],
    ids=["default", "indent", "compact", "spaced", "odd-blanks"],
)
def test_any_layout_takes_the_quick_path(options):
    data = with_unknown_fields()
    data["created"] = "2026-11-22T09:00:00Z"  # colons inside strings
    data["touchpoints"][0]["description"] = 'Nota : "ver" https://example.com/a:b'
    assert_quick(encode(data, **options))


def test_byte_order_mark_and_escapes_take_the_quick_path():
    raw = b"\xef\xbb\xbf" + encode(valid()).replace(
        b'"Compra online"', b'"Compra \\ud83d\\uded2 \\u003a \\"\\u003a"'
    )
    assert assert_quick(raw).title == 'Compra 🛒 : ":'


def test_nesting_up_to_the_limit_takes_the_quick_path():
    data = valid()
    data["touchpoints"][0]["x_deep"] = [[[]]]
    nested: Any = {}
    for _ in range(fileio.MAX_DEPTH - 4):  # the touchpoint's value is at depth 4
        nested = {"k": nested}
    data["touchpoints"][1]["x_deep"] = nested
    assert_quick(encode(data))


@FUZZ
@given(documents())
def test_valid_documents_take_the_quick_path(doc: Document):
    raw = dumps(doc)
    if fileio._sound_document(raw) is None:
        # the one leeway: text starting with a colon or holding a quote and a colon
        # looks like more keys than there are
        assert raw.count(b'":') + len(fileio._SPACED_KEY_END.findall(raw)) > keys_in(raw)
    else:
        assert assert_quick(raw) == doc


@pytest.mark.parametrize("text", [":", ": x", " :", 'a " : b', 'a ": b'])
def test_a_colon_after_a_quote_in_text_costs_only_time(text):
    """Such text makes the keys look more than they are: the careful path loads it."""
    data = valid()
    data["touchpoints"][0]["description"] = text
    raw = encode(data)
    assert fileio._sound_document(raw) is None
    assert loads(raw).touchpoints[0].description == text


# --- what pydantic-core lets through is left to the careful path ----------------------------


def object_at(data: Any, place: str) -> Any:
    for step in place.split("/") if place else []:
        data = data[int(step)] if step.isdigit() else data[step]
    return data


PLACES = [
    "",
    "stages/0",
    "stages/0/metrics",
    "channels/1",
    "channels/1/opening_hours",
    "personas/0",
    "touchpoints/2",
    "touchpoints/2/metrics",
    "connections/0",
    "z_first",
    "x_after/0/deep",
]
LAYOUTS = {
    "indent": {"indent": 2},
    "spaced": {"separators": (",", " : ")},
    "compact": {"separators": (",", ":")},
}


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("layout", LAYOUTS.values(), ids=LAYOUTS)
@pytest.mark.parametrize("colons_in_text", [False, True])
def test_duplicate_keys_are_left_to_the_careful_path(place, layout, colons_in_text):
    data = with_unknown_fields()
    if colons_in_text:  # a plain count of colons then proves nothing
        data["created"] = "2026-11-22T09:00:00Z"
        data["touchpoints"][0]["description"] = "Nota : https://example.com/a:b"
    target = object_at(data, place)
    target["DUPLICATE"] = "first"
    target["DUPLICATE_TOO"] = {"second": 2}
    raw = encode(data, **layout).replace(b'"DUPLICATE_TOO"', b'"DUPLICATE"')
    assert_left_to_careful_path(raw, 'key "DUPLICATE" appears twice in one object')


@pytest.mark.parametrize("place", PLACES)
def test_a_key_repeated_with_the_same_value_is_left_to_the_careful_path(place):
    data = with_unknown_fields()
    target = object_at(data, place)
    key = next(iter(target))
    raw = encode(data)
    pair = encode({key: target[key]})[1:-1]  # "key": value, as written in raw
    assert raw.count(pair) >= 1
    raw = raw.replace(pair, pair + b", " + pair, 1)
    assert_left_to_careful_path(raw, "appears twice in one object")


@pytest.mark.parametrize("token", [b"NaN", b"Infinity", b"-Infinity", b"1e999", b"-1e400"])
@pytest.mark.parametrize("place", PLACES)
def test_non_finite_numbers_in_unknown_fields_are_left_to_the_careful_path(token, place):
    data = with_unknown_fields()
    object_at(data, place)["x_number"] = [{"v": 12345.5}]
    raw = encode(data).replace(b"12345.5", token)
    assert_left_to_careful_path(raw, "number")


@pytest.mark.parametrize("metric", [b"NaN", b"Infinity", b"1e999"])
def test_non_finite_metrics_are_left_to_the_careful_path(metric):
    data = valid()
    data["touchpoints"][1]["metrics"] = {"csat": 12345.5}
    raw = encode(data).replace(b"12345.5", metric)
    assert_left_to_careful_path(raw, "number")


@pytest.mark.parametrize("levels", [1, 2, 50, 150, 300])
@pytest.mark.parametrize("place", ["", "touchpoints/0", "stages/0/metrics"])
def test_nesting_too_deep_is_left_to_the_careful_path(levels, place):
    data = valid()
    if place == "stages/0/metrics":
        data["stages"][0]["metrics"] = {}
    depth = {"": 1, "touchpoints/0": 3, "stages/0/metrics": 4}[place]
    nested: Any = 0
    for _ in range(fileio.MAX_DEPTH - depth + levels - 1):
        nested = [nested]
    object_at(data, place)["x_deep"] = nested
    raw = encode(data)
    assert_left_to_careful_path(raw, "nested")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ((b'"Compra online"', b'"\\ud800"'), "unpaired surrogate"),
        ((b'"Compra online"', b'"caf\xe9"'), "not valid UTF-8"),
        ((b'"version": 1', b'"version": 2'), "newer version"),
        ((b'"version": 1,', b""), "version: required field is missing"),
        ((b'"format": "journeydesigner",', b""), "format must be"),
        ((b'"stage": "antes"', b'"stage": "nowhere"'), 'no stage with id "nowhere"'),
        ((b'"title": "Compra online"', b'"title": "Compra online", "x": 1,'), "not valid JSON"),
    ],
)
def test_other_faults_are_left_to_the_careful_path(change, message):
    raw = encode(valid()).replace(*change, 1)
    assert_left_to_careful_path(raw, message)


# --- the quick rule check agrees with the full one ------------------------------------------


@FUZZ
@given(damaged_documents())
def test_the_quick_rule_check_agrees_with_the_full_one(data: Any):
    try:
        doc = Document.model_validate(data)
    except ValidationError:  # not a document at all: nothing to compare
        return
    assert _breaks_no_rule(doc) == (not _placed_problems(doc))
    assert find_problems(doc) == _placed_problems(doc)


@FUZZ
@given(documents(), json_values)
def test_key_count_counts_every_key_once(doc: Document, value: Any):
    data = json.loads(dumps(doc))
    data["x_value"] = value
    if data["touchpoints"]:
        data["touchpoints"][-1]["x_value"] = {"nested": [value, {"again": value}]}
    raw = json.dumps(data).encode("ascii")
    try:
        parsed = Document.model_validate_json(raw)
    except ValidationError:  # e.g. a lone surrogate
        return
    assert fileio._key_count(parsed) in (None, keys_in(raw))
