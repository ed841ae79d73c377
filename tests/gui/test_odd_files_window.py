"""The window on odd files: a read-only map is not replaced (the window says why and
offers Save As), a map opened through a symbolic link is saved into the link's
target, and a second window opening the same file under another name (symlink,
hard link) is told it is in use. The suite runs as root: read-only is a mode."""

from __future__ import annotations

import os
import stat

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from journeydesigner.fileio import load
from journeydesigner.gui import plain_text
from journeydesigner.gui.locks import LockDialog
from journeydesigner.gui.main_window import MainWindow

from .test_never_lose_work import close_quietly, edit_something

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX links and permissions")


def answer_lock_dialogs_read_only(monkeypatch) -> list[LockDialog]:
    """The lock dialogs shown from now on, each answered "Open Read-Only"."""
    shown: list[LockDialog] = []
    monkeypatch.setattr(LockDialog, "exec", lambda dialog: shown.append(dialog) or 1)
    monkeypatch.setattr(LockDialog, "choice", lambda dialog: "read_only")
    return shown


def test_a_read_only_map_is_not_replaced_and_save_as_is_offered(
        window, example_copy, monkeypatch, tmp_path):
    original = example_copy.read_bytes()
    example_copy.chmod(0o444)
    edit_something(window)
    messages: list[str] = []

    def answer_save(parent, title, text, buttons, *args, **kwargs):
        messages.append(text)
        assert buttons & QMessageBox.StandardButton.Save  # the way to Save As
        return QMessageBox.StandardButton.Save

    elsewhere = tmp_path / "copia.journey"
    asked: list[str] = []
    monkeypatch.setattr(plain_text, "ask", answer_save)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: asked.append("save as") or (str(elsewhere), ""))
    assert window.save()
    assert messages and "read-only" in messages[0]
    assert asked == ["save as"]
    assert example_copy.read_bytes() == original
    assert stat.S_IMODE(example_copy.stat().st_mode) == 0o444
    assert load(elsewhere) == window.controller.doc
    assert window.controller.path == elsewhere and not window.isWindowModified()


def test_a_map_opened_through_a_symlink_is_saved_into_its_target(qtbot, example_copy, tmp_path):
    link = tmp_path / "atajo.journey"
    link.symlink_to(example_copy)
    win = MainWindow()
    try:
        assert win.open_path(link, ask=False)
        edit_something(win)
        assert win.save()
        assert link.is_symlink()
        assert load(example_copy) == win.controller.doc
        assert (example_copy.parent / (example_copy.name + ".bak")).exists()
        assert not (tmp_path / "atajo.journey.bak").exists()
    finally:
        close_quietly(win)


@pytest.mark.parametrize("kind", ["symlink", "hard link"])
def test_a_second_window_on_another_name_of_the_file_gets_the_lock_dialog(
        window, example_copy, monkeypatch, kind):
    other_name = example_copy.parent / "otro-nombre.journey"
    if kind == "symlink":
        other_name.symlink_to(example_copy)
    else:
        os.link(example_copy, other_name)
    shown = answer_lock_dialogs_read_only(monkeypatch)
    other = MainWindow()
    try:
        assert other.open_path(other_name, ask=False)
        assert shown, f"the file is open in the first window under another name ({kind})"
        assert shown[0].info.pid == os.getpid()
        assert other.read_only
    finally:
        close_quietly(other)


def test_after_a_save_the_lock_still_covers_a_new_hard_link(window, example_copy, monkeypatch):
    """Saving gives the file a new inode: the lock follows it."""
    edit_something(window)
    assert window.save()
    other_name = example_copy.parent / "enlace.journey"
    os.link(example_copy, other_name)
    shown = answer_lock_dialogs_read_only(monkeypatch)
    other = MainWindow()
    try:
        assert other.open_path(other_name, ask=False)
        assert shown and other.read_only
    finally:
        close_quietly(other)
