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
    """Calls ``then(module)`` once the module ``name`` has been imported (by anyone). The
    module's own loader is wrapped, not changed: it may serve other modules too."""

    def __init__(self, name: str, then: Callable[[ModuleType], None]) -> None:
        self.name, self.then, self.looking = name, then, False

    def find_spec(self, fullname: str, path: Sequence[str] | None = None,
                  target: ModuleType | None = None) -> ModuleSpec | None:
        if fullname != self.name or self.looking:
            return None
        self.looking = True  # the other finders, not this one again
        try:
            spec = importlib.util.find_spec(fullname)
        finally:
            self.looking = False
        if spec is None or spec.loader is None:
            return spec
        spec.loader = _ThenLoader(spec.loader, self)
        return spec


class _ThenLoader(importlib.abc.Loader):
    def __init__(self, loader: importlib.abc.Loader, finder: _WhenImported) -> None:
        self.loader, self.finder = loader, finder

    def create_module(self, spec: ModuleSpec) -> ModuleType | None:
        return self.loader.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        self.loader.exec_module(module)
        if self.finder in sys.meta_path:
            sys.meta_path.remove(self.finder)
            self.finder.then(module)


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
