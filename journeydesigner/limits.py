"""How large a map JourneyDesigner serves, and refusing larger ones cheaply (Qt-free).

Within these counts every part of the application finishes in bounded time and
memory (validating, opening in the window, the analysis, the PDF, PNG and SVG
exports: measured by ``bench/bench_limits.py``, figures in ``bench/RESULTS.md``).
A larger file is refused before it is validated: :func:`first_excess` counts the
elements of the document's arrays straight from the JSON text and stops at the
first one beyond its limit, so a file of a million touchpoints is refused in the
time it takes to read ten thousand. A map that grows past a limit by editing is
not saved (:func:`excess_in`), so no file that was written fails to open again.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sized
from typing import Any

#: The most elements of each array of the document, by its name in the file.
MAX_COUNTS: dict[str, int] = {
    "stages": 100,
    "channels": 100,
    "personas": 100,
    "touchpoints": 10_000,
    "connections": 10_000,
    "lanes": 100,
    "notes": 10_000,
}
#: Files with more commas than this have their arrays counted before they are
#: validated. A comma parts every element of an array and every member of an object,
#: so a file with fewer holds fewer elements than that, whatever they are: validating
#: it takes bounded time and memory (49,000 bare numbers in ``touchpoints``: 0.3 s,
#: 70 MB) and its counts are checked afterwards; counting first would add about one
#: ``json.loads`` to every ordinary open (a map of 2,000 touchpoints and 2,000 notes,
#: 1.1 MB, has 36,686 commas). Commas inside strings only make a file count sooner.
COUNT_FIRST_COMMAS = 50_000

_BLANKS = re.compile(r"[ \t\n\r]*")


def first_excess(text: str) -> tuple[str, int, int] | None:
    """``(name, index, offset)`` of the first element beyond its limit in one of the
    top-level arrays of the JSON document ``text``, ``offset`` being where it starts;
    None when there is none, and also when ``text`` is not a JSON object (the
    validation that follows says what is wrong with it).

    Each element is read by the json module's C scanner and dropped at once: the
    cost is that of reading the elements up to the limits, whatever the file's size.
    """
    scan = json.JSONDecoder().scan_once
    blanks = _BLANKS.match
    try:
        pos = blanks(text).end()
        if text[pos] != "{":
            return None
        pos = blanks(text, pos + 1).end()
        if text[pos] == "}":
            return None
        while True:
            key, pos = scan(text, pos)
            pos = blanks(text, pos).end()
            if not isinstance(key, str) or text[pos] != ":":
                return None
            pos = blanks(text, pos + 1).end()
            limit = MAX_COUNTS.get(key)
            if limit is not None and text[pos] == "[":
                pos = blanks(text, pos + 1).end()
                count = 0
                while text[pos] != "]":
                    if count == limit:
                        return key, count, pos
                    _, pos = scan(text, pos)
                    count += 1
                    pos = blanks(text, pos).end()
                    if text[pos] == ",":
                        pos = blanks(text, pos + 1).end()
                    elif text[pos] != "]":
                        return None
                pos += 1
            else:
                _, pos = scan(text, pos)
            pos = blanks(text, pos).end()
            if text[pos] != ",":
                return None  # "}" ends the document; anything else is for validation
            pos = blanks(text, pos + 1).end()
    except (StopIteration, IndexError, ValueError, RecursionError):
        return None


def excess_in(doc: Any) -> str | None:
    """The name of the first array of ``doc`` (a document) longer than its limit."""
    for name, limit in MAX_COUNTS.items():
        items: Sized = getattr(doc, name)
        if len(items) > limit:
            return name
    return None
