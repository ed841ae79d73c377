"""Loading and saving .journey files (Qt-free).

Loading refuses a bad file as a whole and reports every problem with its place;
only :class:`LoadError` ever leaves :func:`load`. Saving writes stable bytes
atomically (temporary file, fsync, ``os.replace``, fsync of the folder) and
keeps the previous version as ``NAME.journey.bak``.
"""

from __future__ import annotations

import codecs
import contextlib
import gc
import glob
import hashlib
import json
import math
import os
import re
import shutil
import stat
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from itertools import compress, repeat
from operator import attrgetter, contains
from pathlib import Path
from typing import Any, BinaryIO

from pydantic import ValidationError

from . import json_places, limits
from .json_places import has_lone_surrogate, printable
from .model import FORMAT_NAME, FORMAT_VERSION, Document, Node, find_problems
from .problems import Place, Problem, ProblemError, line
from .problems import codes as C  # noqa: N812
from .problems.validation import problems_of

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 64
MAX_PROBLEMS = 200
#: The longest file name (in bytes) of the usual file systems (ext4, XFS, Btrfs, NTFS…).
NAME_MAX = 255
#: Written compactly, a file grows at most about 3.8 times (``1e15,`` becomes
#: ``1000000000000000.0,``; see :func:`loads`): smaller files always save within
#: :data:`MAX_FILE_BYTES`, larger ones are checked when they are opened.
_CHECK_WRITTEN_SIZE_ABOVE = MAX_FILE_BYTES // 4


class LoadError(Exception):
    """A file that cannot be opened; ``problems`` holds one entry per broken rule."""

    def __init__(self, path: str | os.PathLike[str], problems: list[Problem]) -> None:
        self.path = str(path)
        self.problems = problems
        super().__init__("\n".join(self.lines()))

    def lines(self, language: str = "en") -> list[str]:
        """One ``FILE: place: message`` line per problem, worded in ``language``."""
        return [f"{self.path}: {line(problem, language)}" for problem in self.problems]


#: how a failed save begins, by language
_COULD_NOT_SAVE = {"en": "could not save", "es": "no se pudo guardar"}


class SaveError(Exception):
    """A save that failed; the file on disk is left as it was. ``problem`` says why."""

    def __init__(self, path: str | os.PathLike[str], problem: Problem) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(self.text())

    def text(self, language: str = "en") -> str:
        """``FILE: could not save: why``, worded in ``language``."""
        return (f"{self.path}: {_COULD_NOT_SAVE.get(language, _COULD_NOT_SAVE['en'])}: "
                f"{line(self.problem, language)}")

    @property
    def reason(self) -> str:
        """Why, in English."""
        return line(self.problem)


def _refuse_constant(name: str) -> Any:
    raise ProblemError(C.JSON_CONSTANT(constant=name))


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ProblemError(C.JSON_NUMBER_TOO_LARGE(number=text[:40]))
    return value


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ProblemError(C.JSON_DUPLICATE_KEY(key=printable(key[:60])))
        out[key] = value
    return out


#: The JSON parser's complaints (``json.JSONDecodeError.msg``, some ending in "at"
#: because Python appends the place) as terms of the wording (``TERMS["complaint"]``),
#: whole sentences about the place reported.
JSON_COMPLAINTS = {
    "Expecting value": "expecting_value",
    "Expecting ',' delimiter": "expecting_comma",
    "Expecting ':' delimiter": "expecting_colon",
    "Expecting property name enclosed in double quotes": "expecting_key",
    "Extra data": "extra_data",
    "Unterminated string starting at": "unterminated_string",
    "Invalid control character at": "control_character",
    "Invalid \\escape": "bad_escape",
    "Invalid \\uXXXX escape": "bad_unicode_escape",
    "Illegal trailing comma before end of object": "trailing_comma_object",
    "Illegal trailing comma before end of array": "trailing_comma_array",
}


def json_complaint(exc: json.JSONDecodeError) -> str:
    """What is wrong at ``exc``'s place, as a term: Python's own wording ends
    mid-sentence ("Unterminated string starting at"). A document that ends early
    (a truncated file) says so, whatever the parser expected next. A complaint
    the table does not know is Python's own."""
    if exc.msg in JSON_COMPLAINTS and exc.msg != "Extra data" and not exc.doc[exc.pos:].strip():
        return "cut_short"
    return JSON_COMPLAINTS.get(exc.msg, exc.msg)


