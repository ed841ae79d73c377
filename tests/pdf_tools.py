"""The PDF checks a reader's tools make: poppler's pdftotext, pdffonts and pdfinfo,
and qpdf. Each runs the real program on a file."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from html import unescape
from pathlib import Path


def run(*args: str) -> subprocess.CompletedProcess[str]:
    # poppler writes the document's metadata in its own encoding: only the text is UTF-8
    return subprocess.run(list(args), capture_output=True, text=True, errors="replace",
                          timeout=120, check=False)


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def text_of(pdf: Path, first: int | None = None, last: int | None = None) -> str:
    """What pdftotext gives back (pages ``first`` to ``last``), white space squashed."""
    pages = [*(["-f", str(first)] if first else []), *(["-l", str(last)] if last else [])]
    result = run("pdftotext", "-enc", "UTF-8", *pages, str(pdf), "-")
    assert result.returncode == 0, result.stderr
    return squash(result.stdout)


@dataclass(frozen=True)
class Word:
    text: str
    x: float
    y: float
    size: float  # poppler's word box height: the font size


def words_of(pdf: Path, page: int) -> list[Word]:
    """The words of one page with their boxes (pdftotext -bbox-layout)."""
    result = run("pdftotext", "-enc", "UTF-8", "-bbox-layout", "-f", str(page), "-l",
                 str(page), str(pdf), "-")
    assert result.returncode == 0, result.stderr
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*?)</word>'
    return [Word(unescape(t), float(x), float(y0), float(y1) - float(y0))
            for x, y0, y1, t in re.findall(pattern, result.stdout)]


def unembedded_fonts(pdf: Path) -> list[str]:
    """The lines of pdffonts for fonts that are not embedded (empty: all are)."""
    result = run("pdffonts", str(pdf))
    assert result.returncode == 0, result.stderr
    rows = result.stdout.splitlines()[2:]
    assert rows, "no fonts at all"
    # columns: name, type (may hold spaces), encoding, emb, sub, uni, object, id
    return [row for row in rows if row.split()[-5] != "yes"]


def qpdf_problems(pdf: Path) -> str:
    """What qpdf --check finds wrong (empty when the file is clean)."""
    result = run("qpdf", "--check", str(pdf))
    clean = result.returncode == 0 and "No syntax or stream encoding errors" in result.stdout
    return "" if clean else result.stdout + result.stderr


def page_sizes(pdf: Path) -> list[tuple[int, int]]:
    """Every page's size in points (pdfinfo), rounded."""
    result = run("pdfinfo", "-enc", "UTF-8", "-f", "1", "-l", "9999", str(pdf))
    assert result.returncode == 0, result.stderr
    return [(round(float(w)), round(float(h)))
            for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", result.stdout)]


def smallest_title_size(pdf: Path, page: int, titles: list[str], others: list[str],
                        top: float, bottom: float) -> float:
    """The smallest font size of the card-title words on a map page between ``top``
    and ``bottom`` (points from the top: the map, not the legend): words of
    ``titles`` that no other text there (``others``: names, labels, measures)
    also holds, so that only card titles are measured."""
    elsewhere = {w for text in others for w in text.split()}
    wanted = {w for title in titles for w in title.split()} - elsewhere
    sizes = [w.size for w in words_of(pdf, page) if w.text in wanted and top <= w.y <= bottom]
    assert sizes, "no card title found on the page"
    return min(sizes)
