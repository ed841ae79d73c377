"""The JSON Schema and the loader agree (issue 13, item 14).

An independent validator (the ``jsonschema`` package, with format checking, and
ECMA-262 regular expressions from ``regress``, as JSON Schema prescribes: Python's
``re`` reads ``$`` and ``\\s`` differently) runs ``journeydesigner schema`` over the
examples, the templates, random valid maps and a corpus of edge and hostile
documents; each must be accepted by both or refused by both. What a schema cannot
say is listed in docs/file-format-notes.md and checked apart, below.
"""

from __future__ import annotations

import base64
import copy
import itertools
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import regress
from hypothesis import HealthCheck, given, settings

from journeydesigner.fileio import LoadError, loads
from journeydesigner.limits import MAX_COUNTS
from journeydesigner.model import MAX_IMAGE_BYTES, MAX_TEXT
from journeydesigner.patterns import WHITESPACE_CLASS
from journeydesigner.schema import journey_schema

from ..strategies import documents

ROOT = Path(__file__).resolve().parents[2]
CORPUS_FILES = sorted((ROOT / "tests" / "examples").glob("*.journey")) + sorted(
    (ROOT / "resources" / "templates").glob("*.journey")
)
PNG = b"\x89PNG\r\n\x1a\n"
JPEG = b"\xff\xd8\xff"


def _ecma_pattern(validator, pattern, instance, schema):
    """The ``pattern`` keyword with ECMA-262 semantics (unicode mode), not Python's."""
    if validator.is_type(instance, "string") and regress.Regex(pattern, "u").find(instance) is None:
        yield jsonschema.ValidationError(f"{instance[:80]!r} does not match {pattern[:80]!r}")


_Validator = jsonschema.validators.extend(
    jsonschema.Draft202012Validator, {"pattern": _ecma_pattern}
)
VALIDATOR = _Validator(journey_schema(), format_checker=_Validator.FORMAT_CHECKER)


def schema_accepts(data: Any) -> bool:
    return VALIDATOR.is_valid(data)


def app_accepts(data: Any) -> bool:
    try:
        loads(json.dumps(data).encode("utf-8"), "corpus.journey")
    except LoadError:
        return False
    return True


def test_the_validator_checks_formats_and_reads_patterns_as_ecma_262():
    # without rfc3339-validator, jsonschema skips "date-time" silently
    checker = _Validator.FORMAT_CHECKER
    assert not checker.conforms("2024-02-30T00:00:00Z", "date-time")
    assert checker.conforms("2024-02-29T00:00:00Z", "date-time")
    # Python's re lets "$" match before a final line break; ECMA-262 does not
    ids = {"type": "string", "pattern": "^[a-z]+$"}
    assert not _Validator(ids).is_valid("abc\n") and _Validator(ids).is_valid("abc")
    assert jsonschema.Draft202012Validator(ids).is_valid("abc\n")  # what the plain one does


def test_the_blank_characters_of_the_schema_are_those_the_loader_trims():
    import re

    blanks = set(re.findall(f"[{WHITESPACE_CLASS}]", "".join(map(chr, range(0x110000)))))
    assert blanks == {chr(c) for c in range(0x110000) if chr(c).isspace()}


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_examples_and_templates_pass_the_schema(path):
    data = json.loads(path.read_text("utf-8"))
    assert app_accepts(data)
    errors = [e.message[:200] for e in VALIDATOR.iter_errors(data)]
    assert errors == []


@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(documents())
def test_random_valid_maps_pass_the_schema(doc):
    data = doc.to_json_data()
    assert app_accepts(data)
    assert [e.message[:200] for e in VALIDATOR.iter_errors(data)] == []


# --- a corpus of edge and hostile documents ---------------------------------------------------

