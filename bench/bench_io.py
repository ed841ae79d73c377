"""Open and save of generated maps against plain ``json`` on the same bytes / data.

open:  ``fileio.loads(raw)``  vs  ``json.loads(raw)``; also a map of 2,000 touchpoints
       with 2,000 notes in 8 lanes (edition 2, ``sample.with_lanes``)
save:  ``fileio.dumps(doc)``  vs  ``json.dumps(data, indent=2, ensure_ascii=False)``
       where ``data = json.loads(raw)``, the very data the file holds.
Target of both: at most 3 times the floor.
"""

from __future__ import annotations

import json

from _common import Row, generated_document, median_ms, time_call

MAX_RATIO = 3.0


def repeats_for(n: int, quick: bool) -> int:
    if quick:
        return 2 if n >= 10_000 else 3
    return 5 if n >= 10_000 else 9


def run(sizes: list[int], quick: bool = False) -> list[Row]:
    from journeydesigner import fileio

    rows: list[Row] = []
    for n in sizes:
        doc = generated_document(n)
        raw = fileio.dumps(doc)
        data = json.loads(raw)
        repeat = repeats_for(n, quick)
        rows.append(_open_row("open", n, raw, repeat))

        t_save = median_ms(time_call(lambda doc=doc: fileio.dumps(doc), repeat, warmup=1))
        f_save = median_ms(
            time_call(
                lambda data=data: json.dumps(data, indent=2, ensure_ascii=False), repeat, warmup=1
            )
        )
        rows.append(
            Row("save", n, t_save, "ms", f_save, "json.dumps indent=2",
                f"≤ {MAX_RATIO:g}× floor", t_save <= MAX_RATIO * f_save)
        )
    return rows


def _open_row(name: str, n: int, raw: bytes, repeat: int, note: str = "") -> Row:
    from journeydesigner import fileio

    t_open = median_ms(time_call(lambda: fileio.loads(raw), repeat, warmup=1))
    f_open = median_ms(time_call(lambda: json.loads(raw), repeat, warmup=1))
    return Row(name, n, t_open, "ms", f_open, "json.loads", f"≤ {MAX_RATIO:g}× floor",
               t_open <= MAX_RATIO * f_open, f"{len(raw) / 1e6:.1f} MB file{note}")


def lane_rows(quick: bool = False) -> list[Row]:
    """Opening the edition-2 map: 2,000 touchpoints, 2,000 notes in 8 lanes."""
    from journeydesigner import fileio
    from journeydesigner.sample import with_lanes

    raw = fileio.dumps(with_lanes(generated_document(2000), 2000))
    assert fileio._sound_document(raw) is not None, "the one-pass loader must take it"
    return [_open_row("open, 2,000 notes in 8 lanes", 2000, raw, repeats_for(2000, quick))]
