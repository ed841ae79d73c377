"""Text from a file is never rendered as rich text: no widget, tooltip or dialog of
the window reads a file named in an ``<img>`` tag of the map (watched with strace)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from journeydesigner.gui import plain_text

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(shutil.which("strace") is None and not os.environ.get("CI"),
                    reason="needs strace (bash scripts/bootstrap.sh e2e)")
def test_no_widget_reads_a_file_named_in_the_map(tmp_path):
    canary = tmp_path / "canary-never-created"
    trace = tmp_path / "trace.log"
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "PYTHONPATH": str(ROOT)}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    proc = subprocess.run(
        ["strace", "-f", "-qq", "-e", "trace=%file", "-o", str(trace), sys.executable,
         "-m", "tests.gui.hostile_walk", str(canary), str(tmp_path)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0 and "walked" in proc.stdout, proc.stdout + proc.stderr[-3000:]
    assert "Cannot open file" in proc.stdout and "Export Map" in proc.stdout, proc.stdout
    places = json.loads((tmp_path / "places.json").read_text(encoding="utf-8"))
    read = sorted({places[number] for number in re.findall(
        re.escape(str(canary)) + r"/(\w+)\.png", trace.read_text(errors="replace"))})
    assert not read, "rendered as rich text: " + ", ".join(read)


def test_the_helpers_make_every_text_plain(qtbot):
    label = plain_text.label('<img src="/x"><b>Maya</b>')
    assert label.textFormat() == Qt.TextFormat.PlainText
    box = plain_text.message_box(QMessageBox.Icon.Warning, "t", "<b>a</b>", "<i>b</i>")
    qtbot.addWidget(box)
    labels = [w for w in box.findChildren(QLabel) if w.text() in ("<b>a</b>", "<i>b</i>")]
    assert len(labels) == 2
    assert all(w.textFormat() == Qt.TextFormat.PlainText for w in labels)
    assert plain_text.tooltip("<img src='/x'>\nR&D") == (
        "<p style='white-space:pre-wrap'>&lt;img src=&#x27;/x&#x27;&gt;\nR&amp;D</p>")
