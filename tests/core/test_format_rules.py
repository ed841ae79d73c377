"""One test per rule of docs/file-format.md (the .journey contract, version 1).

Each test starts from a small valid file, breaks one thing and checks the exact
lines of the ``LoadError``: ``FILE: place: message``, one line per problem.
"""

from __future__ import annotations

import base64
import copy
import json
import os
from pathlib import Path
from typing import Any

import pytest

from journeydesigner import fileio
from journeydesigner.fileio import LoadError, dumps, load, loads, save
from journeydesigner.model import (
    MAX_IMAGE_BYTES,
    MAX_TEXT,
    Channel,
    ChannelKind,
    Connection,
    Document,
    Initiative,
    Persona,
    Polarity,
    Stage,
    StageMetrics,
    Touchpoint,
    TouchpointMetrics,
    find_problems,
    is_valid_id,
)

FILE = "bad.journey"

VALID: dict[str, Any] = {
    "format": "journeydesigner",
    "version": 1,
    "title": "Compra online",
    "language": "es",
    "stages": [
        {"id": "antes", "name": "Antes de la compra"},
        {"id": "durante", "name": "Durante la compra"},
    ],
    "channels": [
        {"id": "web", "name": "Sitio web", "kind": "digital"},
        {"id": "tienda", "name": "Tienda física", "kind": "in_person"},
    ],
    "personas": [{"id": "lucia", "name": "Lucía"}, {"id": "andres", "name": "Andrés"}],
    "touchpoints": [
        {
            "id": "anuncio",
            "title": "Anuncio",
            "stage": "antes",
            "channel": "web",
            "step": 0,
            "emotion": 1,
        },
        {
            "id": "visita",
            "title": "Visita",
            "stage": "antes",
            "channel": "tienda",
            "step": 1,
            "emotion": None,
        },
        {
            "id": "carrito",
            "title": "Carrito",
            "stage": "durante",
            "channel": "web",
            "step": 0,
            "emotion": 0,
        },
        {
            "id": "caja",
            "title": "Pago en caja",
            "stage": "durante",
            "channel": "tienda",
            "step": 1,
            "emotion": -2,
        },
    ],
    "connections": [
        {"id": "c1", "source": "anuncio", "target": "visita", "polarity": "positive"},
        {"id": "c2", "source": "carrito", "target": "caja", "polarity": "negative"},
    ],
}

ID_HINT = "is not a valid id (a letter or digit, then up to 63 letters, digits, _ . or -)"
COLOUR_HINT = "is not a colour of the form #RRGGBB"
LANGUAGE_HINT = 'is not a language tag such as "en" or "es-MX"'
PNG = b"\x89PNG\r\n\x1a\n"
JPEG = b"\xff\xd8\xff\xe0"


def valid() -> dict[str, Any]:
    return copy.deepcopy(VALID)


