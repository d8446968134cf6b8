"""The real main window driven with qtbot, offscreen: what a nurse would see and do."""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from hytedesk.catalogue.schedule import HELSINKI
from hytedesk.local.localdb import LocalDB
from hytedesk.ui import results_model as rm
from hytedesk.ui import worker as worker_module
from hytedesk.ui.mainwindow import MainWindow
from hytedesk.ui.safe_text import unwrapped
from tests.ui import catalogue


def names(window: MainWindow) -> list[str]:
    m = window.model
    return [m.data(m.index(r, rm.NAME)) for r in range(m.rowCount())]


def settle(qtbot, window: MainWindow) -> None:
    """Waits until the table shows the answer to exactly what is on screen."""
    qtbot.waitUntil(lambda: window.last_result is not None
                    and window.last_result.query == window.current_query())


def select(qtbot, window: MainWindow, name_part: str) -> None:
    rows = [i for i, n in enumerate(names(window)) if name_part in n]
    assert rows, f"{name_part!r} not in {names(window)}"
    window.ui.resultsView.setCurrentIndex(window.model.index(rows[0], 0))
    qtbot.waitUntil(lambda: name_part in unwrapped(window.ui.detailTitle.text()))


def test_lists_every_service_at_start(window: MainWindow) -> None:
    assert len(names(window)) == len(catalogue.all_services())
    assert window.ui.resultCountLabel.text() == f"{len(catalogue.all_services())} services"


def test_typing_finds_inflected_finnish_words(qtbot, window: MainWindow) -> None:
    window.ui.searchEdit.setFocus()
    qtbot.keyClicks(window.ui.searchEdit, "velkaneuvontaan")
    qtbot.waitUntil(lambda: names(window) == ["Talous- ja velkaneuvonta"])
    assert window.ui.resultCountLabel.text() == "1 service"
    window.ui.searchEdit.clear()
    qtbot.keyClicks(window.ui.searchEdit, "omaishoitajille")
    qtbot.waitUntil(lambda: names(window) == ["Omaishoitajien vertaisryhmä"])


