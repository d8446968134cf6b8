"""The one settings dialog (``ui/settingsdialog.ui``): a "General" page (language and where
distances start) and the pages later features add (the referral settings).

A page added with ``add_page`` saves itself when the user presses OK: ``save(done,
failed)`` may finish later (on a worker); the dialog closes once every page is done, and
stays open with the message on a page that failed, so nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtWidgets import QDialog, QWidget

from hytedesk.base.paths import Paths
from hytedesk.local.localdb import LocalDB
from hytedesk.ui.catalogue_view import CatalogueView
from hytedesk.ui.forms.ui_settingsdialog import Ui_SettingsDialog
from hytedesk.ui.translation import LANGUAGE_NAMES, LANGUAGES


class SettingsPage(Protocol):
    def save(self, done: Callable[[], None], failed: Callable[[str], None]) -> None: ...


class SettingsDialog(QDialog):
    def __init__(self, view: CatalogueView, paths: Paths, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.paths = paths
        self.pages: list[QWidget] = []
        self._waiting = 0
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
        self.ui.settingsTabs.setAccessibleName(self.tr("Pages of the settings"))

    def add_page(self, page: QWidget, title: str) -> int:
        """Adds a page (a widget with ``save(done, failed)``) as a tab after "General"."""
        self.pages.append(page)
        return self.ui.settingsTabs.addTab(page, title)

    def show_page(self, page: QWidget) -> None:
        self.ui.settingsTabs.setCurrentWidget(page)

    def accept(self) -> None:
        """OK: every added page saves first; the dialog closes when all have."""
        if self._waiting:
            return
        pages = [p for p in self.pages if hasattr(p, "save")]
        if not pages:
            super().accept()
            return
        self._waiting = len(pages)
        self.ui.buttonBox.setEnabled(False)

        def done() -> None:
            self._waiting -= 1
            if self._waiting == 0:
                self.ui.buttonBox.setEnabled(True)
                QDialog.accept(self)

        def failed(page: QWidget) -> Callable[[str], None]:
            def show(_message: str) -> None:  # the page shows the message itself
                self._waiting = 0
                self.ui.buttonBox.setEnabled(True)
                self.show_page(page)
            return show

        for page in pages:
            page.save(done, failed(page))  # type: ignore[attr-defined]

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