def encode(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")


def refused(data: Any) -> list[str]:
    """The lines of the LoadError for ``data`` (a dict or raw bytes)."""
    raw = data if isinstance(data, bytes) else encode(data)
    with pytest.raises(LoadError) as info:
        loads(raw, FILE)
    error = info.value
    assert error.path == FILE
    assert error.problems, "a LoadError must name at least one problem"
    assert str(error) == "\n".join(error.lines())
    return error.lines()


def lines(*problems: str) -> list[str]:
    return [f"{FILE}: {p}" for p in problems]


def accepted(data: dict[str, Any]) -> Document:
    doc = loads(encode(data), FILE)
    assert find_problems(doc) == []
    return doc


def test_the_valid_base_file_loads():
    doc = accepted(valid())
    assert [t.id for t in doc.touchpoints] == ["anuncio", "visita", "carrito", "caja"]


def test_the_minimal_file_of_the_format_page_loads():
    page = Path(__file__).resolve().parents[2] / "docs" / "file-format.md"
    text = page.read_text(encoding="utf-8")
    block = text.split("## A minimal file", 1)[1].split("```json", 1)[1].split("```", 1)[0]
    doc = loads(block.encode("utf-8"), "minimal.journey")
    assert doc.title == "Compra online"
    assert doc.language == "es"


# --- top level: format, version ------------------------------------------------------------


@pytest.mark.parametrize("value", ["other", "JourneyDesigner", "", 1, None])
def test_format_must_be_journeydesigner(value):
    data = valid()
    data["format"] = value
    assert refused(data) == lines(
        'format: not a JourneyDesigner file (format must be "journeydesigner")'
    )


def test_format_is_required():
    data = valid()
    del data["format"]
    assert refused(data) == lines(
        'format: not a JourneyDesigner file (format must be "journeydesigner")'
    )


@pytest.mark.parametrize("version", [2, 17, 10**30])
def test_higher_version_is_refused_with_a_clear_message(version):
    data = valid()
    data["version"] = version
    assert refused(data) == lines(
        f"version: made by a newer version of JourneyDesigner (file version {version}, "
        "this one reads version 1); please update the application"
    )


def test_higher_version_is_never_half_read():
    """Fields a newer version may have changed must not produce version-1 complaints."""
    data = valid()
    data["version"] = 2
    data["stages"] = "now an object"
    data["touchpoints"][0]["emotion"] = "very happy"
    del data["title"]
    result = refused(data)
    assert len(result) == 1
    assert "made by a newer version of JourneyDesigner" in result[0]


@pytest.mark.parametrize(
    ("version", "message"),
    [
        (0, "version: Input should be 1"),
        (-1, "version: Input should be 1"),
        ("1", "version: Input should be 1"),
        (None, "version: Input should be 1"),
        (True, "version: must be an integer, not true"),
        (1.0, "version: must be an integer, not 1.0"),
        (2.0, "version: must be an integer, not 2.0"),
    ],
)
def test_version_must_be_the_integer_1(version, message):
    data = valid()
    data["version"] = version
    assert refused(data) == lines(message)


def test_version_is_required_in_a_file():
    data = valid()
    del data["version"]
    assert refused(data) == lines("version: required field is missing")


# --- title, description, language, timestamps ----------------------------------------------


@pytest.mark.parametrize(
    ("title", "length"), [("", 0), ("   ", 0), ("\t\n ", 0), ("x" * 201, 201), (" é" * 201, 401)]
)
def test_title_is_1_to_200_characters_after_trimming(title, length):
    data = valid()
    data["title"] = title
    assert refused(data) == lines(
        f"title: must be 1 to 200 characters long (after trimming), not {length}"
    )


def test_title_limits_count_characters_after_trimming():
    data = valid()
    data["title"] = "   " + "ñ" * 200 + "  \n"
    assert accepted(data).title == data["title"]  # kept as written, not trimmed
    data["title"] = "🙂"
    accepted(data)


def test_title_is_required_and_a_string():
    data = valid()
    del data["title"]
    assert refused(data) == lines("title: required field is missing")
    data["title"] = 5
    assert refused(data) == lines("title: Input should be a valid string")


def test_description_has_a_length_limit():
    data = valid()
    data["description"] = "d" * MAX_TEXT
    accepted(data)
    data["description"] = "d" * (MAX_TEXT + 1)
    assert refused(data) == lines(f"description: String should have at most {MAX_TEXT} characters")


@pytest.mark.parametrize("tag", ["", "e", "english language", "es_MX", "123", "es-", "x" * 9])
def test_language_must_be_a_bcp47_tag(tag):
    data = valid()
    data["language"] = tag
    assert refused(data) == lines(f"language: {tag!r} {LANGUAGE_HINT}")


@pytest.mark.parametrize("tag", ["en", "es", "es-MX", "zh-Hant-TW", "pt-BR", "fil"])
def test_language_tags_accepted(tag):
    data = valid()
    data["language"] = tag
    assert accepted(data).language == tag


def test_language_defaults_to_en():
    data = valid()
    del data["language"]
    assert accepted(data).language == "en"


@pytest.mark.parametrize("field", ["created", "modified"])
@pytest.mark.parametrize(
    "value",
    [
        "yesterday", "2024-13-01T00:00:00Z", "22/11/2026", "",
        # ISO 8601 spellings besides RFC 3339's, once read and written back (issue 13 item 14)
        "20240101T000000Z", "2024-01-01 00:00:00Z", "2024-W01-1T00:00:00Z",
        "2024-001T00:00:00Z", "2024-01-01t00:00:00z", "2024-01-01T00:00:00z",
        "2023-02-29T00:00:00Z", "2024-01-01T23:59:60Z",
    ],
)
def test_timestamps_must_be_iso_8601(field, value):
    data = valid()
    data[field] = value
    assert refused(data) == lines(f'{field}: "{value}" is not an ISO 8601 timestamp')


@pytest.mark.parametrize("field", ["created", "modified"])
@pytest.mark.parametrize(
    "value", ["2026-11-22T09:00:00+01:00", "2026-11-22T09:00:00-05:00", "2026-11-22T09:00:00"]
)
def test_timestamps_must_be_utc(field, value):
    data = valid()
    data[field] = value
    assert refused(data) == lines(f'{field}: "{value}" is not in UTC (end it with Z)')


@pytest.mark.parametrize(
    "value", ["2026-11-22T09:00:00Z", "2026-11-22T09:00:00.123456Z", "2026-11-22T09:00:00+00:00"]
)
def test_utc_timestamps_accepted(value):
    data = valid()
    data["created"] = value
    data["modified"] = value
    doc = accepted(data)
    assert (doc.created, doc.modified) == (value, value)


def test_timestamp_type_and_length():
    data = valid()
    data["created"] = 1732266000
    assert refused(data) == lines("created: Input should be a valid string")
    data["created"] = "2026-11-22T09:00:00" + "0" * 60 + "Z"
    assert refused(data) == lines("created: String should have at most 64 characters")


# --- at least one stage and one channel -----------------------------------------------------


def test_at_least_one_stage():
    data = valid()
    data["stages"] = []
    data["touchpoints"] = []
    data["connections"] = []
    assert refused(data) == lines("stages: a journey needs at least one stage")


def test_at_least_one_channel():
    data = valid()
    data["channels"] = []
    data["touchpoints"] = []
    data["connections"] = []
    assert refused(data) == lines("channels: a journey needs at least one channel")


def test_missing_stages_and_channels_count_as_none():
    data = valid()
    for key in ("stages", "channels", "touchpoints", "connections"):
        del data[key]
    assert refused(data) == lines(
        "stages: a journey needs at least one stage",
        "channels: a journey needs at least one channel",
    )


def test_personas_touchpoints_connections_may_be_empty():
    data = valid()
    data["personas"] = []
    data["touchpoints"] = []
    data["connections"] = []
    accepted(data)


@pytest.mark.parametrize("key", ["stages", "channels", "personas", "touchpoints", "connections"])
def test_groups_must_be_arrays(key):
    data = valid()
    data[key] = {"id": "x"}
    assert refused(data) == lines(f"{key}: Input should be a valid list")


def test_group_items_must_be_objects():
    data = valid()
    data["stages"][1] = "durante"
    data["touchpoints"] = data["touchpoints"][:2]
    data["connections"] = data["connections"][:1]
    assert refused(data) == lines(
        "stages[1]: Input should be a valid dictionary or instance of Stage"
    )


# --- ids --------------------------------------------------------------------------------


BAD_IDS = ["", "-x", "_x", ".x", "a b", "a" * 65, "é", "a/b", "abc\n", "\nabc", "a:b", "🙂"]


@pytest.mark.parametrize("bad", BAD_IDS)
def test_ids_must_match_the_pattern(bad):
    data = valid()
    data["stages"].append({"id": bad, "name": "Nueva"})
    assert refused(data) == lines(f"stages[2].id: {bad!r} {ID_HINT}")
    assert not is_valid_id(bad)


@pytest.mark.parametrize(
    ("group", "item"),
    [
        ("channels", {"name": "C", "kind": "digital"}),
        ("personas", {"name": "P"}),
        ("touchpoints", {"title": "T", "stage": "antes", "channel": "web", "step": 0}),
        ("connections", {"source": "anuncio", "target": "caja", "polarity": "neutral"}),
    ],
)
def test_ids_of_every_kind_must_match_the_pattern(group, item):
    data = valid()
    index = len(data[group])
    data[group].append({"id": "no good", **item})
    assert refused(data) == lines(f"{group}[{index}].id: 'no good' {ID_HINT}")


@pytest.mark.parametrize("good", ["a", "9", "A.b_c-d", "x" * 64, "0" + "_.-" * 21])
def test_ids_matching_the_pattern_are_accepted(good):
    data = valid()
    data["stages"].append({"id": good, "name": "Nueva"})
    accepted(data)
    assert is_valid_id(good)


def test_ids_are_required_strings():
    data = valid()
    data["stages"][0]["id"] = 5
    data["channels"].append({"name": "Sin id", "kind": "digital"})
    assert refused(data) == lines(
        "stages[0].id: Input should be a valid string",
        "channels[2].id: required field is missing",
    )


def test_ids_are_unique_within_a_group():
    data = valid()
    data["stages"].append({"id": "antes", "name": "Otra vez"})
    assert refused(data) == lines('stages[2].id: id "antes" is already used by stages[0]')


def test_a_channel_may_not_reuse_a_stage_id():
    data = valid()
    data["channels"].append({"id": "antes", "name": "Canal", "kind": "digital"})
    assert refused(data) == lines('channels[2].id: id "antes" is already used by stages[0]')


@pytest.mark.parametrize(
    ("group", "item", "place", "owner"),
    [
        ("personas", {"id": "web", "name": "P"}, "personas[2]", "channels[0]"),
        (
            "touchpoints",
            {"id": "lucia", "title": "T", "stage": "antes", "channel": "web"},
            "touchpoints[4]",
            "personas[0]",
        ),
        (
            "connections",
            {"id": "caja", "source": "anuncio", "target": "caja", "polarity": "neutral"},
            "connections[2]",
            "touchpoints[3]",
        ),
        (
            "connections",
            {"id": "durante", "source": "anuncio", "target": "caja", "polarity": "neutral"},
            "connections[2]",
            "stages[1]",
        ),
    ],
)
def test_ids_are_unique_across_the_whole_document(group, item, place, owner):
    data = valid()
    data[group].append(item)
    assert refused(data) == lines(f'{place}.id: id "{item["id"]}" is already used by {owner}')


def test_ids_are_case_sensitive():
    data = valid()
    data["channels"].append({"id": "Antes", "name": "Canal", "kind": "digital"})
    accepted(data)


# --- references ---------------------------------------------------------------------------


def test_touchpoint_stage_must_exist():
    data = valid()
    data["touchpoints"][3]["stage"] = "checkout"
    assert refused(data) == lines('touchpoints[3].stage: no stage with id "checkout"')


def test_touchpoint_stage_must_be_a_stage_not_another_kind():
    data = valid()
    data["touchpoints"][0]["stage"] = "web"  # a channel
    assert refused(data) == lines('touchpoints[0].stage: no stage with id "web"')


def test_touchpoint_channel_must_exist():
    data = valid()
    data["touchpoints"][1]["channel"] = "app"
    assert refused(data) == lines('touchpoints[1].channel: no channel with id "app"')


def test_touchpoint_channel_must_be_a_channel_not_another_kind():
    data = valid()
    data["touchpoints"][1]["channel"] = "antes"  # a stage
    assert refused(data) == lines('touchpoints[1].channel: no channel with id "antes"')


@pytest.mark.parametrize("field", ["stage", "channel"])
def test_touchpoint_stage_and_channel_are_required(field):
    data = valid()
    del data["touchpoints"][2][field]
    assert refused(data) == lines(f"touchpoints[2].{field}: required field is missing")


def test_touchpoint_personas_must_exist():
    data = valid()
    data["touchpoints"][1]["personas"] = ["lucia", "nadie", "anuncio"]
    assert refused(data) == lines(
        'touchpoints[1].personas[1]: no persona with id "nadie"',
        'touchpoints[1].personas[2]: no persona with id "anuncio"',
    )


def test_touchpoint_personas_listed_once():
    data = valid()
    data["touchpoints"][1]["personas"] = ["lucia", "andres", "lucia"]
    assert refused(data) == lines('touchpoints[1].personas[2]: persona "lucia" is listed twice')


def test_touchpoint_personas_are_ids():
    data = valid()
    data["touchpoints"][1]["personas"] = "lucia"
    assert refused(data) == lines("touchpoints[1].personas: Input should be a valid list")


@pytest.mark.parametrize("end", ["source", "target"])
def test_connection_ends_must_be_touchpoints(end):
    data = valid()
    data["connections"][1][end] = "antes"  # a stage, not a touchpoint
    assert refused(data) == lines(f'connections[1].{end}: no touchpoint with id "antes"')


def test_connection_both_ends_missing():
    data = valid()
    data["connections"][0].update(source="yy", target="zz")
    assert refused(data) == lines(
        'connections[0].source: no touchpoint with id "yy"',
        'connections[0].target: no touchpoint with id "zz"',
    )


@pytest.mark.parametrize("field", ["source", "target", "polarity", "id"])
def test_connection_required_fields(field):
    data = valid()
    del data["connections"][0][field]
    assert refused(data) == lines(f"connections[0].{field}: required field is missing")


def test_connection_personas_must_exist_and_be_listed_once():
    data = valid()
    data["connections"][0]["personas"] = ["andres", "andres", "nadie"]
    assert refused(data) == lines(
        'connections[0].personas[1]: persona "andres" is listed twice',
        'connections[0].personas[2]: no persona with id "nadie"',
    )


def test_valid_persona_references_are_accepted():
    data = valid()
    data["touchpoints"][0]["personas"] = ["lucia", "andres"]
    data["connections"][0]["personas"] = ["andres"]
    doc = accepted(data)
    assert doc.touchpoints[0].personas == ["lucia", "andres"]


# --- connections: no self-loops, no duplicates ----------------------------------------------


def test_connection_may_not_lead_to_itself():
    data = valid()
    data["connections"][1]["target"] = "carrito"
    assert refused(data) == lines(
        "connections[1].target: a connection cannot lead from a touchpoint to itself"
    )


def test_connections_may_not_share_source_target_and_polarity():
    data = valid()
    data["connections"].append(
        {"id": "c3", "source": "anuncio", "target": "visita", "polarity": "positive"}
    )
    assert refused(data) == lines(
        "connections[2]: same source, target and polarity as connections[0]"
    )


def test_connections_differing_in_polarity_or_direction_are_fine():
    data = valid()
    data["connections"] += [
        {"id": "c3", "source": "anuncio", "target": "visita", "polarity": "negative"},
        {"id": "c4", "source": "anuncio", "target": "visita", "polarity": "neutral"},
        {"id": "c5", "source": "visita", "target": "anuncio", "polarity": "positive"},
    ]
    assert len(accepted(data).connections) == 5


# --- ranges ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (-1, "Input should be greater than or equal to 0"),
        (100_001, "Input should be less than or equal to 100000"),
        (10**40, "Input should be less than or equal to 100000"),
        (1.0, "Input should be a valid integer"),
        ("1", "Input should be a valid integer"),
        (True, "Input should be a valid integer"),
        (None, "Input should be a valid integer"),
    ],
)
def test_step_is_an_integer_from_0(value, message):
    data = valid()
    data["touchpoints"][2]["step"] = value
    assert refused(data) == lines(f"touchpoints[2].step: {message}")


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (3, "Input should be less than or equal to 2"),
        (-3, "Input should be greater than or equal to -2"),
        (0.5, "Input should be a valid integer"),
        (1.0, "Input should be a valid integer"),
        ("1", "Input should be a valid integer"),
        (True, "Input should be a valid integer"),
    ],
)
def test_emotion_is_an_integer_from_minus_2_to_2(value, message):
    data = valid()
    data["touchpoints"][0]["emotion"] = value
    assert refused(data) == lines(f"touchpoints[0].emotion: {message}")


