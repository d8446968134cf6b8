"""Follow-ups: the referrals whose follow-up date has come (oldest first) beside every saved
referral (newest first, with its follow-up date and state), and the outcome form.

A referral appears in the saved list as soon as it is saved; an outcome can be recorded
from either list (also before the follow-up date, when the client tells early). Recording
says what was recorded and resets the form, so the next outcome is chosen afresh.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hytedesk.base import i18n
from hytedesk.referrals.checklist import load_checklist
from hytedesk.referrals.model import OUTCOME_REASONS, OUTCOMES
from hytedesk.referrals.store import (
    FollowUp,
    follow_ups,
    local_today,
    record_outcome,
    saved_referrals,
)
from hytedesk.ui.code_labels import day_text, fill
from hytedesk.ui.referral.page import ERROR_STYLE, plain_label
from hytedesk.ui.referral.tasks import Resources, TaskRunner

ROLE_ID = Qt.ItemDataRole.UserRole
SAVED_LIMIT = 200


def _table(parent: QWidget, name: str, columns: int, stretch: tuple[int, ...]) -> QTableWidget:
    table = QTableWidget(0, columns, parent)
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    table.setTabKeyNavigation(False)  # Tab leaves the table for the outcome form
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in stretch:  # situations and services wrap instead of scrolling away
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return table


class FollowUpsPage(QWidget):
    refreshed = Signal(int)
    outcomeRecorded = Signal(int)

    def __init__(self, host: Any, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpsPage")
        self.host = host
        self.runner = runner
        self.rows: list[FollowUp] = []  # due
        self.saved_rows: list[FollowUp] = []  # newest first
        self.labels: dict[str, str] = {}
        self.selected: int | None = None
        layout = QVBoxLayout(self)
        self.intro = plain_label()
        layout.addWidget(self.intro)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setObjectName("followUpSplitter")
        split.setChildrenCollapsible(False)
        self.split = split
        self.dueBox = QGroupBox(split)
        due_layout = QVBoxLayout(self.dueBox)
        self.showDoneCheck = QCheckBox(self.dueBox)
        self.showDoneCheck.setObjectName("showDoneCheck")
        self.showDoneCheck.toggled.connect(lambda _c: self.refresh())
        # due: follow-up date, referred, municipality, situations, chosen services, outcome
        self.table = _table(self.dueBox, "followUpTable", 6, (3, 4))
        due_layout.addWidget(self.table, 1)
        due_layout.addWidget(self.showDoneCheck)
        self.savedBox = QGroupBox(split)
        saved_layout = QVBoxLayout(self.savedBox)
        # saved: referred, follow-up date, state, chosen services
        self.savedTable = _table(self.savedBox, "savedReferralsTable", 4, (3,))
        saved_layout.addWidget(self.savedTable, 1)
        split.addWidget(self.dueBox)
        split.addWidget(self.savedBox)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)
        for table in (self.table, self.savedTable):
            table.itemSelectionChanged.connect(lambda t=table: self._selection_changed(t))
        row = QHBoxLayout()
        self.selectedLabel = plain_label()
        self.selectedLabel.setObjectName("followUpSelected")
        layout.addWidget(self.selectedLabel)
        self.outcomeLabel = QLabel(self)
        self.outcomeCombo = QComboBox(self)
        self.outcomeCombo.setObjectName("outcomeCombo")
        self.outcomeLabel.setBuddy(self.outcomeCombo)
        self.outcomeCombo.addItem("", "")  # "Choose…": nothing is recorded by accident
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

    # Side by side when the page is wide enough for both lists' service names; on a small or
    # scaled screen (1024×600, 150 %) the saved list goes below the due list instead.
    SIDE_BY_SIDE_CHARS = 190

    def resizeEvent(self, event: QResizeEvent) -> None:
        wide = self.width() >= self.fontMetrics().averageCharWidth() * self.SIDE_BY_SIDE_CHARS
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.split.orientation() != orientation:
            self.split.setOrientation(orientation)
        super().resizeEvent(event)

    def focus_first(self) -> None:
        target = self.table if self.rows or not self.saved_rows else self.savedTable
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

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
            "Referrals whose follow-up date has come, oldest first, and every saved "
            "referral, newest first. Ask the client at the next visit whether it worked, "
            "select the referral and record the outcome."))
        self.dueBox.setTitle(self.tr("Due for follow-up"))
        self.savedBox.setTitle(self.tr("Saved referrals"))
        self.showDoneCheck.setText(self.tr("&Show also those with an outcome"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Follow-up"), self.tr("Referred"), self.tr("Municipality"),
            self.tr("Situations"), self.tr("Chosen services"), self.tr("Outcome")])
        self.savedTable.setHorizontalHeaderLabels([
            self.tr("Referred"), self.tr("Follow-up"), self.tr("State"),
            self.tr("Chosen services")])
        self.table.setAccessibleName(self.tr("Referrals due for follow-up"))
        self.savedTable.setAccessibleName(self.tr("Saved referrals, newest first"))
        self.outcomeLabel.setText(self.tr("&Outcome:"))
        self.reasonLabel.setText(self.tr("&Why not:"))
        self.outcomeCombo.setItemText(0, self.tr("Choose…"))
        for i, code in enumerate(OUTCOMES, 1):
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

        def work(r: Resources) -> tuple[list[FollowUp], list[FollowUp], dict[str, str]]:
            due = follow_ups(r.local.conn, include_done=include)
            saved = saved_referrals(r.local.conn, limit=SAVED_LIMIT)
            try:
                checklist = load_checklist(r.catalogue)
                labels = {i.id: i.text(lang) for i in checklist.items()}
            except i18n.UserError:
                labels = {}
            return due, saved, labels

        self.runner.run(work, self._show, self._failed)

    def _show(self, result: tuple[list[FollowUp], list[FollowUp], dict[str, str]]) -> None:
        self.rows, self.saved_rows, self.labels = result
        self._fill()
        self.refreshed.emit(len(self.rows))

    def state_text(self, f: FollowUp, today: date | None = None) -> str:
        if f.outcome:
            return self.outcome_names().get(f.outcome, f.outcome)
        day = (today or local_today()).isoformat()
        if f.follow_up_date and f.follow_up_date <= day:
            return self.tr("Due")
        return self.tr("Waiting")

    def _fill(self) -> None:
        keep = self.selected
        names = self.outcome_names()
        due_values = [[day_text(f.follow_up_date), day_text(f.local_date),
                       f.municipality or "–",
                       ", ".join(self.labels.get(i, i) for i in f.items),
                       ", ".join(f.chosen) or "–", names.get(f.outcome or "", "–")]
                      for f in self.rows]
        saved_values = [[day_text(f.local_date), day_text(f.follow_up_date),
                         self.state_text(f), ", ".join(f.chosen) or "–"]
                        for f in self.saved_rows]
        for table, rows, values in ((self.table, self.rows, due_values),
                                    (self.savedTable, self.saved_rows, saved_values)):
            table.blockSignals(True)
            table.clearSelection()
            table.setRowCount(len(rows))
            for n, (f, cells) in enumerate(zip(rows, values, strict=True)):
                for col, value in enumerate(cells):
                    item = QTableWidgetItem(value)
                    item.setData(ROLE_ID, f.referral_id)
                    item.setToolTip(value)
                    table.setItem(n, col, item)
            table.resizeRowsToContents()
            table.blockSignals(False)
        if keep is None or not self.select_referral(keep):
            self.selected = None
            if self.rows:
                self.select_referral(self.rows[0].referral_id)
        self._update_selected_label()
        self.status.setStyleSheet("")
        if not self.status.property("keep"):
            self.status.setText(fill(self.tr("%1 referrals to follow up"), len(self.rows))
                                if self.rows else self.tr("No follow-ups due."))
        self.status.setProperty("keep", False)

    def _selection_changed(self, table: QTableWidget) -> None:
        row = table.currentRow()
        items = table.selectedItems()
        if not items or row < 0:
            return
        self.selected = int(items[0].data(ROLE_ID))
        other = self.savedTable if table is self.table else self.table
        other.blockSignals(True)
        other.clearSelection()
        other.blockSignals(False)
        self._update_selected_label()

    def _update_selected_label(self) -> None:
        f = self._find(self.selected)
        if f is None:
            self.selectedLabel.setText(self.tr("No referral selected."))
            return
        self.selectedLabel.setText(fill(
            self.tr("Selected: referral of %1 (follow-up %2: %3)"), day_text(f.local_date),
            day_text(f.follow_up_date), self.state_text(f).lower()))

    def _find(self, rid: int | None) -> FollowUp | None:
        if rid is None:
            return None
        return next((f for f in (*self.rows, *self.saved_rows) if f.referral_id == rid), None)

    def selected_id(self) -> int | None:
        return self.selected if self._find(self.selected) is not None else None

    def select_referral(self, rid: int) -> bool:
        """Selects the referral in the due list, or else in the saved list."""
        for table, rows in ((self.table, self.rows), (self.savedTable, self.saved_rows)):
            for n, f in enumerate(rows):
                if f.referral_id == rid:
                    table.selectRow(n)
                    table.setCurrentCell(n, 0)
                    self.selected = rid
                    self._update_selected_label()
                    return True
        return False

    def reset_form(self) -> None:
        self.outcomeCombo.setCurrentIndex(0)
        self.reasonCombo.setCurrentIndex(0)

    def record_selected(self) -> None:
        rid = self.selected_id()
        if rid is None:
            self._failed(self.tr("Select a referral in one of the lists first."))
            return
        outcome = str(self.outcomeCombo.currentData() or "")
        if not outcome:
            self._failed(self.tr("Choose the outcome first."))
            self.outcomeCombo.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        reason = str(self.reasonCombo.currentData()) if outcome == "tried-not-in" else None
        f = self._find(rid)
        when = day_text(f.local_date) if f else ""
        what = self.outcome_names()[outcome]
        if reason:
            what = f"{what} ({self.reason_names()[reason].lower()})"

        def work(r: Resources) -> int:
            record_outcome(r.local, rid, outcome, reason)
            return rid

        def done(saved: int) -> None:
            self.reset_form()
            self.status.setStyleSheet("")
            self.status.setText(fill(self.tr("Outcome recorded for the referral of %1: %2."),
                                     when, what))
            self.status.setProperty("keep", True)  # the next refresh keeps this message
            self.outcomeRecorded.emit(saved)
            self.refresh()

        self.runner.run(work, done, self._failed)

    def _failed(self, message: str) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(message)
