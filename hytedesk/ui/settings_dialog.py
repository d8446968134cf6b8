"""The settings dialog (``ui/settingsdialog.ui``): language and where distances start."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from hytedesk.base.paths import Paths
from hytedesk.local.localdb import LocalDB
from hytedesk.ui.catalogue_view import CatalogueView
from hytedesk.ui.forms.ui_settingsdialog import Ui_SettingsDialog
from hytedesk.ui.translation import LANGUAGE_NAMES, LANGUAGES


class SettingsDialog(QDialog):
    def __init__(self, view: CatalogueView, paths: Paths, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.paths = paths
        with LocalDB(paths) as local:
            place = str(local.get("search.default_place") or "")
            km = int(local.get("search.max_km") or 0)
        for lang in LANGUAGES:
            self.ui.languageCombo.addItem(LANGUAGE_NAMES[lang], lang)
        self.ui.languageCombo.setCurrentIndex(max(0, self.ui.languageCombo.findData(language)))
        self.ui.placeCombo.addItem(self.tr("No place chosen"), "")
        for pid, shown, _type in view.places(language):
            self.ui.placeCombo.addItem(shown, pid)
        self.ui.placeCombo.setCurrentIndex(max(0, self.ui.placeCombo.findData(place)))
        self.ui.kmSpin.setSpecialValueText(self.tr("no limit"))
        self.ui.kmSpin.setValue(km)

    def values(self) -> dict[str, Any]:
        return {
            "ui.language": str(self.ui.languageCombo.currentData()),
            "search.default_place": str(self.ui.placeCombo.currentData() or ""),
            "search.max_km": int(self.ui.kmSpin.value()),
        }

    def save(self) -> None:
        with LocalDB(self.paths) as local:
            for key, value in self.values().items():
                local.set(key, value)
