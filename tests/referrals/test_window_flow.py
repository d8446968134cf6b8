"""Issue 13, the referral's flow through the window: hints that show, shortcuts that land
in the first field, the client's place and language carried through, the paper handout."""
# ruff: noqa: F811  (the window fixtures are those of test_gui_workflow)

from __future__ import annotations

import errno
import os
import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from hytedesk.app.session import Session, demo_bundle_path, open_session
from hytedesk.base import i18n
from hytedesk.base.paths import default_paths
from hytedesk.referrals.handout import Handout, build_blocks, build_html, unused_file_name
from hytedesk.referrals.local_services import LocalServiceInput, build_record
from hytedesk.referrals.services import ServiceDetail
from hytedesk.referrals.workflow import details_for
from hytedesk.ui.mainwindow import MainWindow
from hytedesk.ui.referral import ReferralPages
from hytedesk.ui.referral.pdf import _write_error, render_pdf
from tests.referrals.test_gui_workflow import (  # noqa: F401  (fixtures)
    VILLAGE,
    app_window,
    home,
    wait_idle,
)

pytestmark = pytest.mark.skipif(not demo_bundle_path().exists(),
                                reason="the demo catalogue has not been built")


def activate(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def pdf_pages(path: Path) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages]


def test_hint_is_shown_when_no_situation_is_ticked(
        qtbot, app_window: tuple[MainWindow, ReferralPages]) -> None:
    window, pages = app_window
    page = pages.referral
    pages.actions[0].trigger()
    page.next_step()  # to the checklist
    with qtbot.waitSignal(page.recommendationsShown, timeout=10000):
        qtbot.mouseClick(page.nextButton, Qt.MouseButton.LeftButton)  # nothing ticked
    assert page.stack.currentIndex() == 2
    assert page.errorLabel.isVisible()
    assert "Tick at least one situation" in page.errorLabel.text()
    assert "No suitable services" not in page.statusLabel.text()


