"""Personas without a colour of their own get distinct palette colours, the same
everywhere the map is drawn (canvas, strip, PDF legend and cards)."""

from __future__ import annotations

from journeydesigner import style
from journeydesigner.export.pdf import FontSet, Legend, MapPainter, PdfOptions
from journeydesigner.layout import compute_layout
from journeydesigner.model import Persona
from journeydesigner.sample import generate_document


def personas(*colors: str | None) -> list[Persona]:
    return [Persona(id=f"p{i}", name=f"P{i}", color=c) for i, c in enumerate(colors)]


def test_uncoloured_personas_get_distinct_colour_blind_safe_colours():
    colors = style.persona_colors(personas(None, None, None, None))
    assert len(set(colors.values())) == 4
    assert set(colors.values()) <= set(style.PERSONA_PALETTE)


def test_a_chosen_colour_is_kept_and_not_given_to_another_persona():
    chosen = style.PERSONA_PALETTE[0]
    colors = style.persona_colors(personas(None, chosen, None))
    assert colors["p1"] == chosen
    assert len(set(colors.values())) == 3


def test_the_colour_of_a_persona_follows_its_order_only():
    before = style.persona_colors(personas(None, None))
    after = style.persona_colors([*personas(None, None), Persona(id="late", name="L")])
    assert {k: after[k] for k in before} == before


def test_the_pdf_legend_and_cards_use_the_same_colours():
    doc = generate_document(30, seed=1)
    doc.personas = personas(None, None, "#123456")
    expected = style.persona_colors(doc.personas)
    legend = Legend(doc, PdfOptions(), FontSet(), 700)
    shown = [data for block in legend.blocks for kind, data, _ in block.items
             if kind == "persona"]
    assert shown == [expected[p.id] for p in doc.personas]
    assert len(set(shown)) == 3
    painter = MapPainter(None, doc, compute_layout(doc))  # type: ignore[arg-type]
    assert painter.persona_colors == expected
