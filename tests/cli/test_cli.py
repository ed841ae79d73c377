"""The command line, run as a user would (a subprocess) and in-process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from journeydesigner.cli import main
from journeydesigner.fileio import dumps, load
from journeydesigner.schema import journey_schema

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "tests" / "examples"
EXAMPLE_FILES = sorted(EXAMPLES.glob("*.journey"))


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "journeydesigner", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )


def test_examples_exist():
    assert len(EXAMPLE_FILES) >= 2


def test_validate_accepts_the_examples():
    result = run_cli("validate", *map(str, EXAMPLE_FILES))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.count(": valid") == len(EXAMPLE_FILES)


def test_validate_reports_each_problem_on_its_own_line(tmp_path):
    data = json.loads(EXAMPLE_FILES[0].read_text(encoding="utf-8"))
    data["touchpoints"][3]["stage"] = "checkout"
    data["touchpoints"][0]["emotion"] = 7
    bad = tmp_path / "bad.journey"
    bad.write_text(json.dumps(data), encoding="utf-8")
    good = EXAMPLE_FILES[0]
    result = run_cli("validate", str(good), str(bad))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines == [f"{bad}: touchpoints[0].emotion: Input should be less than or equal to 2"]
    data["touchpoints"][0]["emotion"] = 1
    bad.write_text(json.dumps(data), encoding="utf-8")
    result = run_cli("validate", str(bad))
    assert result.stderr.strip() == f'{bad}: touchpoints[3].stage: no stage with id "checkout"'
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "raw, message",
    [
        (b"", "the file is empty"),
        (b'{"format": "journeydesigner", "version": 1, "title": "x"', "not valid JSON"),
        (b"\xff\xfe\x00", "not valid UTF-8"),
        (b"[" * 50_000, "nested deeper than"),
        (b'{"format": "journeydesigner", "version": 9}', "made by a newer version of"),
        (b"[]", "must be a JSON object, not an array"),
        (b"null", "must be a JSON object, not null"),
        (b'{"format": "other", "version": 1}', "not a JourneyDesigner file"),
        (b'{"a": NaN}', "NaN is not a valid JSON number"),
    ],
)
def test_validate_rejects_broken_files_without_traceback(tmp_path, raw, message):
    bad = tmp_path / "broken.journey"
    bad.write_bytes(raw)
    result = run_cli("validate", str(bad))
    assert result.returncode == 1
    assert message in result.stderr
    assert result.stderr.startswith(f"{bad}: ")
    assert "Traceback" not in result.stderr


def test_validate_missing_file(tmp_path):
    result = run_cli("validate", str(tmp_path / "nope.journey"))
    assert result.returncode == 1
    assert "nope.journey: No such file or directory" in result.stderr


@pytest.mark.parametrize("example", EXAMPLE_FILES, ids=lambda p: p.name)
def test_export_json_round_trips(tmp_path, example):
    out = tmp_path / "out.json"
    assert main(["export", str(example), "-o", str(out)]) == 0
    assert load(out) == load(example)
    assert out.read_bytes() == dumps(load(example))
    assert main(["validate", str(out)]) == 0
    # exporting the export gives the same bytes
    again = tmp_path / "again.json"
    assert main(["export", str(out), "-o", str(again)]) == 0
    assert again.read_bytes() == out.read_bytes()


@pytest.mark.parametrize("example", EXAMPLE_FILES, ids=lambda p: p.name)
def test_export_to_the_native_format_writes_the_normalised_map(tmp_path, example, capsys):
    out = tmp_path / "copia.journey"
    assert main(["export", str(example), "-o", str(out)]) == 0
    assert out.read_bytes() == dumps(load(example))
    assert capsys.readouterr().err == ""
    assert main(["export", str(example), "-o", str(out), "--persona",
                 load(example).personas[0].id]) == 0
    assert "persona filter does not apply to .journey" in capsys.readouterr().err


def test_bands_are_for_fit_pages_only(tmp_path, capsys):
    from pypdf import PdfReader

    example = str(EXAMPLES / "compra-online.es.journey")
    out = tmp_path / "bandas.pdf"
    assert main(["export", example, "-o", str(out), "--bands", "2", "--no-cover",
                 "--no-appendix"]) == 0
    text = PdfReader(out).pages[0].extract_text()
    assert text.count("Chatbot") == 2  # the lane headers, once per band
    assert main(["export", example, "-o", str(tmp_path / "t.pdf"), "--bands", "2",
                 "--tile"]) == 2
    assert "bands are for a map fitted on one page" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["export", example, "-o", str(tmp_path / "z.pdf"), "--bands", "0"])
    assert "must be a whole number from 1 to 20" in capsys.readouterr().err
    assert not (tmp_path / "t.pdf").exists() and not (tmp_path / "z.pdf").exists()


def test_export_refuses_unknown_extension(tmp_path, capsys):
    assert main(["export", str(EXAMPLE_FILES[0]), "-o", str(tmp_path / "x.docx")]) == 2
    assert "cannot export to .docx" in capsys.readouterr().err
    assert not (tmp_path / "x.docx").exists()


def test_new_and_templates(tmp_path, capsys):
    assert main(["templates"]) == 0
    listing = capsys.readouterr().out
    for name in ("purchase.en", "purchase.es", "compra-online.es", "feedback-subscription.en"):
        assert name in listing
    out = tmp_path / "mine.journey"
    assert main(["new", "-o", str(out), "--template", "purchase.es", "--title", "Taller"]) == 0
    doc = load(out)
    assert doc.title == "Taller" and doc.language == "es"
    assert [s.name for s in doc.stages] == [
        "Antes de la compra", "Durante la compra", "Después de la compra"]
    # refuses to overwrite, and an unknown template is a clear error
    assert main(["new", "-o", str(out)]) == 1
    assert main(["new", "-o", str(tmp_path / "b.journey"), "--template", "nope"]) == 2
    err = capsys.readouterr().err
    assert "already exists" in err and "purchase.en" in err
    assert main(["new", "-o", str(tmp_path / "c.journey"), "--title", "  "]) == 2


def test_schema_command_matches_committed_file(capsys):
    assert main(["schema"]) == 0
    printed = json.loads(capsys.readouterr().out)
    committed = json.loads((REPO / "resources" / "journey.schema.json").read_text("utf-8"))
    assert printed == committed == journey_schema()
    assert printed["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert set(printed["required"]) >= {"title"}


def test_help_explains_every_command():
    result = run_cli("--help")
    assert result.returncode == 0
    for command in ("validate", "export", "new", "templates", "schema", "gui"):
        assert command in result.stdout


def test_export_pdf_png_svg_from_the_command_line(tmp_path):
    from pypdf import PdfReader

    example = str(EXAMPLE_FILES[0])
    pdf = tmp_path / "map.pdf"
    result = run_cli("export", example, "-o", str(pdf), "--page-size", "A3", "--tile",
                     "--persona", "andres", "--no-cover")
    assert result.returncode == 0, result.stderr
    reader = PdfReader(pdf)
    first = reader.pages[0]
    assert round(float(first.mediabox.width)) == 1191  # A3 landscape, in points
    assert "Andrés" in "".join(page.extract_text() for page in reader.pages)
    for ext in ("png", "svg"):
        out = tmp_path / f"map.{ext}"
        result = run_cli("export", example, "-o", str(out))
        assert result.returncode == 0, result.stderr
        assert out.stat().st_size > 1000
    bad = run_cli("export", example, "-o", str(tmp_path / "x.pdf"), "--persona", "nobody")
    assert bad.returncode == 2
    assert 'no persona with id "nobody"' in bad.stderr
    assert not (tmp_path / "x.pdf").exists()
