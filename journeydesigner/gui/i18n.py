"""Interface text goes through Qt's translation system (one context for the app)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "JourneyDesigner"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)
