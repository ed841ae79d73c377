"""Map templates and the touchpoint library, read from ``resources/`` (Qt-free).

Templates are ordinary ``.journey`` files in ``resources/templates/`` named
``NAME.journey`` (for instance ``purchase.es.journey`` is the template
``purchase.es``). The touchpoint library is ``resources/library/touchpoints.json``:
a list of typical touchpoints with their names in English and Spanish, the
stage they usually belong to (``before``, ``during``, ``after``), the channel
kind (``digital``, ``in_person`` or ``both``) and the defaults of the
touchpoint fields ``direct``, ``controllable`` and ``initiative``.

The resources folder is found, in this order, from the environment variable
``JOURNEYDESIGNER_RESOURCES``, from PyInstaller's unpack folder
(``sys._MEIPASS / "resources"``) in a frozen app, or next to the package.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .fileio import LoadError, load
from .model import Document, Touchpoint, is_valid_id

log = logging.getLogger(__name__)

RESOURCES_ENV = "JOURNEYDESIGNER_RESOURCES"
TEMPLATE_SUFFIX = ".journey"
DEFAULT_TEMPLATE = "purchase.en"
LIBRARY_STAGES = ("before", "during", "after")
LIBRARY_KINDS = ("digital", "in_person", "both")
LIBRARY_INITIATIVES = ("proactive", "reactive", None)

#: Where the resources are when running from source or an installed package.
PACKAGE_RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def resources_dir() -> Path:
    """The resources folder, looked up now (so the environment can change it)."""
    override = os.environ.get(RESOURCES_ENV)
    if override:
        return Path(override).expanduser()
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "resources"
    return PACKAGE_RESOURCES


#: The resources folder as found at import time; functions here call
#: :func:`resources_dir` so a later change of the environment still counts.
RESOURCES = resources_dir()


def templates_dir() -> Path:
    return resources_dir() / "templates"


def library_path() -> Path:
    return resources_dir() / "library" / "touchpoints.json"


def _primary_language(language: str) -> str:
    """``"es-MX"`` / ``"es_ES"`` / ``"ES"`` -> ``"es"``."""
    return language.replace("_", "-").split("-", 1)[0].strip().lower()


# --------------------------------------------------------------------------- templates


@dataclass(frozen=True)
class TemplateInfo:
    """One template: ``name`` to pass to :func:`new_document`, its title and language."""

    name: str
    title: str
    language: str
    path: Path


class UnknownTemplate(KeyError, ValueError):
    """No template has this name; ``available`` lists the names there are."""

    def __init__(self, name: str, available: list[str]) -> None:
        super().__init__(name)
        self.name = name
        self.available = available

    def __str__(self) -> str:
        names = ", ".join(self.available) or "none (the templates folder is missing or empty)"
        return f'no template named "{self.name}"; available templates: {names}'


def _template_files() -> dict[str, Path]:
    """Template name -> file, sorted by name, without reading the files."""
    folder = templates_dir()
    try:
        paths = [p for p in folder.iterdir() if p.name.endswith(TEMPLATE_SUFFIX) and p.is_file()]
    except OSError:
        return {}
    return {p.name.removesuffix(TEMPLATE_SUFFIX): p for p in sorted(paths, key=lambda p: p.name)}


def list_templates() -> list[TemplateInfo]:
    """Every template that loads, sorted by name (a broken one is logged and left out)."""
    out: list[TemplateInfo] = []
    for name, path in _template_files().items():
        try:
            doc = load(path)
        except LoadError as exc:
            log.warning("template %s cannot be used:\n%s", name, exc)
            continue
        out.append(TemplateInfo(name=name, title=doc.title, language=doc.language, path=path))
    return out


def default_template(language: str) -> str:
    """The blank purchase journey in ``language``: ``"purchase.es"`` for Spanish.

    Other languages get ``"purchase.en"`` unless a ``purchase.<language>``
    template has been added to the resources.
    """
    primary = _primary_language(language)
    if primary == "es":
        return "purchase.es"
    candidate = f"purchase.{primary}"
    if primary and primary != "en" and candidate in _template_files():
        return candidate
    return DEFAULT_TEMPLATE


def utc_timestamp(now: datetime | None = None) -> str:
    """``now`` (default: the current time) as ``YYYY-MM-DDTHH:MM:SSZ`` in UTC.

    A naive ``now`` is taken to be in UTC already.
    """
    moment = datetime.now(UTC) if now is None else now
    moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def new_document(
    template: str = DEFAULT_TEMPLATE, title: str | None = None, *, now: datetime | None = None
) -> Document:
    """A new document from ``template``, with ``title`` if given, created and modified ``now``.

    Raises :class:`UnknownTemplate` for a name no template has, ``ValueError``
    for a title that is empty or longer than 200 characters, and
    :class:`~journeydesigner.fileio.LoadError` if the template file is broken.
    """
    files = _template_files()
    name = template.removesuffix(TEMPLATE_SUFFIX)
    path = files.get(name)
    if path is None:
        raise UnknownTemplate(template, list(files))
    doc = load(path)
    if title is not None:
        title = title.strip()
        if not 1 <= len(title) <= 200:
            raise ValueError(f"a title must be 1 to 200 characters long, not {len(title)}")
        doc.title = title
    stamp = utc_timestamp(now)
    doc.created = stamp
    doc.modified = stamp
    return doc


# --------------------------------------------------------------------------- library


@dataclass(frozen=True)
class LibraryEntry:
    """A typical touchpoint: names by language, usual stage and channel kind, defaults."""

    id: str
    names: dict[str, str] = field(hash=False)
    stage: str
    kind: str
    direct: bool
    controllable: bool
    initiative: str | None

    def name(self, language: str) -> str:
        """The name in ``language`` (``"es-MX"`` finds ``"es"``), else in English."""
        for key in (language, _primary_language(language), "en"):
            if self.names.get(key):
                return self.names[key]
        return next((n for n in self.names.values() if n), self.id)


class LibraryError(ValueError):
    """The library file is missing or breaks its format; the message names the place."""


def _entry_from_data(data: Any, place: str) -> LibraryEntry:
    def fail(where: str, message: str) -> LibraryError:
        return LibraryError(f"{place}{where}: {message}")

    if not isinstance(data, dict):
        raise fail("", "must be an object")
    ident = data.get("id")
    if not isinstance(ident, str) or not is_valid_id(ident):
        raise fail(".id", f"{ident!r:.60} is not a valid id")
    names = data.get("name")
    if not isinstance(names, dict) or not names:
        raise fail(".name", 'must be an object of names by language, e.g. {"en": "…"}')
    for lang, text in names.items():
        if not isinstance(text, str) or not text.strip():
            raise fail(f".name.{lang}", "must be a non-empty string")
    if "en" not in names:
        raise fail(".name", "needs an English name (en)")
    stage = data.get("stage")
    if stage not in LIBRARY_STAGES:
        raise fail(".stage", f"must be one of {', '.join(LIBRARY_STAGES)}, not {stage!r:.40}")
    kind = data.get("kind")
    if kind not in LIBRARY_KINDS:
        raise fail(".kind", f"must be one of {', '.join(LIBRARY_KINDS)}, not {kind!r:.40}")
    flags = {}
    for key in ("direct", "controllable"):
        value = data.get(key, True)
        if not isinstance(value, bool):
            raise fail(f".{key}", "must be true or false")
        flags[key] = value
    initiative = data.get("initiative")
    if initiative not in LIBRARY_INITIATIVES:
        raise fail(".initiative", 'must be "proactive", "reactive" or null')
    return LibraryEntry(
        id=ident,
        names={str(k): v.strip() for k, v in names.items()},
        stage=stage,
        kind=kind,
        direct=flags["direct"],
        controllable=flags["controllable"],
        initiative=initiative,
    )


def load_library(path: str | os.PathLike[str] | None = None) -> list[LibraryEntry]:
    """The touchpoint library in file order; raises :class:`LibraryError` if it is broken."""
    source = Path(path) if path is not None else library_path()
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
    except OSError as exc:
        raise LibraryError(f"{source}: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise LibraryError(f"{source}: not valid UTF-8 JSON: {exc}") from None
    if not isinstance(data, list):
        raise LibraryError(f"{source}: the top level must be a JSON array")
    entries = [_entry_from_data(item, f"{source}: [{i}]") for i, item in enumerate(data)]
    seen: set[str] = set()
    for i, entry in enumerate(entries):
        if entry.id in seen:
            raise LibraryError(f'{source}: [{i}].id: id "{entry.id}" is used twice')
        seen.add(entry.id)
    return entries


def fold(text: str) -> str:
    """``text`` for comparison: no accents, no case (``"Boletín"`` -> ``"boletin"``)."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.casefold()


