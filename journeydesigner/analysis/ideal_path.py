"""The ideal path: the best total emotion from an entry, over positive and neutral
connections that do not go back in time; a longest path on a DAG, linear in the map."""

from __future__ import annotations

from ..model import Polarity
from .index import MapIndex
from .results import AddFinding, Analysis
from .wording import plural, signed


def find_ideal_path(m: MapIndex, result: Analysis, add: AddFinding) -> None:
    """The best path from an entry over positive and neutral connections forward in
    time (see the package documentation), or why there is none."""
    exits = set(result.exits)
    if not m.conns:
        if m.tps:
            add(
                "no_ideal_path",
                "info",
                [],
                [],
                "No ideal path: the map has no connections yet.",
                "Sin camino ideal: el mapa aún no tiene conexiones.",
            )
        return
    if not result.entries:
        add(
            "no_ideal_path",
            "warning",
            [],
            [],
            "No ideal path: every connected touchpoint has an incoming connection, "
            "so the journey has no entry.",
            "Sin camino ideal: todos los puntos de contacto conectados tienen una conexión "
            "de entrada, así que el recorrido no tiene entrada.",
        )
        return

    polarity_rank = {Polarity.POSITIVE: 0, Polarity.NEUTRAL: 1}
    successors: dict[str, list[tuple[str, str]]] = {}
    for tp_id, conns in m.outgoing.items():
        usable = [
            c
            for c in conns
            if c.polarity != Polarity.NEGATIVE and m.when(c.target) >= m.when(tp_id)
        ]
        usable.sort(key=lambda c: (m.order[c.target], polarity_rank[c.polarity]))
        successors[tp_id] = [(c.target, c.id) for c in usable]

    topo, kept = _break_cycles(result.entries, successors)
    weight = {t: (m.tp[t].emotion or 0) for t in topo}
    best: dict[str, tuple[int, int]] = {}  # node -> (total emotion, touchpoints)
    previous: dict[str, tuple[str, str]] = {}  # node -> (touchpoint before, connection)
    for entry in result.entries:
        best[entry] = (weight[entry], 1)
    for node in topo:
        total, length = best[node]
        for target, conn_id in kept[node]:
            candidate = (total + weight[target], length + 1)
            current = best.get(target)
            if (
                current is None
                or candidate[0] > current[0]
                or (candidate[0] == current[0] and candidate[1] < current[1])
            ):
                best[target] = candidate
                previous[target] = (node, conn_id)

    ends = [node for node in best if node in exits]
    reaches_exit = bool(ends)
    if not ends:
        ends = [node for node in best if not kept[node]]

    def rank(node: str) -> tuple:
        total, length = best[node]
        return (-total, length, m.order[node])

    end = min(ends, key=rank)
    path = [end]
    conns: list[str] = []
    while path[-1] in previous:
        before, conn_id = previous[path[-1]]
        path.append(before)
        conns.append(conn_id)
    path.reverse()
    conns.reverse()
    total = best[end][0]
    result.ideal_path = path
    result.ideal_connections = conns
    result.ideal_emotion = total
    result.ideal_reaches_exit = reaches_exit
    steps = " → ".join(m.title(t) for t in path)
    count_en = plural(len(path), "touchpoint", "touchpoints")
    count_es = plural(len(path), "punto de contacto", "puntos de contacto")
    en = f"Ideal path (total emotion {signed(total)}, {count_en}): {steps}"
    es = f"Camino ideal (emoción total {signed(total)}, {count_es}): {steps}"
    if not reaches_exit:
        en += (
            f" — it reaches no exit: positive and neutral connections forward in time "
            f"end at {m.title(end)}"
        )
        es += (
            f" — no llega a ninguna salida: las conexiones positivas y neutras hacia "
            f"delante terminan en {m.title(end)}"
        )
    add("ideal_path", "info" if reaches_exit else "warning", path, conns, en, es)


def _break_cycles(
    starts: list[str], successors: dict[str, list[tuple[str, str]]]
) -> tuple[list[str], dict[str, list[tuple[str, str]]]]:
    """Depth-first walk from ``starts`` (iterative, so long chains are fine).

    Returns the nodes reached in a topological order and, for each, the edges kept:
    every edge except those that close a cycle (back edges), so the kept edges form a DAG.
    """
    state: dict[str, int] = {}  # 1: on the walk's stack, 2: finished
    postorder: list[str] = []
    kept: dict[str, list[tuple[str, str]]] = {}
    for start in starts:
        if start in state:
            continue
        state[start] = 1
        kept[start] = []
        stack = [(start, iter(successors.get(start, ())))]
        while stack:
            node, edges = stack[-1]
            for target, conn_id in edges:
                seen = state.get(target)
                if seen == 1:
                    continue  # closes a cycle: dropped
                kept[node].append((target, conn_id))
                if seen is None:
                    state[target] = 1
                    kept[target] = []
                    stack.append((target, iter(successors.get(target, ()))))
                    break
            else:
                state[node] = 2
                postorder.append(node)
                stack.pop()
    postorder.reverse()
    return postorder, kept
