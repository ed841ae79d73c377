"""pydantic's validation errors as problems: each error ``type`` (with its ``ctx``)
becomes a code with parameters, so no English of pydantic's reaches a user.

A validator of the model raises :class:`~journeydesigner.problems.ProblemError`;
its problem is taken as it is, at the place pydantic names.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError

from ..model import COLOR_PATTERN, FORMAT_NAME, ID_PATTERN, LANGUAGE_PATTERN
from . import Place, Problem, ProblemError
from . import codes as C  # noqa: N812

_PATTERNS = {
    ID_PATTERN: C.VALUE_BAD_ID,
    COLOR_PATTERN: C.VALUE_BAD_COLOR,
    LANGUAGE_PATTERN: C.VALUE_BAD_LANGUAGE,
}
_TYPES = {
    "missing": C.FIELD_MISSING,
    "string_type": C.TYPE_TEXT,
    "int_type": C.TYPE_INTEGER,
    "bool_type": C.TYPE_BOOLEAN,
    "list_type": C.TYPE_LIST,
}
#: ``'a', 'b' or 'c'`` and ``1`` as pydantic writes the values an enum or literal allows
_OPTION = re.compile(r"'((?:[^'\\]|\\.)*)'|(-?\d+)")


def path_of(loc: tuple[int | str, ...]) -> str:
    """pydantic's ``loc`` as a path in the document: ``touchpoints[3].stage``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out


def _options(expected: str) -> list[str | int]:
    return [text if number == "" else int(number)
            for text, number in _OPTION.findall(expected)]


def problem_of(error: Any) -> Problem:
    """One of ``ValidationError.errors()`` as a problem at its place."""
    kind, ctx, loc = error["type"], error.get("ctx") or {}, tuple(error["loc"])
    place = Place(path_of(loc))
    if kind == "value_error" and isinstance(ctx.get("error"), ProblemError):
        problem = ctx["error"].problem  # a place it has is inside the object validated
        return problem.at(problem.place.within(place.path) if problem.place else place)
    if kind in _TYPES:
        return _TYPES[kind](place)
    if kind == "literal_error" and loc == ("format",):
        return C.FORMAT_NOT_OURS(place, expected=FORMAT_NAME)
    if kind == "string_pattern_mismatch" and ctx.get("pattern") in _PATTERNS:
        return _PATTERNS[ctx["pattern"]](place, value=error["input"])
    if kind in ("model_type", "model_attributes_type") and "class_name" in ctx:
        return C.TYPE_OBJECT(place, name=ctx["class_name"])
    if kind in ("enum", "literal_error") and _options(str(ctx.get("expected", ""))):
        return C.VALUE_ONE_OF(place, options=_options(str(ctx["expected"])))
    if kind == "greater_than_equal":
        return C.VALUE_AT_LEAST(place, limit=ctx["ge"])
    if kind == "less_than_equal":
        return C.VALUE_AT_MOST(place, limit=ctx["le"])
    if kind == "string_too_long":
        return C.TEXT_TOO_LONG(place, limit=ctx["max_length"])
    detail = str(error["msg"]).removeprefix("Value error, ")
    return C.VALUE_INVALID(place, type=kind, detail=detail)


def problems_of(exc: ValidationError, limit: int | None = None) -> list[Problem]:
    """The errors of ``exc`` as problems, in pydantic's order; the first ``limit`` only
    when given (wording 200,000 errors of a hostile file took seconds)."""
    errors = exc.errors(include_url=False)
    return [problem_of(error) for error in errors[:limit]]
