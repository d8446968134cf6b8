"""Time from process start to an interactive main window: frozen build, source, bare Qt.

    python packaging/startup_timing.py [--frozen dist-folder/hytedesk] [--runs 5]

Each run is a new process with ``HYTEDESK_STARTUP_TIMING=1`` (the app prints
``HYTEDESK_STARTUP_SECONDS=`` once its main window is shown and exposed, then quits;
see ``packaging/startup_probe.py``), offscreen. Two cases:
``first start`` (an empty HYTEDESK_HOME: the initial catalogue is imported) and ``later
start`` (the same home again). "bare PySide6" is a QMainWindow alone, the design's yardstick.
``--x11 :55`` times on an X server (say ``Xvfb :55``) through the xcb plugin instead.
Prints the median and the range of each, in seconds, as measured inside the process and
as seen from outside (spawn to the printed line).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBE_PATH = f"import sys; sys.path.insert(0, {str(ROOT / 'packaging')!r})\n"
SOURCE = (PROBE_PATH + "from startup_probe import install_startup_timer; install_startup_timer()\n"
          "from hytedesk.commands.main import main; raise SystemExit(main([]))\n")
BARE = (PROBE_PATH + "from startup_probe import process_age\n"
        "from PySide6.QtWidgets import QApplication, QMainWindow\n"
        "from PySide6.QtCore import QTimer\n"
        "app = QApplication([]); w = QMainWindow(); w.resize(1000, 700); w.show()\n"
        "def done():\n"
        "    w.repaint(); print(f'HYTEDESK_STARTUP_SECONDS={process_age():.3f}', flush=True)\n"
        "    app.quit()\n"
        "QTimer.singleShot(0, done); app.exec()\n")


DISPLAY: str | None = None  # --x11: time on a real X server instead of offscreen


def one_run(cmd: list[str], home: Path) -> tuple[float, float]:
    env = dict(os.environ, HYTEDESK_STARTUP_TIMING="1", QT_QPA_PLATFORM="offscreen",
               HYTEDESK_HOME=str(home))
    if DISPLAY:
        env.pop("QT_QPA_PLATFORM")
        env.pop("WAYLAND_DISPLAY", None)
        env["DISPLAY"] = DISPLAY
    env.pop("PYTHONPATH", None)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True, cwd=tempfile.gettempdir())
    inside = outside = float("nan")
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("HYTEDESK_STARTUP_SECONDS="):
            outside = time.perf_counter() - start
            inside = float(line.split("=", 1)[1])
    if proc.wait(timeout=120) != 0:
        raise RuntimeError(f"{cmd[0]} exited with {proc.returncode}")
    return inside, outside


def measure(label: str, cmd: list[str], runs: int, first: bool) -> str:
    inside, outside = [], []
    with tempfile.TemporaryDirectory(prefix="hytedesk-timing-") as tmp:
        for n in range(runs):
            home = Path(tmp) / (f"home{n}" if first else "home")
            if not first and n == 0:
                one_run(cmd, home)  # the first start imports the catalogue; not counted
            i, o = one_run(cmd, home)
            inside.append(i)
            outside.append(o)
    return (f"{label:<34} in-process median {statistics.median(inside):.3f} s "
            f"(range {min(inside):.3f}-{max(inside):.3f}); spawn-to-window median "
            f"{statistics.median(outside):.3f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--frozen", type=Path, help="the frozen hytedesk executable")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--x11", metavar="DISPLAY", help="use this X display (e.g. Xvfb :55)")
    args = parser.parse_args(argv)
    global DISPLAY
    DISPLAY = args.x11
    py = [sys.executable, "-c"]
    cases = [("bare PySide6 window (source)", py + [BARE], False)]
    cases += [("source, later start", py + [SOURCE], False),
              ("source, first start", py + [SOURCE], True)]
    if args.frozen:
        exe = str(args.frozen.resolve())
        cases += [("frozen, later start", [exe], False), ("frozen, first start", [exe], True)]
    for label, cmd, first in cases:
        print(measure(label, cmd, args.runs, first), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
