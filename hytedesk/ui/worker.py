"""Search off the GUI thread: one worker thread that owns its own catalogue connection.

The window asks for a search by emitting a request with an increasing id; the request
waits ~120 ms (typing debounce), then goes to the worker. The worker skips requests that a
newer one has overtaken (and aborts the SQL of one overtaken while it runs), and the window
drops any result that is not the newest, so the results on screen always belong to the
text and filters on screen.

A search runs in two steps. The first asks for the best ``FIRST_PAGE`` services, which
takes milliseconds even at national scale, so the table follows the typing. Only when the
user scrolls to the end of that page (the model's ``fetchMore``) does the second step fetch
the whole list (up to the query's own limit, 100,000 in the window); the window appends
the services it does not show yet, so the rows already on screen do not move.
"""

from __future__ import annotations

import dataclasses
import gc
import logging
import sqlite3
import time
from array import array
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot

from hytedesk.base.i18n import UserError
from hytedesk.base.logs import private_traceback
from hytedesk.catalogue import catdb as cat
from hytedesk.catalogue.search import SearchQuery, search

log = logging.getLogger(__name__)

DEBOUNCE_MS = 120
FIRST_PAGE = 500
PROGRESS_STEPS = 20_000  # SQLite VM steps between checks for a newer request


@dataclass(frozen=True)
class ResultSet:
    """One search's answer: row ids in rank order plus the query-dependent bits.

    ``query`` is the query as the window asked it; ``complete`` is False when only the
    first page was fetched and more services match; ``extends`` marks the second step.
    """

    request_id: int
    query: SearchQuery
    rowids: array = field(default_factory=lambda: array("q"))
    distances: dict[int, float] = field(default_factory=dict)  # rowid -> km
    nearest_city: dict[int, str] = field(default_factory=dict)  # rowid -> city of nearest
    elapsed_ms: float = 0.0
    complete: bool = True
    extends: bool = False
    partial: dict[int, tuple[str, ...]] = field(default_factory=dict)  # rowid -> words missed
    corrections: dict[str, str] = field(default_factory=dict)  # typed -> searched instead

    def __len__(self) -> int:
        return len(self.rowids)


class SearchWorker(QObject):
    """Lives in the search thread; the sqlite3 connection never leaves it."""

    finished = Signal(object)  # ResultSet
    failed = Signal(int, str)  # request id, message for the user

    def __init__(self) -> None:
        super().__init__()
        self._conn: sqlite3.Connection | None = None
        self._running = 0
        self.latest = 0  # written by the GUI thread: the newest request id

    @Slot(str)
    def open(self, path: str) -> None:
        self.close()
        self._conn = cat.connect(Path(path), readonly=True)
        self._conn.set_progress_handler(self._overtaken, PROGRESS_STEPS)

    @Slot()
    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _overtaken(self) -> int:
        return 1 if self.latest != self._running else 0  # non-zero aborts the statement

    @Slot(int, object, int, int)
    def run(self, request_id: int, query: SearchQuery, limit: int, extends: int) -> None:
        if request_id != self.latest or self._conn is None:
            return  # overtaken by a newer request
        self._running = request_id
        started = time.perf_counter()
        # A long answer makes 100,000 short-lived objects and no cycles; a cyclic
        # collection triggered meanwhile would stall the GUI thread too (one GIL).
        collecting = gc.isenabled()
        gc.disable()
        try:
            hits = search(self._conn, dataclasses.replace(query, limit=limit), details=False)
        except UserError as exc:
            self.failed.emit(request_id, exc.text(query.ui_language))
            return
        except sqlite3.OperationalError as exc:
            if request_id != self.latest:
                return  # interrupted: a newer request is waiting
            log.error("search failed:\n%s", private_traceback(exc))
            self.failed.emit(request_id, str(exc))
            return
        except sqlite3.Error as exc:
            log.error("search failed:\n%s", private_traceback(exc))
            self.failed.emit(request_id, str(exc))
            return
        finally:
            self._running = 0
            if collecting:
                gc.enable()
        result = ResultSet(
            request_id=request_id,
            query=query,
            rowids=array("q", (h.rowid for h in hits)),
            distances={h.rowid: h.distance_km for h in hits if h.distance_km is not None},
            nearest_city={h.rowid: h.municipality for h in hits
                          if h.distance_km is not None and h.municipality},
            elapsed_ms=(time.perf_counter() - started) * 1000.0,
            complete=len(hits) < limit or limit >= query.limit,
            extends=bool(extends),
            partial={h.rowid: tuple(h.unmatched) for h in hits if h.partial},
            corrections=dict(getattr(hits, "corrections", {})),
        )
        self.finished.emit(result)


class SearchController(QObject):
    """The GUI side: debounces requests, talks to the worker, drops stale answers."""

    results = Signal(object)  # ResultSet, only the newest
    failed = Signal(str)
    _open = Signal(str)
    _submit = Signal(int, object, int, int)  # id, query, limit, extends
    _close = Signal()

    def __init__(self, catalogue_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("hytedesk-search")
        self.worker = SearchWorker()
        self.worker.moveToThread(self._thread)
        self._open.connect(self.worker.open)
        self._submit.connect(self.worker.run)
        self._close.connect(self.worker.close, Qt.ConnectionType.BlockingQueuedConnection)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._dispatch)
        self._pending: SearchQuery | None = None
        self._shown: SearchQuery | None = None
        self._request_id = 0
        self.first_page = FIRST_PAGE
        self.dropped = 0  # stale answers thrown away (tests read it)
        self._thread.start()
        self._open.emit(str(catalogue_path))

    @property
    def request_id(self) -> int:
        return self._request_id

    def request(self, query: SearchQuery, *, immediately: bool = False) -> None:
        self._pending = query
        if immediately:
            self._timer.stop()
            self._dispatch()
        else:
            self._timer.start()

    def reopen(self, catalogue_path: Path) -> None:
        """Makes the worker reconnect (queued before any later search)."""
        self._open.emit(str(catalogue_path))

    def _send(self, query: SearchQuery, limit: int, extends: bool) -> None:
        self._request_id += 1
        self.worker.latest = self._request_id
        self._submit.emit(self._request_id, query, limit, int(extends))

    def _dispatch(self) -> None:
        if self._pending is None:
            return
        query, self._pending = self._pending, None
        self._shown = query
        self._send(query, min(self.first_page, query.limit), False)

    def fetch_rest(self) -> None:
        """Fetches the whole list of the query on screen (after its first page)."""
        if self._shown is not None and self._pending is None and not self._timer.isActive():
            self._send(self._shown, self._shown.limit, True)

    def _on_finished(self, result: ResultSet) -> None:
        if result.request_id != self._request_id:
            self.dropped += 1
            return
        self.results.emit(result)

    def _on_failed(self, request_id: int, message: str) -> None:
        if request_id == self._request_id:
            self.failed.emit(message)

    def shutdown(self) -> None:
        if not self._thread.isRunning():
            return
        self._timer.stop()
        self.worker.latest = -1
        self._close.emit()
        self._thread.quit()
        self._thread.wait()
