"""The whole referral loop on the real main window, offscreen, with the demo catalogue."""

from __future__ import annotations

import csv
import io
import json
import re
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from hytedesk.app.session import demo_bundle_path, open_session
from hytedesk.base.paths import Paths, default_paths
from hytedesk.local.localdb import LocalDB
from hytedesk.ui import results_model as rm
from hytedesk.ui.mainwindow import MainWindow
from hytedesk.ui.referral import ReferralPages, install_referral_pages
from hytedesk.ui.referral.page import ROLE_CRISIS, ROLE_ID, ReferralPage
from hytedesk.ui.translation import Translations

pytestmark = pytest.mark.skipif(not demo_bundle_path().exists(),
                                reason="the demo catalogue has not been built")

VILLAGE = "place:suomussalmi:ammansaari"


@pytest.fixture
def home(tmp_home: Path) -> Paths:
    paths = default_paths().ensure()
    with LocalDB(paths) as local:
        local.set("referral.follow_up_days", 0)  # due at once, so the follow-up list shows it
        local.set("unit.name", "Kotihoito Suomussalmi")
        local.set("unit.phone", "040 000 0000")
    return paths


@pytest.fixture
def app_window(home: Paths, qtbot, qapp: QApplication) -> Iterator[tuple[MainWindow,
                                                                          ReferralPages]]:
    translations = Translations(qapp)
    translations.install("en")
    window = MainWindow(open_session(default_paths()), translations)
    pages = install_referral_pages(window)
    qtbot.addWidget(window)
    window.resize(1280, 860)
    window.show()
    qtbot.waitExposed(window)
    yield window, pages
    pages.shutdown()
    window.close()
    translations.uninstall()


def wait_idle(qtbot, pages: ReferralPages) -> None:
    qtbot.waitUntil(lambda: not pages.runner.busy, timeout=10000)


def texts(page: ReferralPage) -> list[str]:
    lst = page.recommendationList
    return [lst.item(r).text() for r in range(lst.count())]


def service_terms(window: MainWindow, sid: str) -> set[str]:
    rec = window.view.service(sid) or {}
    return {a["taxonomy_term_id"] for a in rec.get("attributes") or []}


def start_referral(qtbot, window: MainWindow, pages: ReferralPages, ticks: list[str],
                   *, phone: bool) -> ReferralPage:
    page = pages.referral
    pages.actions[0].trigger()  # File > New referral
    assert window.ui.pages.currentWidget() is page
    page.reset()
    page.set_client_place(VILLAGE)
    page.ageCombo.setCurrentIndex(page.ageCombo.findData("75+"))
    if phone != page.phoneCheck.isChecked():
        page.phoneCheck.setFocus()
        qtbot.keyClick(page.phoneCheck, Qt.Key.Key_Space)
    assert page.phoneCheck.isChecked() == phone
    qtbot.mouseClick(page.nextButton, Qt.MouseButton.LeftButton)
    assert page.stack.currentIndex() == 1
    for item_id in ticks:
        page.item_boxes[item_id].setFocus()
        qtbot.keyClick(page.item_boxes[item_id], Qt.Key.Key_Space)
        assert page.item_boxes[item_id].isChecked()
    with qtbot.waitSignal(page.recommendationsShown, timeout=10000):
        qtbot.mouseClick(page.nextButton, Qt.MouseButton.LeftButton)
    return page


