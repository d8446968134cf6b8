"""The window's log: a session writes the log file without what the nurse typed; Help ›
Open log folder opens it; error messages say where it is."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication

from hytedesk.app.session import demo_bundle_path, open_session
from hytedesk.base import logs
from hytedesk.base.paths import default_paths
from hytedesk.ui import log_folder
from hytedesk.ui.main import error_box
from hytedesk.ui.mainwindow import MainWindow
from hytedesk.ui.referral import ReferralPages, install_referral_pages
from hytedesk.ui.translation import Translations
from tests.referrals.test_gui_workflow import VILLAGE, start_referral

TYPED = "Kissankellonpolku"
LOCAL_NAME, LOCAL_CURATOR = "Pikkukylän lukupiiri", "Saimi Esimerkki"


@pytest.fixture
def log_path(tmp_home: Path) -> Iterator[Path]:
    target = logs.setup_logging("hytedesk", default_paths(), console=False,
                                level=logging.DEBUG)  # even debug records must stay clean
    assert target is not None
    yield target
    logs.close_logging()


@pytest.mark.skipif(not demo_bundle_path().exists(), reason="no demo catalogue")
def test_a_window_session_logs_no_search_text_or_client_context(
        log_path: Path, qtbot, qapp: QApplication) -> None:
    paths = default_paths().ensure()
    translations = Translations(qapp)
    translations.install("en")
    window = MainWindow(open_session(paths), translations)  # first start: the demo import
    pages: ReferralPages = install_referral_pages(window)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        window.focus_search()
        qtbot.keyClicks(window.ui.searchEdit, TYPED)
        qtbot.waitUntil(lambda: window.last_result is not None
                        and window.ui.searchEdit.text() == TYPED, timeout=10000)
        window.ui.searchEdit.clear()
        qtbot.keyClicks(window.ui.searchEdit, "liikunta")
        page = start_referral(qtbot, window, pages, ["loneliness", "bereavement"], phone=True)
        assert page.recommendationList.count() > 0

        local = pages.local
        pages.actions[3].trigger()
        local.new_entry()
        local.nameEdit.insert(LOCAL_NAME)
        local.orgEdit.insert("Kyläyhdistys")
        local.municipalityCombo.setCurrentIndex(local.municipalityCombo.findData("Suomussalmi"))
        local.curatorEdit.insert(LOCAL_CURATOR)
        with qtbot.waitSignal(local.saved, timeout=10000):
            local.saveButton.click()
    finally:
        pages.shutdown()
        window.close()
        translations.uninstall()
    text = log_path.read_text("utf-8")
    assert "import of kainuu-demo.hytebundle: done in" in text  # the window's first start
    for private in (TYPED, "liikunta", "loneliness", "bereavement", VILLAGE, "Ämmänsaari",
                    "75+", LOCAL_NAME, LOCAL_CURATOR):
        assert private.lower() not in text.lower(), private


def test_help_open_log_folder_opens_the_folder(window: MainWindow, tmp_home: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(log_folder, "open_url", lambda url: opened.append(url) or True)
    action = window.action_open_logs
    assert action in window.menus["help"].actions()
    assert action.text().replace("&", "") == "Open log folder"
    action.trigger()
    assert [Path(u.toLocalFile()) for u in opened] == [tmp_home / "logs"]
    assert (tmp_home / "logs").is_dir()
    window.set_language("fi")
    assert action.text().replace("&", "") == "Avaa lokikansio"
    window.set_language("sv")
    assert action.text().replace("&", "") == "Öppna loggmappen"
    window.set_language("en")


def test_error_messages_say_where_the_log_is(log_path: Path, qapp: QApplication) -> None:
    box = error_box("The catalogue could not be opened.")
    assert box.text() == "The catalogue could not be opened."
    assert str(log_path.parent) in box.informativeText()


def test_error_messages_say_when_no_log_could_be_written(
        tmp_home: Path, qapp: QApplication, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_home / "logs").write_text("not a folder")
    try:
        assert logs.setup_logging("hytedesk", default_paths(), console=False) is None
        box = error_box("Something went wrong.")
        assert "No log file could be written" in box.informativeText()
        assert str(tmp_home / "logs") in box.informativeText()
    finally:
        logs.close_logging()


