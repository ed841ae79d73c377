"""docs/architecture.md lists every module of ``journeydesigner/`` (issue 14, item 5),
so the page stays true as modules come and go: a module without a row, or a row of a
module that is gone, fails here. ``python scripts/architecture_table.py`` prints the
missing rows. Nothing is exempt, empty ``__init__.py`` files included."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "journeydesigner"
PAGE = ROOT / "docs" / "architecture.md"
#: A row of the module tables: ``| `export/pdf/fonts.py` | 292 | what it holds |``
ROW = re.compile(r"^\| `([^`]+\.py)` \| \d+ \| (.*?) \|$", re.MULTILINE)


def rows(text: str) -> dict[str, str]:
    """Module path (relative to the package) → its description, for every table row."""
    return dict(ROW.findall(text))


def modules(package: Path) -> set[str]:
    return {p.relative_to(package).as_posix() for p in package.rglob("*.py")}


def test_every_module_has_a_row_and_every_row_a_module():
    listed = rows(PAGE.read_text(encoding="utf-8"))
    present = modules(PACKAGE)
    assert sorted(present - set(listed)) == [], "modules missing from docs/architecture.md"
    assert sorted(set(listed) - present) == [], "rows of modules that are gone"


def test_every_row_says_what_its_module_holds():
    assert [m for m, what in rows(PAGE.read_text(encoding="utf-8")).items()
            if len(what.split()) < 3] == []


def test_a_new_module_without_a_row_is_found(tmp_path):
    (tmp_path / "lanes").mkdir()
    (tmp_path / "model.py").write_text("", encoding="utf-8")
    (tmp_path / "lanes" / "__init__.py").write_text("", encoding="utf-8")
    page = "| `model.py` | 0 | the models of format v1 |\n"
    assert modules(tmp_path) - set(rows(page)) == {"lanes/__init__.py"}
    # a module named only in prose, not in a row, does not count
    assert "lanes/__init__.py" not in rows(page + "see `lanes/__init__.py` |\n")
