"""The one QUndoCommand: it wraps a Qt-free :class:`~journeydesigner.edits.Edit`."""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from .. import edits

if TYPE_CHECKING:
    from .controller import DocumentController


class EditCommand(QUndoCommand):
    """Applies an edit on redo and reverts it on undo, then tells the views."""

    def __init__(self, controller: DocumentController, edit: edits.Edit) -> None:
        super().__init__(edit.text)
        # weak: the controller owns the undo stack, which owns this command; a strong
        # reference back would make a cycle only the garbage collector frees, and it
        # may free this command's Python side before Qt deletes the command
        self._controller = weakref.ref(controller)
        self.edit = edit

    def redo(self) -> None:
        controller = self._controller()
        edits.apply(controller.doc, self.edit)
        controller.announce(self.edit, forward=True)

    def undo(self) -> None:
        controller = self._controller()
        edits.revert(controller.doc, self.edit)
        controller.announce(self.edit, forward=False)
