"""Small wording helpers the findings and the report share: quotes, signs, plurals,
percentages and measures in the report's language."""

from __future__ import annotations

from collections.abc import Iterable

from .. import numbers


def language_code(tag: str) -> str:
    """The report language for a document language tag: "es" for es, es-MX…, else "en"."""
    return "es" if tag.lower().startswith("es") else "en"


def share(part: int, whole: int) -> float | None:
    return 100.0 * part / whole if whole else None


def rounded(value: float | None, digits: int = 2) -> float | None:
    return None if value is None else round(value, digits)


def quoted(text: str) -> str:
    return f"“{text}”"


def signed(value: int) -> str:
    return f"+{value}" if value > 0 else str(value).replace("-", "−")


def percent(value: float | None, lang: str) -> str:
    return "–" if value is None else numbers.percent(value, lang)


def measure(value: float | None, lang: str) -> str:
    return "–" if value is None else numbers.number(value, lang)


def mean(values: Iterable[float | int | None]) -> float | None:
    known = [v for v in values if v is not None]
    return sum(known) / len(known) if known else None


def both(en: str, es: str) -> dict[str, str]:
    return {"en": en, "es": es}


def plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


# --------------------------------------------------------------------------- the analysis
