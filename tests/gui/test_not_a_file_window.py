"""The window refuses what is not a regular file at once (issue 13, item 9): a named
pipe called ``x.journey`` would block ``open`` for ever, a device would never end."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QMessageBox

from tests.gui.test_translations import spanish  # noqa: F401 - a fixture

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")


def _opened(monkeypatch, path) -> tuple[bool, list[str]]:
    """Whether the window opened ``path``, and the informative texts of its boxes."""
    from journeydesigner.gui.main_window import MainWindow

    boxes: list[str] = []

    def exec_(box: QMessageBox) -> int:
        boxes.append(box.informativeText())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    window = MainWindow()
    try:
        opened = window.open_path(path, ask=False)
    finally:
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return opened, boxes


def test_a_named_pipe_is_refused_without_waiting(qapp, monkeypatch, tmp_path):
    fifo = tmp_path / "x.journey"
    os.mkfifo(fifo)
    assert _opened(monkeypatch, fifo) == (False, ["is a named pipe (FIFO), not a regular file"])


def test_a_device_and_a_folder_are_refused(qapp, monkeypatch, tmp_path):
    assert _opened(monkeypatch, os.devnull) == (
        False, ["is a character device, not a regular file"])
    assert _opened(monkeypatch, tmp_path) == (False, ["is a folder, not a regular file"])


@pytest.mark.usefixtures("spanish")
def test_the_refusal_is_translated(monkeypatch, tmp_path):
    fifo = tmp_path / "x.journey"
    os.mkfifo(fifo)
    assert _opened(monkeypatch, fifo) == (
        False, ["es una tubería con nombre (FIFO), no un archivo normal"])
