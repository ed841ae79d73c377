"""File → Import → Survey responses…: choose a CSV or XLSX file of answers, see the
columns found (each can be changed), read it in a worker thread with progress and
Cancel, preview every touchpoint's old and new values and the rows that will be
skipped and why, then import: one undo command.

The work is the Qt-free core's (:mod:`journeydesigner.survey`); this dialog only
shows it. Nothing changes the map before Import, and a file with problems imports
only when *Skip the rows with problems* is checked.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import numbers
from ...fileio import LoadError
from ...model import Document
from ...survey import (
    ROLES,
    ColumnChoice,
    ImportPlan,
    Responses,
    detect_columns,
    plan_import,
    read_responses,
)
from ..core_messages import problem_lines
from ..file_dialogs import start_folder
from .export_dialog import ExportWorker


class SurveyImportDialog(QDialog):
    """Accepted with :attr:`plan` set (the changes to import) when the user imports."""

    progressed = Signal(int, float)  # rows read, fraction of the file (from the worker)
    read_finished = Signal()

    def __init__(self, doc: Document, folder: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("surveyImportDialog")
        self.setWindowTitle(self.tr("Import Survey Responses"))
        self.doc = doc
        self.folder = folder
        self.columns: ColumnChoice | None = None
        self.responses: Responses | None = None
        self.plan: ImportPlan | None = None
        self.worker: ExportWorker | None = None
        self._cancel = threading.Event()
        self._result: list[Responses] = []

        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("A CSV or XLSX file, one answer a row"))
        browse = QPushButton(self.tr("&Choose…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, row)
        self.sheet_edit = QLineEdit()
        self.sheet_edit.setPlaceholderText(self.tr("the first sheet"))
        form.addRow(self.tr("S&heet (XLSX):"), self.sheet_edit)
        self.role_combos: dict[str, QComboBox] = {}
        names = self._role_names()
        for role in ROLES:
            combo = QComboBox()
            combo.setAccessibleName(names[role])
            combo.currentIndexChanged.connect(self._columns_changed)
            self.role_combos[role] = combo
            form.addRow(names[role] + ":", combo)
        self.skip_check = QCheckBox(self.tr("S&kip the rows with problems (they are listed)"))
        self.skip_check.toggled.connect(self._update_buttons)
        form.addRow(self.skip_check)
        layout.addLayout(form)

        read_row = QHBoxLayout()
        self.read_button = QPushButton(self.tr("&Read the File"))
        self.read_button.clicked.connect(self.start_reading)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        read_row.addWidget(self.read_button)
        read_row.addWidget(self.progress, 1)
        layout.addLayout(read_row)
        layout.addWidget(self.status)

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([
            self.tr("Touchpoint"), self.tr("Measure"), self.tr("Old → new"), self.tr("n"),
            self.tr("95% interval")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("What the import changes"))
        layout.addWidget(self.table, 1)
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.problems.setMaximumHeight(90)
        self.problems.setAccessibleName(self.tr("Rows with problems"))
        self.problems.setVisible(False)
        layout.addWidget(self.problems)

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("&Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.progressed.connect(self._show_progress)
        self.read_finished.connect(self._reading_done)
        # a field left (Tab, a click elsewhere, the dialog closing) finds the columns
        # again only when the file or sheet changed: the columns chosen stay
        self._detected_for: tuple[str, str | None] | None = None
        self.path_edit.editingFinished.connect(self._file_edited)
        self.sheet_edit.editingFinished.connect(self._file_edited)
        self.resize(780, 720)
        self._update_buttons()

    # --- the file and its columns ---------------------------------------------------

    def _role_names(self) -> dict[str, str]:
        return {"touchpoint": self.tr("Touchpoint column"), "nps": self.tr("NPS column"),
                "csat": self.tr("CSAT column"), "ces": self.tr("CES column"),
                "date": self.tr("Date column"), "comment": self.tr("Comment column")}

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Survey responses"), start_folder(self.folder),
            self.tr("Survey responses (*.csv *.tsv *.txt *.xlsx);;All files (*)"))
        if path:
            self.path_edit.setText(path)
            self.detect()

    def set_file(self, path: str) -> None:
        """Choose ``path`` as the dialog's Choose… would (tests, drops)."""
        self.path_edit.setText(path)
        self.detect()

    def _sheet(self) -> str | None:
        return self.sheet_edit.text().strip() or None

    def _file_edited(self) -> None:
        if (self.path_edit.text().strip(), self._sheet()) != self._detected_for:
            self.detect()

    def detect(self) -> None:
        """Find the columns of the file chosen and offer them in the combos."""
        self._forget_reading()
        path = self.path_edit.text().strip()
        self._detected_for = (path, self._sheet())
        if not path:
            return
        try:
            choice, problems = detect_columns(path, self._sheet())
        except LoadError as exc:
            self.columns = None
            self._show_status("\n".join(problem_lines(exc.problems)) or str(exc))
            self._fill_combos(None)
            self._update_buttons()
            return
        self.columns = choice
        self._fill_combos(choice)
        self._show_status("\n".join(problem_lines(problems)) if problems else self.tr(
            "Columns found: check them, then read the file."))
        self._update_buttons()

    def _fill_combos(self, choice: ColumnChoice | None) -> None:
        for role, combo in self.role_combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(none)"), -1)
            for index, header in enumerate(choice.headers if choice else ()):
                combo.addItem(header or self.tr("(column {0})").format(index + 1), index)
            combo.setCurrentIndex(choice.roles[role] + 1 if choice and role in choice.roles
                                  else 0)
            combo.blockSignals(False)

    def chosen_columns(self) -> ColumnChoice | None:
        if self.columns is None:
            return None
        roles = {role: combo.currentData() for role, combo in self.role_combos.items()
                 if combo.currentData() is not None and combo.currentData() >= 0}
        return ColumnChoice(self.columns.headers, roles)

    def _columns_changed(self) -> None:
        self._forget_reading()
        self._update_buttons()

    # --- reading, in a worker thread ----------------------------------------------------

    def start_reading(self) -> None:
        columns = self.chosen_columns()
        if columns is None or self.busy:
            return
        if "touchpoint" not in columns.roles or not columns.metrics:
            self._show_status(self.tr("Choose the touchpoint column and at least one of "
                                      "NPS, CSAT or CES."))
            return
        self._forget_reading()
        self._cancel.clear()
        path, sheet, doc = self.path_edit.text().strip(), self._sheet(), self.doc

        def job() -> list[str]:
            self._result.append(read_responses(
                path, doc, columns, sheet=sheet, cancelled=self._cancel.is_set,
                progress=lambda rows, part: self.progressed.emit(rows, part)))
            return []

        self.progress.setValue(0)
        self.progress.setVisible(True)
        self._show_status(self.tr("Reading…"))
        self.worker = ExportWorker(job, self.read_finished)
        self._update_buttons()
        self.worker.start()

    @property
    def busy(self) -> bool:
        return self.worker is not None

    def _show_progress(self, rows: int, part: float) -> None:
        self.progress.setValue(round(part * 1000))
        self._show_status(self.tr("Reading… {0} rows").format(str(rows)))

    def _reading_done(self) -> None:
        worker, self.worker = self.worker, None
        if worker is None:
            return
        worker.wait()
        self.progress.setVisible(False)
        if self._cancel.is_set():
            self._show_status(self.tr("Reading cancelled: nothing was imported."))
        elif worker.error is not None:
            self._show_status(worker.error)
        elif self._result:
            self.responses = self._result.pop()
            self.plan = plan_import(self.doc, self.responses)
            self._show_preview()
        self._update_buttons()

    def _forget_reading(self) -> None:
        self.responses = self.plan = None
        self._result.clear()
        self.table.setRowCount(0)
        self.problems.clear()
        self.problems.setVisible(False)

    def _show_preview(self) -> None:
        responses, plan, lang = self.responses, self.plan, self.doc.language
        titles = {t.id: t.title for t in self.doc.touchpoints}
        self.table.setRowCount(len(plan.changes))
        for row, change in enumerate(plan.changes):
            old = "—" if change.old is None else numbers.number(change.old, lang)
            cells = [titles.get(change.touchpoint, change.touchpoint), change.metric.upper(),
                     f"{old} → {numbers.number(change.new, lang)}", str(change.n),
                     f"{numbers.number(change.low, lang)} – {numbers.number(change.high, lang)}"]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        quotes = sum(len(q) for q in plan.quotes.values())
        summary = self.tr("{0} rows read: {1} measures of {2} touchpoints change, {3} "
                          "quotes are added.").format(
            str(responses.rows), len(plan.changes), len(plan.touchpoints()), quotes)
        if responses.problem_count:
            summary += " " + self.tr("{0} rows have problems: with “Skip the rows with "
                                     "problems” they are left out, else nothing is "
                                     "imported.").format(responses.skipped)
            self.problems.setPlainText("\n".join(problem_lines(responses.listed_problems())))
            self.problems.setVisible(True)
        self._show_status(summary)

    # --- the buttons --------------------------------------------------------------------

    def _show_status(self, text: str) -> None:
        self.status.setText(text)

    def _update_buttons(self) -> None:
        ready = self.plan is not None and bool(self.plan) and not self.busy and (
            not self.responses.problem_count or self.skip_check.isChecked())
        self.import_button.setEnabled(ready)
        self.read_button.setEnabled(self.columns is not None and not self.busy)

    def accept(self) -> None:
        if self.import_button.isEnabled():
            super().accept()

    def reject(self) -> None:
        """Cancel: a reading in progress stops first; the map is never changed."""
        if self.busy:
            self._cancel.set()
            return
        super().reject()
