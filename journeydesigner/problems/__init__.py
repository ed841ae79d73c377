"""Problems as data, worded at the edge (Qt-free).

Every load problem, edit refusal and clipboard problem is a :class:`Problem`: a
stable ``code``, its :class:`Place` in the file and its ``params``. Nothing in the
core writes sentences; :func:`word` and :func:`line` word a problem in a language
("en", "es") from the tables of :mod:`.en` and :mod:`.es`. The command line words
in English (``validate --lang es`` or an ``es`` locale for Spanish), the window in
the interface language.

Declaring and wording a new code
--------------------------------
1. Declare it once, with the names of its parameters, in :mod:`.codes` (the
   catalogue of every code, grouped by what reports it)::

       NO_LANE = declare("reference.no_lane", "id")

2. Report it: calling the code makes the problem and checks the parameters'
   names (a missing or unknown one raises ``TypeError`` at once)::

       problems.append(NO_LANE(Place("touchpoints[3].lane"), id=tp.lane))

   In a pydantic validator raise ``ProblemError(NO_LANE(id=value))``: the loader
   and the edits take its code and parameters, the place comes from pydantic.

3. Word it in **both** :mod:`.en` and :mod:`.es` (``MESSAGES[code]``), a
   ``str.format`` template using exactly the declared parameters::

       "reference.no_lane": 'no lane with id "{id}"',             # en
       "reference.no_lane": 'no hay ningún carril con el identificador "{id}"',  # es

   ``tests/core/test_problem_wording.py`` fails when a code has no wording in a
   language or when a template's fields differ from the code's parameters.

Templates may convert a field: ``{kind!t}`` words a term (``TERMS["kind"][value]``
of the same language: the kind of a value, a JSON complaint; a value it lacks is
shown as it is), ``{value!j}`` quotes text from the file as JSON does (one line,
control characters escaped), ``{value!r}`` is Python's ``repr`` and ``{options!l}``
lists a list's items (``'a', 'b' or 'c'``). Numbers follow the language (``{limit:,}`` is 10,000 in
English and 10 000 in Spanish, ``{size:.1f}`` 70.3 and 70,3).
"""

from __future__ import annotations

import json
import os
import string
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from importlib import import_module
from typing import Any

LANGUAGES = ("en", "es")


@dataclass(frozen=True)
class Place:
    """Where a problem is: a path in the document (``touchpoints[3].stage``), a line
    and column of the JSON text, or both; ``byte`` for text that is not UTF-8; a
    ``row`` of a table (a survey file, the header being row 1) and the ``header`` of
    its column. The empty place is the file as a whole."""

    path: str = ""
    line: int | None = None
    column: int | None = None
    byte: int | None = None
    row: int | None = None
    header: str | None = None

    def __bool__(self) -> bool:
        return bool(self.path) or self.line is not None or self.row is not None

    def within(self, prefix: str) -> Place:
        """This place inside the value at ``prefix`` (``document`` of a recovery file)."""
        if not self.path:
            return replace(self, path=prefix)
        joined = f"{prefix}{self.path}" if self.path.startswith("[") else f"{prefix}.{self.path}"
        return replace(self, path=joined)


NOWHERE = Place()


@dataclass(frozen=True)
class Problem:
    """One broken rule: its ``code``, its ``place`` and the ``params`` its wording
    uses (plain JSON values: text, numbers, booleans, None). ``str()`` is the
    English ``place: message`` line."""

    code: str
    place: Place = NOWHERE
    params: Mapping[str, Any] = field(default_factory=dict, hash=False)

    def at(self, place: Place | str) -> Problem:
        """The same problem at ``place`` (a :class:`Place` or a path)."""
        return replace(self, place=place if isinstance(place, Place) else Place(place))

    @property
    def message(self) -> str:
        """The English message, without the place."""
        return word(self)

    def __str__(self) -> str:
        return line(self)


