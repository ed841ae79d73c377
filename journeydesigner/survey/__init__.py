"""Importing survey responses into a map (Qt-free): the metrics NPS, CSAT and CES of
each touchpoint with their evidence, and comments as quotes.

The steps, each usable alone (the command line's ``import-responses`` runs them in
turn; an import dialog can show each):

1. :func:`detect_columns` — a file's headers and which column plays which role
   (:mod:`.columns`);
2. :func:`read_responses` — every row read and tallied per touchpoint, with a progress
   callback, a cancel check and the problems of each bad row (:mod:`.tally`, over the
   CSV and XLSX readers of :mod:`.reader`);
3. :func:`plan_import` — the changes, metric by metric, for a preview; the figures are
   those of :mod:`.statistics`;
4. :func:`survey_edit` — the plan as one edit (one undo step) of :mod:`journeydesigner.edits`.
"""

from __future__ import annotations

from .columns import ROLES, ColumnChoice, choose_columns
from .importer import ImportPlan, MetricChange, plan_import, survey_edit
from .tally import ImportCancelled, Responses, detect_columns, read_responses

__all__ = [
    "ROLES",
    "ColumnChoice",
    "ImportCancelled",
    "ImportPlan",
    "MetricChange",
    "Responses",
    "choose_columns",
    "detect_columns",
    "plan_import",
    "read_responses",
    "survey_edit",
]
