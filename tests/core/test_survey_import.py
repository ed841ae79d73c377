"""Survey responses read, checked and tallied (journeydesigner/survey/), planned and
applied as one edit; the example survey files."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from journeydesigner import edits
from journeydesigner.fileio import LoadError, load
from journeydesigner.model import Document
from journeydesigner.problems import line
from journeydesigner.survey import (
    ImportCancelled,
    choose_columns,
    detect_columns,
    plan_import,
    read_responses,
    survey_edit,
)
from journeydesigner.survey import tally as tally_module
from journeydesigner.survey.reader import sniff_delimiter

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
MAP = EXAMPLES / "compra-online.es.journey"
SURVEY_CSV = EXAMPLES / "compra-online.es.respuestas.csv"
SURVEY_XLSX = EXAMPLES / "compra-online.es.respuestas.xlsx"


@pytest.fixture(scope="module")
def doc() -> Document:
    return load(MAP)


def write(tmp_path: Path, text: str, name: str = "survey.csv", bom: bool = False) -> Path:
    path = tmp_path / name
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


def workbook(tmp_path: Path, rows: list[list[object]], name: str = "survey.xlsx",
             sheets: tuple[str, ...] = ("Hoja1",)) -> Path:
    book = Workbook()
    book.active.title = sheets[0]
    for extra in sheets[1:]:
        book.create_sheet(extra).append(["otra"])
    for row in rows:
        book.active.append(row)
    path = tmp_path / name
    book.save(path)
    return path


def lines(problems, language="en") -> list[str]:
    return [line(problem, language) for problem in problems]


def refusal(path: Path, doc: Document, **options) -> list[str]:
    with pytest.raises(LoadError) as caught:
        read_responses(path, doc, **options)
    return caught.value.lines()


# --- columns ---------------------------------------------------------------------------


def test_columns_by_spanish_and_english_headers_any_case():
    choice, problems = choose_columns([" Punto de Contacto ", "NPS", "csat ", "Fecha",
                                       "COMENTARIO", "otra"])
    assert problems == []
    assert choice.roles == {"touchpoint": 0, "nps": 1, "csat": 2, "date": 3, "comment": 4}
    assert choice.metrics == ("nps", "csat")
    choice, _ = choose_columns(["Touchpoint", "ces", "date", "comment"])
    assert choice.roles == {"touchpoint": 0, "ces": 1, "date": 2, "comment": 3}


def test_columns_named_by_the_caller_win_over_headers():
    choice, problems = choose_columns(["Etapa", "Paso", "Nota", "nps"],
                                      {"touchpoint": "paso", "csat": "Nota"})
    assert problems == []
    assert choice.roles == {"touchpoint": 1, "nps": 3, "csat": 2}


def test_columns_that_do_not_do():
    _, problems = choose_columns(["quién", "nota"])
    assert lines(problems) == [
        'row 1: no touchpoint column: none of the columns ("quién", "nota") is named '
        '"touchpoint" or "punto de contacto"',
        'row 1: no score column: none of the columns ("quién", "nota") is named "nps", '
        '"csat" or "ces"']
    assert lines(problems, "es")[0].startswith("fila 1: no hay columna de punto de contacto")
    _, problems = choose_columns(["touchpoint", "csat", "CSAT"], {"nps": "Recomendación"})
    assert lines(problems) == [
        'row 1: no column named "Recomendación" (the columns are "touchpoint", "csat", '
        '"CSAT")',
        'row 1: the columns "csat", "CSAT" are all "csat" columns: name the one to use']


def test_detect_columns_reads_only_the_header(tmp_path):
    path = write(tmp_path, "punto de contacto;csat\ncarrito;9\n")
    choice, problems = detect_columns(path)
    assert (choice.headers, choice.roles, problems) == (
        ("punto de contacto", "csat"), {"touchpoint": 0, "csat": 1}, [])


# --- reading files ------------------------------------------------------------------------


def test_delimiter_sniffed_from_the_header_line():
    assert sniff_delimiter("punto de contacto;nps;csat\n") == ";"
    assert sniff_delimiter("touchpoint,nps\n") == ","
    assert sniff_delimiter("touchpoint\tnps\n") == "\t"
    assert sniff_delimiter('"a;b",nps,csat\n') == ","  # not inside quotes
    assert sniff_delimiter("touchpoint\n") == ","


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
@pytest.mark.parametrize("bom", [False, True])
def test_csv_with_any_delimiter_with_or_without_bom(tmp_path, doc, delimiter, bom):
    text = delimiter.join(["touchpoint", "csat", "comment"]) + "\r\n"
    text += delimiter.join(["carrito", "4", '"Bien, rápido; sin\nesperas"']) + "\r\n"
    text += delimiter.join(["carrito", "2", ""]) + "\r\n"
    responses = read_responses(write(tmp_path, text, bom=bom), doc)
    tally = responses.tallies["carrito"]
    assert tally.metrics["csat"].counts == [0, 0, 1, 0, 1, 0]
    assert tally.quotes == ["Bien, rápido; sin\nesperas"]
    assert (responses.rows, responses.skipped, responses.source) == (2, 0, "survey.csv")


def test_files_that_cannot_be_read(tmp_path, doc):
    assert refusal(write(tmp_path, ""), doc) == [f"{tmp_path / 'survey.csv'}: the file is empty"]
    assert refusal(write(tmp_path, "\n\n", bom=True), doc)[0].endswith(": the file is empty")
    latin1 = tmp_path / "latin1.csv"
    latin1.write_bytes("touchpoint;csat\nPago en caja;5\nEspaña;4\n".encode("latin-1"))
    assert refusal(latin1, doc) == [f"{latin1}: the file is not valid UTF-8"]
    assert refusal(tmp_path / "missing.csv", doc) == [
        f"{tmp_path / 'missing.csv'}: No such file or directory"]
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    assert refusal(folder, doc) == [f"{folder}: is a folder, not a regular file"]
    fake = write(tmp_path, "touchpoint;csat\n", name="fake.xlsx")
    assert refusal(fake, doc) == [f"{fake}: not an XLSX workbook (it is not a ZIP archive)"]
    huge = write(tmp_path, f"touchpoint;csat\ncarrito;{'4' * 200_000}\n")
    assert refusal(huge, doc) == [
        f"{huge}: not a CSV file that can be read: field larger than field limit (131072)"]


def test_unreadable_file(tmp_path, doc):
    """The system's reason, whoever runs the tests (root reads a file of mode 000)."""
    inside_a_file = write(tmp_path, "touchpoint;csat\n") / "survey.csv"
    assert refusal(inside_a_file, doc) == [f"{inside_a_file}: Not a directory"]
    assert refusal(inside_a_file.with_suffix(".xlsx"), doc) == [
        f"{inside_a_file.with_suffix('.xlsx')}: Not a directory"]


