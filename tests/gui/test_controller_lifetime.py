"""A controller with edits in its undo stack, dropped together with the views
that follow it, is freed without crashing (the garbage collector used to free
the Python side of undo commands that Qt still owned, then Qt deleted them)."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

from journeydesigner import edits
from journeydesigner.gui.canvas.scene import JourneyScene
from journeydesigner.gui.controller import DocumentController
from journeydesigner.sample import generate_document


def test_dropped_controller_and_scene_with_history_are_freed(qtbot) -> None:
    for seed in range(12):
        doc = generate_document(20, seed=seed)
        controller = DocumentController(doc)
        scene = JourneyScene(controller)
        for tp in doc.touchpoints[:4]:
            emotion = 2 if tp.emotion != 2 else -2
            assert controller.perform(edits.set_emotions(controller.doc, [tp.id], emotion))
        controller.undo_stack.undo()
        del controller, scene, doc
        gc.collect()  # crashed here before the commands held their controller weakly


def test_undo_and_redo_still_reach_the_controller(qtbot) -> None:
    doc = generate_document(10, seed=1)
    controller = DocumentController(doc)
    tp = doc.touchpoints[0]
    emotion = 2 if tp.emotion != 2 else -2
    assert controller.perform(edits.set_emotions(controller.doc, [tp.id], emotion))
    controller.undo_stack.undo()
    assert controller.doc.touchpoint(tp.id).emotion == tp.emotion
    controller.undo_stack.redo()
    assert controller.doc.touchpoint(tp.id).emotion == emotion


def test_the_properties_dock_tests_alone_end_without_a_crash() -> None:
    """Run on their own, these tests left parentless controllers with history to
    the garbage collector at exit, which crashed in ``QUndoStack::clear``."""
    here = Path(__file__).resolve().parent
    env = {**os.environ}  # the platform of the suite (xcb under test.sh)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly",
         str(here / "test_panels.py")],
        cwd=here.parents[1], env=env, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
