"""Where the log is, for the user: Help › Open log folder, and a line under every error.

The folder comes from ``hytedesk.base.logs`` (the platform's log folder, or the one under
``HYTEDESK_HOME``). Opening it uses the desktop's file manager.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from hytedesk.base import logs


def where_the_log_is() -> str:
    """One sentence naming the log folder, in the UI language."""
    folder = logs.log_folder()
    if logs.log_file() is None and logs.failure() is not None:
        return QCoreApplication.translate(
            "LogFolder", "No log file could be written in the folder %1.").replace(
            "%1", str(folder))
    return QCoreApplication.translate(
        "LogFolder", "The log files are in the folder %1.").replace("%1", str(folder))


def add_log_hint(box: QMessageBox) -> QMessageBox:
    """Adds the log folder under an error message (plain text, as the message)."""
    box.setInformativeText(where_the_log_is())
    return box


def open_log_folder() -> bool:
    """Opens the log folder in the file manager (creating it first); False if it could not."""
    folder = logs.log_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return open_url(QUrl.fromLocalFile(str(folder)))


def open_url(url: QUrl) -> bool:
    """One place that hands a URL to the desktop, so that tests can watch it."""
    return bool(QDesktopServices.openUrl(url))
