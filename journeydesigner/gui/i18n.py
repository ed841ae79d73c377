"""Interface text goes through Qt's translation system: ``self.tr`` in QObject
subclasses (the class is the context), ``QCoreApplication.translate(context, …)``
elsewhere; ``python -m journeydesigner.i18n_catalog`` gathers them with lupdate.

``install_translators`` loads ``resources/i18n/journeydesigner_LANG.qm`` and
Qt's own translations (standard buttons and dialogs) for the chosen language:
the one saved in preferences, else the system's.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

#: Qt's own texts that the ``qtbase_LANG.qm`` shipped with PySide6 lacks (Qt 6 gave
#: them mnemonics, the translation still has them without): (context, source) -> text.
QT_GAPS: dict[str, dict[tuple[str, str], str]] = {
    "es": {
        ("QFileDialog", "&Look in:"): "&Buscar en:",
        ("QFileDialog", "Files of &type:"): "Ficheros de &tipo:",
        # the Type column of the file dialog (a file's own type comes from the system)
        ("QAbstractFileIconProvider", "Folder"): "Carpeta",
        ("QAbstractFileIconProvider", "Drive"): "Unidad",
        ("QAbstractFileIconProvider", "Shortcut"): "Acceso directo",
        ("QAbstractFileIconProvider", "Unknown"): "Desconocido",
    },
}

SUPPORTED = ("en", "es")
_installed: list[QTranslator] = []
_language = ["en"]  # the language installed last


def interface_language() -> str:
    """The language of the interface now ("en" until translators are installed)."""
    return _language[0]


def page_size_label(name: str) -> str:
    """Paper names as people call them ("Carta" in Spanish); ISO sizes stay."""
    return {
        "Letter": QCoreApplication.translate("i18n", "Letter"),
        "Tabloid": QCoreApplication.translate("i18n", "Tabloid"),
    }.get(name, name)


def chosen_language() -> str:
    """'en' or 'es': the preference ('system' by default) resolved."""
    value = QSettings("JourneyDesigner", "JourneyDesigner").value("ui/language", "system")
    if value not in SUPPORTED:
        value = QLocale.system().name().split("_")[0]
    return value if value in SUPPORTED else "en"


class _GapTranslator(QTranslator):
    """Answers only for Qt's texts that its shipped translation misses (installed
    first, so it is asked last)."""

    def __init__(self, table: dict[tuple[str, str], str], parent: QCoreApplication) -> None:
        super().__init__(parent)
        self._table = table

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        # None is Qt's null string: "not here, ask the next translator" ("" would be the
        # translation of every text)
        return self._table.get((context, source))

    def isEmpty(self) -> bool:  # noqa: N802 (Qt name)
        return not self._table


def qt_translations_dir() -> str:
    """Where Qt's own ``qtbase_LANG.qm`` are: inside the PySide6 wheel."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def install_translators(language: str | None = None) -> str:
    """Load the translations of ``language`` (default: the chosen one)."""
    # the folder of i18n_catalog.qm_path, without importing that tool (xml, subprocess, tempfile)
    from ..templates import resources_dir

    app = QCoreApplication.instance()
    language = language or chosen_language()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _language[0] = language if language in SUPPORTED else "en"
    if language == "en":
        return language
    if language in QT_GAPS:
        gaps = _GapTranslator(QT_GAPS[language], app)
        app.installTranslator(gaps)
        _installed.append(gaps)
    candidates = [
        (str(resources_dir() / "i18n"), f"journeydesigner_{language}"),
        (qt_translations_dir(), f"qtbase_{language}"),
    ]
    for folder, name in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return language
