"""The application starts on a real X server, shows one window with the map, and quits."""

from __future__ import annotations


def test_opens_the_map_in_one_window_and_quits_cleanly(launch, example):
    app = launch(str(example))
    app.wait_window("Compra online de zapatillas")
    app.settle(1)
    app.screenshot("opened")
    assert len(app.windows()) == 1, app.titles()
    assert app.quit() == 0
    app.assert_clean_log()
    assert not example.with_name(example.name + ".lock").exists()
