"""Export the map to PDF, PNG, SVG or JSON, with a preview of the first map page.

The PDF and JSON exports run in a worker thread (they are Qt-free), so the
window never freezes on a large map; PNG and SVG are painted by the canvas on
the GUI thread (Qt scenes belong to it) and only their bytes are written by the
worker. Errors are shown in a message box and the dialog stays open.
"""

from __future__ import annotations

import contextlib
import math
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ... import numbers
from ...export import PAGE_SIZE_NAMES, export_file
from ...fileio import write_atomically
from ...model import Document
from .. import plain_text
from ..busy import busy_cursor
from ..i18n import interface_language, page_size_label
from ..preferences import settings

PREVIEW_W, PREVIEW_H = 380, 270
#: The formats the dialog offers (the command line also writes .journey).
FORMATS = (".pdf", ".png", ".svg", ".json")


@dataclass(frozen=True)
class ExportSettings:
    """What the dialog's widgets say."""

    format: str  # "pdf", "png", "svg" or "json"
    path: str
    page_size: str = "A4"
    portrait: bool = False
    tile: bool = False
    persona: str | None = None
    cover: bool = True
    appendix: bool = True
    dpi: int = 150


class ExportWorker:
    """Runs one export job in a Python thread. When ``finished`` fires (on the GUI
    thread), ``warnings`` holds the job's warnings, or ``error`` the text of its failure.

    Not a QThread: deleting a finished QThread (``deleteLater``) aborted the process
    on X11 ("shared QObject was deleted directly"); a plain thread posts its result
    through the dialog's queued signal and owns nothing of Qt's.
    """

    def __init__(self, job: Callable[[], list[str]], finished: Signal) -> None:
        self._job = job
        self._finished = finished
        self.warnings: list[str] = []
        self.error: str | None = None
        self._thread = threading.Thread(target=self._run, name="export", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wait(self) -> None:
        self._thread.join()

    def _run(self) -> None:
        try:
            self.warnings = list(self._job() or [])
        except Exception as exc:  # noqa: BLE001 - every failure is shown to the user
            message = str(exc) or type(exc).__name__
            if not isinstance(exc, ValueError | OSError):
                message += "\n\n" + "".join(traceback.format_exception_only(exc)).strip()
            self.error = message
        with contextlib.suppress(RuntimeError):  # the dialog was deleted meanwhile
            self._finished.emit()


def _format_names() -> list[tuple[str, str]]:
    return [
        ("pdf", QCoreApplication.translate("export_dialog", "PDF document (print)")),
        ("png", QCoreApplication.translate("export_dialog", "PNG picture")),
        ("svg", QCoreApplication.translate("export_dialog", "SVG drawing")),
        ("json", QCoreApplication.translate("export_dialog", "JSON data")),
    ]


def remembered_path(default: Path) -> Path:
    """``default`` in the folder and format of the last export, when there was one
    and that folder still exists."""
    folder = Path(str(settings().value("export/last_folder", "") or ""))
    fmt = str(settings().value("export/last_format", "") or "")
    path = default
    if str(folder) not in ("", ".") and folder.is_dir():
        path = folder / default.name
    if f".{fmt}" in FORMATS:
        path = path.with_suffix(f".{fmt}")
    return path


def remember(path: Path) -> None:
    """The folder and format of a successful export, offered by the next one."""
    settings().setValue("export/last_folder", str(path.parent))
    settings().setValue("export/last_format", path.suffix.lower().lstrip("."))


class ExportDialog(QDialog):
    """Choose format, page, layout, persona and file; preview; export in the background.

    ``exported(path, warnings)`` is emitted after a successful export, just before
    the dialog closes. ``message_box`` holds the last message shown (for tests).
    """

    exported = Signal(str, list)
    _worker_done = Signal()  # emitted by the worker's thread, received on the GUI thread

    def __init__(self, doc: Document, default_path: str | Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export Map"))
        self.doc = doc
        self.worker: ExportWorker | None = None
        self.progress: QProgressDialog | None = None
        self.message_box: QMessageBox | None = None
        self.last_error: str | None = None
        self.last_warnings: list[str] = []
        self._scene = None
        self._controller = None
        self._unprintable: str | None = None  # the note, computed on first use
        self.unprintable_box: QMessageBox | None = None

        default = remembered_path(Path(default_path))
        layout = QVBoxLayout(self)
        body = QHBoxLayout()
        layout.addLayout(body)
        form_side = QVBoxLayout()
        body.addLayout(form_side, 1)

        general = QFormLayout()
        form_side.addLayout(general)
        self.format_combo = QComboBox()
        for key, name in _format_names():
            self.format_combo.addItem(name, key)
        self.format_combo.setAccessibleName(self.tr("Format"))
        general.addRow(self.tr("&Format:"), self.format_combo)

        path_row = QHBoxLayout()
        self.path_edit = QLineEdit(str(default))
        self.path_edit.setAccessibleName(self.tr("Output file"))
        self.browse_button = QPushButton(self.tr("&Browse…"))
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        path_label = QLabel(self.tr("F&ile:"))
        path_label.setBuddy(self.path_edit)
        general.addRow(path_label, path_row)

        self.persona_combo = QComboBox()
        self.persona_combo.addItem(self.tr("All personas"), None)
        for persona in doc.personas:
            self.persona_combo.addItem(persona.name, persona.id)
        self.persona_combo.setAccessibleName(self.tr("Persona"))
        general.addRow(self.tr("&Persona:"), self.persona_combo)

        self.dpi_spin = QSpinBox()
        self.dpi_spin.setRange(36, 600)
        self.dpi_spin.setSingleStep(50)
        self.dpi_spin.setValue(150)
        self.dpi_spin.setSuffix(self.tr(" dpi"))
        self.dpi_spin.setAccessibleName(self.tr("Resolution"))
        self.dpi_label = QLabel(self.tr("&Resolution:"))
        self.dpi_label.setBuddy(self.dpi_spin)
        general.addRow(self.dpi_label, self.dpi_spin)

        self.page_group = QGroupBox(self.tr("Page"))
        page_form = QFormLayout(self.page_group)
        self.page_size_combo = QComboBox()
        for name in PAGE_SIZE_NAMES:
            self.page_size_combo.addItem(page_size_label(name), name)
        self.page_size_combo.setAccessibleName(self.tr("Page size"))
        page_form.addRow(self.tr("Si&ze:"), self.page_size_combo)
        self.orientation_combo = QComboBox()
        self.orientation_combo.addItem(self.tr("Landscape"), False)
        self.orientation_combo.addItem(self.tr("Portrait"), True)
        self.orientation_combo.setAccessibleName(self.tr("Orientation"))
        page_form.addRow(self.tr("&Orientation:"), self.orientation_combo)
        self.fit_radio = QRadioButton(self.tr("Fit the map on one page"))
        self.tile_radio = QRadioButton(self.tr("Tile across pages (readable text)"))
        self.fit_radio.setChecked(True)
        self.layout_group = QButtonGroup(self)
        self.layout_group.addButton(self.fit_radio)
        self.layout_group.addButton(self.tile_radio)
        page_form.addRow(self.tr("Map:"), self.fit_radio)
        page_form.addRow("", self.tile_radio)
        self.cover_check = QCheckBox(self.tr("Cover page with personas"))
        self.cover_check.setChecked(True)
        self.appendix_check = QCheckBox(self.tr("Appendix: findings, coverage and measures"))
        self.appendix_check.setChecked(True)
        page_form.addRow("", self.cover_check)
        page_form.addRow("", self.appendix_check)
        form_side.addWidget(self.page_group)
        form_side.addStretch(1)

        preview_side = QVBoxLayout()
        body.addLayout(preview_side)
        self.preview_title = QLabel()
        preview_side.addWidget(self.preview_title)
        self.preview_label = QLabel()
        self.preview_label.setMinimumSize(PREVIEW_W, PREVIEW_H)
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_label.setAccessibleName(self.tr("Preview"))
        self.preview_label.setStyleSheet("background: #E5E8EC; border-radius: 4px;")
        preview_side.addWidget(self.preview_label)
        self.info_label = plain_text.label()  # warnings name characters and fields
        self.info_label.setWordWrap(True)
        self.info_label.setMaximumWidth(PREVIEW_W)
        preview_side.addWidget(self.info_label)
        preview_side.addStretch(1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("&Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        layout.addWidget(self.buttons)
        # Enter exports from every field: no other button may become the default
        # when it takes the focus (Browse did, so Enter opened the file dialog), and
        # Export is made the default once it is inside the dialog (before, Qt forgot it)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(button is self.export_button)
        self.export_button.setDefault(True)

        suffix = default.suffix.lower()
        if suffix in FORMATS:
            self.format_combo.setCurrentIndex(self.format_combo.findData(suffix[1:]))

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(120)
        self._preview_timer.timeout.connect(self.update_preview)

        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.path_edit.editingFinished.connect(self._path_edited)
        self.browse_button.clicked.connect(self.browse)
        for signal in (self.persona_combo.currentIndexChanged,
                       self.page_size_combo.currentIndexChanged,
                       self.orientation_combo.currentIndexChanged,
                       self.dpi_spin.valueChanged,
                       self.fit_radio.toggled,
                       self.cover_check.toggled,
                       self.appendix_check.toggled):
            signal.connect(self._schedule_preview)
        self.buttons.accepted.connect(self.run_export)
        self._worker_done.connect(self._worker_finished, Qt.ConnectionType.QueuedConnection)
        self.buttons.rejected.connect(self.reject)
        self._update_enabled()
        self.update_preview()

    # -- options --------------------------------------------------------------

    def options(self) -> ExportSettings:
        return ExportSettings(
            format=self.format_combo.currentData(),
            path=self.path_edit.text().strip(),
            page_size=self.page_size_combo.currentData(),
            portrait=bool(self.orientation_combo.currentData()),
            tile=self.tile_radio.isChecked(),
            persona=self.persona_combo.currentData(),
            cover=self.cover_check.isChecked(),
            appendix=self.appendix_check.isChecked(),
            dpi=self.dpi_spin.value(),
        )

    def _format_changed(self) -> None:
        fmt = self.format_combo.currentData()
        text = self.path_edit.text().strip()
        if text:
            path = Path(text)
            if path.suffix.lower() != f".{fmt}":
                self.path_edit.setText(str(path.with_suffix(f".{fmt}")))
        self._update_enabled()
        self._schedule_preview()

    def _path_edited(self) -> None:
        suffix = Path(self.path_edit.text().strip()).suffix.lower()
        if suffix in FORMATS and suffix[1:] != self.format_combo.currentData():
            self.format_combo.setCurrentIndex(self.format_combo.findData(suffix[1:]))

    def _update_enabled(self) -> None:
        fmt = self.format_combo.currentData()
        self.page_group.setEnabled(fmt == "pdf")
        self.dpi_spin.setEnabled(fmt == "png")
        self.dpi_label.setEnabled(fmt == "png")
        self.persona_combo.setEnabled(fmt != "json")

    def browse(self) -> None:
        fmt = self.format_combo.currentData()
        filters = {
            "pdf": self.tr("PDF documents (*.pdf)"),
            "png": self.tr("PNG pictures (*.png)"),
            "svg": self.tr("SVG drawings (*.svg)"),
            "json": self.tr("JSON files (*.json)"),
        }
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path_edit.text(),
                                              filters[fmt])
        if path:
            if not Path(path).suffix:
                path += f".{fmt}"
            self.path_edit.setText(path)
            self._path_edited()

    # -- preview ----------------------------------------------------------------

    def _schedule_preview(self, *args) -> None:
        self._preview_timer.start()

    def _preview_scene(self, persona: str | None):
        from ..canvas.scene import JourneyScene
        from ..controller import DocumentController

        if self._scene is None:
            self._controller = DocumentController(self.doc, parent=self)
            self._scene = JourneyScene(self._controller, self)
        if self._scene.options.persona != persona:
            self._scene.set_persona_filter(persona)
        self._scene.clearSelection()
        return self._scene

    def update_preview(self) -> None:
        """Draw the first map page (PDF) or the picture (PNG/SVG); JSON has none."""
        settings = self.options()
        try:
            if settings.format == "pdf":
                pixmap, info = self._pdf_preview(settings)
                self.preview_title.setText(self.tr("First map page"))
            elif settings.format in ("png", "svg"):
                pixmap, info = self._picture_preview(settings)
                self.preview_title.setText(self.tr("Picture"))
            else:
                pixmap = None
                info = self.tr("The whole map in the JourneyDesigner file format (UTF-8 JSON), "
                          "readable by other tools.")
                self.preview_title.setText("")
        except Exception as exc:  # noqa: BLE001 - a preview must never break the dialog
            pixmap, info = None, self.tr("No preview: {0}").format(exc)
        if pixmap is None:
            self.preview_label.clear()
            self.preview_label.setText(self.tr("No preview"))
        else:
            self.preview_label.setPixmap(pixmap)
        self.info_label.setText(info)

    def _pdf_preview(self, settings: ExportSettings) -> tuple[QPixmap, str]:
        from ...export.pdf import PdfOptions, plan_map, printed_to_screen
        from ...export.pdf.options import MIN_LEGIBLE_PT

        options = PdfOptions(
            page_size=settings.page_size,  # type: ignore[arg-type]
            portrait=settings.portrait,
            mode="tile" if settings.tile else "fit",
            persona=settings.persona,
            cover=settings.cover,
            appendix=settings.appendix,
        )
        plan = plan_map(self.doc, options)
        page_w, page_h = plan.page
        k = min((PREVIEW_W - 20) / page_w, (PREVIEW_H - 20) / page_h)
        dpr = self.devicePixelRatioF() or 1.0
        pixmap = QPixmap(math.ceil(page_w * k * dpr) + 6, math.ceil(page_h * k * dpr) + 6)
        pixmap.setDevicePixelRatio(dpr)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(QRectF(3, 3, page_w * k, page_h * k), QColor(0, 0, 0, 40))
        painter.fillRect(QRectF(0, 0, page_w * k, page_h * k), QColor("white"))
        painter.save()
        painter.scale(k, k)
        area = plan.area
        font = QFont(painter.font())
        font.setPixelSize(13)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#1F2328"))
        painter.drawText(QRectF(area.x, area.y - 30, area.w * 0.7, 18),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         self.doc.title)
        painter.setPen(QPen(QColor("#D0D5DB"), 0.6))
        painter.drawLine(QRectF(area.x, area.y - 3, area.w, 0).topLeft(),
                         QRectF(area.x + area.w, area.y - 3, 0, 0).topLeft())
        scene = self._preview_scene(settings.persona)
        to_screen = printed_to_screen(plan.geometry, scene.geometry)
        frame, s = plan.frame, plan.scale
        for tile in (t for t in plan.tiles if t.page == 0):
            ox, oy = tile.origin
            v, sw, sh = tile.view, frame.strip_w * s, frame.strip_h * s
            for part, x, y in ((frame.corner, ox, oy), (frame.top_strip(v), ox + sw, oy),
                               (frame.left_strip(v), ox, oy + sh), (v, ox + sw, oy + sh)):
                shown = to_screen(part)
                scene.render(painter, QRectF(x, y, part.w * s, part.h * s),
                             QRectF(shown.x, shown.y, shown.w, shown.h),
                             Qt.AspectRatioMode.IgnoreAspectRatio)
        if plan.legend_on_map and plan.pages == 1:
            top = plan.bottom + 10
            painter.setPen(QPen(QColor("#D0D5DB"), 0.6))
            painter.drawLine(QRectF(area.x, top, 0, 0).topLeft(),
                             QRectF(area.x + area.w, top, 0, 0).topLeft())
            painter.setBrush(QColor("#E3E6EA"))
            painter.setPen(Qt.PenStyle.NoPen)
            for i in range(5):
                painter.drawRect(QRectF(area.x + i * area.w / 5, top + 16, area.w / 7, 40))
        painter.restore()
        painter.end()

        if plan.pages == 1 and plan.bands > 1:
            info = self.tr("The map fits on one page in {0} bands; card text {1} pt.").format(
                plan.bands, numbers.number(plan.text_pt, interface_language()))
        elif plan.pages == 1:
            info = self.tr("The map fits on one page; card text {0} pt.").format(
                numbers.number(plan.text_pt, interface_language()))
        if plan.pages == 1:
            if plan.text_pt < MIN_LEGIBLE_PT:
                info += " " + self.tr("That is too small to read: choose Tile or a larger page.")
        else:
            info = self.tr("The map takes {0} pages ({1} rows × {2} columns); card text {3} pt."
                      ).format(plan.pages, plan.rows, plan.cols,
                               numbers.number(plan.text_pt, interface_language()))
        extras = []
        if settings.cover:
            extras.append(self.tr("a cover page"))
        if not plan.legend_on_map:
            extras.append(self.tr("a legend page"))
        if settings.appendix:
            extras.append(self.tr("the appendix"))
        if extras:
            info += " " + self.tr("Also: {0}.").format(", ".join(extras))
        if self.unprintable_note():
            info += "\n" + self.unprintable_note()
        return pixmap, info

    def _picture_preview(self, settings: ExportSettings) -> tuple[QPixmap, str]:
        scene = self._preview_scene(settings.persona)
        rect = scene.sceneRect()
        k = min((PREVIEW_W - 10) / rect.width(), (PREVIEW_H - 10) / rect.height())
        dpr = self.devicePixelRatioF() or 1.0
        pixmap = QPixmap(math.ceil(rect.width() * k * dpr), math.ceil(rect.height() * k * dpr))
        pixmap.setDevicePixelRatio(dpr)
        pixmap.fill(QColor("white"))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scene.render(painter, QRectF(0, 0, rect.width() * k, rect.height() * k), rect)
        painter.end()
        if settings.format == "png":
            factor = settings.dpi / 72
            info = self.tr("{0} × {1} pixels at {2} dpi.").format(
                math.ceil(rect.width() * factor), math.ceil(rect.height() * factor), settings.dpi)
        else:
            info = self.tr("A drawing of {0} × {1} points that scales without loss.").format(
                round(rect.width()), round(rect.height()))
        return pixmap, info

    # -- export -------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.worker is not None

    def unprintable_note(self) -> str:
        """What the PDF cannot print on this machine (empty when everything prints):
        the characters and the objects that hold them."""
        if self._unprintable is None:
            from ...export.pdf.coverage import SHOWN_PLACES, unprintable

            found = unprintable(self.doc)
            self._unprintable = ""
            if found:
                chars = "".join(dict.fromkeys(ch for u in found for ch in u.chars))
                kinds = {
                    "map": self.tr("map"),
                    "stage": self.tr("stage"),
                    "channel": self.tr("channel"),
                    "persona": self.tr("persona"),
                    "touchpoint": self.tr("card"),
                    "path": self.tr("path"),
                }
                places = ", ".join(f"“{u.name}” ({kinds[u.kind]})"
                                   for u in found[:SHOWN_PLACES])
                if len(found) > SHOWN_PLACES:
                    places += " " + self.tr("and {0} more").format(len(found) - SHOWN_PLACES)
                codes = " ".join(f"{ch} (U+{ord(ch):04X})" for ch in chars[:12])
                self._unprintable = self.tr(
                    "No font on this computer has {0}: they print as □ in {1}."
                ).format(codes, places)
        return self._unprintable

    def run_export(self, confirmed: bool = False) -> None:
        """Export with the current options in a worker thread, behind a progress dialog.
        A PDF with characters no font can print is exported only once the user agrees."""
        if self.busy:
            return
        settings = self.options()
        if not settings.path:
            self._show_error(self.tr("Choose a file to export to."))
            return
        if settings.format == "pdf" and not confirmed and self.unprintable_note():
            box = plain_text.message_box(
                QMessageBox.Icon.Warning, self.tr("Export"),
                self.tr("Some characters cannot be printed."), self.unprintable_note(),
                QMessageBox.StandardButton.Cancel, parent=self)
            anyway = box.addButton(self.tr("Export &anyway"), QMessageBox.ButtonRole.AcceptRole)
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            anyway.clicked.connect(lambda: self.run_export(confirmed=True))
            self.unprintable_box = box
            box.open()
            return
        path = Path(settings.path)
        if path.suffix.lower() != f".{settings.format}":
            path = path.with_suffix(f".{settings.format}")
            self.path_edit.setText(str(path))
        doc = self.doc.model_copy(deep=True)
        try:
            job = self._job(settings, doc, path)
        except Exception as exc:  # noqa: BLE001 - e.g. a picture too large to paint
            self._show_error(str(exc) or type(exc).__name__)
            return
        self.export_button.setEnabled(False)
        self.progress = QProgressDialog(self.tr("Exporting {0}…").format(path.name), "", 0, 0, self)
        self.progress.setWindowTitle(self.tr("Export"))
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setValue(0)
        self._exporting_to = str(path)
        self.worker = ExportWorker(job, self._worker_done)
        self.worker.start()

    def _job(self, settings: ExportSettings, doc: Document, path: Path):
        if settings.format in ("png", "svg"):
            # Qt scenes live on the GUI thread: paint here, write in the worker
            from ..picture import render_png, render_svg

            with busy_cursor():
                if settings.format == "png":
                    data = render_png(doc, settings.dpi, settings.persona)
                else:
                    data = render_svg(doc, settings.persona)

            def write() -> list[str]:
                write_atomically(path, data, keep_backup=False)
                return []

            return write

        def export() -> list[str]:
            return export_file(
                doc, path, page_size=settings.page_size, portrait=settings.portrait,
                tile=settings.tile, persona=settings.persona if settings.format == "pdf"
                else None, cover=settings.cover, appendix=settings.appendix,
            )

        return export

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _done(self, path: str, warnings: list[str]) -> None:
        self._close_progress()
        remember(Path(path))
        self.last_warnings = list(warnings)
        self.exported.emit(path, list(warnings))
        if warnings:
            box = plain_text.message_box(
                QMessageBox.Icon.Information, self.tr("Exported with notes"),
                self.tr("{0} was written.").format(Path(path).name), "\n".join(warnings),
                parent=self.parentWidget())
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
            self.message_box = box
            box.open()
        self.accept()

    def _failed(self, message: str) -> None:
        self._close_progress()
        self._show_error(self.tr("The export failed:") + "\n" + message)

    def _show_error(self, message: str) -> None:
        self.last_error = message
        box = plain_text.message_box(QMessageBox.Icon.Critical, self.tr("Export"), message,
                                     parent=self)
        self.message_box = box
        box.open()

    def _worker_finished(self) -> None:
        worker, self.worker = self.worker, None
        if worker is None:
            return
        worker.wait()
        path = self._exporting_to
        self.export_button.setEnabled(True)
        if worker.error is not None:
            self._failed(worker.error)
        else:
            self._done(path, worker.warnings)

    def reject(self) -> None:
        if self.busy:  # the file is being written: wait for it
            return
        super().reject()

    def done(self, result: int) -> None:
        if self.busy and result == QDialog.DialogCode.Rejected:
            return
        super().done(result)
