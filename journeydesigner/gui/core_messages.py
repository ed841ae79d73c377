"""Problems of the Qt-free core (load problems, refused edits, the clipboard,
saving) worded in the interface language.

The core reports problems as values (:mod:`journeydesigner.problems`); the window
words them here, with the language :func:`.i18n.install_translators` installed.
A path in the document (``touchpoints[3].stage``) stays as it is; a line and
column are worded too.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..problems import Problem, line
from .i18n import interface_language


def problem_text(problem: Problem) -> str:
    """``place: message`` (or the message alone) in the interface language."""
    return line(problem, interface_language())


def problem_lines(problems: Iterable[Problem]) -> list[str]:
    """:func:`problem_text` of each problem."""
    language = interface_language()
    return [line(problem, language) for problem in problems]
