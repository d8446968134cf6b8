"""Screenshots of the real window on the demo catalogue (docs/screenshots/main-LANG.png).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.screenshots [OUT_DIR]``.
A fresh HyteDesk home is used, so the first start imports the embedded demo catalogue.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = Path(argv[0]) if argv else REPO / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    os.environ["HYTEDESK_HOME"] = tempfile.mkdtemp(prefix="hytedesk-shots-")
    from PySide6.QtWidgets import QApplication

    from hytedesk.app.session import open_session
    from hytedesk.base.paths import default_paths
    from hytedesk.catalogue.schedule import HELSINKI
    from hytedesk.ui.icons import app_icon
    from hytedesk.ui.mainwindow import MainWindow
    from hytedesk.ui.translation import Translations

    app = QApplication(sys.argv[:1])
    app.setWindowIcon(app_icon())

    def wait(cond, seconds: float = 10.0) -> None:
        end = time.monotonic() + seconds
        while not cond():
            if time.monotonic() > end:
                raise TimeoutError
            app.processEvents()
            time.sleep(0.005)

    for lang in ("fi", "sv"):
        translations = Translations(app)
        translations.install(lang)
        window = MainWindow(open_session(default_paths()), translations)
        window.now = lambda: datetime(2026, 11, 30, 9, 0, tzinfo=HELSINKI)
        window.resize(1366, 820)
        window.show()
        ui = window.ui
        ui.placeCombo.setCurrentIndex(ui.placeCombo.findData(os.environ.get(
            "SHOT_PLACE", "place:kuhmo")))
        ui.kmSpin.setValue(40)
        ui.searchEdit.setText(os.environ.get("SHOT_QUERY", "liikunta"))
        wait(lambda w=window: w.last_result is not None
             and w.last_result.query == w.current_query())
        wanted = os.environ.get("SHOT_SERVICE", "demo-hva-liikuntaneuvonta-kuhmo")
        rowid = window.view.rowid_of(wanted)
        row = window.model.row_of_rowid(rowid) if rowid is not None else 0
        ui.resultsView.setCurrentIndex(window.model.index(row or 0, 0))
        ui.resultsView.setFocus()
        wait(lambda w=window: w.current_service_id() is not None)
        for _ in range(20):
            app.processEvents()
        window.grab().save(str(out / f"main-{lang}.png"))
        window.close()
        translations.uninstall()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
