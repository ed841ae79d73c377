"""Paths never cover card text: they are routed around the cards in their way
(over, under, into the target from above or below), their labels go where no
card is, and both the canvas and the PDF draw them under the (opaque) cards."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from journeydesigner.export import pdf
from journeydesigner.fileio import load
from journeydesigner.layout import Rect, compute_layout, label_size

ROOT = Path(__file__).resolve().parents[2]
MAPS = sorted([*(ROOT / "tests" / "examples").glob("*.journey"),
               *(ROOT / "resources" / "templates").glob("*.journey")])


def title_rect(card: Rect) -> Rect:
    """Where a card's title is written (items.TouchpointItem.paint), a little grown."""
    return Rect(card.x + 6, card.y + 14, card.w - 34, 46)


def samples(path, n: int = 400):
    p0, p1, p2, p3 = path.start, path.c1, path.c2, path.end
    for i in range(n + 1):
        t = i / n
        u = 1 - t
        yield (u ** 3 * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t ** 3 * p3[0],
               u ** 3 * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t ** 3 * p3[1])


def middle_by_length(points: list) -> tuple[float, float]:
    """Where the middle marker goes: half way along the curve."""
    lengths = [0.0]
    for a, b in zip(points, points[1:], strict=False):
        lengths.append(lengths[-1] + math.dist(a, b))
    half = lengths[-1] / 2
    return points[next(i for i, s in enumerate(lengths) if s >= half)]


@pytest.mark.parametrize("path", MAPS, ids=lambda p: p.name)
def test_no_path_marker_or_label_crosses_a_card_title(path):
    doc = load(path)
    geometry = compute_layout(doc)
    titles = {tp_id: title_rect(box.rect) for tp_id, box in geometry.cards.items()}
    labels = {c.id: c.label for c in doc.connections}
    for conn in geometry.connections:
        points = list(samples(conn))
        for tp_id, r in titles.items():
            assert not any(r.contains(x, y) for x, y in points), (conn.connection_id, tp_id)
            mx, my = middle_by_length(points)
            assert not r.intersects(Rect(mx - 5.5, my - 5.5, 11, 11)), (conn.connection_id,
                                                                        tp_id)
        if labels[conn.connection_id]:
            w, h = label_size(labels[conn.connection_id])
            x, y = conn.label_pos
            box = Rect(x - w / 2, y - h / 2, w, h)
            for tp_id, card in geometry.cards.items():
                assert not box.intersects(card.rect), (conn.connection_id, tp_id)


def test_a_path_over_the_card_between_hops_above_it():
    doc = load(ROOT / "tests" / "examples" / "compra-online.es.journey")
    geometry = compute_layout(doc)
    path = next(p for p in geometry.connections if p.connection_id == "c20")
    source, between = geometry.cards["factura"].rect, geometry.cards["gracias"].rect
    assert path.start == (source.center[0], source.y)
    assert all(y < between.y for x, y in samples(path) if between.x <= x <= between.right)


def test_the_pdf_draws_paths_before_cards(monkeypatch):
    order: list[str] = []
    draw = pdf.MapPainter.draw

    def drawing(self, view):
        order.append("|")
        draw(self, view)

    monkeypatch.setattr(pdf.MapPainter, "draw", drawing)
    def path(ink, shape, near=None):
        if near is not None:  # a path of the map, not the legend's sample
            order.append("p")

    monkeypatch.setattr(pdf.painter, "connection", path)
    monkeypatch.setattr(pdf.MapPainter, "card", lambda *a, **k: order.append("c"))
    doc = load(ROOT / "tests" / "examples" / "compra-online.es.journey")
    pdf.pdf_bytes(doc, pdf.PdfOptions(cover=False, appendix=False))
    drawn = "".join(order)
    assert "p" in drawn and "c" in drawn
    assert "cp" not in drawn  # in every drawing of the map, the cards come last
