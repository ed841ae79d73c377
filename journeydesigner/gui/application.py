"""Starting the application."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

# The Qt-free core the window needs comes before PySide6 on purpose: once PySide6 is
# loaded it reads the source of every module imported after it (looking for its
# ``__feature__`` switches), which makes pydantic and the model a quarter slower to import.
from .. import __version__, describe, edits, fileio, layout, recovery, templates  # noqa: F401
from ..clipboard import MIME_TYPE
from . import save_guard  # noqa: F401

# isort: split
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from .main_window import MainWindow


def create_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("JourneyDesigner")
    app.setOrganizationName("JourneyDesigner")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.journeydesigner.JourneyDesigner")
    icon = templates.resources_dir() / "icons" / "journeydesigner.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    app.aboutToQuit.connect(release_clipboard)
    # Qt's own file and colour dialogs everywhere: they speak the language chosen in
    # the preferences (a desktop's native one follows the system's) and look the same
    app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    from .i18n import install_translators

    install_translators()
    from .preferences import Preferences, apply_theme

    apply_theme(Preferences.load().theme)
    return app  # type: ignore[return-value]


def release_clipboard() -> None:
    """Drop our clipboard data before Qt shuts down: PySide 6.11 crashes at exit
    while destroying mime data it handed to the clipboard."""
    from PySide6.QtGui import QGuiApplication

    clipboard = QGuiApplication.clipboard()
    if clipboard is None:
        return
    mime = clipboard.mimeData()
    if clipboard.ownsClipboard() or (mime is not None and mime.hasFormat(MIME_TYPE)):
        clipboard.clear()


def showing(windows: list[MainWindow], path: str | Path) -> MainWindow | None:
    """The window of ``windows`` whose document is the file ``path``, if any."""
    target = Path(path).resolve()
    return next((w for w in windows
                 if w.controller.path is not None and w.controller.path.resolve() == target),
                None)


def run(path: str | None = None) -> int:
    """Open the main window (with ``path`` when given) and run the event loop."""
    app = create_app()
    from .dialogs.recovery_dialog import offer_recovery
    from .image_limits import configure_image_limits
    from .main_window import MainWindow

    configure_image_limits()
    window = MainWindow()
    window.show()
    windows = [window]  # every window stays referenced while the loop runs

    def free_window() -> MainWindow:
        """The first window while it shows nothing of value, else a new one."""
        c = window.controller
        if not c.modified and c.path is None:
            return window
        extra = MainWindow()
        windows.append(extra)
        extra.show()
        return extra

    def open_recovered(doc, original_path) -> None:
        free_window().open_recovered(doc, original_path)

    def start() -> None:
        offer_recovery(window.store, window, open_recovered)
        if path:
            if not Path(path).exists():
                window.statusBar().showMessage(
                    QCoreApplication.translate("application", "{0}: no such file").format(path),
                    8000,
                )
            elif (shown := showing(windows, path)) is not None:
                shown.activateWindow()  # recovered just now: the file is on screen already
            else:
                target = free_window()
                if target.open_path(path, ask=False):
                    target.view.show_readable()

    QTimer.singleShot(0, start)
    return app.exec()
