"""The interface in Spanish: with the Spanish translators installed before the
window is built, menus, docks and dialogs show Spanish text and no English
interface string is left over (the English source strings are those of the
catalogue, which tests/core/test_i18n_catalog.py keeps equal to the sources)."""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTabBar,
    QTableWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from journeydesigner.i18n_catalog import read_ts, ts_path

FIELD = re.compile(r"\{\d+(?::[^{}]*)?\}")


@pytest.fixture(scope="module")
def english_leftovers() -> tuple[set[str], list[tuple[str, re.Pattern]]]:
    """English source strings that must not be seen in Spanish: those whose
    translation differs, as exact texts and (with {n} fields) as patterns."""
    exact, patterns = set(), []
    for message in read_ts(ts_path("es")):
        source = message.source
        if message.translation in (None, source) or source in exact:
            continue
        if FIELD.search(source):
            parts = FIELD.split(source)
            if sum(len(p.strip()) for p in parts) >= 4:  # enough literal text to match on
                patterns.append((source, re.compile(
                    "(?s)" + "(.+?)".join(re.escape(p) for p in parts) + r"\Z")))
        else:
            exact.add(source)
    return exact, patterns


@pytest.fixture
def spanish(qapp):
    """The Spanish translators for the test's duration, English again afterwards."""
    from journeydesigner.gui.i18n import install_translators

    try:
        assert install_translators("es") == "es"
        assert QCoreApplication.translate("WindowActions", "&File") == "&Archivo", (
            "journeydesigner_es.qm did not load")
        yield
    finally:
        install_translators("en")


@pytest.fixture
def es_window(spanish, window):
    """The conftest ``window``, built after ``spanish`` installed the translators
    (fixtures are set up in the order they are requested) and closed before it
    restores English."""
    return window