def test_no_touchpoint_or_score_column_refuses_the_file(tmp_path, doc):
    path = write(tmp_path, "quién;nota\ncarrito;5\n")
    assert [text.split(": ", 1)[1] for text in refusal(path, doc)] == [
        'row 1: no touchpoint column: none of the columns ("quién", "nota") is named '
        '"touchpoint" or "punto de contacto"',
        'row 1: no score column: none of the columns ("quién", "nota") is named "nps", '
        '"csat" or "ces"']


def test_xlsx_first_sheet_or_the_one_named(tmp_path, doc):
    path = workbook(tmp_path, [["Punto de contacto", "NPS", "Fecha"],
                               ["carrito", 10, datetime(2026, 3, 5, 14, 30)],
                               ["carrito", 6.0, date(2026, 3, 1)], [None, None, None],
                               ["Carrito y formulario de pago", 9, "2026-03-09"]],
                    sheets=("Respuestas", "Otra"))
    responses = read_responses(path, doc)
    nps = responses.tallies["carrito"].metrics["nps"]
    assert (nps.counts[6], nps.counts[9], nps.counts[10], nps.first, nps.last) == (
        1, 1, 1, "2026-03-01", "2026-03-09")
    assert responses.rows == 3  # the blank row is not an answer
    assert refusal(path, doc, sheet="Hoja 2") == [
        f'{path}: no sheet named "Hoja 2" (the sheets are "Respuestas", "Otra")']
    with pytest.raises(LoadError) as caught:
        read_responses(path, doc, sheet="Otra")  # a sheet without the columns
    assert "no touchpoint column" in caught.value.lines()[0]


