"""Survey files read row by row: CSV and XLSX (Qt-free).

:func:`open_table` gives a :class:`Table`: the header row and an iterator of the rows
after it, each with its row number as a spreadsheet shows it (the header row is row 1
of a CSV file; an XLSX sheet keeps its own numbers). A CSV file is UTF-8, with or
without a byte order mark, its delimiter (``,``, ``;`` as Spanish spreadsheets write,
or a tab) sniffed from the header line; it is decoded as it is read, never whole. An
XLSX workbook (``.xlsx``, ``.xlsm``) is read with python-calamine, which parses the
sheet in native code (bench/RESULTS.md: 16 times faster than openpyxl's streaming
reader at 200,000 rows, for about 80 MB more; a sheet has at most 1,048,576 rows).
Cells are text in a CSV file; in a workbook numbers, dates and text as the sheet
holds them, an empty cell ``""``. What keeps a file from being read raises
:class:`~journeydesigner.fileio.LoadError` naming it.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any, BinaryIO

from ..fileio import LoadError, open_regular
from ..problems import Problem, ProblemError
from ..problems import codes as C  # noqa: N812
from .columns import listed

#: Extensions read as workbooks; any other file is read as CSV text.
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
DELIMITERS = (",", ";", "\t")


@dataclass
class Table:
    """A survey file open for reading: its ``headers`` (the first row that is not
    empty), ``rows`` (row number, cells) after it, and :meth:`fraction`, how much of the
    file has been read (0–1) once ``rows`` has reached row ``row``, for a progress bar.
    Read ``rows`` inside :func:`reading`."""

    headers: tuple[str, ...]
    rows: Iterator[tuple[int, Sequence[Any]]]
    _done: Any = field(repr=False)
    _close: Any = field(repr=False)

    def fraction(self, row: int) -> float:
        return self._done(row)

    def close(self) -> None:
        self._close()

    def __enter__(self) -> Table:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def is_workbook(path: str | os.PathLike[str]) -> bool:
    return Path(path).suffix.lower() in WORKBOOK_SUFFIXES


def open_table(path: str | os.PathLike[str], sheet: str | None = None) -> Table:
    """``path`` open as a :class:`Table` (a workbook's first sheet, or ``sheet``);
    raises ``LoadError`` for a file that cannot be read, is empty, is not UTF-8 text or
    not a workbook, or lacks ``sheet``. Close the table (or use it in ``with``)."""
    try:
        handle = open_regular(path)
    except ProblemError as refused:
        raise LoadError(path, [refused.problem]) from None
    except OSError as exc:
        raise LoadError(path, [_unreadable(exc)]) from None
    try:
        if is_workbook(path):
            handle.close()
            return _workbook_table(path, sheet)
        return _csv_table(path, handle)
    except BaseException:
        handle.close()
        raise


def _unreadable(exc: OSError) -> Problem:
    return C.FILE_UNREADABLE(reason=exc.strerror or str(exc))


# --- CSV ----------------------------------------------------------------------------------


def sniff_delimiter(header: str) -> str:
    """The delimiter of a CSV file whose header line is ``header``: the one of
    :data:`DELIMITERS` found most often outside quotes (a comma when none is)."""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for char in header:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(DELIMITERS, key=counts.__getitem__)
    return best if counts[best] else ","


def _csv_table(path: str | os.PathLike[str], handle: BinaryIO) -> Table:
    size = os.fstat(handle.fileno()).st_size
    text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
    with reading(path):
        first = text.readline()
        while first and not first.strip():
            first = text.readline()  # blank lines before the header
    if not first:
        raise LoadError(path, [C.FILE_EMPTY()])
    records = csv.reader(chain([first], text), delimiter=sniff_delimiter(first))
    with reading(path):
        headers = tuple(next(records))
    raw = handle.raw if hasattr(handle, "raw") else handle

    def done(row: int) -> float:
        return min(1.0, raw.tell() / size) if size else 1.0

    return Table(headers, enumerate(records, 2), done, text.close)


@contextlib.contextmanager
def reading(path: str | os.PathLike[str]) -> Iterator[None]:
    """Around the reading of a table's rows: text that is not UTF-8, what csv refuses
    (a NUL byte, a field over its size limit) and a failed read raise ``LoadError``.
    (The rows are read without a wrapper of their own: a generator around each row
    cost a fifth of the import's time.)"""
    try:
        yield
    except UnicodeDecodeError:
        raise LoadError(path, [C.FILE_NOT_UTF8()]) from None
    except csv.Error as exc:
        raise LoadError(path, [C.SURVEY_CSV_INVALID(detail=str(exc))]) from None
    except OSError as exc:
        raise LoadError(path, [_unreadable(exc)]) from None


# --- XLSX ---------------------------------------------------------------------------------


def _workbook_table(path: str | os.PathLike[str], sheet: str | None) -> Table:
    from python_calamine import CalamineError, CalamineWorkbook, WorksheetNotFound, ZipError

    try:
        book = CalamineWorkbook.from_path(os.fspath(path))
        names = book.sheet_names
        if sheet is not None and sheet not in names:
            raise LoadError(path, [C.SURVEY_NO_SHEET(name=sheet, sheets=listed(names))])
        if not names:
            raise LoadError(path, [C.FILE_EMPTY()])
        data = book.get_sheet_by_name(sheet if sheet is not None else names[0])
    except ZipError:
        raise LoadError(path, [C.SURVEY_NOT_XLSX()]) from None
    except WorksheetNotFound:
        raise LoadError(path, [C.SURVEY_NO_SHEET(name=sheet, sheets=listed(names))]) from None
    except CalamineError as exc:
        raise LoadError(path, [C.SURVEY_XLSX_DAMAGED(detail=str(exc)[:200])]) from None
    except OSError as exc:
        raise LoadError(path, [_unreadable(exc)]) from None
    start = data.start[0] + 1 if data.start else 1
    rows = enumerate(data.iter_rows(), start)
    header: list[Any] | None = None
    for _, header in rows:
        if any(cell != "" for cell in header):
            break
    else:
        raise LoadError(path, [C.FILE_EMPTY()])
    height = max(1, data.height)
    return Table(tuple(str(cell) for cell in header), rows,
                 lambda row: min(1.0, (row - start) / height), book.close)

