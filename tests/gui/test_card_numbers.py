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
