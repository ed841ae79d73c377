"""The analysis dock over the shared examples, driven through the controller and the mouse."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from journeydesigner import edits
from journeydesigner.fileio import load
from journeydesigner.gui.controller import DocumentController
from journeydesigner.gui.panels.analysis import DEBOUNCE_MS, AnalysisDock
from journeydesigner.model import Document, TouchpointMetrics
from tests.lane_maps import surveyed_example

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture
def controller(qtbot):
    return DocumentController(load(EXAMPLES / "compra-online.es.journey"))


@pytest.fixture
def dock(qtbot, controller):
    widget = AnalysisDock(controller)
    qtbot.addWidget(widget)
    widget.resize(420, 700)
    widget.show()  # a hidden panel waits until it shows before recomputing
    return widget


def children(dock: AnalysisDock, category: str):
    top = dock.category_item(category)
    assert top is not None, category
    return [top.child(i) for i in range(top.childCount())]


def child_with(dock: AnalysisDock, category: str, text: str):
    return next(item for item in children(dock, category) if text in item.text(0))


def edit_touchpoint(controller: DocumentController, tp_id: str, **changes) -> None:
    assert controller.perform(
        edits.update_object(controller.doc, "touchpoints", tp_id, changes, "Edit")
    )


def relieve(controller: DocumentController, tp_id: str, emotion: int) -> None:
    """Give a touchpoint an emotion that is no friction, and take its survey measures
    away (the example's carrito and chatbot are friction by their CSAT and CES too)."""
    edit_touchpoint(controller, tp_id, emotion=emotion, metrics=TouchpointMetrics())


def test_identity_and_accessibility(dock):
    assert dock.objectName() == "analysisDock"
    assert dock.windowTitle() == "Analysis"
    for widget in (dock.tree, dock.persona_combo, dock.summary):
        assert widget.accessibleName()
    item = children(dock, "friction")[0]
    assert item.data(0, Qt.ItemDataRole.AccessibleTextRole).startswith(("Warning: ", "Problem: "))


def test_findings_grouped_by_category_with_counts_in_the_documents_language(dock):
    assert dock.language() == "es"
    assert dock.category_item("friction").text(0) == "Puntos de fricción (4)"
    assert dock.category_item("negative_paths").text(0) == "Caminos negativos (3)"
    assert dock.category_item("unreachable").text(0) == "Puntos de contacto inalcanzables (0)"
    texts = [item.text(0) for item in children(dock, "friction")]
    assert any("Carrito y formulario de pago" in t for t in texts)
    assert any("Pregunta al chatbot por la talla" in t for t in texts)
    (ideal,) = children(dock, "ideal_path")
    assert ideal.text(0).startswith("Camino ideal")
    assert "Grupo de corredores de la marca" in ideal.text(0)
    assert "18 puntos de contacto" in dock.summary.text()


def test_english_document_shows_english(qtbot):
    controller = DocumentController(load(EXAMPLES / "feedback-subscription.en.journey"))
    dock = AnalysisDock(controller)
    qtbot.addWidget(dock)
    assert dock.category_item("friction").text(0) == "Friction points (2)"
    assert "Online checkout" in children(dock, "friction")[0].text(0)


def test_selecting_a_finding_emits_its_ids(qtbot, dock):
    item = child_with(dock, "negative_paths", "Falla el pago")
    with qtbot.waitSignal(dock.highlightRequested) as blocker:
        dock.tree.setCurrentItem(item)
    assert blocker.args == [["carrito", "llamada"], ["c11"]]


def test_clicking_a_finding_with_the_mouse(qtbot, dock):
    dock.show()
    qtbot.waitExposed(dock)
    item = child_with(dock, "dead_ends", "Solicitud de devolución")
    dock.tree.scrollToItem(item)
    rect = dock.tree.visualItemRect(item)
    with qtbot.waitSignal(dock.highlightRequested) as blocker:
        QTest.mouseClick(
            dock.tree.viewport(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            rect.center(),
        )
    assert blocker.args == [["devolucion"], ["c17"]]


def test_selecting_a_category_emits_everything_in_it(qtbot, dock):
    with qtbot.waitSignal(dock.highlightRequested) as blocker:
        dock.tree.setCurrentItem(dock.category_item("negative_paths"))
    touchpoints, connections = blocker.args
    assert set(touchpoints) == {"chatbot", "carrito", "llamada", "entrega", "devolucion"}
    assert set(connections) == {"c09", "c11", "c17"}


def test_clearing_the_selection_emits_empty_lists(qtbot, dock):
    dock.tree.setCurrentItem(child_with(dock, "friction", "fricción: “Carrito"))
    with qtbot.waitSignal(dock.highlightRequested) as blocker:
        dock.tree.clearSelection()
    assert blocker.args == [[], []]


def test_an_edit_refreshes_the_list(qtbot, dock, controller):
    with qtbot.waitSignal(dock.refreshed, timeout=2000):
        relieve(controller, "carrito", 1)
    assert dock.category_item("friction").text(0) == "Puntos de fricción (3)"
    assert not any("fricción: “Carrito" in item.text(0) for item in children(dock, "friction"))
    with qtbot.waitSignal(dock.refreshed, timeout=2000):
        controller.undo_stack.undo()
    assert dock.category_item("friction").text(0) == "Puntos de fricción (4)"


def test_a_burst_of_edits_recomputes_once(qtbot, dock, controller):
    seen: list[None] = []
    dock.refreshed.connect(lambda: seen.append(None))
    with qtbot.waitSignal(dock.refreshed, timeout=2000):
        relieve(controller, "carrito", 0)
        relieve(controller, "chatbot", 0)
        relieve(controller, "devolucion", 0)
    qtbot.wait(DEBOUNCE_MS * 3)
    assert len(seen) == 1
    assert dock.category_item("friction").text(0) == "Puntos de fricción (2)"


def test_selection_survives_a_refresh(qtbot, dock, controller):
    item = child_with(dock, "negative_paths", "Falla el pago")
    dock.tree.setCurrentItem(item)
    emitted: list[tuple] = []
    dock.highlightRequested.connect(lambda t, c: emitted.append((t, c)))
    with qtbot.waitSignal(dock.refreshed, timeout=2000):
        edit_touchpoint(controller, "carrito", title="Pago con tarjeta")
    (selected,) = dock.tree.selectedItems()
    assert "Pago con tarjeta" in selected.text(0)
    assert dock.finding_of(selected).connections == ("c11",)
    assert emitted == []  # same ids: nothing new to highlight


def test_selected_finding_that_disappears_clears_the_highlight(qtbot, dock, controller):
    dock.tree.setCurrentItem(child_with(dock, "friction", "fricción: “Carrito"))
    with qtbot.waitSignal(dock.highlightRequested, timeout=2000) as blocker:
        relieve(controller, "carrito", 2)
    assert blocker.args == [[], []]


def test_collapsed_categories_stay_collapsed(qtbot, dock, controller):
    dock.category_item("coverage").setExpanded(False)
    with qtbot.waitSignal(dock.refreshed, timeout=2000):
        edit_touchpoint(controller, "carrito", emotion=0)
    assert not dock.category_item("coverage").isExpanded()
    assert dock.category_item("friction").isExpanded()


def test_persona_filter(qtbot, dock, controller):
    combo = dock.persona_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["All personas", "Lucía", "Andrés"]
    dock.set_persona("andres")
    assert dock.persona() == "andres"
    assert combo.currentText() == "Andrés"
    assert dock.analysis.persona == "andres"
    assert all("influencer" not in f.touchpoints for f in dock.analysis.findings)
    assert "16 puntos de contacto" in dock.summary.text()
    combo.setCurrentIndex(0)  # as the user would
    assert dock.persona() is None
    assert "18 puntos de contacto" in dock.summary.text()


def test_unknown_persona_falls_back_to_the_whole_map(qtbot, dock):
    dock.set_persona("lucia")
    assert dock.analysis.persona == "lucia"
    dock.set_persona("nobody")  # e.g. deleted meanwhile
    assert dock.persona() is None
    assert dock.analysis.persona is None
    assert dock.persona_combo.currentIndex() == 0


def test_a_hidden_panel_recomputes_only_when_shown(qtbot, dock, controller):
    dock.hide()
    seen: list[None] = []
    dock.refreshed.connect(lambda: seen.append(None))
    relieve(controller, "carrito", 1)
    qtbot.wait(DEBOUNCE_MS * 3)
    assert seen == [] and not dock.is_current()
    with qtbot.waitSignal(dock.refreshed, timeout=2000):
        dock.show()
    assert dock.is_current()
    assert dock.category_item("friction").text(0) == "Puntos de fricción (3)"


def test_a_result_outdated_by_a_later_edit_is_dropped(qtbot, dock, controller):
    shown: list[str] = []
    dock.refreshed.connect(lambda: shown.append(dock.category_item("friction").text(0)))
    relieve(controller, "carrito", 1)  # friction: 3
    dock._recompute_in_background()  # the job starts on the document with 3 …
    relieve(controller, "chatbot", 1)  # … and is outdated at once (2)
    qtbot.waitUntil(lambda: dock.is_current(), timeout=3000)
    assert shown == ["Puntos de fricción (2)"]
    assert controller.doc.touchpoint("carrito").emotion == 1


def test_the_service_blueprint_category_appears_with_blueprint_lanes(qtbot, dock, controller):
    qtbot.waitUntil(lambda: dock.category_item("service_blueprint") is not None, timeout=3000)
    for lane in [lane for lane in controller.doc.lanes  # the example's backstage, support
                 if lane.kind in ("frontstage", "backstage", "support")]:
        assert controller.perform(edits.delete_lane(controller.doc, lane.id))
    qtbot.waitUntil(lambda: dock.category_item("service_blueprint") is None, timeout=3000)
    assert controller.perform(edits.add_service_blueprint(controller.doc))
    qtbot.waitUntil(lambda: dock.category_item("service_blueprint") is not None, timeout=3000)
    top = dock.category_item("service_blueprint")
    assert top.text(0).startswith("Plano del servicio (")
    assert any("Punto de contacto sin soporte" in item.text(0)
               for item in children(dock, "service_blueprint"))


def test_map_and_survey_disagree_with_evidence(qtbot):
    controller = DocumentController(Document.model_validate(surveyed_example()))
    dock = AnalysisDock(controller)
    qtbot.addWidget(dock)
    dock.show()
    top = dock.category_item("disagreements")
    assert top.text(0) == "El mapa y la encuesta discrepan (2)"
    ad = child_with(dock, "disagreements", "“Anuncio patrocinado en Instagram” tiene emoción")
    assert ad.text(0).endswith("CSAT 52 (IC 95 % 44,1–58,9, n = 150): todo el intervalo está "
                               "por debajo de 60.")
    with qtbot.waitSignal(dock.highlightRequested) as blocker:
        dock.tree.setCurrentItem(ad)
    assert blocker.args == [["ig-anuncio"], []]
    friction = child_with(dock, "friction", "“Anuncio patrocinado en Instagram”")
    assert "CSAT 52 (IC 95 % 44,1–58,9, n = 150) está por debajo de 60" in friction.text(0)
    with qtbot.waitSignal(dock.refreshed, timeout=2000):
        edit_touchpoint(controller, "ig-anuncio", emotion=-1)  # the map agrees now
    assert dock.category_item("disagreements").text(0) == "El mapa y la encuesta discrepan (1)"


def test_no_disagreement_category_without_evidence(dock):
    assert dock.category_item("friction") is not None
    assert dock.category_item("disagreements") is None