# --- rows ----------------------------------------------------------------------------------


def test_every_bad_row_with_its_row_and_column(tmp_path, doc):
    text = ("touchpoint;nps;csat;ces;date;comment\n"
            "carrito;10;5;1;2026-01-02;ok\n"          # row 2
            "Pago;8;4;;;\n"                            # row 3: unknown touchpoint
            "carrito;11;6;0;02/01/2026;\n"            # row 4: four bad cells
            ";5;;;;\n"                                 # row 5: answers, no touchpoint
            ";;;;;\n"                                  # row 6: blank: not a row
            "carrito;7,5;4.0;7,0;2026-01-03T10:00:00+01:00;\n"  # row 7: 7,5 is no score
            "carrito;abc;;;;\n")                       # row 8
    responses = read_responses(write(tmp_path, text), doc)
    assert lines(responses.problems) == [
        'row 3: no touchpoint with id or title "Pago"',
        'row 4, column "nps": "11" is outside 0–10',
        'row 4, column "csat": "6" is outside 1–5',
        'row 4, column "ces": "0" is outside 1–7',
        'row 4, column "date": "02/01/2026" is not an ISO date (YYYY-MM-DD) or date and time',
        'row 5, column "touchpoint": no touchpoint given for these answers',
        'row 7, column "nps": "7,5" is not a whole number from 0 to 10',
        'row 8, column "nps": "abc" is not a whole number from 0 to 10',
    ]
    assert lines(responses.problems[:2], "es") == [
        'fila 3: no hay ningún punto de contacto con el identificador o el título "Pago"',
        'fila 4, columna "nps": "11" está fuera de 0–10']
    assert (responses.rows, responses.skipped, responses.problem_count) == (6, 5, 8)
    # only the good row counts
    assert responses.tallies["carrito"].metrics["csat"].counts == [0, 0, 0, 0, 0, 1]


def test_whole_numbers_written_as_decimals_and_titles_in_any_case(tmp_path, doc):
    text = ("touchpoint,csat,ces\n"
            "  carrito y FORMULARIO de pago ,4.0,\"7,0\"\n"
            "carrito,,6\n")
    tally = read_responses(write(tmp_path, text), doc).tallies["carrito"]
    assert tally.metrics["csat"].counts == [0, 0, 0, 0, 1, 0]  # the empty cell: no answer
    assert tally.metrics["ces"].counts == [0, 0, 0, 0, 0, 0, 1, 1]


def test_one_metric_alone_with_cells_written_in_several_ways(tmp_path, doc):
    # one metric: the loop reads it three times, the second and third into a slot
    # never read; a cell written another way ("4.0") takes the careful path each time
    text = "touchpoint,csat\ncarrito,4\ncarrito,4.0\ncarrito,4.0\ncarrito,\ncarrito,5\n"
    tally = read_responses(write(tmp_path, text), doc).tallies["carrito"]
    assert tally.metrics == {"csat": tally.metrics["csat"]}
    assert tally.metrics["csat"].counts == [0, 0, 0, 0, 3, 1]


def test_a_title_shared_by_two_touchpoints_needs_the_id(tmp_path, doc):
    data = doc.model_dump(by_alias=True)
    data["touchpoints"][1]["title"] = doc.touchpoints[0].title.upper()
    twin = Document.model_validate(data)
    text = f"touchpoint;nps\n{doc.touchpoints[0].title};9\n{doc.touchpoints[1].id};9\n"
    responses = read_responses(write(tmp_path, text), twin)
    assert lines(responses.problems) == [
        'row 2: "Anuncio patrocinado en Instagram" is the title of several touchpoints '
        "('ig-anuncio' or 'influencer'): give the id"]
    assert list(responses.tallies) == ["influencer"]