@pytest.mark.parametrize("emotion", [-2, -1, 0, 1, 2, None])
def test_emotion_values_accepted(emotion):
    data = valid()
    data["touchpoints"][0]["emotion"] = emotion
    assert accepted(data).touchpoints[0].emotion == emotion


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (151, "Input should be less than or equal to 150"),
        (-1, "Input should be greater than or equal to 0"),
        (30.0, "Input should be a valid integer"),
        ("30", "Input should be a valid integer"),
        (False, "Input should be a valid integer"),
    ],
)
def test_persona_age_is_an_integer_from_0_to_150(value, message):
    data = valid()
    data["personas"][1]["age"] = value
    assert refused(data) == lines(f"personas[1].age: {message}")


@pytest.mark.parametrize("age", [0, 150])
def test_persona_age_limits_accepted(age):
    data = valid()
    data["personas"][1]["age"] = age
    assert accepted(data).personas[1].age == age


@pytest.mark.parametrize(
    ("metric", "value", "message"),
    [
        ("nps", 101, "must be from -100 to 100, not 101"),
        ("nps", -100.5, "must be from -100 to 100, not -100.5"),
        pytest.param(
            "nps",
            10**400,
            "must be from -100 to 100, not 100000000000… (401 digits)",
            id="nps-huge-integer",
        ),
        pytest.param(
            "nps",
            -(10**20),
            "must be from -100 to 100, not -10000000000… (21 digits)",
            id="nps-big-negative-integer",
        ),
        ("csat", -1, "must be from 0 to 100, not -1"),
        ("csat", 100.01, "must be from 0 to 100, not 100.01"),
        ("csat", 1e300, "must be from 0 to 100, not 1e+300"),
        ("ces", 0, "must be from 1 to 7, not 0"),
        ("ces", 7.5, "must be from 1 to 7, not 7.5"),
        ("ces", "5", "must be a number from 1 to 7"),
        ("ces", True, "must be a number from 1 to 7"),
        ("nps", [50], "must be a number from -100 to 100"),
    ],
)
def test_touchpoint_metrics_ranges(metric, value, message):
    data = valid()
    data["touchpoints"][3]["metrics"] = {metric: value}
    assert refused(data) == lines(f"touchpoints[3].metrics.{metric}: {message}")


