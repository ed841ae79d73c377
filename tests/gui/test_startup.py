"""Start-up: what the first window needs is ready for its first paint, the rest is made later.

The hidden analysis dock is made when it is first shown; its View menu toggle (and
shortcut) exists from the start. The start-up imports leave out the analysis, the
export, the catalogue tools, and import the Qt-free core before PySide6 (which reads
the source of every module imported after it). Fresh processes check the imports and
``journeydesigner MAP`` itself; the test session has imported everything already.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "tests" / "examples" / "compra-online.es.journey"


def _example_copy(tmp_path: Path) -> str:
    """A copy of the example: a process ended by ``os._exit`` leaves its lock file
    behind, which must not land next to the shared example."""
    return str(shutil.copy(EXAMPLE, tmp_path / EXAMPLE.name))


def _fresh_process(code: str, tmp_path: Path, *args: str) -> str:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")  # the suite's platform (xcb under test.sh)
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    proc = subprocess.run([sys.executable, "-c", textwrap.dedent(code), *args], env=env,
                          capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc.stdout


class _FirstPaint(QObject):
    """Calls ``record`` at the first paint of ``widget``."""

    def __init__(self, widget, record) -> None:
        super().__init__()
        self.record, self.seen = record, False
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            self.record()
        return False


def test_the_first_window_imports_only_what_it_shows(tmp_path):
    out = _fresh_process("""
        import os, sys
        from journeydesigner import cli
        from journeydesigner.gui.application import create_app
        from journeydesigner.gui.main_window import MainWindow
        app = create_app([sys.argv[0]])
        window = MainWindow()
        window.show()
        assert window.open_path(sys.argv[1], ask=False)
        app.processEvents()
        names = list(sys.modules)
        print(" ".join(names))
        print(names.index("pydantic") < names.index("PySide6.QtCore"))
        sys.stdout.flush()
        os._exit(0)
    """, tmp_path, _example_copy(tmp_path))
    modules, core_first = out.splitlines()[-2:]
    loaded = set(modules.split())
    later = {"journeydesigner.analysis", "journeydesigner.i18n_catalog", "journeydesigner.export",
             "journeydesigner.gui.dialogs.export_dialog", "reportlab", "networkx"}
    assert not loaded & later
    assert core_first == "True"  # pydantic and the model before PySide6


def test_the_analysis_is_made_when_first_shown(window, qtbot):
    dock = window.analysis
    assert dock.isHidden() and dock.tree is None  # nothing made while it stays closed
    toggle = dock.toggleViewAction()
    assert toggle in window.view_menu.actions()
    assert toggle.shortcut() == QKeySequence("Ctrl+Shift+A")
    assert not toggle.isChecked()
    window.set_persona_filter("andres")  # kept for when the panel is made
    toggle.trigger()
    assert dock.isVisible() and toggle.isChecked()
    assert dock.tree is not None and dock.tree.topLevelItemCount() > 0
    assert dock.analysis is not None and dock.analysis.persona == "andres"
    assert dock.persona_combo.currentData() == "andres"
    assert dock in window.panels()  # F6 visits it now that it shows
    window.set_persona_filter(None)
    assert dock.analysis.persona is None
    toggle.trigger()
    assert dock.isHidden()


def test_an_analysis_left_open_is_made_before_the_first_paint(qtbot, tmp_path):
    from journeydesigner.gui.main_window import MainWindow
    from journeydesigner.gui.preferences import settings

    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    first.analysis.show()
    settings().setValue("window/state", first.saveState())
    settings().setValue("window/geometry", first.saveGeometry())
    first.hide()

    again = MainWindow()
    qtbot.addWidget(again)
    at_paint = []
    spy = _FirstPaint(again.view.viewport(),
                      lambda: at_paint.append((again.analysis.isVisible(),
                                               again.analysis.tree is not None)))
    again.show()
    qtbot.waitUntil(lambda: spy.seen)
    assert at_paint == [(True, True)]
    assert again.analysis.category_item("friction") is not None


def test_the_first_start_gives_the_map_its_room_before_the_first_paint(qtbot):
    from journeydesigner.gui.main_window import MainWindow

    window = MainWindow()  # no saved window state: the first start
    qtbot.addWidget(window)
    widths = []
    spy = _FirstPaint(window.view.viewport(), lambda: widths.append(
        (window.palette_dock.width(), window.properties.width())))
    window.show()
    qtbot.waitUntil(lambda: spy.seen)
    qtbot.wait(20)
    assert widths == [(250, 340)]  # no jump after the first paint
    assert (window.palette_dock.width(), window.properties.width()) == (250, 340)
    assert window.view.width() > window.properties.width() + window.palette_dock.width()


def test_journeydesigner_map_paints_the_map_first(tmp_path):
    """``journeydesigner MAP``: the first paint of the canvas already shows the file,
    not the new map the window starts with."""
    out = _fresh_process("""
        import os, sys
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication
        from journeydesigner.gui import application

        class Spy(QObject):
            def eventFilter(self, obj, event):
                if event.type() == QEvent.Type.Paint:
                    window = obj.window()
                    print("painted", window.controller.doc.title, flush=True)
                    os._exit(0)
                return False

        spy = Spy()

        def watch():
            for widget in QApplication.topLevelWidgets():
                if widget.objectName() == "mainWindow":
                    widget.view.viewport().installEventFilter(spy)
            QTimer.singleShot(20000, lambda: os._exit(3))

        real_exec = QApplication.exec
        QApplication.exec = lambda *args: (watch(), real_exec())[1]
        application.run(sys.argv[1])
    """, tmp_path, _example_copy(tmp_path))
    from journeydesigner.fileio import load

    assert out.strip().splitlines()[-1] == f"painted {load(EXAMPLE).title}"


def test_the_analysis_toggle_is_listed_with_the_docks(window):
    docks = [window.palette_dock, window.properties, window.personas, window.analysis,
             window.undo_dock]
    view_actions = window.view_menu.actions()
    for dock in docks:
        assert dock.toggleViewAction() in view_actions
    assert window.analysis.toggleViewAction().text() == window.analysis.windowTitle()
    assert Qt.DockWidgetArea.BottomDockWidgetArea == window.dockWidgetArea(window.analysis)
