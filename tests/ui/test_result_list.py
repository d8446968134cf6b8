"""The result list is filled from the start, also after the referral pages arrive and
after a live language switch (issue 13, item 1)."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QApplication

from hytedesk.ui import main as ui_main
from hytedesk.ui.mainwindow import MainWindow
from tests.ui import catalogue


def count_in_label(window: MainWindow) -> int:
    match = re.match(r"(\d+) ", window.ui.resultCountLabel.text())
    assert match, window.ui.resultCountLabel.text()
    return int(match.group(1))


def shown_rows(window: MainWindow) -> int:
    return window.ui.resultsView.model().rowCount()


def test_all_services_are_listed_after_the_pages_arrive_and_after_a_language_switch(
        qtbot, ui_catalogue, monkeypatch) -> None:
    monkeypatch.setattr(ui_main, "startup_language", lambda: "fi")
    app, window = ui_main.create_window([], extensions_now=False)
    assert window is not None
    qtbot.addWidget(window)
    # as run_gui does: the referral pages (which wrap the row source) after the first paint
    ui_main.after_first_paint(window, lambda: ui_main.install_extensions(window))
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.ui.pages.count() > 1, timeout=5000)
    total = len(catalogue.all_services())
    qtbot.waitUntil(lambda: shown_rows(window) == total, timeout=5000)
    assert window.ui.resultCountLabel.text() == f"{total} palvelua"
    assert count_in_label(window) == shown_rows(window) > 0
    # the rows are really readable through the wrapped source
    assert window.model.service_id(0)

    with qtbot.waitSignal(window.languageChanged):
        window.ui.actionLanguageSv.trigger()
    qtbot.waitUntil(lambda: window.ui.resultCountLabel.text().endswith("tjänster"))
    qtbot.waitUntil(lambda: shown_rows(window) == total, timeout=5000)
    assert count_in_label(window) == shown_rows(window) == total
    assert window.ui.resultCountLabel.text() == f"{total} tjänster"

    window.close()
    QApplication.instance().aboutToQuit.emit()
    window.translations.uninstall()
    window.deleteLater()
