"""The Find bar (Ctrl+F): a strip above the map, not a dialog, so the map stays in
sight. Enter or F3 selects the next card, stage, channel or path whose text holds
what was typed (case and accents ignored) and scrolls it into view; Shift+Enter or
Shift+F3 goes back; Esc closes the bar and gives the keyboard back to the map."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from ..search import Match, find
from .canvas.navigation import object_rect, reveal_rect

if TYPE_CHECKING:
    from .canvas.view import JourneyView
    from .controller import DocumentController


def _where(match: Match) -> str:
    """Where the text was found when it is not the name itself."""
    return {
        "description": QCoreApplication.translate("find_bar", "in the description"),
        "pain_points": QCoreApplication.translate("find_bar", "in a pain point"),
        "opportunities": QCoreApplication.translate("find_bar", "in an opportunity"),
        "tags": QCoreApplication.translate("find_bar", "in a tag"),
        "notes": QCoreApplication.translate("find_bar", "in the notes"),
    }.get(match.field, "")


class FindField(QLineEdit):
    """Enter: next match; Shift+Enter: previous; Esc: close the bar."""

    stepRequested = Signal(int)
    closeRequested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            self.stepRequested.emit(-1 if shift else 1)
        elif event.key() == Qt.Key.Key_Escape:
            self.closeRequested.emit()
        else:
            super().keyPressEvent(event)


class FindBar(QWidget):
    """Search the map of ``view`` by text; hidden until :meth:`open` is called."""

    def __init__(self, view: JourneyView, controller: DocumentController,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.view = view
        self.controller = controller
        self._matches: list[Match] = []
        self._current: Match | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 8, 3)
        self.field = FindField()
        self.field.setObjectName("findField")
        self.field.setPlaceholderText(self.tr("Find cards, stages, channels and paths"))
        self.field.setAccessibleName(self.tr("Find"))
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumWidth(240)
        self.field.textChanged.connect(self._text_changed)
        self.field.stepRequested.connect(self.step)
        self.field.closeRequested.connect(self.close_bar)
        label = QLabel(self.tr("Find:"))
        label.setBuddy(self.field)
        layout.addWidget(label)
        layout.addWidget(self.field)
        self.previous_button = self._button("▲", self.tr("Previous match (Shift+F3)"),
                                            lambda: self.step(-1))
        self.next_button = self._button(
            "▼", self.tr("Next match (Enter, F3)"), lambda: self.step(1)
        )
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        self.count_label = QLabel()
        self.count_label.setObjectName("findCount")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.count_label)
        self.match_label = QLabel()  # the name of the match: text from the file
        self.match_label.setObjectName("findMatch")
        self.match_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.match_label, 1)
        layout.addWidget(self._button("✕", self.tr("Close (Esc)"), self.close_bar))
        self.hide()

    def _button(self, text: str, tip: str, slot) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays in the field
        button.clicked.connect(slot)
        return button

    # --- opening and closing -------------------------------------------------------

    def open(self) -> None:
        """Show the bar with the keyboard in its field, the last search selected."""
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- searching ------------------------------------------------------------------

    def _text_changed(self) -> None:
        self._current = None
        self._matches = find(self.controller.doc, self.field.text())
        self.match_label.clear()
        self._show_count()

    def _show_count(self) -> None:
        n = len(self._matches)
        if not self.field.text().strip():
            text = ""
        elif (at := self._index_of_current()) is not None:
            text = self.tr("{0} of {1}").format(at + 1, n)
        elif n == 0:
            text = self.tr("No matches")
        else:
            text = self.tr("1 match") if n == 1 else self.tr("{0} matches").format(n)
        self.count_label.setText(text)

    def step(self, direction: int) -> None:
        """Select the next (1) or previous (-1) match and bring it into view."""
        if not self.field.text().strip():
            self.open()
            return
        self.show()  # F3 with the bar closed: the count is in sight, the keys stay put
        # the map may have changed since the last step: search it again, go on from there
        self._matches = find(self.controller.doc, self.field.text())
        if not self._matches:
            self._current = None
            self._show_count()
            QApplication.beep()
            return
        at = self._index_of_current()
        if at is not None:
            index = (at + direction) % len(self._matches)
        else:
            index = 0 if direction > 0 else len(self._matches) - 1
        self._current = self._matches[index]
        self._show_count()
        self._select(self._current)

    def _index_of_current(self) -> int | None:
        """Where the last match is among the matches now (its text may have moved field)."""
        if self._current is None:
            return None
        key = (self._current.kind, self._current.object_id)
        return next((i for i, m in enumerate(self._matches) if (m.kind, m.object_id) == key),
                    None)

    def _select(self, match: Match) -> None:
        scene = self.view.journey_scene
        doc = self.controller.doc
        scene.clearSelection()
        if match.kind == "touchpoint":
            scene.select_touchpoints([match.object_id])
            name, kind = doc.touchpoint(match.object_id).title, self.tr("Card")
        elif match.kind == "connection":
            if match.object_id in scene.connections:
                scene.connections[match.object_id].setSelected(True)
            conn = next(c for c in doc.connections if c.id == match.object_id)
            name, kind = conn.label, self.tr("Path")
        else:
            headers = scene.stage_headers if match.kind == "stage" else scene.lane_headers
            if match.object_id in headers:
                headers[match.object_id].setSelected(True)
            obj = doc.stage(match.object_id) if match.kind == "stage" else \
                doc.channel(match.object_id)
            name = obj.name
            kind = self.tr("Stage") if match.kind == "stage" else self.tr("Channel")
        self.match_label.setText(" ".join(filter(None, [f"{kind}: {name}", _where(match)])))
        rect = object_rect(scene, match.kind, match.object_id, header_only=True)
        if rect is not None:
            reveal_rect(self.view, rect)
