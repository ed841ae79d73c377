"""Opening maps in the main window: new, open (dialog, recent, dropped), the lock
of the file opened, load errors, and the question before unsaved changes go."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QSizePolicy, QSpacerItem

from ..fileio import LoadError, load
from ..model import Document
from ..templates import default_template, list_templates, new_document
from . import plain_text, recent_files
from .busy import busy_cursor
from .core_messages import problem_lines
from .file_dialogs import file_filter, start_folder
from .i18n import chosen_language
from .locks import DocumentLock, LockDialog, LockState
from .preferences import Preferences


def preferred_template() -> str:
    """The template of new maps: the preference, else the interface language's."""
    chosen = Preferences.load().template  # only a chosen one is looked for (loads them all)
    if chosen and chosen in {info.name for info in list_templates()}:
        return chosen
    return default_template(chosen_language())


class FileOperations:
    """Mixed into :class:`~journeydesigner.gui.main_window.MainWindow`: what brings
    a map into the window (or an empty one, on Close)."""

    def confirm_discard(self) -> bool:
        """Ask before unsaved changes are lost; True when it is fine to go on."""
        if not self.controller.modified:
            return True
        answer = plain_text.ask(
            self,
            self.tr("Unsaved changes"),
            self.tr("“{0}” has unsaved changes. Save them first?").format(
                self.controller.doc.title
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_file(self) -> None:
        if not self.confirm_discard():
            return
        from .dialogs.new_map_dialog import NewMapDialog

        dialog = NewMapDialog(preferred_template(), self)
        if dialog.exec() and dialog.template():
            self.set_document(new_document(dialog.template()), None)
            self.view.show_readable()

    def open_file(self) -> None:
        if not self.confirm_discard():
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open journey map"),
                                              start_folder(self.controller.path), file_filter())
        if path:
            self.open_path(path, ask=False)

    def open_path(self, path: str | Path, ask: bool = True) -> bool:
        """Open a file in this window; load errors are shown, never raised."""
        if ask and not self.confirm_discard():
            return False
        try:
            with busy_cursor():
                doc = load(path)
        except LoadError as exc:
            self.show_load_error(exc)
            recent_files.forget(str(path))
            return False
        if not self._open_locked(doc, path):
            return False
        recent_files.remember(str(Path(path).resolve()))
        return True

    def _open_locked(self, doc: Document, path: str | Path, *, modified: bool = False) -> bool:
        """Show ``doc`` of the file ``path`` after taking its lock, or asking the user
        what to do when another JourneyDesigner holds it. False when cancelled."""
        if self.lock is not None and self.lock.covers(path):
            lock, status = self.lock, None  # this window's own file again
        else:
            lock = DocumentLock(path)
            status = lock.acquire()
        read_only, note = False, ""
        if status is not None and status.state is LockState.HELD:
            dialog = LockDialog(status.holder, self, Path(path).name)
            dialog.exec()
            choice = dialog.choice()
            if choice == "cancel":
                return False
            if choice == "copy":  # untitled, so saving asks for a new name
                self.set_document(doc, None, modified=True)
                return True
            if choice == "read_only":
                lock, read_only = None, True
            elif not lock.take_over(force=not status.holder.same_host):
                plain_text.warn(self, self.tr("Map in use"),
                                self.tr("The lock of {0} could not be taken over.").format(
                                    Path(path).name))
                return False
        elif status is not None and status.state is LockState.UNAVAILABLE:
            lock, note = None, self.tr("Opened without a lock file: {0}").format(status.error)
        elif status is not None and status.took_over_stale:
            note = self.tr("Removed the lock left by a JourneyDesigner that did not close normally")
        with busy_cursor():  # a large map takes a moment to lay out
            self.set_document(doc, path, modified=modified, lock=lock, read_only=read_only)
        if note:
            self.statusBar().showMessage(note, 8000)
        return True

    def open_recovered(self, doc: Document, original_path: str | None) -> None:
        """The ``open_document`` callback of ``offer_recovery``: always shows ``doc``,
        modified (it never raises for a cancelled lock dialog: then it is a copy)."""
        if original_path is None or not self._open_locked(doc, original_path, modified=True):
            self.set_document(doc, None, modified=True)

    def show_load_error(self, exc: LoadError) -> None:
        problems = problem_lines(exc.problems)  # in the interface language
        box = plain_text.message_box(
            QMessageBox.Icon.Warning, self.tr("Cannot open file"),
            self.tr("{0} cannot be opened:").format(Path(exc.path).name),
            "\n".join(problems[:8]) + ("\n…" if len(problems) > 8 else ""), parent=self,
            detailed="\n".join(f"{exc.path}: {line}" for line in problems))
        # wide enough for a problem per line ("touchpoints[12].emotion: …")
        grid = box.layout()
        grid.addItem(QSpacerItem(520, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed),
                     grid.rowCount(), 0, 1, grid.columnCount())
        box.exec()


    def close_document(self) -> None:
        if self.confirm_discard():
            self.set_document(new_document(preferred_template()), None)


    def _fill_recent(self) -> None:
        recent_files.fill_menu(self.recent_menu, self.open_path)

    def _open_dropped(self, paths: list[str]) -> None:
        if paths:
            self.open_path(paths[0])

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        self._open_dropped([u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()])
