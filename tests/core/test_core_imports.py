"""The Qt-free core never imports PySide6 or the GUI (issue 14, item 2): an AST walk
of every module of ``journeydesigner/`` outside ``gui/``, imports inside functions
included, so a lazy import cannot slip through either."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "journeydesigner"
#: The edge that starts the window: ``journeydesigner gui`` must import it.
LAUNCHERS = {"cli.py", "__main__.py"}


def _imported(path: Path) -> set[str]:
    """Absolute names of every module ``path`` imports (relative ones resolved)."""
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = parts[: len(parts) - node.level + (path.name == "__init__.py")]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


def _violations(path: Path) -> list[str]:
    return sorted(
        name for name in _imported(path)
        if name.split(".")[0] == "PySide6" or name.startswith("journeydesigner.gui")
    )


def _core() -> list[Path]:
    """Every module outside ``gui/`` but the launchers at the package's top."""
    return [
        p for p in sorted(PACKAGE.rglob("*.py"))
        if p.relative_to(PACKAGE).parts[0] != "gui"
        and not (p.parent == PACKAGE and p.name in LAUNCHERS)
    ]


def test_the_core_imports_neither_pyside6_nor_the_gui():
    found = {
        p.relative_to(PACKAGE).as_posix(): bad
        for p in _core()
        if (bad := _violations(p))
    }
    assert found == {}


def test_the_walk_sees_lazy_relative_imports_and_the_pdf_package():
    # gui/picture.py imports the controller inside a function, relative to gui/
    assert "journeydesigner.gui.controller" in _imported(PACKAGE / "gui" / "picture.py")
    assert _violations(PACKAGE / "gui" / "picture.py")  # what the rule would catch
    assert any(p.relative_to(PACKAGE).as_posix() == "export/pdf/document.py" for p in _core())
