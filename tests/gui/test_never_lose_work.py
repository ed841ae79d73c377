"""The main window under the failures of real life: a second window on the
same file, a disk that refuses the save, a file changed by another program,
and a crash after an autosave."""

from __future__ import annotations

import errno
import os

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from journeydesigner import fileio
from journeydesigner.fileio import dumps, load
from journeydesigner.gui import plain_text
from journeydesigner.gui.locks import LockDialog
from journeydesigner.gui.main_window import MainWindow
from journeydesigner.recovery import RecoveryStore

from .canvas_helpers import snapshot


def edit_something(window) -> None:
    window.view.journey_scene.select_touchpoints(["blog"])
    QTest.keyClick(window.view, Qt.Key.Key_Down)
    assert window.isWindowModified()


def close_quietly(win) -> None:
    win.controller.undo_stack.setClean()
    win.close()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_second_window_gets_the_lock_dialog_and_read_only_cannot_overwrite(
        window, example_copy, monkeypatch):
    original = example_copy.read_bytes()
    shown = []

    def fake_exec(dialog):
        shown.append(dialog)
        return 1

    monkeypatch.setattr(LockDialog, "exec", fake_exec)
    monkeypatch.setattr(LockDialog, "choice", lambda dialog: "read_only")
    other = MainWindow()
    try:
        assert other.open_path(example_copy, ask=False)
        assert shown, "the second window must be told who has the file"
        assert other.read_only and "[read-only]" in other.windowTitle()
        edit_something(other)
        # Save turns into Save As; cancelling it writes nothing
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
        assert not other.save()
        assert example_copy.read_bytes() == original
        assert other.isWindowModified()
    finally:
        close_quietly(other)


def test_cancel_in_the_lock_dialog_keeps_the_current_map(window, example_copy, monkeypatch):
    monkeypatch.setattr(LockDialog, "exec", lambda dialog: 0)
    monkeypatch.setattr(LockDialog, "choice", lambda dialog: "cancel")
    other = MainWindow()
    try:
        before = dumps(other.controller.doc)
        assert not other.open_path(example_copy, ask=False)
        assert dumps(other.controller.doc) == before
    finally:
        close_quietly(other)


def test_a_failing_disk_leaves_the_file_and_the_map_unsaved(window, example_copy, monkeypatch):
    original = example_copy.read_bytes()
    edit_something(window)
    edited = snapshot(window)
    for code in (errno.ENOSPC, errno.EACCES, errno.EIO):
        def broken_replace(src, dst, _code=code):
            raise OSError(_code, os.strerror(_code))

        monkeypatch.setattr(fileio.os, "replace", broken_replace)
        messages: list[str] = []

        def refuse(*args, _seen=messages, **kwargs):
            _seen.append(args[2])
            return QMessageBox.StandardButton.Cancel

        monkeypatch.setattr(plain_text, "ask", refuse)
        assert not window.save()
        assert messages and os.strerror(code) in messages[0]
        assert example_copy.read_bytes() == original
        assert window.isWindowModified() and snapshot(window) == edited
        leftovers = [p.name for p in example_copy.parent.iterdir() if p.name.endswith(".tmp")]
        assert leftovers == []
    monkeypatch.undo()
    assert window.save()
    assert load(example_copy) == window.controller.doc


def test_a_file_changed_by_another_program_is_not_overwritten_silently(
        window, example_copy, monkeypatch):
    edit_something(window)
    outside = example_copy.read_bytes().replace(b"Compra online de zapatillas",
                                                b"Cambiado fuera de la app")
    example_copy.write_bytes(outside)
    asked = []
    monkeypatch.setattr(MainWindow, "_confirm_overwrite",
                        lambda self, path: asked.append(path) or "cancel")
    assert not window.save()
    assert asked and example_copy.read_bytes() == outside
    monkeypatch.setattr(MainWindow, "_confirm_overwrite", lambda self, path: "overwrite")
    assert window.save()
    assert load(example_copy) == window.controller.doc


def test_autosave_then_crash_then_recover(window, qtbot, tmp_path, monkeypatch):
    store_folder = window.store.folder
    window.autosaver.set_interval(0.05)
    edit_something(window)
    edited = snapshot(window)
    qtbot.waitUntil(lambda: any(store_folder.glob("*.json")), timeout=5000)
    # the crash: the window goes away without saving, closing or cleaning up; its
    # lock would be stale (dead process) and taken over, so we let it go here
    window.autosaver.set_interval(0)
    window.lock.release()
    from journeydesigner.gui.dialogs import recovery_dialog

    restarted = RecoveryStore(store_folder, instance="after-restart")
    entries = restarted.entries()
    assert len(entries) == 1 and entries[0].touchpoint_count == len(
        window.controller.doc.touchpoints)
    monkeypatch.setattr(recovery_dialog.RecoveryDialog, "exec", lambda dialog: 1)
    fresh = MainWindow()
    try:
        count = recovery_dialog.offer_recovery(restarted, fresh, fresh.open_recovered)
        assert count == 1
        assert dumps(fresh.controller.doc) == edited
        assert fresh.isWindowModified()  # recovered maps are unsaved work
    finally:
        close_quietly(fresh)
