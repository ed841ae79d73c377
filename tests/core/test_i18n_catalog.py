"""The Spanish catalogue is complete and its compiled .qm matches the .ts.

Every literal ``tr("…")`` of the package needs a finished translation that keeps
its ``{n}`` placeholders (a missing one would raise or show the wrong value at
``.format``) and its ``&`` accelerator. The committed ``.qm`` is what the app
loads, so it must be the compilation of the committed ``.ts``. After changing
interface text run ``python -m journeydesigner.i18n_catalog`` and translate what
it prints.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from journeydesigner import i18n_catalog
from journeydesigner.i18n_catalog import (
    CONTEXT,
    LANGUAGES,
    qm_path,
    read_ts,
    source_strings,
    ts_path,
)

# {0}, {1:.1f}, … (str.format fields as the sources use them)
PLACEHOLDER = re.compile(r"\{\d+(?:![rsa])?(?::[^{}]*)?\}")
# an accelerator: "&" before a character other than "&" (and not the "&&" escape)
ACCELERATOR = re.compile(r"(?<!&)&(?!&)(\S)")


@pytest.fixture(scope="module")
def sources() -> dict[str, str]:
    return source_strings()


@pytest.fixture(scope="module", params=LANGUAGES)
def language(request) -> str:
    return request.param


@pytest.fixture(scope="module")
def translations(language) -> dict[str, str]:
    return read_ts(ts_path(language))


def test_the_sources_have_interface_text(sources):
    assert len(sources) > 100
    assert "&File" in sources
    assert all(where.startswith("journeydesigner") for where in sources.values())


def test_every_string_has_a_finished_translation(sources, translations, language):
    missing = sorted(s for s in sources if not translations.get(s, "").strip())
    assert not missing, (
        f"{len(missing)} untranslated strings in {ts_path(language).name}; run "
        f"`python -m journeydesigner.i18n_catalog` and translate them: {missing}"
    )


def test_the_ts_holds_only_current_strings(sources, language):
    root = ET.parse(ts_path(language)).getroot()
    assert root.get("language") == language
    contexts = [c.findtext("name") for c in root.iter("context")]
    assert contexts == [CONTEXT]
    in_file = [m.findtext("source") for m in root.iter("message")]
    assert len(in_file) == len(set(in_file)), "a source string appears twice"
    assert set(in_file) == set(sources), "the .ts is stale: run the catalogue update"
    unfinished = [m.findtext("source") for m in root.iter("message")
                  if m.find("translation").get("type") is not None]
    assert not unfinished


def test_translations_keep_the_placeholders(sources, translations):
    wrong = {
        source: translations[source]
        for source in sources
        if source in translations
        and sorted(set(PLACEHOLDER.findall(source)))
        != sorted(set(PLACEHOLDER.findall(translations[source])))
    }
    assert not wrong


def test_translations_format_like_their_sources(sources, translations):
    """Formatting with the same arguments as the source works (no stray braces)."""
    for source in sources:
        if source not in translations or not PLACEHOLDER.search(source):
            continue
        count = 1 + max(int(m) for m in re.findall(r"\{(\d+)", source))
        args = [1.5 if re.search(rf"\{{{i}:[^}}]*f\}}", source) else f"<{i}>"
                for i in range(count)]
        translations[source].format(*args)


def test_translations_keep_one_accelerator(sources, translations):
    wrong = {
        source: translations[source]
        for source in sources
        if source in translations
        and len(ACCELERATOR.findall(source)) != len(ACCELERATOR.findall(translations[source]))
    }
    assert not wrong


def test_translations_keep_the_ending(sources, translations):
    """An ellipsis stays (it promises a dialog), and so does a final colon or question."""
    wrong = {
        source: translations[source]
        for source in sources
        if source in translations
        and any(source.endswith(end) != translations[source].endswith(end)
                for end in ("…", ":", "?"))
    }
    assert not wrong


def test_translations_have_no_stray_whitespace(sources, translations):
    wrong = {
        source: translation
        for source, translation in translations.items()
        if source in sources
        and (translation[:1].isspace() != source[:1].isspace()
             or translation[-1:].isspace() != source[-1:].isspace()
             or "  " in translation.replace("\n", " ") and "  " not in source)
    }
    assert not wrong


def test_the_menu_bar_accelerators_are_the_agreed_ones():
    translations = read_ts(ts_path("es"))
    menus = ["&File", "&Edit", "&Map", "&View", "&Help"]
    assert [translations[m] for m in menus] == ["&Archivo", "&Editar", "&Mapa", "&Ver", "Ay&uda"]


def _lrelease() -> str | None:
    tool = i18n_catalog.lrelease()
    if Path(tool).is_file() or shutil.which(tool):
        return tool
    return None


def test_the_committed_qm_is_the_compiled_ts(language, tmp_path):
    tool = _lrelease()
    if tool is None:
        pytest.skip("pyside6-lrelease is not installed")
    fresh = tmp_path / f"fresh_{language}.qm"
    done = subprocess.run([tool, "-silent", str(ts_path(language)), "-qm", str(fresh)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0 or not fresh.exists():
        pytest.skip(f"pyside6-lrelease cannot run here: {done.stderr.strip()[:200]}")
    assert qm_path(language).read_bytes() == fresh.read_bytes(), (
        f"{qm_path(language).name} is stale: run `python -m journeydesigner.i18n_catalog`"
    )


def test_the_committed_qm_translates_every_string(sources, translations, language):
    """What the app really loads (independent of lrelease's byte layout)."""
    QtCore = pytest.importorskip("PySide6.QtCore")
    translator = QtCore.QTranslator()
    assert translator.load(str(qm_path(language)))
    assert translator.language() == language
    wrong = {}
    for source in sources:
        loaded = translator.translate(CONTEXT, source)
        if loaded != translations.get(source):
            wrong[source] = loaded
    assert not wrong, f"{qm_path(language).name} is stale: {sorted(wrong)[:10]}"
