"""Why a file cannot be opened, in the interface language.

The core words load problems in English (it is used from the command line too);
the window shows them through :func:`core_messages.problem_lines`. In Spanish no
English message is left, while the places in the file and the quoted values stay
as they are; in English every line is the core's own; a message no rule knows
passes through unchanged.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QMessageBox

from journeydesigner.fileio import LoadError, loads
from journeydesigner.gui.core_messages import problem_lines, translate_problem
from journeydesigner.i18n_catalog import read_ts, source_strings, ts_path
from journeydesigner.model import Problem
from tests.core.test_format_rules import encode, valid
from tests.gui.test_translations import spanish  # noqa: F401 - a fixture

WORD = re.compile(r"[A-Za-z]+")
QUOTED = re.compile(r'"[^"]*"|\'[^\']*\'')


_DELETE = object()


def _changed(path: str, value: Any) -> bytes:
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


PNG = "data:image/png;base64,"

BROKEN: dict[str, bytes] = {
    "missing field": _changed("title", _DELETE),
    "missing version": _changed("version", _DELETE),
    "wrong type: text": _changed("title", 5),
    "wrong type: integer": _changed("touchpoints.0.step", "1"),
    "wrong type: boolean": _changed("touchpoints.0.direct", "yes"),
    "wrong type: list": _changed("stages", {}),
    "wrong type: object": _changed("stages.0", "antes"),
    "wrong choice": _changed("channels.0.kind", "web"),
    "wrong choice of three": _changed("connections.0.polarity", "good"),
    "bad id": _changed("stages.0.id", "no good"),
    "unknown stage": _changed("touchpoints.0.stage", "nowhere"),
    "unknown channel": _changed("touchpoints.0.channel", "fax"),
    "unknown persona": _changed("touchpoints.0.personas", ["nadie", "lucia", "lucia"]),
    "unknown touchpoint": _changed("connections.0.target", "gone"),
    "duplicate id": _changed("personas.1.id", "web"),
    "duplicate connection": _changed("connections.1", valid()["connections"][0] | {"id": "c3"}),
    "connection to itself": _changed("connections.0.target", "anuncio"),
    "no stages": _changed("stages", []),
    "newer version": _changed("version", 2),
    "version not an integer": _changed("version", True),
    "version not 1": _changed("version", 0),
    "not a journey": _changed("format", "other"),
    "name too long": _changed("stages.0.name", "x" * 121),
    "text too long": _changed("touchpoints.0.tags", ["x" * 201]),
    "emotion too high": _changed("touchpoints.0.emotion", 3),
    "step too low": _changed("touchpoints.0.step", -1),
    "metric out of range": _changed("touchpoints.0.metrics", {"nps": 101, "ces": 10**40}),
    "metric not a number": _changed("touchpoints.0.metrics", {"csat": "90%"}),
    "colour": _changed("stages.0.color", "red"),
    "language": _changed("language", "español"),
    "timestamp": _changed("created", "yesterday"),
    "timestamp not in UTC": _changed("modified", "2026-11-22T09:00:00+01:00"),
    "image URL": _changed("personas.0.image", "http://example.com/a.png"),
    "image data": _changed("personas.0.image", PNG + "/9j/4AAQ"),
    "top level": b"[]",
    "broken JSON": b'{\n  "format": "journeydesigner",\n  "title" "Compra"\n}',
    "unterminated string": b'{\n  "title": "Compra\n}',
    "duplicate key": b'{"format": "journeydesigner", "format": "journeydesigner"}',
    "NaN": b'{"a": NaN}',
    "huge number": b'{"a": 1e999}',
    "huge integer": b'{"a": ' + b"9" * 5000 + b"}",
    "invalid UTF-8": b'{\n  "title": "caf\xe9"\n}',
    "lone surrogate": b'{"title": "\\ud800"}',
    "too deep": b"[" * 70 + b"]" * 70,
    "empty": b"  \n",
}


def _problems(raw: bytes) -> list[Problem]:
    with pytest.raises(LoadError) as info:
        loads(raw, "roto.journey")
    return info.value.problems


@pytest.fixture(scope="module")
def english_words() -> set[str]:
    """Words of the core's English messages that their Spanish never uses."""
    sources = [s for s, where in source_strings().items() if where.endswith("core_messages.py")]
    spanish_of = read_ts(ts_path("es"))
    english = {w for s in sources for w in WORD.findall(s)}
    return english - {w for s in sources for w in WORD.findall(spanish_of[s])}


