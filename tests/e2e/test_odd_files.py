"""Odd files in the real application: a map opened through a symbolic link is saved
into the file the link points to (the link stays a link), and a read-only map is
not replaced: a message box says so and offers Save As, which saves elsewhere.
The suite runs as root, for whom every file is writable: read-only is the mode."""

from __future__ import annotations

import os
import shutil
import stat

import pytest

from .harness import validate
from .test_recovery_and_windows import add_card_after_the_first, titles

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX links and permissions")


def test_saving_through_a_symlink_writes_the_target(launch, example, tmp_path):
    real_folder = tmp_path / "real"
    real_folder.mkdir()
    real = real_folder / "mapa.journey"
    shutil.move(example, real)
    link = tmp_path / "atajo.journey"
    link.symlink_to(real)
    before = real.read_bytes()

    app = launch(str(link))
    app.wait_window(r"atajo\.journey — Compra online de zapatillas")
    add_card_after_the_first(app, "Guardada por el enlace")
    app.wait_window(r"atajo\.journey\*")
    app.key("ctrl+s")
    app.wait_window(r"atajo\.journey — ")
    app.settle(0.5)
    app.screenshot("saved-through-the-link")

    assert link.is_symlink() and os.readlink(link) == str(real)
    assert "Guardada por el enlace" in titles(validate(real))
    assert (real_folder / "mapa.journey.bak").read_bytes() == before
    assert not (tmp_path / "atajo.journey.bak").exists()
    assert (real_folder / "mapa.journey.lock").exists()  # the lock is beside the target
    assert app.quit() == 0
    app.assert_clean_log()
    assert not (real_folder / "mapa.journey.lock").exists()


def test_a_read_only_map_is_refused_with_a_message_and_saved_elsewhere(
        launch, example, tmp_path):
    example.chmod(0o444)
    before = example.read_bytes()
    elsewhere = tmp_path / "copia-editable.journey"

    app = launch(str(example))
    app.wait_window("Compra online de zapatillas")
    add_card_after_the_first(app, "Cambio protegido")
    app.wait_window(r"compra-online\.es\.journey\*")
    app.key("ctrl+s")
    box = app.wait_window("^Save failed$")
    app.settle(0.5)
    app.screenshot("refused")
    assert example.read_bytes() == before
    assert stat.S_IMODE(example.stat().st_mode) == 0o444
    assert sorted(p.name for p in example.parent.iterdir()
                  if p.name.startswith(example.name)) == [example.name, example.name + ".lock"]

    app.x.xdotool("windowactivate", "--sync", box)
    app.key("Return")  # Save: somewhere else
    dialog = app.wait_window("^Save journey map$")
    app.x.xdotool("windowactivate", "--sync", dialog)
    app.settle(0.5)
    app.key("ctrl+a")
    app.type(str(elsewhere))
    app.screenshot("save-as")
    app.key("Return")
    app.wait_window(r"copia-editable\.journey — ")
    app.settle(0.5)
    app.screenshot("saved-elsewhere")

    assert "Cambio protegido" in titles(validate(elsewhere))
    assert example.read_bytes() == before
    assert app.quit() == 0
    app.assert_clean_log()