@dataclass(frozen=True)
class Code:
    """A declared code and the names of its parameters; call it to make a problem."""

    name: str
    params: tuple[str, ...]

    def __call__(self, place: Place | str = NOWHERE, /, **params: Any) -> Problem:
        if set(params) != set(self.params):
            raise TypeError(f"{self.name} takes {self.params}, not {tuple(params)}")
        return Problem(self.name, place if isinstance(place, Place) else Place(place), params)


#: Every declared code by name (filled by :func:`declare`, see :mod:`.codes`).
CODES: dict[str, Code] = {}


def declare(name: str, *params: str) -> Code:
    """Declare the code ``name`` with its parameters' names; each code once."""
    if name in CODES:
        raise ValueError(f"problem code {name} is declared twice")
    code = CODES[name] = Code(name, params)
    return code


class ProblemError(ValueError):
    """An exception carrying a problem (a refused edit, a value a validator refuses);
    ``str()`` is its English message."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        super().__init__(str(problem))


# --- wording -------------------------------------------------------------------------


def _table(language: str) -> Any:
    return import_module(f"{__name__}.{language if language in LANGUAGES else 'en'}")


class _Formatter(string.Formatter):
    """``str.format`` with the conversions ``!t`` (a term of the language) and ``!j``
    (JSON quoting), and numbers written the language's way."""

    def __init__(self, table: Any) -> None:
        self.table = table
        self.field = ""

    def get_value(self, key: int | str, args: Any, kwargs: Mapping[str, Any]) -> Any:
        self.field = str(key)  # the field a ``!t`` conversion that follows looks up
        return super().get_value(key, args, kwargs)

    def convert_field(self, value: Any, conversion: str | None) -> Any:
        if conversion == "t":
            return self.table.TERMS.get(self.field, {}).get(value, value)
        if conversion == "j":
            return json.dumps(value, ensure_ascii=False)
        if conversion == "l":
            return self.table.alternatives([repr(item) for item in value])
        return super().convert_field(value, conversion)

    def format_field(self, value: Any, format_spec: str) -> str:
        text = super().format_field(value, format_spec)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return self.table.number(text)
        return text


def word(problem: Problem, language: str = "en") -> str:
    """The message of ``problem`` in ``language`` (English for one it has no table of)."""
    table = _table(language)
    template = table.MESSAGES.get(problem.code)
    if template is None:  # an undeclared code: never hidden, never a traceback
        return f"{problem.code} {dict(problem.params)}"
    return _Formatter(table).format(template, **problem.params)


def word_place(place: Place, language: str = "en") -> str:
    """``place`` in ``language``: a path stays as it is, a line and column do not."""
    table = _table(language)
    if place.row is not None:
        if place.header is None:
            return table.PLACES["row"].format(row=place.row)
        return table.PLACES["row_column"].format(row=place.row, header=json.dumps(
            place.header, ensure_ascii=False))
    if place.byte is not None:
        where = table.PLACES["byte"].format(byte=place.byte, line=place.line)
    elif place.line is not None:
        where = table.PLACES["line"].format(line=place.line, column=place.column)
    else:
        return place.path
    return table.PLACES["path"].format(path=place.path, where=where) if place.path else where


def line(problem: Problem, language: str = "en") -> str:
    """``place: message`` in ``language``, or the message alone for the whole file."""
    message = word(problem, language)
    return f"{word_place(problem.place, language)}: {message}" if problem.place else message


def language_from_environment(environ: Mapping[str, str] = os.environ) -> str:
    """"es" when the locale asks for Spanish (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``,
    ``LANG``, as gettext reads them), else "en"."""
    locale = next((environ[n] for n in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(n)), "")
    if locale.split(".")[0] in ("C", "POSIX"):  # as gettext: then LANGUAGE is not read
        return "en"
    wanted = [*environ.get("LANGUAGE", "").split(":"), locale]
    for name in filter(None, wanted):
        language = name.split("_")[0].split(".")[0].lower()
        if language in LANGUAGES:
            return language
    return "en"
