"""Referral settings: what the handout prints about the unit, and the workflow defaults.

A page of the one settings dialog (``ui/settings_dialog.py``). The values are the declared
settings of ``hytedesk.local.settings`` (stored in local.db); this page only edits them,
through the referral worker (the owner of local.db writes).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from hytedesk.referrals.model import STAFF_AREAS
from hytedesk.ui.referral.page import ERROR_STYLE, LANG_NAMES, plain_label
from hytedesk.ui.referral.tasks import Resources, TaskRunner

KEYS = ("unit.name", "unit.phone", "unit.organisation", "staff.service_area",
        "client.default_municipality", "referral.follow_up_days", "referral.default_max_km",
        "referral.default_language")


class ReferralSettingsPage(QWidget):
    saved = Signal()
    loaded = Signal()

    def __init__(self, host: Any, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referralSettingsPage")
        self.runner = runner
        self._loaded = False
        layout = QVBoxLayout(self)
        intro = plain_label(self.tr(
            "The unit's name and phone are printed on every handout. The other values are "
            "the defaults of a new referral."))
        layout.addWidget(intro)
        form = QFormLayout()
        self.unitName = QLineEdit(self)
        self.unitName.setObjectName("unitName")
        self.unitPhone = QLineEdit(self)
        self.unitPhone.setObjectName("unitPhone")
        self.organisation = QLineEdit(self)
        self.organisation.setObjectName("organisation")
        self.staffArea = QComboBox(self)
        self.staffArea.setObjectName("staffArea")
        names = {"home-care": self.tr("Home care"), "day-activities": self.tr("Day activities"),
                 "health-services": self.tr("Health services"),
                 "social-family": self.tr("Social and family services"),
                 "other": self.tr("Other")}
        for code in STAFF_AREAS:
            self.staffArea.addItem(names[code], code)
        self.municipality = QComboBox(self)
        self.municipality.setObjectName("defaultMunicipality")
        self.municipality.addItem("–", "")
        munis = {str(r[0]) for r in host.session.conn.execute(
            "SELECT DISTINCT municipality FROM places")}
        for muni in sorted(munis, key=str.casefold):
            self.municipality.addItem(muni, muni)
        self.followUp = QSpinBox(self)
        self.followUp.setObjectName("followUpDays")
        self.followUp.setRange(0, 365)
        self.followUp.setSuffix(self.tr(" days"))
        self.maxKm = QSpinBox(self)
        self.maxKm.setObjectName("defaultMaxKm")
        self.maxKm.setRange(1, 500)
        self.maxKm.setSuffix(" km")
        self.language = QComboBox(self)
        self.language.setObjectName("defaultHandoutLanguage")
        for code, name in LANG_NAMES.items():
            self.language.addItem(name, code)
        rows = [(self.tr("Unit &name:"), self.unitName), (self.tr("Unit &phone:"), self.unitPhone),
                (self.tr("&Organisation:"), self.organisation),
                (self.tr("&Staff service area:"), self.staffArea),
                (self.tr("Default m&unicipality:"), self.municipality),
                (self.tr("&Follow-up after:"), self.followUp),
                (self.tr("Default &travel distance:"), self.maxKm),
                (self.tr("Default &handout language:"), self.language)]
        for text, widget in rows:
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout.addLayout(form)
        self.error = plain_label()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.runner.run(lambda r: {k: r.local.get(k) for k in KEYS}, self._show)

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("ReferralSettingsPage", "&Referrals and handout")

    def _show(self, values: Any) -> None:
        if not isValid(self.unitName):  # the dialog closed before its values arrived
            return
        if isinstance(values, str):
            self._failed(values)
            return
        self.unitName.setText(str(values["unit.name"]))
        self.unitPhone.setText(str(values["unit.phone"]))
        self.organisation.setText(str(values["unit.organisation"]))
        for combo, key in ((self.staffArea, "staff.service_area"),
                           (self.municipality, "client.default_municipality"),
                           (self.language, "referral.default_language")):
            idx = combo.findData(values[key])
            if idx >= 0:
                combo.setCurrentIndex(idx)
        self.followUp.setValue(int(values["referral.follow_up_days"]))
        self.maxKm.setValue(int(values["referral.default_max_km"]))
        self._loaded = True
        self.loaded.emit()

    def values(self) -> dict[str, Any]:
        return {
            "unit.name": self.unitName.text().strip(),
            "unit.phone": self.unitPhone.text().strip(),
            "unit.organisation": self.organisation.text().strip(),
            "staff.service_area": str(self.staffArea.currentData()),
            "client.default_municipality": str(self.municipality.currentData() or ""),
            "referral.follow_up_days": self.followUp.value(),
            "referral.default_max_km": self.maxKm.value(),
            "referral.default_language": str(self.language.currentData()),
        }

    def save(self, done: Callable[[], None] | None = None,
             failed: Callable[[str], None] | None = None) -> None:
        """Stores the values (on the worker); ``done`` or ``failed`` runs afterwards."""
        if not self._loaded:  # the stored values never arrived: do not overwrite them
            if done is not None:
                done()
            return
        values = self.values()

        def work(r: Resources) -> None:
            for key, value in values.items():
                r.local.set(key, value)

        def finished(_: None) -> None:
            self.error.hide()
            self.saved.emit()
            if done is not None:
                done()

        def fail(message: str) -> None:
            self._failed(message)
            if failed is not None:
                failed(message)

        self.runner.run(work, finished, fail)

    def _failed(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
