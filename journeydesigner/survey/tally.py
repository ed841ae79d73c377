"""Survey responses read and tallied per touchpoint and metric (Qt-free).

:func:`read_responses` streams a survey file (:mod:`.reader`) row by row: one row is
one answer, about the touchpoint its touchpoint cell names (an id, or a title compared
trimmed and case-insensitively), with a score for any of the metrics the file has
columns for, a date and a comment. Each score is counted per touchpoint and metric, so
memory does not grow with the rows; a touchpoint keeps at most :data:`MAX_QUOTES` of its
comments (the newest when rows have dates, none it quotes already, no duplicates). A row
with any problem is counted nowhere and reported with its row and column: the caller
decides whether such rows refuse the whole import or are skipped.
"""

from __future__ import annotations

import heapq
import math
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ..fileio import LoadError
from ..model import MAX_TEXT, Document
from ..problems import Place, Problem
from ..problems import codes as C  # noqa: N812
from .columns import ColumnChoice, choose_columns, header_key
from .reader import open_table, reading
from .statistics import SCORES

#: Comments an import adds to one touchpoint's quotes at most.
MAX_QUOTES = 20
#: Problems listed at most; the rest are counted (a file whose every row is bad would
#: otherwise hold a million of them in memory).
MAX_PROBLEMS = 10_000
#: Rows between two calls of the progress and cancel callbacks.
CHECK_EVERY = 8192
#: Distinct cells whose reading is remembered per column (touchpoints, dates, scores
#: repeat; a date and time each row does not).
_CACHE_SIZE = 10_000


class ImportCancelled(Exception):
    """The ``cancelled`` callback of :func:`read_responses` said to stop."""


@dataclass
class MetricTally:
    """The answers of one metric at one touchpoint: ``counts[k]`` answers of score
    ``k``, and the ISO dates of the first and last dated one (None when none is)."""

    counts: list[int]
    first: str | None = None
    last: str | None = None

    @property
    def n(self) -> int:
        return sum(self.counts)


@dataclass
class TouchpointTally:
    """What a survey says of one touchpoint: its metrics' tallies and the comments to
    add to its quotes (newest first)."""

    touchpoint: str
    metrics: dict[str, MetricTally] = field(default_factory=dict)
    quotes: list[str] = field(default_factory=list)


@dataclass
class Responses:
    """A survey file read: ``tallies`` by touchpoint id (in map order), the ``rows`` of
    answers read (blank rows aside), how many were ``skipped`` for a problem, the
    ``problems`` (at most :data:`MAX_PROBLEMS`; ``problem_count`` counts them all),
    the ``columns`` used and the ``source`` (the file's name) for the evidence."""

    source: str
    columns: ColumnChoice
    tallies: dict[str, TouchpointTally]
    rows: int
    skipped: int
    problems: list[Problem]
    problem_count: int

    def listed_problems(self) -> list[Problem]:
        """The problems, with one saying how many more there are past the listed ones."""
        more = self.problem_count - len(self.problems)
        return self.problems + ([C.SURVEY_MORE_PROBLEMS(count=more)] if more else [])


def detect_columns(path: str | os.PathLike[str], sheet: str | None = None,
                   named: Mapping[str, str] | None = None
                   ) -> tuple[ColumnChoice, list[Problem]]:
    """The header row of the survey file ``path`` and which column plays which role,
    with the problems that keep it from being imported (see
    :func:`.columns.choose_columns`); raises ``LoadError`` for a file that cannot be
    read."""
    with open_table(path, sheet) as table:
        return choose_columns(table.headers, named)


