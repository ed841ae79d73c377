"""Where in the JSON text the loader's refusal is (Qt-free).

``json.loads`` tells the place of a syntax error, but its hooks (a duplicate key,
``NaN``, ``1e999``), its integer limit and its recursion limit refuse without one,
and the depth and lone surrogates are found in the parsed data, where lines are
gone. :func:`first_refusal` reads the text again, token by token (only after a
refusal, so an accepted file costs nothing), and names the first such problem in
the text with its path in the document and its line and column.
"""

from __future__ import annotations

import json
import math
import re
import sys

from .problems import Place, Problem
from .problems import codes as C  # noqa: N812

#: A string (with its escapes), a structural character, or any other run (a number,
#: true, false, null, NaN, Infinity); blanks between them are skipped.
_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[{}\[\],:]|[^ \t\n\r{}\[\],:"]+')
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_CONSTANTS = frozenset({"NaN", "Infinity", "-Infinity"})


def line_column(text: str, offset: int) -> tuple[int, int]:
    """The line and column (both from 1, as ``json`` counts them) of ``offset``."""
    return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)


def printable(text: str) -> str:
    """``text`` (a key from the file) fit for a one-line message: control characters and
    lone surrogates escaped as in JSON, so a message can always be printed."""
    escaped = json.dumps(text, ensure_ascii=False)[1:-1]
    return escaped.encode("utf-8", "backslashreplace").decode("utf-8")


def has_lone_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


class _Frame:
    """An object or array being read: the key or index of the value in it now."""

    __slots__ = ("is_object", "at", "keys", "wants_key")

    def __init__(self, is_object: bool) -> None:
        self.is_object = is_object
        self.at: str | int = 0
        self.keys: set[str] = set()
        self.wants_key = is_object


def _path(stack: list[_Frame]) -> str:
    out = ""
    for frame in stack:
        if frame.is_object:
            out = f"{out}.{frame.at}" if out else str(frame.at)
        else:
            out += f"[{frame.at}]"
    return printable(out)


def _string(token: str) -> str:
    return json.loads(token) if "\\" in token else token[1:-1]


def _scalar_problem(token: str) -> Problem | None:
    """What the loader refuses in a number (or constant) token, without its place."""
    if token in _CONSTANTS:
        return C.JSON_CONSTANT(constant=token)
    if not token[:1].isdigit() and token[:1] != "-":
        return None  # true, false, null
    if any(c in token for c in ".eE"):
        try:
            finite = math.isfinite(float(token))
        except ValueError:  # not a number: the parser's syntax error, not ours
            return None
        return None if finite else C.JSON_NUMBER_TOO_LARGE(number=token[:40])
    digits = len(token.lstrip("-"))
    limit = sys.get_int_max_str_digits()
    if limit and digits > limit:
        return C.JSON_INTEGER_TOO_LONG(limit=limit, digits=digits)
    return None


def first_refusal(text: str, max_depth: int) -> Problem | None:
    """The first value of ``text`` (JSON, at least up to that value) that the loader
    refuses: a duplicate key, a constant or number JSON does not have, an integer
    too long, a value nested deeper than ``max_depth``, a lone surrogate; with its
    path and line and column. None when there is none."""
    stack: list[_Frame] = []
    surrogates = _SURROGATE_ESCAPE.search(text) is not None
    for match in _TOKEN.finditer(text):
        token = match.group()
        first = token[0]
        problem: Problem | None = None
        if first == ",":
            if stack:
                frame = stack[-1]
                if frame.is_object:
                    frame.wants_key = True
                else:
                    frame.at = int(frame.at) + 1
            continue
        if first == ":":
            continue
        if first in "}]":
            if stack:
                stack.pop()
            continue
        if stack and stack[-1].wants_key:  # a key
            frame = stack[-1]
            key = _string(token) if first == '"' else token
            frame.at, frame.wants_key = key, False
            if surrogates and has_lone_surrogate(key):
                problem = C.JSON_LONE_SURROGATE()
            elif key in frame.keys:
                problem = C.JSON_DUPLICATE_KEY(key=printable(key[:60]))
            frame.keys.add(key)
        elif len(stack) >= max_depth:  # a value one level too deep
            problem = C.JSON_TOO_DEEP(limit=max_depth)
        elif first in "{[":
            stack.append(_Frame(first == "{"))
        elif first == '"':
            if surrogates and _SURROGATE_ESCAPE.search(token) and has_lone_surrogate(
                    _string(token)):
                problem = C.JSON_LONE_SURROGATE()
        else:
            problem = _scalar_problem(token)
        if problem is not None:
            line, column = line_column(text, match.start())
            return problem.at(Place(_path(stack), line=line, column=column))
    return None
