"""Fuzzing the loader: whatever the bytes, only LoadError may leave loads().

Every refusal must name at least one problem; every acceptance must give a
valid document that saves and loads back to itself.
"""

from __future__ import annotations

import base64
import copy
import json
import math
import struct
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from journeydesigner.fileio import LoadError, document_from_data, dumps, loads, parse_json
from journeydesigner.model import Document, find_problems
from journeydesigner.problems import CODES, LANGUAGES, Place
from tests.lane_maps import every_lane_kind

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
#: the examples, and an edition-2 map with lanes, notes and evidence
EXAMPLE_BYTES = [p.read_bytes() for p in sorted(EXAMPLES.glob("*.journey"))] + [
    (json.dumps(every_lane_kind(), indent=2, ensure_ascii=False) + "\n").encode("utf-8")]
EXAMPLE_DATA = [json.loads(raw) for raw in EXAMPLE_BYTES]
PATH = "fuzzed.journey"
#: Refusals of the JSON text that name their line and column (and path)
PLACED_IN_THE_TEXT = {"json.syntax", "json.constant", "json.number_too_large",
                      "json.duplicate_key", "json.integer_too_long", "json.too_deep",
                      "json.lone_surrogate"}

FUZZ = settings(
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def check_loads(raw: bytes) -> Document | None:
    """Load ``raw``; fail the test on anything but a document or a proper LoadError."""
    try:
        doc = loads(raw, PATH)
    except LoadError as error:
        assert error.problems, "a LoadError without problems"
        assert error.path == PATH
        for language in LANGUAGES:
            for line in error.lines(language):
                assert line.startswith(f"{PATH}: ")
                assert len(line) > len(f"{PATH}: ")
                assert "\n" not in line and "\r" not in line, "one line per problem"
                line.encode("utf-8")  # printable: no lone surrogates
        for problem in error.problems:
            assert problem.code in CODES and problem.code != "value.invalid", problem
            assert set(problem.params) == set(CODES[problem.code].params)
            assert isinstance(problem.place, Place)
            if problem.code in PLACED_IN_THE_TEXT:  # issue 13 item 11
                assert problem.place.line is not None and problem.place.column, problem
            assert isinstance(problem.message, str) and problem.message
        return None
    # Anything that is accepted must be a valid document that saves and loads back.
    assert isinstance(doc, Document)
    assert find_problems(doc) == []
    # ... and the careful path alone must accept it too, as the same document: the
    # one-pass loader may leave a file to it, never accept what it would refuse.
    careful = document_from_data(parse_json(raw))
    assert careful == doc
    assert dumps(careful) == dumps(doc)
    saved = dumps(doc)
    assert loads(saved, PATH) == doc
    assert dumps(loads(saved, PATH)) == saved
    return doc


def test_the_example_files_are_present():
    assert len(EXAMPLE_BYTES) >= 2, f"example files missing in {EXAMPLES}"


# --- random bytes ---------------------------------------------------------------------------


@settings(FUZZ, max_examples=150)
@given(st.binary(max_size=2000))
@example(b"")
@example(b"\x00")
@example(b"\xef\xbb\xbf")
@example(b"\xef\xbb\xbf{}")
@example(b"{}")
@example(b'{"format": "journeydesigner", "version": 1}')
def test_random_bytes(raw: bytes):
    check_loads(raw)


@settings(FUZZ, max_examples=100)
@given(st.text(alphabet='{}[]",:0123456789.eE+-truefalsnl \n\\u', max_size=300))
def test_json_looking_text(text: str):
    check_loads(text.encode("utf-8"))


# --- mutated example files ------------------------------------------------------------------


@st.composite
def mutated_examples(draw: st.DrawFn) -> bytes:
    raw = bytearray(draw(st.sampled_from(EXAMPLE_BYTES)))
    for _ in range(draw(st.integers(1, 4))):
        if not raw:
            break
        kind = draw(st.sampled_from(["flip", "set", "truncate", "insert", "delete", "repeat"]))
        at = draw(st.integers(0, len(raw) - 1))
        if kind == "flip":
            raw[at] ^= 1 << draw(st.integers(0, 7))
        elif kind == "set":
            raw[at] = draw(st.sampled_from(b'{}[]",:0-9\\\x00\xff\xc3e.'))
        elif kind == "truncate":
            del raw[at:]
        elif kind == "insert":
            raw[at:at] = draw(
                st.one_of(
                    st.binary(min_size=1, max_size=8),
                    st.sampled_from(
                        [
                            b"NaN",
                            b"1e999",
                            b"-",
                            b'"\\ud800"',
                            b"[[[[",
                            b"}",
                            b",",
                            b'"":1,',
                            b"true",
                            b"null",
                            b"\xed\xa0\x80",
                            b"\xc3",
                            b'\\"',
                        ]
                    ),
                )
            )
        elif kind == "delete":
            del raw[at : at + draw(st.integers(1, 16))]
        else:
            end = min(len(raw), at + draw(st.integers(1, 64)))
            raw[at:at] = raw[at:end]
    return bytes(raw)


@settings(FUZZ, max_examples=200)
@given(mutated_examples())
def test_mutated_example_bytes(raw: bytes):
    check_loads(raw)


# --- random JSON-like values ----------------------------------------------------------------


json_keys = st.one_of(
    st.sampled_from(
        [
            "format",
            "version",
            "title",
            "id",
            "name",
            "stages",
            "channels",
            "personas",
            "touchpoints",
            "connections",
            "stage",
            "channel",
            "source",
            "target",
            "kind",
            "polarity",
            "metrics",
            "nps",
            "ces",
            "step",
            "emotion",
            "image",
            "color",
            "lanes",
            "notes",
            "lane",
            "text",
            "quotes",
            "votes",
            "evidence",
            "low",
            "high",
            "from",
            "state",
            "emotion_labels",
            "",
            "\ud800",
            "a\nb",
        ]
    ),
    st.text(max_size=6),
)
json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.sampled_from([10**400, -(10**400), 2**63, -(2**63) - 1, 0, 1, 2, -1, 100, 101, 151]),
    st.floats(),  # NaN and infinities are written as NaN/Infinity tokens
    st.text(max_size=12),
    st.sampled_from(
        [
            "journeydesigner",
            "digital",
            "in_person",
            "positive",
            "proactive",
            "frontstage",
            "pain_points",
            "future",
            "2024-02-29",
            "#FFFFFF",
            "2026-01-01T00:00:00Z",
            "data:image/png;base64,iVBORw0KGgo=",
            "es",
            "x" * 300,
            "\udfff",
            "2026-01-01\nT00:00:00Z",
        ]
    ),
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(json_keys, inner, max_size=4),
    max_leaves=20,
)


