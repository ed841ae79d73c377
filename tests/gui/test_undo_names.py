"""The History dock names what each step changed: twenty "Set emotion" lines
told a facilitator nothing. Every kind of edit is made here, in English and in
Spanish, and every undo command must name its object in quotes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QColorDialog, QInputDialog, QMessageBox

from journeydesigner import edits
from journeydesigner.layout import Cell

CTRL = Qt.KeyboardModifier.ControlModifier


def history(window) -> list[str]:
    stack = window.controller.undo_stack
    return [stack.text(i) for i in range(stack.count())]


def every_kind_of_edit(window, monkeypatch) -> None:
    """Each gesture that makes an undo command, once."""
    view, scene = window.view, window.view.journey_scene
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Fidelización", True))
    monkeypatch.setattr(QColorDialog, "getColor", lambda *a, **k: QColor("#123456"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr("journeydesigner.gui.dialogs.delete_header.ask", lambda box: True)
    scene.select_touchpoints(["carrito"])
    QTest.keyClicks(view, "2")  # set emotion
    QTest.keyClicks(view, "0")  # clear emotion
    scene.select_touchpoints(["blog", "resenas"])
    QTest.keyClicks(view, "4")  # two cards at once
    QTest.keyClick(view, Qt.Key.Key_Down)  # move
    view.set_persona(["blog"], "andres", True)
    scene.select_touchpoints(["blog"])
    QTest.keyClick(view, Qt.Key.Key_K, CTRL)
    scene.select_touchpoints(["tpv"])
    QTest.keyClick(view, Qt.Key.Key_K, CTRL)  # add a path; it is selected now
    QTest.keyClicks(view, "n")  # its polarity
    QTest.keyClick(view, Qt.Key.Key_F2)
    QTest.keyClicks(view.editor, "Sigue")
    QTest.keyClick(view.editor, Qt.Key.Key_Return)  # its label
    scene.select_touchpoints(["tpv"])
    QTest.keyClick(view, Qt.Key.Key_F2)
    view.editor.selectAll()
    QTest.keyClicks(view.editor, "Caja")
    QTest.keyClick(view.editor, Qt.Key.Key_Return)  # rename a card
    scene.clearSelection()
    scene.set_cursor(Cell("despues", "telefono", 0))
    QTest.keyClicks(view, "E")
    QTest.keyClicks(view.editor, "ncuesta")
    QTest.keyClick(view.editor, Qt.Key.Key_Return)  # quick add
    QTest.keyClick(view.editor, Qt.Key.Key_Escape)
    scene.select_touchpoints(["factura"])
    window.duplicate()
    window.copy()
    window.paste()
    scene.select_touchpoints(["encuesta"])
    window.cut()
    scene.select_touchpoints(["gracias"])
    window.delete_selection()
    for headers, obj_id in ((scene.stage_headers, "despues"), (scene.lane_headers, "chat")):
        scene.clearSelection()
        headers[obj_id].setSelected(True)
        QTest.keyClick(view, Qt.Key.Key_F2)
        view.editor.selectAll()
        QTest.keyClicks(view.editor, "Nombre")
        QTest.keyClick(view.editor, Qt.Key.Key_Return)  # rename a stage, a channel
        headers[obj_id].setSelected(True)
        window.move_header(-1)
        window.recolor_header()
        if obj_id == "chat":
            window.toggle_channel_kind()
        window.properties.pages[headers[obj_id].kind].commit("name", "Otra")
    scene.clearSelection()
    scene.stage_headers["antes"].setSelected(True)
    window.add_stage()
    scene.clearSelection()
    scene.lane_headers["web"].setSelected(True)
    window.add_channel()
    window.properties.show_object("touchpoint", "blog")
    window.properties.pages["touchpoint"].commit("description", "Artículos")
    window.properties.show_object("connection", "c01")
    window.properties.pages["connection"].commit("label", "Lee")
    window.properties.show_object("map", "map")
    for field, value in (("title", "Zapatillas"), ("description", "Otra"), ("language", "es-MX")):
        window.properties.pages["map"].commit(field, value)
    personas = window.personas
    personas.add_persona()
    personas.commit("name", "Lucía")
    personas.move_persona(-1)
    personas.delete_persona()
    scene.clearSelection()
    scene.lane_headers["telefono"].setSelected(True)
    window.delete_selection()  # a channel with its touchpoints


def test_every_undo_command_names_its_object(window, monkeypatch):
    every_kind_of_edit(window, monkeypatch)
    texts = history(window)
    assert len(texts) >= 30
    unnamed = [t for t in texts if "“" not in t or "”" not in t]
    assert not unnamed
    assert texts[0] == f"Set emotion of “{window.controller.doc.touchpoint('carrito').title}”"
    assert texts[2].endswith("and 1 more")
    assert len(set(texts)) > len(texts) * 0.8  # steps tell each other apart


def test_set_emotion_names_the_card_and_long_titles_are_shortened(window):
    scene, view = window.view.journey_scene, window.view
    for tp_id in ("carrito", "tpv"):
        scene.select_touchpoints([tp_id])
        QTest.keyClicks(view, "5")
    doc = window.controller.doc
    assert history(window) == [f"Set emotion of “{doc.touchpoint(i).title}”"
                               for i in ("carrito", "tpv")]
    window.controller.try_perform(
        edits.update_object, "touchpoints", "tpv",
        {"title": "Una tarjeta con un título larguísimo que no cabe en la historia"}, "x")
    scene.select_touchpoints(["tpv"])
    QTest.keyClicks(view, "1")
    assert history(window)[-1] == "Set emotion of “Una tarjeta con un título larguísimo…”"


@pytest.fixture
def es_window(qapp, window):
    from journeydesigner.gui.i18n import install_translators

    assert install_translators("es") == "es"
    yield window
    install_translators("en")


def test_undo_commands_name_their_object_in_spanish(es_window, monkeypatch):
    window = es_window
    every_kind_of_edit(window, monkeypatch)
    texts = history(window)
    assert texts[0] == f"Asignar emoción a “{window.controller.doc.touchpoint('carrito').title}”"
    assert texts[2].endswith("y 1 más")
    unnamed = [t for t in texts if "“" not in t]
    assert not unnamed
    english = [t for t in texts if t.split("“")[0].strip() in
               {"Set emotion of", "Move", "Delete", "Add path", "Rename", "Edit label of"}]
    assert not english
