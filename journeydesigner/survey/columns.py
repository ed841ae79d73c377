"""Which column of a survey file holds what (Qt-free).

A column is found by its header, compared trimmed and case-insensitively, in English or
Spanish (``punto de contacto``, ``fecha``, ``comentario``), or named by the caller (the
command line's ``--csat COL``, the import dialog's choices), which then wins over the
headers. :func:`choose_columns` gives a :class:`ColumnChoice` or the problems that make
the file unusable: no touchpoint column, no score column, a named column the file lacks,
two columns for one role.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ..problems import Place, Problem
from ..problems import codes as C  # noqa: N812

#: The metrics a survey can answer, in the order of the format.
METRICS = ("nps", "csat", "ces")
#: Every role a column can play, in the order the import dialog lists them.
ROLES = ("touchpoint", *METRICS, "date", "comment")
#: The headers each role is recognised by (after :func:`header_key`).
ALIASES: dict[str, tuple[str, ...]] = {
    "touchpoint": ("touchpoint", "punto de contacto"),
    "nps": ("nps",),
    "csat": ("csat",),
    "ces": ("ces",),
    "date": ("date", "fecha"),
    "comment": ("comment", "comentario"),
}
_ROLE_OF = {alias: role for role, aliases in ALIASES.items() for alias in aliases}


def listed(names: Sequence[str]) -> str:
    """Names as a problem lists them: each in double quotes, apart by commas."""
    return ", ".join(json.dumps(name, ensure_ascii=False) for name in names)


def header_key(text: str) -> str:
    """A header as it is compared: trimmed, in NFC, case folded."""
    return unicodedata.normalize("NFC", text.strip()).casefold()


@dataclass(frozen=True)
class ColumnChoice:
    """The ``headers`` of a file (as written) and the index of the column of each
    ``role`` found (``touchpoint``, ``nps``, ``csat``, ``ces``, ``date``, ``comment``);
    a role without a column is absent."""

    headers: tuple[str, ...]
    roles: Mapping[str, int] = field(default_factory=dict)

    @property
    def metrics(self) -> tuple[str, ...]:
        """The metrics the file has a column for."""
        return tuple(m for m in METRICS if m in self.roles)

    def header(self, role: str) -> str:
        return self.headers[self.roles[role]]


def choose_columns(headers: Sequence[str], named: Mapping[str, str] | None = None
                   ) -> tuple[ColumnChoice, list[Problem]]:
    """The columns of each role in a file whose first row is ``headers``; ``named``
    maps a role to the header of the column to use instead (as written or in any case).
    Problems (all at row 1) say what keeps the file from being read: a usable choice
    has a touchpoint and at least one score column."""
    headers = tuple("" if h is None else str(h) for h in headers)
    keys = [header_key(h) for h in headers]
    roles: dict[str, int] = {}
    problems: list[Problem] = []
    named = {role: name for role, name in (named or {}).items() if name is not None}
    for role, name in named.items():
        wanted = header_key(name)
        if wanted not in keys:
            problems.append(C.SURVEY_NO_SUCH_COLUMN(Place(row=1), name=name,
                                                    headers=listed(headers)))
        else:
            roles[role] = keys.index(wanted)
    taken = set(roles.values())
    found: dict[str, list[int]] = {}
    for index, key in enumerate(keys):
        role = _ROLE_OF.get(key)
        if role is not None and role not in named and index not in taken:
            found.setdefault(role, []).append(index)
    for role, indexes in found.items():
        if len(indexes) > 1:
            problems.append(C.SURVEY_COLUMN_TWICE(Place(row=1), role=role,
                                                  headers=listed([headers[i] for i in indexes])))
        roles[role] = indexes[0]
    choice = ColumnChoice(headers, {role: roles[role] for role in ROLES if role in roles})
    if "touchpoint" not in roles and "touchpoint" not in named:
        problems.append(C.SURVEY_NO_TOUCHPOINT_COLUMN(Place(row=1), headers=listed(headers)))
    if not choice.metrics and not any(m in named for m in METRICS):
        problems.append(C.SURVEY_NO_SCORE_COLUMN(Place(row=1), headers=listed(headers)))
    return choice, problems
