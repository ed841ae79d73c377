"""The survey metrics and their 95 % intervals, as docs/file-format.md (Evidence) defines
them, computed from the count of each score (Qt-free, standard library only).

Responses are tallied as counts per score (``counts[k]`` answers of score ``k``), so a
million answers take a few integers and every figure is exact up to the last float
operation. :func:`nps`, :func:`csat` and :func:`ces` give an :class:`Estimate` on the
metric's scale; :meth:`Estimate.rounded` rounds it the way a file stores it (one decimal
for NPS and CSAT, two for CES), the interval outwards, so it validates and always holds
the value. Student's t quantile for CES is computed here (:func:`t_quantile`) rather than
taken from scipy, which the project does not otherwise need.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from statistics import NormalDist

#: The two-sided 95 % normal quantile (1.959964…, the format's "1.96").
Z95 = NormalDist().inv_cdf(0.975)
#: The scores each metric's answers take (inclusive).
SCORES: dict[str, tuple[int, int]] = {"nps": (0, 10), "csat": (1, 5), "ces": (1, 7)}
#: The scale of each metric's value and interval (as ``model.METRIC_SCALES``).
SCALES: dict[str, tuple[int, int]] = {"nps": (-100, 100), "csat": (0, 100), "ces": (1, 7)}
#: Decimals a stored value keeps: tenths of a point are as precise as a survey of
#: thousands of answers gets; CES is a mean on a 1–7 scale.
DECIMALS: dict[str, int] = {"nps": 1, "csat": 1, "ces": 2}


@dataclass(frozen=True)
class Estimate:
    """A metric's ``value`` from ``n`` answers and its 95 % interval ``low``–``high``."""

    metric: str
    value: float
    low: float
    high: float
    n: int

    def rounded(self) -> Estimate:
        """The estimate as a file stores it: the value rounded to :data:`DECIMALS`, the
        interval widened to them (low down, high up) and kept on the scale, whole
        numbers as ``int``. ``low <= value <= high`` holds afterwards."""
        digits = DECIMALS[self.metric]
        bottom, top = SCALES[self.metric]
        value = _stored(round(self.value, digits))
        low = _stored(max(bottom, min(value, _outward(self.low, digits, math.floor))))
        high = _stored(min(top, max(value, _outward(self.high, digits, math.ceil))))
        return Estimate(self.metric, value, low, high, self.n)


def _outward(x: float, digits: int, direction) -> float:
    """``x`` rounded down (``math.floor``) or up (``math.ceil``) to ``digits`` decimals;
    a product like 0.3 × 10 = 3.0000000000000004 is taken as the 3 it means."""
    scale = 10**digits
    return direction(round(x * scale, 6)) / scale


def _stored(x: float) -> int | float:
    """A whole number as ``int`` (``71``, not ``71.0``, as the example files write it)."""
    return int(x) if float(x).is_integer() else x


def _answers(counts: Sequence[int], metric: str) -> int:
    low, high = SCORES[metric]
    if len(counts) != high + 1 or any(counts[:low]):
        raise ValueError(f"{metric} counts need one entry per score 0–{high}")
    n = sum(counts)
    if n < 1:
        raise ValueError("no answers")
    return n


def nps(counts: Sequence[int]) -> Estimate:
    """Net Promoter Score from the counts of scores 0–10: % of 9–10 minus % of 0–6, ±
    z·100·√((p₊ + p₋ − (p₊ − p₋)²)/n), clipped to −100…100."""
    n = _answers(counts, "nps")
    promoters = (counts[9] + counts[10]) / n
    detractors = sum(counts[:7]) / n
    value = 100 * (promoters - detractors)
    variance = max(0.0, promoters + detractors - (promoters - detractors) ** 2)
    half = Z95 * 100 * math.sqrt(variance / n)
    return Estimate("nps", value, max(-100.0, value - half), min(100.0, value + half), n)