BASE: dict[str, Any] = {
    "format": "journeydesigner",
    "version": 1,
    "title": "Compra online",
    "description": "Una descripción",
    "language": "es",
    "created": "2026-11-22T09:00:00Z",
    "modified": "2026-11-22T09:30:00.5+00:00",
    "stages": [
        {"id": "antes", "name": "Antes", "color": "#4C78A8", "questions": ["¿Cómo?"],
         "metrics": {"conversion_rate": 12.5, "retention_rate": 80}},
        {"id": "durante", "name": "Durante"},
        {"id": "libre", "name": "Sin tarjetas"},
    ],
    "channels": [
        {"id": "web", "name": "Web", "kind": "digital", "color": "#f58518"},
        {"id": "tienda", "name": "Tienda", "kind": "in_person"},
    ],
    "personas": [
        {"id": "lucia", "name": "Lucía", "age": 34, "goals": ["Comprar rápido"],
         "image": "data:image/png;base64," + base64.b64encode(PNG + b"1234").decode()},
        {"id": "andres", "name": "Andrés"},
    ],
    "touchpoints": [
        {"id": "anuncio", "title": "Anuncio", "stage": "antes", "channel": "web", "step": 0,
         "emotion": 1, "personas": ["lucia"], "direct": False, "controllable": True,
         "initiative": "proactive", "moment_of_truth": True, "owner": "Marketing",
         "pain_points": ["Lento"], "opportunities": ["Chat"], "tags": ["ads"],
         "metrics": {"nps": -20, "csat": 75.5, "ces": 3}},
        {"id": "caja", "title": "Caja", "stage": "durante", "channel": "tienda", "step": 1,
         "emotion": None},
    ],
    "connections": [
        {"id": "c1", "source": "anuncio", "target": "caja", "polarity": "positive",
         "label": "sigue", "personas": ["andres"]},
    ],
}
DELETE = object()


def mutated(changes: dict[tuple[Any, ...], Any]) -> dict[str, Any]:
    """``BASE`` with each path (keys and indexes) set to its value, or deleted."""
    data = copy.deepcopy(BASE)
    for path, value in changes.items():
        parent = data
        for step in path[:-1]:
            parent = parent[step]
        if value is DELETE:
            del parent[path[-1]]
        else:  # a copy: a later path may change what it holds
            parent[path[-1]] = copy.deepcopy(value)
    return data


def image(kind: str, body: bytes) -> str:
    magic = PNG if kind == "png" else JPEG
    return f"data:image/{kind};base64," + base64.b64encode(magic + body).decode()


def _payload_of(size: int) -> bytes:
    return b"\0" * (size - len(PNG))


