"""What the command line prints, made safe for a terminal (Qt-free).

Text from a map (titles, names, labels) and file names given on the command line
reach the terminal through :func:`say` and :func:`say_json` only. A title holding
``ESC ] 0 ;`` would otherwise retitle the window, clear the screen or fill the
clipboard (OSC 52); a file name that is not UTF-8 would end the command in a
``UnicodeEncodeError``. So control characters (C0, DEL, C1) and the invisible
bidirectional controls that reorder a line are shown as escapes, lone surrogates
(the undecodable bytes of a name) as U+FFFD, and whatever the output's encoding
cannot hold is replaced: the command always finishes and prints every line.
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any, TextIO

#: The bidirectional marks, embeddings, overrides and isolates, the Unicode line and
#: paragraph separators, and lone surrogates.
_INVISIBLE = "\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff"
#: C0 controls, DEL, C1 controls and the above; in a report, all but the line break.
_UNSAFE_IN_TEXT = re.compile(f"[\x00-\x1f\x7f-\x9f{_INVISIBLE}]")
_UNSAFE_IN_LINES = re.compile(f"[\x00-\x09\x0b-\x1f\x7f-\x9f{_INVISIBLE}]")
#: In JSON text these characters can only stand inside strings, where ``\\uXXXX`` keeps
#: the value; C0 controls are escaped by ``json.dumps`` already.
_UNSAFE_IN_JSON = re.compile(f"[\x7f-\x9f{_INVISIBLE}]")
_SHORT = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if 0xD800 <= code <= 0xDFFF:
        return "\ufffd"  # an undecodable byte of a file name (os.fsdecode's surrogateescape)
    if char in _SHORT:
        return _SHORT[char]
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str, *, lines: bool = False) -> str:
    """``text`` with every character a terminal would act on shown as an escape
    (``\\x1b``, ``\\u202e``) and lone surrogates as U+FFFD; with ``lines`` its line
    breaks are kept (a report of several lines), else they are escaped too."""
    return (_UNSAFE_IN_LINES if lines else _UNSAFE_IN_TEXT).sub(_escape, text)


def _encodable(text: str, stream: TextIO) -> str:
    """``text`` with what ``stream``'s encoding cannot hold replaced (``?``)."""
    encoding = getattr(stream, "encoding", None)
    if not encoding:
        return text
    return text.encode(encoding, "replace").decode(encoding)


def say(text: str, stream: TextIO | None = None, *, lines: bool = False) -> None:
    """Print ``text`` (one line, or several with ``lines``) safely on ``stream``
    (standard output by default): see :func:`printable`."""
    out = sys.stdout if stream is None else stream
    out.write(_encodable(printable(text, lines=lines).rstrip("\n") + "\n", out))
    out.flush()


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def say_json(data: Any, stream: TextIO | None = None) -> None:
    """Print ``data`` as indented JSON that stays valid and means the same: characters
    a terminal would act on are written as ``\\uXXXX``, and so is all non-ASCII text
    when the output's encoding cannot hold it."""
    out = sys.stdout if stream is None else stream
    text = _UNSAFE_IN_JSON.sub(_json_escape, json.dumps(data, indent=2, ensure_ascii=False))
    if _encodable(text, out) != text:
        text = json.dumps(data, indent=2, ensure_ascii=True)
    out.write(text + "\n")
    out.flush()
