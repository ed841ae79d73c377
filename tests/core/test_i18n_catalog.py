"""The Spanish catalogue is complete, current, and its compiled .qm matches the .ts.

The catalogue is what ``pyside6-lupdate`` finds in the package (``self.tr`` in a
QObject subclass, ``QCoreApplication.translate("context", …)`` elsewhere). Every
message needs a finished translation that keeps its ``{n}`` placeholders (a
missing one would raise or show the wrong value at ``.format``) and its ``&``
accelerator. The committed ``.qm`` is what the app loads, so it must be the
compilation of the committed ``.ts``. After changing interface text run
``python -m journeydesigner.i18n_catalog`` and translate what it prints.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from journeydesigner import i18n_catalog
from journeydesigner.i18n_catalog import LANGUAGES, Message, qm_path, read_ts, ts_path

REFRESH = "run `python -m journeydesigner.i18n_catalog`"
# {0}, {1:.1f}, … (str.format fields as the sources use them)
PLACEHOLDER = re.compile(r"\{\d+(?:![rsa])?(?::[^{}]*)?\}")
# an accelerator: "&" before a character other than "&" (and not the "&&" escape)
ACCELERATOR = re.compile(r"(?<!&)&(?!&)(\S)")


@pytest.fixture(scope="module")
def sources() -> set[tuple[str, str]]:
    return i18n_catalog.source_messages()


@pytest.fixture(scope="module", params=LANGUAGES)
def language(request) -> str:
    return request.param


@pytest.fixture(scope="module")
def messages(language) -> list[Message]:
    return read_ts(ts_path(language))


@pytest.fixture(scope="module")
def translated(messages) -> list[Message]:
    return [m for m in messages if m.translation is not None]


def test_lupdate_finds_the_interface_text_in_its_contexts(sources):
    assert len(sources) > 500
    assert ("WindowActions", "&File") in sources  # self.tr in a mixin of the window
    assert ("PaletteDock", "Touchpoint library") in sources  # self.tr in a QDockWidget
    assert ("undo_text", "Move {0}") in sources  # QCoreApplication.translate in a function


def test_lupdate_sees_only_contexts_and_literals(tmp_path):
    """The scan of a small package: each literal in its own context (the class, or the
    one named), a string in a variable not at all (it must be translated elsewhere)."""
    (tmp_path / "widget.py").write_text(
        "from PySide6.QtCore import QCoreApplication, QObject\n"
        "class Widget(QObject):\n"
        "    def title(self):\n"
        "        return self.tr('Title')\n"
        "def label(text):\n"
        "    return QCoreApplication.translate('widget', 'Label'), "
        "QCoreApplication.translate('widget', text)\n", encoding="utf-8")
    assert i18n_catalog.source_messages(tmp_path) == {("Widget", "Title"), ("widget", "Label")}


def test_the_ts_holds_exactly_the_strings_of_the_sources(sources, messages, language):
    root = ET.parse(ts_path(language)).getroot()
    assert root.get("language") == language
    in_file = [(m.context, m.source) for m in messages]
    assert len(in_file) == len(set(in_file)), "a message appears twice"
    assert set(in_file) - sources == set(), f"the .ts holds strings gone from the code: {REFRESH}"
    assert sources - set(in_file) == set(), f"the .ts lacks strings of the code: {REFRESH}"


def test_every_string_has_a_finished_translation(messages, language):
    missing = sorted(f"{m.context}: {m.source}" for m in messages
                     if m.translation is None or not m.translation.strip())
    assert not missing, (
        f"{len(missing)} untranslated strings in {ts_path(language).name}; {REFRESH} "
        f"and translate them: {missing}"
    )


def test_one_source_has_one_translation_in_every_context(translated):
    """The catalogue was one context before lupdate: a string moved to a class of its own
    keeps the wording people know."""
    seen: dict[str, set[str]] = {}
    for m in translated:
        seen.setdefault(m.source, set()).add(m.translation)
    assert {s: t for s, t in seen.items() if len(t) > 1} == {}


def test_translations_keep_the_placeholders(translated):
    wrong = {m.source: m.translation for m in translated
             if sorted(set(PLACEHOLDER.findall(m.source)))
             != sorted(set(PLACEHOLDER.findall(m.translation)))}
    assert not wrong


def test_translations_format_like_their_sources(translated):
    """Formatting with the same arguments as the source works (no stray braces)."""
    for m in translated:
        if not PLACEHOLDER.search(m.source):
            continue
        count = 1 + max(int(n) for n in re.findall(r"\{(\d+)", m.source))
        args = [1.5 if re.search(rf"\{{{i}:[^}}]*f\}}", m.source) else f"<{i}>"
                for i in range(count)]
        m.translation.format(*args)


def test_translations_keep_one_accelerator(translated):
    wrong = {m.source: m.translation for m in translated
             if len(ACCELERATOR.findall(m.source)) != len(ACCELERATOR.findall(m.translation))}
    assert not wrong


def test_translations_keep_the_ending(translated):
    """An ellipsis stays (it promises a dialog), and so does a final colon or question."""
    wrong = {m.source: m.translation for m in translated
             if any(m.source.endswith(end) != m.translation.endswith(end)
                    for end in ("…", ":", "?"))}
    assert not wrong


def test_translations_have_no_stray_whitespace(translated):
    wrong = {m.source: m.translation for m in translated
             if m.translation[:1].isspace() != m.source[:1].isspace()
             or m.translation[-1:].isspace() != m.source[-1:].isspace()
             or "  " in m.translation.replace("\n", " ") and "  " not in m.source}
    assert not wrong


def test_the_menu_bar_accelerators_are_the_agreed_ones():
    spanish = {m.source: m.translation for m in read_ts(ts_path("es"))
               if m.context == "WindowActions"}
    menus = ["&File", "&Edit", "&Map", "&View", "&Help"]
    assert [spanish[m] for m in menus] == ["&Archivo", "&Editar", "&Mapa", "&Ver", "Ay&uda"]


def test_the_committed_qm_is_the_compiled_ts(language, tmp_path):
    fresh = tmp_path / f"fresh_{language}.qm"
    i18n_catalog.lrelease(ts_path(language), fresh)
    assert qm_path(language).read_bytes() == fresh.read_bytes(), (
        f"{qm_path(language).name} is stale: {REFRESH}")


def test_the_committed_qm_translates_every_string(translated, language):
    """What the app really loads (independent of lrelease's byte layout)."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(qm_path(language)))
    assert translator.language() == language
    wrong = {(m.context, m.source): loaded for m in translated
             if (loaded := translator.translate(m.context, m.source)) != m.translation}
    assert not wrong, f"{qm_path(language).name} is stale: {sorted(wrong)[:10]}"
