"""The JSON Schema (2020-12) of file format v1, generated from the models.

The schema describes the shape of a file; rules that span the document (unique
ids, references) cannot be said in JSON Schema and are checked by the loader.
"""

from __future__ import annotations

from typing import Any

from .model import Document

SCHEMA_ID = "https://journeydesigner.org/schema/journey-v1.json"


def journey_schema() -> dict[str, Any]:
    schema = Document.model_json_schema(mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "JourneyDesigner journey map, format version 1",
        **{k: v for k, v in schema.items() if k != "title"},
    }