def test_whole_referral_loop(qtbot, app_window: tuple[MainWindow, ReferralPages],
                             tmp_path: Path) -> None:
    window, pages = app_window
    page = start_referral(qtbot, window, pages, ["loneliness", "bereavement"], phone=True)
    assert page.redFlagNotice.isHidden() and page.crisisNotice.isHidden()
    ids = [page.recommendationList.item(r).data(ROLE_ID)
           for r in range(page.recommendationList.count())]
    suggestions = {s.service_id: s for s in page.state.recommended}
    group = next(i for i in ids if "life-situation:peer-support" in service_terms(window, i)
                 and "mode:in-person" in service_terms(window, i))
    phone = next(i for i in ids if i != group and suggestions[i].reason_codes[:2] ==
                 ("situation", "phone"))
    assert "Fits the situation" in texts(page)[ids.index(group)]
    # Pick them, as the nurse does: tick their boxes in the list.
    for sid in (group, phone):
        assert page.choose(sid)
    assert page.chosen_ids() == [i for i in ids if i in (group, phone)]
    with qtbot.waitSignal(page.previewShown, timeout=10000):
        qtbot.mouseClick(page.nextButton, Qt.MouseButton.LeftButton)
    preview = page.preview.toPlainText()
    names = [suggestions[group].name, suggestions[phone].name]
    assert all(n in preview for n in names)
    assert "Kotihoito Suomussalmi" in preview and "040 000 0000" in preview

    pdf = tmp_path / "handout.pdf"
    with qtbot.waitSignal(page.pdfSaved, timeout=10000):
        page.save_pdf(pdf)
    text = " ".join(" ".join(p.extract_text() or "" for p in PdfReader(pdf).pages).split())
    for n in names:
        assert " ".join(n.split()) in text
    # In the client's language; a blank line for a name written by hand.
    assert re.search(r"Nimi: _{10,}", text)
    for identity in ("75 or over", "75+", "Ämmänsaari"):
        assert identity not in text

    with qtbot.waitSignal(page.referralSaved, timeout=10000) as saved:
        qtbot.mouseClick(page.saveButton, Qt.MouseButton.LeftButton)
    rid = saved.args[0]
    assert "Referral saved" in page.statusLabel.text()

    follow = pages.follow_ups
    pages.actions[1].trigger()
    qtbot.waitUntil(lambda: any(f.referral_id == rid for f in follow.rows), timeout=10000)
    assert follow.select_referral(rid)
    row = follow.table.currentRow()
    assert follow.table.item(row, 4).text() == ", ".join(
        suggestions[i].name for i in page.chosen_ids())
    assert "Loneliness" in follow.table.item(row, 3).text()
    follow.outcomeCombo.setCurrentIndex(follow.outcomeCombo.findData("tried-not-in"))
    assert follow.reasonCombo.isEnabled()
    follow.reasonCombo.setCurrentIndex(follow.reasonCombo.findData("no-transport"))
    with qtbot.waitSignal(follow.outcomeRecorded, timeout=10000):
        qtbot.mouseClick(follow.recordButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: all(f.referral_id != rid for f in follow.rows), timeout=10000)

    stats = pages.stats
    pages.actions[2].trigger()
    stats.set_period(date(date.today().year, 1, 1), date.today())
    with qtbot.waitSignal(stats.refreshed, timeout=10000):
        stats.byCombo.setCurrentIndex(stats.byCombo.findData("outcome"))
    wait_idle(qtbot, pages)
    assert stats.total == 1
    table = [[stats.table.item(r, c).text() for c in range(3)]
             for r in range(stats.table.rowCount())]
    assert [r[1:] for r in table] == [["Tried but did not get in", "1"]]
    assert stats.chart.data == [("Tried but did not get in", 1)]
    with qtbot.waitSignal(stats.refreshed, timeout=10000):
        stats.byCombo.setCurrentIndex(stats.byCombo.findData("situation"))
    wait_idle(qtbot, pages)
    assert sorted(v for _, v in stats.chart.data) == [1, 1]

    excel, plain = tmp_path / "stats-fi.csv", tmp_path / "stats.csv"
    with qtbot.waitSignal(stats.exported, timeout=10000):
        stats.export_csv(excel, "excel-fi")
    with qtbot.waitSignal(stats.exported, timeout=10000):
        stats.export_csv(plain, "rfc4180")
    raw = excel.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    # The export is for others: one referral per situation is a small cell, shown as <5,
    # and so is the month's total line (value empty).
    assert {r[2] for r in rows[1:]} == {"loneliness", "bereavement", ""}
    assert all(r[4] == "<5" for r in rows[1:])
    back = list(csv.DictReader(io.StringIO(plain.read_text("utf-8"), newline="")))
    assert [r["count"] for r in back] == ["<5", "<5", "<5"]


def test_red_flags_show_crisis_contacts_first(
        qtbot, app_window: tuple[MainWindow, ReferralPages]) -> None:
    window, pages = app_window
    page = pages.referral
    pages.actions[0].trigger()
    page.reset()
    page.set_client_place(VILLAGE)
    qtbot.mouseClick(page.nextButton, Qt.MouseButton.LeftButton)
    page.item_boxes["loneliness"].setChecked(True)
    assert page.redFlagNotice.isHidden()
    page.item_boxes["violence-crime"].setChecked(True)
    assert page.redFlagNotice.isVisible() and "112" in page.redFlagNotice.text()
    assert page.item_boxes["violence-crime"].text().startswith("⚠")
    with qtbot.waitSignal(page.recommendationsShown, timeout=10000):
        qtbot.mouseClick(page.nextButton, Qt.MouseButton.LeftButton)
    lst = page.recommendationList
    flags = [bool(lst.item(r).data(ROLE_CRISIS)) for r in range(lst.count())]
    assert flags[0] and flags == sorted(flags, reverse=True)  # crisis contacts on top
    assert any(not f for f in flags)  # and the ordinary services after them
    assert page.crisisNotice.isVisible()
    crisis = [lst.item(r).data(ROLE_ID) for r in range(lst.count()) if flags[r]]
    for sid in crisis:
        assert "provider-type:national" in service_terms(window, sid)
    # The checklist's order for violence: 112, the violence helpline, victim support.
    assert crisis[:3] == ["national-112", "national-nollalinja", "national-riku"]
    # Crisis contacts are ticked for the handout from the start; nothing else is.
    assert page.chosen_ids() == crisis
    # The keyboard alone: Space unticks the current suggestion and ticks it again.
    lst.setFocus()
    lst.setCurrentRow(0)
    qtbot.keyClick(lst, Qt.Key.Key_Space)
    assert page.chosen_ids() == crisis[1:]
    qtbot.keyClick(lst, Qt.Key.Key_Space)
    assert page.chosen_ids() == crisis


