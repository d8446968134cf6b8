"""The start-up timer of `make bench` and packaging/startup_timing.py, from source."""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

from tests.packaging.conftest import REPO

sys.path.insert(0, str(REPO / "packaging"))

from startup_timing import BARE, SOURCE, one_run  # noqa: E402


def test_the_timer_leaves_qt_to_the_app_and_times_the_window(tmp_path: Path) -> None:
    # The app imports PySide6 after its own start-up modules; the timer must not import it
    # first (PySide6 inspects every module imported after it).
    probe = subprocess.run(
        [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(REPO / 'packaging')!r})\n"
         "from startup_probe import install_startup_timer; install_startup_timer()\n"
         "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"],
        capture_output=True, text=True, timeout=60)
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.strip() == "[]"
    home = tmp_path / "home"
    first = one_run([sys.executable, "-c", SOURCE], home)  # imports the demo catalogue
    again = one_run([sys.executable, "-c", SOURCE], home)
    bare = one_run([sys.executable, "-c", BARE], home)
    for inside, outside in (first, again, bare):
        assert math.isfinite(inside) and math.isfinite(outside) and 0 < inside <= outside + 0.05
