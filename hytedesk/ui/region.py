"""What the window sends up to the region (docs/region.md): *Tiedosto › Vie
raportointipaketti…*, the detail pane's *Ilmoita virheestä…*, and the upload packages
prepared and sent in the background after each sync and once a day at start.

Preparing and sending run on a thread of their own with their own ``local.db`` connection:
a weak link can hold a send for up to its deadline, and that must never hold up saving a
referral (the referral worker) or the window.
"""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from hytedesk.base.i18n import UserError
from hytedesk.base.paths import Paths
from hytedesk.bundle.upload import MAX_TEXT, WRONG_REASONS
from hytedesk.local.localdb import LocalDB
from hytedesk.outbox import prepare as outbox
from hytedesk.outbox.reports import report_wrong, wrong_reports
from hytedesk.outbox.send import export, send
from hytedesk.ui.code_labels import fill
from hytedesk.ui.detail import WrapButton

log = logging.getLogger(__name__)
LAST_RUN_KEY = "outbox_last_run"
DAILY = timedelta(hours=20)


def reason_label(code: str) -> str:
    labels = {
        "closed": QCoreApplication.translate("RegionActions", "the service has ended or closed"),
        "wrong-phone": QCoreApplication.translate("RegionActions", "wrong phone number"),
        "wrong-address": QCoreApplication.translate("RegionActions", "wrong address or place"),
        "wrong-time": QCoreApplication.translate("RegionActions", "wrong times"),
        "other": QCoreApplication.translate("RegionActions", "something else is wrong"),
    }
    return labels.get(code, code)


