"""A facilitator imports the example survey into the Spanish example on a real screen,
from the keyboard: File → Import → Survey responses… (Ctrl+Shift+I), the file's path
typed, the columns found, the file read, the three bad rows listed, Skip checked,
Import, Ctrl+S. The file must be valid with the measures, intervals and quotes of the
survey, the card the team marked very positive must now disagree with its survey in
the analysis, and the log stay clean."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from .harness import ROOT, validate

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_import_the_example_survey_from_the_keyboard(launch, tmp_path):
    path = tmp_path / "compra.journey"
    shutil.copy(EXAMPLES / "compra-online.es.journey", path)
    survey = tmp_path / "respuestas.csv"
    shutil.copy(EXAMPLES / "compra-online.es.respuestas.csv", survey)
    app = launch(str(path))
    app.wait_window("compra.journey")
    app.settle(1)
    app.key("ctrl+shift+i")
    app.wait_window("^Import Survey Responses$")
    app.settle(0.5)
    app.type(str(survey))
    app.key("Tab")  # the columns are found when the path is complete
    app.settle(0.8)
    app.key("alt+r")  # Read the File
    app.settle(2)
    app.screenshot("read")
    app.key("alt+k")  # Skip the rows with problems
    app.settle(0.3)
    app.screenshot("ready")
    app.key("alt+i")  # Import
    app.wait_no_window("^Import Survey Responses$")
    app.settle(0.8)
    app.key("ctrl+s")
    app.settle(1.5)
    app.screenshot("imported")

    data = validate(path)
    entrega = next(t for t in data["touchpoints"] if t["title"] == "Entrega del paquete")
    assert entrega["emotion"] == 2
    csat = entrega["metrics"]["evidence"]["csat"]
    assert entrega["metrics"]["csat"] == 30
    assert csat["source"] == "respuestas.csv" and csat["low"] < 30 < csat["high"] < 60
    assert any(t.get("quotes") for t in data["touchpoints"])
    analysis = subprocess.run(
        [sys.executable, "-m", "journeydesigner", "analyze", str(path), "--json"],
        capture_output=True, text=True, timeout=60, env={"PYTHONPATH": str(ROOT),
                                                         "PATH": "/usr/bin:/bin"})
    found = json.loads(analysis.stdout)
    assert entrega["id"] in json.dumps(found["disagreements"])
    assert app.quit() == 0
    app.assert_clean_log()
