"""The agent's language: AgentDesk's own translations and Qt's, and the locale for numbers
and dates. English is the source language and needs no file."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

LANGUAGES = {"en": "English", "cs": "Čeština", "ru": "Русский", "es": "Español"}
TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "translations"


def choose_language(override: str | None) -> str:
    """The settings' choice when given, else the system's language when we have it, else en."""
    if override in LANGUAGES:
        return override
    system = QLocale.system().name().split("_", 1)[0]
    return system if system in LANGUAGES else "en"


class Translations:
    """Installs the translators of one language into the application, and removes them."""

    def __init__(self, directory: Path = TRANSLATIONS_DIR) -> None:
        self._directory = directory
        self._installed: list[QTranslator] = []
        self.language = "en"

    def install(self, language: str) -> bool:
        """Switch to ``language``; False (and English) when its file is missing."""
        self.remove()
        self.language = "en"
        QLocale.setDefault(QLocale(language))
        if language == "en":
            return True
        ours = QTranslator()
        if not ours.load(f"agentdesk_{language}", str(self._directory)):
            log.warning("no translation file for %r in %s", language, self._directory)
            QLocale.setDefault(QLocale("en"))
            return False
        self._add(ours)
        qt_own = QTranslator()
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{language}", qt_dir):
            self._add(qt_own)  # Qt's own words: context menus, standard buttons
        self.language = language
        return True

    def remove(self) -> None:
        app = QCoreApplication.instance()
        for translator in self._installed:
            if app is not None:
                app.removeTranslator(translator)
        self._installed.clear()

    def _add(self, translator: QTranslator) -> None:
        app = QCoreApplication.instance()
        if app is not None and app.installTranslator(translator):
            self._installed.append(translator)