def test_a_comment_longer_than_a_quote_may_be(tmp_path, doc):
    text = f"touchpoint;csat;comment\ncarrito;4;{'x' * 20_001}\n"
    responses = read_responses(write(tmp_path, text), doc)
    assert lines(responses.problems) == [
        'row 2, column "comment": the comment has 20,001 characters, more than the 20,000 a '
        "quote may have"]
    assert responses.tallies == {}


def test_problems_past_the_limit_are_counted(tmp_path, doc, monkeypatch):
    monkeypatch.setattr(tally_module, "MAX_PROBLEMS", 2)
    text = "touchpoint;csat\n" + "carrito;9\n" * 5
    responses = read_responses(write(tmp_path, text), doc)
    assert len(responses.problems) == 2 and responses.problem_count == 5
    assert lines(responses.listed_problems())[-1] == "and 3 more problems"


def test_quotes_newest_first_without_duplicates_or_what_is_quoted_already(tmp_path, doc):
    quoted = doc.touchpoint("carrito").quotes[0].strip("«»")
    data = doc.model_dump(by_alias=True)
    data["touchpoints"][8]["quotes"] = [quoted]
    mapped = Document.model_validate(data)
    text = ("touchpoint;csat;date;comment\n"
            "carrito;4;2026-01-05;Muy lento\n"
            "carrito;4;2026-01-09;  muy   LENTO \n"    # the same words: kept once, newest
            f"carrito;4;2026-01-07;{quoted}\n"          # quoted already
            "carrito;4;2026-01-08;Bien\n"
            "carrito;4;;Sin fecha\n")
    tally = read_responses(write(tmp_path, text), mapped).tallies["carrito"]
    assert tally.quotes == ["muy   LENTO", "Bien", "Sin fecha"]


def test_at_most_twenty_quotes_the_newest(tmp_path, doc):
    rows = [f"carrito;4;2026-02-{day:02d};comentario {day}" for day in range(1, 29)]
    text = "touchpoint;csat;date;comment\n" + "\n".join(rows) + "\n"
    tally = read_responses(write(tmp_path, text), doc).tallies["carrito"]
    assert tally.quotes == [f"comentario {day}" for day in range(28, 8, -1)]
    rows = [f"carrito;4;;comentario {n}" for n in range(30)]  # no dates: file order
    text = "touchpoint;csat;date;comment\n" + "\n".join(rows) + "\n"
    tally = read_responses(write(tmp_path, text), doc).tallies["carrito"]
    assert tally.quotes == [f"comentario {n}" for n in range(20)]


def test_dates_of_each_metric(tmp_path, doc):
    text = ("touchpoint;nps;csat;date\n"
            "carrito;9;;2026-01-10\n"
            "carrito;;4;2026-03-01\n"
            "carrito;7;4;2026-02-01\n"
            "carrito;8;;\n")
    metrics = read_responses(write(tmp_path, text), doc).tallies["carrito"].metrics
    assert (metrics["nps"].first, metrics["nps"].last) == ("2026-01-10", "2026-02-01")
    assert (metrics["csat"].first, metrics["csat"].last) == ("2026-02-01", "2026-03-01")


def test_progress_and_cancel(tmp_path, doc, monkeypatch):
    monkeypatch.setattr(tally_module, "CHECK_EVERY", 4)
    path = write(tmp_path, "touchpoint;csat\n" + "carrito;4\n" * 10)
    seen: list[tuple[int, float]] = []
    read_responses(path, doc, progress=lambda rows, done: seen.append((rows, done)))
    assert [rows for rows, _ in seen] == [2, 6, 10]  # before rows 4 and 8 of the file, the end
    assert 0 < seen[0][1] <= seen[1][1] <= seen[2][1] == 1.0  # bytes read, buffered
    with pytest.raises(ImportCancelled):
        read_responses(path, doc, cancelled=lambda: True)


# --- plan and edit -----------------------------------------------------------------------