@pytest.mark.parametrize(
    "metrics",
    [
        {"nps": -100, "csat": 0, "ces": 1},
        {"nps": 100, "csat": 100, "ces": 7},
        {"nps": 12.5, "csat": 87.25, "ces": 3.5},
        {},
    ],
)
def test_touchpoint_metrics_limits_accepted(metrics):
    data = valid()
    data["touchpoints"][3]["metrics"] = metrics
    doc = accepted(data)
    assert doc.touchpoints[3].metrics.to_json_data() == metrics


@pytest.mark.parametrize(
    ("metric", "value", "message"),
    [
        ("conversion_rate", 100.5, "must be from 0 to 100, not 100.5"),
        ("conversion_rate", -0.1, "must be from 0 to 100, not -0.1"),
        ("retention_rate", 101, "must be from 0 to 100, not 101"),
        ("retention_rate", "50%", "must be a number from 0 to 100"),
        ("conversion_rate", False, "must be a number from 0 to 100"),
    ],
)
def test_stage_metrics_ranges(metric, value, message):
    data = valid()
    data["stages"][1]["metrics"] = {metric: value}
    assert refused(data) == lines(f"stages[1].metrics.{metric}: {message}")


def test_metrics_must_be_objects():
    data = valid()
    data["stages"][0]["metrics"] = [3.2]
    data["touchpoints"][0]["metrics"] = 5
    assert refused(data) == lines(
        "stages[0].metrics: Input should be a valid dictionary or instance of StageMetrics",
        "touchpoints[0].metrics: Input should be a valid dictionary or instance of "
        "TouchpointMetrics",
    )


@pytest.mark.parametrize("field", ["direct", "controllable", "moment_of_truth"])
@pytest.mark.parametrize("value", [1, 0, "true", "false", None, "yes"])
def test_booleans_must_be_json_booleans(field, value):
    data = valid()
    data["touchpoints"][2][field] = value
    assert refused(data) == lines(f"touchpoints[2].{field}: Input should be a valid boolean")


def test_boolean_defaults():
    tp = accepted(valid()).touchpoints[0]
    assert (tp.direct, tp.controllable, tp.moment_of_truth) == (True, True, False)


# --- lengths --------------------------------------------------------------------------------


@pytest.mark.parametrize(("group", "index"), [("stages", 0), ("channels", 1), ("personas", 1)])
@pytest.mark.parametrize(("name", "length"), [("n" * 121, 121), ("", 0), ("  ", 0)])
def test_names_are_1_to_120_characters(group, index, name, length):
    data = valid()
    data[group][index]["name"] = name
    assert refused(data) == lines(
        f"{group}[{index}].name: must be 1 to 120 characters long (after trimming), not {length}"
    )


@pytest.mark.parametrize("group", ["stages", "channels", "personas"])
def test_names_of_120_characters_are_accepted(group):
    data = valid()
    data[group][0]["name"] = " " + "ü" * 120 + " "
    accepted(data)


@pytest.mark.parametrize("group", ["stages", "channels", "personas"])
def test_names_are_required(group):
    data = valid()
    del data[group][1]["name"]
    assert refused(data) == lines(f"{group}[1].name: required field is missing")


def test_touchpoint_title_is_1_to_200_characters():
    data = valid()
    data["touchpoints"][1]["title"] = "t" * 201
    data["touchpoints"][2]["title"] = " "
    assert refused(data) == lines(
        "touchpoints[1].title: must be 1 to 200 characters long (after trimming), not 201",
        "touchpoints[2].title: must be 1 to 200 characters long (after trimming), not 0",
    )


@pytest.mark.parametrize(
    ("group", "index", "field"),
    [
        ("stages", 0, "description"),
        ("personas", 0, "description"),
        ("touchpoints", 1, "description"),
    ],
)
def test_free_text_has_the_max_text_limit(group, index, field):
    data = valid()
    data[group][index][field] = "x" * MAX_TEXT
    accepted(data)
    data[group][index][field] = "x" * (MAX_TEXT + 1)
    assert refused(data) == lines(
        f"{group}[{index}].{field}: String should have at most {MAX_TEXT} characters"
    )


@pytest.mark.parametrize(
    ("group", "field"),
    [
        ("stages", "questions"),
        ("personas", "goals"),
        ("personas", "needs"),
        ("personas", "frustrations"),
        ("personas", "habits"),
        ("touchpoints", "pain_points"),
        ("touchpoints", "opportunities"),
    ],
)
def test_text_list_items_have_the_max_text_limit(group, field):
    data = valid()
    data[group][0][field] = ["ok", "x" * (MAX_TEXT + 1)]
    assert refused(data) == lines(
        f"{group}[0].{field}[1]: String should have at most {MAX_TEXT} characters"
    )
    data[group][0][field] = ["ok", 3]
    assert refused(data) == lines(f"{group}[0].{field}[1]: Input should be a valid string")
    data[group][0][field] = "not a list"
    assert refused(data) == lines(f"{group}[0].{field}: Input should be a valid list")


@pytest.mark.parametrize(
    ("group", "field", "limit", "wrap"),
    [
        ("touchpoints", "owner", 200, False),
        ("touchpoints", "tags", 200, True),
        ("connections", "label", 500, False),
    ],
)
def test_short_text_limits(group, field, limit, wrap):
    data = valid()

    def put(text):
        data[group][0][field] = [text] if wrap else text

    put("x" * limit)
    accepted(data)
    put("x" * (limit + 1))
    place = f"{group}[0].{field}[0]" if wrap else f"{group}[0].{field}"
    assert refused(data) == lines(f"{place}: String should have at most {limit} characters")


# --- enums ----------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["web", "Digital", "in-person", "", None, 0])
def test_channel_kind_is_digital_or_in_person(kind):
    data = valid()
    data["channels"][0]["kind"] = kind
    assert refused(data) == lines("channels[0].kind: Input should be 'digital' or 'in_person'")


def test_channel_kind_is_required():
    data = valid()
    del data["channels"][1]["kind"]
    assert refused(data) == lines("channels[1].kind: required field is missing")


@pytest.mark.parametrize("polarity", ["good", "Positive", "", None, 1])
def test_connection_polarity(polarity):
    data = valid()
    data["connections"][0]["polarity"] = polarity
    assert refused(data) == lines(
        "connections[0].polarity: Input should be 'positive', 'negative' or 'neutral'"
    )


@pytest.mark.parametrize("initiative", ["sometimes", "Proactive", "", True])
def test_touchpoint_initiative(initiative):
    data = valid()
    data["touchpoints"][0]["initiative"] = initiative
    assert refused(data) == lines(
        "touchpoints[0].initiative: Input should be 'proactive' or 'reactive'"
    )


def test_enum_values_accepted():
    data = valid()
    data["touchpoints"][0]["initiative"] = "proactive"
    data["touchpoints"][1]["initiative"] = "reactive"
    data["touchpoints"][2]["initiative"] = None
    data["connections"][0]["polarity"] = "neutral"
    doc = accepted(data)
    assert [t.initiative for t in doc.touchpoints[:3]] == [
        Initiative.PROACTIVE,
        Initiative.REACTIVE,
        None,
    ]
    assert [c.kind for c in doc.channels] == [ChannelKind.DIGITAL, ChannelKind.IN_PERSON]
    assert doc.connections[0].polarity is Polarity.NEUTRAL


