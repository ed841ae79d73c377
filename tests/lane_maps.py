"""Edition-2 maps built in code for tests: lanes of every kind, notes, quotes, votes
and metrics evidence (docs/file-format.md, "Edition 2")."""

from __future__ import annotations

import copy
from typing import Any

_EVERY_LANE_KIND: dict[str, Any] = {
    "format": "journeydesigner",
    "version": 1,
    "title": "Every lane kind",
    "language": "en",
    "stages": [{"id": "before", "name": "Before"}, {"id": "during", "name": "During"}],
    "channels": [
        {"id": "web", "name": "Website", "kind": "digital"},
        {"id": "shop", "name": "Shop", "kind": "in_person"},
    ],
    "personas": [{"id": "ana", "name": "Ana"}],
    "touchpoints": [
        {"id": "ad", "title": "Ad", "stage": "before", "channel": "web", "step": 0,
         "emotion": 1, "pain_points": ["Too many ads"], "opportunities": ["Target better"],
         "metrics": {"csat": 71, "evidence": {"csat": {
             "n": 120, "low": 62.5, "high": 78.9, "source": "survey-2024.csv",
             "from": "2024-03-01", "to": "2024-03-31"}}},
         "quotes": ["I saw it everywhere"], "votes": 3},
        {"id": "till", "title": "Pay at the till", "stage": "during", "channel": "shop",
         "step": 0, "emotion": -1},
    ],
    "connections": [{"id": "c1", "source": "ad", "target": "till", "polarity": "negative"}],
    "state": "current",
    "emotion_labels": ["Furious", "Annoyed", "Meh", "Pleased", "Delighted"],
    "lanes": [
        {"id": "goals", "name": "Goals", "kind": "notes"},
        {"id": "pains", "name": "Pain points", "kind": "pain_points"},
        {"id": "ideas", "name": "Opportunities", "kind": "opportunities", "color": "#59A14F"},
        {"id": "front", "name": "Frontstage", "kind": "frontstage"},
        {"id": "back", "name": "Backstage", "kind": "backstage"},
        {"id": "support", "name": "Support", "kind": "support"},
    ],
    "notes": [
        {"id": "g1", "lane": "goals", "stage": "before", "text": "Find good shoes"},
        {"id": "f1", "lane": "front", "stage": "during", "step": 0, "text": "Cashier greets",
         "personas": ["ana"], "touchpoints": ["till"]},
        {"id": "b1", "lane": "back", "stage": "during", "step": 0, "text": "Stock checked",
         "color": "#E15759", "touchpoints": ["till"]},
        {"id": "s1", "lane": "support", "stage": "before", "text": "Ad platform",
         "touchpoints": ["ad"]},
    ],
}


def every_lane_kind() -> dict[str, Any]:
    """A map with a lane of each kind, notes with and without a step, links to
    touchpoints, quotes, votes, a state, emotion labels and evidence (a fresh copy)."""
    return copy.deepcopy(_EVERY_LANE_KIND)
