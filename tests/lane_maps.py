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


#: Evidence added to the Spanish example's measures by ``surveyed_example``: a card
#: marked positive whose CSAT interval is all under 60 and one marked negative whose NPS
#: interval is all over 30 (both disagree with the map), one that straddles its limit.
_SURVEYS: dict[str, dict[str, Any]] = {
    "ig-anuncio": {"csat": 52, "evidence": {"csat": {
        "n": 150, "low": 44.1, "high": 58.9, "source": "encuesta-redes.csv",
        "from": "2026-03-01", "to": "2026-03-31"}}},
    "chatbot": {"nps": 42, "csat": 48, "ces": 5.2, "evidence": {
        "nps": {"n": 200, "low": 33, "high": 51},
        "csat": {"n": 58, "low": 36, "high": 60},
        "ces": {"n": 58, "low": 4.8, "high": 5.6}}},
    "carrito": {"csat": 39, "ces": 6.1, "evidence": {"csat": {"n": 90, "low": 29.6, "high": 49.3}}},
}


def surveyed_example() -> dict[str, Any]:
    """The Spanish example (tests/examples/compra-online.es.journey) with survey evidence
    on three of its cards (``_SURVEYS``), as a fresh dict."""
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parent / "examples" / "compra-online.es.journey"
    data = json.loads(path.read_text(encoding="utf-8"))
    for card in data["touchpoints"]:
        if card["id"] in _SURVEYS:
            card["metrics"] = copy.deepcopy(_SURVEYS[card["id"]])
    return data
