"""Text from a map, a lock file or a path is shown as plain text, everywhere.

Qt guesses whether a label, tooltip or message box holds rich text, and rich text
loads ``<img src=…>`` from disk: a persona called ``<img src="/dev/zero">Maya`` made
the window read /dev/zero until it aborted. So nothing of the document goes to Qt as
text it may parse: labels and message boxes are told ``PlainText``, and tooltips
(which have no such switch) get the text escaped inside a rich-text paragraph.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

Button = QMessageBox.StandardButton


def label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A QLabel that never interprets its text."""
    widget = QLabel(parent)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setText(text)
    return widget


def tooltip(text: str) -> str:
    """``text`` as a tooltip shows it: escaped, line breaks and spaces kept."""
    if not text:
        return ""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"


def message_box(icon: QMessageBox.Icon, title: str, text: str, informative: str = "",
                buttons: Button = Button.Ok, parent: QWidget | None = None,
                detailed: str = "") -> QMessageBox:
    """A message box whose every text is plain (the informative one too)."""
    box = QMessageBox(icon, title, "", buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
        for child in box.findChildren(QLabel, "qt_msgbox_informativelabel"):
            child.setTextFormat(Qt.TextFormat.PlainText)
    if detailed:
        box.setDetailedText(detailed)  # a QTextEdit set with setPlainText by Qt
    return box


def ask(parent: QWidget | None, title: str, text: str, buttons: Button,
        default: Button, icon: QMessageBox.Icon = QMessageBox.Icon.Question,
        informative: str = "") -> Button:
    """Like ``QMessageBox.question``, with plain text; returns the button chosen."""
    box = message_box(icon, title, text, informative, buttons, parent)
    box.setDefaultButton(default)
    return Button(box.exec())


def warn(parent: QWidget | None, title: str, text: str, informative: str = "",
         icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> None:
    """Like ``QMessageBox.warning`` / ``critical``, with plain text."""
    message_box(icon, title, text, informative, Button.Ok, parent).exec()