def test_plan_and_one_edit_that_undoes_exactly(tmp_path, doc):
    text = ("touchpoint;nps;csat;ces;date;comment\n"
            "carrito;9;4;2;2026-01-05;Rápido\n"
            "carrito;6;5;4;2026-01-07;\n"
            "entrega;10;;;;\n")
    responses = read_responses(write(tmp_path, text), doc)
    plan = plan_import(doc, responses)
    assert [(c.touchpoint, c.metric, c.old, c.new, c.n, c.low, c.high, c.first, c.last)
            for c in plan.changes] == [
        ("carrito", "nps", None, 0, 2, -100, 100, "2026-01-05", "2026-01-07"),
        ("carrito", "csat", 39, 100, 2, 34.2, 100, "2026-01-05", "2026-01-07"),
        ("carrito", "ces", 6.1, 3, 2, 1, 7, "2026-01-05", "2026-01-07"),
        ("entrega", "nps", None, 100, 1, 100, 100, None, None),
    ]
    assert plan.quotes == {"carrito": ("Rápido",)}
    work = doc.model_copy(deep=True)
    edit = survey_edit(work, plan)
    assert len(edit.ops) == 2  # one replacement per touchpoint
    edits.apply(work, edit)
    carrito = work.touchpoint("carrito")
    assert (carrito.metrics.nps, carrito.metrics.csat, carrito.metrics.ces) == (0, 100, 3)
    proof = carrito.metrics.evidence.csat
    assert (proof.n, proof.low, proof.high, proof.source, proof.from_, proof.to) == (
        2, 34.2, 100, "survey.csv", "2026-01-05", "2026-01-07")
    assert carrito.quotes == [*doc.touchpoint("carrito").quotes, "Rápido"]
    assert work.touchpoint("entrega").metrics.evidence.nps.from_ is None
    assert work.touchpoint("entrega").metrics.csat == 90  # not in the survey: kept
    edits.revert(work, edit)
    assert work == doc


# --- the example survey --------------------------------------------------------------------


def test_the_example_survey_csv_and_xlsx_say_the_same(doc):
    from_csv = read_responses(SURVEY_CSV, doc)
    from_xlsx = read_responses(SURVEY_XLSX, doc)
    assert from_csv.tallies == from_xlsx.tallies
    assert lines(from_csv.problems) == lines(from_xlsx.problems) == [
        'row 19, column "csat": "6" is outside 1–5',
        'row 41: no touchpoint with id or title "Pago"',
        'row 62, column "nps": "diez" is not a whole number from 0 to 10']
    assert 60 <= from_csv.rows <= 120


def test_the_example_survey_contradicts_a_happy_touchpoint(doc):
    """"Entrega del paquete" is very positive on the map (emotion 2, CSAT 90); the survey
    says otherwise: its whole CSAT interval lies under 60 %."""
    plan = plan_import(doc, read_responses(SURVEY_CSV, doc))
    csat = next(c for c in plan.changes if (c.touchpoint, c.metric) == ("entrega", "csat"))
    assert doc.touchpoint("entrega").emotion == 2
    assert (csat.old, csat.new, csat.n, csat.low, csat.high) == (90, 30, 20, 14.5, 51.9)
    assert csat.high < 60


def test_dates_and_times_read_fast_are_still_checked(tmp_path, doc):
    """A date and time is read from its day and its time, each remembered once valid:
    a bad day or a bad time after good ones is still refused."""
    text = ("touchpoint;csat;date\n"
            "carrito;4;2026-01-05T10:00:00\n"
            "carrito;4;2026-01-06T10:00:00\n"
            "carrito;4;2026-02-30T10:00:00\n"
            "carrito;4;2026-01-05T25:00:00\n"
            "carrito;4;20260105T1\n"
            "carrito;4;2026-01-04 10:00:00+01:00\n")
    responses = read_responses(write(tmp_path, text), doc)
    assert [p.place.row for p in responses.problems] == [4, 5, 6]
    csat = responses.tallies["carrito"].metrics["csat"]
    assert (csat.n, csat.first, csat.last) == (3, "2026-01-04", "2026-01-06")