@settings(FUZZ, max_examples=100)
@given(json_values)
def test_random_json_values(value: Any):
    check_loads(json.dumps(value).encode("utf-8"))


def paths_of(value: Any, prefix: tuple = ()) -> list[tuple]:
    """Every place in a JSON value, as a tuple of keys and indexes."""
    out = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            out += paths_of(child, (*prefix, key))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            out += paths_of(child, (*prefix, i))
    return out


@st.composite
def damaged_documents(draw: st.DrawFn) -> Any:
    """An example file with some values replaced, removed or added (structure-aware)."""
    data = copy.deepcopy(draw(st.sampled_from(EXAMPLE_DATA)))
    for _ in range(draw(st.integers(1, 3))):
        places = paths_of(data)
        place = draw(st.sampled_from(places))
        if not place:
            data = draw(json_values) if draw(st.integers(0, 20)) == 0 else data
            continue
        parent = data
        for step in place[:-1]:
            parent = parent[step]
        last = place[-1]
        action = draw(st.sampled_from(["replace", "replace", "remove", "add", "copy"]))
        if action == "replace":
            parent[last] = draw(json_values)
        elif action == "remove":
            del parent[last]
        elif action == "add" and isinstance(parent, dict):
            parent[draw(json_keys)] = draw(json_values)
        elif action == "add":
            parent.insert(last, draw(json_values))
        else:  # copy a sibling value over: duplicate ids, self-loops, shared references
            other = draw(
                st.sampled_from(
                    list(parent.keys() if isinstance(parent, dict) else range(len(parent)))
                )
            )
            parent[last] = copy.deepcopy(parent[other])
    return data


