"""Finding cards, stages and channels by text (no Qt): case and accents never matter,
and the matches come in the order the map is read."""

from __future__ import annotations

from pathlib import Path

import pytest

from journeydesigner.fileio import load
from journeydesigner.model import Touchpoint
from journeydesigner.search import Match, find, fold

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "compra-online.es.journey"


@pytest.fixture
def doc():
    return load(EXAMPLE)


@pytest.mark.parametrize(("typed", "written"), [("pagina", "Página"), ("CAFE", "café"),
                                                ("nino", "NIÑO"), ("strasse", "Straße"),
                                                ("resena", "Reseña")])
def test_folding_ignores_case_and_accents(typed, written):
    assert fold(typed) in fold(written)


def test_an_unaccented_word_finds_the_accented_title(doc):
    assert find(doc, "catalogo") == [Match("touchpoint", "catalogo", "title")]
    assert find(doc, "CATÁLOGO") == find(doc, "catalogo")


def test_stages_and_channels_are_found_by_name_before_cards(doc):
    matches = find(doc, "compra")
    kinds = [m.kind for m in matches]
    assert kinds[:3] == ["stage", "stage", "stage"]  # Antes/Durante/Después de la compra
    assert [m.object_id for m in matches[:3]] == [s.id for s in doc.stages]
    telefono = find(doc, "telefono")
    assert telefono[0] == Match("channel", doc.channels[-1].id, "name")


def test_cards_come_by_stage_then_step_then_lane(doc):
    stage_order = {s.id: i for i, s in enumerate(doc.stages)}
    cards = [m for m in find(doc, "e") if m.kind == "touchpoint"]
    assert len(cards) > 5
    keys = [(stage_order[doc.touchpoint(m.object_id).stage], doc.touchpoint(m.object_id).step)
            for m in cards]
    assert keys == sorted(keys)


def test_descriptions_notes_and_lists_are_searched_and_named(doc):
    tp = doc.touchpoints[0]
    doc.touchpoints[0] = Touchpoint.model_validate({
        **tp.to_json_data(), "description": "Mira el vídeo", "pain_points": ["Tarda mucho"],
        "notes": "Recordar: zumbido"})
    assert find(doc, "video") == [Match("touchpoint", tp.id, "description")]
    assert find(doc, "tarda") == [Match("touchpoint", tp.id, "pain_points")]
    assert find(doc, "zumbido") == [Match("touchpoint", tp.id, "notes")]


def test_an_empty_query_finds_nothing(doc):
    assert find(doc, "") == find(doc, "   ") == []
    assert find(doc, "no existe en el mapa") == []


def test_path_labels_are_found_after_the_cards(doc):
    matches = find(doc, "pedido por telefono")  # "Pedido por teléfono"
    assert [m.kind for m in matches] == ["connection"]
    conn = next(c for c in doc.connections if c.id == matches[0].object_id)
    assert conn.label == "Pedido por teléfono"
    kinds = [m.kind for m in find(doc, "la")]
    assert "connection" in kinds
    assert kinds.index("connection") > max(i for i, k in enumerate(kinds) if k == "touchpoint")
