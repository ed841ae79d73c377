"""Show every text of a hostile map in every widget, tooltip and dialog (run by
test_plain_text.py under strace; it watches for a file access to the canary folder).

Usage: python -m tests.gui.hostile_walk CANARY_DIR WORK_DIR
Every text field of the example, a lock file's host and a refused file's colour hold
``<img src="CANARY_DIR/N.png">``; CANARY_DIR never exists, so any attempt to read it
is Qt interpreting text from a file as rich text.
"""

from __future__ import annotations

import json
import os
import socket
import sys
from pathlib import Path

TEXT_KEYS = {"title", "name", "description", "label", "owner"}
LIST_KEYS = {"questions", "goals", "needs", "frustrations", "habits", "pain_points",
             "opportunities", "tags"}
ROOT = Path(__file__).resolve().parents[2]


def poison(value, canary: Path, places: dict[str, str], place: str = ""):
    """Every free text of a JSON document with an image tag (and markup) in front;
    ``places`` records which canary file stands for which place."""
    def tag(where: str) -> str:
        number = str(len(places) + 1)
        places[number] = where
        return f'<img src="{canary}/{number}.png"><b>'
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            where = f"{place}.{key}" if place else key
            if key in TEXT_KEYS and isinstance(item, str):
                out[key] = (tag(where) + item)[:120] if key == "name" else tag(where) + item
            elif key in LIST_KEYS and isinstance(item, list):
                out[key] = [tag(f"{where}[{i}]") + str(x) for i, x in enumerate(item or ["x"])]
            else:
                out[key] = poison(item, canary, places, where)
        return out
    if isinstance(value, list):
        return [poison(item, canary, places, f"{place}[{i}]") for i, item in enumerate(value)]
    return value


def main(canary: Path, work: Path) -> None:
    from PySide6.QtCore import QCoreApplication, QPoint, QTimer
    from PySide6.QtWidgets import (
        QApplication,
        QDockWidget,
        QListWidget,
        QToolTip,
        QTreeWidget,
        QWidget,
    )

    from journeydesigner.fileio import LoadError, load
    from journeydesigner.gui.application import create_app
    from journeydesigner.gui.locks import LockDialog, LockInfo
    from journeydesigner.gui.main_window import MainWindow

    example = json.loads((ROOT / "tests/examples/compra-online.es.journey").read_text("utf-8"))
    places: dict[str, str] = {}
    doc_json = poison(example, canary, places)
    places.update(colour="a refused file's stage colour (cannot-open dialog)",
                  host="a lock's host name", app="a lock's program name",
                  lockname="the locked file's name")
    (work / "places.json").write_text(json.dumps(places), encoding="utf-8")
    hostile = work / "hostil.journey"
    hostile.write_text(json.dumps(doc_json, ensure_ascii=False), encoding="utf-8")
    broken = dict(doc_json)
    broken["stages"] = [dict(doc_json["stages"][0], color=f'<img src="{canary}/colour.png">')]
    broken_path = work / "roto.journey"
    broken_path.write_text(json.dumps(broken, ensure_ascii=False), encoding="utf-8")

    app = create_app([sys.argv[0]])

    def pump() -> None:
        for _ in range(3):
            QCoreApplication.processEvents()

    closed: list[str] = []

    def close_modals() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None:
            modal.grab()
            closed.append(modal.windowTitle())
            modal.close()
        QTimer.singleShot(150, close_modals)

    QTimer.singleShot(150, close_modals)
    window = MainWindow()
    window.resize(1400, 900)
    window.show()
    assert window.open_path(str(hostile), ask=False)
    for dock in window.findChildren(QDockWidget):
        dock.show()
    pump()
    window.grab()

    scene = window.view.journey_scene
    for item in list(scene.items()):
        if item.flags() & item.GraphicsItemFlag.ItemIsSelectable:
            scene.clearSelection()
            item.setSelected(True)
            pump()
            window.grab()
        if item.toolTip():
            QToolTip.showText(QPoint(50, 50), item.toolTip(), window)
            pump()
    for widget in window.findChildren(QWidget):
        if widget.toolTip():
            QToolTip.showText(QPoint(50, 50), widget.toolTip(), widget)
            pump()
        if isinstance(widget, QListWidget):
            for row in range(widget.count()):
                widget.setCurrentRow(row)
                pump()
                window.grab()
                tip = widget.item(row).toolTip()
                if tip:
                    QToolTip.showText(QPoint(50, 50), tip, widget)
                    pump()
        if isinstance(widget, QTreeWidget):
            for top in range(widget.topLevelItemCount()):
                parent = widget.topLevelItem(top)
                for index in range(-1, parent.childCount()):
                    node = parent if index < 0 else parent.child(index)
                    for column in range(widget.columnCount()):
                        if node.toolTip(column):
                            QToolTip.showText(QPoint(50, 50), node.toolTip(column), widget)
                            pump()
    QToolTip.hideText()

    try:
        load(broken_path)
    except LoadError as exc:
        window.show_load_error(exc)  # modal: closed by close_modals
    pump()

    info = LockInfo(pid=os.getpid(), hostname=f'<img src="{canary}/host.png">'
                    + socket.gethostname(), appname=f'<img src="{canary}/app.png">',
                    since=None, same_host=True, stale=False)
    lock = LockDialog(info, window, file_name=f'<img src="{canary}/lockname.png">')
    lock.show()
    pump()
    lock.grab()
    lock.close()

    window.export_map()  # modal: the persona names in its combo, closed by close_modals
    pump()
    window.controller.undo_stack.setClean()
    window.close()
    app.quit()
    print("walked; dialogs shown:", " | ".join(closed))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
