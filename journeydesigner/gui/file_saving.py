"""The File menu's writing and reading of other files in the main window: Save, Save
As, the file changed on disk, the lock of a new name, a failed save, the exports
(JSON, and the export dialog), and File → Import → Survey Responses…"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..fileio import SaveError
from ..fileio import save as save_document
from . import plain_text, recent_files
from .core_messages import problem_text
from .file_dialogs import file_filter, suggested_path
from .locks import DocumentLock, LockState
from .preferences import Preferences
from .save_guard import DiskState, what_changed


class FileSaving:
    """Mixed into :class:`~journeydesigner.gui.main_window.MainWindow`: what writes
    the map shown to a file."""

    def save(self) -> bool:
        c = self.controller
        if self.read_only or c.path is None or c.path.suffix.lower() != ".journey":
            return self.save_as()
        return self.save_to(self.controller.path)

    def save_as(self) -> bool:
        c = self.controller
        suggested = suggested_path(c.path, c.doc.title, ".journey")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save journey map"), suggested,
                                              file_filter())
        if not path:
            return False
        if not Path(path).suffix:
            path += ".journey"
        return self.save_to(path)

    def _confirm_overwrite(self, path: Path) -> str:
        """The file changed on disk since it was opened or saved here:
        ``"overwrite"``, ``"save_as"`` or ``"cancel"``."""
        box = plain_text.message_box(
            QMessageBox.Icon.Warning, self.tr("File changed on disk"),
            self.tr("“{0}” was changed by another program since it was opened or "
               "last saved here. Overwrite those changes?").format(path.name),
            buttons=QMessageBox.StandardButton.NoButton, parent=self)
        overwrite = box.addButton(self.tr("Overwrite"), QMessageBox.ButtonRole.DestructiveRole)
        save_as = box.addButton(self.tr("Save As…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save_as)
        box.exec()
        clicked = box.clickedButton()
        return "overwrite" if clicked is overwrite else "save_as" if clicked is save_as \
            else "cancel"

    def save_to(self, path: str | Path) -> bool:
        target = Path(path)
        c = self.controller
        same_file = c.path is not None and target.resolve() == c.path.resolve()
        if same_file and what_changed(self.disk_state) in ("modified", "created"):
            answer = self._confirm_overwrite(target)  # another program changed the file
            if answer == "save_as":
                return self.save_as()
            if answer != "overwrite":
                return False
        new_lock: DocumentLock | None = None
        moving = self.lock is None or not self.lock.covers(target)
        if moving:
            new_lock = DocumentLock(target)
            status = new_lock.acquire()
            if status.state is LockState.HELD:
                plain_text.warn(self, self.tr("Map in use"), self.tr(
                    "{0} is open in JourneyDesigner (process {1} on {2}). Save under "
                    "another name.").format(target.name, status.holder.pid,
                                            status.holder.hostname))
                return False
            if not status.ok:
                new_lock = None  # no lock possible there (read-only folder…): save anyway
        try:
            self.controller.save(path)
        except SaveError as exc:
            if new_lock is not None:
                new_lock.release()
            self.autosaver.flush()  # the latest state is at least in the recovery store
            answer = plain_text.ask(
                self,
                self.tr("Save failed"),
                self.tr("The map was not saved: {0}\nThe file on disk is unchanged. "
                   "Save it somewhere else?").format(problem_text(exc.problem)),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save, icon=QMessageBox.Icon.Critical,
            )
            if answer == QMessageBox.StandardButton.Save:
                return self.save_as()
            return False
        if moving:
            if self.lock is not None:
                self.lock.release()  # this window no longer edits the old file
            self.lock = new_lock
        if self.lock is not None:
            self.lock.follow_file()  # the saved file is a new inode
        self.read_only = False
        self.disk_state = DiskState.capture(target)
        self._update_title()
        recent_files.remember(str(Path(path).resolve()))
        self.statusBar().showMessage(self.tr("Saved {0}").format(path), 3000)
        return True

    def export_json(self) -> None:
        c = self.controller
        suggested = suggested_path(c.path, c.doc.title, ".json")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export JSON"), suggested,
                                              self.tr("JSON files (*.json)"))
        if path:
            try:
                save_document(c.doc, path, keep_backup=False)  # refuses what would not open
            except SaveError as exc:
                plain_text.warn(self, self.tr("Export failed"),
                                f"{exc.path}: {problem_text(exc.problem)}",
                                icon=QMessageBox.Icon.Critical)
                return
            self.statusBar().showMessage(self.tr("Exported {0}").format(path), 3000)

    def export_map(self) -> None:
        """The export dialog: PDF, PNG, SVG or JSON, written in the background."""
        from .dialogs.export_dialog import ExportDialog

        c = self.controller
        stem = c.path.with_suffix("") if c.path else Path(c.doc.title)
        dialog = ExportDialog(c.doc, f"{stem}.pdf", self)
        dialog.exported.connect(self._exported)
        size = dialog.page_size_combo.findData(Preferences.load().page_size)
        dialog.page_size_combo.setCurrentIndex(max(0, size))
        persona = self.view.journey_scene.options.persona
        if persona is not None:
            index = dialog.persona_combo.findData(persona)
            dialog.persona_combo.setCurrentIndex(max(0, index))
        dialog.exec()
        dialog.deleteLater()  # each export makes a new dialog (and its preview scene)

    def import_survey(self) -> None:
        """File → Import → Survey responses…: the measures and quotes of a survey file,
        previewed in a dialog and imported as one undo step."""
        from ..survey import survey_edit
        from .dialogs.survey_import import SurveyImportDialog

        c = self.controller
        dialog = SurveyImportDialog(c.doc, c.path.parent if c.path else None, self)
        plan = dialog.plan if dialog.exec() else None
        dialog.deleteLater()
        if plan and c.perform(survey_edit(c.doc, plan, self.tr("Import survey {0}").format(
                plan.source))):
            self.statusBar().showMessage(self.tr(
                "Imported {0}: {1} measures of {2} touchpoints").format(
                    plan.source, len(plan.changes), len(plan.touchpoints())), 8000)

    def _exported(self, path: str, warnings: list) -> None:
        message = self.tr("Exported {0}").format(path)
        if warnings:
            message += " — " + "; ".join(warnings)
        self.statusBar().showMessage(message, 8000)
