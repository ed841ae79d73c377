"""Broken .journey files, one per kind of problem the loader reports: the corpus of
the golden tests of ``validate`` (English and Spanish) and of the window's wording."""

from __future__ import annotations

import json
from typing import Any

from tests.core.test_format_rules import encode, valid

_DELETE = object()
PNG = "data:image/png;base64,"


def changed(path: str, value: Any) -> bytes:
    """The valid file with ``path`` ("touchpoints.0.step") set to ``value`` (or deleted)."""
    data = parent = valid()
    *parents, last = [int(p) if p.isdigit() else p for p in path.split(".")]
    for part in parents:
        parent = parent[part]
    if value is _DELETE:
        del parent[last]
    else:
        parent[last] = value
    return encode(data)


def _several() -> bytes:
    data = valid()
    del data["version"]
    data["personas"][1]["id"] = "web"
    data["touchpoints"][0]["stage"] = "nowhere"
    return encode(data)


def _many_stages() -> bytes:
    data = valid()
    data["stages"] = [{"id": f"s{i}", "name": f"Stage {i}"} for i in range(101)]
    data["touchpoints"] = []
    data["connections"] = []
    return encode(data)


def _counted_in_raw_json() -> bytes:
    """Over 1 MiB, so the touchpoints are counted before anything is validated."""
    data = valid()
    data["description"] = "x" * (1 << 20)
    data["touchpoints"] = [dict(data["touchpoints"][0], id=f"t{i}") for i in range(10_001)]
    data["connections"] = []
    return json.dumps(data).encode()


def _with(extra: bytes) -> bytes:
    """The valid file with ``"x": EXTRA`` added to its first touchpoint."""
    text = encode(valid())
    return text.replace(b'"id": "anuncio",', b'"x": ' + extra + b', "id": "anuncio",', 1)


BROKEN: dict[str, bytes] = {
    "missing-field": changed("title", _DELETE),
    "missing-version": changed("version", _DELETE),
    "type-text": changed("title", 5),
    "type-integer": changed("touchpoints.0.step", "1"),
    "type-integer-float": changed("touchpoints.0.step", 1.0),
    "type-boolean": changed("touchpoints.0.direct", "yes"),
    "type-list": changed("stages", {}),
    "type-object": changed("stages.0", "antes"),
    "type-null": changed("title", None),
    "type-text-list": changed("touchpoints.0.tags", [1, True]),
    "choice": changed("channels.0.kind", "web"),
    "choice-of-three": changed("connections.0.polarity", "good"),
    "choice-initiative": changed("touchpoints.0.initiative", 3),
    "bad-id": changed("stages.0.id", "no good"),
    "bad-id-type": changed("stages.0.id", 7),
    "unknown-stage": changed("touchpoints.0.stage", "nowhere"),
    "unknown-channel": changed("touchpoints.0.channel", "fax"),
    "unknown-persona": changed("touchpoints.0.personas", ["nadie", "lucia", "lucia"]),
    "unknown-touchpoint": changed("connections.0.target", "gone"),
    "duplicate-id": changed("personas.1.id", "web"),
    "duplicate-connection": changed("connections.1", valid()["connections"][0] | {"id": "c3"}),
    "connection-to-itself": changed("connections.0.target", "anuncio"),
    "no-stages": changed("stages", []),
    "no-channels": changed("channels", []),
    "newer-version": changed("version", 2),
    "version-boolean": changed("version", True),
    "version-float": changed("version", 1.0),
    "version-zero": changed("version", 0),
    "not-a-journey": changed("format", "other"),
    "name-too-long": changed("stages.0.name", "x" * 121),
    "name-blank": changed("stages.0.name", "   "),
    "text-too-long": changed("touchpoints.0.tags", ["x" * 201]),
    "description-too-long": changed("description", "x" * 20_001),
    "emotion-too-high": changed("touchpoints.0.emotion", 3),
    "emotion-too-low": changed("touchpoints.0.emotion", -3),
    "step-too-low": changed("touchpoints.0.step", -1),
    "age-too-high": changed("personas.0.age", 151),
    "metric-out-of-range": changed("touchpoints.0.metrics", {"nps": 101, "ces": 10**40}),
    "metric-decimal-out-of-range": changed("stages.0.metrics", {"conversion_rate": 100.5}),
    "metric-not-a-number": changed("touchpoints.0.metrics", {"csat": "90%"}),
    "metric-boolean": changed("touchpoints.0.metrics", {"csat": True}),
    "metrics-not-object": changed("touchpoints.0.metrics", [1]),
    "colour": changed("stages.0.color", "red"),
    "language": changed("language", "español"),
    "language-too-long": changed("language", "es-" + "-".join(["abcdefgh"] * 5)),
    "timestamp": changed("created", "yesterday"),
    "timestamp-not-utc": changed("modified", "2026-11-22T09:00:00+01:00"),
    "timestamp-too-long": changed("created", "2026-11-22T09:00:00Z" + " " * 60),
    "image-url": changed("personas.0.image", "http://example.com/a.png"),
    "image-data": changed("personas.0.image", PNG + "/9j/4AAQ"),
    "image-base64": changed("personas.0.image", PNG + "iVBORw0KGgo===x"),
    "image-large": changed("personas.0.image", PNG + "A" * (3 << 20)),
    "several": _several(),
    "many-stages": _many_stages(),
    "counted-in-raw-json": _counted_in_raw_json(),
    "top-level-array": b"[]",
    "top-level-string": b'"journey"',
    "top-level-number": b"12",
    "top-level-boolean": b"true",
    "top-level-null": b"null",
    "broken-json": b'{\n  "format": "journeydesigner",\n  "title" "Compra"\n}',
    "missing-comma": b'{"format": "journeydesigner" "title": "Compra"}',
    "expecting-value": b'{"format": }',
    "property-name": b'{"format": "journeydesigner",}',
    "extra-data": b'{"format": "journeydesigner"} {}',
    "unterminated-string": b'{\n  "title": "Compra\n}',
    "control-character": b'{"title": "a\tb", "x": 1}',
    "bad-escape": b'{"title": "a\\qb", "x": 1}',
    "bad-u-escape": b'{"title": "a\\u12", "x": 1}',
    "cut-short": b'{\n  "format": "journeydesigner",\n  "title": ',
    "duplicate-key": b'{"format": "journeydesigner", "format": "journeydesigner"}',
    "duplicate-key-nested": _with(b'{"a": 1, "a": 2}'),
    "nan": b'{"a": NaN}',
    "nan-nested": _with(b"[1, NaN]"),
    "infinity": _with(b"-Infinity"),
    "huge-number": b'{"a": 1e999}',
    "huge-number-nested": _with(b"1e309"),
    "huge-integer": b'{"a": ' + b"9" * 5000 + b"}",
    "huge-integer-nested": _with(b"9" * 4301),
    "invalid-utf8": b'{\n  "title": "caf\xe9"\n}',
    "lone-surrogate": b'{"title": "\\ud800"}',
    "lone-surrogate-nested": _with(b'["ok", "\\udc00"]'),
    "lone-surrogate-key": _with(b'{"\\ud800": 1}'),
    "too-deep": b"[" * 70 + b"]" * 70,
    "too-deep-nested": _with(b"[" * 64 + b"]" * 64),
    "too-deep-recursion": b"[" * 100_000 + b"]" * 100_000,
    "empty": b"  \n",
    "empty-file": b"",
}
