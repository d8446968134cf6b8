"""A start-up timer for measurements, kept out of the app itself.

``install_startup_timer`` makes the next ``QApplication.exec`` print the seconds from
process start to the first interactive main window (``HYTEDESK_STARTUP_SECONDS=``), then
quit. ``packaging/startup_timing.py`` installs it before running the app from source; the
frozen build's runtime hook installs it when ``HYTEDESK_STARTUP_TIMING=1``.

It does not import Qt itself: it waits for the app to import ``PySide6.QtWidgets``. The
app imports PySide6 only once its own start-up modules are loaded, and PySide6 inspects
every module imported after it, so a timer that imported it first would slow the start
it measures (by 12-15 ms, measured).
"""

from __future__ import annotations

import importlib.abc
import importlib.util
import os
import sys
import time
from collections.abc import Callable, Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType


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


class _WhenImported(importlib.abc.MetaPathFinder):
    """Calls ``then(module)`` once the module ``name`` has been imported (by anyone)."""

    def __init__(self, name: str, then: Callable[[ModuleType], None]) -> None:
        self.name, self.then = name, then

    def find_spec(self, fullname: str, path: Sequence[str] | None = None,
                  target: ModuleType | None = None) -> ModuleSpec | None:
        if fullname != self.name:
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(fullname)
        loader = spec.loader if spec is not None else None
        if loader is None:
            return spec
        run = loader.exec_module

        def exec_module(module: ModuleType) -> None:
            del loader.exec_module  # type: ignore[attr-defined]  # the loader's own again
            run(module)
            self.then(module)

        loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def install_startup_timer() -> None:
    """Makes the next ``QApplication.exec`` print the time to an interactive window and quit."""
    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is not None:
        _time_exec(widgets)
    else:
        sys.meta_path.insert(0, _WhenImported("PySide6.QtWidgets", _time_exec))


def _time_exec(widgets: ModuleType) -> None:
    from PySide6.QtCore import QTimer  # loaded already: QtWidgets needs it

    QApplication, QMainWindow = widgets.QApplication, widgets.QMainWindow  # noqa: N806
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
