"""The edition-2 lanes in the PDF: lane names, note texts, the touchpoints' pain
points and opportunities and the blueprint lines are on the map page, fit and tile."""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from journeydesigner.export.pdf import PdfOptions, pdf_bytes
from journeydesigner.model import Document

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from lane_maps import every_lane_kind  # noqa: E402


def _map_text(doc: Document, **options) -> str:
    data, _ = pdf_bytes(doc, PdfOptions(cover=False, appendix=False, **options))
    pages = PdfReader(io.BytesIO(data)).pages
    return re.sub(r"\s+", " ", " ".join(page.extract_text() or "" for page in pages))


@pytest.mark.parametrize("mode", ["fit", "tile"])
def test_lanes_notes_and_lines_are_printed(mode):
    data = every_lane_kind()
    data["notes"].append({"id": "g2", "lane": "goals", "stage": "during", "step": 0,
                          "text": "Pay quickly and leave without queueing"})
    text = _map_text(Document.model_validate(data), mode=mode)
    for name in ("Goals", "Pain points", "Opportunities", "Frontstage", "Backstage",
                 "Support", "Find good shoes", "Cashier greets", "Stock checked",
                 "Ad platform", "Too many ads", "Target better", "Line of visibility",
                 "Line of internal interaction", "Pay quickly and leave"):
        assert name in text, name
    assert "without queueing" in text  # the wrapped lines of a note, in order


def test_line_labels_follow_the_maps_language():
    data = every_lane_kind()
    data["language"] = "es"
    text = _map_text(Document.model_validate(data))
    assert "Línea de visibilidad" in text and "Línea de interacción interna" in text
    assert "Line of visibility" not in text


def test_a_map_without_lanes_prints_no_lane_text():
    data = every_lane_kind()
    data["lanes"], data["notes"] = [], []
    text = _map_text(Document.model_validate(data))
    assert "Line of visibility" not in text and "Too many ads" not in text
    assert "Lanes" not in text


def test_the_legend_explains_the_lane_kinds_lines_and_links_the_map_has():
    text = _map_text(Document.model_validate(every_lane_kind()))
    for row in ("Lanes", "Notes of the team, per stage", "The touchpoints' pain points",
                "Frontstage: staff the customer sees", "Support: systems, partners, processes",
                "Line of visibility / of internal interaction",
                "The note supports that touchpoint"):
        assert row in text, row
    data = every_lane_kind()
    data["language"] = "es"
    data["lanes"] = [lane for lane in data["lanes"] if lane["kind"] == "notes"]
    data["notes"] = [n for n in data["notes"] if n["lane"] == "goals"]
    text = _map_text(Document.model_validate(data))
    assert "Carriles" in text and "Notas del equipo, por etapa" in text
    assert "Línea de visibilidad /" not in text and "Soporte:" not in text


def _all_text(doc: Document, **options) -> str:
    data, _ = pdf_bytes(doc, PdfOptions(**options))
    pages = PdfReader(io.BytesIO(data)).pages
    return re.sub(r"\s+", " ", " ".join(page.extract_text() or "" for page in pages))


def test_the_appendix_lists_quotes_votes_and_every_note_in_full():
    data = every_lane_kind()
    long = "Pay quickly " + "and leave without a queue " * 12 + "END"
    data["notes"].append({"id": "g2", "lane": "goals", "stage": "during", "step": 0,
                          "text": long, "personas": ["ana"]})
    data["touchpoints"][1]["quotes"] = ["«Ya lo dije»"]
    doc = Document.model_validate(data)
    text = _all_text(doc)
    appendix = text[text.index("What customers said"):]
    assert "“I saw it everywhere”" in appendix and "«Ya lo dije»" in appendix
    assert "“«Ya" not in appendix  # a quote with its own marks gets no more
    assert re.search(r"Ad “I saw it everywhere” 3", appendix)  # the dot votes
    notes = appendix[appendix.index("Notes of the lanes"):]
    # in the order the map draws the lanes, with their stage and what they are about
    order = [notes.index(t) for t in ("Goals", "Find good shoes", "Frontstage",
                                      "Cashier greets", "Backstage", "Support", "Ad platform")]
    assert order == sorted(order)
    assert "Before (whole stage) Find good shoes" in notes
    assert "Cashier greets Pay at the till" in notes
    assert "END" in notes  # every word, not cut to a cell
    # the persona shown: a note for another persona is left out
    data["personas"].append({"id": "ben", "name": "Ben"})
    other = _all_text(Document.model_validate(data), persona="ben")
    assert "END" not in other[other.index("Notes of the lanes"):]


def test_the_maps_emotion_labels_and_state_are_printed():
    data = every_lane_kind()  # "Furious" … "Delighted", state "current"
    text = _all_text(Document.model_validate(data))
    for word in ("Furious", "Annoyed", "Meh", "Pleased", "Delighted"):
        assert word in text, word
    assert "Very positive" not in text
    assert "Current state (as-is)" in text
    data["language"], data["state"] = "es", "future"
    del data["emotion_labels"]
    text = _all_text(Document.model_validate(data))
    assert "Muy positiva" in text and "Situación futura (to-be)" in text
