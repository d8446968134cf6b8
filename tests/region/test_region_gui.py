"""The window's side: the detail pane's "this entry is wrong", File › Export report
package…, and the background run after a sync — with the real widgets, offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from hytedesk.admin.region import load_keys
from hytedesk.app.session import open_session
from hytedesk.base.paths import default_paths
from hytedesk.bundle import upload
from hytedesk.local.localdb import LocalDB
from hytedesk.ui.mainwindow import MainWindow
from hytedesk.ui.referral import install_referral_pages
from hytedesk.ui.region import RegionActions, WrongDialog, install_region
from hytedesk.ui.translation import Translations
from tests.region.conftest import laptop_home


@pytest.fixture
def window(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot, qapp: QApplication,
           region_key: tuple[Path, str]) -> Iterator[tuple[MainWindow, RegionActions]]:
    laptop_home(tmp_path / "laptop", monkeypatch, region_key[1])
    translations = Translations(qapp)
    translations.install("en")
    w = MainWindow(open_session(default_paths()), translations)
    pages = install_referral_pages(w)
    actions = install_region(w)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    yield w, actions
    actions.wait()
    pages.shutdown()
    w.close()
    translations.uninstall()


def _select(qtbot, w: MainWindow, sid: str) -> None:
    qtbot.waitUntil(lambda: w.model.rowCount() > 0, timeout=10000)
    for row in range(w.model.rowCount()):
        if w.model.service_id(row) == sid:
            w.ui.resultsView.selectRow(row)
            break
    qtbot.waitUntil(lambda: w.current_service_id() == sid, timeout=5000)


def test_report_a_wrong_entry_and_export_it(window: tuple[MainWindow, RegionActions], qtbot,
                                            tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            region_key: tuple[Path, str]) -> None:
    w, actions = window
    _select(qtbot, w, "vertais")
    assert actions.report_button.isVisible()

    def fill_in(dialog: WrongDialog) -> QDialog.DialogCode:
        assert dialog.findChild(object, "wrongWarning").text().startswith("Write only about")
        dialog.reason.setCurrentIndex(dialog.reason.findData("wrong-time"))
        dialog.note.setText("Ryhmä kokoontuu nyt keskiviikkoisin")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(WrongDialog, "exec", fill_in)
    actions.report_button.click()
    qtbot.waitUntil(lambda: actions.report_note.isVisible(), timeout=10000)
    assert "wrong times" in actions.report_note.text()
    with LocalDB(default_paths()) as local:
        assert [tuple(r) for r in local.conn.execute(
            "SELECT reason, note FROM wrong_reports")] == [
            ("wrong-time", "Ryhmä kokoontuu nyt keskiviikkoisin")]

    stick = tmp_path / "stick"
    shown: list[str] = []
    # The folder chooser and the message box are the desktop's own dialogs: answered here.
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(stick))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    actions.export_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "report packages exported" in shown[0]
    files = list(stick.glob("*.age"))
    assert len(files) == 1
    package = upload.decrypt(files[0].read_bytes(), load_keys([region_key[0]]), "stick")
    assert [r["service_id"] for r in package["wrong_reports"]] == ["vertais"]
    assert package["wrong_reports"][0]["reason"] == "wrong-time"


def test_local_services_cannot_be_reported(window: tuple[MainWindow, RegionActions]) -> None:
    _w, actions = window
    actions._on_service("local-123")
    assert not actions.report_button.isVisible()


def test_background_run_prepares_without_the_window_waiting(
        window: tuple[MainWindow, RegionActions], qtbot) -> None:
    _w, actions = window
    with qtbot.waitSignal(actions._finished, timeout=20000):
        assert actions.start_background()
    with LocalDB(default_paths()) as local:
        assert local.conn.execute("SELECT value FROM sync_state WHERE key = "
                                  "'outbox_last_run'").fetchone() is not None
    # Once a day at start: a second run the same day does nothing.
    with qtbot.waitSignal(actions._finished, timeout=20000):
        actions.start_background(only_if_due=True)




@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_report_dialog_passes_the_keyboard_and_reader_checks(qtbot, qapp: QApplication,
                                                                 lang: str) -> None:
    from tests.ui.test_accessibility import findings

    translations = Translations(qapp)
    translations.install(lang)
    try:
        dialog = WrongDialog("Leskien vertaistukiryhmä")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert findings(dialog, "report dialog") == []
        assert "&" not in dialog.windowTitle()
    finally:
        translations.uninstall()
