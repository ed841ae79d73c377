"""Every ``self.tr`` of the interface works at run time: it stands in a class that
has ``tr`` (a QObject subclass) or in a mixin of one (the main window's, the canvas
view's). lupdate
files it under that class, and PySide6's ``tr`` looks the context up along the
class hierarchy of ``self``, which holds the class that lupdate saw."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import journeydesigner.gui
from journeydesigner.gui.canvas.view import JourneyView
from journeydesigner.gui.main_window import MainWindow

GUI = Path(journeydesigner.gui.__file__).parent


def _self_tr_classes() -> dict[tuple[str, str], int]:
    """(module, class) -> how many ``self.tr(`` calls its methods make."""
    found: dict[tuple[str, str], int] = {}
    for path in sorted(GUI.rglob("*.py")):
        module = "journeydesigner." + ".".join(path.relative_to(GUI.parent).with_suffix("").parts)
        for cls in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(cls, ast.ClassDef):
                continue
            calls = sum(1 for node in ast.walk(cls)
                        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                        and node.func.attr == "tr" and isinstance(node.func.value, ast.Name)
                        and node.func.value.id == "self")
            if calls:
                found[(module, cls.name)] = calls
    return found


def test_self_tr_stands_only_where_tr_exists():
    classes = _self_tr_classes()
    assert sum(classes.values()) > 300
    wrong = []
    for module, name in classes:
        cls = getattr(importlib.import_module(module), name)
        if not (hasattr(cls, "tr") or issubclass(MainWindow, cls) or issubclass(JourneyView, cls)):
            wrong.append(f"{module}.{name}")
    assert wrong == [], "self.tr in a class without tr: use QCoreApplication.translate"


def test_no_bare_tr_is_left():
    """A bare ``tr("…")`` would be a NameError, and lupdate would file it under no context."""
    bare = [f"{path.relative_to(GUI)}:{node.lineno}"
            for path in sorted(GUI.rglob("*.py"))
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id == "tr"]
    assert bare == []
