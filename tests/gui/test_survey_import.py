"""File → Import → Survey responses… (issue 17 item 5): the columns found, the reading
in the background with progress and Cancel, the preview of every change and of the
rows skipped, and the import as one undo step."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from journeydesigner.fileio import load
from journeydesigner.gui.dialogs.survey_import import SurveyImportDialog
from journeydesigner.survey import read_responses

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SURVEY = EXAMPLES / "compra-online.es.respuestas.csv"


@pytest.fixture
def doc():
    return load(EXAMPLES / "compra-online.es.journey")


def read(qtbot, dialog: SurveyImportDialog, path: Path) -> None:
    dialog.set_file(str(path))
    dialog.start_reading()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)


def test_columns_are_found_and_every_change_and_bad_row_is_shown(qtbot, doc):
    dialog = SurveyImportDialog(doc, None)
    qtbot.addWidget(dialog)
    read(qtbot, dialog, SURVEY)
    chosen = {role: combo.currentText() for role, combo in dialog.role_combos.items()}
    assert chosen == {"touchpoint": "punto de contacto", "nps": "nps", "csat": "csat",
                      "ces": "ces", "date": "fecha", "comment": "comentario"}
    rows = {(dialog.table.item(r, 0).text(), dialog.table.item(r, 1).text()):
            dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())}
    assert rows[("Entrega del paquete", "CSAT")] == "90 → 30"  # the map said 90
    problems = dialog.problems.toPlainText().splitlines()
    assert len(problems) == 3 and problems[0].startswith('row 19, column "csat"')
    assert "“Skip the rows with problems”" in dialog.status.text()
    assert not dialog.import_button.isEnabled()  # problems: nothing imports by default
    dialog.skip_check.setChecked(True)
    assert dialog.import_button.isEnabled()


def test_another_column_can_be_chosen_and_none_refuses_to_read(qtbot, doc):
    dialog = SurveyImportDialog(doc, None)
    qtbot.addWidget(dialog)
    dialog.set_file(str(SURVEY))
    for role in ("nps", "csat", "ces"):
        dialog.role_combos[role].setCurrentIndex(0)  # (none)
    dialog.start_reading()
    assert not dialog.busy and "at least one of" in dialog.status.text()
    dialog.role_combos["ces"].setCurrentText("ces")
    dialog.start_reading()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert {dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())} == {"CES"}


def test_a_file_that_is_no_survey_says_why_and_reads_nothing(qtbot, doc, tmp_path):
    bad = tmp_path / "notes.csv"
    bad.write_text("name;age\nAna;3\n", encoding="utf-8")
    dialog = SurveyImportDialog(doc, None)
    qtbot.addWidget(dialog)
    dialog.set_file(str(bad))
    assert "touchpoint" in dialog.status.text()
    assert not dialog.import_button.isEnabled()
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"not a zip")
    dialog.set_file(str(fake))
    assert dialog.columns is None and dialog.status.text()
    assert not dialog.read_button.isEnabled()


def test_cancel_stops_a_long_reading_and_imports_nothing(qtbot, doc, tmp_path, monkeypatch):
    big = tmp_path / "big.csv"
    with big.open("w", encoding="utf-8") as out:
        out.write("touchpoint,csat\n")
        for k in range(400_000):
            out.write(f"carrito,{1 + k % 5}\n")
    import journeydesigner.gui.dialogs.survey_import as module

    def slowly(*args, progress, **kwargs):  # Cancel comes before the end, however fast
        def paced(rows, part):
            time.sleep(0.02)
            progress(rows, part)
        return read_responses(*args, progress=paced, **kwargs)

    monkeypatch.setattr(module, "read_responses", slowly)
    dialog = SurveyImportDialog(doc, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_file(str(big))
    dialog.start_reading()
    assert dialog.busy and dialog.progress.isVisible()
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=20_000)
    dialog.reject()  # Cancel while reading: stops the reading, the dialog stays
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert "cancelled" in dialog.status.text() and dialog.plan is None
    assert dialog.isVisible()  # the first Cancel stops the reading, not the dialog
    assert not dialog.import_button.isEnabled()


def test_the_window_imports_as_one_undo_step(qtbot, window, monkeypatch, tmp_path):
    survey = tmp_path / "respuestas.csv"
    shutil.copy(SURVEY, survey)

    def run(dialog: SurveyImportDialog) -> int:
        read(qtbot, dialog, survey)
        dialog.skip_check.setChecked(True)
        return 1

    monkeypatch.setattr(SurveyImportDialog, "exec", run)
    before = window.controller.undo_stack.count()
    window.import_survey_action.trigger()
    doc = window.controller.doc
    entrega = next(t for t in doc.touchpoints if t.title == "Entrega del paquete")
    assert entrega.metrics.csat == 30 and entrega.metrics.evidence.csat.n > 0
    assert entrega.metrics.evidence.csat.source == "respuestas.csv"
    assert window.controller.undo_stack.count() == before + 1
    assert "respuestas.csv" in window.controller.undo_stack.undoText()
    assert "n = " in window.view.journey_scene.cards[entrega.id].toolTip()
    window.controller.undo_stack.undo()
    assert next(t for t in window.controller.doc.touchpoints
                if t.id == entrega.id).metrics.csat == 90


def test_the_workbook_of_the_same_answers_previews_the_same_changes(qtbot, doc):
    dialogs = []
    for name in ("compra-online.es.respuestas.csv", "compra-online.es.respuestas.xlsx"):
        dialog = SurveyImportDialog(doc, None)
        qtbot.addWidget(dialog)
        read(qtbot, dialog, EXAMPLES / name)
        dialogs.append(dialog)
    csv_plan, xlsx_plan = (d.plan for d in dialogs)
    assert xlsx_plan.changes == csv_plan.changes and xlsx_plan.quotes == csv_plan.quotes
    assert dialogs[1].responses.problem_count == 3


def test_leaving_the_file_field_keeps_the_columns_chosen(qtbot, doc):
    from .canvas_helpers import focus_out

    dialog = SurveyImportDialog(doc, None)
    qtbot.addWidget(dialog)
    dialog.set_file(str(SURVEY))
    dialog.role_combos["nps"].setCurrentIndex(0)  # (none)
    focus_out(dialog.path_edit)  # the same file: nothing found again
    assert dialog.role_combos["nps"].currentText() == "(none)"
    dialog.path_edit.setText(str(EXAMPLES / "compra-online.es.respuestas.xlsx"))
    focus_out(dialog.path_edit)  # another file: its columns
    assert dialog.role_combos["nps"].currentText() == "nps"
