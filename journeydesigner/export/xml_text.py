"""Text an XML picture can hold (Qt-free): the SVG export cleans the document with
:func:`printable` before drawing it, as the PDF cleans what it prints."""

from __future__ import annotations

import re
from typing import Any, TypeVar

from ..model import Document, Node

NodeT = TypeVar("NodeT", bound=Node)

#: What XML 1.0 cannot hold: C0 controls but tab and line breaks, U+FFFE and U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
#: The same characters as ``model_dump_json`` writes them (controls as ``\\u00XX``).
_NOT_XML_IN_JSON = re.compile(r"\\u00(?:0[0-8bcefBCEF]|1[0-9a-fA-F])|[\ufffe\uffff]")


def _printable_value(value: Any) -> Any:
    if isinstance(value, str):
        return _NOT_XML.sub(" ", value) if _NOT_XML.search(value) else value
    if isinstance(value, Node):
        return _printable_node(value)
    if isinstance(value, list):
        cleaned = [_printable_value(item) for item in value]
        return cleaned if any(a is not b for a, b in zip(cleaned, value, strict=True)) else value
    return value


def _printable_node(node: NodeT) -> NodeT:
    changes = {}
    for name, value in node.__dict__.items():
        cleaned = _printable_value(value)
        if cleaned is not value:
            changes[name] = cleaned
    return node.model_copy(update=changes) if changes else node


def printable(doc: Document) -> Document:
    """``doc`` with the characters XML cannot hold written as spaces, as the PDF prints
    them: an SVG holding them is not well-formed (Qt's own QSvgRenderer refuses it), and
    both pictures show the same text. ``doc`` itself when it has none (checked on its
    JSON, in one pass)."""
    if not _NOT_XML_IN_JSON.search(doc.model_dump_json()):
        return doc
    return _printable_node(doc)