# --- colours --------------------------------------------------------------------------------


@pytest.mark.parametrize("group", ["stages", "channels", "personas"])
@pytest.mark.parametrize(
    "colour", ["red", "#12345", "#1234567", "#GGGGGG", "123456", "#12 345", "#123456\n", ""]
)
def test_colours_are_hash_rrggbb(group, colour):
    data = valid()
    data[group][1]["color"] = colour
    assert refused(data) == lines(f"{group}[1].color: {colour!r} {COLOUR_HINT}")


@pytest.mark.parametrize("colour", ["#4C78A8", "#f58518", "#000000", "#FFFFFF", "#aBcDeF"])
def test_colours_accepted(colour):
    data = valid()
    for group in ("stages", "channels", "personas"):
        data[group][0]["color"] = colour
    accepted(data)


# --- persona image --------------------------------------------------------------------------


def data_url(kind: str, payload: bytes) -> str:
    return f"data:image/{kind};base64," + base64.b64encode(payload).decode("ascii")


@pytest.mark.parametrize("kind", ["png", "jpeg"])
def test_persona_image_png_or_jpeg_accepted(kind):
    data = valid()
    data["personas"][0]["image"] = data_url(kind, (PNG if kind == "png" else JPEG) + b"rest")
    assert accepted(data).personas[0].image == data["personas"][0]["image"]


@pytest.mark.parametrize(
    "image",
    [
        data_url("gif", b"GIF89a" + b"x" * 10),
        data_url("svg+xml", b"<svg/>"),
        data_url("jpg", JPEG + b"x"),
        "data:image/png," + PNG.decode("latin-1"),
        "https://example.com/lucia.png",
        "",
        "DATA:IMAGE/PNG;BASE64," + base64.b64encode(PNG).decode(),
    ],
)
def test_persona_image_must_be_a_png_or_jpeg_data_url(image):
    data = valid()
    data["personas"][0]["image"] = image
    assert refused(data) == lines(
        "personas[0].image: must be a data:image/png;base64,… or data:image/jpeg;base64,… URL"
    )


@pytest.mark.parametrize(
    ("kind", "payload", "name"),
    [
        ("png", JPEG + b"x" * 20, "PNG"),
        ("jpeg", PNG + b"x" * 20, "JPEG"),
        ("png", b"hello world", "PNG"),
        ("jpeg", b"", "JPEG"),
    ],
)
def test_persona_image_bytes_must_match_the_declared_type(kind, payload, name):
    data = valid()
    data["personas"][0]["image"] = data_url(kind, payload)
    assert refused(data) == lines(f"personas[0].image: image data is not a {name} file")


NOT_BASE64 = "personas[0].image: image is not valid base64"
#: The standard base64 of a PNG header and some bytes, and ways of spelling it that a
#: lenient decoder reads as the same picture (issue 13, item 12).
PNG_B64 = base64.b64encode(PNG + b"pixels").decode("ascii")


@pytest.mark.parametrize(
    "payload",
    [
        "abc",  # cut short
        PNG_B64 + "===x",  # text after the padding, which a lenient decoder drops
        PNG_B64 + "=" + PNG_B64,  # padding in the middle
        PNG_B64.rstrip("="),  # unpadded
        PNG_B64 + "=",  # too much padding
        PNG_B64[:8] + " " + PNG_B64[8:],  # a space
        PNG_B64[:8] + "\n" + PNG_B64[8:],  # a line break (MIME style)
        PNG_B64 + "\n",
        PNG_B64[:-2] + "N=",  # unused bits not zero: a second spelling of the same bytes
        PNG_B64[:12] + "-_" + PNG_B64[14:],  # the URL-safe alphabet
        PNG_B64[:8] + "é" + PNG_B64[9:],  # not ASCII
    ],
)
def test_persona_image_must_be_strict_base64(payload):
    data = valid()
    data["personas"][0]["image"] = "data:image/png;base64," + payload
    assert refused(data) == lines(NOT_BASE64)


def test_persona_image_in_strict_base64_of_every_length_accepted():
    for extra in range(4):  # no padding, "==", "=" and again none
        data = valid()
        data["personas"][0]["image"] = data_url("png", PNG + b"x" * extra)
        accepted(data)


def test_persona_image_at_most_2_mib():
    data = valid()
    data["personas"][0]["image"] = data_url("png", PNG + b"\0" * (MAX_IMAGE_BYTES - len(PNG)))
    accepted(data)
    data["personas"][0]["image"] = data_url("png", PNG + b"\0" * (MAX_IMAGE_BYTES + 1 - len(PNG)))
    assert refused(data) == lines("personas[0].image: image is larger than 2 MiB")


def test_persona_image_far_over_2_mib_is_refused_before_decoding():
    data = valid()
    data["personas"][1]["image"] = "data:image/jpeg;base64," + "A" * (4 * MAX_IMAGE_BYTES)
    assert refused(data) == lines("personas[1].image: image is larger than 2 MiB")


# --- JSON level: numbers, encoding, structure -----------------------------------------------


def raw_valid() -> bytes:
    return encode(valid())


@pytest.mark.parametrize(
    ("token", "message"),
    [
        (b"NaN", "NaN is not a valid JSON number"),
        (b"Infinity", "Infinity is not a valid JSON number"),
        (b"-Infinity", "-Infinity is not a valid JSON number"),
        (b"1e999", "number 1e999 is too large"),
        (b"-1e999", "number -1e999 is too large"),
    ],
)
def test_non_finite_numbers_are_refused(token, message):
    raw = raw_valid().replace(b'"step": 1', b'"step": ' + token, 1)
    assert token in raw
    # named with their path and their line and column (issue 13 item 11)
    assert refused(raw) == lines(f"touchpoints[1].step (line 52, column 15): {message}")


def test_non_finite_numbers_are_refused_in_unknown_fields_too():
    data = valid()
    data["x_score"] = 1.5
    raw = encode(data).replace(b"1.5", b"NaN")
    assert refused(raw) == lines("x_score (line 86, column 14): NaN is not a valid JSON number")


def test_integers_with_too_many_digits_are_refused():
    raw = raw_valid().replace(b'"step": 1', b'"step": 1' + b"0" * 5000, 1)
    result = refused(raw)
    assert result == lines(
        "touchpoints[1].step (line 52, column 15): not valid JSON: Exceeds the limit (4300 "
        "digits) for integer string conversion: value has 5001 digits; use "
        "sys.set_int_max_str_digits() to increase the limit")


@pytest.mark.parametrize("raw", [b"", b"   ", b"\n\n", b"\t \r\n"])
def test_empty_file(raw):
    assert refused(raw) == lines("the file is empty")


def json_error(raw: bytes, line: int, column: int) -> None:
    """One line naming the place; the wording after it is Python's and varies by version."""
    result = refused(raw)
    assert len(result) == 1
    assert result[0].startswith(f"{FILE}: line {line}, column {column}: not valid JSON: ")
    assert len(result[0]) > len(f"{FILE}: line {line}, column {column}: not valid JSON: ")


