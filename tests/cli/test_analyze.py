"""The ``analyze`` command: registered on a parser of our own, and through
``python -m journeydesigner`` once cli.py wires it."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

from journeydesigner import cli
from journeydesigner.analysis_cli import add_analyze_command

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "tests" / "examples"
COMPRA = EXAMPLES / "compra-online.es.journey"
FEEDBACK = EXAMPLES / "feedback-subscription.en.journey"


def run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="journeydesigner")
    subparsers = parser.add_subparsers(dest="command")
    add_analyze_command(subparsers)
    args = parser.parse_args(["analyze", *argv])
    return args.func(args)


def test_text_report_in_the_maps_language(capsys):
    assert run(str(COMPRA)) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out.startswith("Análisis de “Compra online de zapatillas” — todo el mapa\n")
    assert "Punto de fricción: “Carrito y formulario de pago”" in out
    assert "Punto de fricción: “Pregunta al chatbot por la talla”" in out
    assert "“Carrito y formulario de pago” → “Llamada al servicio de atención”" in out


def test_text_report_in_english(capsys):
    assert run(str(FEEDBACK)) == 0
    out = capsys.readouterr().out
    assert out.startswith("Analysis of “Customer feedback software subscription”")
    assert "Friction point: “Online checkout”" in out


def test_json_output(capsys):
    assert run(str(COMPRA), "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["ideal_path"]["touchpoints"][-1] == "comunidad"
    assert {"carrito", "chatbot"} <= set(data["friction"])
    assert {
        "connection": "c11",
        "source": "carrito",
        "target": "llamada",
        "label": "Falla el pago",
    } in data["negative_paths"]
    assert data["persona"] is None
    assert data["findings"][0]["message"]["es"].startswith("Camino ideal")


def test_persona(capsys):
    assert run(str(COMPRA), "--persona", "andres", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["persona"] == "andres"
    assert all("influencer" not in f["touchpoints"] for f in data["findings"])
    assert run(str(COMPRA), "--persona", "lucia") == 0
    assert "— persona Lucía\n" in capsys.readouterr().out


def test_unknown_persona_exits_2(capsys):
    assert run(str(COMPRA), "--persona", "x") == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.strip() == f'{COMPRA}: no persona with id "x"'


def test_unreadable_file_exits_1(tmp_path, capsys):
    broken = tmp_path / "broken.journey"
    broken.write_text("{", encoding="utf-8")
    assert run(str(broken)) == 1
    err = capsys.readouterr().err
    assert str(broken) in err
    assert run(str(tmp_path / "missing.journey")) == 1


wired = pytest.mark.skipif(
    "analyze" not in getattr(cli, "COMMANDS", ()),
    reason="cli.py does not register the analyze command yet",
)


def run_module(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "journeydesigner", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        timeout=120,
    )


@wired
def test_python_m_journeydesigner_analyze():
    result = run_module("analyze", str(COMPRA))
    assert result.returncode == 0, result.stderr
    assert "Punto de fricción: “Carrito y formulario de pago”" in result.stdout
    result = run_module("analyze", str(FEEDBACK), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["ideal_path"]["touchpoints"][-1] == "survey"


@wired
def test_python_m_journeydesigner_analyze_unknown_persona():
    result = run_module("analyze", str(COMPRA), "--persona", "x")
    assert result.returncode == 2
    assert f'{COMPRA}: no persona with id "x"' in result.stderr