def parse_json(raw: bytes) -> Any:
    """JSON text to data, refusing what a .journey file may not hold."""
    if not raw.strip():
        raise ProblemError(C.FILE_EMPTY())
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        place = Place(byte=exc.start, line=raw[: exc.start].count(b"\n") + 1)
        raise ProblemError(C.FILE_NOT_UTF8(place)) from None
    try:
        data = json.loads(
            text,
            parse_constant=_refuse_constant,
            parse_float=_finite_float,
            object_pairs_hook=_unique_keys,
        )
    except ProblemError as exc:  # a hook's, without a place
        raise ProblemError(_located(text, exc.problem)) from None
    except json.JSONDecodeError as exc:
        place = Place(line=exc.lineno, column=exc.colno)
        raise ProblemError(C.JSON_SYNTAX(place, complaint=json_complaint(exc))) from None
    except RecursionError:
        raise ProblemError(_located(text, C.JSON_TOO_DEEP(limit=MAX_DEPTH))) from None
    except ValueError as exc:  # integers with more digits than Python converts
        raise ProblemError(_located(text, _long_integer(exc))) from None
    # Lone surrogates can only come from \\u escapes; when there are none, only
    # the depth needs checking, and places are worked out only to report a problem.
    surrogates = _SURROGATE_ESCAPE.search(text) is not None
    if _breaks_limits(data, surrogates):
        kind = C.JSON_TOO_DEEP(limit=MAX_DEPTH) if not surrogates else C.JSON_LONE_SURROGATE()
        raise ProblemError(_located(text, kind))
    return data


def _located(text: str, refusal: Problem) -> Problem:
    """The first refusal of ``text`` with its path, line and column, read again
    (:mod:`.json_places`); ``refusal``, as the parser gave it, should none be found."""
    return json_places.first_refusal(text, MAX_DEPTH) or refusal


def _long_integer(exc: ValueError) -> Problem:
    """The refusal of an integer longer than Python converts (``exc`` says how long;
    another complaint of the parser is passed on as it is)."""
    digits = re.search(r"value has (\d+) digits", str(exc))
    if digits is None:
        return C.JSON_SYNTAX(complaint=str(exc))
    return C.JSON_INTEGER_TOO_LONG(limit=sys.get_int_max_str_digits(), digits=int(digits[1]))


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _breaks_limits(data: Any, surrogates: bool) -> bool:
    """Whether any value is nested too deep or (if asked) holds a lone surrogate."""
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            return True
        if isinstance(value, dict | list) and value and depth + 1 > MAX_DEPTH:
            return True  # its children, containers or not, sit one level deeper
        if isinstance(value, dict):
            for key, child in value.items():
                if surrogates and has_lone_surrogate(key):
                    return True
                if isinstance(child, dict | list):
                    stack.append((child, depth + 1))
                elif surrogates and isinstance(child, str) and has_lone_surrogate(child):
                    return True
        elif isinstance(value, list):
            for child in value:
                if isinstance(child, dict | list):
                    stack.append((child, depth + 1))
                elif surrogates and isinstance(child, str) and has_lone_surrogate(child):
                    return True
        elif surrogates and isinstance(value, str) and has_lone_surrogate(value):
            return True
    return False


#: What a top level that is not an object is, by its Python type.
_JSON_KINDS = {list: "array", str: "string", int: "number", float: "number", bool: "boolean"}


def document_from_data(data: Any) -> Document:
    """Validate parsed JSON as a document; raises ``LoadError`` with path ``""``."""
    if not isinstance(data, dict):
        kind = _JSON_KINDS.get(type(data), "null")
        raise LoadError("", [C.JSON_TOP_LEVEL(kind=kind)])
    if data.get("format") != FORMAT_NAME:
        raise LoadError("", [C.FORMAT_NOT_OURS("format", expected=FORMAT_NAME)])
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise LoadError("", [C.FORMAT_NEWER_VERSION("version", version=version,
                                                    supported=FORMAT_VERSION)])
    # the model defaults the version for documents made in code; a file must state it
    problems = [] if "version" in data else [C.FIELD_MISSING("version")]
    try:
        doc = Document.model_validate(data)
    except ValidationError as exc:
        problems += problems_of(exc, MAX_PROBLEMS)
        raise LoadError("", problems[:MAX_PROBLEMS]) from None
    problems += find_problems(doc)
    if problems:
        raise LoadError("", problems[:MAX_PROBLEMS])
    return doc


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Loading makes hundreds of thousands of objects and no reference cycles;
    the cyclic collector would walk the growing heap again and again meanwhile
    (most of the loading time of a large map). Reference counting still frees
    everything; the collector's previous state is restored.

    Afterwards the new objects go straight to the oldest generation (``gc.freeze``
    then ``gc.unfreeze``, unless something else froze objects): left young, the first
    allocation after loading would set off a collection of every one of them, a
    third of the loading time, only to find them all alive."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if not gc.get_freeze_count():
            gc.freeze()
            gc.unfreeze()
        if enabled:
            gc.enable()