def test_truncated_json():
    raw = raw_valid()
    for cut in (1, 10, len(raw) // 3, len(raw) // 2, len(raw) - 2):
        result = refused(raw[:cut])
        assert len(result) == 1 and "not valid JSON" in result[0]
    json_error(b'{\n  "format": "journeydesigner",\n  "version": 1', 3, 15)
    json_error(b'{"format": "journeydesigner", "title": "Compra', 1, 40)


@pytest.mark.parametrize(
    ("raw", "line", "column"),
    [
        (b"{,}", 1, 2),
        (b"{'format': 1}", 1, 2),
        (b'{"a": 1,}', 1, 9),
        (b'{"a": 1} {}', 1, 10),
        (b"{\n\n  x", 3, 3),
        (b'{"title": "a\x01b"}', 1, 13),
    ],
)
def test_broken_json_names_line_and_column(raw, line, column):
    json_error(raw, line, column)


@pytest.mark.parametrize(
    ("raw", "place", "sentence"),
    [
        # a truncated file, wherever it is cut
        (b'{\n  "title": "Compra on', "line 2, column 12",
         "the text that starts here is never closed; the file may have been cut short"),
        (b'{"format": "journeydesigner", "version": 1', "line 1, column 43",
         "the file ends before the JSON document is complete; it may have been cut short"),
        (b'{"stages": [{"id": "a"},\n', "line 2, column 1",
         "the file ends before the JSON document is complete; it may have been cut short"),
        (b'{"title" "x"}', "line 1, column 10", "a colon should be here, after the key"),
        (b'{"a": 1 "b": 2}', "line 1, column 9", "a comma or a closing bracket should be here"),
        (b'{"a": 1,}', "line 1, column 9", "a key in double quotes should be here (JSON allows "
                                           "no comma before a closing brace)"),
        (b'{"a": }', "line 1, column 7", "a value (text, number, object, list, true, false or "
                                         "null) should be here"),
        (b'{"a": 1} {}', "line 1, column 10", "more text follows the end of the JSON document"),
        (b'{"a": "\\q"}', "line 1, column 8", "a backslash in a text starts no valid escape; "
                                              "write \\\\ for a backslash"),
        (b'{"a": "\\u12"}', "line 1, column 9",
         "a \\u escape in a text needs four hexadecimal digits"),
        (b'{"a": "x\ty"}', "line 1, column 9", "a text holds a tab, line break or other "
                                              "control character; write it as an escape such "
                                              "as \\n"),
    ],
)
def test_json_syntax_errors_are_whole_sentences(raw, place, sentence):
    """Python's wording stops mid-sentence ("Unterminated string starting at"); the
    message says what is wrong at the line and column, and when the file is cut short."""
    assert refused(raw) == lines(f"{place}: not valid JSON: {sentence}")


def test_invalid_utf8_names_the_byte_and_line():
    raw = b'{\n  "format": "journeydesigner",\n  "title": "caf\xe9"\n}'
    assert raw.index(b"\xe9") == 48
    assert refused(raw) == lines("byte 48 (line 3): the file is not valid UTF-8")
    assert refused(b"\xff\xfe{}") == lines("byte 0 (line 1): the file is not valid UTF-8")


def test_utf16_file_is_refused():
    assert refused(raw_valid().decode().encode("utf-16"))[0].endswith("the file is not valid UTF-8")


def test_utf8_byte_order_mark_is_accepted():
    assert loads(b"\xef\xbb\xbf" + raw_valid(), FILE).title == "Compra online"


def test_lone_surrogate_in_text_is_refused():
    raw = raw_valid().replace(b'"Compra online"', b'"Compra \\ud800 online"')
    assert refused(raw) == lines(
        "title (line 4, column 12): text holds an unpaired surrogate (\\ud800–\\udfff)")


def test_lone_surrogate_deep_inside_is_refused_with_its_place():
    data = valid()
    data["touchpoints"][2]["pain_points"] = ["ok", "SURROGATE"]
    raw = encode(data).replace(b"SURROGATE", b"\\udfff")
    assert refused(raw) == lines(
        "touchpoints[2].pain_points[1] (line 64, column 9): text holds an unpaired surrogate "
        "(\\ud800–\\udfff)"
    )


def test_lone_surrogate_in_a_key_is_refused():
    data = valid()
    data["stages"][0]["KEY"] = 1
    raw = encode(data).replace(b'"KEY"', b'"x\\udc00"')
    # the key is shown escaped: the message itself must be printable UTF-8
    assert refused(raw) == lines(
        "stages[0].x\\udc00 (line 10, column 7): text holds an unpaired surrogate "
        "(\\ud800–\\udfff)"
    )
    refused(raw)[0].encode("utf-8")


def test_duplicate_key_with_a_lone_surrogate_is_shown_escaped():
    """The first problem in the text is named: the key's surrogate, before it repeats."""
    raw = b'{"format": "journeydesigner", "\\ud800": 1, "\\ud800": 2}'
    assert refused(raw) == lines(
        "\\ud800 (line 1, column 31): text holds an unpaired surrogate (\\ud800–\\udfff)")
    assert fileio.printable("\ud800") == "\\ud800"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b'{"a\\nb": 1, "a\\nb": 2}',
         'a\\nb (line 1, column 13): key "a\\nb" appears twice in one object'),
        (
            b'{"a\\n": [[[[' + b"[" * 70 + b"]" * 70 + b"]]]]}",
            "a\\n" + "[0]" * 63 + " (line 1, column 72): values are nested deeper than 64 levels",
        ),
    ],
)
def test_keys_with_line_breaks_stay_on_one_line(raw, expected):
    assert refused(raw) == lines(expected)


@pytest.mark.parametrize("field", ["created", "modified"])
def test_timestamps_with_line_breaks_stay_on_one_line(field):
    data = valid()
    data[field] = "2026-11-22\nT09:00:00Z"
    assert refused(data) == lines(
        f'{field}: "2026-11-22\\nT09:00:00Z" is not an ISO 8601 timestamp'
    )
    data[field] = "2026-11-22T09:00:00\r"
    assert refused(data) == lines(f'{field}: "2026-11-22T09:00:00\\r" is not an ISO 8601 timestamp')


def test_escaped_surrogate_pair_is_a_valid_character():
    raw = raw_valid().replace(b'"Compra online"', b'"Compra \\ud83d\\uded2"')
    assert loads(raw, FILE).title == "Compra 🛒"


@pytest.mark.parametrize(
    "raw",
    [
        b"[" * 100_000 + b"]" * 100_000,
        b'{"a":' * 100_000 + b"1" + b"}" * 100_000,
        b"[" * 100_000,
        b'{"format": "journeydesigner", "version": 1, "x": ' + b"[" * 50_000 + b"]" * 50_000 + b"}",
    ],
)
def test_deep_nesting_never_escapes_as_recursion_error(raw):
    result = refused(raw)
    assert len(result) == 1
    assert "nested" in result[0] or "not valid JSON" in result[0]


def test_nesting_deeper_than_the_limit_names_the_place():
    data = valid()
    data["touchpoints"][0]["x_deep"] = "PLACEHOLDER"
    depth = fileio.MAX_DEPTH
    raw = encode(data).replace(b'"PLACEHOLDER"', b"[" * depth + b"]" * depth)
    # the touchpoint's field is at depth 4 (document, list, touchpoint, value)
    result = refused(raw)
    assert len(result) == 1
    assert result[0].startswith(f"{FILE}: touchpoints[0].x_deep")
    assert result[0].endswith(f"values are nested deeper than {depth} levels")