def read_responses(
    path: str | os.PathLike[str],
    doc: Document,
    columns: ColumnChoice | None = None,
    *,
    named: Mapping[str, str] | None = None,
    sheet: str | None = None,
    progress: Callable[[int, float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Responses:
    """Read and tally every row of ``path`` against the touchpoints of ``doc``.

    ``columns`` (from :func:`detect_columns`, perhaps changed by the user) says which
    column plays which role; without it they are chosen from the headers and ``named``.
    Every :data:`CHECK_EVERY` rows ``progress(rows read, fraction of the file)`` is
    called and ``cancelled()`` asked, which stops the reading with
    :class:`ImportCancelled`. Raises ``LoadError`` for a file that cannot be read or
    whose columns do not do (no touchpoint or score column…)."""
    with open_table(path, sheet) as table:
        if columns is None:
            columns, problems = choose_columns(table.headers, named)
            if problems:
                raise LoadError(path, problems)
        counter = _Counter(doc, columns)

        def check(row: int) -> None:
            if progress is not None:
                progress(counter.rows, table.fraction(row))
            if cancelled is not None and cancelled():
                raise ImportCancelled

        with reading(path):
            counter.count(table.rows, CHECK_EVERY, check)
    if progress is not None:
        progress(counter.rows, 1.0)
    return counter.responses(Path(path).name[:200])


# --- reading cells ------------------------------------------------------------------------


def cell_text(cell: Any) -> str:
    """A cell as the user wrote it: text as it is, a whole number without ``.0``."""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell)


def _score(cell: Any, metric: str) -> int | Problem | None:
    """The score in ``cell`` (None for an empty one) or the problem with it."""
    low, high = SCORES[metric]
    if isinstance(cell, bool):
        return C.SURVEY_SCORE_INVALID(value=cell_text(cell), low=low, high=high)
    if isinstance(cell, int | float):
        value = float(cell)
    else:
        text = str(cell).strip()
        if not text:
            return None
        try:
            value = float(text.replace(",", "."))  # "7,0" in a Spanish sheet
        except ValueError:
            value = math.nan
    if not math.isfinite(value) or not value.is_integer():
        return C.SURVEY_SCORE_INVALID(value=cell_text(cell), low=low, high=high)
    if not low <= value <= high:
        return C.SURVEY_SCORE_OUT_OF_RANGE(value=cell_text(cell), low=low, high=high)
    return int(value)


def _day(cell: Any) -> str | Problem | None:
    """The ISO date (``YYYY-MM-DD``) of a date, date-time or ISO text cell."""
    if isinstance(cell, datetime):
        return cell.date().isoformat()
    if isinstance(cell, date):
        return cell.isoformat()
    text = str(cell).strip() if isinstance(cell, str) else cell_text(cell)
    if not text:
        return None
    try:
        return datetime.fromisoformat(text).date().isoformat()
    except ValueError:
        return C.SURVEY_DATE_INVALID(value=text)


class _Touchpoints:
    """Touchpoint cells resolved to touchpoint indexes: an id as it is, else a title
    compared as a header is (trimmed, case folded)."""

    def __init__(self, doc: Document) -> None:
        self.ids = {tp.id: i for i, tp in enumerate(doc.touchpoints)}
        self.titles: dict[str, list[int]] = {}
        for i, tp in enumerate(doc.touchpoints):
            self.titles.setdefault(header_key(tp.title), []).append(i)
        self.doc = doc

    def resolve(self, cell: Any) -> int | Problem | None:
        text = cell_text(cell).strip()
        if not text:
            return None
        if text in self.ids:
            return self.ids[text]
        found = self.titles.get(header_key(text), [])
        if len(found) == 1:
            return found[0]
        if found:
            return C.SURVEY_TOUCHPOINT_AMBIGUOUS(
                value=text, ids=[self.doc.touchpoints[i].id for i in found])
        return C.SURVEY_NO_TOUCHPOINT(value=text)


# --- tallying -----------------------------------------------------------------------------


class _Quotes:
    """The newest :data:`MAX_QUOTES` distinct comments of one touchpoint, with what it
    quotes already left out. A comment's key is its date (none: oldest) and then its
    row, earlier first; a min-heap holds the kept ones, entries made stale by a newer
    occurrence of a comment being skipped when they come up."""

    def __init__(self, existing: Sequence[str]) -> None:
        self.existing = {_quote_key(q) for q in existing}
        self.kept: dict[str, tuple[tuple[str, int], str]] = {}
        self.heap: list[tuple[tuple[str, int], str]] = []

    def add(self, text: str, day: str | None, row: int) -> None:
        order = (day or "", -row)
        if len(self.kept) >= MAX_QUOTES and order <= self.heap[0][0]:
            return  # older than every comment kept (a stale entry is older still)
        key = _quote_key(text)
        if key in self.existing:
            return
        held = self.kept.get(key)
        if held is not None:
            if order > held[0]:
                self.kept[key] = (order, text)
                heapq.heappush(self.heap, (order, key))
            return
        if len(self.kept) >= MAX_QUOTES:
            self._drop_stale()
            if order <= self.heap[0][0]:
                return
            _, gone = heapq.heappop(self.heap)
            del self.kept[gone]
        self.kept[key] = (order, text)
        heapq.heappush(self.heap, (order, key))

    def _drop_stale(self) -> None:
        while self.kept[self.heap[0][1]][0] != self.heap[0][0]:
            heapq.heappop(self.heap)

    def newest_first(self) -> list[str]:
        return [text for _, text in sorted(self.kept.values(), reverse=True)]


def _quote_key(text: str) -> str:
    """What makes two quotes the same: their words, whatever the case and spacing."""
    return " ".join(text.split()).casefold()


class _Counter:
    """The running tallies of one file.

    Each touchpoint has one list of slots holding the counts of every score of every
    metric side by side (a metric's score ``k`` at ``offset + k``, an empty cell in a
    last slot that is never read), so a row costs one look-up and one increment per
    metric; the first and last day of each metric are looked at only for a day outside
    all of them (see :meth:`_widen`). :meth:`count`
    takes rows whose every cell was read before (a known touchpoint, score, date or
    nothing) on that fast path; any other row goes through :meth:`add`, which reads
    each cell, reports its problems and remembers what it read for the rows to come."""

    def __init__(self, doc: Document, columns: ColumnChoice) -> None:
        self.doc = doc
        self.columns = columns
        self.metrics = columns.metrics
        self.offsets: list[int] = []
        size = 0
        for metric in self.metrics:
            self.offsets.append(size)
            size += SCORES[metric][1] + 1
        self.empty_slot = size
        #: per metric: cell → slot, for the cells read before (text and numbers)
        self.known_slots: list[dict[Any, int]] = [
            {"": self.empty_slot,
             **{key: offset + k for k in range(SCORES[m][0], SCORES[m][1] + 1)
                for key in (k, str(k))}}
            for m, offset in zip(self.metrics, self.offsets, strict=True)]
        self.known_touchpoints: dict[Any, int] = {}
        self.known_days: dict[Any, str | None] = {"": None}
        self.known_times: set[str] = set()
        self.resolver = _Touchpoints(doc)
        touchpoints = len(doc.touchpoints)
        self.entries = [[0] * (size + 1) for _ in range(touchpoints)]
        #: per metric and touchpoint: the first and last day (``_LATEST`` and ``""``
        #: while there is none)
        self.first = [[_LATEST] * touchpoints for _ in self.metrics]
        self.last = [[""] * touchpoints for _ in self.metrics]
        self.inner_first, self.inner_last = [_LATEST] * touchpoints, [""] * touchpoints
        self.quotes: dict[int, _Quotes] = {}
        self.rows = self.skipped = self.problem_count = 0
        self.problems: list[Problem] = []

    def count(self, rows: Iterator[tuple[int, Sequence[Any]]], every: int,
              check: Callable[[int], None]) -> None:
        """Tally ``rows``, calling ``check(row number)`` every ``every`` rows. The
        counting of :meth:`tally` is written out in the loop (a call per row cost a
        tenth of the import). Rows are taken one at a time: reading chunks of them
        (``islice``) made the import half as slow again, each row's memory no longer
        reused by the next."""
        roles = self.columns.roles
        touchpoint_column = roles["touchpoint"]
        date_column = roles.get("date")
        comment_column = roles.get("comment")
        metrics = len(self.metrics)
        # three metrics always: a file with fewer reads its first again, into the slot
        # that is never read (a look-up per metric, written out: a loop, a list or a call
        # per row cost a tenth of the import)
        (k0, k1, k2), (c0, c1, c2) = _three(self.known_slots, [roles[m] for m in self.metrics],
                                            self.empty_slot)
        touchpoints, days = self.known_touchpoints, self.known_days
        entries, inner_first, inner_last = self.entries, self.inner_first, self.inner_last
        add, quote, widen, new_day = self.add, self._quote, self._widen, self._new_day
        missing = _MISSING
        day_of = days.get
        fast = 0
        next_check = every
        for number, row in rows:
            if number >= next_check:
                next_check = number + every
                self.rows += fast
                fast = 0
                check(number)
            try:
                touchpoint = touchpoints[row[touchpoint_column]]
                s0, s1, s2 = k0[row[c0]], k1[row[c1]], k2[row[c2]]
                comment = "" if comment_column is None else row[comment_column]
                day = None if date_column is None else day_of(row[date_column], missing)
            except (KeyError, IndexError):
                add(number, row)
                continue
            if day is missing:
                day = new_day(row[date_column])
            if day is missing or (comment and (type(comment) is not str
                                               or len(comment) > MAX_TEXT)):
                add(number, row)
                continue
            fast += 1
            entry = entries[touchpoint]
            entry[s0] += 1
            entry[s1] += 1
            entry[s2] += 1
            if day is not None and not inner_first[touchpoint] <= day <= inner_last[touchpoint]:
                widen(touchpoint, [s0, s1, s2][:metrics], day)
            if comment:
                quote(touchpoint, comment.strip(), day, number)
        self.rows += fast

    def tally(self, touchpoint: int, slots: list[int], day: str | None) -> None:
        """Count one row's ``slots`` at ``touchpoint`` on ``day``."""
        entry = self.entries[touchpoint]
        for slot in slots:
            entry[slot] += 1
        if day is not None and not (self.inner_first[touchpoint] <= day
                                    <= self.inner_last[touchpoint]):
            self._widen(touchpoint, slots, day)

    def _widen(self, touchpoint: int, slots: list[int], day: str) -> None:
        """Take ``day`` into the ranges of the metrics a row answers. A day inside every
        metric's range at the touchpoint (its ``inner`` range: the latest first day,
        the earliest last day) would change none, whatever the row answers, so rows
        come here only for a day outside it."""
        for slot, first, last in zip(slots, self.first, self.last, strict=True):
            if slot != self.empty_slot:
                if day < first[touchpoint]:
                    first[touchpoint] = day
                if day > last[touchpoint]:
                    last[touchpoint] = day
        self.inner_first[touchpoint] = max(first[touchpoint] for first in self.first)
        self.inner_last[touchpoint] = min(last[touchpoint] for last in self.last)

    def _quote(self, touchpoint: int, text: str, day: str | None, number: int) -> None:
        """Keep the comment ``text`` (trimmed) of row ``number``, if it says anything."""
        if text:
            quotes = self.quotes.get(touchpoint)
            if quotes is None:
                quotes = self.quotes[touchpoint] = _Quotes(self.doc.touchpoints[touchpoint].quotes)
            quotes.add(text, day, number)

    def _problem(self, problem: Problem, number: int, role: str | None) -> None:
        self.problem_count += 1
        if len(self.problems) < MAX_PROBLEMS:
            header = None if role is None else self.columns.header(role)
            self.problems.append(problem.at(Place(row=number, header=header)))

    def _new_day(self, cell: Any) -> Any:
        """The day of a date cell not read before, or :data:`_MISSING` when it holds
        none. A date is remembered; a date and time is each new, so its day and the
        rest (``T14:30:00``) are remembered apart, once each is known to be valid."""
        if isinstance(cell, str) and len(cell) > 10:
            day, rest = self.known_days.get(cell[:10]), cell[10:]
            if day is not None and rest in self.known_times:
                return day
        day = _moment(cell)
        if day is not _MISSING and isinstance(cell, str) and cell[:10] == day:
            self._remember(self.known_days, day, day)  # not "20260105T1" of "20260105T1000"
            if len(cell) > 10 and len(self.known_times) < _CACHE_SIZE:
                self.known_times.add(cell[10:])
        return day

    @staticmethod
    def _remember(known: dict[Any, Any], cell: Any, value: Any) -> None:
        if len(known) < _CACHE_SIZE:
            known[cell] = value

    def add(self, number: int, row: Sequence[Any]) -> None:
        """Read, check and tally one row, cell by cell."""
        roles = self.columns.roles
        width = max(roles.values()) + 1
        if len(row) < width:
            row = [*row, *[""] * (width - len(row))]
        bad = False
        slots = []
        for metric, offset, known in zip(self.metrics, self.offsets, self.known_slots,
                                         strict=True):
            cell = row[roles[metric]]
            score = _score(cell, metric)
            if isinstance(score, Problem):
                self._problem(score, number, metric)
                bad = True
                continue
            slot = self.empty_slot if score is None else offset + score
            self._remember(known, cell, slot)
            slots.append(slot)
        day = None
        if "date" in roles:
            cell = row[roles["date"]]
            day = _day(cell)
            if isinstance(day, Problem):
                self._problem(day, number, "date")
                bad, day = True, None
            elif not isinstance(cell, datetime) and not (isinstance(cell, str)
                                                         and len(cell) > 10):
                self._remember(self.known_days, cell, day)  # not each date and time
        comment = ""
        if "comment" in roles:
            cell = row[roles["comment"]]
            comment = cell.strip() if isinstance(cell, str) else cell_text(cell)
            if len(comment) > MAX_TEXT:
                self._problem(C.SURVEY_COMMENT_TOO_LONG(limit=MAX_TEXT, length=len(comment)),
                              number, "comment")
                bad = True
        cell = row[roles["touchpoint"]]
        touchpoint = self.resolver.resolve(cell)
        if touchpoint is None:
            if not bad and not any(cell_text(cell).strip() for cell in row):
                return  # a blank row
            self._problem(C.SURVEY_TOUCHPOINT_EMPTY(), number, "touchpoint")
            bad = True
        elif isinstance(touchpoint, Problem):
            self._problem(touchpoint, number, None)
            bad = True
        else:
            self._remember(self.known_touchpoints, cell, touchpoint)
        self.rows += 1
        if bad:
            self.skipped += 1
            return
        self.tally(touchpoint, slots, day)
        self._quote(touchpoint, comment, day, number)

    def responses(self, source: str) -> Responses:
        """The tallies by touchpoint, in map order."""
        tallies: dict[str, TouchpointTally] = {}
        for index, entry in enumerate(self.entries):
            if not any(entry):
                continue  # no row names it
            metrics = {}
            for i, (metric, offset) in enumerate(zip(self.metrics, self.offsets, strict=True)):
                counts = entry[offset:offset + SCORES[metric][1] + 1]
                if any(counts):
                    first, last = self.first[i][index], self.last[i][index]
                    metrics[metric] = MetricTally(counts, None if first == _LATEST else first,
                                                  last or None)
            quotes = self.quotes[index].newest_first() if index in self.quotes else []
            if metrics or quotes:
                touchpoint = self.doc.touchpoints[index].id
                tallies[touchpoint] = TouchpointTally(touchpoint, metrics, quotes)
        return Responses(source, self.columns, tallies, self.rows, self.skipped,
                         self.problems, self.problem_count)


#: What a look-up of a cell not read before gives.
_MISSING: Any = object()


def _moment(cell: Any) -> Any:
    """The day of a date and time (a cell of a workbook) or of ISO text, or
    :data:`_MISSING` for anything else; what is wrong with it is :func:`_day`'s to say."""
    if isinstance(cell, datetime):
        return cell.date().isoformat()
    try:
        return datetime.fromisoformat(cell).date().isoformat()
    except (TypeError, ValueError):
        return _MISSING


def _three(known: list[dict[Any, int]], columns: list[int], empty: int
           ) -> tuple[list[dict[Any, int]], list[int]]:
    """The cells → slots look-ups and the columns of three metrics: those of the file,
    then its first metric's column again with every cell it knows going to ``empty``."""
    pad = dict.fromkeys(known[0], empty)
    return ([*known, pad, pad][:3], [*columns, columns[0], columns[0]][:3])


#: Later than any ISO day: the first day of a metric none of whose answers is dated.
_LATEST = "9999-99-99"
