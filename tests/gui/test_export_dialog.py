"""The export dialog: its options follow the widgets, and exports run in the background."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from journeydesigner.fileio import dumps, load
from journeydesigner.gui.dialogs.export_dialog import ExportDialog, ExportSettings

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture
def doc():
    return load(EXAMPLES / "compra-online.es.journey")


@pytest.fixture
def dialog(qtbot, doc, tmp_path):
    widget = ExportDialog(doc, tmp_path / "mapa.pdf")
    qtbot.addWidget(widget)
    return widget


def wait_done(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)


def test_defaults_follow_the_path(dialog, tmp_path):
    assert dialog.options() == ExportSettings(
        format="pdf", path=str(tmp_path / "mapa.pdf"), page_size="A4", portrait=False,
        tile=False, persona=None, cover=True, appendix=True, dpi=150,
    )
    assert dialog.page_group.isEnabled()
    assert not dialog.dpi_spin.isEnabled()
    assert dialog.preview_label.pixmap() is not None and not dialog.preview_label.pixmap().isNull()
    assert "pt" in dialog.info_label.text()


def test_options_reflect_the_widgets(dialog, doc, tmp_path):
    dialog.page_size_combo.setCurrentIndex(dialog.page_size_combo.findData("A3"))
    dialog.orientation_combo.setCurrentIndex(1)
    dialog.tile_radio.setChecked(True)
    dialog.persona_combo.setCurrentIndex(2)
    dialog.cover_check.setChecked(False)
    dialog.appendix_check.setChecked(False)
    settings = dialog.options()
    assert settings.page_size == "A3"
    assert settings.portrait is True
    assert settings.tile is True
    assert settings.persona == doc.personas[1].id
    assert (settings.cover, settings.appendix) == (False, False)
    assert dialog.persona_combo.count() == 1 + len(doc.personas)
    dialog.update_preview()
    assert "pages" in dialog.info_label.text()


def test_format_and_extension_follow_each_other(dialog, tmp_path):
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("png"))
    assert dialog.options().path == str(tmp_path / "mapa.png")
    assert not dialog.page_group.isEnabled() and dialog.dpi_spin.isEnabled()
    dialog.path_edit.setText(str(tmp_path / "drawing.svg"))
    dialog.path_edit.editingFinished.emit()
    assert dialog.options().format == "svg"
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("json"))
    assert dialog.options().path.endswith("drawing.json")
    assert not dialog.persona_combo.isEnabled()


def test_pdf_export_runs_in_the_background_and_writes_the_file(qtbot, dialog, tmp_path):
    dialog.tile_radio.setChecked(True)
    seen = []
    dialog.exported.connect(lambda path, warnings: seen.append((path, warnings)))
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        dialog.run_export()
        assert dialog.busy  # the window keeps answering while the worker writes
    wait_done(qtbot, dialog)
    out = tmp_path / "mapa.pdf"
    assert out.is_file()
    assert len(PdfReader(out).pages) > 3
    assert seen == [(str(out), [])]
    assert dialog.result() == ExportDialog.DialogCode.Accepted


def test_fit_warning_is_reported(qtbot, dialog, tmp_path):
    with qtbot.waitSignal(dialog.exported, timeout=30_000) as blocker:
        dialog.run_export()
    wait_done(qtbot, dialog)
    path, warnings = blocker.args
    assert any("fit mode" in w for w in warnings)
    assert dialog.message_box is not None
    assert "fit mode" in dialog.message_box.informativeText()
    dialog.message_box.close()


@pytest.mark.parametrize("fmt", ["png", "svg", "json"])
def test_other_formats(qtbot, dialog, doc, tmp_path, fmt):
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(fmt))
    dialog.dpi_spin.setValue(72)
    dialog.run_export()
    wait_done(qtbot, dialog)
    out = tmp_path / f"mapa.{fmt}"
    assert out.is_file() and out.stat().st_size > 500
    if fmt == "json":
        assert out.read_bytes() == dumps(doc)


def test_an_error_is_shown_and_the_dialog_stays_open(qtbot, dialog, tmp_path):
    dialog.path_edit.setText(str(tmp_path / "no such folder" / "mapa.pdf"))
    dialog.run_export()
    wait_done(qtbot, dialog)
    assert dialog.last_error and "failed" in dialog.last_error
    assert isinstance(dialog.message_box, QMessageBox)
    assert dialog.message_box.icon() == QMessageBox.Icon.Critical
    assert dialog.result() != ExportDialog.DialogCode.Accepted
    assert dialog.export_button.isEnabled()
    dialog.message_box.close()


def test_an_empty_path_is_refused(qtbot, dialog):
    dialog.path_edit.setText("  ")
    dialog.run_export()
    assert not dialog.busy
    assert dialog.last_error
    dialog.message_box.close()


@pytest.mark.parametrize("field", ["path_edit", "browse_button", "format_combo", "dpi_spin"])
def test_enter_exports_from_any_field(qtbot, dialog, tmp_path, field):
    """Export is the one default button: Enter on Browse used to open the file dialog."""
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("png"))
    dialog.dpi_spin.setValue(36)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    widget = getattr(dialog, field)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        qtbot.keyClick(widget, Qt.Key.Key_Return)
    wait_done(qtbot, dialog)
    assert (tmp_path / "mapa.png").is_file()
    assert [b for b in dialog.findChildren(QPushButton) if b.autoDefault()] == [
        dialog.export_button]


def test_the_next_export_offers_the_last_folder_and_format(qtbot, dialog, doc, tmp_path):
    folder = tmp_path / "entregables"
    folder.mkdir()
    dialog.path_edit.setText(str(folder / "cliente.png"))
    dialog.path_edit.editingFinished.emit()
    dialog.dpi_spin.setValue(36)
    dialog.run_export()
    wait_done(qtbot, dialog)
    assert (folder / "cliente.png").is_file()
    again = ExportDialog(doc, tmp_path / "elsewhere" / "mapa.pdf")
    qtbot.addWidget(again)
    assert again.options().path == str(folder / "mapa.png")
    assert again.options().format == "png"
    (folder / "cliente.png").unlink()
    folder.rmdir()  # a folder that is gone is not offered
    third = ExportDialog(doc, tmp_path / "mapa.pdf")
    qtbot.addWidget(third)
    assert third.options().path == str(tmp_path / "mapa.png")


def test_characters_no_font_has_are_named_before_exporting(qtbot, doc, tmp_path):
    doc.touchpoints[0].title = "Señal \U000F0001 privada"
    doc.personas[0].name = "美玲 👍"  # a fallback font draws these: not named
    widget = ExportDialog(doc, tmp_path / "mapa.pdf")
    qtbot.addWidget(widget)
    widget.update_preview()
    note = widget.info_label.text()
    assert "U+F0001" in note and "“Señal \U000F0001 privada”" in note
    assert "美玲" not in note and "U+1F44D" not in note
    widget.run_export()
    box = widget.unprintable_box
    assert box is not None and box.isVisible() and not widget.busy
    assert "U+F0001" in box.informativeText()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert not (tmp_path / "mapa.pdf").exists()
    widget.run_export()
    anyway = next(b for b in widget.unprintable_box.buttons() if "anyway" in b.text())
    with qtbot.waitSignal(widget.exported, timeout=30_000) as blocker:
        anyway.click()
    wait_done(qtbot, widget)
    assert (tmp_path / "mapa.pdf").is_file()
    assert any("U+F0001" in w and "touchpoints[0].title" in w for w in blocker.args[1])
    widget.message_box.close()


def test_the_preview_shows_the_bands_within_the_page(qtbot, tmp_path):
    from journeydesigner.export.pdf import PdfOptions, plan_map
    from tests.core.test_pdf_bands import long_map

    doc = long_map()
    widget = ExportDialog(doc, tmp_path / "bandas.pdf")
    qtbot.addWidget(widget)
    widget.update_preview()
    assert "in 2 bands" in widget.info_label.text()
    plan = plan_map(doc, PdfOptions())
    image = widget.preview_label.pixmap().toImage()
    ratio = image.devicePixelRatio()
    page_right = int((plan.page[0] * min(360 / plan.page[0], 250 / plan.page[1])) * ratio)
    # nothing of the map is painted right of the page (only its shadow is there)
    outside = [image.pixelColor(x, y).alpha() for x in range(page_right + 2, image.width())
               for y in range(image.height())]
    assert outside and max(outside) < 100