def nested_lists(levels: int) -> Any:
    nested: Any = "core"
    for _ in range(levels):
        nested = [nested]
    return nested


def test_nesting_up_to_the_limit_is_kept_and_one_more_level_is_refused():
    data = valid()
    # the document is level 1, so "core" sits at level MAX_DEPTH under MAX_DEPTH - 2 lists
    data["x_deep"] = nested_lists(fileio.MAX_DEPTH - 2)
    doc = accepted(data)
    assert json.loads(dumps(doc))["x_deep"] == data["x_deep"]
    data["x_deep"] = nested_lists(fileio.MAX_DEPTH - 1)
    place = "x_deep" + "[0]" * (fileio.MAX_DEPTH - 1) + " (line 149, column 129)"
    assert refused(data) == lines(
        f"{place}: values are nested deeper than {fileio.MAX_DEPTH} levels"
    )


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        (b"[]", "an array"),
        (b'[{"format": "journeydesigner"}]', "an array"),
        (b"null", "null"),
        (b'"journeydesigner"', "a string"),
        (b"42", "a number"),
        (b"4.2", "a number"),
        (b"true", "a boolean"),
        (b"false", "a boolean"),
    ],
)
def test_top_level_must_be_an_object(raw, kind):
    assert refused(raw) == lines(f"the top level must be a JSON object, not {kind}")


def test_duplicate_keys_are_refused():
    raw = b'{"format": "journeydesigner", "version": 1, "title": "A", "title": "B"}'
    assert refused(raw) == lines(
        'title (line 1, column 59): key "title" appears twice in one object')


def test_duplicate_keys_in_nested_objects_are_refused():
    raw = raw_valid().replace(b'"id": "caja",', b'"id": "caja", "id": "caja2",', 1)
    assert b'"caja2"' in raw
    assert refused(raw) == lines(
        'touchpoints[3].id (line 64, column 21): key "id" appears twice in one object')


def test_file_over_the_size_limit(monkeypatch, tmp_path):
    monkeypatch.setattr(fileio, "MAX_FILE_BYTES", 1 << 20)
    body = raw_valid()
    at_limit = body + b" " * ((1 << 20) - len(body))
    assert len(at_limit) == 1 << 20
    assert loads(at_limit, FILE).title == "Compra online"
    assert refused(at_limit + b" ") == lines("the file is larger than 1 MiB")

    path = tmp_path / "huge.journey"
    path.write_bytes(at_limit + b"\n" * 1000)
    with pytest.raises(LoadError) as info:
        load(path)
    assert info.value.lines() == [f"{path}: the file is larger than 1 MiB"]


def test_load_names_the_file(tmp_path):
    path = tmp_path / "mapa.journey"
    data = valid()
    data["touchpoints"][3]["stage"] = "checkout"
    path.write_bytes(encode(data))
    with pytest.raises(LoadError) as info:
        load(path)
    assert info.value.path == str(path)
    assert info.value.lines() == [f'{path}: touchpoints[3].stage: no stage with id "checkout"']


def test_load_of_a_missing_file_or_a_folder_is_a_load_error(tmp_path):
    for path in (tmp_path / "missing.journey", tmp_path):
        with pytest.raises(LoadError) as info:
            load(path)
        assert len(info.value.lines()) == 1
        assert info.value.lines()[0].startswith(f"{path}: ")


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions and a non-root user"
)
def test_load_of_an_unreadable_file_is_a_load_error(tmp_path):
    path = tmp_path / "secret.journey"
    path.write_bytes(raw_valid())
    path.chmod(0)
    try:
        with pytest.raises(LoadError) as info:
            load(path)
        assert info.value.lines() == [f"{path}: Permission denied"]
    finally:
        path.chmod(0o600)


# --- several problems at once ---------------------------------------------------------------


def test_several_shape_problems_are_reported_at_once_one_line_each():
    data = valid()
    data["title"] = ""
    data["language"] = "español"
    data["stages"][1]["color"] = "#12345"
    data["channels"][0]["kind"] = "web"
    data["touchpoints"][0]["emotion"] = 3
    data["touchpoints"][2]["direct"] = "true"
    data["connections"][1]["polarity"] = "good"
    assert refused(data) == lines(
        "title: must be 1 to 200 characters long (after trimming), not 0",
        f"language: 'español' {LANGUAGE_HINT}",
        f"stages[1].color: '#12345' {COLOUR_HINT}",
        "channels[0].kind: Input should be 'digital' or 'in_person'",
        "touchpoints[0].emotion: Input should be less than or equal to 2",
        "touchpoints[2].direct: Input should be a valid boolean",
        "connections[1].polarity: Input should be 'positive', 'negative' or 'neutral'",
    )


def test_several_document_problems_are_reported_at_once_one_line_each():
    data = valid()
    data["channels"].append({"id": "antes", "name": "Duplicado", "kind": "digital"})
    data["touchpoints"][3]["stage"] = "checkout"
    data["touchpoints"][0]["channel"] = "app"
    data["touchpoints"][1]["personas"] = ["nadie"]
    data["connections"][0]["target"] = "anuncio"
    data["connections"].append(
        {"id": "c3", "source": "carrito", "target": "caja", "polarity": "negative"}
    )
    assert refused(data) == lines(
        'channels[2].id: id "antes" is already used by stages[0]',
        'touchpoints[0].channel: no channel with id "app"',
        'touchpoints[1].personas[0]: no persona with id "nadie"',
        'touchpoints[3].stage: no stage with id "checkout"',
        "connections[0].target: a connection cannot lead from a touchpoint to itself",
        "connections[2]: same source, target and polarity as connections[1]",
    )


def test_the_number_of_reported_problems_is_capped():
    data = valid()
    data["touchpoints"] += [
        {"id": f"t{i}", "title": "T", "stage": "nowhere", "channel": "web"} for i in range(500)
    ]
    result = refused(data)
    assert len(result) == fileio.MAX_PROBLEMS
    assert result[0] == f'{FILE}: touchpoints[4].stage: no stage with id "nowhere"'


# --- unknown fields -------------------------------------------------------------------------


def with_unknown_fields() -> dict[str, Any]:
    """The valid file with unknown fields at every level, some before known ones."""
    data = valid()

    def put_first(obj: dict[str, Any], key: str, value: Any) -> dict[str, Any]:
        return {key: value, **obj}

    data = put_first(data, "z_first", {"nested": [1, 2.5, None, True, "ñ"], "b": {}})
    data["x_after"] = [{"deep": {"deeper": ["🙂"]}}]
    data["stages"][0] = put_first(data["stages"][0], "workshop_room", "B-12")
    data["stages"][0]["metrics"] = {"conversion_rate": 3.2, "bounce_rate": 40, "a": None}
    data["channels"][1]["opening_hours"] = {"mon": "9-18"}
    data["personas"][0]["quote"] = "Quiero pagar rápido"
    data["personas"][0]["age"] = 34
    data["touchpoints"][2] = put_first(data["touchpoints"][2], "sla_hours", 24)
    data["touchpoints"][2]["metrics"] = {"ces": 2, "effort_note": "easy", "nps": -10}
    data["touchpoints"][2]["zz_last"] = False
    data["connections"][0]["weight"] = 0.75
    data["connections"][0]["_comment"] = ""
    return data