@settings(FUZZ, max_examples=200)
@given(damaged_documents(), st.booleans())
def test_damaged_example_documents(data: Any, ascii_only: bool):
    # lone surrogates go out as \\ud800 escapes, or (ensure_ascii=False) as invalid UTF-8
    check_loads(json.dumps(data, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass"))


EDGE_VALUES = [
    None,
    True,
    False,
    0,
    1,
    -1,
    2,
    3,
    -3,
    7,
    8,
    100,
    101,
    -100,
    -101,
    150,
    151,
    100_001,
    0.5,
    -0.0,
    1.0,
    7.000001,
    1e308,
    -1e308,
    5e-324,
    10**400,
    -(10**400),
    2**64,
    "",
    " ",
    "x" * 201,
    "é" * 20_001,
    "1",
    "true",
    "null",
    "#12345",
    "#ABCDEF",
    "-x",
    "a" * 65,
    "2026-11-22T09:00:00+01:00",
    "2026-13-01T00:00:00Z",
    "data:image/png;base64,abc",
    "data:image/gif;base64,R0lGODlh",
    "digital",
    "in_person",
    "positive",
    "neutral",
    "reactive",
    "antes",
    "web",
    "lucia",
    "checkout",
    "banner",
    "before",
    "site",
    "maya",
    "goals",
    "pains",
    "front",
    "till",
    "2024-03-31",
    "2023-02-29",
    "support",
    [],
    {},
    [None],
    [1],
    ["x"],
    {"id": "x"},
    # the classes of issue 13: rich text, huge fields and words, control characters,
    # odd base64 and pictures, timestamps other tools spell differently, blank names
    *(ISSUE_13_TEXTS := [
        '<img src="/etc/passwd">Maya',
        '<img src="/dev/zero">',
        "<b>bold</b> &amp; <a href='file:///etc/shadow'>x</a>",
        "W" * 20_000,
        "W" * 20_001,
        "word " * 4_000,
        "\x00\x07\x1b]0;title\x07\x1b[2J\x1b]52;c;aGk=\x07",
        "\u202e\u2066bidi\u2069 \ufffe\uffff \x7f\x85\x9b",
        "\u3000",
        "\x85",
        "\x1c\x1d",
        "\ufeff",
        "20240101T000000Z",
        "2024-01-01 00:00:00Z",
        "2024-W01-1T00:00:00Z",
        "2024-01-01t00:00:00z",
        "2024-02-29T00:00:00Z",
        "2023-02-29T00:00:00Z",
        "2026-11-22T09:00:00.123456789Z",
    ]),
    *(ISSUE_13_IMAGES := [
        "data:image/png;base64,iVBORw0KGgo===x",
        "data:image/png;base64,iVBORw0KGgo",
        "data:image/png;base64,iVBORw0KGgp=",
        "data:image/png;base64,iVBO Rw0K\nGgo=",
        "data:image/png;base64,iVBORw0KGgo=iVBO",
        "data:image/png;base64,iVBORw0KGgo-_==",
        # a PNG header claiming 13,300 × 13,300 pixels, and a JPEG claiming 65,535²
        "data:image/png;base64," + base64.b64encode(
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + struct.pack(">II", 13_300, 13_300)
            + b"\x08\x06\x00\x00\x00").decode(),
        "data:image/jpeg;base64," + base64.b64encode(
            b"\xff\xd8\xff\xc0\x00\x11\x08" + struct.pack(">HH", 65_535, 65_535)).decode(),
        "data:image/png;base64," + base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(2 << 20)).decode(),
    ]),
]


def leaves_of(value: Any) -> list[tuple]:
    return [p for p in paths_of(value) if not isinstance(lookup(value, p), dict | list)]


def lookup(value: Any, place: tuple) -> Any:
    for step in place:
        value = value[step]
    return value


@st.composite
def edited_leaves(draw: st.DrawFn) -> Any:
    """An example file with 1 to 5 of its scalar values replaced by edge cases."""
    data = copy.deepcopy(draw(st.sampled_from(EXAMPLE_DATA)))
    leaves = leaves_of(data)
    for _ in range(draw(st.integers(1, 5))):
        place = draw(st.sampled_from(leaves))
        old = lookup(data, place)
        same_type = [
            v for v in EDGE_VALUES if type(v) is type(old) or {type(v), type(old)} == {int, float}
        ]
        lookup(data, place[:-1])[place[-1]] = draw(
            st.one_of(st.sampled_from(same_type), st.sampled_from(EDGE_VALUES), json_scalars)
            if same_type
            else st.one_of(st.sampled_from(EDGE_VALUES), json_scalars)
        )
    return data


@settings(FUZZ, max_examples=250)
@given(edited_leaves())
def test_example_documents_with_edge_values(data: Any):
    check_loads(json.dumps(data, ensure_ascii=False).encode("utf-8", "surrogatepass"))


def test_non_finite_floats_reach_the_loader_as_tokens():
    raw = json.dumps({"x": math.nan, "y": math.inf}).encode()
    assert b"NaN" in raw and b"Infinity" in raw
    assert check_loads(raw) is None


# --- every class of issue 13, as whole documents (deterministic) --------------------------


def _example_with(place: tuple, value: Any) -> bytes:
    data = copy.deepcopy(EXAMPLE_DATA[0])
    lookup(data, place[:-1])[place[-1]] = value
    return json.dumps(data, ensure_ascii=False).encode("utf-8", "surrogatepass")


def _many(name: str, count: int) -> bytes:
    """The first example with copies of the first element of ``name`` (new ids) added
    until it holds ``count``."""
    data = copy.deepcopy(EXAMPLE_DATA[0])
    first = data[name][0]
    data[name] += [{**first, "id": f"x{i}"} for i in range(count - len(data[name]))]
    return json.dumps(data).encode()


_TEXT_PLACES = [("title",), ("description",), ("personas", 0, "name"), ("stages", 0, "name"),
                ("stages", 0, "color"), ("touchpoints", 0, "title"),
                ("touchpoints", 0, "pain_points"), ("connections", 0, "label"), ("created",)]
#: (label, the bytes, whether they open; None where that depends on the field).
ISSUE_13_DOCUMENTS: list[tuple[str, Any, bool | None]] = [
    *((f"{place}={text[:30]!r}", lambda p=place, t=text: _example_with(
        p, [t] if p[-1] == "pain_points" else t), None) for place in _TEXT_PLACES
      for text in ISSUE_13_TEXTS),
    # kept as they are, never decoded beyond their header (the two claiming huge sizes)
    *((f"image={url[:40]!r}", lambda u=url: _example_with(("personas", 0, "image"), u),
       i in (6, 7)) for i, url in enumerate(ISSUE_13_IMAGES)),
    ("101 stages", lambda: _many("stages", 101), False),
    ("100 personas", lambda: _many("personas", 100), True),
    ("10,001 touchpoints, counted in the text", lambda: _many("touchpoints", 10_001), False),
    ("over 64 MiB", lambda: b"{" + b" " * (64 << 20) + b"}", False),
    ("nested 65 deep", lambda: _example_with(("x-deep",), json.loads("[" * 65 + "]" * 65)),
     False),
    ("4,301 digits", lambda: EXAMPLE_BYTES[0].replace(b'"step": 0', b'"step": ' + b"9" * 4301, 1),
     False),
    ("NaN", lambda: EXAMPLE_BYTES[0].replace(b'"step": 0', b'"step": NaN', 1), False),
    ("a duplicate key",
     lambda: EXAMPLE_BYTES[0].replace(b'"step": 0', b'"step": 0, "step": 1', 1), False),
    ("1.0 for a step", lambda: _example_with(("touchpoints", 0, "step"), 1.0), False),
]


@pytest.mark.parametrize(("label", "make", "opens"), ISSUE_13_DOCUMENTS,
                         ids=[label for label, _, _ in ISSUE_13_DOCUMENTS])
def test_every_class_of_issue_13(label, make, opens):
    doc = check_loads(make())
    if opens is not None:
        assert (doc is not None) == opens
