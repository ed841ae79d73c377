"""File → New: choose a template by its name, language, stages and a preview.

Each template is listed with a thumbnail of its map (drawn by the canvas, as the
PNG export is) and its full title; the selected one is described beside the
list: a larger preview, its language, stages, channels and description. The
keyboard is enough: arrows choose, Enter creates, Esc cancels.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...fileio import LoadError, load
from ...model import Document
from ...templates import TemplateInfo, list_templates
from ..panels.properties import dim
from ..picture import render_thumbnail

PREVIEW = QSize(440, 230)
ICON = QSize(112, 58)
#: Languages named as their speakers write them (Qt adds a country to a bare tag).
_ENDONYMS = {"en": "English", "es": "Español"}


def language_label(tag: str) -> str:
    """``"es"`` -> ``"Español"``, ``"fr"`` -> ``"Français"``; the tag itself when unknown."""
    if tag in _ENDONYMS:
        return _ENDONYMS[tag]
    locale = QLocale(tag.replace("-", "_"))
    name = locale.nativeLanguageName() if locale.language() != QLocale.Language.C else ""
    return name[:1].upper() + name[1:] if name else tag


@dataclass(frozen=True)
class TemplateChoice:
    """A template with its document and its preview."""

    info: TemplateInfo
    doc: Document
    preview: QImage

    def summary(self) -> str:
        """``Español · 3 stages``: the line under the title in the list."""
        return QCoreApplication.translate("TemplateChoice", "{0} · {1} stages").format(
            language_label(self.doc.language), len(self.doc.stages)
        )


def template_choices() -> list[TemplateChoice]:
    """Every template that loads, with its preview."""
    choices = []
    for info in list_templates():
        try:
            doc = load(info.path)
        except LoadError:
            continue  # list_templates logged it already
        choices.append(TemplateChoice(info, doc, render_thumbnail(doc, PREVIEW.width(),
                                                                  PREVIEW.height())))
    return choices


def _icon(preview: QImage) -> QIcon:
    """The preview scaled into the icon size, centred and framed: every title in the
    list starts at the same place whatever the shape of its map."""
    pixmap = QPixmap(ICON)
    pixmap.fill(Qt.GlobalColor.transparent)
    scaled = QPixmap.fromImage(preview).scaled(
        ICON - QSize(2, 2), Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation)
    painter = QPainter(pixmap)
    x, y = (ICON.width() - scaled.width()) // 2, (ICON.height() - scaled.height()) // 2
    painter.drawPixmap(x, y, scaled)
    painter.setPen(QColor("#9AA4AF"))
    painter.drawRect(x - 1, y - 1, scaled.width() + 1, scaled.height() + 1)
    painter.end()
    return QIcon(pixmap)


def _plain_label(*, bold: bool = False, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)  # titles and names come from files
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = QFont(label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        label.setFont(font)
    return label


class NewMapDialog(QDialog):
    """Choose the template of a new map; :meth:`template` gives its name."""

    def __init__(self, preferred: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newMapDialog")
        self.setWindowTitle(self.tr("New journey map"))
        self.choices = template_choices()
        layout = QVBoxLayout(self)
        prompt = QLabel(self.tr("Start from a &template:"))
        layout.addWidget(prompt)
        row = QHBoxLayout()
        layout.addLayout(row, 1)

        self.list = QListWidget()
        prompt.setBuddy(self.list)
        self.list.setAccessibleName(self.tr("Templates"))
        self.list.setIconSize(ICON)
        self.list.setSpacing(2)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        metrics = self.list.fontMetrics()
        widest = 0
        for choice in self.choices:
            item = QListWidgetItem(_icon(choice.preview),
                                   f"{choice.doc.title}\n{choice.summary()}")
            item.setData(Qt.ItemDataRole.UserRole, choice.info.name)
            item.setToolTip(choice.doc.title)
            item.setSizeHint(QSize(0, ICON.height() + 12))
            self.list.addItem(item)
            widest = max(widest, metrics.horizontalAdvance(choice.doc.title))
        # every title whole, beside its icon, without a horizontal scroll bar
        self.list.setMinimumWidth(min(widest + ICON.width() + 56, 560))
        row.addWidget(self.list)

        details = QFrame()
        details.setFrameShape(QFrame.Shape.StyledPanel)
        panel = QVBoxLayout(details)
        self.preview = QLabel()
        self.preview.setFixedSize(PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setAccessibleName(self.tr("Preview"))
        self.title = _plain_label(bold=True)
        self.title.setAccessibleName(self.tr("Title"))
        self.facts = _plain_label()
        self.stages = _plain_label()
        self.stages.setAccessibleName(self.tr("Stages"))
        self.description = _plain_label()
        self.description.setAccessibleName(self.tr("Description"))
        dim(self.facts)
        for widget in (self.preview, self.title, self.facts, self.stages, self.description):
            panel.addWidget(widget)
        panel.addStretch(1)
        details.setFixedWidth(PREVIEW.width() + 24)
        row.addWidget(details)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        create = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        create.setText(self.tr("&Create"))
        create.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.list.currentRowChanged.connect(self._show)
        self.list.activated.connect(lambda _index: self.accept())  # Enter, double-click
        names = [c.info.name for c in self.choices]
        self.list.setCurrentRow(names.index(preferred) if preferred in names else 0)
        create.setEnabled(bool(self.choices))
        self.list.setFocus()
        rows = sum(self.list.sizeHintForRow(r) + 2 * self.list.spacing()
                   for r in range(self.list.count()))
        self.list.setMinimumHeight(min(rows + 2 * self.list.frameWidth(), 520))

    def template(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.choices):
            return
        choice = self.choices[row]
        doc = choice.doc
        self.preview.setPixmap(QPixmap.fromImage(choice.preview))
        self.title.setText(doc.title)
        self.facts.setText(self.tr("{0} · {1} stages · {2} channels · {3} touchpoints").format(
            language_label(doc.language), len(doc.stages), len(doc.channels),
            len(doc.touchpoints)))
        self.stages.setText(self.tr("Stages: {0}").format(" → ".join(s.name for s in doc.stages)))
        self.description.setText(doc.description)
        self.description.setVisible(bool(doc.description))
