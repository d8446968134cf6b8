"""The referral pages of the main window (issue 3): referral, follow-ups, statistics,
local services. ``install_referral_pages(window)`` adds them through the window's public
extension points (``add_page``, ``add_menu_action``, ``catalogueReloaded``).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

import hytedesk.referrals  # noqa: F401  (adds local services to hytedesk.catalogue.search)
from hytedesk.ui.referral.followups import FollowUpsPage
from hytedesk.ui.referral.local_editor import LocalServicesPage
from hytedesk.ui.referral.page import ReferralPage
from hytedesk.ui.referral.settings import ReferralSettingsPage
from hytedesk.ui.referral.stats import StatsPage
from hytedesk.ui.referral.tasks import TaskRunner


@dataclass
class ReferralPages:
    runner: TaskRunner
    referral: ReferralPage
    follow_ups: FollowUpsPage
    stats: StatsPage
    local: LocalServicesPage
    actions: list[QAction]

    def shutdown(self) -> None:
        self.runner.shutdown()


class LocalAwareView:
    """The window's catalogue view, plus the local services the search hook returns
    (negative row ids), so the results table and detail pane can show them."""

    def __init__(self, base: Any, local_db: Any) -> None:
        self._base = base
        self._local_db = local_db
        self._conn: sqlite3.Connection | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._base, name)

    def _local(self) -> sqlite3.Connection | None:
        if self._conn is None and self._local_db.exists():
            # This (GUI) thread's own read-only connection; the worker owns writes.
            self._conn = sqlite3.connect(f"file:{self._local_db}?mode=ro", uri=True)
        return self._conn

    def rows(self, rowids: Sequence[int], lang: str) -> dict[int, Any]:
        out = dict(self._base.rows([r for r in rowids if r >= 0], lang))
        local_ids = [-r for r in rowids if r < 0]
        conn = self._local() if local_ids else None
        if conn is not None:
            from hytedesk.referrals.services import ServiceDetail
            from hytedesk.ui.catalogue_view import ServiceRow

            marks = ", ".join("?" for _ in local_ids)
            mark = QCoreApplication.translate("ReferralPages", "local entry")
            for rowid, text in conn.execute(
                    f"SELECT rowid, record FROM local_services WHERE rowid IN ({marks})",
                    local_ids):
                d = ServiceDetail.from_record(json.loads(text), local=True)
                out[-rowid] = ServiceRow(-rowid, d.id, f"{d.name(lang)} ({mark})",
                                         d.organization(lang),
                                         d.areas[0] if d.areas else None, d.modes, d.free,
                                         d.status != "active", False)
        return out

    def service(self, service_id: str) -> dict[str, Any] | None:
        if service_id.startswith("local:"):
            conn = self._local()
            row = conn.execute("SELECT record FROM local_services WHERE id = ?",
                               (service_id,)).fetchone() if conn else None
            return json.loads(row[0]) if row else None
        return self._base.service(service_id)  # type: ignore[no-any-return]

    def rowid_of(self, service_id: str) -> int | None:
        if service_id.startswith("local:"):
            conn = self._local()
            row = conn.execute("SELECT rowid FROM local_services WHERE id = ?",
                               (service_id,)).fetchone() if conn else None
            return -int(row[0]) if row else None
        return self._base.rowid_of(service_id)  # type: ignore[no-any-return]


def _wrap_view(window: Any) -> None:
    if isinstance(window.view, LocalAwareView):
        return
    window.set_row_source(LocalAwareView(window.view, window.paths.local_db))


def install_referral_pages(window: Any) -> ReferralPages:
    """Adds the referral pages and their menu actions to the main window."""
    runner = TaskRunner(window.paths, window.paths.data / window.session.pointer.file, window)
    referral = ReferralPage(window, runner)
    follow = FollowUpsPage(window, runner)
    stats = StatsPage(window, runner)
    local = LocalServicesPage(window, runner)
    pages: list[tuple[QWidget, str]] = [(referral, "Ctrl+R"), (follow, "Ctrl+Shift+U"),
                                        (stats, "Ctrl+Shift+T"), (local, "Ctrl+Shift+L")]
    actions = []
    for (page, keys), (title, action_text) in zip(pages, _titles(), strict=True):
        window.add_page(page, title)
        action = QAction(action_text, window)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _=False, p=page: _show(window, p))
        window.add_menu_action("file", action)
        actions.append(action)
    window.settings_pages.append(lambda dialog: add_settings_page(window, dialog))

    def page_changed(_index: int) -> None:
        if window.ui.pages.currentWidget() is referral:  # the tab, or Ctrl+R
            referral.follow_search(window.ui.placeCombo.currentData() or None,
                                   window.ui.municipalityCombo.currentData() or None)

    window.ui.pages.currentChanged.connect(page_changed)
    referral.referralSaved.connect(lambda _rid: follow.refresh())
    referral.referralSaved.connect(lambda _rid: stats.refresh())
    follow.outcomeRecorded.connect(lambda _rid: stats.refresh())
    local.saved.connect(lambda _sid: window.run_search(immediately=True))
    _wrap_view(window)

    def reloaded() -> None:
        runner.switch_catalogue(window.paths.data / window.session.pointer.file)
        _wrap_view(window)
        referral.reload_catalogue()
        local.load_catalogue_choices()

    window.catalogueReloaded.connect(reloaded)

    def retitle(_lang: str = "") -> None:
        for (page, _keys), (title, text), action in zip(pages, _titles(), actions,
                                                        strict=True):
            index = window.ui.pages.indexOf(page)
            if index >= 0:
                window.ui.pages.setTabText(index, title)
            action.setText(text)
        referral._fill_checklist_texts()

    window.languageChanged.connect(retitle)
    result = ReferralPages(runner, referral, follow, stats, local, actions)
    window.referral_pages = result
    closer = _ShutdownOnClose(runner, window)
    window.installEventFilter(closer)
    app = QApplication.instance()
    if isinstance(app, QObject):
        app.aboutToQuit.connect(runner.shutdown)
    return result


class _ShutdownOnClose(QObject):
    """Stops the referral worker when the window closes (its thread must not outlive it)."""

    def __init__(self, runner: TaskRunner, parent: QObject) -> None:
        super().__init__(parent)
        self.runner = runner

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            self.runner.shutdown()
        return False


def _titles() -> list[tuple[str, str]]:
    """(tab title, menu action text) of each page, in the current language."""
    return [(QCoreApplication.translate("ReferralPages", "Referral"),
             QCoreApplication.translate("ReferralPages", "New &referral")),
            (QCoreApplication.translate("ReferralPages", "Follow-ups"),
             QCoreApplication.translate("ReferralPages", "&Follow-ups")),
            (QCoreApplication.translate("ReferralPages", "Statistics"),
             QCoreApplication.translate("ReferralPages", "S&tatistics")),
            (QCoreApplication.translate("ReferralPages", "Local services"),
             QCoreApplication.translate("ReferralPages", "&Local services"))]


def add_settings_page(window: Any, dialog: Any) -> ReferralSettingsPage:
    """The referral settings as a page of the window's one settings dialog."""
    pages: ReferralPages = window.referral_pages
    page = ReferralSettingsPage(window, pages.runner, dialog)
    page.saved.connect(pages.referral.load_defaults)
    dialog.add_page(page, ReferralSettingsPage.title())
    dialog.referral_page = page
    return page


def open_settings(window: Any) -> Any:
    """Opens the settings dialog on its referral page (window-modal, not blocking)."""
    dialog = window.open_settings()
    dialog.show_page(dialog.referral_page)
    return dialog


def _show(window: Any, page: QWidget) -> None:
    """Shows a page with its first field focused, ready for the keyboard."""
    if isinstance(page, ReferralPage):
        ui = window.ui
        page.follow_search(ui.placeCombo.currentData() or None,
                           ui.municipalityCombo.currentData() or None)
    window.ui.pages.setCurrentWidget(page)
    first = getattr(page, "focus_first", None)
    if first is not None:
        first()
    else:
        page.setFocus()
