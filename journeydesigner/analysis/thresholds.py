"""Where a survey measure turns bad and where it is clearly good: the limits of every
finding about measures, in one place so that the analysis, its documentation and its
tests cannot drift apart.

=========  =========================  ===========================
measure    friction (bad)             clearly good
=========  =========================  ===========================
NPS        under 0                    over 30
CSAT       under 60                   over 80
CES        5 or more (scale 1–7)      under 3
=========  =========================  ===========================

*Friction*: the measure alone makes a touchpoint a friction point — NPS under 0 means
more detractors than promoters; CSAT under 60 means fewer than six customers in ten
satisfied (a common floor for a service that works); CES 5 or more means customers
call it hard, the top third of the 1–7 scale.

*Clearly* bad or good is said of a 95 % interval (``metrics.evidence``): the whole
interval lies on that side of the limit, so the survey says so even at its least
favourable end. The good limits are chosen so that "clearly good" is something a
team can be proud of — an NPS over 30 is usually called good, a CSAT over 80 means
four in five satisfied, a CES under 3 lies in the easy third of the scale — and so
that between the two limits lies ground where the survey says nothing certain.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import numbers


@dataclass(frozen=True)
class Limits:
    """The limits of one measure. For NPS and CSAT higher is better: friction is a value
    under ``friction``, good is over ``good``. For CES lower is better: friction is a
    value of ``friction`` or more, good is under ``good``."""

    higher_is_better: bool
    friction: float
    good: float

    def hurts(self, value: float) -> bool:
        """The value alone makes its touchpoint a friction point."""
        return value < self.friction if self.higher_is_better else value >= self.friction

    def pleases(self, value: float) -> bool:
        """The value is good beyond doubt."""
        return value > self.good if self.higher_is_better else value < self.good

    def clearly_bad(self, low: float, high: float) -> bool:
        """Even the interval's best end hurts."""
        return self.hurts(high if self.higher_is_better else low)

    def clearly_good(self, low: float, high: float) -> bool:
        """Even the interval's worst end pleases."""
        return self.pleases(low if self.higher_is_better else high)

    def friction_words(self, lang: str) -> str:
        """ "is under 60", "is 5 or more" (Spanish "está por debajo de 60", "es de 5 o más")."""
        limit = numbers.number(self.friction, lang)
        if self.higher_is_better:
            return f"está por debajo de {limit}" if lang == "es" else f"is under {limit}"
        return f"es de {limit} o más" if lang == "es" else f"is {limit} or more"

    def good_words(self, lang: str) -> str:
        """ "is over 30", "is under 3" (Spanish "está por encima de 30", "está por debajo de 3")."""
        limit = numbers.number(self.good, lang)
        if self.higher_is_better:
            return f"está por encima de {limit}" if lang == "es" else f"is over {limit}"
        return f"está por debajo de {limit}" if lang == "es" else f"is under {limit}"


#: The limits of each survey measure, in the order measures are reported.
LIMITS: dict[str, Limits] = {
    "nps": Limits(higher_is_better=True, friction=0, good=30),
    "csat": Limits(higher_is_better=True, friction=60, good=80),
    "ces": Limits(higher_is_better=False, friction=5, good=3),
}