_FIELDS_SET = attrgetter("__pydantic_fields_set__")
_EXTRA = attrgetter("__pydantic_extra__")
_METRICS = attrgetter("metrics")
#: A closing quote, blanks, then a colon: the end of a key written as ``"key" : value``.
_SPACED_KEY_END = re.compile(rb'"[ \t\n\r]+:')


def _sound_document(raw: bytes) -> Document | None:
    """The document of a file that breaks no rule, or None when in any doubt.

    pydantic-core parses and validates the bytes in one pass, without the dicts and
    lists ``json.loads`` builds first; the cost of the hooks of :func:`parse_json`
    goes too. Its parser refuses by itself what those hooks refuse (invalid UTF-8,
    lone surrogates, control characters in strings, integers of over 4300 digits),
    except that it keeps the last of duplicate keys, reads ``NaN``, ``Infinity`` and
    ``1e999`` as floats and allows nesting down to 200 levels. Known fields refuse
    such numbers and such nesting, so :func:`_key_count` looks for them in unknown
    fields only; :func:`_has_one_colon_per_key` finds duplicate keys. In any doubt
    the careful path takes over, and it alone words the problems.
    """
    body = raw.removeprefix(codecs.BOM_UTF8)
    try:
        doc = Document.model_validate_json(body)
    except ValidationError:
        return None
    if not {"format", "version"} <= doc.__pydantic_fields_set__:
        return None  # the model has defaults for both; a file must state them
    if find_problems(doc):
        return None
    keys = _key_count(doc)
    if keys is None or not _has_one_colon_per_key(body, keys):
        return None
    return doc


def _key_count(doc: Document) -> int | None:
    """The number of keys of every object in the file, a duplicate key counted once;
    None if an unknown field is nested too deep or holds a non-finite number (known
    fields refuse those themselves)."""
    count = len(doc.__pydantic_fields_set__)
    with_extra: list[tuple[Node, int]] = [(doc, 1)] if doc.__pydantic_extra__ else []
    groups = (
        (doc.stages, True),
        (doc.channels, False),
        (doc.personas, False),
        (doc.touchpoints, True),
        (doc.connections, False),
        (doc.lanes, False),
        (doc.notes, False),
    )
    # the objects of the document's arrays are at depth 3, their metrics at 4
    for group, has_metrics in groups:
        fields_sets = list(map(_FIELDS_SET, group))
        count += sum(map(len, fields_sets))
        with_extra += ((obj, 3) for obj in compress(group, map(_EXTRA, group)))
        if not has_metrics:
            continue  # a "metrics" key there is an unknown field, counted as such
        # only metrics written in the file have keys: the shared empty one is not read
        given = compress(group, map(contains, fields_sets, repeat("metrics")))
        for metrics in map(_METRICS, given):
            count += len(metrics.__pydantic_fields_set__)
            if metrics.__pydantic_extra__:
                with_extra.append((metrics, 4))
            if "evidence" in metrics.__pydantic_fields_set__:
                count += _evidence_keys(metrics.evidence, with_extra)
    for obj, depth in with_extra:
        extra = obj.__pydantic_extra__
        # pydantic puts unknown fields in the fields set too; nothing says it must
        count += len(extra.keys() - obj.__pydantic_fields_set__)
        nested = _nested_keys(extra, depth)
        if nested is None:
            return None
        count += nested
    return count


def _evidence_keys(evidence: Node, with_extra: list[tuple[Node, int]]) -> int:
    """The known keys of a touchpoint's ``metrics.evidence`` (depth 5) and of the
    evidence objects in it; those with unknown fields go to ``with_extra``."""
    count = len(evidence.__pydantic_fields_set__)
    if evidence.__pydantic_extra__:
        with_extra.append((evidence, 5))
    for name in evidence.__pydantic_fields_set__ & _EVIDENCE_FIELDS:
        proof = getattr(evidence, name)
        if proof is not None:
            count += len(proof.__pydantic_fields_set__)
            if proof.__pydantic_extra__:
                with_extra.append((proof, 6))
    return count