BLANKS = [chr(c) for c in range(0x110000) if chr(c).isspace()]
NAME_VALUES = [
    "", *BLANKS, "".join(BLANKS), "\ufeff", "\u200b", "x", " x ", "\x00", "\x1bx",
    "<img src=\"/etc/passwd\">", "x" * 120, "x" * 121, "  " + "x" * 120 + "\n\t",
    " " + "x" * 121, "😀" * 120, "😀" * 121, "e\u0301" * 60, None, 5, ["x"],
]
TITLE_VALUES = ["x" * 200, "x" * 201, "\u3000" + "y" * 200 + "\u3000", "\x85", "\x85z"]
TEXT_VALUES = ["", "x" * MAX_TEXT, "x" * (MAX_TEXT + 1), "a\x00\x01\uffff", None, 1,
               "word" * (MAX_TEXT // 4), "<b>rich</b>"]
TIMESTAMPS = [
    "2026-11-22T09:00:00Z", "2026-11-22T09:00:00+00:00", "2026-11-22T09:00:00.123456789Z",
    "2024-02-29T23:59:59Z", "2000-02-29T00:00:00Z", "2023-02-29T00:00:00Z",
    "1900-02-29T00:00:00Z", "2024-04-31T00:00:00Z", "2024-04-30T00:00:00Z",
    "0000-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
    "2024-01-01T24:00:00Z", "2024-01-01T23:59:60Z", "2024-01-01T23:60:00Z",
    "2024-13-01T00:00:00Z", "2024-00-10T00:00:00Z", "2024-01-00T00:00:00Z",
    "20240101T000000Z", "2024-01-01 00:00:00Z", "2024-W01-1T00:00:00Z", "2024-001T00:00:00Z",
    "2024-01-01t00:00:00z", "2024-01-01T00:00:00z", "2024-01-01t00:00:00Z",
    "2024-01-01T00:00:00+01:00", "2024-01-01T00:00:00-00:00", "2024-01-01T00:00:00",
    "2024-01-01T00:00Z", "2024-01-01", "2024-01-01T00:00:00Z\n", "\n2024-01-01T00:00:00Z",
    "٢٠٢٤-01-01T00:00:00Z", "2024-01-01T00:00:00.Z", "2024-01-01T00:00:00,5Z",
    "2024-01-01T00:00:00." + "0" * 44 + "Z", "2024-01-01T00:00:00." + "0" * 45 + "Z",
    "+2024-01-01T00:00:00Z", "yesterday", "", None, 1732266000,
]
IDS = ["nuevo", "a" * 64, "a" * 65, "-a", "_a", "a.b-c_d", "a\n", "a b", "é", "", None, 1, "9"]
INTEGERS = [0, 1, -1, 2, 3, -3, 150, 151, 100_000, 100_001, 10**30, 1.5, True, "1", None]
NUMBERS = [0, -100, 100, 100.5, -100.5, 1, 7, 0.99, 7.01, 50.25, 10**30, True, "5", None]
IMAGES = [
    image("png", b""), image("png", b"x"), image("png", b"xy"), image("png", b"xyz"),
    image("jpeg", b""), image("jpeg", b"\xe0rest"), image("png", _payload_of(MAX_IMAGE_BYTES)),
    image("png", _payload_of(MAX_IMAGE_BYTES + 1)), image("png", _payload_of(MAX_IMAGE_BYTES - 1)),
    image("png", _payload_of(MAX_IMAGE_BYTES - 2)), image("jpeg", _payload_of(MAX_IMAGE_BYTES)),
    image("jpeg", _payload_of(MAX_IMAGE_BYTES + 2)), image("png", JPEG), image("jpeg", PNG),
    "data:image/png;base64," + base64.b64encode(JPEG + b"x" * 9).decode(),
    "data:image/gif;base64,R0lGODlh", "data:image/png;base64,", "data:image/jpeg;base64,/9j",
    image("png", b"xyzw") + "===x", image("png", b"xyzw").rstrip("="), image("png", b"1\n2"),
    image("png", b"xyzw") + "\n", image("png", b"abc")[:30] + " " + image("png", b"abc")[30:],
    image("png", b"x")[:-2] + "N=", image("png", b"xy")[:-3] + "Rg==",
    image("png", b"\xfb\xff") .replace("+", "-").replace("/", "_"),
    "DATA:IMAGE/PNG;BASE64," + base64.b64encode(PNG).decode(), "https://x/y.png", "", None,
]
EXTRA = {"x-tool": {"nested": [1, 2.5, None, True, {"a": "b"}]}, "x-notes": "kept"}
#: Edition 2 over ``BASE``: a state, labels, a lane that holds notes and a computed one,
#: a note, quotes, votes and evidence (each case below changes one of them).
EDITION_2: dict[tuple[Any, ...], Any] = {
    ("state",): "current",
    ("emotion_labels",): ["Fatal", "Mal", "Normal", "Bien", "Genial"],
    ("lanes",): [{"id": "metas", "name": "Metas", "kind": "notes"},
                 {"id": "dolores", "name": "Dolores", "kind": "pain_points", "color": "#E15759"}],
    ("notes",): [{"id": "n1", "lane": "metas", "stage": "antes", "step": 0, "text": "Comprar",
                  "color": "#59A14F", "personas": ["lucia"], "touchpoints": ["anuncio"]}],
    ("touchpoints", 0, "quotes"): ["¡Qué rápido!"],
    ("touchpoints", 0, "votes"): 2,
    ("touchpoints", 0, "metrics", "evidence"): {"csat": {
        "n": 10, "low": 70, "high": 80, "source": "encuesta.csv", "from": "2024-01-01",
        "to": "2024-01-31"}},
}
EVIDENCE = ("touchpoints", 0, "metrics", "evidence", "csat")


def _many(name: str, count: int) -> list[dict[str, Any]]:
    make = {"stages": lambda i: {"id": f"s{i}", "name": "S"},
            "channels": lambda i: {"id": f"h{i}", "name": "H", "kind": "digital"},
            "personas": lambda i: {"id": f"p{i}", "name": "P"},
            "touchpoints": lambda i: {"id": f"t{i}", "title": "T", "stage": "antes",
                                      "channel": "web", "step": 0, "emotion": None},
            "lanes": lambda i: {"id": f"l{i}", "name": "L", "kind": "notes"},
            "notes": lambda i: {"id": f"n{i}", "lane": "l0", "stage": "antes", "text": "N"},
            }[name]
    return [make(i) for i in range(count)]


def _at_limit(name: str, extra: int) -> dict[tuple[Any, ...], Any]:
    """``BASE`` with ``name`` holding its limit plus ``extra`` elements, references kept."""
    count = MAX_COUNTS[name] + extra
    if name == "notes":
        return {("lanes",): _many("lanes", 1), (name,): _many(name, count)}
    if name != "connections":
        given = BASE.get(name, [])
        return {(name,): given + _many(name, count - len(given))}
    ends = [f"t{i}" for i in range(100)]  # 100 × 99 × 3 distinct connections
    triples = itertools.islice(
        ((a, b, p) for a, b in itertools.permutations(ends, 2)
         for p in ("positive", "negative", "neutral")), count)
    return {("touchpoints",): BASE["touchpoints"] + _many("touchpoints", len(ends)),
            (name,): [{"id": f"k{i}", "source": a, "target": b, "polarity": p}
                      for i, (a, b, p) in enumerate(triples)]}


def _corpus() -> list[tuple[str, dict[tuple[Any, ...], Any]]]:
    cases: list[tuple[str, dict[tuple[Any, ...], Any]]] = [("base", {})]

    def each(label: str, path: tuple[Any, ...], values: list[Any]) -> None:
        cases.extend((f"{label}={value!r:.40}", {path: value}) for value in values)

    for field in ("format", "version", "title", "stages", "channels", "connections",
                  "description", "language", "created"):
        cases.append((f"no {field}", {(field,): DELETE}))
    cases.append(("no personas", {("personas",): DELETE, ("touchpoints", 0, "personas"): [],
                                  ("connections", 0, "personas"): []}))
    cases.append(("no touchpoints or connections",
                  {("touchpoints",): DELETE, ("connections",): DELETE}))
    each("format", ("format",), ["JourneyDesigner", "journeydesigner ", 1, None, ""])
    each("version", ("version",), [0, 2, -1, "1", True, None, 10**40])
    each("title", ("title",), NAME_VALUES + TITLE_VALUES)
    each("description", ("description",), TEXT_VALUES)
    each("language", ("language",), ["en", "es-MX", "zh-Hant-TW", "en\n", "e", "en_US", "",
                                     "abcdefgh-abcdefgh-abcdefgh-abcdefgh",
                                     "abcdefgh-abcdefgh-abcdefgh-abcdefgh-a", "abcdefghi",
                                     "en-", "ｅｎ", None])
    each("created", ("created",), TIMESTAMPS)
    each("modified", ("modified",), ["2026-11-22T09:00:00+01:00", None])
    each("stages", ("stages",), [[], None, {}, "antes"])
    each("channels", ("channels",), [[], None])
    each("personas", ("personas",), [None])
    for name in MAX_COUNTS:
        cases.append((f"{name} at the limit", _at_limit(name, 0)))
        cases.append((f"{name} beyond the limit", _at_limit(name, 1)))
    # a stage no touchpoint names, so its id may change
    each("stage id", ("stages", 2, "id"), IDS)
    each("stage name", ("stages", 0, "name"), NAME_VALUES)
    each("stage description", ("stages", 0, "description"), TEXT_VALUES)
    each("stage color", ("stages", 0, "color"),
         ["#000000", "#AbCdEf", "#12345g", "#1234567", "#123456\n", "123456", "", None, 1])
    each("stage questions", ("stages", 0, "questions"),
         [[], ["x" * MAX_TEXT], ["x" * (MAX_TEXT + 1)], [1], [None], None, "q"])
    each("conversion", ("stages", 0, "metrics", "conversion_rate"),
         [0, 100, 100.01, -0.01, 55.5, True, "5", None, 10**30])
    each("stage metrics", ("stages", 0, "metrics"), [{}, None, {"x-other": 1}, []])
    each("channel kind", ("channels", 0, "kind"),
         ["digital", "in_person", "Digital", "in-person", "", None])
    each("channel name", ("channels", 1, "name"), ["", " ", "x" * 121, "Web"])
    each("persona age", ("personas", 0, "age"), INTEGERS)
    each("persona image", ("personas", 0, "image"), IMAGES)
    each("persona goals", ("personas", 0, "goals"), [[], ["x" * (MAX_TEXT + 1)], [2], None])
    each("persona name", ("personas", 1, "name"), ["\u2003", "Ana"])
    each("step", ("touchpoints", 0, "step"), INTEGERS)
    each("emotion", ("touchpoints", 0, "emotion"), INTEGERS)
    each("touchpoint title", ("touchpoints", 0, "title"), NAME_VALUES + TITLE_VALUES)
    each("touchpoint personas", ("touchpoints", 0, "personas"),
         [[], ["lucia", "andres"], ["lucia", "lucia"], ["bad id"], None, "lucia"])
    for flag in ("direct", "controllable", "moment_of_truth"):
        each(flag, ("touchpoints", 0, flag), [True, False, 1, 0, "true", None])
    each("initiative", ("touchpoints", 0, "initiative"),
         ["proactive", "reactive", "Proactive", "", None, 1])
    each("owner", ("touchpoints", 0, "owner"), ["x" * 200, "x" * 201, "", None])
    each("tags", ("touchpoints", 0, "tags"), [["x" * 200], ["x" * 201], [""], None])
    each("pain points", ("touchpoints", 0, "pain_points"), [["x" * (MAX_TEXT + 1)], [None]])
    for metric in ("nps", "csat", "ces"):
        each(metric, ("touchpoints", 0, "metrics", metric), NUMBERS)
    each("touchpoint metrics", ("touchpoints", 0, "metrics"), [{}, None, {"other": "x"}])
    each("polarity", ("connections", 0, "polarity"),
         ["positive", "negative", "neutral", "Positive", "decision", None])
    each("label", ("connections", 0, "label"), ["x" * 500, "x" * 501, "", None])
    each("connection personas", ("connections", 0, "personas"),
         [["andres", "andres"], ["lucia", "andres"], [], None])
    each("connection id", ("connections", 0, "id"), IDS)
    _edition_2_cases(cases)
    # unknown fields are kept at every level, whatever they hold
    for path in ((), ("stages", 0), ("channels", 0), ("personas", 0), ("touchpoints", 0),
                 ("touchpoints", 0, "metrics"), ("stages", 0, "metrics"), ("connections", 0)):
        cases.append((f"extra at {path}", {(*path, key): value for key, value in EXTRA.items()}))
    for path in (("lanes", 0), ("notes", 0), EVIDENCE[:-1], EVIDENCE):
        cases.append((f"extra at {path}", {**EDITION_2, **{(*path, key): value
                                                          for key, value in EXTRA.items()}}))
    cases.append(("top level", {}))
    return cases


def _edition_2_cases(cases: list[tuple[str, dict[tuple[Any, ...], Any]]]) -> None:
    """Each field of edition 2 with good and bad values, over :data:`EDITION_2`."""
    def each(label: str, path: tuple[Any, ...], values: list[Any]) -> None:
        cases.extend((f"{label}={value!r:.40}", {**EDITION_2, path: value}) for value in values)

    cases.append(("edition 2", EDITION_2))
    for field in ("notes", "state", "emotion_labels"):
        cases.append((f"edition 2 without {field}",
                      {path: value for path, value in EDITION_2.items() if path != (field,)}))
    labels = EDITION_2[("emotion_labels",)]
    each("state", ("state",), ["current", "future", "Current", "as-is", "", None, 1])
    each("emotion labels", ("emotion_labels",),
         [labels[:4], [*labels, "Más"], [], ["x" * 40] * 5, ["x" * 41, *labels[1:]],
          [" ", *labels[1:]], [" x ", *labels[1:]], [1, *labels[1:]], None, "x"])
    each("lane kind", ("lanes", 1, "kind"),
         ["notes", "pain_points", "opportunities", "frontstage", "backstage", "support",
          "Notes", "goals", "", None])
    each("holding lane kind", ("lanes", 0, "kind"), ["frontstage", "backstage", "support"])
    each("lane name", ("lanes", 1, "name"), ["", " ", "x" * 120, "x" * 121, None])
    each("lane id", ("lanes", 1, "id"), IDS)
    each("lane color", ("lanes", 0, "color"), ["#abcdef", "#abcdeg", None, ""])
    each("note text", ("notes", 0, "text"),
         ["", " ", "x" * 2000, "x" * 2001, " " + "x" * 2000 + "\n", None, 1])
    each("note step", ("notes", 0, "step"), [*INTEGERS, DELETE])
    each("note stage", ("notes", 0, "stage"), ["durante", "bad id", None])
    each("note personas", ("notes", 0, "personas"),
         [[], ["lucia", "andres"], ["lucia", "lucia"], ["bad id"], None])
    each("note touchpoints", ("notes", 0, "touchpoints"),
         [[], ["anuncio", "caja"], ["anuncio", "anuncio"], ["bad id"], None, "anuncio"])
    each("note color", ("notes", 0, "color"), ["#000000", "#00000", None])
    each("quotes", ("touchpoints", 0, "quotes"),
         [[], ["x" * MAX_TEXT], ["x" * (MAX_TEXT + 1)], [None], None, "x"])
    each("votes", ("touchpoints", 0, "votes"),
         [0, 1, 1_000_000, 1_000_001, -1, True, None, "1"])
    each("evidence", EVIDENCE[:-1], [{}, None, [], {"csat": None}])
    each("evidence n", (*EVIDENCE, "n"), [1, 0, 10**9, 10**9 + 1, 1.5, True, None, DELETE])
    each("evidence low", (*EVIDENCE, "low"), [0, 75.5, 0.0, -0.01, True, None, "1", DELETE])
    each("evidence high", (*EVIDENCE, "high"), [100, 75.5, 100.01, None, DELETE])
    each("evidence source", (*EVIDENCE, "source"), ["", "x" * 200, "x" * 201, None, 1])
    for end, other in (("from", "to"), ("to", "from")):  # the other end left out
        cases.extend((f"evidence {end}={value!r}",
                      {**EDITION_2, (*EVIDENCE, other): DELETE, (*EVIDENCE, end): value})
                     for value in ["2024-01-15", "2024-02-29", "2023-02-29", "2024-13-01",
                                   "0000-01-01", "2024-1-15", "2024-01-15T00:00:00Z",
                                   "2024-01-15\n", "", None, 20240115])
    cases.append(("nps evidence", {**EDITION_2, ("touchpoints", 0, "metrics", "evidence"): {
        "nps": {"n": 5, "low": -100, "high": 0}}}))
    cases.append(("nps evidence off scale", {**EDITION_2, ("touchpoints", 0, "metrics",
                                                          "evidence"): {
        "nps": {"n": 5, "low": -101, "high": 0}}}))
    cases.append(("ces evidence off scale", {**EDITION_2, ("touchpoints", 0, "metrics",
                                                          "evidence"): {
        "ces": {"n": 5, "low": 0.5, "high": 3}}}))


CORPUS = _corpus()


@pytest.mark.parametrize(("label", "changes"), CORPUS, ids=[label for label, _ in CORPUS])
def test_the_schema_accepts_exactly_what_the_app_accepts(label, changes):
    data = mutated(changes)
    assert schema_accepts(data) == app_accepts(data), (
        f"{label}: the schema {'accepts' if schema_accepts(data) else 'refuses'}, "
        f"the app {'accepts' if app_accepts(data) else 'refuses'}"
    )


def test_the_corpus_holds_both_verdicts():
    verdicts = [app_accepts(mutated(changes)) for _, changes in CORPUS]
    assert sum(verdicts) > 100 and verdicts.count(False) > 200


@pytest.mark.parametrize("top", [[], "x", 1, None, True, [BASE]])
def test_a_top_level_that_is_not_an_object_is_refused_by_both(top):
    assert not schema_accepts(top) and not app_accepts(top)


# --- what a schema cannot say: refused by the app alone (docs/file-format-notes.md) ----------

_DEEP: dict[str, Any] = {}
_deepest = _DEEP
for _ in range(70):
    _deepest["d"] = {}
    _deepest = _deepest["d"]

ONLY_THE_APP_REFUSES: list[tuple[str, Callable[[], dict[str, Any]]]] = [
    ("an id used twice", lambda: mutated({("stages", 2, "id"): "web"})),
    ("a reference to no stage", lambda: mutated({("touchpoints", 0, "stage"): "nada"})),
    ("a reference to no persona", lambda: mutated({("touchpoints", 0, "personas"): ["nadie"]})),
    ("a connection to itself", lambda: mutated({("connections", 0, "target"): "anuncio"})),
    ("the same connection twice",
     lambda: mutated({("connections",): BASE["connections"] + [
         {**BASE["connections"][0], "id": "c2"}]})),
    ("1.0 for the version", lambda: mutated({("version",): 1.0})),
    ("2.0 for a step", lambda: mutated({("touchpoints", 0, "step"): 2.0})),
    ("1.0 for an emotion", lambda: mutated({("touchpoints", 0, "emotion"): 1.0})),
    ("30.0 for an age", lambda: mutated({("personas", 0, "age"): 30.0})),
    ("1.0 for votes", lambda: mutated({**EDITION_2, ("touchpoints", 0, "votes"): 1.0})),
    ("unknown fields nested deeper than 64 levels", lambda: mutated({("x-deep",): _DEEP})),
    ("a note in a computed lane", lambda: mutated({**EDITION_2, ("notes", 0, "lane"): "dolores"})),
    ("a note in no lane", lambda: mutated({**EDITION_2, ("notes", 0, "lane"): "nada"})),
    ("a note about no touchpoint",
     lambda: mutated({**EDITION_2, ("notes", 0, "touchpoints"): ["nada"]})),
    ("a lane id used twice", lambda: mutated({**EDITION_2, ("lanes", 1, "id"): "n1"})),
    ("evidence low above the value", lambda: mutated({**EDITION_2, (*EVIDENCE, "low"): 76})),
    ("evidence high below the value", lambda: mutated({**EDITION_2, (*EVIDENCE, "high"): 75})),
    ("evidence without its metric",
     lambda: mutated({**EDITION_2, ("touchpoints", 0, "metrics", "csat"): DELETE})),
    ("evidence from after to",
     lambda: mutated({**EDITION_2, (*EVIDENCE, "from"): "2024-02-01"})),
]


@pytest.mark.parametrize(("label", "make"), ONLY_THE_APP_REFUSES,
                         ids=[label for label, _ in ONLY_THE_APP_REFUSES])
def test_what_no_schema_can_say_is_refused_by_the_app_alone(label, make):
    data = make()
    assert schema_accepts(data) and not app_accepts(data)
