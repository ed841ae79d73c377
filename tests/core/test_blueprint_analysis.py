"""The service blueprint in the analysis (issue 15 item 4): unsupported touchpoints
and negative paths into them, only for maps with blueprint lanes."""

from __future__ import annotations

import json

from journeydesigner.analysis import analyze, format_text
from journeydesigner.model import Document
from tests.lane_maps import every_lane_kind


def blueprint_map(**changes) -> Document:
    data = every_lane_kind()
    data.update(changes)
    return Document.model_validate(data)


def test_a_map_without_blueprint_lanes_has_no_blueprint_findings():
    data = every_lane_kind()
    data["lanes"] = [lane for lane in data["lanes"] if lane["kind"] == "notes"]
    data["notes"] = [note for note in data["notes"] if note["lane"] == "goals"]
    result = analyze(Document.model_validate(data))
    assert not result.blueprint and result.unsupported == []
    assert "service_blueprint" not in result.by_category()
    assert result.to_json()["service_blueprint"] is None
    assert "Service blueprint" not in format_text(result, "en")


def test_every_touchpoint_supported_gives_no_finding():
    result = analyze(blueprint_map())
    assert result.blueprint and result.unsupported == []
    assert result.by_category()["service_blueprint"] == []


def test_unsupported_touchpoints_and_the_negative_paths_into_them():
    data = every_lane_kind()
    for note in data["notes"]:
        note["touchpoints"] = [t for t in note.get("touchpoints", []) if t != "till"]
    result = analyze(Document.model_validate(data))
    assert result.unsupported == ["till"]
    kinds = [(f.kind, f.severity, f.touchpoints, f.connections)
             for f in result.by_category()["service_blueprint"]]
    assert kinds == [("unsupported_touchpoint", "warning", ("till",), ()),
                     ("unsupported_negative_path", "problem", ("ad", "till"), ("c1",))]
    found = result.by_category()["service_blueprint"]
    assert found[0].text("en") == ("Unsupported touchpoint: “Pay at the till” (During) — no "
                                   "frontstage, backstage or support note is linked to it.")
    assert found[1].text("es").startswith("Camino negativo sin soporte: “Ad” → “Pay at the till”")
    data_json = json.loads(json.dumps(result.to_json()))["service_blueprint"]
    assert data_json == {"unsupported": ["till"], "unsupported_negative_paths": [
        {"connection": "c1", "source": "ad", "target": "till", "label": ""}]}
    assert "Plano del servicio (2)" in format_text(result, "es")


def test_notes_lanes_support_nothing_and_notes_follow_the_persona():
    data = every_lane_kind()
    data["notes"][0]["touchpoints"] = ["till"]  # a goals note: not a blueprint lane
    for note in data["notes"][1:3]:
        note["touchpoints"] = ["till"]
        note["personas"] = ["ana"]
    data["personas"].append({"id": "bob", "name": "Bob"})
    doc = Document.model_validate(data)
    assert analyze(doc, "ana").unsupported == []
    assert analyze(doc, "bob").unsupported == ["till"]


def test_the_pdf_appendix_lists_the_blueprint_findings(tmp_path):
    from pypdf import PdfReader

    from journeydesigner.export import export_file

    data = every_lane_kind()
    data["language"] = "es"
    for note in data["notes"]:
        note["touchpoints"] = []
    export_file(Document.model_validate(data), tmp_path / "map.pdf")
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "map.pdf").pages)
    text = " ".join(text.split())
    assert "Punto de contacto sin soporte: “Ad” (Before)" in text
    assert "Camino negativo sin soporte: “Ad” → “Pay at the till”" in text
