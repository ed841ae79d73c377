"""The question before a stage, channel or lane is deleted with what it holds.

It names how many touchpoints go, and how many paths go with them (a path to or
from a deleted card cannot stay), and defaults to Cancel: Enter pressed out of
habit keeps the map as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ... import edits
from .. import plain_text


def _count(n: int, one: str, many: str, none: str) -> str:
    return none if n == 0 else one if n == 1 else many.format(n)


def removed_counts(edit: edits.Edit) -> tuple[int, int]:
    """(touchpoints, paths) an edit removes."""
    removed = [op.collection for op in edit.ops if op.kind == "remove"]
    return removed.count("touchpoints"), removed.count("connections")


def question_box(kind: str, name: str, touchpoints: int, paths: int,
                 parent: QWidget | None = None) -> QMessageBox:
    """The box asking whether the stage or channel ``name`` goes with its contents."""
    cards = _count(
        touchpoints,
        QCoreApplication.translate("delete_header", "1 touchpoint"),
        QCoreApplication.translate("delete_header", "{0} touchpoints"),
        QCoreApplication.translate("delete_header", "no touchpoints"),
    )
    links = _count(
        paths,
        QCoreApplication.translate("delete_header", "1 path"),
        QCoreApplication.translate("delete_header", "{0} paths"),
        QCoreApplication.translate("delete_header", "no paths"),
    )
    text = (
        QCoreApplication.translate("delete_header", "Delete the stage “{0}” with {1} and {2}?")
        if kind == "stage"
        else QCoreApplication.translate(
            "delete_header", "Delete the channel “{0}” with {1} and {2}?"
        )
    )
    return _delete_box(text.format(name, cards, links), QCoreApplication.translate(
        "delete_header",
        "The paths are those to and from its touchpoints. Undo brings everything back.",
    ), parent)


def _delete_box(text: str, detail: str, parent: QWidget | None) -> QMessageBox:
    """A question with Delete and Cancel, Cancel the default."""
    box = plain_text.message_box(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("delete_header", "Delete"),
        text,
        detail,
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.addButton(
        QCoreApplication.translate("delete_header", "Delete"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
    return box


def lane_question_box(name: str, notes: int, parent: QWidget | None = None) -> QMessageBox:
    """The box asking whether the lane ``name`` goes with its ``notes`` notes."""
    written = _count(
        notes,
        QCoreApplication.translate("delete_header", "1 note"),
        QCoreApplication.translate("delete_header", "{0} notes"),
        QCoreApplication.translate("delete_header", "no notes"),
    )
    return _delete_box(
        QCoreApplication.translate("delete_header", "Delete the lane “{0}” with {1}?").format(
            name, written),
        QCoreApplication.translate("delete_header", "Undo brings everything back."), parent)


def confirm_delete(kind: str, name: str, edit: edits.Edit, parent: QWidget | None = None) -> bool:
    """Whether the user wants ``edit`` (deleting the stage, channel or lane ``name``);
    nothing is asked when it removes no touchpoint (for a lane: no note)."""
    if kind == "lane":
        notes = [op.collection for op in edit.ops if op.kind == "remove"].count("notes")
        return not notes or ask(lane_question_box(name, notes, parent))
    touchpoints, paths = removed_counts(edit)
    if not touchpoints:
        return True
    return ask(question_box(kind, name, touchpoints, paths, parent))


def ask(box: QMessageBox) -> bool:
    """Run ``box``; True when Delete was chosen (tests replace this)."""
    box.exec()
    return box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.DestructiveRole
