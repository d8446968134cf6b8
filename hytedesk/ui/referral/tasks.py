"""Background work of the referral pages: one worker thread, its own connections.

Like Anki's task manager: every task that touches a database or renders a document runs
on one worker thread (a QThread with its event loop), which owns a read-only catalogue
connection and the ``local.db`` connection (one owner of the writable database). Results
come back to the GUI thread through a queued Qt signal; the callbacks run there.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from hytedesk.base.i18n import UserError
from hytedesk.base.logs import private_traceback
from hytedesk.base.paths import Paths
from hytedesk.catalogue import catdb as cat
from hytedesk.local.localdb import LocalDB

log = logging.getLogger(__name__)


@dataclass
class Resources:
    """What a task may use; lives in the worker thread only."""

    paths: Paths
    catalogue_path: Path
    _catalogue: sqlite3.Connection | None = None
    _local: LocalDB | None = None

    @property
    def catalogue(self) -> sqlite3.Connection:
        if self._catalogue is None:
            self._catalogue = cat.connect(self.catalogue_path, readonly=True)
        return self._catalogue

    @property
    def local(self) -> LocalDB:
        if self._local is None:
            self._local = LocalDB(self.paths)
        return self._local

    def switch(self, catalogue_path: Path) -> None:
        if catalogue_path != self.catalogue_path and self._catalogue is not None:
            self._catalogue.close()
            self._catalogue = None
        self.catalogue_path = catalogue_path

    def close(self) -> None:
        if self._catalogue is not None:
            self._catalogue.close()
            self._catalogue = None
        if self._local is not None:
            self._local.close()
            self._local = None


class _Worker(QObject):
    """Lives in the worker thread (which has an event loop, so documents may use timers)."""

    finished = Signal(object, object, object)  # callback, result, error

    def __init__(self, resources: Resources) -> None:
        super().__init__()
        self.resources = resources

    @Slot(object, object, object)
    def execute(self, fn: Callable[[Resources], Any], done: Any, failed: Any) -> None:
        try:
            result = fn(self.resources)
        except UserError as exc:
            self.finished.emit(failed, None, exc.text())
        except Exception as exc:  # reported to the user, logged with its trace
            # Its message may quote the client's context: the log gets where, not what.
            log.error("referral task failed:\n%s", private_traceback(exc))
            self.finished.emit(failed, None, f"{type(exc).__name__}: {exc}")
        else:
            self.finished.emit(done, result, None)

    @Slot()
    def close(self) -> None:
        self.resources.close()


class TaskRunner(QObject):
    """Runs ``fn(resources)`` on the worker; ``done``/``failed`` run on the GUI thread."""

    _submit = Signal(object, object, object)
    _close = Signal()
    idle = Signal()

    def __init__(self, paths: Paths, catalogue_path: Path,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("hytedesk-referrals")
        self._worker = _Worker(Resources(paths, catalogue_path))
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.execute)
        self._close.connect(self._worker.close, Qt.ConnectionType.BlockingQueuedConnection)
        self._worker.finished.connect(self._deliver)
        self._pending = 0
        self._closed = False
        self._thread.start()

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def switch_catalogue(self, catalogue_path: Path) -> None:
        self.run(lambda r: r.switch(catalogue_path))

    def run(self, fn: Callable[[Resources], Any],
            done: Callable[[Any], None] | None = None,
            failed: Callable[[str], None] | None = None) -> None:
        if self._closed:
            return
        self._pending += 1
        self._submit.emit(fn, done, failed)

    def _deliver(self, callback: Callable[[Any], None] | None, result: Any,
                 error: str | None) -> None:
        self._pending -= 1
        try:
            if callback is not None:
                callback(error if error is not None else result)
            elif error is not None:
                log.warning("referral task failed (no one to tell)")
        finally:
            if self._pending == 0:
                self.idle.emit()

    def shutdown(self) -> None:
        if self._closed or not self._thread.isRunning():
            return
        self._closed = True
        self._close.emit()  # blocks until the worker closed its connections
        self._thread.quit()
        self._thread.wait()