class WrongDialog(QDialog):
    """Reason from a fixed list, an optional short note, and a warning not to write about
    clients."""

    def __init__(self, service_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wrongDialog")
        self.setWindowTitle(QCoreApplication.translate("RegionActions", "Report a wrong entry"))
        layout = QVBoxLayout(self)
        title = QLabel(service_name, self)
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        layout.addWidget(title)
        form = QFormLayout()
        self.reason = QComboBox(self)
        self.reason.setObjectName("wrongReason")
        self.reason.setAccessibleName(QCoreApplication.translate("RegionActions", "What is wrong"))
        for code in WRONG_REASONS:
            self.reason.addItem(reason_label(code), code)
        reason_label_widget = QLabel(
            QCoreApplication.translate("RegionActions", "&What is wrong:"), self)
        reason_label_widget.setBuddy(self.reason)
        form.addRow(reason_label_widget, self.reason)
        self.note = QLineEdit(self)
        self.note.setObjectName("wrongNote")
        self.note.setMaxLength(MAX_TEXT)
        self.note.setAccessibleName(
            QCoreApplication.translate("RegionActions", "Note about the service"))
        note_label = QLabel(QCoreApplication.translate("RegionActions", "&Note (optional):"), self)
        note_label.setBuddy(self.note)
        form.addRow(note_label, self.note)
        layout.addLayout(form)
        warning = QLabel(QCoreApplication.translate(
            "RegionActions",
            "Write only about the service, never about a client: no names, no health "
            "details. The note goes to the welfare region."), self)
        warning.setObjectName("wrongWarning")
        warning.setWordWrap(True)
        warning.setTextFormat(Qt.TextFormat.PlainText)
        warning.setStyleSheet("QLabel { background: #fff4ce; color: #3b2e00; "
                              "border: 1px solid #d08a00; padding: 4px; font-weight: bold; }")
        layout.addWidget(warning)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("RegionActions", "Send report"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def values(self) -> tuple[str, str]:
        return str(self.reason.currentData()), self.note.text().strip()


class RegionActions(QObject):
    """Wires the outbox into a window that has the referral pages installed."""

    sent = Signal(str)  # a one-line outcome of a background run, for the status bar
    _finished = Signal(str)

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.paths: Paths = window.paths
        self.runner = window.referral_pages.runner
        self._thread: threading.Thread | None = None
        self._finished.connect(self._on_finished)

        self.export_action = QAction(window)
        self.export_action.setObjectName("exportOutboxAction")
        self.export_action.triggered.connect(self.export_packages)
        window.add_menu_action("file", self.export_action)

        # Wraps to the pane's width (a plain button would widen the pane and cut its text).
        self.report_button = WrapButton("", window.ui.detailBody)
        self.report_button.setObjectName("reportWrongButton")
        self.report_button.clicked.connect(self.report_current)
        self.report_note = QLabel(window.ui.detailBody)
        self.report_note.setObjectName("reportWrongNote")
        self.report_note.setWordWrap(True)
        self.report_note.setTextFormat(Qt.TextFormat.PlainText)
        layout = window.ui.detailForm  # the service's own part: hidden with it
        layout.addWidget(self.report_button)
        layout.addWidget(self.report_note)
        self.report_button.hide()
        self.report_note.hide()
        window.serviceSelected.connect(self._on_service)

        self.retranslate()
        window.installEventFilter(self)
        controller = getattr(window, "sync_controller", None)
        if controller is not None:
            controller.jobFinished.connect(self._after_sync)
        QTimer.singleShot(10_000, self._daily)

    def retranslate(self) -> None:
        self.export_action.setText(self.tr("E&xport report package…"))
        text = self.tr("Report a wrong entry…")
        self.report_button.label.setText(text)
        self.report_button.setText(text)
        self.report_button.setAccessibleName(self.tr("Report this entry as wrong"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    # -- "this entry is wrong" ------------------------------------------------------------

    def _service_name(self, sid: str) -> str:
        record = self.window.view.service(sid)
        return str((record or {}).get("name") or sid)

    def _on_service(self, sid: str) -> None:
        local = not sid or sid.startswith("local-")
        self.report_button.setVisible(not local)
        self.report_note.hide()
        if local:
            return

        def mine(r: Any) -> list[Any]:
            return [w for w in wrong_reports(r.local, r.catalogue) if w.service_id == sid]

        def show(found: Any) -> None:
            if isinstance(found, str) or self.window.current_service_id() != sid or not found:
                return
            latest = found[0]
            day = datetime.fromisoformat(latest.local_date)
            self.report_note.setText(fill(
                self.tr("You reported this entry as wrong on %1: %2. It stays in your list "
                        "until the catalogue changes it."),
                f"{day.day}.{day.month}.{day.year}", reason_label(latest.reason)))
            self.report_note.show()

        self.runner.run(mine, show)

    def report_current(self) -> None:
        sid = self.window.current_service_id()
        if not sid:
            return
        dialog = WrongDialog(self._service_name(sid), self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        reason, note = dialog.values()

        def save(r: Any) -> tuple[str, str]:
            return ("saved", report_wrong(r.local, r.catalogue, sid, reason, note))

        def done(result: Any) -> None:
            if isinstance(result, tuple):
                self.window.statusBar().showMessage(self.tr(
                    "Report saved: it goes to the welfare region with the next report "
                    "package."), 10_000)
                self._on_service(sid)
            else:
                QMessageBox.warning(self.window, self.tr("Report a wrong entry"), str(result))

        self.runner.run(save, done)

    # -- packages -----------------------------------------------------------------------------

    def export_packages(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Export report package to a folder (a USB stick)"))
        if not folder:
            return

        def work(r: Any) -> str:
            try:
                made = outbox.prepare(r.local)
                if made.no_key:
                    raise UserError("outbox.no_key")
                count = export(r.local, Path(folder))
            except UserError as exc:
                return "!" + str(exc)
            return fill(self.tr("%1 report packages exported to %2. Take the stick to the "
                                "welfare region's coordinator."), count, folder)

        def done(message: Any) -> None:
            text = str(message)
            if text.startswith("!"):
                QMessageBox.warning(self.window, self.tr("Export report package"), text[1:])
            else:
                QMessageBox.information(self.window, self.tr("Export report package"), text)

        self.runner.run(work, done)

    def _after_sync(self, outcome: Any) -> None:
        if getattr(outcome, "status", "") in ("updated", "up-to-date"):
            self.start_background()

    def _daily(self) -> None:
        self.start_background(only_if_due=True)

    def start_background(self, *, only_if_due: bool = False) -> bool:
        """Prepares (and, with an upload address, sends) on a thread of its own."""
        if self._thread is not None and self._thread.is_alive():
            return False
        self._thread = threading.Thread(target=self._background, args=(only_if_due,),
                                        name="hytedesk-outbox", daemon=True)
        self._thread.start()
        return True

    def _background(self, only_if_due: bool) -> None:
        message = ""
        try:
            with LocalDB(self.paths) as local:
                row = local.conn.execute("SELECT value FROM sync_state WHERE key = ?",
                                         (LAST_RUN_KEY,)).fetchone()
                now = datetime.now(UTC)
                if only_if_due and row and now - datetime.fromisoformat(row[0]) < DAILY:
                    return
                made = outbox.prepare(local)
                if not made.no_key and local.get("upload.url") and outbox.pending(local):
                    message = send(local).message()
                with local.write() as w:
                    w.execute("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)",
                              (LAST_RUN_KEY, now.isoformat()))
        except UserError as exc:
            message = str(exc)
        except Exception:  # never let the outbox take the window down; the log keeps it
            log.exception("outbox run failed")
        finally:
            self._finished.emit(message)

    def _on_finished(self, message: str) -> None:
        if message:
            log.info("outbox: %s", message)
            self.sent.emit(message)

    def wait(self, timeout: float = 30.0) -> None:
        if self._thread is not None:
            self._thread.join(timeout)


def install_region(window: Any) -> RegionActions:
    actions = RegionActions(window)
    window.region_actions = actions
    return actions
