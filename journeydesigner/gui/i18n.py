"""Interface text goes through Qt's translation system (one context for the app).

``install_translators`` loads ``resources/i18n/journeydesigner_LANG.qm`` and
Qt's own translations (standard buttons and dialogs) for the chosen language:
the one saved in preferences, else the system's.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

CONTEXT = "JourneyDesigner"
SUPPORTED = ("en", "es")
_installed: list[QTranslator] = []


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def page_size_label(name: str) -> str:
    """Paper names as people call them ("Carta" in Spanish); ISO sizes stay."""
    return {"Letter": tr("Letter"), "Tabloid": tr("Tabloid")}.get(name, name)


def chosen_language() -> str:
    """'en' or 'es': the preference ('system' by default) resolved."""
    value = QSettings("JourneyDesigner", "JourneyDesigner").value("ui/language", "system")
    if value not in SUPPORTED:
        value = QLocale.system().name().split("_")[0]
    return value if value in SUPPORTED else "en"


def install_translators(language: str | None = None) -> str:
    """Load the translations of ``language`` (default: the chosen one)."""
    # the folder of i18n_catalog.qm_path, without importing that tool (ast, xml, subprocess)
    from ..templates import resources_dir

    app = QCoreApplication.instance()
    language = language or chosen_language()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == "en":
        return language
    candidates = [
        (str(resources_dir() / "i18n"), f"journeydesigner_{language}"),
        (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{language}"),
    ]
    for folder, name in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return language
