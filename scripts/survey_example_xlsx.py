"""Write tests/examples/compra-online.es.respuestas.xlsx from the CSV beside it.

The workbook holds the same rows as the CSV, as a spreadsheet would: scores as
numbers, dates as dates (date and time where the CSV has a time), text as text, an
empty cell as nothing. Run it after changing the CSV (it needs openpyxl, a test
dependency); ``tests/core/test_survey_import.py`` checks that both files say the same.

    .venv/bin/python scripts/survey_example_xlsx.py
"""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook

ROOT = Path(__file__).resolve().parents[1]
CSV = ROOT / "tests" / "examples" / "compra-online.es.respuestas.csv"
XLSX = CSV.with_suffix(".xlsx")


def cell(text: str) -> object:
    """A CSV field as a sheet would hold it."""
    if text.isdigit():
        return int(text)
    for kind in (date, datetime):
        try:
            return kind.fromisoformat(text)
        except ValueError:
            pass
    return text or None


def main() -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "Respuestas"
    with CSV.open(encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.reader(handle, delimiter=";")):
            sheet.append(row if number == 0 else [cell(text) for text in row])
    for column, width in zip("ABCDEF", (34, 6, 6, 6, 20, 48), strict=True):
        sheet.column_dimensions[column].width = width
    book.properties.creator = "JourneyDesigner"
    fixed = datetime(2026, 12, 1)  # the same bytes on every run but the zip's own dates
    book.properties.created = book.properties.modified = fixed
    book.save(XLSX)
    print(f"{XLSX.relative_to(ROOT)}: {sheet.max_row - 1} rows")


if __name__ == "__main__":
    main()