def test_shortcuts_focus_the_first_field_and_the_place_follows_the_search(
        qtbot, app_window: tuple[MainWindow, ReferralPages]) -> None:
    window, pages = app_window
    activate(qtbot, window)
    ui = window.ui
    ui.placeCombo.setCurrentIndex(ui.placeCombo.findData(VILLAGE))  # Ämmänsaari in search
    qtbot.keyClick(ui.searchEdit, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    page = pages.referral
    assert ui.pages.currentWidget() is page
    assert QApplication.focusWidget() is page.municipalityCombo
    assert page.placeCombo.currentData() == VILLAGE
    assert page.municipalityCombo.currentData() == "Suomussalmi"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_U,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert ui.pages.currentWidget() is pages.follow_ups
    focused = QApplication.focusWidget()
    assert focused is not None and pages.follow_ups.isAncestorOf(focused)
    # Once the nurse picks the client's place herself, the search no longer moves it.
    ui.pages.setCurrentWidget(page)
    page.municipalityCombo.setFocus()
    qtbot.keyClick(page.municipalityCombo, Qt.Key.Key_Up)
    chosen = page.municipalityCombo.currentData()
    assert chosen != "Suomussalmi"
    ui.pages.setCurrentWidget(ui.searchPage)
    ui.placeCombo.setCurrentIndex(ui.placeCombo.findData("place:kuhmo"))
    ui.pages.setCurrentWidget(page)
    assert page.municipalityCombo.currentData() == chosen


def test_the_handout_follows_the_clients_language(
        qtbot, app_window: tuple[MainWindow, ReferralPages], tmp_path: Path) -> None:
    window, pages = app_window
    page = pages.referral
    pages.actions[0].trigger()
    page.set_client_place(VILLAGE)
    page.languageCombo.setFocus()
    while page.languageCombo.currentData() != "sv":  # the keyboard, as on step 1
        qtbot.keyClick(page.languageCombo, Qt.Key.Key_Down)
    page.next_step()
    page.item_boxes["loneliness"].setChecked(True)
    with qtbot.waitSignal(page.recommendationsShown, timeout=10000):
        page.next_step()
    page.choose(page.recommendationList.item(0).data(Qt.ItemDataRole.UserRole))
    with qtbot.waitSignal(page.previewShown, timeout=10000):
        page.next_step()
    assert page.handoutLanguageCombo.currentText() == "Svenska"
    assert "Tjänster för dig" in page.preview.toPlainText()
    pdf = tmp_path / "handout.pdf"
    with qtbot.waitSignal(page.pdfSaved, timeout=10000):
        page.save_pdf(pdf)
    text = " ".join(pdf_pages(pdf))
    assert "Tjänster för dig" in text and "Namn:" in text
    assert "Palveluja sinulle" not in text
    assert PdfReader(pdf).metadata.title == "Tjänster för dig"
    # Still changeable on step 4, for this handout only.
    page.handoutLanguageCombo.setCurrentIndex(page.handoutLanguageCombo.findData("fi"))
    assert page.languageCombo.currentData() == "sv"


def test_default_pdf_names_carry_the_date_and_never_replace_a_file(
        qtbot, app_window: tuple[MainWindow, ReferralPages], tmp_path: Path) -> None:
    day = date(2026, 12, 3)
    first = unused_file_name(tmp_path, "ohje", day)
    assert first.name == "ohje-2026-12-03.pdf"
    first.write_bytes(b"%PDF")
    second = unused_file_name(tmp_path, "ohje", day)
    assert second.name == "ohje-2026-12-03-2.pdf"
    second.write_bytes(b"%PDF")
    assert unused_file_name(tmp_path, "ohje", day).name == "ohje-2026-12-03-3.pdf"
    _window, pages = app_window
    page = pages.referral
    page.pdf_folder = tmp_path
    proposed = page.default_pdf_path()
    assert proposed.parent == tmp_path and not proposed.exists()
    assert re.fullmatch(r"handout-\d{4}-\d\d-\d\d(-\d+)?\.pdf", proposed.name)


def test_a_swedish_pdf_error_has_no_english(qapp, tmp_path: Path) -> None:
    with pytest.raises(i18n.UserError) as caught:
        render_pdf("<p>x</p>", tmp_path / "no-such-folder" / "h.pdf")
    text = caught.value.text("sv")
    assert "mappen finns inte" in text and "not found" not in text
    # (tests run as root here, so a read-only folder cannot be made: the cause itself)
    for code, words in ((errno.EACCES, "skrivrätt"), (errno.ENOSPC, "disken är full")):
        error = _write_error(tmp_path / "h.pdf", OSError(code, os.strerror(code)))
        assert words in error.text("sv") and os.strerror(code) not in error.text("sv")


@pytest.fixture
def demo(home) -> Session:  # noqa: F811
    s = open_session(default_paths())
    yield s
    s.close()


def _many_services(demo: Session) -> list[ServiceDetail]:
    ids = [r[0] for r in demo.conn.execute("SELECT id FROM services ORDER BY rowid LIMIT 14")]
    place = demo.conn.execute("SELECT lat, lon FROM places WHERE id = ?",
                              (VILLAGE,)).fetchone()
    details = details_for(demo.conn, None, ids)
    for d in details:
        d.measure(place[0], place[1])
    return details


def test_large_type_pdf_never_splits_a_service_or_the_crisis_line(
        qapp, demo: Session, tmp_path: Path) -> None:
    services = _many_services(demo)
    h = Handout(services, lang="fi", large=True, unit_name="Kotihoito Suomussalmi",
                unit_phone="040 000 0000", day=date(2026, 12, 3), crisis=True)
    pdf = render_pdf(build_blocks(h), tmp_path / "large.pdf", title="Palveluja sinulle")
    pages = pdf_pages(pdf)
    assert len(pages) >= 4
    headings = [f"{n}. {' '.join(d.name('fi').split())}" for n, d in enumerate(services, 1)]
    where: dict[int, int] = {}
    for n, heading in enumerate(headings):
        found = [p for p, text in enumerate(pages) if heading in text]
        assert len(found) == 1, heading
        where[n] = found[0]
    # Every page after the first starts with a block: a service heading (or the crisis line).
    for text in pages[1:]:
        assert re.match(r"\d+\. ", text) or text.startswith("Hätätilanteessa"), text[:80]
    # Each block's last row (its cost) is on its heading's page: nothing ran over.
    for n in range(len(headings)):
        page_text = pages[where[n]]
        tail = page_text[page_text.index(headings[n]):]
        nxt = headings[n + 1] if n + 1 < len(headings) else None
        if nxt and nxt in tail:
            tail = tail[:tail.index(nxt)]
        assert "Hinta" in tail, headings[n]
    assert "noin 0,0 km" not in " ".join(pages)
    # The same handout as one flowing document does split blocks: the check above can fail.
    flowing = render_pdf(build_html(h), tmp_path / "flowing.pdf")
    assert any(not re.match(r"\d+\. ", t) for t in pdf_pages(flowing)[1:])


def test_no_distance_for_a_service_in_the_clients_own_village() -> None:
    rec = build_record(LocalServiceInput(
        name="Kahvitupa", organization="Kyläyhdistys", municipality="Suomussalmi",
        venue="Kylätalo", street="Kylätie 1", lat=65.1, lon=29.0))
    d = ServiceDetail.from_record(rec, local=True)
    d.measure(65.1, 29.0)
    assert d.distance_km is not None and d.distance_km < 0.05
    doc = build_html(Handout([d], lang="fi", day=date(2026, 12, 3)))
    assert "0,0" not in doc and "Kylätalo" in doc
    d.measure(65.1, 29.05)
    doc = build_html(Handout([d], lang="fi", day=date(2026, 12, 3)))
    assert "noin\u00a02,3\u00a0km" in doc  # kept on one line


def _find_day(local, text: str):  # type: ignore[no-untyped-def]
    boxes = [b for b in local.dayChecks.values() if b.text() == text]
    assert len(boxes) == 1, [b.text() for b in local.dayChecks.values()]
    return boxes[0]


def test_local_service_schedule_in_the_nurses_words(
        qtbot, app_window: tuple[MainWindow, ReferralPages]) -> None:
    window, pages = app_window
    window.set_language("fi", remember=False)
    local = pages.local
    pages.actions[3].trigger()
    qtbot.waitUntil(lambda: local.dayChecks["MO"].text() == "ma")  # LanguageChange came
    qtbot.mouseClick(local.newButton, Qt.MouseButton.LeftButton)
    assert [b.text() for b in local.dayChecks.values()] == \
        ["ma", "ti", "ke", "to", "pe", "la", "su"]
    qtbot.keyClicks(local.nameEdit, "Kerho")
    qtbot.keyClicks(local.orgEdit, "Kylayhdistys")
    # No municipality chosen: nothing silently filled in, and saving says so.
    assert local.municipalityCombo.currentData() == ""
    with qtbot.waitSignal(local.failed, timeout=10000):
        qtbot.mouseClick(local.saveButton, Qt.MouseButton.LeftButton)
    assert "Valitse kunta" in local.status.text()
    local.municipalityCombo.setCurrentIndex(local.municipalityCombo.findData("Suomussalmi"))
    local.placeCombo.setCurrentIndex(local.placeCombo.findData(VILLAGE))
    wednesday = _find_day(local, "ke")
    wednesday.setFocus()
    qtbot.keyClick(wednesday, Qt.Key.Key_Space)
    assert wednesday.isChecked() and wednesday.accessibleName() == "keskiviikko"
    local.opensEdit.setFocus()
    qtbot.keyClicks(local.opensEdit, "10")
    local.closesEdit.setFocus()
    qtbot.keyClicks(local.closesEdit, "9")
    # Checked as typed: an end before the start is named at once, under the times.
    assert local.timesError.isVisible() and "ennen" in local.timesError.text()
    qtbot.keyClick(local.closesEdit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(local.closesEdit, "12")
    qtbot.keyClick(local.closesEdit, Qt.Key.Key_Tab)  # leaving the field tidies it
    assert local.closesEdit.text() == "12:00" and local.opensEdit.text() == "10:00"
    assert not local.timesError.isVisible()
    qtbot.keyClicks(local.opensEdit, "x")  # the validator refuses what is not a time
    assert local.opensEdit.text() == "10:00"
    with qtbot.waitSignal(local.saved, timeout=10000) as saved:
        qtbot.mouseClick(local.saveButton, Qt.MouseButton.LeftButton)
    sid = saved.args[0]
    record = window.view.service(sid)
    assert record["schedules"][0]["byday"] == "WE"
    assert (record["schedules"][0]["opens_at"], record["schedules"][0]["closes_at"]) == \
        ("10:00", "12:00")
    # The club now shows its Wednesday meeting in the search's detail pane.
    window.focus_search()
    qtbot.keyClicks(window.ui.searchEdit, "Kerho")
    qtbot.waitUntil(lambda: window.view.rowid_of(sid) is not None and window.model.row_of_rowid(
        window.view.rowid_of(sid)) is not None, timeout=10000)
    row = window.model.row_of_rowid(window.view.rowid_of(sid))
    window.ui.resultsView.setCurrentIndex(window.model.index(row, 0))
    when = window.ui.whenValue.text()
    assert when.startswith("ke ") and "10.00–12.00" in when, when
    assert "Ei säännöllisiä" not in when


def test_local_service_delete_asks_first_and_can_be_undone(
        qtbot, app_window: tuple[MainWindow, ReferralPages]) -> None:
    window, pages = app_window
    local = pages.local
    pages.actions[3].trigger()
    local.new_entry()
    local.nameEdit.setText("Kerho")
    local.orgEdit.setText("Kylayhdistys")
    local.municipalityCombo.setCurrentIndex(local.municipalityCombo.findData("Kuhmo"))
    with qtbot.waitSignal(local.saved, timeout=10000):
        local.save()
    qtbot.waitUntil(lambda: local.list.count() == 1, timeout=10000)
    local.list.setCurrentRow(0)
    qtbot.mouseClick(local.deleteButton, Qt.MouseButton.LeftButton)
    box = local.last_box
    assert box is not None and box.isVisible() and "Kerho" in box.text()
    assert box.defaultButton() is box.button(box.StandardButton.No)
    qtbot.keyClick(box, Qt.Key.Key_Return)  # the default: No
    assert "Nothing was deleted" in local.status.text()
    wait_idle(qtbot, pages)
    assert local.list.count() == 1
    qtbot.mouseClick(local.deleteButton, Qt.MouseButton.LeftButton)
    box = local.last_box
    qtbot.mouseClick(box.button(box.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: local.list.count() == 0, timeout=10000)
    assert "deleted" in local.status.text() and local.undoButton.isVisible()
    qtbot.mouseClick(local.undoButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: local.list.count() == 1, timeout=10000)
    assert local.list.item(0).text() == "Kerho" and not local.undoButton.isVisible()


def test_live_language_switch_retranslates_the_local_situations(
        qtbot, app_window: tuple[MainWindow, ReferralPages]) -> None:
    window, pages = app_window
    local = pages.local

    def situations() -> list[str]:
        return [local.situationList.item(r).text() for r in range(local.situationList.count())]

    english = situations()
    assert "Loneliness" in " ".join(english)
    window.set_language("sv", remember=False)
    qtbot.waitUntil(lambda: situations() != english)  # after the LanguageChange event
    swedish = situations()
    assert len(swedish) == len(english) and swedish != english
    assert "Ensamhet" in " ".join(swedish)
    assert local.dayChecks["MO"].text() == "må"


def test_saved_referrals_are_listed_at_once_and_an_outcome_is_confirmed(
        qtbot, app_window: tuple[MainWindow, ReferralPages]) -> None:
    from hytedesk.local.localdb import LocalDB
    from hytedesk.referrals.store import local_today
    from hytedesk.ui.code_labels import day_text
    from tests.referrals.test_gui_workflow import start_referral

    window, pages = app_window
    with LocalDB(window.paths) as local:
        local.set("referral.follow_up_days", 14)  # not due for two weeks
    page = start_referral(qtbot, window, pages, ["loneliness"], phone=True)
    page.choose(page.recommendationList.item(0).data(Qt.ItemDataRole.UserRole))
    follow = pages.follow_ups
    with qtbot.waitSignal(follow.refreshed, timeout=10000), \
            qtbot.waitSignal(page.referralSaved, timeout=10000) as saved:
        page.save_referral()
    rid = saved.args[0]
    # Listed at once, newest first, with its follow-up date and state; not yet due.
    assert [f.referral_id for f in follow.saved_rows][:1] == [rid]
    assert all(f.referral_id != rid for f in follow.rows)
    table = follow.savedTable
    follow_day = date.fromordinal(local_today().toordinal() + 14)
    assert table.item(0, 1).text() == day_text(follow_day)
    assert re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4}", table.item(0, 0).text())  # 2.12.2026
    assert table.item(0, 2).text() == "Waiting"
    assert page.statusLabel.text().endswith(day_text(follow_day) + ".")
    # The client told early: record the outcome from the saved list.
    pages.actions[1].trigger()
    assert follow.select_referral(rid)
    assert follow.outcomeCombo.currentText() == "Choose…"
    qtbot.mouseClick(follow.recordButton, Qt.MouseButton.LeftButton)
    assert "Choose the outcome" in follow.status.text()  # nothing recorded by accident
    follow.outcomeCombo.setCurrentIndex(follow.outcomeCombo.findData("reached"))
    with qtbot.waitSignal(follow.refreshed, timeout=10000), \
            qtbot.waitSignal(follow.outcomeRecorded, timeout=10000):
        qtbot.mouseClick(follow.recordButton, Qt.MouseButton.LeftButton)
    assert follow.status.text() == (f"Outcome recorded for the referral of "
                                    f"{day_text(local_today())}: Reached the service.")
    assert follow.outcomeCombo.currentData() == ""  # the form is reset
    assert follow.savedTable.item(0, 2).text() == "Reached the service"


def _focused():  # type: ignore[no-untyped-def]
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _key(qtbot, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
         ) -> None:
    """A key press to whatever has the keyboard focus, as a real keyboard sends it."""
    qtbot.keyClick(_focused(), key, modifiers)


def _tab_to(qtbot, target) -> None:  # type: ignore[no-untyped-def]
    """Tab (only Tab) until ``target`` has the focus."""
    for _ in range(300):
        if QApplication.focusWidget() is target:
            return
        _key(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.objectName()}")


def _arrow_until(qtbot, combo, wanted: object) -> None:  # type: ignore[no-untyped-def]
    assert QApplication.focusWidget() is combo
    for key in (Qt.Key.Key_Home, *[Qt.Key.Key_Down] * combo.count()):
        if combo.currentData() == wanted:
            return
        _key(qtbot, key)
    assert combo.currentData() == wanted


def test_the_whole_referral_with_the_keyboard_only(
        qtbot, app_window: tuple[MainWindow, ReferralPages]) -> None:
    """From Ctrl+R to a recorded outcome with key events only: no clicks, no method calls
    on the pages (the fixture's follow-up interval is 0 days, so it is due at once)."""
    window, pages = app_window
    activate(qtbot, window)
    page, follow = pages.referral, pages.follow_ups
    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    _key(qtbot, Qt.Key.Key_R, ctrl)
    assert window.ui.pages.currentWidget() is page and _focused() is page.municipalityCombo
    _arrow_until(qtbot, page.municipalityCombo, "Suomussalmi")
    _tab_to(qtbot, page.placeCombo)
    _arrow_until(qtbot, page.placeCombo, VILLAGE)
    _tab_to(qtbot, page.ageCombo)
    _arrow_until(qtbot, page.ageCombo, "75+")
    _tab_to(qtbot, page.phoneCheck)
    _key(qtbot, Qt.Key.Key_Space)
    assert page.phoneCheck.isChecked()
    _tab_to(qtbot, page.nextButton)
    _key(qtbot, Qt.Key.Key_Space)
    assert page.stack.currentIndex() == 1  # the checklist, its first item focused
    _tab_to(qtbot, page.item_boxes["loneliness"])
    _key(qtbot, Qt.Key.Key_Space)
    _tab_to(qtbot, page.nextButton)
    with qtbot.waitSignal(page.recommendationsShown, timeout=10000):
        _key(qtbot, Qt.Key.Key_Space)
    assert _focused() is page.recommendationList and page.recommendationList.count() > 0
    _key(qtbot, Qt.Key.Key_Space)  # tick the first suggestion
    chosen = page.chosen_ids()
    assert len(chosen) == 1
    _tab_to(qtbot, page.nextButton)
    with qtbot.waitSignal(page.previewShown, timeout=10000):
        _key(qtbot, Qt.Key.Key_Space)
    assert page.stack.currentIndex() == 3
    _tab_to(qtbot, page.saveButton)
    with qtbot.waitSignal(follow.refreshed, timeout=10000), \
            qtbot.waitSignal(page.referralSaved, timeout=10000) as saved:
        _key(qtbot, Qt.Key.Key_Space)
    rid = saved.args[0]
    assert "Referral saved" in page.statusLabel.text()

    _key(qtbot, Qt.Key.Key_U, ctrl | shift)
    assert window.ui.pages.currentWidget() is follow
    assert _focused() is follow.table  # the due list: this referral is due today
    _key(qtbot, Qt.Key.Key_Home)
    assert follow.selected_id() == rid
    _tab_to(qtbot, follow.outcomeCombo)
    _arrow_until(qtbot, follow.outcomeCombo, "reached")
    _tab_to(qtbot, follow.recordButton)
    with qtbot.waitSignal(follow.outcomeRecorded, timeout=10000) as recorded:
        _key(qtbot, Qt.Key.Key_Space)
    assert recorded.args == [rid]
    wait_idle(qtbot, pages)
    assert follow.status.text().startswith("Outcome recorded for the referral of")
    assert follow.outcomeCombo.currentData() == ""
    assert all(f.referral_id != rid for f in follow.rows)  # no longer due
    state = {f.referral_id: f.outcome for f in follow.saved_rows}
    assert state[rid] == "reached"