def test_crisis_debt_and_family_care_for_an_old_client(
        qtbot, app_window: tuple[MainWindow, ReferralPages]) -> None:
    """Issue 12: acute crisis, debt and the start of family care, 75+, in person only."""
    window, pages = app_window
    page = start_referral(qtbot, window, pages, ["acute-crisis", "debt", "caregiving"],
                          phone=False)
    lst = page.recommendationList
    rows = [(lst.item(r).data(ROLE_ID), bool(lst.item(r).data(ROLE_CRISIS)))
            for r in range(lst.count())]
    crisis = [sid for sid, flag in rows if flag]
    others = [sid for sid, flag in rows if not flag]
    assert [sid for sid, _ in rows[: len(crisis)]] == crisis  # the block is on top
    assert crisis[:2] == ["national-112", "national-mieli-kriisipuhelin"]
    assert page.chosen_ids() == crisis  # ticked for the handout, and the notice says so
    assert page.crisisNotice.isVisible()
    assert "ticked for the handout" in page.crisisNotice.text()
    assert "112" in texts(page)[0] and "MIELI" in texts(page)[1]
    # Debt counselling works by phone across Kainuu: listed (and said to be remote), and
    # debt is not an unmet need.
    debt = [sid for sid in others if "life-situation:debt" in service_terms(window, sid)]
    assert debt and debt[0] in others[:5]
    suggestions = {s.service_id: s for s in page.state.recommended}
    assert "Nothing nearer; remotely" in " ".join(suggestions[debt[0]].reasons)
    assert any("Debt" in t for t in texts(page))
    assert page.unmetBox.isHidden()
    # No gym class, or anything else unrelated to the ticked situations.
    for sid in others:
        assert {"life-situation:acute-crisis", "life-situation:debt",
                "life-situation:caregiving"} & service_terms(window, sid), sid
    assert not any("Kuntosali" in t or "gym" in t.lower() for t in texts(page))
    assert not any("Same priority area" in t for t in texts(page))
    # The handout carries the crisis contacts without any other choice.
    with qtbot.waitSignal(page.previewShown, timeout=10000):
        qtbot.mouseClick(page.nextButton, Qt.MouseButton.LeftButton)
    preview = page.preview.toPlainText()
    # Numbers are printed in their national form (hytedesk.base.phones): 09 2525 0111.
    assert "112" in preview and "25250111" in preview
    # The nurse can untick a contact: it leaves the handout.
    page.choose("national-mieli-kriisipuhelin", False)
    with qtbot.waitSignal(page.previewShown, timeout=10000):
        page.refresh_preview()
    assert "25250111" not in page.preview.toPlainText()


def test_cancelled_print_and_unwritable_pdf_lose_nothing(
        qtbot, app_window: tuple[MainWindow, ReferralPages], tmp_path: Path) -> None:
    window, pages = app_window
    page = start_referral(qtbot, window, pages, ["loneliness"], phone=True)
    page.choose(page.recommendationList.item(0).data(ROLE_ID))
    with qtbot.waitSignal(page.previewShown, timeout=10000):
        qtbot.mouseClick(page.nextButton, Qt.MouseButton.LeftButton)
    page.ask_printer = lambda: None  # the user presses Cancel in the print dialog
    page.print_handout()
    assert "cancelled" in page.statusLabel.text()
    assert page.state.handout is None
    printed = tmp_path / "printed.pdf"  # a printer that writes a file, as a real one would
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    page.print_handout(printer)
    qtbot.waitUntil(lambda: page.state.handout == "print", timeout=10000)
    assert printed.stat().st_size > 1000
    assert "printer" in page.statusLabel.text()
    page.state.handout = None  # as if not printed, for what follows
    with qtbot.waitSignal(page.failed, timeout=10000) as failed:
        page.save_pdf(tmp_path / "no-such-folder" / "handout.pdf")
    assert "could not be written" in failed.args[0] and page.errorLabel.isVisible()
    assert page.chosen_ids()  # the referral being edited is still there
    with qtbot.waitSignal(page.referralSaved, timeout=10000):
        page.save_referral()
    with LocalDB(window.paths) as local:
        row = local.conn.execute("SELECT handout FROM referrals").fetchone()
    assert row[0] is None
    # A PDF saved after the record still goes into it.
    with qtbot.waitSignal(page.pdfSaved, timeout=10000):
        page.save_pdf(tmp_path / "later.pdf")
    wait_idle(qtbot, pages)
    with LocalDB(window.paths) as local:
        row = local.conn.execute("SELECT handout FROM referrals").fetchone()
    assert row[0] == "pdf"


