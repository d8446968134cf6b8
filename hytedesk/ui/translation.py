"""Installs Qt translators for the chosen language: HyteDesk's own and Qt's own.

Switching installs the new translators and removes the old ones; Qt then sends every
widget a ``QEvent.LanguageChange``, which the windows answer by retranslating.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from hytedesk.base import i18n
from hytedesk.base.paths import resources_dir

LANGUAGES = ("fi", "sv", "en")
LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}
LANGUAGE_NAMES = {"fi": "Suomi", "sv": "Svenska", "en": "English"}  # each in itself


def translations_dir() -> Path:
    return resources_dir() / "i18n"


def locale_for(lang: str) -> QLocale:
    return QLocale(LOCALES.get(lang, LOCALES["fi"]))


class Translations:
    """The translators installed in the application, switchable at run time."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.language = ""
        self._installed: list[QTranslator] = []
        self.loaded: list[str] = []

    def install(self, lang: str) -> None:
        if lang not in LANGUAGES:
            lang = i18n.DEFAULT_LANGUAGE
        new: list[QTranslator] = []
        loaded: list[str] = []
        # hytedesk_LANG.qm, plus any other LANG file a later feature ships beside it
        for qm in sorted(translations_dir().glob(f"*_{lang}.qm")):
            own = QTranslator(self.app)
            if own.load(str(qm)):
                new.append(own)
                loaded.append(qm.stem)
        if lang != "en":
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            qtbase = QTranslator(self.app)
            if qtbase.load(f"qtbase_{lang}", qt_dir):
                new.append(qtbase)
                loaded.append(f"qtbase_{lang}")
        for old in self._installed:
            QCoreApplication.removeTranslator(old)
        for tr in new:
            QCoreApplication.installTranslator(tr)
        self._installed = new
        self.loaded = loaded
        self.language = lang
        QLocale.setDefault(locale_for(lang))
        i18n.set_language(lang)

    def uninstall(self) -> None:
        for old in self._installed:
            QCoreApplication.removeTranslator(old)
        self._installed = []
        self.loaded = []
