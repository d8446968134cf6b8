"""Follow-ups: referrals whose follow-up date has come (oldest first), and their outcome."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hytedesk.base import i18n
from hytedesk.referrals.checklist import load_checklist
from hytedesk.referrals.model import OUTCOME_REASONS, OUTCOMES
from hytedesk.referrals.store import FollowUp, follow_ups, record_outcome
from hytedesk.ui.code_labels import fill
from hytedesk.ui.referral.page import ERROR_STYLE, plain_label
from hytedesk.ui.referral.tasks import Resources, TaskRunner

ROLE_ID = Qt.ItemDataRole.UserRole


class FollowUpsPage(QWidget):
    refreshed = Signal(int)
    outcomeRecorded = Signal(int)

    def __init__(self, host: Any, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpsPage")
        self.host = host
        self.runner = runner
        self.rows: list[FollowUp] = []
        layout = QVBoxLayout(self)
        self.intro = plain_label()
        layout.addWidget(self.intro)
        self.showDoneCheck = QCheckBox(self)
        self.showDoneCheck.setObjectName("showDoneCheck")
        self.showDoneCheck.toggled.connect(lambda _c: self.refresh())
        layout.addWidget(self.showDoneCheck)
        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("followUpTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (4, 5):  # situations and services wrap instead of scrolling away
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.outcomeLabel = QLabel(self)
        self.outcomeCombo = QComboBox(self)
        self.outcomeCombo.setObjectName("outcomeCombo")
        self.outcomeLabel.setBuddy(self.outcomeCombo)
        for code in OUTCOMES:
            self.outcomeCombo.addItem(code, code)
        self.reasonLabel = QLabel(self)
        self.reasonCombo = QComboBox(self)
        self.reasonCombo.setObjectName("reasonCombo")
        self.reasonLabel.setBuddy(self.reasonCombo)
        for code in OUTCOME_REASONS:
            self.reasonCombo.addItem(code, code)
        self.outcomeCombo.currentIndexChanged.connect(lambda _i: self._update_reason())
        self.recordButton = QPushButton(self)
        self.recordButton.setObjectName("recordOutcomeButton")
        self.recordButton.clicked.connect(self.record_selected)
        self.refreshButton = QPushButton(self)
        self.refreshButton.setObjectName("refreshFollowUpsButton")
        self.refreshButton.clicked.connect(self.refresh)
        for w in (self.outcomeLabel, self.outcomeCombo, self.reasonLabel, self.reasonCombo,
                  self.recordButton):
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(self.refreshButton)
        layout.addLayout(row)
        self.status = plain_label()
        self.status.setObjectName("followUpStatus")
        layout.addWidget(self.status)
        self.retranslate()
        self._update_reason()
        self.refresh()


    def focus_first(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
    def outcome_names(self) -> dict[str, str]:
        return {"reached": self.tr("Reached the service"),
                "tried-not-in": self.tr("Tried but did not get in"),
                "did-not-try": self.tr("Did not try"), "unknown": self.tr("Unknown")}

    def reason_names(self) -> dict[str, str]:
        return {"full": self.tr("Full"), "not-eligible": self.tr("Not eligible"),
                "too-far": self.tr("Too far"), "no-transport": self.tr("No transport"),
                "other": self.tr("Other reason")}

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Follow-ups"))
        self.table.setAccessibleName(self.tr("Referrals to follow up"))
        self.intro.setText(self.tr(
            "Referrals whose follow-up date has come, oldest first. Ask the client at the "
            "next visit whether it worked, then record the outcome."))
        self.showDoneCheck.setText(self.tr("&Show also those with an outcome"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Referred"), self.tr("Follow-up"), self.tr("Municipality"),
            self.tr("Age band"), self.tr("Situations"), self.tr("Chosen services"),
            self.tr("Outcome")])
        self.outcomeLabel.setText(self.tr("&Outcome:"))
        self.reasonLabel.setText(self.tr("&Why not:"))
        for i, code in enumerate(OUTCOMES):
            self.outcomeCombo.setItemText(i, self.outcome_names()[code])
        for i, code in enumerate(OUTCOME_REASONS):
            self.reasonCombo.setItemText(i, self.reason_names()[code])
        self.recordButton.setText(self.tr("&Record the outcome"))
        self.refreshButton.setText(self.tr("Re&fresh"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_reason(self) -> None:
        needs = self.outcomeCombo.currentData() == "tried-not-in"
        self.reasonCombo.setEnabled(needs)
        self.reasonLabel.setEnabled(needs)

    def refresh(self) -> None:
        include = self.showDoneCheck.isChecked()
        lang = str(getattr(self.host, "language", None) or i18n.language())

        def work(r: Resources) -> tuple[list[FollowUp], dict[str, str]]:
            rows = follow_ups(r.local.conn, include_done=include)
            try:
                checklist = load_checklist(r.catalogue)
                labels = {i.id: i.text(lang) for i in checklist.items()}
            except i18n.UserError:
                labels = {}
            return rows, labels

        self.runner.run(work, self._show, self._failed)

    def _show(self, result: tuple[list[FollowUp], dict[str, str]]) -> None:
        self.rows, self.labels = result
        self._fill()
        self.refreshed.emit(len(self.rows))

    def _fill(self) -> None:
        rows = self.rows
        labels = getattr(self, "labels", {})
        names = self.outcome_names()
        self.table.setRowCount(len(rows))
        for n, f in enumerate(rows):
            values = [f.local_date, f.follow_up_date, f.municipality or "–", f.age_band,
                      ", ".join(labels.get(i, i) for i in f.items),
                      ", ".join(f.chosen) or "–", names.get(f.outcome or "", "–")]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(ROLE_ID, f.referral_id)
                item.setToolTip(value)
                self.table.setItem(n, col, item)
        self.table.resizeRowsToContents()
        if rows and self.table.currentRow() < 0:
            self.table.selectRow(0)
        self.status.setText(fill(self.tr("%1 referrals to follow up"), len(rows))
                            if rows else self.tr("No follow-ups due."))

    def selected_id(self) -> int | None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self.rows):
            return None
        return self.rows[row].referral_id

    def select_referral(self, rid: int) -> bool:
        for n, f in enumerate(self.rows):
            if f.referral_id == rid:
                self.table.selectRow(n)
                return True
        return False

    def record_selected(self) -> None:
        rid = self.selected_id()
        if rid is None:
            self.status.setText(self.tr("Select a referral in the list first."))
            return
        outcome = str(self.outcomeCombo.currentData())
        reason = str(self.reasonCombo.currentData()) if outcome == "tried-not-in" else None

        def work(r: Resources) -> int:
            record_outcome(r.local, rid, outcome, reason)
            return rid

        def done(saved: int) -> None:
            self.status.setText(self.tr("Outcome recorded."))
            self.outcomeRecorded.emit(saved)
            self.refresh()

        self.runner.run(work, done, self._failed)

    def _failed(self, message: str) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(message)