def search_library(
    query: str, language: str, entries: list[LibraryEntry] | None = None
) -> list[LibraryEntry]:
    """Entries whose name in any language holds every word of ``query``.

    Case and accents are ignored (``"boletin"`` finds "Boletín", ``"cafe"``
    finds "café"). Entries matched by their name in ``language`` come first;
    otherwise the library order is kept. An empty query gives every entry.
    """
    pool = load_library() if entries is None else list(entries)
    words = fold(query).split()
    if not words:
        return pool

    def matches(name: str) -> bool:
        folded = fold(name)
        return all(word in folded for word in words)

    hits = [e for e in pool if any(matches(n) for n in e.names.values())]
    hits.sort(key=lambda e: not matches(e.name(language)))
    return hits


def touchpoint_from_library(
    doc: Document, entry: LibraryEntry, stage_id: str, channel_id: str, step: int = 0
) -> Touchpoint:
    """A new touchpoint for ``doc`` made from ``entry`` (not yet added to ``doc``).

    The id is new in ``doc``, the title is the entry's name in the document's
    language, and ``direct``, ``controllable`` and ``initiative`` come from the
    entry. Raises ``ValueError`` if the stage or channel is not in ``doc``.
    """
    if doc.stage(stage_id) is None:
        raise ValueError(f'no stage with id "{stage_id}"')
    if doc.channel(channel_id) is None:
        raise ValueError(f'no channel with id "{channel_id}"')
    return Touchpoint(
        id=doc.new_id(entry.id),
        title=entry.name(doc.language)[:200],
        stage=stage_id,
        channel=channel_id,
        step=step,
        direct=entry.direct,
        controllable=entry.controllable,
        initiative=entry.initiative,
    )