KNOWN_ORDER = {
    "document": [
        "format",
        "version",
        "title",
        "description",
        "language",
        "created",
        "modified",
        "stages",
        "channels",
        "personas",
        "touchpoints",
        "connections",
    ],
    "stage": ["id", "name", "description", "color", "questions", "metrics"],
    "stage_metrics": ["conversion_rate", "retention_rate"],
    "channel": ["id", "name", "kind", "color"],
    "persona": [
        "id",
        "name",
        "description",
        "age",
        "goals",
        "needs",
        "frustrations",
        "habits",
        "color",
        "image",
    ],
    "touchpoint": [
        "id",
        "title",
        "description",
        "stage",
        "channel",
        "step",
        "emotion",
        "personas",
        "direct",
        "controllable",
        "initiative",
        "moment_of_truth",
        "owner",
        "pain_points",
        "opportunities",
        "tags",
        "metrics",
    ],
    "touchpoint_metrics": ["nps", "csat", "ces"],
    "connection": ["id", "source", "target", "polarity", "label", "personas"],
}


def objects_with_kind(data: dict[str, Any]):
    """Every object of a parsed file with the kind of object it is."""
    yield "document", data
    for stage in data.get("stages", []):
        yield "stage", stage
        if "metrics" in stage:
            yield "stage_metrics", stage["metrics"]
    for channel in data.get("channels", []):
        yield "channel", channel
    for persona in data.get("personas", []):
        yield "persona", persona
    for tp in data.get("touchpoints", []):
        yield "touchpoint", tp
        if "metrics" in tp:
            yield "touchpoint_metrics", tp["metrics"]
    for conn in data.get("connections", []):
        yield "connection", conn


def expected_order(kind: str, obj: dict[str, Any]) -> list[str]:
    known = [k for k in KNOWN_ORDER[kind] if k in obj]
    unknown = [k for k in obj if k not in KNOWN_ORDER[kind]]
    return known + unknown


def test_unknown_fields_are_kept_at_every_level_and_written_back_in_order():
    original = with_unknown_fields()
    doc = loads(encode(original), FILE)
    assert doc.__pydantic_extra__ == {
        "z_first": original["z_first"],
        "x_after": original["x_after"],
    }
    assert doc.stages[0].metrics.__pydantic_extra__ == {"bounce_rate": 40, "a": None}

    written = json.loads(dumps(doc))
    assert written == original  # nothing lost, nothing changed
    for (kind, obj), (_, written_obj) in zip(
        objects_with_kind(original), objects_with_kind(written), strict=True
    ):
        # known fields in the order of the format page, then unknown ones as they came
        assert list(written_obj) == expected_order(kind, obj), kind


def test_unknown_fields_survive_two_saves_and_a_real_file(tmp_path):
    original = with_unknown_fields()
    path = tmp_path / "extra.journey"
    save(loads(encode(original), FILE), path)
    first = path.read_bytes()
    save(load(path), path)
    assert path.read_bytes() == first
    assert json.loads(first) == original


def test_unknown_fields_may_have_any_name():
    data = valid()
    for key in ["_private", "__dict__", "model_config", "model_fields", "__class__", "", "ü"]:
        data[key] = {"v": key}
        data["touchpoints"][0][key] = [key]
    assert json.loads(dumps(accepted(data))) == data


# --- stable output --------------------------------------------------------------------------


def full_document() -> Document:
    """A document with every field of the format set (and a non-default value)."""
    return Document(
        title="Compra online",
        description="Todas las columnas",
        language="es",
        created="2026-11-22T09:00:00Z",
        modified="2026-11-23T10:30:00Z",
        stages=[
            Stage(
                id="antes",
                name="Antes",
                description="Descubre",
                color="#4C78A8",
                questions=["¿Cómo nos conoce?"],
                metrics=StageMetrics(conversion_rate=3.2, retention_rate=80),
            )
        ],
        channels=[
            Channel(id="web", name="Web", kind=ChannelKind.DIGITAL, color="#000000"),
            Channel(id="tienda", name="Tienda", kind=ChannelKind.IN_PERSON),
        ],
        personas=[
            Persona(
                id="lucia",
                name="Lucía",
                description="Diseñadora",
                age=34,
                goals=["g"],
                needs=["n"],
                frustrations=["f"],
                habits=["h"],
                color="#B279A2",
                image=data_url("png", PNG + b"data"),
            )
        ],
        touchpoints=[
            Touchpoint(
                id="anuncio",
                title="Anuncio",
                description="En redes",
                stage="antes",
                channel="web",
                step=2,
                emotion=-1,
                personas=["lucia"],
                direct=False,
                controllable=False,
                initiative=Initiative.PROACTIVE,
                moment_of_truth=True,
                owner="Marketing",
                pain_points=["p"],
                opportunities=["o"],
                tags=["t"],
                metrics=TouchpointMetrics(nps=10, csat=80.5, ces=2),
            ),
            Touchpoint(id="caja", title="Caja", stage="antes", channel="tienda", step=3),
        ],
        connections=[
            Connection(
                id="c1",
                source="anuncio",
                target="caja",
                polarity=Polarity.NEGATIVE,
                label="si hay cola",
                personas=["lucia"],
            )
        ],
    )


def test_every_field_is_written_in_the_order_of_the_format_page():
    doc = full_document()
    assert find_problems(doc) == []
    written = json.loads(dumps(doc))
    for kind, obj in objects_with_kind(written):
        if kind in (
            "document",
            "stage",
            "persona",
            "connection",
            "stage_metrics",
            "touchpoint_metrics",
        ):
            assert list(obj) == KNOWN_ORDER[kind], kind
    assert list(written["touchpoints"][0]) == KNOWN_ORDER["touchpoint"]
    assert list(written["channels"][0]) == KNOWN_ORDER["channel"]
    # defaults are left out, but the required and always-present fields are written
    assert list(written["touchpoints"][1]) == ["id", "title", "stage", "channel", "step", "emotion"]
    assert written["touchpoints"][1]["emotion"] is None
    assert list(written["channels"][1]) == ["id", "name", "kind"]


def test_output_has_two_space_indent_and_one_final_newline():
    out = dumps(full_document())
    text = out.decode("utf-8")
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert text == json.dumps(json.loads(text), indent=2, ensure_ascii=False) + "\n"
    assert "\r" not in text
    assert all(line == line.rstrip() for line in text.splitlines())
    assert '\n  "version": 1,\n' in text
    assert '\n      "id": "antes",\n' in text
    # text is written as UTF-8, not as \\u escapes
    assert "Lucía".encode() in out and b"\\u00ed" not in out


def test_saving_an_unchanged_document_gives_identical_bytes(tmp_path):
    path = tmp_path / "m.journey"
    save(full_document(), path)
    first = path.read_bytes()
    for _ in range(3):
        save(load(path), path)
        assert path.read_bytes() == first
    assert dumps(loads(first)) == first


def test_arrays_keep_document_order():
    data = valid()
    data["stages"].reverse()
    data["channels"].reverse()
    data["touchpoints"].reverse()
    data["personas"][0]["goals"] = ["z", "a", "m"]
    written = json.loads(dumps(accepted(data)))
    assert [s["id"] for s in written["stages"]] == ["durante", "antes"]
    assert [c["id"] for c in written["channels"]] == ["tienda", "web"]
    assert [t["id"] for t in written["touchpoints"]] == ["caja", "carrito", "visita", "anuncio"]
    assert written["personas"][0]["goals"] == ["z", "a", "m"]
