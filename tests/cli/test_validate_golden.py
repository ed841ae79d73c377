"""``journeydesigner validate`` over the broken files of :mod:`tests.cli.broken_files`,
and over what is no file at all, prints exactly the lines of ``golden/validate_en.txt``
(the English wording of every problem, pinned byte for byte) and, with ``--lang es``
or a Spanish locale, those of ``golden/validate_es.txt``."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from journeydesigner.cli import main
from tests.cli.broken_files import BROKEN

GOLDEN = Path(__file__).with_name("golden")


def write_corpus(folder: Path) -> list[str]:
    """The broken files (and a folder, a named pipe, a missing file and a file over
    64 MiB) in ``folder``; their names relative to it, in the order validated."""
    names = []
    for case, raw in BROKEN.items():
        (folder / f"{case}.journey").write_bytes(raw)
        names.append(f"{case}.journey")
    (folder / "folder.journey").mkdir()
    names.append("folder.journey")
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "fifo.journey")
        names.append("fifo.journey")
    names.append("missing.journey")
    with open(folder / "too-large.journey", "wb") as handle:
        handle.truncate(64 * 1024 * 1024 + 1)
    names.append("too-large.journey")
    return names


def validate_output(folder: Path, capsys, *options: str) -> str:
    names = write_corpus(folder)
    assert main(["validate", "--quiet", *options, *names]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    return err


LOCALE = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
#: (options, environment, golden file)
RUNS = {
    "english by default": ((), {}, "validate_en.txt"),
    "english in a C locale": ((), {"LANG": "C.UTF-8"}, "validate_en.txt"),
    "--lang es": (("--lang", "es"), {}, "validate_es.txt"),
    "a Spanish locale": ((), {"LANG": "es_ES.UTF-8"}, "validate_es.txt"),
    "--lang en in a Spanish locale": (("--lang", "en"), {"LC_ALL": "es_MX.UTF-8"},
                                      "validate_en.txt"),
}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="the golden file has a named pipe")
@pytest.mark.parametrize("run", RUNS)
def test_the_lines_are_exactly_the_golden_ones(tmp_path, monkeypatch, capsys, run):
    options, environment, golden = RUNS[run]
    monkeypatch.chdir(tmp_path)
    for name in LOCALE:
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    err = validate_output(tmp_path, capsys, *options)
    expected = (GOLDEN / golden).read_text(encoding="utf-8")
    assert err.splitlines() == expected.splitlines()
    assert err == expected


if __name__ == "__main__":  # rewrite the golden files: python -m tests.cli.test_validate_golden
    import contextlib
    import io
    import tempfile

    for language in ("en", "es"):
        with tempfile.TemporaryDirectory() as tmp:
            os.chdir(tmp)
            names = write_corpus(Path(tmp))
            buffer = io.StringIO()
            with contextlib.redirect_stderr(buffer):
                main(["validate", "--quiet", "--lang", language, *names])
        (GOLDEN / f"validate_{language}.txt").write_text(buffer.getvalue(), encoding="utf-8")
    sys.exit(0)
