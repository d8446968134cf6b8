"""The log file: one set-up for every entry point (the window, ``hytedesk``, ``hytedesk-admin``).

``setup_logging`` writes a rotating log file in the platform's log folder (``paths.logs``;
``HYTEDESK_HOME`` moves it with everything else) and, only when the program runs in the
foreground of a terminal, short warnings on the console. Uncaught exceptions (of the main
thread and of other threads) go to the log with their traceback.

A missing or unwritable log folder never stops the program: it says once, on stderr,
where logging failed and goes on without a file. The same happens when the disk fills up
later.

What a user types or reads about a client — search text, checklist answers, the client's
context, local-service text — is never logged. Callers log catalogue ids, versions,
counts, durations and message keys, and ``private_traceback`` for failures whose message
may quote a query.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import logging.handlers
import os
import platform
import sys
import threading
import time
import traceback
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from types import TracebackType
from typing import ParamSpec, TypeVar

from hytedesk.base import i18n
from hytedesk.base.i18n import UserError
from hytedesk.base.paths import Paths, default_paths

MAX_BYTES = 1_000_000  # per file; a few weeks of normal use
BACKUP_COUNT = 4  # <program>.log.1 … .4: at most 5 MB in all
FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"

i18n.register(
    {
        "logs.unwritable": {
            "fi": "{program}: lokitiedostoa ei voi kirjoittaa kansioon {folder} ({detail}); "
            "jatketaan ilman lokia.",
            "sv": "{program}: loggfilen kan inte skrivas i mappen {folder} ({detail}); "
            "fortsätter utan logg.",
            "en": "{program}: the log file cannot be written in {folder} ({detail}); "
            "going on without a log.",
        },
    }
)

_lock = threading.Lock()
_state: dict[str, object] = {}  # "handler", "console", "file", "failed", "program"


class _FileHandler(logging.handlers.RotatingFileHandler):
    """A rotating file that, when writing fails (disk full, folder removed), says so once
    and then stays quiet instead of printing a traceback for every record."""

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        exc = sys.exc_info()[1]
        _report_failure(Path(self.baseFilename).parent, exc)
        logging.getLogger().removeHandler(self)
        _state.pop("handler", None)
        _state.pop("file", None)
        with contextlib.suppress(Exception):  # the file is already broken
            self.close()


class _ConsoleFormatter(logging.Formatter):
    """One line a record: the program and the message, never a traceback."""

    def __init__(self, program: str) -> None:
        super().__init__(f"{program}: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        saved = record.exc_info, record.exc_text, record.stack_info
        record.exc_info = record.exc_text = record.stack_info = None
        try:
            return super().format(record)
        finally:
            record.exc_info, record.exc_text, record.stack_info = saved


def _report_failure(folder: Path, exc: BaseException | None) -> None:
    """Says once per process where logging failed (stderr, when there is one)."""
    if _state.get("failed"):
        return
    detail = (getattr(exc, "strerror", None) or str(exc) or type(exc).__name__) \
        if exc is not None else "?"
    message = i18n.text("logs.unwritable", program=_state.get("program", "hytedesk"),
                        folder=folder, detail=detail)
    _state["failed"] = message
    stream = sys.__stderr__ or sys.stderr
    if stream is not None:
        with contextlib.suppress(Exception):  # no console either: nothing more to do
            print(message, file=stream, flush=True)


def foreground() -> bool:
    """True when stderr is a terminal this process can write to (not a windowed build,
    not redirected to a file or pipe)."""
    stream = sys.stderr
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def setup_logging(program: str = "hytedesk", paths: Paths | None = None, *,
                  console: bool | None = None, level: int = logging.INFO) -> Path | None:
    """Sends the ``hytedesk`` loggers to the log file; returns the file, or None.

    Safe to call more than once: a second call with the same folder keeps the handler, a
    call with another folder (another ``HYTEDESK_HOME``) moves to it. ``console`` (default:
    only in the foreground of a terminal) adds one-line warnings on stderr.
    """
    with _lock:
        _state["program"] = program
        folder = (paths or default_paths()).logs
        target = folder / f"{program}.log"
        root = logging.getLogger()
        old = _state.get("handler")
        if isinstance(old, logging.Handler) and _state.get("file") == target:
            handler: logging.Handler | None = old
        else:
            if isinstance(old, logging.Handler):
                root.removeHandler(old)
                old.close()
                _state.pop("handler", None)
                _state.pop("file", None)
            handler = _open_file(folder, target)
            if handler is not None:
                root.addHandler(handler)
                _state["handler"], _state["file"] = handler, target
                _state.pop("failed", None)
        old_console = _state.pop("console", None)
        if isinstance(old_console, logging.Handler):
            root.removeHandler(old_console)
        if console if console is not None else foreground():
            stream = logging.StreamHandler(sys.stderr)
            stream.setLevel(logging.WARNING)
            stream.setFormatter(_ConsoleFormatter(program))
            root.addHandler(stream)
            _state["console"] = stream
        logging.getLogger("hytedesk").setLevel(level)  # other libraries: warnings only
        install_excepthooks()
    log = logging.getLogger("hytedesk")
    if handler is not None:
        from hytedesk import __version__

        frozen = "frozen" if getattr(sys, "frozen", False) else "source"
        log.info("%s %s started (%s; Python %s; %s)", program, __version__, frozen,
                 platform.python_version(), _system())
    return target if handler is not None else None


def _system() -> str:
    """The system, its release and the machine, for the log's first line. Not
    ``platform.platform()``: on Linux it reads the interpreter's binary for the C library's
    version, 7-10 ms of every start."""
    system, release = platform.system(), platform.release()
    if system == "Darwin":
        system, release = "macOS", platform.mac_ver()[0] or release
    return f"{system} {release} {platform.machine()}"


def _open_file(folder: Path, target: Path) -> logging.Handler | None:
    try:
        if folder.exists() and not folder.is_dir():
            raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR))
        folder.mkdir(parents=True, exist_ok=True)
        handler = _FileHandler(target, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                               encoding="utf-8")
    except OSError as exc:
        _report_failure(folder, exc)
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    return handler


def log_file() -> Path | None:
    """The file this process logs to, or None when logging to a file failed or is off."""
    f = _state.get("file")
    return f if isinstance(f, Path) else None


def log_folder(paths: Paths | None = None) -> Path:
    """Where the log files are (or would be): for menus and error messages."""
    f = log_file()
    return f.parent if f is not None else (paths or default_paths()).logs


def failure() -> str | None:
    """The one-line message of a failed set-up, or None."""
    f = _state.get("failed")
    return f if isinstance(f, str) else None


def private_traceback(exc: BaseException) -> str:
    """The traceback of ``exc`` with its message left out (it may quote what was typed)."""
    te = traceback.TracebackException.from_exception(exc)
    return "".join(te.stack.format()) + type(exc).__qualname__ + " (message not logged)"


def _excepthook(kind: type[BaseException], value: BaseException,
                tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    logging.getLogger("hytedesk").critical(
        "uncaught exception", exc_info=(kind, value, tb))
    stream = sys.stderr
    if stream is not None:
        where = log_file()
        with contextlib.suppress(Exception):
            print(f"{_state.get('program', 'hytedesk')}: unexpected error "
                  f"({kind.__name__}: {value})"
                  + (f"; details in {where}" if where else ""), file=stream)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else "?"
    logging.getLogger("hytedesk").critical(
        "uncaught exception in thread %s", name,
        exc_info=(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback))


def install_excepthooks() -> None:
    """Uncaught exceptions go to the log (the window replaces ``sys.excepthook`` with one
    that also shows a message box, and logs the same way)."""
    if sys.excepthook is sys.__excepthook__:
        sys.excepthook = _excepthook
    if threading.excepthook is threading.__excepthook__:
        threading.excepthook = _thread_excepthook


def close_logging() -> None:
    """Closes the log file (tests; a program that moves its data folder)."""
    with _lock:
        root = logging.getLogger()
        for key in ("handler", "console"):
            h = _state.pop(key, None)
            if isinstance(h, logging.Handler):
                root.removeHandler(h)
                h.close()
        _state.pop("file", None)
        _state.pop("failed", None)


P = ParamSpec("P")
R = TypeVar("R")


def logged(log: logging.Logger, start: Callable[..., str],
           done: Callable[[R], str]) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Logs a long operation (an import, a sync): when it starts, how it ended, how long.

    ``start(*args, **kwargs)`` names it from the call's arguments, ``done(result)``
    describes the result. A ``UserError`` is logged with its English text (these name
    files, versions and servers, never what a user typed); any other failure by type,
    its traceback left to whoever catches it.
    """

    def wrap(fn: Callable[P, R]) -> Callable[P, R]:
        @wraps(fn)
        def run(*args: P.args, **kwargs: P.kwargs) -> R:
            what = start(*args, **kwargs)
            began = time.monotonic()
            log.info("%s: started", what)
            try:
                result = fn(*args, **kwargs)
            except UserError as exc:
                log.warning("%s: failed after %.1f s: %s [%s]", what,
                            time.monotonic() - began, exc.text("en"), exc.key)
                raise
            except BaseException as exc:
                log.error("%s: failed after %.1f s: %s", what, time.monotonic() - began,
                          type(exc).__name__)
                raise
            log.info("%s: done in %.1f s: %s", what, time.monotonic() - began, done(result))
            return result

        return run

    return wrap
