"""The service blueprint: with frontstage, backstage or support lanes in the map, the
touchpoints no note of those lanes supports, and the negative paths that lead to one."""

from __future__ import annotations

from ..model import BLUEPRINT_LANES
from .index import MapIndex, lives
from .results import AddFinding, Analysis, Link


def find_blueprint(m: MapIndex, result: Analysis, add: AddFinding) -> None:
    """Nothing for a map without blueprint lanes. Otherwise each counted touchpoint no
    counted blueprint note is linked to is unsupported (a warning), and a negative path
    into an unsupported touchpoint is a problem: where the customer is let down, no
    one behind the line of visibility is there to recover."""
    lanes = {lane.id for lane in m.doc.lanes if lane.kind in BLUEPRINT_LANES}
    if not lanes:
        return
    result.blueprint = True
    supported = {
        tp_id
        for note in m.doc.notes
        if note.lane in lanes and lives(note.personas, m.persona)
        for tp_id in note.touchpoints
    }
    for tp_id in m.sorted_ids(t.id for t in m.tps if t.id not in supported):
        result.unsupported.append(tp_id)
        add(
            "unsupported_touchpoint",
            "warning",
            [tp_id],
            [],
            f"Unsupported touchpoint: {m.title(tp_id)} ({m.place(tp_id)}) — no frontstage, "
            "backstage or support note is linked to it.",
            f"Punto de contacto sin soporte: {m.title(tp_id)} ({m.place(tp_id)}) — ninguna "
            "nota de primer plano, trastienda o soporte está vinculada a él.",
        )
    unsupported = set(result.unsupported)
    negative = [c for c in m.conns if c.polarity == "negative" and c.target in unsupported]
    for conn in sorted(negative, key=lambda c: m.order[c.target]):
        result.unsupported_negative_paths.append(Link(conn.id, conn.source, conn.target,
                                                      conn.label))
        add(
            "unsupported_negative_path",
            "problem",
            [conn.source, conn.target],
            [conn.id],
            f"Negative path without support: {m.title(conn.source)} → {m.title(conn.target)} "
            f"— nothing behind the line of visibility supports {m.title(conn.target)}.",
            f"Camino negativo sin soporte: {m.title(conn.source)} → {m.title(conn.target)} "
            f"— nada detrás de la línea de visibilidad apoya {m.title(conn.target)}.",
        )
