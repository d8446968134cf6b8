"""Screenshots of every page of the window at every laptop size, in Finnish and Swedish.

Run: ``make screenshots`` (or ``python -m tests.ui.screenshots [OUT_DIR]``). Each size of
``tests.ui.tour.SIZES`` (1024×600, 1366×768, 1366×768 at 150 %) runs in its own process,
because the screen and the scale factor are fixed when Qt starts; the pictures are
``OUT_DIR/PAGE-LANG-SIZE.png`` (default ``docs/screenshots/window``), and what the tour's
checks found cut off is printed (and makes the exit status 1).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def main(argv: list[str]) -> int:
    from tests.ui.tour import SIZES

    out = Path(argv[0]) if argv else REPO / "docs" / "screenshots" / "window"
    out.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k != "QT_SCALE_FACTOR"}
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")])
    found: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in SIZES:
            report = Path(tmp) / f"{size}.json"
            subprocess.run([sys.executable, "-m", "tests.ui.tour", "--size", size,
                            "--lang", "fi,sv", "--shots", str(out), "--report", str(report)],
                           cwd=REPO, env=env, check=True)
            data = json.loads(report.read_text("utf-8"))
            print(f"{size}: {len(data['pages'])} pages, {len(data['problems'])} problems")
            found += data["problems"]
    for problem in found:
        print(problem)
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
