"""Sync in the window, against a real repository published with ``hytedesk-admin`` and
served on 127.0.0.1 (``tests/sync``): the window switches catalogue while a search is
shown, failures keep the old catalogue, Cancel, the offline bundle, the stale warning and
the automatic runs."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from hytedesk.local.localdb import LocalDB
from hytedesk.ui import results_model as rm
from hytedesk.ui import sync_controller as sc
from hytedesk.ui.mainwindow import MainWindow
from hytedesk.ui.sync_controller import SyncController, install_sync
from tests.sync.conftest import World, admin, world  # noqa: F401  (fixture)
from tests.sync.test_attacks import _flip, _rewrite_member

BIG = {"n": 1500, "filler": 24}  # a few hundred kB: a trickled download takes seconds
WAIT = 20_000


def names(window: MainWindow) -> list[str]:
    m = window.model
    return [m.data(m.index(r, rm.NAME)) for r in range(m.rowCount())]


def settle(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.last_result is not None
                    and window.last_result.query == window.current_query(), timeout=WAIT)


def set_setting(w: World, key: str, value: object) -> None:
    with LocalDB(w.paths) as local:
        local.set(key, value)


@pytest.fixture
def synced(world: World) -> World:  # noqa: F811
    """Version 1 published and synced; the sync.url setting points at the server."""
    world.publish(1, **BIG)
    world.sync()
    set_setting(world, "sync.url", world.server.url)
    return world


@pytest.fixture
def open_window(make_window: Callable[..., MainWindow]) -> Callable[..., tuple[MainWindow,
                                                                          SyncController]]:
    def make(lang: str = "en", **kw: object) -> tuple[MainWindow, SyncController]:
        window = make_window(lang)
        kw.setdefault("auto", False)
        kw.setdefault("network", False)
        return window, install_sync(window, **kw)  # type: ignore[arg-type]
    return make


def search_for(qtbot, window: MainWindow, text: str, municipality: str) -> None:
    combo = window.ui.municipalityCombo
    combo.setCurrentIndex(combo.findText(municipality))
    window.ui.searchEdit.setFocus()
    qtbot.keyClicks(window.ui.searchEdit, text)
    settle(qtbot, window)


def message_boxes(window: MainWindow) -> list[QMessageBox]:
    return [b for b in window.findChildren(QMessageBox) if b.isVisible()]


def test_sync_now_switches_catalogue_and_keeps_the_search(qtbot, synced: World,
                                                          open_window) -> None:
    window, ctl = open_window()
    search_for(qtbot, window, "Palvelu 3", "Suomussalmi")
    assert "Palvelu 3" in names(window)
    assert "version 1" in window.catalogue_label.text()
    query_before = window.current_query()

    synced.publish(2, changed=range(3, 4), **BIG)  # service 3 renamed
    assert ctl.sync_action.shortcut().toString() == "F5"
    with qtbot.waitSignal(window.catalogueReloaded, timeout=WAIT):
        ctl.sync_action.trigger()
        assert not ctl.sync_action.isEnabled()  # one at a time
    qtbot.waitUntil(lambda: "Palvelu 3 (päivitys 2)" in names(window), timeout=WAIT)

    assert "Catalogue version 2" in window.catalogue_label.text()
    assert window.ui.searchEdit.text() == "Palvelu 3"
    assert window.ui.municipalityCombo.currentText() == "Suomussalmi"
    assert window.current_query() == query_before
    assert "Palvelu 3 (päivitys 2)" in names(window)
    assert "Palvelu 3" not in names(window)
    qtbot.waitUntil(lambda: ctl.sync_action.isEnabled())
    assert "updated to version 2" in window.statusBar().currentMessage()
    assert not ctl.status.bar.isVisible()
    assert message_boxes(window) == []


def test_an_open_referral_stays_through_the_switch(qtbot, synced: World,
                                                   make_window) -> None:
    from hytedesk.ui.referral import install_referral_pages

    window = make_window("en")
    pages = install_referral_pages(window)
    ctl = install_sync(window, auto=False, network=False)
    referral = pages.referral
    window.ui.pages.setCurrentWidget(referral)
    referral.ageCombo.setCurrentIndex(2)
    kuhmo = referral.municipalityCombo.findText("Kuhmo")
    assert kuhmo >= 0
    referral.municipalityCombo.setCurrentIndex(kuhmo)
    referral.phoneCheck.setChecked(True)
    before = referral.context()
    assert before.municipality and "phone" in before.modes
    synced.publish(2, changed=range(3, 4), **BIG)
    with qtbot.waitSignal(window.catalogueReloaded, timeout=WAIT):
        ctl.sync_now()
    assert "Catalogue version 2" in window.catalogue_label.text()
    assert window.ui.pages.currentWidget() is referral
    assert referral.context() == before
    qtbot.waitUntil(lambda: not pages.runner.busy, timeout=WAIT)


def test_up_to_date_sync_says_so(qtbot, synced: World, open_window) -> None:
    window, ctl = open_window()
    with qtbot.waitSignal(ctl.jobFinished, timeout=WAIT) as sig:
        ctl.sync_now()
    assert sig.args[0].status == "up-to-date"
    assert window.statusBar().currentMessage() == "The catalogue is up to date (version 1)."


@pytest.mark.parametrize("how", ["server-500", "tampered"])
def test_failed_sync_keeps_the_old_catalogue(qtbot, synced: World, open_window,
                                             how: str) -> None:
    window, ctl = open_window()
    search_for(qtbot, window, "Palvelu 3", "Suomussalmi")
    synced.publish(2, changed=range(3, 4), **BIG)
    b = synced.server.behaviour
    if how == "server-500":
        b.status["timestamp.json"] = 500
        expected = "HTTP 500"
    else:
        name = "test-region-2.hytebundle"
        b.override[synced.target_url_path(name)] = _flip(synced.target_bytes(name))
        b.status["-1-to-2.hytebundle"] = 404  # the full bundle, tampered
        expected = "checksum"
    with qtbot.waitSignal(ctl.jobFinished, timeout=WAIT) as sig:
        ctl.sync_action.trigger()
    assert sig.args[0].status == "failed"
    [box] = message_boxes(window)
    assert expected in box.text()
    assert box.text().endswith("The current catalogue is still in use.")
    assert box.textFormat().name == "PlainText"
    assert expected in window.statusBar().currentMessage()
    box.accept()
    # the old catalogue stays current and searchable
    assert "Catalogue version 1" in window.catalogue_label.text()
    assert ctl.sync_action.isEnabled()
    window.ui.searchEdit.clear()
    qtbot.keyClicks(window.ui.searchEdit, "Palvelu 9")
    settle(qtbot, window)
    assert "Palvelu 9" in names(window)
    assert ctl.backoff_ms == sc.BACKOFF_START_MS


def test_failure_message_is_translated(qtbot, synced: World, open_window) -> None:
    window, ctl = open_window("fi")
    synced.server.behaviour.status["timestamp.json"] = 500
    with qtbot.waitSignal(ctl.jobFinished, timeout=WAIT):
        ctl.sync_now()
    [box] = message_boxes(window)
    assert "Nykyinen palveluluettelo on edelleen käytössä." in box.text()
    assert ctl.sync_action.text() == "Päivitä &nyt"
    box.accept()
    window.set_language("sv", remember=False)
    assert ctl.sync_action.text() == "Uppdatera &nu"
    assert ctl.import_action.text() == "Importera över&föringspaket…"
    assert ctl.status.cancel.text() == "Avbryt"


def test_cancel_during_a_slow_download(qtbot, synced: World, open_window) -> None:
    window, ctl = open_window()
    synced.publish(2, n=1500, filler=24, changed=range(0, 1500))  # a big delta/full
    synced.server.behaviour.trickle = (4096, 0.05)
    ctl.sync_now()
    bar = ctl.status.bar
    qtbot.waitUntil(lambda: bar.isVisible() and bar.maximum() > 0 and bar.value() > 0,
                    timeout=WAIT)
    assert ctl.status.cancel.isVisible()
    assert not ctl.sync_action.isEnabled() and not ctl.import_action.isEnabled()
    with qtbot.waitSignal(ctl.jobFinished, timeout=WAIT) as sig:
        qtbot.mouseClick(ctl.status.cancel, Qt.MouseButton.LeftButton)
    assert sig.args[0].cancelled
    assert ctl.sync_action.isEnabled() and ctl.import_action.isEnabled()
    assert not bar.isVisible()
    assert message_boxes(window) == []  # the user cancelled: no box
    assert "cancelled" in window.statusBar().currentMessage()
    assert "Catalogue version 1" in window.catalogue_label.text()
    assert ctl.backoff_ms == 0


def offline_bundle(w: World, out: Path) -> Path:
    admin("offline-bundle", "--repo", w.repo_dir, "--keys", w.key_dir, "-o", out)
    return out


def test_offline_bundle_import_switches_catalogue(qtbot, synced: World, open_window,
                                                  tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    window, ctl = open_window()
    search_for(qtbot, window, "Palvelu 3", "Suomussalmi")
    synced.publish(2, changed=range(3, 4), **BIG)
    usb = offline_bundle(synced, tmp_path / "usb" / "catalogue.hyteoffline")
    synced.server.stop()  # no network: the stick is all there is
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(usb), "")))
    with qtbot.waitSignal(window.catalogueReloaded, timeout=WAIT):
        ctl.import_action.trigger()
    qtbot.waitUntil(lambda: "Palvelu 3 (päivitys 2)" in names(window), timeout=WAIT)
    assert "Catalogue version 2" in window.catalogue_label.text()
    assert window.ui.municipalityCombo.currentText() == "Suomussalmi"
    assert window.ui.searchEdit.text() == "Palvelu 3"


def test_tampered_offline_bundle_is_refused(qtbot, synced: World, open_window,
                                            tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    window, ctl = open_window()
    synced.publish(2, changed=range(3, 4), **BIG)
    usb = offline_bundle(synced, tmp_path / "c.hyteoffline")
    bad = tmp_path / "bad.hyteoffline"
    _rewrite_member(usb, bad, ".hytebundle", _flip)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(bad), "")))
    with qtbot.waitSignal(ctl.jobFinished, timeout=WAIT):
        ctl.import_action.trigger()
    [box] = message_boxes(window)
    assert "checksum" in box.text() and "still in use" in box.text()
    box.accept()
    assert "Catalogue version 1" in window.catalogue_label.text()


def test_unsigned_bundle_only_when_the_settings_allow(qtbot, synced: World, open_window,
                                                      tmp_path: Path) -> None:
    window, ctl = open_window()
    unsigned = synced.bundle(3, changed=range(3, 4))
    with qtbot.waitSignal(ctl.jobFinished, timeout=WAIT) as sig:
        ctl.import_file(unsigned)
    assert sig.args[0].status == "unsigned"
    [box] = message_boxes(window)
    assert "not signed" in box.text() and "still in use" in box.text()
    box.accept()
    assert "Catalogue version 1" in window.catalogue_label.text()

    set_setting(synced, "import.allow_unsigned", True)
    with qtbot.waitSignal(window.catalogueReloaded, timeout=WAIT):
        ctl.import_file(unsigned)
    assert "Catalogue version 3" in window.catalogue_label.text()


def age_verification(w: World, days: int) -> None:
    when = (datetime.now(UTC) - timedelta(days=days)).strftime("%Y-%m-%dT%H:%M:%SZ")
    with sqlite3.connect(w.paths.local_db) as conn:
        conn.execute("UPDATE catalogue_pointer SET verified_at = ?", (when,))


def test_stale_warning_after_stale_days(qtbot, synced: World, open_window) -> None:
    set_setting(synced, "sync.stale_days", 30)
    age_verification(synced, 45)
    window, ctl = open_window()
    stale = ctl.status.stale
    qtbot.waitUntil(stale.isVisible, timeout=WAIT)
    assert stale.text() == "Not verified for 45 days: the information may be out of date"
    assert "30 days" in stale.toolTip()
    # a successful check clears it, and the window's "verified" date follows
    with qtbot.waitSignal(ctl.jobFinished, timeout=WAIT):
        ctl.sync_now()
    qtbot.waitUntil(lambda: not stale.isVisible(), timeout=WAIT)
    d = QDate.currentDate()
    today = f"{d.day()}.{d.month()}.{d.year()}"  # one date format in every language
    qtbot.waitUntil(lambda: f"verified {today}" in window.catalogue_label.text(), timeout=WAIT)


def test_closing_the_window_stops_a_running_sync(qtbot, synced: World, open_window) -> None:
    window, ctl = open_window()
    synced.publish(2, n=1500, filler=24, changed=range(0, 1500))
    synced.server.behaviour.trickle = (4096, 0.05)
    ctl.sync_now()
    qtbot.waitUntil(lambda: ctl.status.bar.value() > 0, timeout=WAIT)
    window.close()
    assert ctl._thread.isFinished()  # cancelled and joined while closing
    assert synced.pointer().version == 1
    assert not ctl.sync_now()  # nothing starts on a closed window


def test_no_warning_within_stale_days(qtbot, synced: World, open_window) -> None:
    age_verification(synced, 10)
    window, ctl = open_window()
    qtbot.waitUntil(lambda: ctl.last_freshness is not None, timeout=WAIT)
    assert not ctl.status.stale.isVisible()


def test_automatic_sync_when_the_network_comes_up(qtbot, synced: World, open_window,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sc, "SETTLE_MS", 0)
    monkeypatch.setattr(sc, "BACKOFF_START_MS", 0)
    window, ctl = open_window(auto=True)
    ctl.network_changed(False, initial=True)
    synced.publish(2, changed=range(3, 4), **BIG)
    ctl._auto_attempt()
    assert not ctl.busy  # offline: waits for the network
    with qtbot.waitSignal(window.catalogueReloaded, timeout=WAIT):
        ctl.network_changed(True)
    assert "Catalogue version 2" in window.catalogue_label.text()
    qtbot.waitUntil(lambda: ctl.last_outcome is not None)
    assert ctl.last_outcome.job.auto
    assert ctl.auto_timer.isActive() and ctl.auto_timer.interval() == sc.PERIOD_MS


def test_automatic_failure_backs_off_without_dialogs(qtbot, synced: World, open_window,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    window, ctl = open_window(auto=True)
    synced.server.behaviour.status["timestamp.json"] = 500
    seen: list[int] = []
    for _ in range(8):
        with qtbot.waitSignal(ctl.jobFinished, timeout=WAIT):
            ctl._auto_attempt()
        seen.append(ctl.auto_timer.interval())
    assert seen == [60_000, 120_000, 240_000, 480_000, 960_000, 1_920_000, 3_600_000,
                    3_600_000]
    assert message_boxes(window) == []
    assert not any(isinstance(w, QMessageBox) and w.isVisible()
                   for w in QApplication.topLevelWidgets())
    assert "HTTP 500" in window.statusBar().currentMessage()
    synced.server.reset()
    with qtbot.waitSignal(ctl.jobFinished, timeout=WAIT):
        ctl._auto_attempt()
    assert ctl.backoff_ms == 0 and ctl.auto_timer.interval() == sc.PERIOD_MS


def test_automatic_sync_needs_a_url(qtbot, synced: World, open_window) -> None:
    set_setting(synced, "sync.url", "")
    window, ctl = open_window(auto=True)
    synced.server.reset()
    with qtbot.waitSignal(ctl.jobFinished, timeout=WAIT) as sig:
        ctl._auto_attempt()
    assert sig.args[0].status == "skipped"
    assert synced.server.hits == []
    assert not ctl.status.bar.isVisible()


def test_first_automatic_run_waits_for_the_window(qtbot, synced: World, make_window) -> None:
    window = make_window("en")
    window.hide()
    ctl = install_sync(window, auto=True, network=False)
    assert not ctl.auto_timer.isActive()
    window.show()
    qtbot.waitUntil(ctl.auto_timer.isActive)
    assert ctl.auto_timer.interval() == sc.FIRST_DELAY_MS
    assert not ctl.busy


def test_installed_on_a_shown_window_plans_the_first_run(qtbot, synced: World,
                                                         open_window) -> None:
    window, ctl = open_window(auto=True)  # run_gui installs sync after the first paint
    qtbot.waitUntil(ctl.auto_timer.isActive)
    assert ctl.auto_timer.interval() == sc.FIRST_DELAY_MS


def test_screenshots(qtbot, synced: World, open_window, tmp_path: Path) -> None:
    """The status bar during a sync and with the stale warning, rendered for real;
    ``HYTEDESK_SHOTS=docs/screenshots`` keeps them (sync-progress.png, sync-stale.png)."""
    import os
    import shutil

    lang = os.environ.get("HYTEDESK_SHOTS_LANG", "fi")
    set_setting(synced, "sync.stale_days", 30)
    age_verification(synced, 45)
    window, ctl = open_window(lang)
    window.resize(1366, 820)
    search_for(qtbot, window, "Palvelu 3", "Suomussalmi")
    qtbot.waitUntil(ctl.status.stale.isVisible, timeout=WAIT)
    stale_png = tmp_path / "sync-stale.png"
    assert window.grab().save(str(stale_png))

    synced.publish(2, n=1500, filler=24, changed=range(0, 1500))
    synced.server.behaviour.trickle = (4096, 0.05)
    ctl.sync_now()
    bar = ctl.status.bar
    qtbot.waitUntil(lambda: bar.isVisible() and bar.maximum() > 0 and bar.value() > 300,
                    timeout=WAIT)
    progress_png = tmp_path / "sync-progress.png"
    assert window.grab().save(str(progress_png))
    with qtbot.waitSignal(ctl.jobFinished, timeout=WAIT):
        ctl.cancel()
    out = os.environ.get("HYTEDESK_SHOTS")
    if out:
        for png in (stale_png, progress_png):
            shutil.copy(png, Path(out) / png.name)


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_sync_without_an_address_points_to_the_offline_bundle(qtbot, synced: World,
                                                              open_window, lang: str) -> None:
    set_setting(synced, "sync.url", "")
    window, ctl = open_window(lang)
    window.resize(1024, 600)
    with qtbot.waitSignal(ctl.jobFinished, timeout=WAIT) as sig:
        ctl.sync_now()  # Päivitä nyt
    assert sig.args[0].status == "failed"
    [box] = message_boxes(window)
    text = box.text()
    assert "hytedesk sync" not in text and "--url" not in text  # no command line for a nurse
    if lang == "fi":
        assert "ylläpitäjä" in text and "Tiedosto › Tuo siirtopaketti…" in text
    else:
        assert "administrator" in text and "File › Import offline bundle…" in text
    box.accept()
    # The status bar has the first sentence, whole: nothing cut off at 1024 px.
    bar = window.statusBar()
    message = bar.currentMessage()
    assert message and text.startswith(message) and message.endswith(".")
    assert bar.fontMetrics().horizontalAdvance(message) < bar.width()
    assert bar.toolTip() == text


def test_stale_warning_shortens_to_whole_words(qtbot, synced: World, open_window) -> None:
    window, ctl = open_window()
    label = ctl.status.stale
    label.setText("Not verified for 45 days: the information may be out of date")
    label.resize(label.fontMetrics().horizontalAdvance("Not verified for 45 days") + 12,
                 label.height())
    assert label.shown_text() == "Not verified for 45 days"
    label.resize(2000, label.height())
    assert label.shown_text() == label.text()
