"""User preferences, stored with QSettings, and the dialog that edits them."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QStyleFactory,
)

from ..templates import list_templates
from .i18n import page_size_label

PAGE_SIZES = ("A4", "A3", "Letter", "Tabloid")
THEMES = ("system", "light", "dark")


def settings() -> QSettings:
    return QSettings("JourneyDesigner", "JourneyDesigner")


@dataclass
class Preferences:
    language: str = "system"  # "system", "en" or "es"
    autosave_seconds: int = 60  # 0 turns autosave off
    page_size: str = "A4"
    template: str = ""  # "" = by language
    theme: str = "system"

    @classmethod
    def load(cls) -> Preferences:
        s = settings()
        prefs = cls()
        prefs.language = str(s.value("ui/language", prefs.language))
        with contextlib.suppress(TypeError, ValueError):
            prefs.autosave_seconds = max(0, int(s.value("autosave/interval",
                                                        prefs.autosave_seconds)))
        size = str(s.value("export/page_size", prefs.page_size))
        prefs.page_size = size if size in PAGE_SIZES else "A4"
        prefs.template = str(s.value("new/template", ""))
        theme = str(s.value("ui/theme", prefs.theme))
        prefs.theme = theme if theme in THEMES else "system"
        return prefs

    def save(self) -> None:
        s = settings()
        s.setValue("ui/language", self.language)
        s.setValue("autosave/interval", self.autosave_seconds)
        s.setValue("export/page_size", self.page_size)
        s.setValue("new/template", self.template)
        s.setValue("ui/theme", self.theme)


def apply_theme(theme: str) -> None:
    """Light or dark Fusion palettes; 'system' keeps the platform's palette."""
    app = QApplication.instance()
    if app is None or theme == "system":
        return
    app.setStyle(QStyleFactory.create("Fusion"))
    palette = QPalette()
    if theme == "dark":
        colors = {
            QPalette.ColorRole.Window: "#2B2D31",
            QPalette.ColorRole.WindowText: "#E8EAED",
            QPalette.ColorRole.Base: "#1E1F22",
            QPalette.ColorRole.AlternateBase: "#2B2D31",
            QPalette.ColorRole.Text: "#E8EAED",
            QPalette.ColorRole.Button: "#3A3C42",
            QPalette.ColorRole.ButtonText: "#E8EAED",
            QPalette.ColorRole.Highlight: "#4C8DFF",
            QPalette.ColorRole.HighlightedText: "#FFFFFF",
            QPalette.ColorRole.ToolTipBase: "#3A3C42",
            QPalette.ColorRole.ToolTipText: "#E8EAED",
            QPalette.ColorRole.PlaceholderText: "#9AA0A6",
        }
        for role, color in colors.items():
            palette.setColor(role, QColor(color))
    app.setPalette(palette)


class PreferencesDialog(QDialog):
    def __init__(self, prefs: Preferences, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        form = QFormLayout(self)
        self.language = QComboBox()
        for value, label in (("system", self.tr("Same as the system")), ("en", "English"),
                             ("es", "Español")):
            self.language.addItem(label, value)
        self.autosave = QSpinBox()
        self.autosave.setRange(0, 3600)
        self.autosave.setSuffix(self.tr(" s"))
        self.autosave.setSpecialValueText(self.tr("Off"))
        self.page_size = QComboBox()
        for size in PAGE_SIZES:
            self.page_size.addItem(page_size_label(size), size)
        self.template = QComboBox()
        self.template.addItem(self.tr("By language"), "")
        for info in list_templates():
            self.template.addItem(f"{info.title} ({info.language})", info.name)
        self.theme = QComboBox()
        for value, label in (("system", self.tr("Same as the system")), ("light", self.tr("Light")),
                             ("dark", self.tr("Dark"))):
            self.theme.addItem(label, value)
        rows = [
            (self.tr("Language"), self.language),
            (self.tr("Autosave every"), self.autosave),
            (self.tr("Default page size"), self.page_size),
            (self.tr("Template for new maps"), self.template),
            (self.tr("Theme"), self.theme),
        ]
        for label, widget in rows:
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        note = QLabel(self.tr("A new language applies when JourneyDesigner starts again."))
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.set_preferences(prefs)

    def set_preferences(self, prefs: Preferences) -> None:
        for combo, value in ((self.language, prefs.language), (self.page_size, prefs.page_size),
                             (self.template, prefs.template), (self.theme, prefs.theme)):
            index = combo.findData(value)
            combo.setCurrentIndex(max(0, index))
        self.autosave.setValue(prefs.autosave_seconds)

    def preferences(self) -> Preferences:
        return Preferences(
            language=self.language.currentData(),
            autosave_seconds=self.autosave.value(),
            page_size=self.page_size.currentData(),
            template=self.template.currentData(),
            theme=self.theme.currentData(),
        )
