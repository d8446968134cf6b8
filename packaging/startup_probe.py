"""A start-up timer for measurements, kept out of the app itself.

``install_startup_timer`` makes the next ``QApplication.exec`` print the seconds from
process start to the first interactive main window (``HYTEDESK_STARTUP_SECONDS=``), then
quit. ``packaging/startup_timing.py`` installs it before running the app from source; the
frozen build's runtime hook installs it when ``HYTEDESK_STARTUP_TIMING=1``.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def process_age() -> float:
    """Seconds since this process started (Linux: from /proc; elsewhere: since import)."""
    try:
        stat = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        start_ticks = int(stat[19])  # field 22 of stat(5), counted after the name
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.perf_counter() - _IMPORTED


_IMPORTED = time.perf_counter()


def install_startup_timer() -> None:
    """Makes the next ``QApplication.exec`` print the time to an interactive window and quit."""
    original = QApplication.exec

    def exec_and_time(*_args: object) -> int:
        app = QApplication.instance()
        timer = QTimer()
        timer.setInterval(0)

        def poll() -> None:
            for w in QApplication.topLevelWidgets():
                handle = w.windowHandle()
                if isinstance(w, QMainWindow) and w.isVisible() and handle is not None \
                        and handle.isExposed():
                    timer.stop()
                    w.repaint()  # painted once: what the user would see
                    print(f"HYTEDESK_STARTUP_SECONDS={process_age():.3f}", flush=True)
                    QTimer.singleShot(0, app.quit)  # type: ignore[union-attr]
                    return

        timer.timeout.connect(poll)
        timer.start()
        return int(original())

    QApplication.exec = exec_and_time  # type: ignore[method-assign]
