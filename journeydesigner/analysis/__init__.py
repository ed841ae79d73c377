"""Path analysis of a journey map: entries, ideal path, friction, dead ends… (Qt-free).

The package: :mod:`.run` (``analyze``, which runs the steps), one module per step
(:mod:`.structure`, :mod:`.friction`, :mod:`.disagreement`, :mod:`.time_order`,
:mod:`.ideal_path`, :mod:`.coverage`, :mod:`.moments`, :mod:`.blueprint`),
:mod:`.thresholds` (the limits of the survey measures), :mod:`.results` (what is
found), :mod:`.index` (the counted map), :mod:`.wording` and :mod:`.report` (the text
report).

:func:`analyze` looks at the whole map, or at what one persona lives, and returns an
:class:`Analysis`: one list per category plus every :class:`Finding` (with its
message in English and Spanish). :func:`format_text` turns it into a readable report.

What counts
    A touchpoint or connection whose ``personas`` list is empty is lived by all.
    With a persona filter only the touchpoints that persona lives count, and only
    the connections it lives whose two ends it lives too.

Definitions (all on the counted touchpoints and connections)
    *Entry*: a connected touchpoint with no incoming connection. *Exit*: a connected
    touchpoint with no outgoing connection. *Isolated*: a touchpoint with no
    connection at all (listed only there, neither entry nor exit).

    *Ideal path*: a path that starts at an entry and follows positive and neutral
    connections that do not go back in time (simultaneous ones are allowed), with the
    best total emotion (the sum over its touchpoints, null = 0); ties go to the path
    with fewer touchpoints, then to the one ending earliest in time (the choice is
    deterministic: everything is walked in time order). It ends at an exit if one can be
    reached that way; otherwise it goes as far as those connections lead (it ends
    where none leads on) and the finding says it reaches no exit. Connections back in
    time never belong to the route the business wants, so the only cycles left are
    among simultaneous touchpoints; they are broken by a depth-first walk in time
    order that drops each connection closing a cycle. The search is then a longest
    path on a DAG: linear in the size of the map, no path enumeration.

    *Negative path*: every negative connection (source → target).
    *Friction point*: a touchpoint with emotion ≤ −1, reached by a negative connection,
    or with a survey measure past its friction limit: NPS under 0, CSAT under 60,
    CES 5 or more (:data:`.thresholds.LIMITS`; CSAT exactly 60 and CES 4.9 are not
    friction, NPS −1 is). The finding names the measure, with its 95 % interval and
    number of responses when the touchpoint has evidence.
    *Dead end*: a touchpoint reached by a negative connection that has no outgoing
    positive or neutral connection (no way to recover from it on the map).

    *Time order*: a connection whose target lies in an earlier stage, or in the same
    stage at an earlier step, goes *backwards* (warning); same stage and same step is
    *simultaneous* (info).

    *Map and survey disagree* (only for a map where some touchpoint has
    ``metrics.evidence``): a touchpoint marked positive (emotion > 0) whose 95 %
    interval is clearly bad — all of it past the friction limit: CSAT high < 60, NPS
    high < 0, CES low ≥ 5 — or marked negative (emotion < 0) whose interval is clearly
    good — NPS low > 30, CSAT low > 80, CES high < 3. An interval that straddles a
    limit says nothing certain and a bare value (without evidence) is not counted:
    the interval is what makes the disagreement honest.

    *Unreachable*: a connected touchpoint that cannot be reached from any entry by
    following connections of any polarity in their direction. Such touchpoints are
    always fed by a cycle with no way in (e.g. A → B → A with nothing leading to A or
    B), or lie downstream of one. Isolated touchpoints are not "unreachable".

    *Channel mix*: a stage with touchpoints that are all digital is a
    "digital-only stage"; all in person, an "in-person-only stage" (info).

    *Coverage*: touchpoints per stage × channel, digital / in-person counts and
    shares (percentages of the stage's touchpoints), average NPS, CSAT and CES per
    stage (``None`` when no touchpoint has the measure), and the moments of truth.

Severities
    *problem*: dead ends; friction points with a very negative emotion, or a negative
    emotion or a measure past its limit on a moment of truth. *warning*: other friction
    points, disagreements of map and survey, negative paths,
    connections back in time, unreachable touchpoints, isolated touchpoints (when the
    map has connections at all), an ideal path that reaches no exit, no ideal path
    although there are connections. Everything else is *info*.
"""

from .report import format_text, summary_line
from .results import (
    CATEGORIES,
    CATEGORY_LABELS,
    CATEGORY_OF_KIND,
    LANGUAGES,
    SEVERITIES,
    SEVERITY_LABELS,
    Analysis,
    Disagreement,
    Finding,
    Link,
    Reading,
    Severity,
    StageCoverage,
    UnknownPersonaError,
)
from .run import analyze
from .thresholds import LIMITS, Limits
from .wording import language_code

__all__ = [
    "CATEGORIES", "CATEGORY_LABELS", "CATEGORY_OF_KIND", "LANGUAGES", "LIMITS", "SEVERITIES",
    "SEVERITY_LABELS", "Analysis", "Disagreement", "Finding", "Limits", "Link", "Reading",
    "Severity", "StageCoverage", "UnknownPersonaError", "analyze", "format_text",
    "language_code", "summary_line",
]
