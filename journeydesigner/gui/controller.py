"""The document of one window, its undo stack and its file."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from .. import edits
from ..fileio import save
from ..model import Document, Touchpoint
from .commands import EditCommand
from .core_messages import problem_text


class DocumentController(QObject):
    """Owns the document (the single source of truth) and its QUndoStack.

    Views never change the document themselves: they build an Edit and call
    :meth:`perform`, which pushes one undo command. ``changed`` fires after
    every redo/undo so views refresh from the document.
    """

    changed = Signal()
    pathChanged = Signal()
    problem = Signal(str)

    def __init__(self, doc: Document, path: str | Path | None = None, parent=None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.path = Path(path).absolute() if path else None  # the cwd may change later
        self.undo_stack = QUndoStack(self)
        self._last: tuple[edits.Edit, bool] | None = None

    def __del__(self) -> None:
        # Empty the history while every command's Python side is alive: freed by
        # the garbage collector, those could go before the stack, which would then
        # delete commands that no longer exist. (Harmless when Qt already did it.)
        with contextlib.suppress(RuntimeError):
            self.undo_stack.clear()

    def replace(self, doc: Document, path: str | Path | None) -> None:
        """Show another document (opened, new or recovered): a fresh history."""
        self.doc = doc
        self._last = None
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.path = Path(path).absolute() if path else None  # the cwd may change later
        self.changed.emit()
        self.pathChanged.emit()

    def announce(self, edit: edits.Edit, forward: bool) -> None:
        """Tell the views that ``edit`` was just applied (or reverted)."""
        self._last = (edit, forward)
        try:
            self.changed.emit()
        finally:
            self._last = None

    def replaced_touchpoints(self) -> list[tuple[Touchpoint, Touchpoint]] | None:
        """While ``changed`` is being emitted: the ``(before, after)`` touchpoints
        when the change only replaced touchpoints, so a view may redraw just
        those; None for any other change (the view refreshes everything)."""
        return edits.replaced_touchpoints(*self._last) if self._last else None

    def replaced_notes(self) -> list | None:
        """As :meth:`replaced_touchpoints`, for a change that only replaced notes."""
        return edits.replaced_notes(*self._last) if self._last else None

    def changed_connections(self) -> set[str] | None:
        """While ``changed`` is being emitted: the ids of the connections added,
        removed or replaced when the change touched nothing else; else None."""
        return edits.changed_connections(self._last[0]) if self._last else None

    def perform(self, edit: edits.Edit) -> bool:
        """Push ``edit`` as one undoable command; an empty edit does nothing."""
        if not edit:
            return False
        self.undo_stack.push(EditCommand(self, edit))
        return True

    def try_perform(self, build, *args, **kwargs) -> bool:
        """Build an edit and perform it; a refused edit is reported, not raised."""
        try:
            edit = build(self.doc, *args, **kwargs)
        except edits.EditError as exc:
            self.problem.emit(problem_text(exc.problem))
            return False
        return self.perform(edit)

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def save(self, path: str | Path | None = None) -> None:
        """Save atomically (raises SaveError, leaving the document unsaved)."""
        target = Path(path).absolute() if path else self.path
        if target is None:
            raise ValueError("no file name")
        save(self.doc, target)
        self.undo_stack.setClean()
        if target != self.path:
            self.path = target
            self.pathChanged.emit()
