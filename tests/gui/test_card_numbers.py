"""The canvas writes a card's survey measure in the map's language ("CES 6,1")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from journeydesigner.fileio import load
from journeydesigner.gui.canvas.scene import JourneyScene
from journeydesigner.gui.controller import DocumentController
from journeydesigner.model import TouchpointMetrics

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def card_pixels(item) -> QImage:
    rect = item.boundingRect()
    image = QImage(int(rect.width()) * 2, int(rect.height()) * 2, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.scale(2, 2)
    painter.translate(-rect.topLeft())
    item.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    return image


def test_a_spanish_map_writes_decimal_commas_on_its_cards(qtbot):
    doc = load(EXAMPLES / "compra-online.es.journey")
    next(t for t in doc.touchpoints if t.id == "carrito").metrics = TouchpointMetrics(ces=6.5)
    controller = DocumentController(doc)
    scene = JourneyScene(controller)
    card = scene.cards["carrito"]
    assert card.language == "es"
    spanish = card_pixels(card)
    card.language = "en"  # the same card with the English separator draws differently
    assert card_pixels(card) != spanish


def _with_evidence(n: int):
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from lane_maps import every_lane_kind

    from journeydesigner.model import Document

    data = every_lane_kind()
    data["touchpoints"][0]["metrics"]["evidence"]["csat"]["n"] = n
    return Document.model_validate(data)


def test_a_card_shows_the_responses_behind_its_measure_and_weak_evidence(qtbot):
    scenes = [JourneyScene(DocumentController(_with_evidence(n))) for n in (120, 12)]
    strong, weak = (scene.cards["ad"] for scene in scenes)
    tip = strong.toolTip()
    assert "CSAT 71: 95% CI 62.5–78.9, n = 120 · survey-2024.csv · 2024-03-01 – 2024-03-31" \
        in tip
    assert "Weak evidence" not in tip
    assert "Weak evidence: fewer than 30 responses." in weak.toolTip()
    # the weak measure is underlined (dotted): the two cards differ only there
    assert card_pixels(strong) != card_pixels(weak)


def test_properties_show_a_measures_evidence_read_only(qtbot):
    from journeydesigner.gui.panels.properties import PropertiesDock

    dock = PropertiesDock(DocumentController(_with_evidence(12)))
    dock.show_object("touchpoint", "ad")
    page = dock.touchpoint_page
    text = page.csat_evidence.text()
    assert text.startswith("95% CI 62.5–78.9, n = 12 · survey-2024.csv · 2024-03-01")
    assert "Weak evidence: fewer than 30 responses." in text
    assert not page.nps_evidence.isVisibleTo(dock) and page.csat_evidence.isVisibleTo(dock)