def csat(counts: Sequence[int]) -> Estimate:
    """Customer satisfaction from the counts of scores 1–5 (``counts[0]`` is 0): % of
    4–5, with the Wilson score interval (z = 1.96), in percent."""
    n = _answers(counts, "csat")
    p = (counts[4] + counts[5]) / n
    z2 = Z95 * Z95
    centre = (p + z2 / (2 * n)) / (1 + z2 / n)
    half = Z95 * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n)
    low, high = max(0.0, centre - half), min(1.0, centre + half)
    return Estimate("csat", 100 * p, 100 * low, 100 * high, n)


def ces(counts: Sequence[int]) -> Estimate:
    """Customer effort from the counts of scores 1–7 (``counts[0]`` is 0): the mean, ±
    t(0.975, n − 1)·s/√n with the sample standard deviation s, clipped to 1…7; one
    answer gives an interval of that answer alone."""
    n = _answers(counts, "ces")
    mean = sum(score * k for score, k in enumerate(counts)) / n
    if n == 1:
        return Estimate("ces", mean, mean, mean, 1)
    squares = sum(k * (score - mean) ** 2 for score, k in enumerate(counts))
    half = t_quantile(0.975, n - 1) * math.sqrt(squares / (n - 1)) / math.sqrt(n)
    return Estimate("ces", mean, max(1.0, mean - half), min(7.0, mean + half), n)


ESTIMATORS = {"nps": nps, "csat": csat, "ces": ces}


# --- Student's t ------------------------------------------------------------------------


@cache
def t_quantile(p: float, df: int) -> float:
    """The ``p`` quantile (0.5 < p < 1) of Student's t with ``df`` degrees of freedom:
    the t whose CDF (:func:`t_cdf`) is ``p``, by Newton's method from the normal
    quantile. That start lies below the root (t has heavier tails) and the CDF is
    concave for t > 0, so every step stays below the root and moves towards it,
    until the float no longer changes."""
    if not 0.5 < p < 1 or df < 1:
        raise ValueError("t_quantile needs 0.5 < p < 1 and df >= 1")
    t = NormalDist().inv_cdf(p)
    log_scale = (math.lgamma((df + 1) / 2) - math.lgamma(df / 2)
                 - 0.5 * math.log(df * math.pi))
    for _ in range(200):
        density = math.exp(log_scale - (df + 1) / 2 * math.log1p(t * t / df))
        step = (p - t_cdf(t, df)) / density
        if step <= abs(t) * 1e-15:
            break
        t += step
    return t


def t_cdf(t: float, df: int) -> float:
    """P(T ≤ t) for t ≥ 0: 1 − ½·I_{df/(df+t²)}(df/2, ½), the regularized incomplete
    beta function of :func:`_beta_regularized`."""
    x = df / (df + t * t)
    return 1 - 0.5 * _beta_regularized(x, df / 2, 0.5)


def _beta_regularized(x: float, a: float, b: float) -> float:
    """I_x(a, b) by its continued fraction (modified Lentz, as in Numerical Recipes
    §6.4), on the side where it converges fast."""
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    front = math.exp(math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b)
                     + a * math.log(x) + b * math.log1p(-x))
    if x < (a + 1) / (a + b + 2):
        return front * _beta_fraction(x, a, b) / a
    return 1 - front * _beta_fraction(1 - x, b, a) / b


def _beta_fraction(x: float, a: float, b: float) -> float:
    tiny = 1e-300
    c, d = 1.0, 1 - (a + b) * x / (a + 1)
    d = 1 / (d if abs(d) > tiny else tiny)
    result = d
    for m in range(1, 10_000):
        for numerator in (m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
                          -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))):
            d = 1 + numerator * d
            d = 1 / (d if abs(d) > tiny else tiny)
            c = 1 + numerator / c
            c = c if abs(c) > tiny else tiny
            result *= d * c
        if abs(d * c - 1) < 1e-15:
            break
    return result
