"""The JSON Schema (2020-12) of file format v1, edition 2, generated from the models.

The schema says everything about a file that JSON Schema can say, and the loader
refuses nothing else that it could: ``tests/core/test_schema_agrees.py`` runs it with
an independent validator over the loader's corpora. What it cannot say (rules that
span the document such as unique ids and references, the JSON text itself, ``1.0``
where an integer is due) is listed in docs/file-format-notes.md.
"""

from __future__ import annotations

from typing import Any

from . import limits
from .model import Document

SCHEMA_ID = "https://journeydesigner.org/schema/journey-v1.json"
#: Fields the model gives defaults (for documents made in code) that a file must state.
_REQUIRED_IN_A_FILE = ("format", "version", "title", "stages", "channels")
#: Arrays that may not be empty (``model.find_problems``).
_NOT_EMPTY = ("stages", "channels")


def journey_schema() -> dict[str, Any]:
    schema = Document.model_json_schema(mode="validation")
    properties = schema["properties"]
    others = [name for name in schema.get("required", ()) if name not in _REQUIRED_IN_A_FILE]
    schema["required"] = [*_REQUIRED_IN_A_FILE, *others]
    for name in _REQUIRED_IN_A_FILE:
        properties[name].pop("default", None)
    for name, most in limits.MAX_COUNTS.items():
        properties[name]["maxItems"] = most
    for name in _NOT_EMPTY:
        properties[name]["minItems"] = 1
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "JourneyDesigner journey map, format version 1 (edition 2)",
        **{k: v for k, v in schema.items() if k != "title"},
    }
