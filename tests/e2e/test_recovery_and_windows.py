"""After a crash the map comes back in one window; two windows share a map and the
clipboard; a damaged file is explained in a message that shows all of its text."""

from __future__ import annotations

from pathlib import Path

from .harness import App, validate


def fast_autosave(home: Path) -> Path:
    """Autosave one second after a change (the default is a minute); the recovery folder."""
    conf = home / "config" / "JourneyDesigner" / "JourneyDesigner.conf"
    conf.parent.mkdir(parents=True, exist_ok=True)
    conf.write_text("[autosave]\ninterval=1\n", encoding="utf-8")
    return home / "data" / "JourneyDesigner" / "JourneyDesigner" / "recovery"


def add_card_after_the_first(app: App, title: str) -> None:
    app.activate()
    app.key("ctrl+Right")  # select the first card
    app.type(title)  # typing on a selected card starts the next one
    app.key("Return", "Escape")


def titles(doc: dict) -> set[str]:
    return {t["title"] for t in doc["touchpoints"]}


def test_killed_then_started_again_on_the_same_file_shows_one_recovered_window(
        launch, example, tmp_path):
    recovery = fast_autosave(tmp_path / "home")
    app = launch(str(example))
    app.wait_window("Compra online de zapatillas")
    add_card_after_the_first(app, "Recuperada tras el fallo")
    app.wait_window(r"compra-online\.es\.journey\*")
    app.wait_for(lambda: list(recovery.glob("*.recovery.json")), what="the autosave")
    app.screenshot("edited")
    app.kill()  # kill -9: the lock file and the recovery file stay behind
    assert example.with_name(example.name + ".lock").exists()

    again = launch(str(example))
    again.activate("Recover unsaved work")
    again.screenshot("offered")
    again.key("Return")  # Continue: the one entry is set to Recover
    again.wait_window(r"compra-online\.es\.journey\* — Compra online de zapatillas")
    again.settle(1.5)  # whatever else start-up would open is open now
    again.screenshot("recovered")
    shown = again.titles()
    assert len(shown) == 1, shown  # no blank "Untitled", no "Map in use" about itself
    assert "read-only" not in shown[0]

    again.key("ctrl+s")
    again.wait_window(r"compra-online\.es\.journey — ")
    assert "Recuperada tras el fallo" in titles(validate(example))
    assert not list(recovery.glob("*.recovery.json"))
    assert again.quit() == 0
    again.assert_clean_log()
    assert not example.with_name(example.name + ".lock").exists()
