"""Entries, exits, isolated and unreachable touchpoints: the shape of the map's paths."""

from __future__ import annotations

from collections import deque

from .index import MapIndex
from .results import AddFinding, Analysis, Severity


def find_structure(m: MapIndex, result: Analysis, add: AddFinding) -> None:
    """Entries and exits of the connected touchpoints, the isolated ones, and those no
    entry leads to (with why: a loop with no way in, or downstream of one)."""
    connected = [t.id for t in m.tps if m.incoming[t.id] or m.outgoing[t.id]]
    result.entries = m.sorted_ids(t for t in connected if not m.incoming[t])
    result.exits = m.sorted_ids(t for t in connected if not m.outgoing[t])
    connected_set = set(connected)
    result.isolated = m.sorted_ids(t.id for t in m.tps if t.id not in connected_set)

    for tp in result.entries:
        add("entry", "info", [tp], [], f"Entry: {m.title(tp)}", f"Entrada: {m.title(tp)}")
    for tp in result.exits:
        add("exit", "info", [tp], [], f"Exit: {m.title(tp)}", f"Salida: {m.title(tp)}")
    isolated_severity: Severity = "warning" if m.conns else "info"
    for tp in result.isolated:
        add(
            "isolated",
            isolated_severity,
            [tp],
            [],
            f"Isolated: {m.title(tp)} has no connection.",
            f"Aislado: {m.title(tp)} no tiene ninguna conexión.",
        )

    reached = set(result.entries)
    queue = deque(result.entries)
    while queue:
        for c in m.outgoing[queue.popleft()]:
            if c.target not in reached:
                reached.add(c.target)
                queue.append(c.target)
    result.unreachable = m.sorted_ids(t for t in connected if t not in reached)
    if result.unreachable:
        import networkx as nx  # loaded on first use: it slows the app's start

        graph = nx.DiGraph()
        graph.add_edges_from((c.source, c.target) for c in m.conns)
        in_cycle = {
            node
            for component in nx.strongly_connected_components(graph)
            if len(component) > 1
            for node in component
        }
        for tp in result.unreachable:
            if tp in in_cycle:
                en_why = "it is only part of a loop with no way in"
                es_why = "solo forma parte de un ciclo sin entrada"
            else:
                en_why = "it is only reached from a loop with no way in"
                es_why = "solo se llega desde un ciclo sin entrada"
            add(
                "unreachable",
                "warning",
                [tp],
                [],
                f"Unreachable: no entry leads to {m.title(tp)} ({en_why}).",
                f"Inalcanzable: ninguna entrada lleva a {m.title(tp)} ({es_why}).",
            )
