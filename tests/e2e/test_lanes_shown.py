"""A map with every kind of lane on a real screen: the lanes are drawn (their colours
show in the window), and File → Export writes a PDF with the lanes, notes and lines."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from journeydesigner import style

from .pixels import Box, Screenshot
from .test_export_scenario import check_pdf, export_with_enter, wait_written

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from lane_maps import every_lane_kind  # noqa: E402


def test_every_lane_kind_is_drawn_and_exported(launch, tmp_path):
    path = tmp_path / "lanes.journey"
    path.write_text(json.dumps(every_lane_kind()), encoding="utf-8")
    app = launch(str(path))
    app.wait_window("Every lane kind")
    app.settle(1)
    app.key("ctrl+0")  # the whole map in view, lanes under the emotion lane too
    app.settle(1)
    shot = app.screenshot("every-lane-kind")
    assert shot is not None
    pixels = Screenshot(shot)
    screen = Box(0, 0, pixels.width, pixels.height)
    for kind in ("notes", "pain_points", "opportunities", "frontstage", "support"):
        assert pixels.count(style.LANE_ROW_COLORS[kind], screen) > 500, kind

    export_with_enter(app, tmp_path / "lanes.pdf")
    wait_written(app, tmp_path / "lanes.pdf")
    check_pdf(tmp_path / "lanes.pdf", "Goals", "Cashier greets", "Too many ads",
              "Line of visibility", "Line of internal interaction", "Ad platform")
    assert app.quit() == 0
    app.assert_clean_log()
