"""The moments of truth, each with the emotion the team gave it."""

from __future__ import annotations

from ..style import EMOTION_LABELS
from .index import MapIndex
from .results import AddFinding, Analysis


def find_moments_of_truth(m: MapIndex, result: Analysis, add: AddFinding) -> None:
    """One finding per moment of truth, in time order."""
    for tp_id in m.sorted_ids(t.id for t in m.tps if t.moment_of_truth):
        result.moments_of_truth.append(tp_id)
        tp = m.tp[tp_id]
        if tp.emotion is None:
            feel_en, feel_es = "emotion: unknown", "emoción: desconocida"
        else:
            feel_en = f"emotion: {EMOTION_LABELS['en'][tp.emotion].lower()}"
            feel_es = f"emoción: {EMOTION_LABELS['es'][tp.emotion].lower()}"
        add(
            "moment_of_truth",
            "info",
            [tp_id],
            [],
            f"Moment of truth: {m.title(tp_id)} ({m.place(tp_id)}, {feel_en})",
            f"Momento de la verdad: {m.title(tp_id)} ({m.place(tp_id)}, {feel_es})",
        )
