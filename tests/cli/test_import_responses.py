"""``journeydesigner import-responses``: exit codes, messages, the map left as it was on
a refusal, the ``.bak``, ``-o`` and ``--dry-run``."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from journeydesigner import cli
from journeydesigner.cli import main
from journeydesigner.fileio import load

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "tests" / "examples"
SURVEY = EXAMPLES / "compra-online.es.respuestas.csv"
PROBLEMS = [
    f'{SURVEY}: row 19, column "csat": "6" is outside 1–5',
    f'{SURVEY}: row 41: no touchpoint with id or title "Pago"',
    f'{SURVEY}: row 62, column "nps": "diez" is not a whole number from 0 to 10',
]


@pytest.fixture
def map_copy(tmp_path: Path) -> Path:
    path = tmp_path / "compra.journey"
    shutil.copyfile(EXAMPLES / "compra-online.es.journey", path)
    return path


@pytest.fixture(autouse=True)
def english(monkeypatch):
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


def survey(tmp_path: Path, text: str, name: str = "survey.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_it_is_a_command():
    assert "import-responses" in cli.COMMANDS


def test_a_bad_row_refuses_the_import_and_leaves_the_map_as_it_was(map_copy, capsys):
    before = map_copy.read_bytes()
    assert main(["import-responses", str(map_copy), str(SURVEY)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == [*PROBLEMS, f"{SURVEY}: nothing imported: 3 of 96 rows have "
                                           "problems (--skip-invalid imports the others)"]
    assert map_copy.read_bytes() == before
    assert sorted(p.name for p in map_copy.parent.iterdir()) == ["compra.journey"]


def test_the_problems_in_spanish(map_copy, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    assert main(["import-responses", str(map_copy), str(SURVEY)]) == 1
    assert capsys.readouterr().err.splitlines()[:2] == [
        f'{SURVEY}: fila 19, columna "csat": "6" está fuera de 1–5',
        f'{SURVEY}: fila 41: no hay ningún punto de contacto con el identificador o el título '
        '"Pago"']


def test_skip_invalid_imports_the_rest_in_place_keeping_a_bak(map_copy, capsys):
    before = map_copy.read_bytes()
    assert main(["import-responses", str(map_copy), str(SURVEY), "--skip-invalid"]) == 0
    out, err = capsys.readouterr()
    assert err.splitlines() == PROBLEMS  # every skipped row, with why
    assert out.splitlines()[-1] == (
        f"{map_copy}: set 14 metrics and 8 quotes on 6 touchpoints from {SURVEY} "
        "(96 rows, 3 skipped)")
    assert map_copy.with_name("compra.journey.bak").read_bytes() == before
    doc = load(map_copy)
    entrega = doc.touchpoint("entrega")
    assert (entrega.metrics.csat, entrega.metrics.evidence.csat.high) == (30, 51.9)
    assert entrega.metrics.evidence.csat.source == "compra-online.es.respuestas.csv"
    assert entrega.quotes == ["Llegó tres días tarde y nadie avisó",
                                   "Tuve que ir a recogerlo a la oficina de correos"]


def test_dry_run_prints_the_changes_and_writes_nothing(map_copy, capsys):
    before = map_copy.read_bytes()
    assert main(["import-responses", str(map_copy), str(SURVEY), "--skip-invalid",
                 "--dry-run"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["touchpoint", "metric", "old", "→", "new", "n", "95", "%",
                              "interval"]
    assert "entrega     csat    90 → 30     20  14,5–51,9" in out  # the map's Spanish numbers
    assert "carrito     ces     6,1 → 6,2   25  5,86–6,54" in out
    assert "ig-anuncio  nps     — → 20      10  -26,4–66,4" in out
    assert "carrito: +4 quotes" in out
    assert out[-1].endswith("(96 rows, 3 skipped); nothing written (--dry-run)")
    assert map_copy.read_bytes() == before
    assert sorted(p.name for p in map_copy.parent.iterdir()) == ["compra.journey"]


def test_output_elsewhere_leaves_the_map_alone(map_copy, tmp_path, capsys):
    before = map_copy.read_bytes()
    out = tmp_path / "nuevo.journey"
    text = "Punto de contacto,CSAT\nentrega,5\nEntrega del paquete,2\n"
    assert main(["import-responses", str(map_copy), str(survey(tmp_path, text)),
                 "-o", str(out)]) == 0
    assert map_copy.read_bytes() == before
    assert load(out).touchpoint("entrega").metrics.csat == 50
    assert sorted(p.name for p in tmp_path.iterdir()) == ["compra.journey", "nuevo.journey",
                                                          "survey.csv"]


def test_columns_named_on_the_command_line(map_copy, tmp_path, capsys):
    text = "cuándo;dónde;valoración;texto\n2026-05-01;carrito;3;Lento\n"
    path = survey(tmp_path, text)
    assert main(["import-responses", str(map_copy), str(path), "--touchpoint", "Dónde",
                 "--csat", "valoración", "--date", "cuándo", "--comment", "texto"]) == 0
    carrito = load(map_copy).touchpoint("carrito")
    assert (carrito.metrics.csat, carrito.metrics.evidence.csat.from_) == (0, "2026-05-01")
    assert carrito.quotes[-1] == "Lento"
    assert main(["import-responses", str(map_copy), str(path), "--nps", "recomendaría"]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f'{path}: row 1: no column named "recomendaría" (the columns are "cuándo", "dónde", '
        '"valoración", "texto")',
        f'{path}: row 1: no touchpoint column: none of the columns ("cuándo", "dónde", '
        '"valoración", "texto") is named "touchpoint" or "punto de contacto"']


@pytest.mark.parametrize(("text", "name", "message"), [
    ("", "vacia.csv", "the file is empty"),
    ("touchpoint;csat\n", "cabecera.csv", "the file holds no responses to import"),
    ("touchpoint;csat\nPago;4\n", "todo-mal.csv", 'row 2: no touchpoint with id or title "Pago"'),
    ("PK no zip", "libro.xlsx", "not an XLSX workbook (it is not a ZIP archive)"),
])
def test_files_refused_with_a_clear_message(map_copy, tmp_path, capsys, text, name, message):
    before = map_copy.read_bytes()
    path = survey(tmp_path, text, name)
    assert main(["import-responses", str(map_copy), str(path), "--skip-invalid"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"{path}: {message}"
    assert map_copy.read_bytes() == before


def test_a_map_that_cannot_be_read(tmp_path, capsys):
    missing = tmp_path / "nada.journey"
    assert main(["import-responses", str(missing), str(SURVEY)]) == 1
    assert capsys.readouterr().err == f"{missing}: No such file or directory\n"


def test_as_a_user_runs_it(map_copy):
    """A process of its own: exit 2 for a wrong command line, no traceback, no window."""
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "journeydesigner", *args],
                              capture_output=True, text=True, cwd=REPO, timeout=120,
                              env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"})

    wrong = run("import-responses", str(map_copy))
    assert wrong.returncode == 2 and "the following arguments are required: FILE" in wrong.stderr
    done = run("import-responses", str(map_copy), str(SURVEY.with_suffix(".xlsx")),
               "--skip-invalid", "--dry-run")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stdout.splitlines()[-1].endswith("nothing written (--dry-run)")