@pytest.mark.parametrize("case", BROKEN)
@pytest.mark.usefixtures("spanish")
def test_every_problem_is_shown_in_spanish(english_words, case):
    problems = _problems(BROKEN[case])
    shown = problem_lines(problems)
    assert len(shown) == len(problems)
    for problem, line in zip(problems, shown, strict=True):
        message = translate_problem(problem.message)
        assert message != problem.message, f"{case}: {problem.message!r} stays English"
        # what the file holds, as the core quoted it, is kept; no English word is left
        assert QUOTED.findall(problem.message) == QUOTED.findall(message)
        left = set(WORD.findall(QUOTED.sub("", message))) & english_words
        assert not left, f"{case}: {message!r} keeps {left}"
        # a path in the document is kept; a line and column are translated
        if problem.place.startswith(("line ", "byte ")):
            assert line.startswith(("línea ", "byte ")) and "line" not in line
            assert line.endswith(": " + message)
        else:
            assert line == str(Problem(problem.place, message))


@pytest.mark.parametrize("case", BROKEN)
def test_in_english_the_lines_are_the_cores(qapp, case):
    problems = _problems(BROKEN[case])
    assert problem_lines(problems) == [str(p) for p in problems]
    assert [translate_problem(p.message) for p in problems] == [p.message for p in problems]


@pytest.mark.usefixtures("spanish")
def test_examples_of_the_spanish():
    lines = problem_lines(_problems(BROKEN["unknown stage"]) + _problems(BROKEN["broken JSON"]))
    assert lines == [
        'touchpoints[0].stage: no hay ninguna etapa con el identificador "nowhere"',
        "línea 3, columna 11: no es JSON válido: aquí debería haber dos puntos, después de la "
        "clave",
    ]
    assert translate_problem("must be from -100 to 100, not 100000000000… (401 digits)") == (
        "debe estar entre -100 y 100, no 100000000000… (401 cifras)")
    assert translate_problem("Input should be 'digital' or 'in_person'") == (
        "debe ser 'digital' o 'in_person'")


@pytest.mark.parametrize("language", ["en", "es"])
def test_an_unknown_message_passes_through(qapp, language):
    from journeydesigner.gui.i18n import install_translators

    try:
        install_translators(language)
        for message in ("the core says something new", "Input should be a valid snake",
                        'no dragon with id "x"', ""):
            assert translate_problem(message) == message
        problems = [Problem("touchpoints[3].stage", "something new"), Problem("", "odd")]
        assert problem_lines(problems) == ["touchpoints[3].stage: something new", "odd"]
        # a place is never looked up as interface text ("title" is not "Título")
        assert problem_lines([Problem("title", "required field is missing")])[0].startswith(
            "title: ")
    finally:
        install_translators("en")


def _shown_box(monkeypatch, tmp_path, raw: bytes) -> dict[str, str]:
    """The texts of the box the window shows for a file holding ``raw`` (the box is
    not run modally, and goes with the window)."""
    from journeydesigner.gui.main_window import MainWindow

    boxes: list[dict[str, str]] = []

    def exec_(box: QMessageBox) -> int:
        boxes.append({"text": box.text(), "informative": box.informativeText(),
                      "detailed": box.detailedText()})
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    path = tmp_path / "roto.journey"
    path.write_bytes(raw)
    window = MainWindow()
    try:
        assert not window.open_path(path, ask=False)
    finally:
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert len(boxes) == 1
    return boxes[0]


def _several_problems() -> bytes:
    data = valid()
    del data["version"]
    data["personas"][1]["id"] = "web"
    data["touchpoints"][0]["stage"] = "nowhere"
    return encode(data)


@pytest.mark.usefixtures("spanish")
def test_the_window_shows_the_problems_in_spanish(monkeypatch, tmp_path):
    box = _shown_box(monkeypatch, tmp_path, _several_problems())
    assert box["text"] == "No se puede abrir roto.journey:"
    expected = [
        "version: falta este campo obligatorio",
        'personas[1].id: el identificador "web" ya lo usa channels[0]',
        'touchpoints[0].stage: no hay ninguna etapa con el identificador "nowhere"',
    ]
    assert box["informative"].splitlines() == expected
    path = tmp_path / "roto.journey"
    assert box["detailed"].splitlines() == [f"{path}: {line}" for line in expected]


def test_the_window_shows_the_problems_in_english(qapp, monkeypatch, tmp_path):
    raw = _several_problems()
    box = _shown_box(monkeypatch, tmp_path, raw)
    with pytest.raises(LoadError) as info:
        loads(raw, tmp_path / "roto.journey")
    assert box["informative"].splitlines() == [str(p) for p in info.value.problems]
    assert box["detailed"].splitlines() == info.value.lines()


@pytest.mark.usefixtures("spanish")
def test_only_the_first_eight_problems_are_listed(monkeypatch, tmp_path):
    data = valid()
    data["touchpoints"] = [dict(data["touchpoints"][0], id=f"t{i}", stage="x") for i in range(12)]
    data["connections"] = []
    box = _shown_box(monkeypatch, tmp_path, json.dumps(data).encode())
    lines = box["informative"].splitlines()
    assert len(lines) == 9 and lines[-1] == "…"
    assert all("no hay ninguna etapa" in line for line in lines[:8])
    assert len(box["detailed"].splitlines()) == 12