def test_local_service_editor_and_search(
        qtbot, app_window: tuple[MainWindow, ReferralPages], tmp_path: Path) -> None:
    window, pages = app_window
    local = pages.local
    pages.actions[3].trigger()
    local.new_entry()
    local.nameEdit.insert("Ämmänsaaren kahvitupa")  # QTest cannot type ä
    local.orgEdit.insert("Kyläyhdistys")
    local.municipalityCombo.setCurrentIndex(local.municipalityCombo.findData("Suomussalmi"))
    local.placeCombo.setCurrentIndex(local.placeCombo.findData(VILLAGE))
    local.streetEdit.insert("Kylätie 1")
    for r in range(local.situationList.count()):
        item = local.situationList.item(r)
        if item.data(ROLE_ID) == "loneliness":
            item.setCheckState(Qt.CheckState.Checked)
    local.curatorEdit.insert("Päivi")
    with qtbot.waitSignal(local.saved, timeout=10000):
        qtbot.mouseClick(local.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: local.list.count() == 1, timeout=10000)
    window.focus_search()
    qtbot.keyClicks(window.ui.searchEdit, "kahvitupa")
    qtbot.waitUntil(lambda: window.model.rowCount() >= 1 and any(
        "kahvitupa" in (window.model.data(window.model.index(r, rm.NAME)) or "")
        for r in range(window.model.rowCount())), timeout=10000)
    shown = [window.model.data(window.model.index(r, rm.NAME))
             for r in range(window.model.rowCount())]
    assert "Ämmänsaaren kahvitupa (local entry)" in shown
    target = tmp_path / "local.json"
    local.export(target)
    qtbot.waitUntil(lambda: target.exists(), timeout=10000)
    assert json.loads(target.read_text("utf-8"))["services"][0]["name"] == \
        "Ämmänsaaren kahvitupa"
    # It is suggested too, with its mark.
    page = start_referral(qtbot, window, pages, ["loneliness"], phone=False)
    assert any("[local entry]" in t for t in texts(page))


def test_work_happens_off_the_gui_thread(
        qtbot, app_window: tuple[MainWindow, ReferralPages], monkeypatch) -> None:
    window, pages = app_window
    import hytedesk.ui.referral.page as page_module

    seen: list[int] = []
    real = page_module.recommend

    def spy(*a, **kw):  # type: ignore[no-untyped-def]
        seen.append(threading.get_ident())
        return real(*a, **kw)

    monkeypatch.setattr(page_module, "recommend", spy)
    start_referral(qtbot, window, pages, ["debt"], phone=True)
    assert seen and seen[0] != threading.get_ident()


def test_referral_settings_are_a_page_of_the_one_settings_dialog(
        qtbot, app_window: tuple[MainWindow, ReferralPages]) -> None:
    from hytedesk.ui.referral import open_settings

    window, pages = app_window
    menu = [a.text().replace("&", "") for a in window.ui.menuFile.actions()]
    assert not any("Referral settings" in t for t in menu)  # no second settings dialog
    dialog = open_settings(window)
    wait_idle(qtbot, pages)
    tabs = dialog.ui.settingsTabs
    assert tabs.count() == 2 and tabs.currentWidget() is dialog.referral_page
    page = dialog.referral_page
    assert page.unitName.text() == "Kotihoito Suomussalmi"  # the stored value
    page.unitPhone.setText("040 000 1234")
    page.staffArea.setCurrentIndex(page.staffArea.findData("day-activities"))
    page.municipality.setCurrentIndex(page.municipality.findData("Kuhmo"))
    page.language.setCurrentIndex(page.language.findData("sv"))
    dialog.ui.kmSpin.setValue(25)  # and one on the general page: one OK saves both
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        qtbot.mouseClick(dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
    wait_idle(qtbot, pages)
    with LocalDB(window.paths) as local:
        assert local.get("unit.phone") == "040 000 1234"
        assert local.get("staff.service_area") == "day-activities"
        assert local.get("search.max_km") == 25
    page = pages.referral
    assert page.municipalityCombo.currentData() == "Kuhmo"
    assert page.handoutLanguageCombo.currentData() == "sv"