def test_search_runs_on_the_worker_thread_and_stale_answers_are_dropped(
        qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    threads: list[int] = []
    real = worker_module.search

    def spy(conn, q, **kw):
        threads.append(threading.get_ident())
        return real(conn, q, **kw)

    monkeypatch.setattr(worker_module, "search", spy)
    # Requests sent faster than the debounce: only the last one counts.
    for text in ("k", "ku", "kun", "kunt", "kuntosali"):
        window.ui.searchEdit.setText(text)
    settle(qtbot, window)
    assert window.last_result is not None and window.last_result.query.text == "kuntosali"
    assert "Kuntosaliohjaus ikäihmisille" in names(window)
    assert threads and threading.get_ident() not in threads
    # An answer to an older request never replaces the newest one.
    stale = worker_module.ResultSet(request_id=window.search.request_id - 1,
                                    query=window.last_result.query)
    before = window.search.dropped
    window.search._on_finished(stale)
    assert window.search.dropped == before + 1
    assert "Kuntosaliohjaus ikäihmisille" in names(window)


def test_filters_change_the_results(qtbot, window: MainWindow) -> None:
    ui = window.ui
    everything = set(names(window))

    ui.municipalityCombo.setCurrentIndex(ui.municipalityCombo.findText("Kuhmo"))
    settle(qtbot, window)
    kuhmo = set(names(window))
    assert "Kuntosaliohjaus ikäihmisille" in kuhmo
    assert "Kohtaamispaikka yksinäisille" not in kuhmo  # Suomussalmi
    assert "Omaishoitajien vertaisryhmä" in kuhmo  # whole country
    ui.municipalityCombo.setCurrentIndex(0)

    ui.placeCombo.setCurrentIndex(ui.placeCombo.findData("place:suomussalmi"))
    ui.kmSpin.setValue(10)
    settle(qtbot, window)
    near = set(names(window))
    assert "Kohtaamispaikka yksinäisille" in near
    assert "Etäpäivätoiminta" in near  # video: never hidden by distance
    assert "Kotikäynnit ikäihmisille" in near  # home visits in Suomussalmi
    assert "Kuntosaliohjaus ikäihmisille" not in near  # Kuhmo, in person only
    assert "Seniorgympa" not in near
    row = names(window).index("Kohtaamispaikka yksinäisille")
    where = window.model.data(window.model.index(row, rm.WHERE))
    assert where.startswith("Suomussalmi · ") and where.endswith(" km")
    # farther than 10 km but usable by phone: shown, and the table says why
    row = names(window).index("Talous- ja velkaneuvonta")
    far = window.model.data(window.model.index(row, rm.WHERE))
    assert far.startswith("remote: Kajaani · ") and far.endswith(" km")
    tip = window.model.data(window.model.index(row, rm.WHERE), Qt.ItemDataRole.ToolTipRole)
    assert "listed because it works by phone or video" in tip

    ui.clearFiltersButton.click()
    settle(qtbot, window)
    assert set(names(window)) == everything

    ui.modeCombo.setCurrentIndex(ui.modeCombo.findData("video"))
    settle(qtbot, window)
    assert names(window) == ["Etäpäivätoiminta"]
    assert window.model.data(window.model.index(0, rm.MODES)) == "by video"
    ui.modeCombo.setCurrentIndex(0)

    ui.freeCheck.setChecked(True)
    settle(qtbot, window)
    assert "Kuntosaliohjaus ikäihmisille" not in names(window)
    assert all(window.model.data(window.model.index(r, rm.COST)) == "free"
               for r in range(window.model.rowCount()))
    ui.freeCheck.setChecked(False)

    ui.hideClosedCheck.setChecked(True)
    settle(qtbot, window)
    assert not any("temporarily closed" in n for n in names(window))

    ui.hideClosedCheck.setChecked(False)
    ui.languageCombo.setCurrentIndex(ui.languageCombo.findData("sv"))
    settle(qtbot, window)
    assert names(window) == ["Seniorgympa (in Swedish)"]  # given only in Swedish: said so

    ui.languageCombo.setCurrentIndex(0)
    ui.situationCombo.setCurrentIndex(ui.situationCombo.findData("life-situation:loneliness"))
    settle(qtbot, window)
    assert names(window) == ["Kohtaamispaikka yksinäisille"]
    ui.situationCombo.setCurrentIndex(0)
    ui.themeCombo.setCurrentIndex(ui.themeCombo.findData("hyte-theme:4"))
    ui.providerCombo.setCurrentIndex(ui.providerCombo.findData("provider-type:ngo"))
    settle(qtbot, window)
    assert names(window) == ["Kohtaamispaikka yksinäisille"]


def test_closed_and_sample_entries_are_marked(qtbot, window: MainWindow) -> None:
    select(qtbot, window, "Kuntosali Kajaani")
    assert window.ui.detailFlags.text().startswith("Temporarily closed.")
    assert window.ui.whenValue.text().startswith("Temporarily closed: no sessions now.")
    m = window.model
    row = next(r for r, n in enumerate(names(window)) if n.startswith("Kuntosali Kajaani"))
    index = m.index(row, rm.NAME)
    assert m.data(index).endswith("(temporarily closed)")
    assert m.data(index, Qt.ItemDataRole.FontRole).italic()
    assert m.data(index, rm.ClosedRole) is True
    assert m.data(index, rm.SampleRole) is True
    assert "Sample entry" in m.data(index, Qt.ItemDataRole.ToolTipRole)
    assert m.data(index, Qt.ItemDataRole.DecorationRole) is not None


def test_details_show_what_a_nurse_needs(qtbot, window: MainWindow) -> None:
    ui = window.ui
    window.now = lambda: datetime(2026, 11, 30, 9, 0, tzinfo=HELSINKI)  # a Monday
    ui.placeCombo.setCurrentIndex(ui.placeCombo.findData("place:kuhmo"))
    settle(qtbot, window)
    with qtbot.waitSignal(window.serviceSelected) as sig:
        select(qtbot, window, "Liikuntaneuvonta Kuhmossa")
    assert sig.args == ["liikunta"]
    assert window.current_service_id() == "liikunta"
    assert ui.detailTitle.text() == "Liikuntaneuvonta Kuhmossa"
    assert ui.whatValue.text().startswith("Henkilökohtaista neuvontaa")
    assert "Priority area: Elintapaohjaus" in ui.whatValue.text()
    assert ui.whoValue.text() == "Kuhmon kaupunki (Kunta)"
    assert "Kauppakatu 1, 87100 Kuhmo" in ui.whereValue.text()
    assert "km from Kuhmo" in ui.whereValue.text()
    when = ui.whenValue.text().splitlines()
    assert len(when) == 3 and "10:00" in when[0] and "12:00" in when[0]
    assert when[0].startswith("Tue")
    assert "In person, by phone" in ui.howValue.text()
    assert ui.costValue.text() == "Free of charge."
    assert ui.checkedValue.text() == "15.10.2026"  # one date format in every language
    window.now = lambda: datetime(2028, 1, 10, 9, 0, tzinfo=HELSINKI)
    window._show_service("liikunta")
    assert ui.checkedValue.text().startswith("15.10.2026: over a year ago")
    window.now = lambda: datetime(2026, 11, 30, 9, 0, tzinfo=HELSINKI)
    assert ui.detailAlert.isVisible()
    assert "Joulukuussa vain puhelinneuvontaa." in ui.detailAlert.text()
    assert "Sample entry" in ui.detailFlags.text()
    buttons = [w for w in window.detail.contact_widgets if isinstance(w, QPushButton)]
    shown = [b.text() for b in buttons]
    assert "Phone: 040 0004000 (ajanvaraus)" in shown  # stored 040 000 4000: national form
    assert "E-mail: liikunta@example.fi" in shown
    assert "Web: https://www.example.fi/liikuntaneuvonta" in shown
    inert = [w for w in window.detail.contact_widgets if isinstance(w, QLabel)]
    assert any("http://kuhmo.example.fi" in w.text() for w in inert)  # not https
    # a different row replaces the pane; no row clears it
    select(qtbot, window, "Seniorgympa")
    assert not ui.detailAlert.isVisible()
    window.ui.searchEdit.setText("nothingmatchesthis")
    settle(qtbot, window)
    assert window.current_service_id() is None
    assert ui.detailPlaceholder.isVisible() and not ui.detailBody.isVisible()


def test_links_open_only_after_the_address_is_confirmed(
        qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    asked: list[str] = []
    window.url_opener = lambda url: opened.append(url.toString()) or True
    answer = {"yes": False}

    def confirm(link):
        asked.append(link.address)
        return answer["yes"]

    monkeypatch.setattr(window, "confirm_link", confirm)
    select(qtbot, window, "Liikuntaneuvonta Kuhmossa")
    web = next(b for b in window.detail.contact_widgets
               if isinstance(b, QPushButton) and b.text().startswith("Web"))
    qtbot.mouseClick(web, Qt.MouseButton.LeftButton)
    assert asked == ["https://www.example.fi/liikuntaneuvonta"] and opened == []
    answer["yes"] = True
    qtbot.mouseClick(web, Qt.MouseButton.LeftButton)
    assert opened == ["https://www.example.fi/liikuntaneuvonta"]
    phone = next(b for b in window.detail.contact_widgets
                 if isinstance(b, QPushButton) and b.text().startswith("Phone"))
    qtbot.mouseClick(phone, Qt.MouseButton.LeftButton)
    assert opened[-1] == "tel:+358400004000"


def test_catalogue_text_is_inert_plain_text(qtbot, ui_catalogue, make_window,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    catalogue.tamper_record(ui_catalogue, "html", url="file:///etc/passwd",
                            organization={"id": "o", "name": catalogue.HTML,
                                          "website": "javascript:alert(1)"})
    window = make_window("en")
    opened: list[object] = []
    window.url_opener = lambda url: opened.append(url) or True
    monkeypatch.setattr(window, "confirm_link", lambda link: True)

    # every label in the window, including the ones made for this record, is plain text
    select(qtbot, window, catalogue.HTML)
    labels = window.findChildren(QLabel)
    assert labels and all(lb.textFormat() == Qt.TextFormat.PlainText for lb in labels)
    ui = window.ui
    assert ui.detailTitle.text() == catalogue.HTML  # shown literally
    assert catalogue.HTML in ui.whatValue.text()
    assert "<a href='file:///etc/passwd'>klikkaa</a>" in ui.whatValue.text()
    assert "<script>alert('x')</script>" in ui.costValue.text()
    assert ui.whoValue.text().startswith(catalogue.HTML)
    # the results table and its tooltips show the markup as text too
    row = names(window).index(catalogue.HTML)
    tip = window.model.data(window.model.index(row, rm.NAME), Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;bold&lt;/b&gt;&lt;img src=x&gt;" in tip and "<img" not in tip

    # file:, javascript: and odd phone numbers are inert text, never buttons
    buttons = [w for w in window.detail.contact_widgets if isinstance(w, QPushButton)]
    assert buttons == []
    inert = [w.text() for w in window.detail.contact_widgets if isinstance(w, QLabel)]
    assert any("file:///etc/passwd" in t for t in inert)
    assert any("javascript:alert(1)" in t for t in inert)
    assert any("<i>08 123</i>" in t for t in inert)
    for w in window.detail.contact_widgets:
        assert isinstance(w, QLabel)
        assert not w.openExternalLinks()
        assert not (w.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByMouse)
    # even if something asked for it, a file: link is refused before any confirmation
    from hytedesk.ui.links import web_link
    assert window.open_link(web_link("file:///etc/passwd")) is False
    assert opened == []

    # a 1 MB description is cut to a readable length and shown as text
    select(qtbot, window, "Pitkä kuvaus")
    shown = unwrapped(ui.whatValue.text())
    assert catalogue.MEGABYTE.startswith(shown.rstrip("…").split("\n\n")[0].rstrip("…"))
    assert len(shown) < 10_000
    assert len(unwrapped(ui.detailAlert.text())) < 2_000
    assert ui.detailScroll.widget().width() <= ui.detailScroll.viewport().width()


def test_language_switch_retranslates_live_and_is_remembered(
        qtbot, ui_catalogue, make_window) -> None:
    window = make_window("en")
    ui = window.ui
    assert ui.searchLabel.text() == "Search:"
    select(qtbot, window, "Liikuntaneuvonta Kuhmossa")
    with qtbot.waitSignal(window.languageChanged):
        ui.actionLanguageSv.trigger()
    assert ui.searchLabel.text() == "Sök:"
    assert ui.menuFile.title() == "&Arkiv"
    assert ui.whatHeading.text() == "Vad"
    assert ui.freeCheck.text() == "Endast avgi&ftsfria"
    assert window.model.headerData(rm.NAME, Qt.Orientation.Horizontal) == "Tjänst"
    assert ui.resultCountLabel.text().endswith("tjänster")
    assert ui.municipalityCombo.itemText(0) == "Alla kommuner"
    assert ui.municipalityCombo.findText("Kajana") >= 0  # Swedish place names
    assert ui.costValue.text() == "Avgiftsfri."
    assert ui.sampleBanner.text().startswith("Exempeldata")
    assert "Katalogversion 1" in window.catalogue_label.text()
    assert ui.actionLanguageSv.isChecked()
    assert "hytedesk_sv" in window.translations.loaded
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if (qt_dir / "qtbase_sv.qm").exists():  # Qt's own strings (dialog buttons) too
        assert "qtbase_sv" in window.translations.loaded
        from PySide6.QtWidgets import QDialogButtonBox

        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Avbryt"
    with LocalDB(ui_catalogue) as local:
        assert local.get("ui.language") == "sv"
    window.close()
    again = make_window(None)  # the remembered language
    assert again.ui.searchLabel.text() == "Sök:"


def test_finnish_is_the_default(qtbot, ui_catalogue, make_window) -> None:
    window = make_window(None)
    ui = window.ui
    assert ui.searchLabel.text() == "Hae:"
    assert ui.menuFile.title() == "&Tiedosto"
    assert ui.resultCountLabel.text() == f"{len(catalogue.all_services())} palvelua"
    assert ui.sampleBanner.text().startswith("Esimerkkiaineisto")
    assert window.model.headerData(rm.NAME, Qt.Orientation.Horizontal) == "Palvelu"
    assert ui.actionLanguageFi.isChecked()


def test_sample_banner_follows_the_catalogue(qtbot, paths, tmp_path, make_window) -> None:
    catalogue.install(paths, tmp_path, sample=True)
    window = make_window("en")
    assert window.ui.sampleBanner.isVisible()
    assert window.ui.sampleBanner.text().startswith("Sample data")
    assert "sample data" in window.catalogue_label.text()
    window.close()
    catalogue.install(paths, tmp_path, version=2, sample=False)
    real = make_window("en")
    assert not real.ui.sampleBanner.isVisible()
    assert real.catalogue_label.text().startswith("Catalogue version 2 · updated ")
    catalogue.install(paths, tmp_path, version=3, sample=True)  # e.g. sync switched it
    real.reload_catalogue()
    assert real.ui.sampleBanner.isVisible()
    assert real.catalogue_label.text().startswith("Catalogue version 3 · updated ")


def test_status_bar_shows_version_age_and_verification(qtbot, window: MainWindow) -> None:
    text = window.catalogue_label.text()
    assert text.startswith("Catalogue version 1 · updated ")
    assert "days ago" in text or "today" in text or "yesterday" in text
    assert "verified" not in text
    with LocalDB(window.paths) as local:
        local.mark_verified()
    window.reload_catalogue()
    assert "verified " in window.catalogue_label.text()


def test_ctrl_f_focuses_search_and_keys_move_into_results(qtbot, window: MainWindow) -> None:
    ui = window.ui
    assert window.focusWidget() is ui.searchEdit  # ready to type at start
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    ui.resultsView.setFocus()
    qtbot.waitUntil(lambda: ui.resultsView.hasFocus())
    qtbot.keyClick(ui.resultsView, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: ui.searchEdit.hasFocus())
    qtbot.keyClicks(ui.searchEdit, "kuntosali")
    settle(qtbot, window)
    qtbot.keyClick(ui.searchEdit, Qt.Key.Key_Return)
    assert ui.resultsView.hasFocus()
    assert ui.resultsView.currentIndex().row() == 0
    qtbot.waitUntil(lambda: window.current_service_id() is not None)
    first = window.current_service_id()
    qtbot.keyClick(ui.resultsView, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.current_service_id() not in (None, first))
    qtbot.keyClick(ui.resultsView, Qt.Key.Key_Escape)
    assert ui.searchEdit.hasFocus()
    qtbot.keyClick(ui.searchEdit, Qt.Key.Key_Down)
    assert ui.resultsView.hasFocus()


def test_focusable_widgets_have_accessible_names(qtbot, window: MainWindow) -> None:
    select(qtbot, window, "Liikuntaneuvonta Kuhmossa")
    missing = []
    for w in window.findChildren(QWidget):
        if not w.isVisible() or w.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if w.parent() is not None and type(w.parent()).__name__ in ("QComboBox", "QSpinBox",
                                                                     "QAbstractSpinBox"):
            continue  # the inner line edit of a spin box speaks for its box
        if type(w).__name__ in ("QTabBar", "QScrollBar", "QSplitterHandle", "QHeaderView",
                                "QMenuBar", "QMenu", "QToolButton", "QStatusBar"):
            continue
        if not w.accessibleName():
            missing.append(f"{type(w).__name__} {w.objectName()}")
    assert missing == []
    order = [window.ui.searchEdit]
    w = window.ui.searchEdit.nextInFocusChain()
    while w is not window.ui.searchEdit and len(order) < 200:
        order.append(w)
        w = w.nextInFocusChain()
    named = [x.objectName() for x in order]
    assert named.index("municipalityCombo") < named.index("freeCheck") < \
        named.index("resultsView")


def test_long_finnish_words_do_not_widen_the_window(qtbot, ui_catalogue, tmp_path,
                                                    make_window) -> None:
    long_word = "Lähisuhdeväkivallanehkäisyneuvontapalvelukokonaisuuskoordinaattori" * 3
    catalogue.install(ui_catalogue, tmp_path, version=2, services=[
        catalogue.mini.service("long", long_word, long_word + " " + long_word, city="Kajaani",
                               lat=64.2, lon=27.7, terms=("mode:in-person",))])
    window = make_window("fi")
    select(qtbot, window, long_word[:40])
    qtbot.waitUntil(lambda: window.ui.detailBody.isVisible())
    assert window.width() <= 1280
    assert window.ui.detailScroll.widget().width() <= window.ui.detailScroll.viewport().width()


def test_reload_catalogue_keeps_query_filters_and_selection(qtbot, ui_catalogue, tmp_path,
                                                            make_window) -> None:
    window = make_window("en")
    ui = window.ui
    ui.searchEdit.setText("kuntosali")
    ui.municipalityCombo.setCurrentIndex(ui.municipalityCombo.findText("Kuhmo"))
    settle(qtbot, window)
    select(qtbot, window, "Kuntosaliohjaus ikäihmisille")
    services = catalogue.all_services()
    for s in services:
        if s["id"] == "kuntosali":
            s["name"] = "Kuntosaliohjaus ikäihmisille ja omaishoitajille"
    catalogue.install(ui_catalogue, tmp_path, version=2, services=services)
    with qtbot.waitSignal(window.resultsShown):
        window.reload_catalogue()
    settle(qtbot, window)
    assert ui.searchEdit.text() == "kuntosali"
    assert ui.municipalityCombo.currentText() == "Kuhmo"
    assert "Kuntosaliohjaus ikäihmisille ja omaishoitajille" in names(window)
    assert window.current_service_id() == "kuntosali"
    assert ui.detailTitle.text() == "Kuntosaliohjaus ikäihmisille ja omaishoitajille"
    assert window.session.pointer.version == 2


def test_pages_and_menu_actions_can_be_added(qtbot, window: MainWindow) -> None:
    from PySide6.QtGui import QAction

    assert not window.ui.pages.tabBar().isVisible()
    page = QLabel("referrals")
    assert window.add_page(page, "Referrals") == 1
    assert window.ui.pages.tabBar().isVisible()
    action = QAction("Sync now", window)
    window.add_menu_action("file", action)
    assert action in window.ui.menuFile.actions()
    assert window.ui.menuFile.actions().index(action) < \
        window.ui.menuFile.actions().index(window.ui.actionQuit)


def test_settings_dialog_sets_language_and_default_place(qtbot, window: MainWindow) -> None:
    from hytedesk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.view, window.paths, window.language, window)
    qtbot.addWidget(dialog)
    assert dialog.ui.languageCombo.currentData() == "en"
    dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("sv"))
    dialog.ui.placeCombo.setCurrentIndex(dialog.ui.placeCombo.findData("place:kuhmo"))
    dialog.ui.kmSpin.setValue(25)
    window.apply_settings(dialog)
    settle(qtbot, window)
    assert window.language == "sv" and window.ui.searchLabel.text() == "Sök:"
    assert window.ui.placeCombo.currentData() == "place:kuhmo"
    assert window.current_query().max_km == 25.0
    with LocalDB(window.paths) as local:
        assert local.get("ui.language") == "sv"
        assert local.get("search.default_place") == "place:kuhmo"
        assert local.get("search.max_km") == 25


def test_run_gui_opens_the_window_on_the_current_catalogue(
        qtbot, ui_catalogue, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QApplication

    from hytedesk.ui import main as ui_main

    seen: list[MainWindow] = []

    def fake_exec(app) -> int:
        seen.extend(w for w in QApplication.topLevelWidgets()
                    if isinstance(w, MainWindow) and w.isVisible())
        return 0

    monkeypatch.setattr(ui_main, "exec_app", fake_exec)
    monkeypatch.setattr("sys.excepthook", __import__("sys").excepthook)
    assert ui_main.run_gui([]) == 0
    assert len(seen) == 1
    window = seen[0]
    assert window.ui.searchLabel.text() == "Hae:"  # Finnish by default
    qtbot.waitUntil(lambda: window.last_result is not None)
    # The referral pages (and sync) are added just after the first paint.
    assert window.ui.pages.count() == 1
    qtbot.waitUntil(lambda: window.ui.pages.count() > 1, timeout=5000)
    window.close()
    QApplication.instance().aboutToQuit.emit()  # what the end of exec() would do
    window.translations.uninstall()
    window.deleteLater()


def test_long_answers_come_in_two_steps_without_moving_rows(qtbot, window: MainWindow) -> None:
    from PySide6.QtCore import QModelIndex

    total = len(catalogue.all_services())
    window.search.first_page = 3
    asked: list[bool] = []
    window.model.moreWanted.disconnect(window.search.fetch_rest)
    window.model.moreWanted.connect(lambda: asked.append(True))
    window.ui.freeCheck.setChecked(True)  # a new query: its first page comes first
    qtbot.waitUntil(lambda: window.last_result is not None
                    and window.last_result.query == window.current_query())
    first = names(window)
    assert len(first) == 3 and not window.last_result.complete
    assert window.ui.resultCountLabel.text() == "first 3 services"
    qtbot.waitUntil(lambda: bool(asked))  # the view reached the end of the page and asked for more
    window.ui.resultsView.setCurrentIndex(window.model.index(1, 0))
    chosen = window.current_service_id()
    assert chosen
    window.search.fetch_rest()
    qtbot.waitUntil(lambda: window.last_result is not None and window.last_result.extends)
    shown = names(window)
    assert len(shown) == total - 1  # all but the one with a fee
    assert shown[:3] == first and len(set(shown)) == len(shown)
    assert window.ui.resultCountLabel.text() == f"{total - 1} services"
    assert not window.model.canFetchMore(QModelIndex())
    assert window.current_service_id() == chosen
    assert window.ui.resultsView.currentIndex().row() == 1


def test_partial_matches_and_spelling_corrections_are_said(qtbot, window: MainWindow) -> None:
    window.ui.searchEdit.setText("velkaneuvonta hammaslääkäri")
    settle(qtbot, window)
    assert names(window)[0] == "Talous- ja velkaneuvonta (partial match)"
    label = window.ui.resultCountLabel.text()
    assert label.endswith("partial matches; nothing found for: hammaslaakari")
    tip = window.model.data(window.model.index(0, rm.NAME), Qt.ItemDataRole.ToolTipRole)
    assert "nothing found for: hammaslaakari" in tip
    window.ui.searchEdit.setText("velkanuevonta")
    settle(qtbot, window)
    assert names(window)[0] == "Talous- ja velkaneuvonta"
    assert window.ui.resultCountLabel.text().endswith("did you mean: velkaneuvonta?")
