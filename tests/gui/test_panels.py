"""The properties and touchpoint library docks, driven like a user would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from journeydesigner.fileio import dumps
from journeydesigner.gui.panels.palette import ENTRY_ROLE, LIBRARY_MIME, PaletteDock
from journeydesigner.gui.panels.properties import PropertiesDock

from .canvas_helpers import focus_out, undo_restores

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture
def dock(qtbot, controller):
    widget = PropertiesDock(controller)
    qtbot.addWidget(widget)
    widget.resize(360, 700)
    return widget


# --------------------------------------------------------------------------- properties


def test_identity_and_hint(dock):
    assert dock.objectName() == "propertiesDock"
    assert dock.windowTitle() == "Properties"
    assert dock.stack.currentWidget() is dock.hint
    assert dock.hint.text() == "Select a touchpoint, path, note, stage, channel or lane"
    dock.show_object("touchpoint", "ig-anuncio")
    assert dock.stack.currentWidget() is dock.touchpoint_page
    dock.show_object(None, None)
    assert dock.stack.currentWidget() is dock.hint
    dock.show_object("touchpoint", "ig-anuncio")
    dock.show_object("note", "c01")  # a kind with no page
    assert dock.stack.currentWidget() is dock.hint


def test_form_shows_every_touchpoint_field(dock, controller):
    dock.show_object("touchpoint", "chatbot")
    tp = controller.doc.touchpoint("chatbot")
    page = dock.touchpoint_page
    assert page.title.text() == tp.title
    assert page.description.toPlainText() == tp.description
    assert page.stage.currentText() == controller.doc.stage(tp.stage).name
    assert page.channel.currentText() == controller.doc.channel(tp.channel).name
    assert page.step.value() == tp.step
    assert page.pain_points.toPlainText() == "\n".join(tp.pain_points)
    assert page.opportunities.toPlainText() == "\n".join(tp.opportunities)
    assert page.direct.isChecked() == tp.direct
    assert page.controllable.isChecked() == tp.controllable
    assert page.moment_of_truth.isChecked() == tp.moment_of_truth
    assert page.owner.text() == tp.owner
    dock.show_object("touchpoint", "ig-anuncio")
    assert page.csat.text() == "71"
    assert page.nps.text() == ""
    assert page.emotion.currentText() == "+1 Positive"
    assert page.initiative.currentText() == "Proactive"


def test_every_input_has_an_accessible_name(dock):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QLineEdit,
        QListWidget,
        QSpinBox,
    )

    for kind in ("touchpoint", "stage", "channel"):
        page = dock.pages[kind]
        for cls in (QAbstractButton, QComboBox, QLineEdit, QListWidget, QSpinBox, QPlainTextEdit):
            for widget in page.findChildren(cls):
                if isinstance(widget.parent(), (QSpinBox, QComboBox, QLineEdit)):
                    continue  # Qt's own parts: a spin box's line edit, a clear button
                assert widget.accessibleName(), (kind, widget)


def test_title_line_edit_is_one_undoable_edit(qtbot, dock, controller):
    before = dumps(controller.doc)
    dock.show_object("touchpoint", "ig-anuncio")
    title = dock.touchpoint_page.title
    title.selectAll()
    qtbot.keyClicks(title, "Anuncio en TikTok")
    assert controller.doc.touchpoint("ig-anuncio").title != "Anuncio en TikTok"  # not yet
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert controller.doc.touchpoint("ig-anuncio").title == "Anuncio en TikTok"
    assert controller.undo_stack.undoText().startswith("Edit touchpoint “")
    qtbot.keyClick(title, Qt.Key.Key_Return)  # nothing changed: no second edit
    undo_restores(controller, before)
    assert title.text() == "Anuncio patrocinado en Instagram"  # undo refreshed the form


def test_empty_title_is_refused_and_the_old_one_shown(qtbot, dock, controller, problems):
    before = dumps(controller.doc)
    dock.show_object("touchpoint", "ig-anuncio")
    title = dock.touchpoint_page.title
    title.clear()
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert problems and "title" in problems[0]
    assert title.text() == "Anuncio patrocinado en Instagram"
    assert controller.undo_stack.count() == 0
    assert dumps(controller.doc) == before


def test_emotion_combo(dock, controller):
    before = dumps(controller.doc)
    dock.show_object("touchpoint", "ig-anuncio")
    combo = dock.touchpoint_page.emotion
    combo.setCurrentIndex(combo.findText("\u22122 Very negative"))
    assert controller.doc.touchpoint("ig-anuncio").emotion == -2
    combo.setCurrentIndex(combo.findText("Not set"))
    assert controller.doc.touchpoint("ig-anuncio").emotion is None
    assert controller.undo_stack.count() == 2
    controller.undo_stack.undo()
    assert combo.currentText() == "\u22122 Very negative"
    controller.undo_stack.undo()
    assert dumps(controller.doc) == before
    assert combo.currentText() == "+1 Positive"


def test_persona_check(dock, controller):
    before = dumps(controller.doc)
    dock.show_object("touchpoint", "ig-anuncio")  # personas: ["lucia"]
    personas = dock.touchpoint_page.personas
    assert [personas.item(i).text() for i in range(personas.count())] == ["Lucía", "Andrés"]
    assert personas.item(0).checkState() == Qt.CheckState.Checked
    personas.item(1).setCheckState(Qt.CheckState.Checked)
    assert controller.doc.touchpoint("ig-anuncio").personas == ["lucia", "andres"]
    personas.item(0).setCheckState(Qt.CheckState.Unchecked)
    personas.item(1).setCheckState(Qt.CheckState.Unchecked)
    assert controller.doc.touchpoint("ig-anuncio").personas == []  # = every persona
    assert "None checked" in dock.touchpoint_page.personas_hint.text()
    for _ in range(3):
        controller.undo_stack.undo()
    assert dumps(controller.doc) == before
    assert personas.item(0).checkState() == Qt.CheckState.Checked
    assert personas.item(1).checkState() == Qt.CheckState.Unchecked


def test_checkboxes_initiative_and_placement(dock, controller):
    dock.show_object("touchpoint", "ig-anuncio")
    page = dock.touchpoint_page
    page.moment_of_truth.setChecked(True)
    page.direct.setChecked(False)
    page.initiative.setCurrentIndex(page.initiative.findText("Reactive"))
    page.stage.setCurrentIndex(page.stage.findText("Durante la compra"))
    page.channel.setCurrentIndex(page.channel.findText("Tienda física"))
    page.step.setValue(4)
    tp = controller.doc.touchpoint("ig-anuncio")
    assert (tp.moment_of_truth, tp.direct, tp.initiative) == (True, False, "reactive")
    assert (tp.stage, tp.channel, tp.step) == ("durante", "tienda", 4)
    assert controller.undo_stack.count() == 6


def test_metrics_nps_set_and_cleared(qtbot, dock, controller):
    before = dumps(controller.doc)
    dock.show_object("touchpoint", "ig-anuncio")  # metrics: {"csat": 71}
    nps = dock.touchpoint_page.nps
    qtbot.keyClicks(nps, "-40")
    qtbot.keyClick(nps, Qt.Key.Key_Return)
    metrics = controller.doc.touchpoint("ig-anuncio").metrics
    assert (metrics.nps, metrics.csat, metrics.ces) == (-40, 71, None)
    assert isinstance(metrics.nps, int)
    nps.clear()
    qtbot.keyClick(nps, Qt.Key.Key_Return)
    assert controller.doc.touchpoint("ig-anuncio").metrics.nps is None
    assert controller.undo_stack.count() == 2
    assert dumps(controller.doc) == before  # cleared again: the same file
    controller.undo_stack.undo()
    assert nps.text() == "-40"


def test_metric_out_of_range_and_decimal_comma(qtbot, dock, controller, problems):
    dock.show_object("touchpoint", "ig-anuncio")
    ces = dock.touchpoint_page.ces
    qtbot.keyClicks(ces, "9")
    qtbot.keyClick(ces, Qt.Key.Key_Return)
    assert problems and "ces" in problems[-1]
    assert ces.text() == ""
    assert controller.undo_stack.count() == 0
    qtbot.keyClicks(ces, "5,5")
    qtbot.keyClick(ces, Qt.Key.Key_Return)
    assert controller.doc.touchpoint("ig-anuncio").metrics.ces == 5.5
    assert ces.text() == "5.5"


def test_pain_points_one_per_line_on_focus_out(qtbot, dock, controller):
    before = dumps(controller.doc)
    dock.show_object("touchpoint", "chatbot")
    field = dock.touchpoint_page.pain_points
    field.setPlainText("Respuestas lentas\n\n  No deriva a una persona  \n")
    assert controller.undo_stack.count() == 0  # typing is not an edit yet
    focus_out(field)
    assert controller.doc.touchpoint("chatbot").pain_points == [
        "Respuestas lentas",
        "No deriva a una persona",
    ]
    assert field.toPlainText() == "Respuestas lentas\nNo deriva a una persona"
    focus_out(field)  # unchanged: no second edit
    undo_restores(controller, before)
    assert field.toPlainText() == "No entiende preguntas sobre ancho del pie"


def test_pending_text_is_committed_when_the_selection_changes(dock, controller):
    dock.show_object("touchpoint", "chatbot")
    dock.touchpoint_page.tags.setPlainText("ia\nsoporte")
    dock.show_object("touchpoint", "ig-anuncio")
    assert controller.doc.touchpoint("chatbot").tags == ["ia", "soporte"]
    assert dock.touchpoint_page.tags.toPlainText() == ""


def test_refresh_keeps_text_being_typed_in_an_unchanged_field(qtbot, dock, controller):
    dock.show()
    qtbot.waitExposed(dock)
    dock.show_object("touchpoint", "ig-anuncio")
    owner = dock.touchpoint_page.owner
    owner.setFocus()
    qtbot.waitUntil(owner.hasFocus)
    owner.setCursorPosition(3)
    qtbot.keyClicks(owner, "X")  # "MarXketing", not committed yet
    dock.touchpoint_page.direct.setChecked(False)  # another edit refreshes the form
    assert owner.text() == "MarXketing"
    assert owner.cursorPosition() == 4
    qtbot.keyClick(owner, Qt.Key.Key_Return)
    assert controller.doc.touchpoint("ig-anuncio").owner == "MarXketing"


def test_deleted_object_shows_the_hint(dock, controller):
    from journeydesigner import edits

    dock.show_object("touchpoint", "ig-anuncio")
    controller.try_perform(edits.delete_touchpoints, ["ig-anuncio"])
    assert dock.stack.currentWidget() is dock.hint
    controller.undo_stack.undo()
    assert dock.stack.currentWidget() is dock.touchpoint_page
    assert dock.touchpoint_page.title.text() == "Anuncio patrocinado en Instagram"


def test_stage_colour_name_questions_and_rates(qtbot, dock, controller, problems):
    before = dumps(controller.doc)
    dock.show_object("stage", "antes")
    page = dock.stage_page
    assert page.name.text() == "Antes de la compra"
    assert page.color_field.button.text() == "#4C78A8"
    assert page.conversion_rate.text() == "3.2"

    dock.choose_color = lambda initial, title: "#112233"
    page.color_field.button.click()
    assert controller.doc.stage("antes").color == "#112233"
    assert controller.undo_stack.undoText().startswith("Edit stage “")
    assert page.color_field.button.text() == "#112233"
    page.color_field.clear_button.click()
    assert controller.doc.stage("antes").color is None
    assert page.color_field.button.text() == "Not set"
    dock.choose_color = lambda initial, title: None  # cancelled
    page.color_field.button.click()
    assert controller.undo_stack.count() == 2

    page.name.selectAll()
    qtbot.keyClicks(page.name, "Descubrimiento")
    qtbot.keyClick(page.name, Qt.Key.Key_Return)
    assert controller.doc.stage("antes").name == "Descubrimiento"

    page.name.setText("   ")
    qtbot.keyClick(page.name, Qt.Key.Key_Return)
    assert problems and problems[-1].startswith("name")
    assert page.name.text() == "Descubrimiento"

    page.questions.setPlainText("¿Por qué?")
    focus_out(page.questions)
    assert controller.doc.stage("antes").questions == ["¿Por qué?"]

    page.retention_rate.setText("40")
    page.retention_rate.editingFinished.emit()
    page.conversion_rate.setText("")
    page.conversion_rate.editingFinished.emit()
    assert controller.doc.stage("antes").metrics.model_dump() == {
        "conversion_rate": None,
        "retention_rate": 40,
    }
    assert controller.undo_stack.count() == 6
    while controller.undo_stack.canUndo():
        controller.undo_stack.undo()
    assert dumps(controller.doc) == before
    assert page.name.text() == "Antes de la compra"
    assert page.color_field.color == "#4C78A8"


def test_channel_kind_name_and_colour(qtbot, dock, controller):
    before = dumps(controller.doc)
    dock.show_object("channel", "web")
    page = dock.channel_page
    assert page.kind_combo.currentText() == "Digital"
    page.kind_combo.setCurrentIndex(page.kind_combo.findText("In person"))
    assert controller.doc.channel("web").kind == "in_person"
    assert controller.undo_stack.undoText().startswith("Edit channel “")
    page.name.selectAll()
    qtbot.keyClicks(page.name, "Web")
    qtbot.keyClick(page.name, Qt.Key.Key_Return)
    assert controller.doc.channel("web").name == "Web"
    dock.choose_color = lambda initial, title: "#ABCDEF"
    page.color_field.button.click()
    assert controller.doc.channel("web").color == "#ABCDEF"
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert page.name.text() == "Tienda online"
    controller.undo_stack.undo()
    assert page.kind_combo.currentText() == "Digital"
    assert dumps(controller.doc) == before


# --------------------------------------------------------------------------- palette


@pytest.fixture
def palette(qtbot):
    widget = PaletteDock("es")
    qtbot.addWidget(widget)
    return widget


def entry_items(palette):
    lst = palette.list
    return [lst.item(i) for i in range(lst.count()) if lst.item(i).data(ENTRY_ROLE)]


def test_palette_identity_and_stage_order(palette):
    assert palette.objectName() == "paletteDock"
    assert palette.windowTitle() == "Touchpoint library"
    assert palette.search.placeholderText() == "Search touchpoints…"
    stages = [palette.entry(i.data(ENTRY_ROLE)).stage for i in entry_items(palette)]
    assert stages == sorted(stages, key=["before", "during", "after"].index)
    assert len(stages) == len(palette.entries)
    first = entry_items(palette)[0]
    assert (
        first.text() == "Anuncios online (banners, buscadores, redes sociales) — Before · digital"
    )


def test_palette_search_is_accent_insensitive(qtbot, palette):
    qtbot.keyClicks(palette.search, "boletin")
    items = entry_items(palette)
    assert len(items) == 1
    assert items[0].text().startswith("Boletín por correo electrónico")
    assert items[0].data(ENTRY_ROLE) == "newsletter"
    palette.set_language("en")
    assert [i.text() for i in entry_items(palette)] == ["Email newsletter — After · digital"]
    palette.search.setText("zzzz")
    assert entry_items(palette) == []
    assert palette.list.count() == 1  # the "nothing matches" message


def test_palette_mime_data_and_activation(qtbot, palette):
    palette.search.setText("boletin")
    item = entry_items(palette)[0]
    entry_id = item.data(ENTRY_ROLE)
    assert item.flags() & Qt.ItemFlag.ItemIsDragEnabled
    mime = palette.list.mimeData([item])
    assert mime.hasFormat(LIBRARY_MIME)
    assert bytes(mime.data(LIBRARY_MIME)).decode("utf-8") == entry_id
    assert palette.list.mimeTypes() == [LIBRARY_MIME]

    palette.show()
    qtbot.waitExposed(palette)
    rect = palette.list.visualItemRect(item)
    viewport = palette.list.viewport()
    with qtbot.waitSignal(palette.entryActivated) as blocker:
        # a real double-click: press and release, then the double-click event
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [entry_id]

    palette.list.setCurrentItem(item)
    with qtbot.waitSignal(palette.entryActivated) as blocker:
        qtbot.keyClick(palette.list, Qt.Key.Key_Return)
    assert blocker.args == [entry_id]


def test_showing_and_refreshing_create_no_edits(dock, controller):
    for kind, obj_id in [("touchpoint", "carrito"), ("stage", "despues"), ("channel", "tienda")]:
        dock.show_object(kind, obj_id)
        dock.refresh()
        controller.changed.emit()
    assert controller.undo_stack.count() == 0


def test_real_focus_change_commits_the_description(qtbot, dock, controller):
    dock.show()
    qtbot.waitExposed(dock)
    dock.show_object("touchpoint", "chatbot")
    page = dock.touchpoint_page
    page.description.setFocus()
    qtbot.waitUntil(page.description.hasFocus)
    qtbot.keyClicks(page.description, "Pregunta por la talla")
    assert controller.undo_stack.count() == 0
    page.owner.setFocus()
    qtbot.waitUntil(page.owner.hasFocus)
    assert controller.doc.touchpoint("chatbot").description == "Pregunta por la talla"
    assert controller.undo_stack.count() == 1


def test_renaming_a_stage_relabels_the_touchpoint_stage_combo(dock, controller):
    from journeydesigner import edits

    dock.show_object("touchpoint", "chatbot")
    controller.try_perform(edits.update_object, "stages", "durante", {"name": "Compra"}, "x")
    assert dock.touchpoint_page.stage.currentText() == "Compra"
    assert controller.undo_stack.count() == 1
