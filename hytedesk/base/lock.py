"""One writer per data folder: the lock every import, sync and offline import takes.

The lock is an OS file lock (``flock`` on POSIX, ``msvcrt.locking`` on Windows) on
``writer.lock`` in the data folder. The OS releases it when the process ends, however it
ends, so a killed import never leaves a stale lock behind — and a file another writer
left behind (a ``.part`` file) is provably abandoned when this process holds the lock.

Within one process the lock is re-entrant for the thread that holds it (a sync holds it
while it hands a downloaded bundle to the importer, which takes it again); another thread
of the same process is a second writer like any other process.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from hytedesk.base.i18n import UserError, register

register(
    {
        "lock.busy": {
            "fi": "Toinen tuonti tai luettelon päivitys on jo käynnissä tällä koneella (toisessa "
            "ikkunassa tai komennossa). Odota, että se valmistuu, ja yritä uudelleen. "
            "Nykyinen palveluluettelo on edelleen käytössä.",
            "sv": "En annan import eller katalogsuppdatering pågår redan på den här datorn (i "
            "ett annat fönster eller kommando). Vänta tills den är klar och försök igen. Den "
            "nuvarande tjänstekatalogen används fortfarande.",
            "en": "Another import or catalogue update is already running on this laptop (in "
            "another window or command). Wait until it has finished and try again. The "
            "current catalogue is still in use.",
        },
        "lock.not_writable": {
            "fi": "Tietokansioon {path} ei voi kirjoittaa ({detail}). Mitään ei muutettu; "
            "nykyinen palveluluettelo on edelleen käytössä. Tarkista levytila ja oikeudet.",
            "sv": "Det går inte att skriva i datamappen {path} ({detail}). Inget ändrades; den "
            "nuvarande tjänstekatalogen används fortfarande. Kontrollera diskutrymmet och "
            "behörigheterna.",
            "en": "The data folder {path} cannot be written ({detail}). Nothing was changed; "
            "the current catalogue is still in use. Check the free disk space and the "
            "permissions.",
        },
    }
)

LOCK_NAME = "writer.lock"
DEFAULT_WAIT = 5.0  # seconds a second writer waits before it gives up
_POLL = 0.05

_held = threading.local()  # {lock path: [file, depth]} for the current thread


def _try_lock(f: IO[bytes]) -> bool:
    try:
        if sys.platform == "win32":
            import msvcrt

            f.seek(0)
            msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        else:
            import fcntl

            fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EAGAIN, errno.EDEADLK) or sys.platform == "win32":
            return False
        raise
    return True


def _unlock(f: IO[bytes]) -> None:
    with contextlib.suppress(OSError):
        if sys.platform == "win32":
            import msvcrt

            f.seek(0)
            msvcrt.locking(f.fileno(), msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
        else:
            import fcntl

            fcntl.flock(f.fileno(), fcntl.LOCK_UN)


def holds_lock(data: Path) -> bool:
    """Whether the current thread holds the writer lock of ``data``."""
    table: dict[str, list[object]] = getattr(_held, "table", {})
    return str(data / LOCK_NAME) in table


@contextlib.contextmanager
def writer_lock(data: Path, *, wait: float | None = None) -> Iterator[None]:
    """Holds the data folder's writer lock; waits up to ``wait`` seconds (default
    ``DEFAULT_WAIT``) for another writer, then raises ``UserError("lock.busy")``."""
    path = data / LOCK_NAME
    key = str(path)
    table: dict[str, list[object]] = getattr(_held, "table", None) or {}
    _held.table = table
    if key in table:  # re-entered by the thread that holds it
        table[key][1] = int(table[key][1]) + 1  # type: ignore[call-overload]
        try:
            yield
        finally:
            table[key][1] = int(table[key][1]) - 1  # type: ignore[call-overload]
        return
    try:
        data.mkdir(parents=True, exist_ok=True)
        f = open(path, "a+b")  # noqa: SIM115  (closed below, after unlocking)
    except OSError as exc:
        raise UserError("lock.not_writable", path=data, detail=exc.strerror or exc) from None
    try:
        end = time.monotonic() + max(0.0, DEFAULT_WAIT if wait is None else wait)
        while not _try_lock(f):
            if time.monotonic() >= end:
                raise UserError("lock.busy")
            time.sleep(_POLL)
        table[key] = [f, 1]
        try:
            with contextlib.suppress(OSError):  # who holds it, for a person looking
                f.truncate(0)
                f.write(f"{os.getpid()}\n".encode())
                f.flush()
            yield
        finally:
            del table[key]
            _unlock(f)
    finally:
        f.close()
