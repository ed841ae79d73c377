"""``journeydesigner.analysis.analyze(doc)``, when the module exists, against the floor
of any graph analysis: building the networkx DiGraph of the same touchpoints and
connections, testing it for cycles and finding what the first touchpoint reaches.
No target: the figure is for the record.
"""

from __future__ import annotations

import statistics
import time

from _common import Row, generated_document


def _floor(doc) -> None:
    import networkx as nx

    graph = nx.DiGraph()
    graph.add_nodes_from(t.id for t in doc.touchpoints)
    graph.add_edges_from((c.source, c.target) for c in doc.connections)
    nx.is_directed_acyclic_graph(graph)
    if doc.touchpoints:
        nx.descendants(graph, doc.touchpoints[0].id)


def run(sizes: list[int], quick: bool = False) -> tuple[list[Row], str]:
    try:
        from journeydesigner.analysis import analyze
    except ImportError as exc:
        analyze = None
        why = f"journeydesigner.analysis not importable ({exc})"
    else:
        why = ""
    repeat = 1 if quick else 3
    rows: list[Row] = []
    for n in sizes:
        doc = generated_document(n)
        floors = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            _floor(doc)
            floors.append(time.perf_counter() - t0)
        floor = statistics.median(floors) * 1e3
        if analyze is None:
            rows.append(Row("analysis", n, None, "ms", floor, "nx DiGraph + DAG test + reach",
                            note="skipped: module missing"))
            continue
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            analyze(doc)
            times.append(time.perf_counter() - t0)
        rows.append(Row("analysis", n, statistics.median(times) * 1e3, "ms", floor,
                        "nx DiGraph + DAG test + reach"))
    return rows, why
