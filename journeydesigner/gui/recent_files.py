"""The Open Recent list, kept in the application's settings (newest first)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from . import plain_text
from .preferences import settings

MAX_RECENT = 10


def recent_files() -> list[str]:
    value = settings().value("recentFiles", [])
    # QSettings gives back a one-element list as a plain string
    return [value] if isinstance(value, str) else list(value or [])


def remember(path: str) -> None:
    """Put the resolved ``path`` first."""
    recent = [p for p in recent_files() if p != path]
    settings().setValue("recentFiles", [path, *recent][:MAX_RECENT])


def forget(path: str) -> None:
    """Drop ``path`` (a file that would not open)."""
    resolved = str(Path(path).resolve())
    settings().setValue("recentFiles", [p for p in recent_files() if p != resolved])


def fill_menu(menu: QMenu, open_path: Callable[[str], object]) -> None:
    """The menu's entries, made afresh each time it is about to show."""
    menu.clear()
    recent = recent_files()
    for path in recent:
        action = menu.addAction(Path(path).name)
        action.setToolTip(plain_text.tooltip(path))
        action.triggered.connect(lambda _=False, p=path: open_path(p))
    if not recent:
        menu.addAction(QCoreApplication.translate("recent_files", "(none)")).setEnabled(False)
