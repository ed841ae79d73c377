"""Line breaking for print: at word boundaries, never between a number and its unit
or currency ("20 €", "71 %", "€ 20", "10 000"), inside a count of responses
("n = 58") or an interval's label ("95% CI", "IC 95 %"), inside a word only when that
word alone is wider than the line.

The measures come from :class:`~.fonts.FontSet` (a ``measure(text) -> width``
callable), so this module knows nothing of fonts.
"""

from __future__ import annotations

import re
from collections.abc import Callable

NBSP = "\u00a0"
ELLIPSIS = "\u2026"

#: A space that must not break: after a number, before its unit, percent sign or
#: currency; after a currency sign, before its number; between digit groups; around
#: the "=" of "n = 58"; between "95%" and "CI", "IC" and "95 %" (numbers.interval).
_KEEP_TOGETHER = re.compile(
    r"(?<=\d) (?=(?:[%‰°€$£¥₹×]|(?:pt|px|mm|cm|km|kg|g|ms|s|min|h|d|MB|GB|x)\b))"
    r"|(?<=[€$£¥₹]) (?=\d)"
    r"|(?<=\d) (?=\d{3}\b)"
    r"|(?<=\bn) (?== \d)|(?<=\bn =) (?=\d)"
    r"|(?<=%) (?=CI\b)|(?<=\bIC) (?=\d)"
)
#: Where a line may break: any white space but the non-breaking ones.
_BREAKS = re.compile(r"[^\S\u00a0\u202f\u2007]+")

Measure = Callable[[str], float]


def words_of(text: str) -> list[str]:
    """The unbreakable pieces of one paragraph (non-breaking joins kept inside)."""
    return [w for w in _BREAKS.split(_KEEP_TOGETHER.sub(NBSP, text)) if w]


def shown(line: str) -> str:
    """A wrapped line as drawn: the joins print (and extract) as plain spaces."""
    return line.replace(NBSP, " ")


def fitting_prefix(text: str, width: float, measure: Measure) -> int:
    """The length of the longest start of ``text`` that fits ``width`` (at least one
    character). Widths grow with the length, so the search doubles a length that
    fits, then halves the gap: O(L log L) work for a line of L characters, however
    long ``text`` is."""
    fits, too_long = 1, 2
    while too_long <= len(text) and measure(text[:too_long]) <= width:
        fits, too_long = too_long, too_long * 2
    too_long = min(too_long, len(text) + 1)
    while too_long - fits > 1:
        middle = (fits + too_long) // 2
        if measure(text[:middle]) <= width:
            fits = middle
        else:
            too_long = middle
    return fits


def break_words(words: list[str], first: float, rest: float, measure: Measure) -> list[str]:
    """Greedy filling: the first line is ``first`` wide, the others ``rest``. A word
    wider than its line is cut where it fills the line."""
    return _filled(words, first, rest, measure)[0]


def _filled(words: list[str], first: float, rest: float,
            measure: Measure) -> tuple[list[str], bool]:
    """:func:`break_words`, and whether a word had to be cut."""
    broke = False
    lines: list[str] = []
    space = measure(" ")
    current, current_w = "", 0.0
    for word in words:
        limit = first if not lines else rest
        word_w = measure(word)
        trial = current_w + space + word_w if current else word_w
        if trial <= limit:
            current = f"{current} {word}" if current else word
            current_w = trial
            continue
        if current:
            lines.append(current)
            limit = rest
        current, current_w = word, word_w
        if current_w > limit:  # a word wider than a line: cut where it fills one
            while (cut := fitting_prefix(current, limit, measure)) < len(current):
                broke = True
                lines.append(current[:cut])
                current = current[cut:]
                limit = rest
            current_w = measure(current)
    if current or not lines:
        lines.append(current)
    return lines, broke


def elide(text: str, width: float, measure: Measure) -> str:
    """``text`` cut with "…" to fit ``width`` (like Qt's ElideRight)."""
    if measure(text) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if measure(text[:mid].rstrip() + ELLIPSIS) <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + ELLIPSIS


def wrap_block(text: str, first: float, rest: float, measure: Measure,
               max_lines: int) -> tuple[list[str], bool]:
    """``text`` in at most ``max_lines`` lines, the last one elided when the text is
    longer; also whether it was cut (elided, or a word broken)."""
    lines, broke = _filled(words_of(text), first, rest, measure)
    if len(lines) <= max_lines:
        return [shown(line) for line in lines], broke
    kept = lines[: max_lines - 1]
    tail = " ".join(lines[max_lines - 1 :])
    last_w = first if max_lines == 1 else rest
    return [shown(line) for line in kept] + [shown(elide(tail, last_w, measure))], True
