"""Survey evidence in the PDF appendix (issue 17 items 5 and 6): each measure with its
95 % interval and number of responses, in the map's language, and the findings of
measured friction and of map and survey disagreeing."""

from __future__ import annotations

import io
import itertools
import re

import pytest
from pypdf import PdfReader

from journeydesigner.export.pdf import PdfOptions, pdf_bytes
from journeydesigner.model import Document
from tests.lane_maps import surveyed_example
from tests.pdf_tools import text_of, words_of


def appendix_lines(data: dict) -> list[str]:
    """The appendix's text lines as a reader extracts them (white space squashed)."""
    pdf, _ = pdf_bytes(Document.model_validate(data), PdfOptions(cover=False))
    pages = PdfReader(io.BytesIO(pdf)).pages
    text = "\n".join(page.extract_text() or "" for page in pages)
    return [re.sub(r"\s+", " ", line).strip() for line in text.splitlines()]


@pytest.fixture(scope="module")
def spanish() -> list[str]:
    return appendix_lines(surveyed_example())


@pytest.fixture(scope="module")
def english() -> list[str]:
    return appendix_lines({**surveyed_example(), "language": "en"})


def test_measures_with_their_interval_and_n_in_spanish(spanish):
    text = " ".join(spanish)
    assert "CSAT 39 (IC 95 % 29,6–49,3, n = 90)" in text
    assert "NPS 42 (IC 95 % 33–51, n = 200)" in text
    assert "CES 5,2 (IC 95 % 4,8–5,6, n = 58)" in text
    assert "CES 6,1" in text  # a measure without evidence stays bare
    assert "95% CI" not in text


def test_measures_with_their_interval_and_n_in_english(english):
    text = " ".join(english)
    assert "CSAT 39 (95% CI 29.6–49.3, n = 90)" in text
    assert "CSAT 48 (95% CI 36–60, n = 58)" in text
    assert "IC 95" not in text


@pytest.mark.parametrize("language", ["es", "en"])
def test_with_evidence_a_measure_a_line_and_n_never_split(tmp_path, language):
    pdf = tmp_path / "surveyed.pdf"
    data, _ = pdf_bytes(Document.model_validate({**surveyed_example(), "language": language}),
                        PdfOptions(cover=False))
    pdf.write_bytes(data)
    heading = {"es": "Puntos de contacto en orden temporal",
               "en": "Touchpoints in time order"}[language]
    page = next(p for p in range(1, 20) if heading in text_of(pdf, p, p))
    words = words_of(pdf, page)
    pairs = list(itertools.pairwise(words))
    # the chatbot's three measures, one under the other at the column's left edge
    starts = [next(a for a, b in pairs if a.text == key and b.text.startswith(value))
              for key, value in (("NPS", "42"), ("CSAT", "48"), ("CES", "5"))]
    assert len({round(w.x) for w in starts}) == 1
    assert starts[0].y < starts[1].y < starts[2].y
    # "n = 150": the three pieces always on one line
    counts = [(a, b, c) for a, b, c in zip(words, words[1:], words[2:], strict=False)
              if a.text == "n" and b.text == "="]
    assert len(counts) == 5  # ig-anuncio, chatbot ×3, carrito
    assert all(a.y == b.y == c.y for a, b, c in counts)


def test_the_findings_of_the_measures_are_in_the_appendix(spanish, english):
    text = " ".join(spanish)
    assert ("El mapa y la encuesta discrepan: “Anuncio patrocinado en Instagram” tiene emoción "
            "positiva, pero la encuesta da CSAT 52 (IC 95 % 44,1–58,9, n = 150): todo el "
            "intervalo está por debajo de 60.") in text
    assert ("El mapa y la encuesta discrepan: “Pregunta al chatbot por la talla” tiene emoción "
            "negativa, pero la encuesta da NPS 42 (IC 95 % 33–51, n = 200): todo el intervalo "
            "está por encima de 30.") in text
    assert ("Punto de fricción: “Anuncio patrocinado en Instagram” (CSAT 52 (IC 95 % "
            "44,1–58,9, n = 150) está por debajo de 60)") in text
    english_text = " ".join(english)
    assert ("Map and survey disagree: “Anuncio patrocinado en Instagram” is marked positive, "
            "but the survey gives CSAT 52 (95% CI 44.1–58.9, n = 150): the whole interval is "
            "under 60.") in english_text
    # the chatbot's CSAT interval reaches 60: it straddles the limit, no disagreement
    assert "CSAT 48 (95% CI 36–60, n = 58): the whole interval" not in english_text


def test_without_evidence_the_measures_print_as_before():
    data = surveyed_example()
    for card in data["touchpoints"]:
        card.get("metrics", {}).pop("evidence", None)
    text = " ".join(appendix_lines(data))
    assert "CSAT 48 · CES 5,2" in text and "IC 95" not in text
    assert "El mapa y la encuesta discrepan" not in text
