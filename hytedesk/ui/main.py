"""Starting the window: application, translators, the catalogue, the main window.

Problems the core reports at start (a missing catalogue, an unreadable local.db) are
shown in a message box as plain text in the user's language, never as a traceback.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Sequence
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMessageLogContext,
    QObject,
    Qt,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from hytedesk.app.session import open_session
from hytedesk.base import i18n
from hytedesk.base.i18n import UserError
from hytedesk.base.logs import setup_logging
from hytedesk.base.paths import default_paths
from hytedesk.local.localdb import LocalDB
from hytedesk.ui.icons import app_icon
from hytedesk.ui.log_folder import add_log_hint
from hytedesk.ui.mainwindow import MainWindow
from hytedesk.ui.translation import Translations

log = logging.getLogger(__name__)


def error_box(text: str, parent: QWidget | None = None) -> QMessageBox:
    """A message box that shows ``text`` literally, and under it where the log is."""
    box = QMessageBox(QMessageBox.Icon.Critical,
                      QCoreApplication.translate("Startup", "HyteDesk"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return add_log_hint(box)


def info_box(text: str, parent: QWidget | None = None) -> QMessageBox:
    """An information message box that shows ``text`` literally."""
    box = error_box(text, parent)
    box.setIcon(QMessageBox.Icon.Warning)
    return box


def show_box(box: QMessageBox) -> int:
    """Runs a message box (one place, so that tests can answer it)."""
    return box.exec()


def exec_app(app: QApplication) -> int:
    return app.exec()


def startup_language() -> str:
    try:
        with LocalDB(default_paths()) as local:
            return str(local.get("ui.language"))
    except UserError:
        return i18n.DEFAULT_LANGUAGE


def _log_uncaught(kind: type[BaseException], value: BaseException,
                  tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    log.critical("uncaught exception", exc_info=(kind, value, tb))
    if not isinstance(QApplication.instance(), QApplication):
        return  # no window to show a message in: the log has it
    text = value.text() if isinstance(value, UserError) else QCoreApplication.translate(
        "Startup", "Something went wrong, but your saved data is safe. If this happens "
        "again, restart HyteDesk. Details are in the log file.")
    show_box(error_box(text))


def create_window(argv: Sequence[str] | None = None, *, extensions_now: bool = True,
                  report: Callable[[str], None] | None = None
                  ) -> tuple[QApplication, MainWindow | None]:
    """The application and its main window; the window is None if start failed.

    With ``extensions_now=False`` the caller installs the referral pages and sync itself
    (``run_gui`` does so right after the first paint, so search is usable sooner). A start
    failure goes to ``report`` (default: a message box that waits for OK; the self-test
    passes a function that returns at once, as nobody is there to click)."""
    if report is None:
        def report(text: str) -> None:
            show_box(error_box(text))
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(list(argv) if argv is not None else sys.argv)
    app.setApplicationName("HyteDesk")
    app.setOrganizationName("HyteDesk")
    app.setWindowIcon(app_icon())
    translations = Translations(app)
    lang = startup_language()
    translations.install(lang)
    paths = default_paths()
    try:
        session = open_session(paths)
    except UserError as exc:
        log.warning("start failed: %s [%s]", exc.text("en"), exc.key)
        report(exc.text(lang))
        return app, None
    except Exception:  # unexpected: logged with its trace, shown without it
        log.exception("start failed")
        report(QCoreApplication.translate(
            "Startup", "HyteDesk could not open its catalogue. Your saved data has not been "
            "changed. Restart HyteDesk; if this happens again, contact your support person "
            "and tell them the time it happened."))
        return app, None
    from hytedesk.base import notices

    for notice in notices.take(paths.data):  # repaired on its own: said once, then logged
        show_box(info_box(notice.text(lang)))
    window = MainWindow(session, translations)
    if extensions_now:
        install_extensions(window)
    return app, window


def install_extensions(window: MainWindow) -> None:
    """The referral pages and sync: added to a window that is already usable for search."""
    from hytedesk.ui.referral import install_referral_pages  # issue 3: referral pages
    install_referral_pages(window)
    from hytedesk.ui.sync_controller import install_sync  # issue 5: sync in the window
    install_sync(window)
    from hytedesk.ui.region import install_region  # upload packages, wrong-entry reports
    install_region(window)


_QT_LEVELS = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}
_qt_log = logging.getLogger("hytedesk.qt")


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's own warnings and errors go to the log instead of a console that may not exist."""
    _qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s (%s)", message,
                context.category or "qt")


def run_gui(argv: Sequence[str] | None = None) -> int:
    setup_logging("hytedesk")  # again when started from the command's main: the same file
    qInstallMessageHandler(_qt_message)
    sys.excepthook = _log_uncaught
    app, window = create_window(argv, extensions_now=False)
    if window is None:
        return 2
    after_first_paint(window, lambda: install_extensions(window))
    window.show()
    return exec_app(app)


EXTENSIONS_DELAY_MS = 100


class _FirstPaint(QObject):
    """Runs a callback once, in the event loop turn after a widget's first paint."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # A moment later, so that the window is on screen (and answering keys) before
            # the extensions are built.
            QTimer.singleShot(EXTENSIONS_DELAY_MS, self, self._callback)  # dropped with the window
        return False


def after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    _FirstPaint(widget, callback)
