"""Keep the module tables of docs/architecture.md true to journeydesigner/.

``python scripts/architecture_table.py`` prints a row for every module the page does
not list yet (its line count and the first line of its docstring, to be reworded as a
one-line description) and every row naming a module that is gone; ``--write`` also
sets each row's line count to the file's. Exit status 1 when a row is missing or stale.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "journeydesigner"
PAGE = ROOT / "docs" / "architecture.md"
ROW = re.compile(r"^\| `(?P<module>[^`]+\.py)` \| (?P<lines>\d+) \|", re.MULTILINE)


def line_count(module: str) -> int:
    return len((PACKAGE / module).read_text(encoding="utf-8").splitlines())


def main(argv: list[str]) -> int:
    text = PAGE.read_text(encoding="utf-8")
    modules = {p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*.py")}
    listed = {m.group("module") for m in ROW.finditer(text)}
    for module in sorted(modules - listed):
        doc = ast.get_docstring(ast.parse((PACKAGE / module).read_text(encoding="utf-8")))
        first = (doc or "").split("\n", 1)[0]
        print(f"| `{module}` | {line_count(module)} | {first or 'NO DOCSTRING'} |")
    for module in sorted(listed - modules):
        print(f"{PAGE.name}: `{module}` is not a module of journeydesigner/ any more")

    def counted(match: re.Match[str]) -> str:
        module = match.group("module")
        lines = line_count(module) if module in modules else int(match.group("lines"))
        return f"| `{module}` | {lines} |"

    fresh = ROW.sub(counted, text)
    stale = fresh != text
    if stale and "--write" in argv:
        PAGE.write_text(fresh, encoding="utf-8")
        print(f"{PAGE.relative_to(ROOT)}: line counts refreshed")
        stale = False
    elif stale:
        print("line counts differ from the files: run with --write")
    return 1 if modules ^ listed or stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
