"""A facilitator adds lanes to a map of edition 1 on a real screen, from the keyboard:
Map → Add Lane → Lane of Notes (Ctrl+Shift+N) named in its dialog, three notes typed
in the lane's cells (Enter writes the next a step later), the last linked to a card
with Ctrl+K, the service blueprint (Ctrl+Shift+B), Ctrl+S, and File → Export to PDF.
The file must be valid and hold exactly that, the PDF show the lanes, the log stay
clean."""

from __future__ import annotations

import shutil
from pathlib import Path

from .harness import validate
from .test_export_scenario import check_pdf, export_with_enter, wait_written

EDITION1 = Path(__file__).resolve().parents[1] / "edition1" / "compra-online.es.journey"
NOTES = ["Encontrar mis zapatillas", "Comparar <b>precios</b>", "Pagar rápido"]


def test_add_a_lane_type_three_notes_link_one_save_and_export(launch, tmp_path):
    path = tmp_path / "compra.journey"
    shutil.copy(EDITION1, path)
    app = launch(str(path))
    app.wait_window("compra.journey")
    app.settle(1)
    app.key("ctrl+shift+n")  # Map → Add Lane → Lane of Notes…
    app.wait_window("^Add lane$")
    app.settle(0.4)
    app.key("ctrl+a")
    app.type("Objetivos del cliente")
    app.key("Return")
    app.wait_no_window("^Add lane$")
    app.settle(0.6)
    # the keyboard to a card, then up through the channels into the new lane on top
    app.key("ctrl+Right", "Escape", *["Up"] * 10)
    for text in NOTES:
        app.type(text)
        app.key("Return")
    app.key("Escape")  # the last note stays selected
    app.screenshot("three-notes")
    app.key("ctrl+k", "ctrl+Down", "ctrl+k")  # from the note to the card under it
    app.key("ctrl+shift+b")  # the service blueprint's three lanes
    app.settle(0.6)
    app.key("ctrl+s")
    app.settle(1.5)
    app.screenshot("saved")
    data = validate(path)
    lanes = data["lanes"]
    assert [(lane["name"], lane["kind"]) for lane in lanes] == [
        ("Objetivos del cliente", "notes"), ("Acciones visibles", "frontstage"),
        ("Acciones internas", "backstage"), ("Procesos de soporte", "support")]
    notes = data["notes"]
    assert [n["text"] for n in notes] == NOTES
    assert {n["lane"] for n in notes} == {lanes[0]["id"]}
    assert len({n["stage"] for n in notes}) == 1
    assert [n["step"] for n in notes] == [notes[0]["step"] + k for k in range(3)]
    linked = [n for n in notes if n.get("touchpoints")]
    assert [n["text"] for n in linked] == [NOTES[-1]]
    assert linked[0]["touchpoints"][0] in {t["id"] for t in data["touchpoints"]}

    pdf = tmp_path / "compra.pdf"
    export_with_enter(app, pdf)
    wait_written(app, pdf)
    check_pdf(pdf, "Objetivos del", "Encontrar mis", "<b>precios</b>", "Línea de visibilidad")
    assert app.quit() == 0
    app.assert_clean_log()
