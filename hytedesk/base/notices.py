"""Things the app repaired on its own, to tell the user once and to keep in the log.

A repair (a damaged catalogue replaced by the previous one, an empty ``local.db``
restored from a backup) is done once and persists, so telling the user when it happens is
telling them once: the repair calls ``tell``, and the front end that started the work
shows what ``take`` returns (the command line: one line each on stderr; the window: a
message). Each notice is also written, with the time, to ``repairs.log`` in the logs
folder and to the ``logging`` log.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from datetime import UTC, datetime
from pathlib import Path

from hytedesk.base.i18n import UserError

log = logging.getLogger(__name__)

_lock = threading.Lock()
_pending: dict[str, list[UserError]] = {}


def tell(data: Path, logs: Path | None, key: str, /, **params: object) -> UserError:
    """Records a repair of the data folder ``data``; returns the notice."""
    notice = UserError(key, **params)
    text = notice.text("en")
    log.info("repair in %s: %s", data, text)
    if logs is not None:
        with contextlib.suppress(OSError):
            logs.mkdir(parents=True, exist_ok=True)
            stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
            with (logs / "repairs.log").open("a", encoding="utf-8") as f:
                f.write(f"{stamp} {text}\n")
    with _lock:
        _pending.setdefault(str(data), []).append(notice)
    return notice


def take(data: Path) -> list[UserError]:
    """The notices of ``data`` not shown yet (each is returned once)."""
    with _lock:
        return _pending.pop(str(data), [])
