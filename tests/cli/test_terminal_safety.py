"""What the command line prints cannot act on the terminal or end in a traceback
(issue 13, items 9 and 10), run as a user would: a subprocess.

A file name that is not UTF-8 is printed with U+FFFD, whatever the output's
encoding; a named pipe is refused at once; control characters, DEL, C1 controls
and bidirectional controls from a map are printed as escapes in every text output,
and ``--json`` stays valid JSON with the same values.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from journeydesigner.terminal import printable

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "tests" / "examples" / "compra-online.es.journey"
#: Retitle the window, clear the screen, set the clipboard (OSC 52), CSI as one C1
#: character, a right-to-left override, DEL and a bell.
HOSTILE = "\x1b]0;pwned\x07\x1b[2J\x1b]52;c;ZWNobyBoaQ==\x07\x9b31m\u202eevil\x7f"
RAW = ("\x1b", "\x07", "\x9b", "\u202e", "\x7f")


def run_cli(*args: str | bytes, encoding: str = "utf-8:strict") -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONIOENCODING=encoding)
    result = subprocess.run([sys.executable, "-m", "journeydesigner", *args],
                            capture_output=True, cwd=REPO, timeout=120, env=env)
    assert b"Traceback" not in result.stderr, result.stderr.decode("utf-8", "replace")
    return result


def hostile_map(tmp_path: Path) -> Path:
    data = json.loads(EXAMPLE.read_text("utf-8"))
    data["title"] = "Mapa " + HOSTILE
    data["stages"][0]["name"] = "Antes " + HOSTILE
    data["touchpoints"][0]["title"] = "Anuncio " + HOSTILE
    path = tmp_path / "hostile.journey"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return path


def odd_name(tmp_path: Path, raw: bytes) -> bytes:
    """A copy of the example whose name holds bytes that are not UTF-8."""
    path = os.fsencode(tmp_path) + b"/mapa-\xff\xfe.journey"
    with open(path, "wb") as handle:
        handle.write(raw)
    return path


@pytest.mark.parametrize("encoding", ["utf-8:strict", "ascii:strict"])
def test_a_file_name_that_is_not_utf8_is_printed_with_replacement_characters(
        tmp_path, encoding):
    good = odd_name(tmp_path, EXAMPLE.read_bytes())
    result = run_cli("validate", good, encoding=encoding)
    assert result.returncode == 0
    codec = encoding.split(":")[0]
    shown = "\ufffd\ufffd" if codec == "utf-8" else "??"
    assert result.stdout.decode(codec) == f"{tmp_path}/mapa-{shown}.journey: valid\n"
    # the same name in a refusal (standard error) and in the analysis report
    os.unlink(good)
    bad = odd_name(tmp_path, b"[]")
    result = run_cli("validate", bad, encoding=encoding)
    assert result.returncode == 1
    assert result.stderr.decode(codec) == (
        f"{tmp_path}/mapa-{shown}.journey: the top level must be a JSON object, not an array\n")
    os.unlink(bad)
    result = run_cli("analyze", odd_name(tmp_path, EXAMPLE.read_bytes()), encoding=encoding)
    assert result.returncode == 0 and result.stdout


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_validate_refuses_a_named_pipe_at_once(tmp_path):
    fifo = tmp_path / "x.journey"
    os.mkfifo(fifo)
    for command in (["validate"], ["analyze"], ["export"]):
        args = [*command, str(fifo)] + (["-o", str(tmp_path / "o.json")] if command == [
            "export"] else [])
        result = run_cli(*args)  # before the fix: blocked for ever (the timeout)
        assert result.returncode == 1
        assert result.stderr.decode() == f"{fifo}: is a named pipe (FIFO), not a regular file\n"
    result = run_cli("validate", os.devnull, str(tmp_path))
    assert result.stderr.decode().splitlines() == [
        f"{os.devnull}: is a character device, not a regular file",
        f"{tmp_path}: is a folder, not a regular file",
    ]


def test_analyze_text_escapes_terminal_sequences(tmp_path):
    result = run_cli("analyze", hostile_map(tmp_path))
    assert result.returncode == 0
    out = result.stdout.decode("utf-8")
    for char in RAW:
        assert char not in out, f"{char!r} reached the terminal"
    assert printable(HOSTILE) in out
    assert "\\x1b]0;pwned\\x07\\x1b[2J\\x1b]52;c;ZWNobyBoaQ==\\x07\\x9b31m\\u202eevil\\x7f" in out
    assert len(out.splitlines()) > 5  # a report of several lines: its line breaks are kept


def test_analyze_json_stays_valid_json_with_the_same_values(tmp_path):
    path = hostile_map(tmp_path)
    result = run_cli("analyze", "--json", path)
    assert result.returncode == 0
    out = result.stdout.decode("utf-8")
    for char in RAW:
        assert char not in out
    assert json.loads(out)["title"] == "Mapa " + HOSTILE
    ascii_only = run_cli("analyze", "--json", path, encoding="ascii:strict")
    assert json.loads(ascii_only.stdout.decode("ascii")) == json.loads(out)


def test_validate_messages_escape_what_the_file_holds(tmp_path):
    data = json.loads(EXAMPLE.read_text("utf-8"))
    data["created"] = "\x9b2J\u202e"
    data["stages"][0]["\u202ekey"] = 1
    raw = json.dumps(data, ensure_ascii=False).replace('"\u202ekey": 1', '"\u202ekey": 1, '
                                                       '"\u202ekey": 2')
    path = tmp_path / "bad.journey"
    path.write_text(raw, "utf-8")
    result = run_cli("validate", path)
    assert result.returncode == 1
    err = result.stderr.decode("utf-8")
    assert "\x9b" not in err and "\u202e" not in err
    assert "\\u202ekey" in err


def test_the_schema_command_prints_valid_json_in_any_encoding():
    utf8 = run_cli("schema")
    ascii_only = run_cli("schema", encoding="ascii:strict")
    assert json.loads(utf8.stdout.decode("utf-8")) == json.loads(ascii_only.stdout.decode("ascii"))


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("a\x00b\x1fc", "a\\x00b\\x1fc"),
        ("tab\tnew\nline\r", "tab\\tnew\\nline\\r"),
        ("del\x7f c1\x85\x9f", "del\\x7f c1\\x85\\x9f"),
        ("bidi \u202a\u202b\u202c\u202d\u202e \u2066\u2067\u2068\u2069 \u200e\u200f\u061c",
         "bidi \\u202a\\u202b\\u202c\\u202d\\u202e \\u2066\\u2067\\u2068\\u2069 "
         "\\u200e\\u200f\\u061c"),
        ("sep\u2028\u2029", "sep\\u2028\\u2029"),
        ("name-\udcff\udcfe", "name-\ufffd\ufffd"),
        ("Lucía 🛒 «ok» 美", "Lucía 🛒 «ok» 美"),
    ],
)
def test_printable_escapes_every_class_of_control(text, shown):
    assert printable(text) == shown
    assert printable("one\ntwo\x1b", lines=True) == "one\ntwo\\x1b"
