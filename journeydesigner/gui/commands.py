"""The one QUndoCommand: it wraps a Qt-free :class:`~journeydesigner.edits.Edit`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from .. import edits

if TYPE_CHECKING:
    from .controller import DocumentController


class EditCommand(QUndoCommand):
    """Applies an edit on redo and reverts it on undo, then tells the views."""

    def __init__(self, controller: DocumentController, edit: edits.Edit) -> None:
        super().__init__(edit.text)
        self._controller = controller
        self.edit = edit

    def redo(self) -> None:
        edits.apply(self._controller.doc, self.edit)
        self._controller.announce(self.edit, forward=True)

    def undo(self) -> None:
        edits.revert(self._controller.doc, self.edit)
        self._controller.announce(self.edit, forward=False)
