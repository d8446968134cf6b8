"""Sync and offline import in the window: menu actions, status-bar progress, automatic runs.

``install_sync(window)`` adds "Sync now" (F5) and "Import offline bundle…" to the File
menu, a permanent status-bar widget (a stale-catalogue warning, progress and Cancel), and
the automatic sync: when ``QNetworkInformation`` says the network came up, every six hours
while the app runs, and after a failure with exponential backoff (1 min, 2, 4 … 1 h).

The work itself is the core's (``hytedesk.sync``): ``sync_once`` and
``import_offline_bundle`` run on one worker thread (a QThread with a QObject worker), one
job at a time, with a ``threading.Event`` for Cancel. The worker hands back an
``Outcome``; on the GUI thread a new catalogue is taken into use with
``window.reload_catalogue()``, which keeps the search text, filters and open referral.
Failures are the core's ``UserError`` texts, shown as plain text; only runs the user asked
for open a message box — automatic ones say it in the status bar.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QStyle,
    QToolButton,
    QWidget,
)

from hytedesk.base.i18n import UserError
from hytedesk.catalogue.schedule import HELSINKI
from hytedesk.sync.status import Freshness, freshness
from hytedesk.ui.code_labels import day_text, fill
from hytedesk.ui.log_folder import add_log_hint

log = logging.getLogger(__name__)

FIRST_DELAY_MS = 20_000  # the first automatic run, after the window is shown
SETTLE_MS = 3_000  # after the network came up
BACKOFF_START_MS = 60_000
BACKOFF_MAX_MS = 3_600_000
PERIOD_MS = 6 * 3_600_000
FRESHNESS_RECHECK_MS = 3_600_000
PROGRESS_INTERVAL = 0.1  # seconds between progress signals from the worker
CLOSE_WAIT_MS = 2_000  # how long closing the window waits for a cancelled sync

WARNING_STYLE = ("QLabel#syncStale { background: #fff4ce; color: #3b2e00; "
                 "border: 1px solid #d08a00; border-radius: 3px; }")


@dataclass(frozen=True)
class Job:
    kind: str  # "sync", "import" or "freshness"
    auto: bool = False
    path: str = ""
    cancel: threading.Event = field(default_factory=threading.Event, compare=False)


@dataclass
class Outcome:
    """What a job ended with, handed from the worker to the GUI thread."""

    job: Job
    status: str  # "updated", "up-to-date", "skipped", "failed", "unsigned", "freshness"
    version: int | None = None
    error: UserError | None = None
    unexpected: str = ""  # an error the core did not expect (logged with its trace)
    freshness: Freshness | None = None

    @property
    def cancelled(self) -> bool:
        return self.error is not None and self.error.key == "sync.cancelled"


class _Unsigned(Exception):
    """An unsigned bundle while the settings do not allow them."""


class SyncWorker(QObject):
    """Lives in the sync thread; runs one job at a time and never touches a widget."""

    progressed = Signal(str, object, object)  # stage, done, total (bytes may pass 2**31)
    finished = Signal(object)  # Outcome

    def __init__(self, paths: Any) -> None:
        super().__init__()
        self.paths = paths
        self._last = ("", 0.0)

    def _progress(self, stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        if stage == self._last[0] and now - self._last[1] < PROGRESS_INTERVAL \
                and done < total:
            return  # a fast link calls this for every chunk: the bar needs ten a second
        self._last = (stage, now)
        self.progressed.emit(stage, done, total)

    @Slot(object)
    def run(self, job: Job) -> None:
        self._last = ("", 0.0)
        outcome = Outcome(job, "failed")
        try:
            if job.kind == "sync":
                outcome = self._sync(job)
            elif job.kind == "import":
                outcome = self._import(job)
            else:
                outcome = Outcome(job, "freshness")
        except UserError as exc:
            outcome = Outcome(job, "failed", error=exc)
        except _Unsigned:
            outcome = Outcome(job, "unsigned")
        except Exception as exc:  # shown to the user without a trace, logged with it
            log.exception("sync job failed")
            outcome = Outcome(job, "failed", unexpected=f"{type(exc).__name__}: {exc}"[:300])
        try:
            outcome.freshness = freshness(self.paths)
        except Exception:
            log.exception("freshness not read")
        self.finished.emit(outcome)

    def _sync(self, job: Job) -> Outcome:
        from hytedesk.local.localdb import LocalDB
        from hytedesk.sync.client import sync_once

        if job.auto:
            with LocalDB(self.paths) as local:
                if not local.get("sync.url"):
                    return Outcome(job, "skipped")
        result = sync_once(self.paths, progress=self._progress, cancel=job.cancel)
        return Outcome(job, result.status, version=result.version)

    def _import(self, job: Job) -> Outcome:
        from hytedesk.local.localdb import LocalDB
        from hytedesk.sync.offline import import_offline_bundle, is_offline_bundle

        path = Path(job.path)
        if is_offline_bundle(path):
            result = import_offline_bundle(self.paths, path, progress=self._progress)
            return Outcome(job, result.status, version=result.version)
        with LocalDB(self.paths) as local:
            allowed = bool(local.get("import.allow_unsigned"))
        if not allowed:
            raise _Unsigned(path.name)
        from hytedesk.catalogue.importer import import_bundle
        from hytedesk.sync.client import exclusive

        with exclusive(self.paths):  # never beside a sync writing the same pointer
            imported = import_bundle(self.paths, path, progress=self._progress)
        status = "up-to-date" if imported.already_current else "updated"
        return Outcome(job, status, version=imported.version)


def first_sentence(text: str) -> str:
    """The first sentence of a message (up to its full stop), or all of it."""
    parts = re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9])", text.strip(), maxsplit=1)
    return parts[0]


class ElidedLabel(QLabel):
    """Plain text that ends in "…" when the status bar is narrow: a long Finnish sentence
    must not make the window wider than the screen."""

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 10, super().minimumSizeHint().height())

    def shown_text(self) -> str:
        """What fits: the whole text; else its part before the colon ("Not verified for 45
        days"), whole words only; else that part cut with "…"."""
        width = self.contentsRect().width()
        metrics = self.fontMetrics()
        text = self.text()
        if metrics.horizontalAdvance(text) <= width:
            return text
        head = text.split(":", 1)[0].strip()
        if metrics.horizontalAdvance(head) <= width:
            return head
        return metrics.elidedText(head, Qt.TextElideMode.ElideRight, width)

    def paintEvent(self, event: QPaintEvent) -> None:
        QFrame.paintEvent(self, event)  # background and border from the style sheet
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.shown_text()
        self.style().drawItemText(painter, rect, Qt.AlignmentFlag.AlignLeft
                                  | Qt.AlignmentFlag.AlignVCenter, self.palette(),
                                  self.isEnabled(), text, self.foregroundRole())


class SyncStatus(QWidget):
    """The permanent status-bar widget: stale warning, what runs, progress, Cancel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatusWidget")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.icon = QLabel(self)
        self.icon.setObjectName("syncStaleIcon")
        size = self.fontMetrics().height()
        self.icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        self.stale = ElidedLabel(self)
        self.stale.setObjectName("syncStale")
        self.stale.setTextFormat(Qt.TextFormat.PlainText)
        self.stale.setStyleSheet(WARNING_STYLE)
        self.stale.setContentsMargins(4, 0, 4, 0)
        self.activity = ElidedLabel(self)
        self.activity.setObjectName("syncActivity")
        self.activity.setTextFormat(Qt.TextFormat.PlainText)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("syncProgress")
        self.bar.setMaximumHeight(size + 4)
        self.bar.setMinimumWidth(self.fontMetrics().averageCharWidth() * 10)
        self.bar.setMaximumWidth(self.fontMetrics().averageCharWidth() * 22)
        self.bar.setTextVisible(True)
        self.cancel = QToolButton(self)
        self.cancel.setObjectName("syncCancel")
        self.cancel.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for w in (self.icon, self.stale, self.activity, self.bar, self.cancel):
            layout.addWidget(w)
        # as tall with or without the button, so the window does not jump when a sync starts
        self.setMinimumHeight(max(self.cancel.sizeHint().height(), self.stale.sizeHint().height()))
        self.show_stale(False)
        self.show_activity(False)

    def show_stale(self, visible: bool) -> None:
        self.icon.setVisible(visible)
        self.stale.setVisible(visible)

    def show_activity(self, visible: bool, cancellable: bool = True) -> None:
        self.activity.setVisible(visible)
        self.bar.setVisible(visible)
        self.cancel.setVisible(visible and cancellable)


class SyncController(QObject):
    """The GUI side of sync for one main window."""

    jobStarted = Signal(object)  # Job
    jobFinished = Signal(object)  # Outcome
    _submit = Signal(object)

    def __init__(self, window: Any, *, auto: bool = True, network: bool = True) -> None:
        super().__init__(window)
        self.window = window
        self.paths = window.paths
        self.auto = auto
        self.use_network_information = network
        self.current: Job | None = None
        self.last_outcome: Outcome | None = None
        self.last_freshness: Freshness | None = None
        self.last_box: QMessageBox | None = None
        self.backoff_ms = 0
        self.reachable: bool | None = None  # None: no backend says
        self.network_info: Any = None
        self._last_auto_start = 0.0
        self._shown = False
        self._closed = False

        self.sync_action = QAction(window)
        self.sync_action.setObjectName("actionSyncNow")
        self.sync_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.sync_action.triggered.connect(lambda _=False: self.sync_now())
        self.import_action = QAction(window)
        self.import_action.setObjectName("actionImportOffline")
        self.import_action.triggered.connect(lambda _=False: self.choose_import())
        separator = QAction(window)
        separator.setSeparator(True)
        for action in (separator, self.sync_action, self.import_action):
            window.add_menu_action("file", action)

        self.status = SyncStatus(window)
        window.statusBar().insertPermanentWidget(0, self.status)
        window.statusBar().messageChanged.connect(
            lambda message: message or window.statusBar().setToolTip(""))
        self.status.cancel.clicked.connect(self.cancel)

        self.auto_timer = QTimer(self)
        self.auto_timer.setSingleShot(True)
        self.auto_timer.timeout.connect(self._auto_attempt)
        self.freshness_timer = QTimer(self)
        self.freshness_timer.setInterval(FRESHNESS_RECHECK_MS)
        self.freshness_timer.timeout.connect(self.refresh_freshness)

        self._thread = QThread()
        self._thread.setObjectName("hytedesk-sync")
        self.worker = SyncWorker(self.paths)
        self.worker.moveToThread(self._thread)
        self._submit.connect(self.worker.run)
        self.worker.progressed.connect(self._on_progress)
        self.worker.finished.connect(self._on_finished)
        self._thread.start()

        window.aboutToClose.connect(self.shutdown)
        window.languageChanged.connect(lambda _lang: self.retranslate())
        window.catalogueReloaded.connect(self.refresh_freshness)
        window.installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.aboutToQuit.connect(self._wait_for_worker)
        self.retranslate()
        self.refresh_freshness()
        self.freshness_timer.start()
        if window.isVisible():  # installed after the first paint (run_gui does that)
            self._shown = True
            if auto:
                QTimer.singleShot(0, self, self.start_automatic)

    # -- starting jobs -----------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.current is not None

    def sync_now(self) -> bool:
        """Starts a sync the user asked for (F5); False if one is already running."""
        return self._start(Job("sync"))

    def import_file(self, path: str | Path) -> bool:
        return self._start(Job("import", path=str(path)))

    def choose_import(self) -> bool:
        if self.busy:
            return False
        path, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Import offline bundle"), "",
            self.tr("Catalogue bundles (*.hyteoffline *.hytebundle);;All files (*)"))
        if not path:
            return False
        return self.import_file(path)

    def _start(self, job: Job) -> bool:
        if self._closed or self.busy:
            return False
        self.current = job
        self.auto_timer.stop()
        self._set_actions_enabled(False)
        if job.auto:
            self._last_auto_start = time.monotonic()
        else:
            self._show_stage("metadata" if job.kind == "sync" else "start", 0, 0)
        self.jobStarted.emit(job)
        self._submit.emit(job)
        return True

    def refresh_freshness(self) -> None:
        """Asks the worker for the catalogue's freshness (the status bar's stale warning)."""
        if not self._closed:
            self._submit.emit(Job("freshness"))

    def cancel(self) -> None:
        if self.current is not None:
            self.current.cancel.set()
            self.status.cancel.setEnabled(False)
            self.status.activity.setText(self.tr("Cancelling…"))

    # -- progress and results ----------------------------------------------------------------

    def _on_progress(self, stage: str, done: int, total: int) -> None:
        if self.current is None or self._closed:
            return
        self._show_stage(stage, done, total)

    def _show_stage(self, stage: str, done: int, total: int) -> None:
        job = self.current
        assert job is not None
        if job.cancel.is_set():
            return
        if stage == "download":
            text = self.tr("Downloading the update…")
        elif stage == "import":
            text = self.tr("Taking the new catalogue into use…")
        elif job.kind == "import":
            text = self.tr("Checking the offline bundle…")
        else:
            text = self.tr("Checking for updates…")
        self.status.activity.setText(text)
        bar = self.status.bar
        if total > 0:
            bar.setRange(0, 1000)
            bar.setValue(min(1000, done * 1000 // total))
            bar.setFormat(fill(self.tr("%1 %"), min(100, done * 100 // total)))
        else:
            bar.setRange(0, 0)  # busy indicator: size not known yet
        self.status.show_activity(True, cancellable=job.kind == "sync")
        self.status.cancel.setEnabled(True)

    def _on_finished(self, outcome: Outcome) -> None:
        if outcome.freshness is not None:
            self._show_freshness(outcome.freshness)
        if outcome.job.kind == "freshness" or self._closed:
            return
        self.current = None
        self.last_outcome = outcome
        self.status.show_activity(False)
        self._set_actions_enabled(True)
        job = outcome.job
        lang = self.window.language
        bar = self.window.statusBar()
        if outcome.status == "updated":
            self.backoff_ms = 0
            if not self._reload():
                self.jobFinished.emit(outcome)
                return
            bar.showMessage(fill(self.tr("The catalogue was updated to version %1."),
                                 outcome.version), 15_000)
        elif outcome.status == "up-to-date":
            self.backoff_ms = 0
            self._follow_verified(outcome.freshness)
            if not job.auto:
                bar.showMessage(fill(self.tr("The catalogue is up to date (version %1)."),
                                     outcome.version), 15_000)
        elif outcome.status == "unsigned":
            self._report(job, self.tr(
                "This bundle is not signed, and the settings do not allow unsigned "
                "catalogues. Use a signed offline bundle from your administrator. The "
                "current catalogue is still in use."))
        elif outcome.status == "failed" and outcome.cancelled:
            self.show_status(outcome.error.text(lang) if outcome.error else "", 15_000)
        elif outcome.status == "failed":
            if outcome.error is not None and outcome.error.key == "sync.no_url":
                text = self.no_url_text()  # for a nurse: no command line, the USB way
            elif outcome.error is not None:
                text = outcome.error.text(lang)
                if not outcome.error.key.startswith("sync."):  # sync's own say it already
                    kept = self.tr("The current catalogue is still in use.")
                    text = f"{text} {kept}"
            else:
                text = fill(self.tr("The update failed unexpectedly (%1). The current "
                                    "catalogue is still in use."), outcome.unexpected)
            if job.kind == "sync":
                self.backoff_ms = min(BACKOFF_MAX_MS, max(BACKOFF_START_MS, self.backoff_ms * 2))
            self._report(job, text)
        self._schedule_next(outcome)
        self.jobFinished.emit(outcome)

    def _reload(self) -> bool:
        try:
            self.window.reload_catalogue()
        except UserError as exc:
            self.window.statusBar().showMessage(exc.text(self.window.language), 30_000)
            return False
        return True

    def no_url_text(self) -> str:
        """Sync without an update address, said to a nurse: who sets it, and the way that
        works meanwhile (the menu path in the window's own words)."""
        menu = self.window.menus["file"].title().replace("&", "")
        action = self.import_action.text().replace("&", "")
        return fill(self.tr("No update address is set on this computer, so it cannot check "
                            "for updates over the network. Your administrator sets the "
                            "address. Meanwhile you can bring a new catalogue on a USB stick "
                            "with %1 › %2 The current catalogue is still in use."),
                    menu, action)

    def show_status(self, text: str, ms: int) -> None:
        """The status bar shows the message's first sentence (a long one would be cut off
        there); the whole text is its tooltip, and in the message box when there is one."""
        bar = self.window.statusBar()
        short = first_sentence(text)
        bar.showMessage(short, ms)
        bar.setToolTip(text if short != text else "")

    def _report(self, job: Job, text: str) -> None:
        """A failure: in the status bar always, in a message box when the user asked."""
        self.show_status(text, 30_000)
        if job.auto:
            return
        title = self.tr("Import offline bundle") if job.kind == "import" \
            else self.tr("Sync now")
        box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        add_log_hint(box)
        box.setObjectName("syncMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # window-modal but not blocking: the worker and the window go on
        self.last_box = box

    def _follow_verified(self, fresh: Freshness | None) -> None:
        """After an up-to-date sync, the window's "verified" date follows when its day
        changed (its label reads the pointer of the open catalogue)."""
        pointer = self.window.session.pointer
        if fresh is None or fresh.verified_at is None or fresh.version != pointer.version:
            return
        shown = pointer.verified_at
        if shown:
            try:
                old = datetime.fromisoformat(shown.replace("Z", "+00:00"))
            except ValueError:
                old = None
            new_day = fresh.verified_at.astimezone(HELSINKI).date()
            if old is not None and old.tzinfo is not None and \
                    old.astimezone(HELSINKI).date() == new_day:
                return
        self._reload()

    def _show_freshness(self, fresh: Freshness) -> None:
        self.last_freshness = fresh
        if not fresh.stale:
            self.status.show_stale(False)
            return
        if fresh.verified_at is None:
            text = self.tr("Never verified: the information may be out of date")
        else:
            days = (datetime.now(UTC) - fresh.verified_at).days
            text = self.tr("Not verified for %n days: the information may be out of date",
                           "", days)
        self.status.stale.setText(text)
        tip = self.tr("No signed update has confirmed this catalogue in the last %n days. "
                      "Phone numbers and opening times may have changed. Sync now (F5) when "
                      "you have a network, or import an offline bundle.", "", fresh.stale_days)
        if fresh.verified_at is not None:
            day = day_text(fresh.verified_at.astimezone(HELSINKI).date())
            last = self.tr("Last verified %1.")
            tip = f"{fill(last, day)}\n{tip}"
        self.status.stale.setToolTip(tip)
        self.status.show_stale(True)

    def _set_actions_enabled(self, enabled: bool) -> None:
        self.sync_action.setEnabled(enabled)
        self.import_action.setEnabled(enabled)

    def retranslate(self) -> None:
        self.sync_action.setText(self.tr("S&ync now"))
        self.sync_action.setStatusTip(self.tr("Check for a new signed catalogue and take it "
                                              "into use"))
        self.import_action.setText(self.tr("&Import offline bundle…"))
        self.status.cancel.setText(self.tr("Cancel"))
        if self.last_freshness is not None:
            self._show_freshness(self.last_freshness)
        if self.current is not None:
            self.status.activity.setText(self.tr("Checking for updates…"))

    # -- automatic sync --------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Show and not self._shown:
            self._shown = True
            if self.auto:
                # after the first paint: the backend loads off the start-up path
                QTimer.singleShot(0, self, self.start_automatic)
        return False

    def start_automatic(self) -> None:
        """Watches the network (when a backend reports it) and plans the first run."""
        if self._closed:
            return
        if self.use_network_information:
            self._watch_network()
        if not self.auto_timer.isActive() and not self.busy:  # never postpones a planned run
            self._schedule(FIRST_DELAY_MS)

    def _watch_network(self) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        try:
            loaded = QNetworkInformation.loadBackendByFeatures(
                QNetworkInformation.Feature.Reachability)
        except Exception:  # no backend plugin: the periodic timer is all there is
            log.exception("no network information backend")
            loaded = False
        info = QNetworkInformation.instance() if loaded else None
        if info is None:
            log.info("no network information backend: periodic sync only")
            return
        self.network_info = info
        info.reachabilityChanged.connect(self._on_reachability)
        self._on_reachability(info.reachability(), initial=True)

    def _on_reachability(self, reachability: Any, initial: bool = False) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        r = QNetworkInformation.Reachability
        if reachability == r.Unknown:
            self.network_changed(None, initial=initial)
        else:
            self.network_changed(reachability in (r.Online, r.Site), initial=initial)

    def network_changed(self, reachable: bool | None, *, initial: bool = False) -> None:
        """The network came up (True), went down (False), or nobody knows (None)."""
        came_up = reachable is True and self.reachable is not True
        self.reachable = reachable
        if initial or not came_up or not self.auto or self._closed:
            return
        last = self.last_outcome
        if last is not None and last.status == "failed" and last.error is not None \
                and last.error.key not in ("sync.no_network", "sync.deadline"):
            return  # the server said no: the backoff stands
        since = (time.monotonic() - self._last_auto_start) * 1000 if self._last_auto_start \
            else BACKOFF_START_MS
        self._schedule(max(SETTLE_MS, int(BACKOFF_START_MS - since)))

    def _schedule(self, ms: int) -> None:
        if self.auto and not self._closed:
            self.auto_timer.start(max(0, ms))

    def _schedule_next(self, outcome: Outcome) -> None:
        if outcome.status == "failed" and not outcome.cancelled and outcome.job.kind == "sync":
            self._schedule(self.backoff_ms)
        else:
            self._schedule(PERIOD_MS)

    def _auto_attempt(self) -> None:
        if self.busy or self._closed:
            return  # the running job plans the next one
        if self.reachable is False:
            return  # wait for the network to come up
        self._start(Job("sync", auto=True))

    # -- shutdown ----------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stops the worker when the window closes: a running sync is cancelled (its
        partial download is kept for the next run)."""
        if self._closed:
            return
        self._closed = True
        self.auto_timer.stop()
        self.freshness_timer.stop()
        if self.current is not None:
            self.current.cancel.set()
        self._thread.quit()
        if not self._thread.wait(CLOSE_WAIT_MS):
            log.info("sync still stopping; waiting at quit")

    def _wait_for_worker(self) -> None:
        self.shutdown()
        self._thread.wait()


def install_sync(window: Any, *, auto: bool = True, network: bool = True) -> SyncController:
    """Adds sync to the main window: File › Sync now / Import offline bundle…, the status
    bar's progress and stale warning, and (``auto``) the automatic runs."""
    controller = SyncController(window, auto=auto, network=network)
    window.sync_controller = controller
    return controller
