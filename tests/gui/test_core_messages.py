"""Why a file cannot be opened, a refused edit, a paste: in the interface language.

The core reports problems as values; the window words them with the language it
installed (:mod:`journeydesigner.gui.core_messages`). In Spanish no English word
of the wording tables is left, while places in the file and quoted values stay;
in English every line is the command line's.
"""

from __future__ import annotations

import json
import re
import string

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QMessageBox

from journeydesigner import edits
from journeydesigner.fileio import LoadError, loads
from journeydesigner.gui.core_messages import problem_lines, problem_text
from journeydesigner.model import Problem
from journeydesigner.problems import codes as C  # noqa: N812
from journeydesigner.problems import en, es, line, word, word_place
from tests.cli.broken_files import BROKEN
from tests.core.test_format_rules import encode, valid
from tests.gui.test_translations import spanish  # noqa: F401 - a fixture

WORD = re.compile(r"[A-Za-z]+")
QUOTED = re.compile(r'"[^"]*"|\'[^\']*\'')
#: a place in the document named in a message ("already used by channels[0]")
PATH = re.compile(r"\w+\[\d+\]")


def _texts(table) -> list[str]:
    terms = [w for words in table.TERMS.values() for w in words.values()]
    return [*table.MESSAGES.values(), *terms, *table.PLACES.values()]


def _literal_words(texts: list[str]) -> set[str]:
    return {w for text in texts for literal, *_ in string.Formatter().parse(text)
            for w in WORD.findall(literal)}


#: Words of the English wording that the Spanish never uses.
ENGLISH_WORDS = _literal_words(_texts(en)) - _literal_words(_texts(es))


def _problems(raw: bytes) -> list[Problem]:
    with pytest.raises(LoadError) as info:
        loads(raw, "roto.journey")
    return info.value.problems


@pytest.mark.parametrize("case", BROKEN)
@pytest.mark.usefixtures("spanish")
def test_every_problem_is_shown_in_spanish(case):
    problems = _problems(BROKEN[case])
    shown = problem_lines(problems)
    assert shown == [line(p, "es") for p in problems]
    for problem, text in zip(problems, shown, strict=True):
        message = word(problem, "es")
        assert message != problem.message, f"{case}: {problem.message!r} stays English"
        # what the file holds, quoted as the core quotes it, is kept; no English word is left
        assert QUOTED.findall(problem.message) == QUOTED.findall(message)
        left = set(WORD.findall(PATH.sub("", QUOTED.sub("", message)))) & ENGLISH_WORDS
        assert not left, f"{case}: {text!r} keeps {left}"
        # a path in the document is kept; a line and column are worded
        assert text == (f"{word_place(problem.place, 'es')}: {message}" if problem.place
                        else message)
        assert problem.place.path in text
        if problem.place.line is not None:
            assert "línea" in text and "line" not in text


@pytest.mark.parametrize("case", BROKEN)
def test_in_english_the_lines_are_the_cores(qapp, case):
    problems = _problems(BROKEN[case])
    assert problem_lines(problems) == [str(p) for p in problems]


@pytest.mark.usefixtures("spanish")
def test_examples_of_the_spanish():
    lines = problem_lines(_problems(BROKEN["unknown-stage"]) + _problems(BROKEN["broken-json"]))
    assert lines == [
        'touchpoints[0].stage: no hay ninguna etapa con el identificador "nowhere"',
        "línea 3, columna 11: no es JSON válido: aquí debería haber dos puntos, después de la "
        "clave",
    ]
    long = C.NUMBER_OUT_OF_RANGE_LONG(low=-100, high=100, start="100000000000", digits=401)
    assert problem_text(long) == "debe estar entre -100 y 100, no 100000000000… (401 cifras)"
    assert problem_lines(_problems(BROKEN["choice"])) == [
        "channels[0].kind: debe ser 'digital' o 'in_person'"]


@pytest.mark.usefixtures("spanish")
def test_refused_edits_and_pastes_are_shown_in_spanish():
    from journeydesigner import clipboard
    from journeydesigner.problems import ProblemError

    doc = loads(encode(valid()))
    edits.apply(doc, edits.delete_stage_or_channel(doc, "stages", "antes", "x"))
    with pytest.raises(edits.EditError) as info:
        edits.delete_stage_or_channel(doc, "stages", "durante", "x")
    assert problem_text(info.value.problem) == "un mapa necesita al menos una etapa"
    with pytest.raises(edits.EditError) as info:
        edits.update_object(doc, "touchpoints", "carrito", {"emotion": 5}, "x")
    assert problem_text(info.value.problem) == "emotion: debe ser menor o igual que 2"
    with pytest.raises(ProblemError) as pasted:
        clipboard.paste_objects(doc, {"format": "other"}, None)
    assert problem_text(pasted.value.problem) == (
        "el portapapeles no contiene puntos de contacto de JourneyDesigner")


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


@pytest.mark.usefixtures("spanish")
def test_the_window_shows_the_problems_in_spanish(monkeypatch, tmp_path):
    box = _shown_box(monkeypatch, tmp_path, BROKEN["several"])
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
    raw = BROKEN["several"]
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
