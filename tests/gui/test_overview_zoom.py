"""Far zoomed out, cards and paths are drawn without their (unreadable) text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from journeydesigner.gui.canvas import items
from journeydesigner.gui.canvas.scene import JourneyScene
from journeydesigner.gui.controller import DocumentController
from journeydesigner.sample import generate_document


def render(scene: JourneyScene, scale: float) -> QImage:
    rect = scene.sceneRect()
    image = QImage(max(1, int(rect.width() * scale)), max(1, int(rect.height() * scale)),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), rect)
    painter.end()
    return image


@pytest.mark.parametrize(("scale", "titles_drawn"), [(0.1, False), (0.5, True)])
def test_titles_are_drawn_only_at_a_readable_scale(qtbot, monkeypatch, scale, titles_drawn):
    scene = JourneyScene(DocumentController(generate_document(40, seed=2)))
    wrapped: list[str] = []
    real = items.wrap_lines
    monkeypatch.setattr(items, "wrap_lines",
                        lambda metrics, text, *args: wrapped.append(text) or real(metrics, text,
                                                                                   *args))
    image = render(scene, scale)
    titles = {t.title for t in scene.controller.doc.touchpoints}
    assert bool(titles & set(wrapped)) == titles_drawn  # headers keep their names
    # either way the card is there: its emotion band differs from the lane around it
    card = scene.geometry.cards[scene.controller.doc.touchpoints[0].id].rect
    x, y = int((card.x + card.w / 2) * scale), int((card.y + 2) * scale)
    assert image.pixelColor(x, y) != image.pixelColor(x, int((card.y - 5) * scale))
