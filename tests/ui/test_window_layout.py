"""Layouts that give the service name room (issue 13, items 2, 3, 12, 15)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from hytedesk.local.localdb import LocalDB
from hytedesk.ui import results_model as rm
from hytedesk.ui.code_labels import mode_label
from hytedesk.ui.detail import WrapButton
from hytedesk.ui.mainwindow import NAME_CHARS, MainWindow
from tests.ui.test_mainwindow import names, select, settle

SCALED = (911, 512)  # a 1366×768 laptop at 150 %, in device-independent pixels


def test_window_opens_within_the_screen_and_remembers_size_and_panes(
        qtbot, ui_catalogue, make_window) -> None:
    from hytedesk.app.session import open_session
    from hytedesk.base.paths import default_paths

    window = MainWindow(open_session(default_paths()))
    qtbot.addWidget(window)
    free = QApplication.primaryScreen().availableGeometry()
    assert window.width() <= free.width() and window.height() <= free.height()
    window.close()

    first = make_window("fi")
    first.resize(760, 540)
    first.ui.mainSplitter.setSizes([200, 330, 220])
    sizes = first.ui.mainSplitter.sizes()
    first.close()
    with LocalDB(first.paths) as local:
        assert local.get("ui.window_geometry")
        assert local.get("ui.search_splitter")
    again = MainWindow(open_session(default_paths()))
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert (again.width(), again.height()) == (760, 540)
    assert again.ui.mainSplitter.sizes() == sizes
    again.close()


def test_a_remembered_size_larger_than_the_screen_is_cut_to_it(
        qtbot, ui_catalogue, make_window) -> None:
    from hytedesk.app.session import open_session
    from hytedesk.base.paths import default_paths

    big = make_window("fi")
    big.resize(4000, 3000)  # as on a large desk monitor
    big.close()
    window = MainWindow(open_session(default_paths()))
    qtbot.addWidget(window)
    free = QApplication.primaryScreen().availableGeometry()
    assert window.width() <= free.width() and window.height() <= free.height()
    window.close()


def test_the_name_column_stretches_and_the_others_give_way(qtbot, window: MainWindow) -> None:
    window.resize(*SCALED)
    settle(qtbot, window)
    view = window.ui.resultsView
    header = view.horizontalHeader()
    metrics = view.fontMetrics()
    qtbot.waitUntil(lambda: header.sectionSize(rm.NAME)
                    >= metrics.horizontalAdvance("n" * NAME_CHARS))
    assert header.sectionResizeMode(rm.NAME) == header.ResizeMode.Stretch
    # wider again: every column is back, the name column still takes what is left
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: not header.isSectionHidden(rm.ORGANISER))
    others = sum(header.sectionSize(c) for c in range(rm.COLUMN_COUNT) if c != rm.NAME)
    assert header.sectionSize(rm.NAME) >= view.viewport().width() - others - 2
    assert header.sectionSize(rm.NAME) > header.sectionSize(rm.ORGANISER)


def test_a_remote_service_beyond_the_limit_says_why_it_is_there(
        qtbot, window: MainWindow) -> None:
    ui = window.ui
    window.resize(*SCALED)
    ui.placeCombo.setCurrentIndex(ui.placeCombo.findData("place:suomussalmi"))
    ui.kmSpin.setValue(10)
    settle(qtbot, window)
    row = names(window).index("Talous- ja velkaneuvonta")
    model, header = window.model, ui.resultsView.horizontalHeader()
    where = model.data(model.index(row, rm.WHERE))
    how = model.data(model.index(row, rm.MODES))
    assert where.startswith("remote: ")  # the reason first, where a narrow cell shows it
    assert how.startswith(mode_label("phone"))  # the way that reaches it first
    metrics = ui.resultsView.fontMetrics()
    assert metrics.horizontalAdvance(mode_label("phone")) < header.sectionSize(rm.MODES)
    assert metrics.horizontalAdvance("remote:") < header.sectionSize(rm.WHERE)


def test_the_detail_pane_wraps_every_text_and_link(qtbot, window: MainWindow) -> None:
    window.resize(*SCALED)
    select(qtbot, window, "Liikuntaneuvonta Kuhmossa")
    scroll = window.ui.detailScroll
    qtbot.waitUntil(lambda: window.ui.detailBody.isVisible())
    assert scroll.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert scroll.widget().width() <= scroll.viewport().width()
    buttons = [w for w in window.detail.contact_widgets if isinstance(w, WrapButton)]
    assert buttons
    web = next(b for b in buttons if "https://www.example.fi" in b.text())
    # in a pane narrower than the address, the link wraps onto more lines, uncut
    window.ui.mainSplitter.setSizes([200, 600, 150])
    qtbot.waitUntil(lambda: web.width() < web.sizeHint().width())
    assert web.height() >= web.heightForWidth(web.width()) > web.fontMetrics().height() * 1.5
    assert scroll.widget().width() <= scroll.viewport().width()
    for heading in (window.ui.whatHeading, window.ui.checkedHeading):
        assert heading.wordWrap()


def test_the_pages_remember_their_pane_sizes_too(qtbot, ui_catalogue, make_window) -> None:
    from hytedesk.ui.referral import install_referral_pages

    first = make_window("fi")
    pages = install_referral_pages(first)
    pages.actions[2].trigger()  # statistics: table beside the chart
    split = pages.stats.table.parentWidget()
    qtbot.waitUntil(lambda: split.width() > 300)
    split.setSizes([150, split.width() - 150])
    sizes = split.sizes()
    pages.shutdown()
    first.close()
    again = make_window("fi")
    pages = install_referral_pages(again)
    pages.actions[2].trigger()
    split = pages.stats.table.parentWidget()
    assert split.objectName() == "statsSplit"
    assert split.sizes() == sizes
    pages.shutdown()
