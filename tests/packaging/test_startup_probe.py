"""The start-up timer of `make bench` and packaging/startup_timing.py, from source."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.packaging.conftest import REPO

sys.path.insert(0, str(REPO / "packaging"))

from startup_timing import BARE, SOURCE  # noqa: E402

PROBE = f"import sys; sys.path.insert(0, {str(REPO / 'packaging')!r})\n"


def _timed(code: str, home: Path) -> float:
    """The seconds the timer prints; the run must end by itself (the timer quits the app)."""
    env = dict(os.environ, HYTEDESK_STARTUP_TIMING="1", QT_QPA_PLATFORM="offscreen",
               HYTEDESK_HOME=str(home))
    env.pop("PYTHONPATH", None)
    run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                         text=True, timeout=90, cwd=home.parent)
    assert run.returncode == 0, run.stderr[-2000:]
    (line,) = [ln for ln in run.stdout.splitlines() if ln.startswith("HYTEDESK_STARTUP_SECONDS=")]
    return float(line.split("=", 1)[1])


def test_the_timer_leaves_qt_to_the_app_and_times_the_window(tmp_path: Path) -> None:
    # The app imports PySide6 after its own start-up modules; the timer must not import it
    # first (PySide6 inspects every module imported after it).
    probe = subprocess.run(
        [sys.executable, "-c", PROBE + "from startup_probe import install_startup_timer\n"
         "install_startup_timer()\n"
         "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"],
        capture_output=True, text=True, timeout=60)
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.strip() == "[]"
    home = tmp_path / "home"
    assert _timed(SOURCE, home) > 0  # the first start imports the demo catalogue
    assert _timed(SOURCE, home) > 0
    assert _timed(BARE, home) > 0
    # a look-up of the module alone (no import) leaves the timer waiting for the import
    looked_up = SOURCE.replace(
        "install_startup_timer()\n",
        "install_startup_timer()\nimport importlib.util\n"
        "importlib.util.find_spec('PySide6.QtWidgets')\n")
    assert looked_up != SOURCE
    assert _timed(looked_up, home) > 0