_EVIDENCE_FIELDS = frozenset({"nps", "csat", "ces"})


def _nested_keys(extra: dict[str, Any], depth: int) -> int | None:
    """Keys of the objects inside the values of ``extra``, the unknown fields of an
    object at ``depth``; None if a value is nested deeper than :data:`MAX_DEPTH` or
    is a non-finite number."""
    count = 0
    stack: list[tuple[dict[str, Any] | list[Any], int]] = [(extra, depth)]
    while stack:
        container, level = stack.pop()
        if container and level + 1 > MAX_DEPTH:
            return None  # its children, containers or not, sit one level deeper
        if isinstance(container, dict):
            count += len(container) if container is not extra else 0
            children: Iterable[Any] = container.values()
        else:
            children = container
        for child in children:
            if isinstance(child, dict | list):
                stack.append((child, level + 1))
            elif isinstance(child, float) and not math.isfinite(child):
                return None
    return count


def _has_one_colon_per_key(body: bytes, keys: int) -> bool:
    """Whether ``body``, valid JSON, has no duplicate key, ``keys`` being the number
    of its keys with each duplicate counted once.

    Every key is followed by a colon, directly or after blanks, and no other colon
    is outside a string. So counting colons gives at least the number of keys with
    duplicates counted each time, which is more than ``keys`` if there are any.
    Counting every colon is exact unless strings hold colons (times, web addresses);
    counting colons right after a quote (and blanks) is exact unless a string starts
    with a colon or holds a quote followed by one. Either count being ``keys`` proves
    that there is no duplicate; otherwise the careful path decides.
    """
    if body.count(b":") == keys:
        return True
    return body.count(b'":') + len(_SPACED_KEY_END.findall(body)) == keys


