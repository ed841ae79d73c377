"""A wait cursor for work that must run on the GUI thread (opening a large map,
painting a picture of it)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication


@contextlib.contextmanager
def busy_cursor() -> Iterator[None]:
    """Show the wait cursor while the block runs, whatever it raises."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()
