"""Form bindings: one widget tied to one field of the object a form shows.

The owner of a binding (a properties page, the personas dock) is any object with

* ``commit(path, value) -> bool``: make the change as one edit, ``False`` if refused;
* ``reshow(binding)``: show the document's value again in that binding;
* ``current()``: the object shown, or ``None``;
* ``report(message)``: tell the user about an invalid value.

A binding's ``path`` names the field (``"title"``, ``"metrics.nps"``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox

if TYPE_CHECKING:
    from .properties import ColorField, CommitPlainTextEdit


class Binding:
    """One form widget tied to one field (``"title"``, ``"metrics.nps"``) of the shown object."""

    def __init__(self, owner: Any, path: str) -> None:
        self.owner = owner
        self.path = path

    def read(self, obj: Any) -> Any:
        value = obj
        for part in self.path.split("."):
            value = getattr(value, part)
        return value

    def show(self, obj: Any, force: bool) -> None:
        raise NotImplementedError

    def pending(self) -> bool:
        """Whether the widget holds a change not committed yet."""
        return False

    def finish(self) -> None:
        """Commit a pending change."""

    def commit(self, value: Any) -> None:
        if not self.owner.commit(self.path, value):
            self.owner.reshow(self)


class TextBinding(Binding):
    """A QLineEdit or CommitPlainTextEdit, committed on editingFinished if its text changed."""

    def __init__(
        self,
        owner: Any,
        path: str,
        widget: QLineEdit | CommitPlainTextEdit,
        to_text: Callable[[Any], str],
        from_text: Callable[[str], Any],
    ) -> None:
        super().__init__(owner, path)
        self.widget = widget
        self.to_text = to_text
        self.from_text = from_text
        self.baseline: str | None = None  # the document's value as last shown
        widget.editingFinished.connect(self.finish)

    def text(self) -> str:
        w = self.widget
        return w.text() if isinstance(w, QLineEdit) else w.toPlainText()

    def set_text(self, text: str) -> None:
        """Set the text, keeping the cursor where it was (as far as the text allows)."""
        w = self.widget
        if isinstance(w, QLineEdit):
            position = w.cursorPosition()
            w.setText(text)
            if w.hasFocus():
                w.setCursorPosition(min(position, len(text)))
        else:
            position = w.textCursor().position()
            w.setPlainText(text)
            if w.hasFocus():
                cursor = w.textCursor()
                cursor.setPosition(min(position, len(w.toPlainText())))
                w.setTextCursor(cursor)
            else:
                w.moveCursor(QTextCursor.MoveOperation.Start)

    def show(self, obj: Any, force: bool) -> None:
        text = self.to_text(self.read(obj))
        if not force and self.widget.hasFocus() and text == self.baseline:
            return  # this field did not change: keep what the user is typing
        self.baseline = text
        if self.text() != text:
            self.set_text(text)

    def pending(self) -> bool:
        return self.baseline is not None and self.text() != self.baseline

    def finish(self) -> None:
        if not self.pending() or self.owner.current() is None:
            return
        try:
            value = self.from_text(self.text())
        except ValueError as exc:
            self.owner.report(str(exc))
            self.owner.reshow(self)
            return
        self.commit(value)


class CheckBinding(Binding):
    def __init__(self, owner: Any, path: str, widget: QCheckBox) -> None:
        super().__init__(owner, path)
        self.widget = widget
        widget.toggled.connect(self.commit)

    def show(self, obj: Any, force: bool) -> None:
        with QSignalBlocker(self.widget):
            self.widget.setChecked(bool(self.read(obj)))


class ComboBinding(Binding):
    """A combo of ``(label, value)`` options, fixed or computed from the document."""

    def __init__(
        self,
        owner: Any,
        path: str,
        widget: QComboBox,
        options: Callable[[], list[tuple[str, Any]]],
    ) -> None:
        super().__init__(owner, path)
        self.widget = widget
        self.options = options
        self.values: list[Any] = []
        self._shown: list[tuple[str, Any]] | None = None
        widget.currentIndexChanged.connect(self._picked)

    def show(self, obj: Any, force: bool) -> None:
        value = self.read(obj)
        with QSignalBlocker(self.widget):
            options = self.options()
            if options != self._shown:
                self.widget.clear()
                for label, _option in options:
                    self.widget.addItem(label)
                    self.widget.setItemData(
                        self.widget.count() - 1, label, Qt.ItemDataRole.ToolTipRole
                    )
                self.values = [option for _, option in options]
                self._shown = options
            index = next((i for i, v in enumerate(self.values) if v == value), -1)
            self.widget.setCurrentIndex(index)

    def _picked(self, index: int) -> None:
        if 0 <= index < len(self.values):
            self.commit(self.values[index])


class SpinBinding(Binding):
    def __init__(self, owner: Any, path: str, widget: QSpinBox) -> None:
        super().__init__(owner, path)
        self.widget = widget
        widget.setKeyboardTracking(False)  # typing "12" is one change, not "1" then "12"
        widget.valueChanged.connect(self.commit)

    def show(self, obj: Any, force: bool) -> None:
        with QSignalBlocker(self.widget):
            self.widget.setValue(int(self.read(obj)))


class ColorBinding(Binding):
    def __init__(self, owner: Any, path: str, widget: ColorField) -> None:
        super().__init__(owner, path)
        self.widget = widget
        widget.chosen.connect(self.commit)

    def show(self, obj: Any, force: bool) -> None:
        self.widget.set_color(self.read(obj))
