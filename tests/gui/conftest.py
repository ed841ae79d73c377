"""GUI tests run headless (Qt's offscreen platform unless a display is chosen)
and never touch the user's real settings."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# QSettings and QStandardPaths write under these; keep them out of the user's home.
_SANDBOX = tempfile.mkdtemp(prefix="journeydesigner-tests-")
os.environ["XDG_CONFIG_HOME"] = str(Path(_SANDBOX) / "config")
os.environ["XDG_DATA_HOME"] = str(Path(_SANDBOX) / "data")

import pytest  # noqa: E402

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture(scope="session", autouse=True)
def _settings_sandbox():
    yield
    from journeydesigner.gui.application import release_clipboard

    release_clipboard()
    shutil.rmtree(_SANDBOX, ignore_errors=True)


@pytest.fixture(autouse=True)
def _fresh_settings():
    from PySide6.QtCore import QSettings

    QSettings("JourneyDesigner", "JourneyDesigner").clear()
    yield


@pytest.fixture
def window(qtbot, example_copy):
    """A main window showing a writable copy of the Spanish example, fitted."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from journeydesigner.gui.main_window import MainWindow

    win = MainWindow()
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_path(example_copy, ask=False)
    win.activateWindow()
    # on a real X server activation is asynchronous; shortcuts reach only the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    win.view.setFocus()
    qtbot.wait(20)  # let the first-start dock sizing settle before fitting
    win.view.zoom_fit()  # the whole map in view: points stay valid without scrolling
    yield win
    win.controller.undo_stack.setClean()  # no save prompt when the test closes it
    win.close()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def example_copy(tmp_path) -> Path:
    """A writable copy of the Spanish example map."""
    target = tmp_path / "compra-online.es.journey"
    shutil.copyfile(EXAMPLES / "compra-online.es.journey", target)
    return target


@pytest.fixture
def controller(qtbot):
    """A controller over the Spanish example, for docks tested on their own."""
    from journeydesigner.fileio import load
    from journeydesigner.gui.controller import DocumentController

    return DocumentController(load(EXAMPLES / "compra-online.es.journey"))


@pytest.fixture
def problems(controller):
    """The messages the controller reports (refused edits)."""
    seen: list[str] = []
    controller.problem.connect(seen.append)
    return seen