def _count_excess(raw: bytes) -> Problem | None:
    """The first element beyond the limits of :mod:`.limits`, counted in the raw text
    before anything is validated; None when there is none (or the text is not UTF-8,
    which the validation reports)."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    excess = limits.first_excess(text)
    if excess is None:
        return None
    name, index, offset = excess
    line, column = json_places.line_column(text, offset)
    place = Place(f"{name}[{index}]", line=line, column=column)
    return C.TOO_MANY(place, collection=name, limit=limits.MAX_COUNTS[name])


def loads(raw: bytes, path: str | os.PathLike[str] = "<memory>") -> Document:
    """Bytes of a .journey file to a document, or ``LoadError`` naming ``path``."""
    if len(raw) > MAX_FILE_BYTES:
        raise LoadError(path, [C.FILE_TOO_LARGE(limit=MAX_FILE_BYTES >> 20)])
    if raw.count(b",") > limits.COUNT_FIRST_COMMAS:
        excess = _count_excess(raw)
        if excess is not None:
            raise LoadError(path, [excess])
    try:
        with _collector_paused():
            # the careful path: what the file breaks, in the words of the format's rules
            doc = _sound_document(raw) or document_from_data(parse_json(raw))
    except ProblemError as refused:
        raise LoadError(path, [refused.problem]) from None
    except LoadError as exc:
        raise LoadError(path, exc.problems) from None
    except RecursionError:
        raise LoadError(path, [C.JSON_TOO_DEEP(limit=MAX_DEPTH)]) from None
    over = limits.excess_in(doc)  # a small file is counted once it is validated
    if over is not None:
        raise LoadError(path, [C.TOO_MANY(over, collection=over, limit=limits.MAX_COUNTS[over])])
    # A map that opens must save into a file that opens: numbers can be written longer
    # than read (1e15 is written 1000000000000000.0), fields left out are written.
    if len(raw) > _CHECK_WRITTEN_SIZE_ABOVE:
        written = len(_encode(doc.to_json_data(), compact=True))
        if written > MAX_FILE_BYTES:
            raise LoadError(path, [C.FILE_WRITTEN_TOO_LARGE(
                size=written / (1 << 20), limit=MAX_FILE_BYTES >> 20)])
    return doc


#: What a path names when it is not a regular file, as ``stat`` tells it.
_NOT_A_FILE = (
    (stat.S_ISDIR, "folder"),
    (stat.S_ISFIFO, "fifo"),
    (stat.S_ISSOCK, "socket"),
    (stat.S_ISCHR, "character_device"),
    (stat.S_ISBLK, "block_device"),
)
#: Opening never waits: a named pipe with no writer would block ``open`` for ever.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) \
    | getattr(os, "O_BINARY", 0)


def not_a_file(mode: int) -> Problem | None:
    """Why a file of ``mode`` (``st_mode``) cannot be opened as a map, or None for a
    regular file: reading a pipe or a device could wait or go on for ever."""
    if stat.S_ISREG(mode):
        return None
    kind = next((name for test, name in _NOT_A_FILE if test(mode)), "other")
    return C.FILE_NOT_REGULAR(kind=kind)


def open_regular(path: str | os.PathLike[str]) -> BinaryIO:
    """The regular file ``path`` opened for reading in binary; raises ``OSError`` for
    what cannot be read and :class:`ProblemError` for what is not a regular file. The
    file is opened without waiting and checked on its open descriptor (no race with a
    rename)."""
    fd = os.open(path, _OPEN_FLAGS)
    try:
        reason = not_a_file(os.fstat(fd).st_mode)
    except OSError:
        os.close(fd)
        raise
    if reason is not None:
        os.close(fd)
        raise ProblemError(reason)
    return os.fdopen(fd, "rb")


def read_file(path: str | os.PathLike[str], limit: int) -> bytes:
    """Up to ``limit`` bytes of the regular file ``path`` (see :func:`open_regular`)."""
    with open_regular(path) as handle:
        return handle.read(limit)


def load(path: str | os.PathLike[str]) -> Document:
    """Read and validate a .journey file; raises only ``LoadError``."""
    try:
        raw = read_file(path, MAX_FILE_BYTES + 1)
    except ProblemError as refused:
        raise LoadError(path, [refused.problem]) from None
    except OSError as exc:
        raise LoadError(path, [C.FILE_UNREADABLE(reason=exc.strerror or str(exc))]) from None
    return loads(raw, path)


def _encode(data: dict[str, Any], *, compact: bool) -> bytes:
    if compact:
        text = json.dumps(data, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    else:
        text = json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False)
    return (text + "\n").encode("utf-8")


def dumps(doc: Document) -> bytes:
    """Stable bytes: file-format key order, two-space indent, final newline.

    A map whose indented form would pass :data:`MAX_FILE_BYTES` is written without
    blanks instead (indentation can make a deeply nested map 60 times larger), so
    that every map that was opened can be saved into a file that opens again."""
    data = doc.to_json_data()
    out = _encode(data, compact=False)
    return out if len(out) <= MAX_FILE_BYTES else _encode(data, compact=True)


def _cut_name(name: str, room: int) -> str:
    """``name`` if it takes at most ``room`` bytes, else its start (whole characters),
    ``~`` and 8 hex digits of a hash of the whole name: a short name that differs
    between long names sharing their first ``room`` bytes."""
    raw = os.fsencode(name)
    if len(raw) <= room:
        return name
    tag = b"~" + hashlib.sha256(raw).hexdigest()[:8].encode("ascii")
    cut = room - len(tag)
    while 0 < cut < len(raw) and raw[cut] & 0xC0 == 0x80:  # not inside a UTF-8 character
        cut -= 1
    return os.fsdecode(raw[:cut] + tag)


def sibling_name(name: str, suffix: str) -> str:
    """The name of a file kept beside ``name`` (``.bak``, ``.lock``): ``name + suffix``,
    or, when that would be longer than :data:`NAME_MAX` bytes, the name shortened by
    :func:`_cut_name` so that it fits (the same one every time)."""
    return _cut_name(name, NAME_MAX - len(os.fsencode(suffix))) + suffix


#: mkstemp adds 8 random characters; the longest suffix is ``.bak.tmp``.
_TEMP_ROOM = NAME_MAX - len(".") - len(".") - 8 - len(".bak.tmp")


def _temp_prefix(name: str) -> str:
    """The start of the temporary files of a save of ``name``: ``.NAME.``, with a long
    name shortened so that the temporary names stay within :data:`NAME_MAX`."""
    return f".{_cut_name(name, _TEMP_ROOM)}."


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _file_mode(target: Path) -> int:
    """Permissions of the file being replaced, or the usual ones (0666 less umask)."""
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask


STALE_TEMP_SECONDS = 600


def _remove_stale_temps(folder: Path, name: str) -> None:
    """Temporary files of saves that were killed midway (power cut, crash) are
    older than any save in progress could be; they go before the next save."""
    cutoff = time.time() - STALE_TEMP_SECONDS
    try:
        candidates = list(folder.glob(f"{glob.escape(_temp_prefix(name))}*.tmp"))
    except OSError:
        return
    for leftover in candidates:
        with contextlib.suppress(OSError):
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink()


def _read_only(target: Path, info: os.stat_result) -> bool:
    """Whether the file's permissions say it is not to be written, as its owner sees
    them: no write bit for us as its owner, or none at all. The system's own answer
    (``os.access``) is asked too, but it never says no to root."""
    mode = info.st_mode
    if os.name != "posix":
        return not mode & stat.S_IWRITE
    if info.st_uid == os.geteuid():
        return not mode & stat.S_IWUSR
    return not mode & 0o222 or not os.access(target, os.W_OK)


def save_target(path: str | os.PathLike[str]) -> Path:
    """The file a save of ``path`` replaces: the target of a symbolic link (so the link
    stays a link and the file it points to gets the new version, with its ``.bak``
    beside it), else ``path`` itself."""
    return Path(os.path.realpath(path))


def write_atomically(
    path: str | os.PathLike[str], data: bytes, *, keep_backup: bool = True
) -> None:
    """Replace ``path`` with ``data`` all at once, or leave it untouched.

    The bytes go to a temporary file in the same folder, are flushed and
    fsynced, and then ``os.replace`` swaps them in; the folder is fsynced so
    the rename survives a power cut. With ``keep_backup`` the previous file is
    kept as ``NAME.bak`` (itself replaced atomically, with the file's permissions).
    A symbolic link is written through (see :func:`save_target`); a read-only file
    is refused, though its folder would allow replacing it. Raises ``SaveError``.
    """
    target = save_target(path)
    folder = target.parent
    _remove_stale_temps(folder, target.name)
    temps: list[str] = []
    try:
        try:
            info: os.stat_result | None = os.stat(target)
        except FileNotFoundError:
            info = None
        if info is not None and stat.S_ISREG(info.st_mode) and _read_only(target, info):
            raise SaveError(path, C.SAVE_READ_ONLY())
        prefix = _temp_prefix(target.name)
        fd, temp = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=folder)
        temps.append(temp)
        if os.name == "posix":  # mkstemp makes 0600; keep the mode the file had
            try:
                os.fchmod(fd, _file_mode(target))
            except OSError:
                os.close(fd)
                raise
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if keep_backup and target.is_file():
            fd, backup_temp = tempfile.mkstemp(prefix=prefix, suffix=".bak.tmp", dir=folder)
            os.close(fd)
            temps.append(backup_temp)
            shutil.copyfile(target, backup_temp)
            if os.name == "posix":  # the backup is as private (or not) as the file
                os.chmod(backup_temp, _file_mode(target))
            os.replace(backup_temp, target.with_name(sibling_name(target.name, ".bak")))
            temps.remove(backup_temp)
        os.replace(temp, target)
        temps.remove(temp)
        # The new file is in place now: a folder that cannot be fsynced (some network
        # and FUSE file systems) must not turn a done save into a reported failure.
        with contextlib.suppress(OSError):
            _fsync_folder(folder)
    except OSError as exc:
        raise SaveError(path, C.SAVE_FAILED(reason=exc.strerror or str(exc))) from None
    finally:
        for leftover in temps:
            with contextlib.suppress(OSError):
                os.unlink(leftover)


def save(doc: Document, path: str | os.PathLike[str], *, keep_backup: bool = True) -> None:
    """Write ``doc`` to ``path`` atomically; raises ``SaveError`` on failure, also when
    the map has grown past what a file may hold (it would not open again)."""
    over = limits.excess_in(doc)
    if over is not None:  # it would not open again
        raise SaveError(path, C.SAVE_TOO_MANY(collection=over, limit=limits.MAX_COUNTS[over]))
    data = dumps(doc)
    if len(data) > MAX_FILE_BYTES:
        raise SaveError(path, C.SAVE_TOO_LARGE(size=len(data) / (1 << 20),
                                               limit=MAX_FILE_BYTES >> 20))
    write_atomically(path, data, keep_backup=keep_backup)
