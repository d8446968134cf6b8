"""Local services editor: own entries in local.db, with a curator and an expiry date."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hytedesk.base import i18n
from hytedesk.referrals.checklist import load_checklist
from hytedesk.referrals.local_services import (
    WEEKDAYS,
    LocalServiceInput,
    build_record,
    check_schedule,
    delete_local_service,
    export_hsds,
    list_local_services,
    normalize_time,
    save_local_service,
)
from hytedesk.referrals.services import ServiceDetail
from hytedesk.ui.code_labels import MODES, fill, mode_label
from hytedesk.ui.referral.page import ERROR_STYLE, plain_label
from hytedesk.ui.referral.tasks import Resources, TaskRunner

ROLE_ID = Qt.ItemDataRole.UserRole


class LocalServicesPage(QWidget):
    saved = Signal(str)
    listed = Signal(int)
    failed = Signal(str)

    def __init__(self, host: Any, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("localServicesPage")
        self.host = host
        self.runner = runner
        self.services: list[ServiceDetail] = []
        self.current_id: str | None = None
        outer = QVBoxLayout(self)
        self.intro = plain_label()
        outer.addWidget(self.intro)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(split)
        left_layout = QVBoxLayout(left)
        self.list = QListWidget(left)
        self.list.setObjectName("localList")
        self.list.setWordWrap(True)  # long club names wrap instead of scrolling sideways
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._show_current)
        left_layout.addWidget(self.list, 1)
        self.newButton = QPushButton(left)
        self.newButton.setObjectName("newLocalButton")
        self.newButton.clicked.connect(self.new_entry)
        self.exportButton = QPushButton(left)
        self.exportButton.setObjectName("exportLocalButton")
        self.exportButton.clicked.connect(lambda: self.export())
        left_layout.addWidget(self.newButton)
        left_layout.addWidget(self.exportButton)
        scroll = QScrollArea(split)
        self.formScroll = scroll
        scroll.setWidgetResizable(True)
        form_host = QWidget()
        self.form = QFormLayout(form_host)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameEdit = QLineEdit()
        self.nameEdit.setObjectName("localName")
        self.orgEdit = QLineEdit()
        self.orgEdit.setObjectName("localOrganization")
        self.descEdit = QPlainTextEdit()
        self.descEdit.setObjectName("localDescription")
        self.descEdit.setTabChangesFocus(True)
        self.descEdit.setMaximumHeight(self.fontMetrics().height() * 5)
        self.municipalityCombo = QComboBox()
        self.municipalityCombo.setObjectName("localMunicipality")
        self.placeCombo = QComboBox()
        self.placeCombo.setObjectName("localPlace")
        self.venueEdit = QLineEdit()
        self.streetEdit = QLineEdit()
        self.streetEdit.setObjectName("localStreet")
        self.postalEdit = QLineEdit()
        self.phoneEdit = QLineEdit()
        self.phoneEdit.setObjectName("localPhone")
        self.urlEdit = QLineEdit()
        self.urlEdit.setObjectName("localUrl")
        self.urlEdit.setPlaceholderText("https://")
        modes = QGridLayout()  # two by two: four in a row pushed the form past 150 %
        self.modeChecks = {}
        for n, m in enumerate(MODES):
            box = QCheckBox()
            box.setObjectName(f"localMode-{m}")
            self.modeChecks[m] = box
            modes.addWidget(box, n // 2, n % 2)
        self.modeChecks["in-person"].setChecked(True)
        self.situationList = QListWidget()
        self.situationList.setObjectName("localSituations")
        self.situationList.setMaximumHeight(self.fontMetrics().height() * 8)
        self.freeCheck = QCheckBox()
        self.freeCheck.setChecked(True)
        # The weekly meeting: weekdays ticked in the UI language, times checked as typed.
        days = QHBoxLayout()
        self.dayChecks: dict[str, QCheckBox] = {}
        for code in WEEKDAYS:
            box = QCheckBox()
            box.setObjectName(f"localDay-{code}")
            self.dayChecks[code] = box
            days.addWidget(box)
        days.addStretch(1)
        time_re = QRegularExpressionValidator(
            QRegularExpression(r"[0-2]?[0-9]([:.][0-5]?[0-9]?)?"))
        self.opensEdit = QLineEdit()
        self.opensEdit.setObjectName("localOpens")
        self.closesEdit = QLineEdit()
        self.closesEdit.setObjectName("localCloses")
        metrics = self.fontMetrics()
        chars = metrics.horizontalAdvance("00:00") + metrics.averageCharWidth() * 4
        for edit in (self.opensEdit, self.closesEdit):
            edit.setValidator(time_re)
            edit.setPlaceholderText("10:00")
            edit.setMaximumWidth(chars * 2)
            edit.textChanged.connect(lambda _t: self._check_times())
            edit.editingFinished.connect(lambda e=edit: self._tidy_time(e))
        self.closesEdit.setPlaceholderText("12:00")
        self.timeDash = QLabel("–")
        times = QHBoxLayout()
        for w in (self.opensEdit, self.timeDash, self.closesEdit):
            times.addWidget(w)
        times.addStretch(1)
        self.timesError = plain_label()
        self.timesError.setObjectName("localTimesError")
        self.timesError.setStyleSheet(ERROR_STYLE)
        self.timesError.hide()
        self.curatorEdit = QLineEdit()
        self.curatorEdit.setObjectName("localCurator")
        self.expiresCheck = QCheckBox()
        self.expiresEdit = QDateEdit(QDate.currentDate().addYears(1))
        self.expiresEdit.setObjectName("localExpires")
        self.expiresEdit.setCalendarPopup(True)
        self.expiresEdit.setDisplayFormat("d.M.yyyy")
        self.expiresCheck.setChecked(True)
        self.expiresCheck.toggled.connect(self.expiresEdit.setEnabled)
        expires = QHBoxLayout()
        expires.addWidget(self.expiresCheck)
        expires.addWidget(self.expiresEdit)
        expires.addStretch(1)
        self.rows: list[tuple[str, Any]] = [
            ("name", self.nameEdit), ("org", self.orgEdit), ("desc", self.descEdit),
            ("muni", self.municipalityCombo), ("place", self.placeCombo),
            ("venue", self.venueEdit), ("street", self.streetEdit), ("postal", self.postalEdit),
            ("phone", self.phoneEdit), ("url", self.urlEdit), ("modes", modes),
            ("situations", self.situationList), ("free", self.freeCheck), ("days", days),
            ("times", times), ("timesError", self.timesError),
            ("curator", self.curatorEdit), ("expires", expires)]
        self.row_labels: dict[str, Any] = {}
        for key, w in self.rows:
            label = plain_label()
            label.setWordWrap(False)
            self.row_labels[key] = label
            self.form.addRow(label, w)
            if isinstance(w, QWidget):
                label.setBuddy(w)
        self.row_labels["expires"].setBuddy(self.expiresEdit)
        self.row_labels["days"].setBuddy(self.dayChecks["MO"])
        self.row_labels["times"].setBuddy(self.opensEdit)
        buttons = QHBoxLayout()
        self.saveButton = QPushButton()
        self.saveButton.setObjectName("saveLocalButton")
        self.saveButton.clicked.connect(self.save)
        self.deleteButton = QPushButton()
        self.deleteButton.setObjectName("deleteLocalButton")
        self.deleteButton.clicked.connect(self.delete)
        buttons.addWidget(self.saveButton)
        buttons.addWidget(self.deleteButton)
        buttons.addStretch(1)
        self.form.addRow(buttons)
        scroll.setWidget(form_host)
        split.addWidget(left)
        split.addWidget(scroll)
        split.setStretchFactor(1, 2)
        split.setObjectName("localSplit")
        restore = getattr(host, "restore_splitter", None)
        if restore is not None:
            restore(split)
        outer.addWidget(split, 1)
        status_row = QHBoxLayout()
        self.status = plain_label()
        self.status.setObjectName("localStatus")
        self.undoButton = QPushButton(self)
        self.undoButton.setObjectName("undoDeleteButton")
        self.undoButton.clicked.connect(self.undo_delete)
        self.undoButton.hide()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.undoButton)
        outer.addLayout(status_row)
        self.deleted: tuple[dict[str, Any], str, date | None] | None = None  # for Undo
        self.last_box: QMessageBox | None = None
        self.checklist_items: list[Any] = []
        self.municipalityCombo.currentIndexChanged.connect(lambda _i: self._fill_places())
        self.load_catalogue_choices()
        self.retranslate()
        self.refresh()

    def focus_first(self) -> None:
        self.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Local services"))
        self.list.setAccessibleName(self.tr("Your local services"))
        self.formScroll.setAccessibleName(self.tr("The local service's details"))
        self.opensEdit.setAccessibleName(self.tr("Opens at"))
        self.closesEdit.setAccessibleName(self.tr("Closes at"))
        self.intro.setText(self.tr(
            "Your own entries for services no register lists, such as a village coffee "
            "morning or your remote groups. They stay on this computer through every "
            "catalogue update and show up in search and suggestions marked as local."))
        texts = {"name": self.tr("&Name:"), "org": self.tr("&Organiser:"),
                 "desc": self.tr("&What it is:"), "muni": self.tr("&Municipality:"),
                 "place": self.tr("Village or p&lace:"), "venue": self.tr("&Venue:"),
                 "street": self.tr("&Street address:"), "postal": self.tr("Postal &code:"),
                 "phone": self.tr("&Phone:"), "url": self.tr("&Web address:"),
                 "modes": self.tr("How to take part:"), "situations": self.tr("Si&tuations:"),
                 "free": self.tr("Cost:"), "days": self.tr("Meets every wee&k on:"),
                 "times": self.tr("Time of da&y (hh:mm):"), "timesError": "",
                 "curator": self.tr("&Curator:"), "expires": self.tr("&Expires:")}
        for key, label in self.row_labels.items():
            label.setText(texts[key])
        for m, box in self.modeChecks.items():
            box.setText(mode_label(m))
        short, full = self.day_names()
        for code, box in self.dayChecks.items():
            box.setText(short[code])
            box.setAccessibleName(full[code])
        self.undoButton.setText(self.tr("Undo"))
        if self.municipalityCombo.count():
            self.municipalityCombo.setItemText(0, self.tr("Choose the municipality"))
        self._label_situations()
        self._check_times()
        self.freeCheck.setText(self.tr("Free of charge"))
        self.expiresCheck.setText(self.tr("Expires on"))
        self.newButton.setText(self.tr("&New local service"))
        self.exportButton.setText(self.tr("E&xport as HSDS JSON…"))
        self.saveButton.setText(self.tr("&Save"))
        self.deleteButton.setText(self.tr("&Delete"))
        self._fill_list()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def lang(self) -> str:
        return str(getattr(self.host, "language", None) or i18n.language())

    def day_names(self) -> tuple[dict[str, str], dict[str, str]]:
        """(short, full) weekday names in the UI language: ma–su, må–sö, Mon–Sun."""
        short = dict(zip(WEEKDAYS, (
            self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"),
            self.tr("Sat"), self.tr("Sun")), strict=True))
        full = dict(zip(WEEKDAYS, (
            self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"), self.tr("Thursday"),
            self.tr("Friday"), self.tr("Saturday"), self.tr("Sunday")), strict=True))
        return short, full

    def _tidy_time(self, edit: QLineEdit) -> None:
        """10 → 10:00 and 9.30 → 09:30 when the field is left (if it can be read)."""
        try:
            tidy = normalize_time(edit.text())
        except i18n.UserError:
            return
        if tidy != edit.text():
            edit.setText(tidy)

    def _check_times(self) -> str | None:
        """Checks the schedule as it is typed; the problem is shown under the times (and
        returned), or None when it can be saved."""
        try:
            check_schedule(self._ticked_days(), self.opensEdit.text(), self.closesEdit.text())
        except i18n.UserError as exc:
            text = exc.text(self.lang)
            # "10:3" while the nurse is still typing "10:30" is not an error yet
            typing = next((e for e in (self.opensEdit, self.closesEdit) if e.hasFocus()), None)
            partial = exc.key == "local.bad_time" and typing is not None and bool(
                re.fullmatch(r"\d{1,2}[:.]\d", typing.text().strip()))
            if not partial:
                self.timesError.setText(text)
                self.timesError.show()
            return text
        self.timesError.hide()
        return None

    def _ticked_days(self) -> str:
        return ",".join(c for c, box in self.dayChecks.items() if box.isChecked())

    def load_catalogue_choices(self) -> None:
        conn = self.host.session.conn
        self.places = [tuple(r) for r in conn.execute(
            "SELECT id, name, type, municipality, lat, lon FROM places ORDER BY name")]
        keep = self.municipalityCombo.currentData()
        self.municipalityCombo.clear()
        # No silent default: the nurse chooses the municipality of every entry.
        self.municipalityCombo.addItem(self.tr("Choose the municipality"), "")
        for muni in sorted({p[3] for p in self.places}, key=str.casefold):
            self.municipalityCombo.addItem(muni, muni)
        self.municipalityCombo.setCurrentIndex(max(0, self.municipalityCombo.findData(keep))
                                               if keep else 0)
        self._fill_places()
        self.situationList.clear()
        try:
            items = load_checklist(conn).items()
        except i18n.UserError:
            items = []
        self.checklist_items = list(items)
        for it in items:
            item = QListWidgetItem(it.text(self.lang))
            item.setData(ROLE_ID, it.id)
            item.setData(ROLE_ID + 1, it.themes)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.situationList.addItem(item)

    def _label_situations(self) -> None:
        """The situations in the current UI language (after a live language switch too)."""
        texts = {it.id: it.text(self.lang) for it in self.checklist_items}
        for row in range(self.situationList.count()):
            item = self.situationList.item(row)
            item.setText(texts.get(item.data(ROLE_ID), item.text()))

    def _fill_places(self) -> None:
        muni = self.municipalityCombo.currentData()
        self.placeCombo.clear()
        self.placeCombo.addItem("–", "")
        for p in self.places:
            if p[3] == muni:
                self.placeCombo.addItem(p[1], p[0])

    def refresh(self) -> None:
        self.runner.run(lambda r: list_local_services(r.local.conn), self._listed, self._failed)

    def _listed(self, services: list[ServiceDetail]) -> None:
        self.services = services
        self._fill_list()
        self.listed.emit(len(services))

    def _fill_list(self) -> None:
        keep = self.current_id
        self.list.blockSignals(True)
        self.list.clear()
        today = date.today().isoformat()
        for d in self.services:
            text = d.name(self.lang)
            if d.expires and d.expires < today:
                text += " " + self.tr("(expired)")
            item = QListWidgetItem(text)
            item.setData(ROLE_ID, d.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        for row, d in enumerate(self.services):
            if d.id == keep:
                self.list.setCurrentRow(row)

    def new_entry(self) -> None:
        self.current_id = None
        self.list.clearSelection()
        for w in (self.nameEdit, self.orgEdit, self.venueEdit, self.streetEdit, self.postalEdit,
                  self.phoneEdit, self.urlEdit, self.opensEdit, self.closesEdit):
            w.clear()
        for box in self.dayChecks.values():
            box.setChecked(False)
        self.municipalityCombo.setCurrentIndex(0)
        self.descEdit.clear()
        for row in range(self.situationList.count()):
            self.situationList.item(row).setCheckState(Qt.CheckState.Unchecked)
        self.nameEdit.setFocus()

    def _show_current(self, row: int) -> None:
        if not 0 <= row < len(self.services):
            return
        d = self.services[row]
        self.current_id = d.id
        rec = d.record
        self.nameEdit.setText(d.name("fi"))
        self.orgEdit.setText(d.organization("fi"))
        self.descEdit.setPlainText(d.description("fi"))
        locs = d.locations()
        muni = (locs[0].city if locs else None) or (d.areas[0] if d.areas else "")
        self.municipalityCombo.setCurrentIndex(max(0, self.municipalityCombo.findData(muni)))
        if locs:
            loc = ((rec.get("service_at_locations") or [{}])[0].get("location") or {})
            addr = (loc.get("addresses") or [{}])[0]
            self.venueEdit.setText(str(loc.get("name") or ""))
            self.streetEdit.setText(str(addr.get("address_1") or ""))
            self.postalEdit.setText(str(addr.get("postal_code") or ""))
        phones = d.phones()
        self.phoneEdit.setText(phones[0].number if phones else "")
        self.urlEdit.setText(d.url or "")
        for m, box in self.modeChecks.items():
            box.setChecked(m in d.modes)
        for r in range(self.situationList.count()):
            item = self.situationList.item(r)
            on = f"life-situation:{item.data(ROLE_ID)}" in d.terms
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.freeCheck.setChecked(d.free)
        sched = (rec.get("schedules") or [{}])[0]
        byday = {d.strip()[-2:].upper() for d in str(sched.get("byday") or "").split(",")}
        for code, box in self.dayChecks.items():
            box.setChecked(code in byday)
        self.opensEdit.setText(str(sched.get("opens_at") or ""))
        self.closesEdit.setText(str(sched.get("closes_at") or ""))
        self.curatorEdit.setText(d.curator)
        self.expiresCheck.setChecked(bool(d.expires))
        if d.expires:
            day = date.fromisoformat(d.expires)
            self.expiresEdit.setDate(QDate(day.year, day.month, day.day))

    def form_input(self) -> LocalServiceInput:
        place = next((p for p in self.places if p[0] == self.placeCombo.currentData()), None)
        situations: list[str] = []
        themes: list[str] = []
        for r in range(self.situationList.count()):
            item = self.situationList.item(r)
            if item.checkState() == Qt.CheckState.Checked:
                situations.append(str(item.data(ROLE_ID)))
                themes.extend(item.data(ROLE_ID + 1) or ())
        return LocalServiceInput(
            name=self.nameEdit.text(), organization=self.orgEdit.text(),
            description=self.descEdit.toPlainText(),
            municipality=str(self.municipalityCombo.currentData() or ""),
            venue=self.venueEdit.text(), street=self.streetEdit.text(),
            postal_code=self.postalEdit.text(),
            lat=float(place[4]) if place else None, lon=float(place[5]) if place else None,
            phone=self.phoneEdit.text().strip(), url=self.urlEdit.text().strip(),
            modes=tuple(m for m, b in self.modeChecks.items() if b.isChecked()),
            situations=tuple(situations), themes=tuple(dict.fromkeys(themes)),
            free=self.freeCheck.isChecked(), schedule_days=self._ticked_days(),
            opens=self.opensEdit.text().strip(), closes=self.closesEdit.text().strip(),
        )

    def save(self) -> None:
        try:
            rec = build_record(self.form_input(), self.current_id)
        except i18n.UserError as exc:
            self._failed(exc.text(self.lang))
            return
        curator = self.curatorEdit.text().strip()
        expires = self.expiresEdit.date().toPython() if self.expiresCheck.isChecked() else None

        def work(r: Resources) -> str:
            return save_local_service(r.local, rec, curator=curator,
                                      expires=expires)  # type: ignore[arg-type]

        def done(sid: str) -> None:
            self.current_id = sid
            self.status.setStyleSheet("")
            self.status.setText(self.tr("Local service saved."))
            self.saved.emit(sid)
            self.refresh()

        self.runner.run(work, done, self._failed)

    def delete(self) -> None:
        """Asks first (No is the default); the deleted entry can be brought back with Undo."""
        sid = self.current_id
        current = next((d for d in self.services if d.id == sid), None)
        if not sid or current is None:
            self.status.setText(self.tr("Select a local service in the list first."))
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete the local service?"),
                          fill(self.tr("Delete \u201c%1\u201d from your local services? It "
                                       "no longer shows in search or suggestions."),
                               current.name(self.lang)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("confirmDeleteLocal")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda answer: self._delete_answered(answer, current))
        self.last_box = box
        box.open()

    def _delete_answered(self, answer: int, d: ServiceDetail) -> None:
        self.last_box = None
        if answer != QMessageBox.StandardButton.Yes:
            self.status.setStyleSheet("")
            self.status.setText(self.tr("Nothing was deleted."))
            return
        sid = d.id
        expires = date.fromisoformat(d.expires) if d.expires else None

        def done(_: None) -> None:
            self.deleted = (d.record, d.curator, expires)
            self.current_id = None
            self.new_entry()
            self.status.setStyleSheet("")
            self.status.setText(fill(self.tr("\u201c%1\u201d deleted."), d.name(self.lang)))
            self.undoButton.show()
            self.saved.emit("")
            self.refresh()

        self.runner.run(lambda r: delete_local_service(r.local, sid), done, self._failed)

    def undo_delete(self) -> None:
        if self.deleted is None:
            return
        rec, curator, expires = self.deleted
        self.deleted = None
        self.undoButton.hide()

        def done(sid: str) -> None:
            self.current_id = sid
            self.status.setStyleSheet("")
            self.status.setText(self.tr("The local service is back."))
            self.saved.emit(sid)
            self.refresh()

        self.runner.run(lambda r: save_local_service(r.local, rec, curator=curator,
                                                     expires=expires), done, self._failed)

    def export(self, path: Path | None = None) -> None:
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export local services"), "local-services.json",
                self.tr("JSON files (*.json)"))
            if not name:
                return
            path = Path(name)
        target = path

        def done(count: int) -> None:
            self.status.setStyleSheet("")
            self.status.setText(fill(self.tr("%1 local services exported to %2"), count,
                                     target))

        self.runner.run(lambda r: export_hsds(r.local.conn, target), done, self._failed)

    def _failed(self, message: str) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(message)
        self.failed.emit(message)