def _texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every visible or spoken interface text under ``root``."""
    found: list[tuple[str, str]] = []

    def add(where: str, *texts: str) -> None:
        found.extend((where, t) for t in texts if t and t.strip())

    def named(obj) -> str:
        return f"{type(obj).__name__}({obj.objectName() or '?'})"

    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        where = named(widget)
        add(where + ".toolTip", widget.toolTip())
        add(where + ".statusTip", widget.statusTip())
        add(where + ".whatsThis", widget.whatsThis())
        add(where + ".accessibleName", widget.accessibleName())
        add(where + ".accessibleDescription", widget.accessibleDescription())
        if widget.isWindow() or isinstance(widget, QDockWidget):
            add(where + ".windowTitle", widget.windowTitle())
        if isinstance(widget, QLabel | QAbstractButton):
            add(where + ".text", widget.text())
        if isinstance(widget, QGroupBox):
            add(where + ".title", widget.title())
        if isinstance(widget, QMenu):
            add(where + ".title", widget.title())
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            add(where + ".placeholderText", widget.placeholderText())
        if isinstance(widget, QComboBox):
            add(where + ".placeholderText", widget.placeholderText())
            add(where + ".items", *(widget.itemText(i) for i in range(widget.count())))
        if isinstance(widget, QAbstractSpinBox):
            add(where + ".specialValueText", widget.specialValueText())
        if isinstance(widget, QSpinBox):
            add(where + ".prefix/suffix", widget.prefix(), widget.suffix())
        if isinstance(widget, QTabBar):
            add(where + ".tabs", *(widget.tabText(i) for i in range(widget.count())))
            add(where + ".tabToolTips", *(widget.tabToolTip(i) for i in range(widget.count())))
        if isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            add(where + ".header", *(header.text(i) for i in range(header.columnCount())))
        if isinstance(widget, QTableWidget):
            add(where + ".header", *(
                widget.horizontalHeaderItem(i).text()
                for i in range(widget.columnCount()) if widget.horizontalHeaderItem(i)))
    actions = set(root.findChildren(QAction))
    for widget in widgets:
        actions.update(widget.actions())
    for action in actions:
        where = f"QAction({action.text() or action.objectName() or '?'})"
        add(where + ".text", action.text())
        add(where + ".iconText", action.iconText())
        add(where + ".toolTip", action.toolTip())
        add(where + ".statusTip", action.statusTip())
        add(where + ".whatsThis", action.whatsThis())
    return found


def _english(texts, leftovers) -> list[tuple[str, str, str]]:
    exact, patterns = leftovers
    bad = []
    for where, text in texts:
        if text in exact:
            bad.append((where, text, text))
            continue
        for source, pattern in patterns:
            if pattern.match(text):
                bad.append((where, text, source))
                break
    return bad


def _accelerators(texts: list[str]) -> Counter:
    return Counter(m.lower() for t in texts for m in re.findall(r"(?<!&)&([^&\s])", t))


# --- the main window --------------------------------------------------------------


def test_the_menu_bar_is_in_spanish(es_window):
    menus = [a.text() for a in es_window.menuBar().actions()]
    assert menus == ["&Archivo", "&Editar", "&Mapa", "&Ver", "Ay&uda"]


def test_the_menus_are_in_spanish(es_window):
    menus = {a.text(): a.menu() for a in es_window.menuBar().actions()}
    file_menu = [a.text() for a in menus["&Archivo"].actions()]
    for text in ("&Nuevo…", "&Abrir…", "Abrir &reciente", "&Guardar", "Guardar co&mo…",
                 "&Exportar…", "Pre&ferencias…", "&Cerrar", "&Salir"):
        assert text in file_menu
    edit_menu = [a.text() for a in menus["&Editar"].actions() if not a.isSeparator()]
    assert edit_menu[:2] == ["&Deshacer", "&Rehacer"]
    assert {"Cor&tar", "&Copiar", "&Pegar", "&Eliminar", "&Seleccionar todo"} <= set(edit_menu)
    assert "Añadir &etapa" in [a.text() for a in menus["&Mapa"].actions()]
    view_menu = [a.text() for a in menus["&Ver"].actions()]
    assert {"&Ampliar", "&Reducir", "&Modo taller", "Historial", "Propiedades"} <= set(view_menu)
    assert [a.text() for a in menus["Ay&uda"].actions()] == [
        "&Atajos de teclado", "A&cerca de JourneyDesigner"]


def test_accelerators_do_not_clash_within_a_menu(es_window):
    bar = es_window.menuBar()
    menus = [("menu bar", [a.text() for a in bar.actions()])]
    menus += [(m.title(), [a.text() for a in m.actions()]) for m in bar.findChildren(QMenu)]
    for title, texts in menus:
        clashes = {key: n for key, n in _accelerators(texts).items() if n > 1}
        assert not clashes, f"{title}: {texts}"


def test_the_docks_are_in_spanish(es_window):
    titles = {dock.objectName(): dock.windowTitle()
              for dock in es_window.findChildren(QDockWidget)}
    assert titles == {
        "paletteDock": "Biblioteca de puntos de contacto",
        "propertiesDock": "Propiedades",
        "personasDock": "Personas",
        "analysisDock": "Análisis",
        "historyDock": "Historial",
    }


def test_status_messages_are_in_spanish(es_window):
    es_window.set_persona_filter(None)
    assert es_window.statusBar().currentMessage() == "Mostrando todas las personas"


def test_no_english_is_left_in_the_window(es_window, english_leftovers):
    texts = _texts(es_window)
    assert len(texts) > 100  # the walk reaches the menus, docks and their forms
    assert ("QAction(&Archivo).text", "&Archivo") in texts
    assert not _english(texts, english_leftovers)


def test_no_english_is_left_with_a_card_selected(es_window, english_leftovers, qtbot):
    """The properties and analysis panels after a selection, with the analysis shown."""
    scene = es_window.view.journey_scene
    card = next(iter(scene.cards.values()))
    card.setSelected(True)
    es_window.analysis.show()
    qtbot.wait(50)
    assert not _english(_texts(es_window), english_leftovers)


# --- dialogs ----------------------------------------------------------------------


def _dialog(name: str, window):
    if name == "preferences":
        from journeydesigner.gui.preferences import Preferences, PreferencesDialog

        return PreferencesDialog(Preferences.load(), window)
    if name == "export":
        from journeydesigner.gui.dialogs.export_dialog import ExportDialog

        return ExportDialog(window.controller.doc, "mapa.pdf", window)
    if name == "template":
        from journeydesigner.gui.dialogs.new_map_dialog import NewMapDialog

        return NewMapDialog(None, window)
    if name == "recovery":
        from journeydesigner.gui.dialogs.recovery_dialog import RecoveryDialog
        from journeydesigner.recovery import RecoveryEntry

        entry = RecoveryEntry(key="k", original_path=None, saved_at=datetime.now(UTC),
                              title="Mapa", touchpoint_count=3, path=window.controller.path)
        return RecoveryDialog([entry], window)
    from journeydesigner.gui.locks import LockDialog, LockInfo

    stale = name == "lock-stale"
    info = LockInfo(pid=4242, hostname="portatil", appname="journeydesigner",
                    since=datetime.now(UTC), same_host=True, stale=stale)
    return LockDialog(info, window, "mapa.journey")


@pytest.mark.parametrize(
    "name", ["preferences", "export", "template", "recovery", "lock", "lock-stale"])
def test_no_english_is_left_in_dialogs(es_window, english_leftovers, name):
    dialog = _dialog(name, es_window)
    try:
        texts = _texts(dialog)
        assert texts
        assert not _english(texts, english_leftovers)
        buttons = [b.text() for b in dialog.findChildren(QAbstractButton)]
        labels = [label.text() for label in dialog.findChildren(QLabel)]
        clashes = {k: n for k, n in _accelerators(buttons + labels).items() if n > 1}
        assert not clashes, (buttons, labels)
    finally:
        dialog.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_the_export_dialog_is_in_spanish(es_window):
    dialog = _dialog("export", es_window)
    try:
        assert dialog.windowTitle() == "Exportar mapa"
        assert dialog.export_button.text() == "&Exportar"
        assert dialog.browse_button.text() == "E&xaminar…"
        assert dialog.page_group.title() == "Página"
    finally:
        dialog.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


# --- back to English ----------------------------------------------------------------


def test_english_returns_after_spanish(qapp):
    from journeydesigner.gui.i18n import install_translators

    def tr(context: str, text: str) -> str:
        return QCoreApplication.translate(context, text)

    try:
        install_translators("es")
        assert tr("WindowActions", "&Edit") == "&Editar"
    finally:
        install_translators("en")
    assert tr("WindowActions", "&Edit") == "&Edit"
    assert tr("PaletteDock", "Touchpoint library") == "Touchpoint library"


def test_the_window_is_english_without_translators(window, english_leftovers):
    """Sanity check of the walk: in English it does find the source strings."""
    assert [a.text() for a in window.menuBar().actions()] == [
        "&File", "&Edit", "&Map", "&View", "&Help"]
    found = {text for _where, text, _source in _english(_texts(window), english_leftovers)}
    assert {"&Save", "Touchpoint library", "Search touchpoints…", "Properties"} <= found
    assert len(found) > 50


def test_refused_edits_are_explained_in_spanish(es_window, monkeypatch):
    from journeydesigner.gui.dialogs import delete_header

    monkeypatch.setattr(delete_header, "ask", lambda box: True)
    scene = es_window.view.journey_scene
    for stage in list(es_window.controller.doc.stages):
        scene.clearSelection()
        scene.stage_headers[stage.id].setSelected(True)
        es_window.delete_action.trigger()
    assert len(es_window.controller.doc.stages) == 1
    assert es_window.statusBar().currentMessage() == "un mapa necesita al menos una etapa"
