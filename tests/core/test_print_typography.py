"""Typography of the printed map: numbers in the map's language everywhere, and line
breaks at word boundaries that never split a number from its unit."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from journeydesigner.analysis import analyze, format_text
from journeydesigner.export.pdf import FontSet, PdfOptions, pdf_bytes
from journeydesigner.export.pdf.wrapping import words_of
from journeydesigner.fileio import load
from journeydesigner.model import TouchpointMetrics
from journeydesigner.numbers import card_measure, number, percent

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SIZE = 12.0


def test_numbers_follow_the_language():
    assert number(6.5, "es") == "6,5" and number(6.5, "en") == "6.5"
    assert number(71.0, "es") == "71" and number(-0.04, "en") == "0"
    assert percent(71, "es") == "71 %" and percent(71, "en") == "71%"
    assert percent(38.5, "es-MX", 1) == "38,5 %"
    assert card_measure(TouchpointMetrics(ces=6.1), "es") == "CES 6,1"
    assert card_measure(TouchpointMetrics(nps=32, csat=71), "en") == "NPS 32"
    assert card_measure(TouchpointMetrics(), "en") is None


def test_the_spanish_pdf_and_analysis_write_decimal_commas():
    doc = load(EXAMPLES / "compra-online.es.journey")
    data, _ = pdf_bytes(doc, PdfOptions(page_size="A3"))
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    assert "CES 6,1" in text and "CES 5,2" in text
    assert "CES 6.1" not in text and "CES 5.2" not in text
    report = format_text(analyze(doc), "es")
    assert "CES 5,7" in report or "CES 6,1" in report or "CES 5,2" in report
    assert "CES 5.7" not in report and "CES 6.1" not in report and "CES 5.2" not in report


@pytest.mark.parametrize("text, together", [
    ("Descuento de 20 € en la segunda compra", "20 €"),
    ("El 71 % de los clientes lo recomienda", "71 %"),
    ("Cuesta € 20 con envío incluido hoy", "€ 20"),
    ("Más de 10 000 visitas al mes en la web", "10 000"),
    ("Entrega en 24 h en toda la península", "24 h"),
    ("La encuesta da CSAT 39 (IC 95 % 29,6–49,3, n = 90) en el pago", "n = 90)"),
    ("La encuesta da CSAT 39 (IC 95 % 29,6–49,3, n = 90) en el pago", "(IC 95 %"),
    ("The survey gives CSAT 39 (95% CI 29.6–49.3, n = 90) at the till", "(95% CI"),
])
def test_a_number_and_its_unit_stay_on_one_line(text, together):
    fonts = FontSet()
    assert together.replace(" ", "\u00a0") in words_of(text)
    narrowest = int(fonts.width(together, SIZE)) + 1  # narrower, it must be cut anyway
    for width in range(narrowest, 200, 3):  # wherever the line ends
        lines = fonts.wrap(text, width, SIZE)
        assert any(together in line for line in lines), (width, lines)
        card = fonts.wrap_card(text, width, SIZE, 5)
        assert any(together in line for line in card) or "…" in card[-1], (width, card)


def test_words_break_only_when_one_alone_is_wider_than_the_line():
    fonts = FontSet()
    text = "Confirmación del pedido por correo electrónico"
    for width in (80, 100, 130):
        lines = fonts.wrap_card(text, width, SIZE, 4)
        assert " ".join(lines).split() == text.split(), lines  # whole words only
    word = "Supercalifragilisticoespialidoso"
    lines = fonts.wrap(word, 60, SIZE)
    assert len(lines) > 1 and "".join(lines) == word
    assert all(fonts.width(line, SIZE) <= 60 for line in lines)


def test_a_card_measure_with_evidence_says_how_many_responses():
    from journeydesigner.model import TouchpointMetrics as M
    from journeydesigner.numbers import card_evidence, evidence_origin, weak_evidence

    metrics = M.model_validate({"csat": 54, "nps": None, "evidence": {"csat": {
        "n": 29, "low": 41, "high": 66, "source": "s.csv", "from": "2026-01-02"}}})
    assert card_measure(metrics, "es") == "CSAT 54 · n=29"
    assert weak_evidence(card_evidence(metrics))  # 29 < 30
    assert evidence_origin(card_evidence(metrics)) == "s.csv · 2026-01-02"
    thirty = M.model_validate({"csat": 54, "evidence": {"csat": {"n": 30, "low": 41,
                                                                  "high": 66}}})
    assert not weak_evidence(card_evidence(thirty))
    assert evidence_origin(card_evidence(thirty)) == ""
    assert not weak_evidence(None)
