"""Connections that go back in time or join simultaneous touchpoints."""

from __future__ import annotations

from .index import MapIndex
from .results import AddFinding, Analysis, Link


def find_time_order(m: MapIndex, result: Analysis, add: AddFinding) -> None:
    """Connections whose target lies earlier (a warning) or at the same stage and step
    (simultaneous: info)."""
    for c in sorted(m.conns, key=lambda c: (m.order[c.source], m.order[c.target])):
        before, after = m.when(c.source), m.when(c.target)
        if after > before:
            continue
        src, dst = m.tp[c.source], m.tp[c.target]
        where_src_en = f"{m.place(c.source)}, step {src.step}"
        where_dst_en = f"{m.place(c.target)}, step {dst.step}"
        where_src_es = f"{m.place(c.source)}, paso {src.step}"
        where_dst_es = f"{m.place(c.target)}, paso {dst.step}"
        link = Link(c.id, c.source, c.target, c.label)
        if after < before:
            result.backwards.append(link)
            add(
                "backwards",
                "warning",
                [c.source, c.target],
                [c.id],
                f"Goes back in time: {m.title(c.source)} ({where_src_en}) → "
                f"{m.title(c.target)} ({where_dst_en})",
                f"Vuelve atrás en el tiempo: {m.title(c.source)} ({where_src_es}) → "
                f"{m.title(c.target)} ({where_dst_es})",
            )
        else:
            result.simultaneous.append(link)
            add(
                "simultaneous",
                "info",
                [c.source, c.target],
                [c.id],
                f"Simultaneous: {m.title(c.source)} → {m.title(c.target)} happen at the same "
                f"time ({where_src_en})",
                f"Simultáneos: {m.title(c.source)} → {m.title(c.target)} ocurren en el mismo "
                f"momento ({where_src_es})",
            )
