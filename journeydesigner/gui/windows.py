"""All the main windows of the process, for what concerns every one (Quit)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMainWindow


def main_windows() -> list[QMainWindow]:
    """Every visible main window, the active one first."""
    windows = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, QMainWindow) and w.isVisible()]
    active = QApplication.activeWindow()
    return sorted(windows, key=lambda w: w is not active)


def close_all() -> bool:
    """Quit: close every main window, each asking about its own unsaved changes.
    Cancel in one stops there (it and the windows not asked yet stay open);
    True when all closed, and the application then ends with the last one."""
    return all(window.close() for window in main_windows())
