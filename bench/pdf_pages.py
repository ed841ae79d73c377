"""Render the PDFs of both examples in every mode (fit/tile, A4/A3, with and without
cover and appendix) through the real CLI and pdftoppm, and write one SHA-256 per page
image, so a refactor of ``journeydesigner.export.pdf`` can be checked pixel for pixel.

    .venv/bin/python bench/pdf_pages.py OUT_DIR           # render and hash
    .venv/bin/python bench/pdf_pages.py OUT_DIR --compare BEFORE_DIR
"""

from __future__ import annotations

import hashlib
import itertools
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "tests" / "examples").glob("*.journey"))
VARIANTS = {
    "fit": [],
    "tile": ["--tile"],
}
EXTRAS = {"full": [], "bare": ["--no-cover", "--no-appendix"]}


def render(out: Path) -> dict[str, str]:
    """Export and rasterise every combination; return page image name -> pixel hash."""
    out.mkdir(parents=True, exist_ok=True)
    hashes: dict[str, str] = {}
    for example, (mode, flags), size, (extra, more) in itertools.product(
            EXAMPLES, VARIANTS.items(), ["A4", "A3"], EXTRAS.items()):
        stem = f"{example.name.split('.')[0]}-{mode}-{size}-{extra}"
        pdf = out / f"{stem}.pdf"
        subprocess.run([sys.executable, "-m", "journeydesigner", "export", str(example),
                        "-o", str(pdf), "--page-size", size, *flags, *more],
                       check=True, cwd=ROOT, capture_output=True)
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(out / stem)], check=True)
    for png in sorted(out.glob("*.png")):
        hashes[png.name] = hashlib.sha256(png.read_bytes()).hexdigest()
    (out / "hashes.txt").write_text("".join(f"{h}  {n}\n" for n, h in hashes.items()))
    return hashes


def main(argv: list[str]) -> int:
    """Render into argv[0]; with ``--compare DIR`` report every page that differs."""
    now = render(Path(argv[0]))
    print(f"{len(now)} page images")
    if "--compare" not in argv:
        return 0
    before_dir = Path(argv[argv.index("--compare") + 1])
    before = dict(line.split("  ")[::-1] for line in
                  (before_dir / "hashes.txt").read_text().splitlines())
    before = {n.strip(): h for n, h in before.items()}
    differ = sorted(n for n in before.keys() | now.keys() if before.get(n) != now.get(n))
    for name in differ:
        print("DIFFERS", name)
    print("identical" if not differ else f"{len(differ)} page images differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
