"""Statistics page: counts per month for a period, a bar chart, CSV export."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hytedesk.base import i18n
from hytedesk.referrals.labels import StatLabels
from hytedesk.referrals.stats import StatRow, statistics, total_referrals, totals, write_csv
from hytedesk.ui.code_labels import fill
from hytedesk.ui.referral.page import ERROR_STYLE, plain_label
from hytedesk.ui.referral.tasks import Resources, TaskRunner

BYS = ("situation", "theme", "municipality", "staff", "outcome", "unmet")


class BarChart(QWidget):
    """Horizontal bars, one per value, drawn with QPainter (QtCharts is not in Essentials)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("barChart")
        self.data: list[tuple[str, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(120)

    def set_data(self, data: list[tuple[str, int]]) -> None:
        self.data = data
        self.setAccessibleDescription("; ".join(f"{k}: {v}" for k, v in data))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height() + 8
        return QSize(400, max(120, line * len(self.data) + 16))

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        if not self.data:
            p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No data"))
            p.end()
            return
        fm = self.fontMetrics()
        line = fm.height() + 8
        label_w = min(max(fm.horizontalAdvance(k) for k, _ in self.data) + 12,
                      int(self.width() * 0.45))
        count_w = fm.horizontalAdvance("00000") + 8
        bar_area = max(10, self.width() - label_w - count_w - 16)
        top = max(v for _, v in self.data) or 1
        bar_color = pal.color(QPalette.ColorRole.Highlight)
        text_color = pal.color(QPalette.ColorRole.Text)
        for n, (label, value) in enumerate(self.data):
            y = 8 + n * line
            p.setPen(text_color)
            shown = fm.elidedText(label, Qt.TextElideMode.ElideRight, label_w - 8)
            p.drawText(QRectF(4, y, label_w - 8, line), int(Qt.AlignmentFlag.AlignVCenter
                                                            | Qt.AlignmentFlag.AlignRight), shown)
            w = bar_area * value / top
            p.fillRect(QRectF(label_w, y + 3, w, line - 6), bar_color)
            p.drawText(QRectF(label_w + w + 6, y, count_w, line),
                       int(Qt.AlignmentFlag.AlignVCenter), str(value))
        p.end()


class StatsPage(QWidget):
    refreshed = Signal(int)
    exported = Signal(str)

    def __init__(self, host: Any, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statsPage")
        self.host = host
        self.runner = runner
        self.rows: list[StatRow] = []
        self.total = 0
        self.labels: StatLabels | None = None
        layout = QVBoxLayout(self)
        controls = QHBoxLayout()
        self.fromLabel, self.toLabel, self.byLabel = QLabel(self), QLabel(self), QLabel(self)
        today = date.today()
        self.fromEdit = QDateEdit(QDate(today.year, 1, 1), self)
        self.fromEdit.setObjectName("fromEdit")
        self.toEdit = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.toEdit.setObjectName("toEdit")
        for edit in (self.fromEdit, self.toEdit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d.M.yyyy")
            edit.dateChanged.connect(lambda _d: self.refresh())
        self.byCombo = QComboBox(self)
        self.byCombo.setObjectName("byCombo")
        for code in BYS:
            self.byCombo.addItem(code, code)
        self.byCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
        self.byLabel.setBuddy(self.byCombo)
        for w in (self.fromLabel, self.fromEdit, self.toLabel, self.toEdit, self.byLabel,
                  self.byCombo):
            controls.addWidget(w)
        controls.addStretch(1)
        layout.addLayout(controls)
        self.totalLabel = plain_label()
        self.totalLabel.setObjectName("totalLabel")
        layout.addWidget(self.totalLabel)
        self.privacyNote = plain_label()
        self.privacyNote.setObjectName("statsPrivacyNote")
        layout.addWidget(self.privacyNote)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.table = QTableWidget(0, 3, split)
        self.table.setObjectName("statsTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.chart = BarChart(split)
        split.addWidget(self.table)
        split.addWidget(self.chart)
        split.setSizes([500, 500])
        split.setObjectName("statsSplit")
        restore = getattr(host, "restore_splitter", None)
        if restore is not None:
            restore(split)
        layout.addWidget(split, 1)
        buttons = QHBoxLayout()
        self.excelButton = QPushButton(self)
        self.excelButton.setObjectName("exportExcelButton")
        self.excelButton.clicked.connect(lambda: self.export_csv(dialect="excel-fi"))
        self.plainButton = QPushButton(self)
        self.plainButton.setObjectName("exportCsvButton")
        self.plainButton.clicked.connect(lambda: self.export_csv(dialect="rfc4180"))
        buttons.addWidget(self.excelButton)
        buttons.addWidget(self.plainButton)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status = plain_label()
        self.status.setObjectName("statsStatus")
        layout.addWidget(self.status)
        self.retranslate()
        self.refresh()

    def focus_first(self) -> None:
        self.fromEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def by_names(self) -> dict[str, str]:
        return {"situation": self.tr("Life situation"), "theme": self.tr("Priority area"),
                "municipality": self.tr("Municipality"), "staff": self.tr("Staff service area"),
                "outcome": self.tr("Outcome"), "unmet": self.tr("Unmet need")}

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Statistics"))
        self.table.setAccessibleName(self.tr("Referrals per month"))
        self.chart.setAccessibleName(self.tr("Chart of the breakdown"))
        self.fromLabel.setText(self.tr("&From:"))
        self.toLabel.setText(self.tr("&To:"))
        self.byLabel.setText(self.tr("&Breakdown:"))
        for i, code in enumerate(BYS):
            self.byCombo.setItemText(i, self.by_names()[code])
        self.table.setHorizontalHeaderLabels([self.tr("Month"), self.tr("Value"),
                                              self.tr("Count")])
        self.privacyNote.setText(self.tr(
            "These are your own records, exact: not for publication. The CSV exports count "
            "whole months and show counts below 5 as <5, so that no one can be recognised."))
        self.excelButton.setText(self.tr("Export for &Excel (CSV)…"))
        self.plainButton.setText(self.tr("Export &plain CSV…"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)

    def period(self) -> tuple[date, date]:
        return self.fromEdit.date().toPython(), self.toEdit.date().toPython()  # type: ignore[return-value]

    def set_period(self, start: date, end: date) -> None:
        self.fromEdit.setDate(QDate(start.year, start.month, start.day))
        self.toEdit.setDate(QDate(end.year, end.month, end.day))

    def refresh(self) -> None:
        start, end = self.period()
        by = str(self.byCombo.currentData())
        lang = str(getattr(self.host, "language", None) or i18n.language())

        def work(r: Resources) -> tuple[list[StatRow], int, StatLabels]:
            return (statistics(r.local.conn, by, start=start, end=end),
                    total_referrals(r.local.conn, start=start, end=end),
                    StatLabels.from_catalogue(r.catalogue, lang))

        self.runner.run(work, self._show, self._failed)

    def _show(self, result: tuple[list[StatRow], int, StatLabels]) -> None:
        self.rows, self.total, self.labels = result
        self._fill()
        self.refreshed.emit(self.total)

    def label(self, by: str, value: str) -> str:
        return self.labels(by, value) if self.labels else value

    def _fill(self) -> None:
        self.table.setRowCount(len(self.rows))
        for n, r in enumerate(self.rows):
            for col, value in enumerate((r.month, self.label(r.by, r.value), str(r.count))):
                item = QTableWidgetItem(value)
                if col == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(n, col, item)
        self.table.resizeRowsToContents()
        by = str(self.byCombo.currentData())
        self.chart.set_data([(self.label(by, k), v) for k, v in totals(self.rows).items()])
        self.totalLabel.setText(fill(self.tr("Referrals in the period: %1"), self.total))

    def export_csv(self, path: Path | None = None, dialect: str = "excel-fi") -> None:
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export statistics"), self.tr("referral-statistics") + ".csv",
                self.tr("CSV files (*.csv)"))
            if not name:
                return
            path = Path(name)
        rows, labels = list(self.rows), self.labels
        lang = str(getattr(self.host, "language", None) or i18n.language())

        def work(_r: Resources) -> str:
            write_csv(path, rows, dialect, lang=lang, label=labels)
            return str(path)

        def done(saved: str) -> None:
            self.status.setStyleSheet("")
            self.status.setText(fill(self.tr("Statistics saved: %1"), saved))
            self.exported.emit(saved)

        self.runner.run(work, done, self._failed)

    def _failed(self, message: str) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(message)
