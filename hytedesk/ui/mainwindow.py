"""The main window: search as you type, filters, results and the detail pane.

The static frame is the Designer form ``ui/mainwindow.ui``; this class wires it to the
search worker, the lazy results model and the detail presenter. Later features plug in
through ``add_page``, ``add_menu_action``, ``current_service_id``/``serviceSelected`` and
``reload_catalogue``.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QWidget,
)

from hytedesk.app.session import Session, open_session
from hytedesk.base import i18n
from hytedesk.base.i18n import UserError
from hytedesk.catalogue.schedule import HELSINKI
from hytedesk.catalogue.search import SearchQuery
from hytedesk.local.localdb import LocalDB
from hytedesk.ui import results_model as rm
from hytedesk.ui.catalogue_view import CatalogueView
from hytedesk.ui.code_labels import MODES, day_text, fill, language_label, mode_label
from hytedesk.ui.detail import DetailPresenter, Origin
from hytedesk.ui.forms.ui_mainwindow import Ui_MainWindow
from hytedesk.ui.links import Link, is_openable
from hytedesk.ui.log_folder import open_log_folder
from hytedesk.ui.translation import LANGUAGES, Translations, locale_for
from hytedesk.ui.worker import ResultSet, SearchController

log = logging.getLogger(__name__)

RESULT_LIMIT = 100_000
NAME_CHARS = 24  # the service name column keeps room for at least this many characters
DEFAULT_SIZE = QSize(1280, 800)
SERVICE_LANGUAGES = ("fi", "sv", "en")
BANNER_STYLE = ("QLabel { background: #fff4ce; color: #3b2e00; border: 1px solid #d08a00; "
                "border-radius: 3px; }")


def _parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


class MainWindow(QMainWindow):
    serviceSelected = Signal(str)  # the selected service's id, "" when none
    resultsShown = Signal(int)  # number of results now in the table
    languageChanged = Signal(str)
    catalogueReloaded = Signal()
    aboutToClose = Signal()  # extensions stop their workers here

    def __init__(self, session: Session, translations: Translations | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.session = session
        self.paths = session.paths
        self.translations = translations
        self.language = translations.language if translations and translations.language \
            else i18n.language()
        self.url_opener: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.now: Callable[[], datetime] = lambda: datetime.now(HELSINKI)
        self.last_result: ResultSet | None = None
        self._selected_id = ""
        self._resetting = False
        self._closed = False
        self._near_columns = False
        self._page_splitters: dict[str, str] = {}
        # Features add their pages to the settings dialog: each is called with the dialog.
        self.settings_pages: list[Callable[[QDialog], None]] = []
        self.settings_dialog: QDialog | None = None

        ui = self.ui
        self.view = CatalogueView(session.conn)
        self.model = rm.ResultsModel(self.view, self)
        self.model.set_language(self.language)
        ui.resultsView.setModel(self.model)
        # the count always describes the rows on screen, whatever reset the model
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(lambda *_a: self._update_count())
        # What the result columns need for their content, measured once per list on screen
        # (each resize and each result would otherwise measure 200 rows again).
        self._content_widths: dict[tuple[int, int], int] = {}
        for changed in (self.model.modelReset, self.model.rowsInserted,
                        self.model.dataChanged, self.model.headerDataChanged):
            changed.connect(lambda *_a: self._content_widths.clear())
        self._set_up_table()
        self.detail = DetailPresenter(ui, self)
        self.detail.linkActivated.connect(self.open_link)

        self.search = SearchController(self.paths.data / session.pointer.file, self)
        self.search.results.connect(self._on_results)
        self.model.moreWanted.connect(self.search.fetch_rest)
        self.search.failed.connect(self._on_search_failed)

        self.catalogue_label = QLabel(self)
        self.catalogue_label.setObjectName("catalogueStatus")
        self.catalogue_label.setTextFormat(Qt.TextFormat.PlainText)
        ui.statusbar.addPermanentWidget(self.catalogue_label)
        ui.sampleBanner.setStyleSheet(BANNER_STYLE)

        self.menus = {"file": ui.menuFile, "search": ui.menuSearch,
                      "language": ui.menuLanguage, "help": ui.menuHelp}
        self._language_actions = {"fi": ui.actionLanguageFi, "sv": ui.actionLanguageSv,
                                  "en": ui.actionLanguageEn}
        group = QActionGroup(self)
        group.setExclusive(True)
        for lang, action in self._language_actions.items():
            group.addAction(action)
            action.triggered.connect(lambda _=False, lg=lang: self.set_language(lg))
        self._language_actions.get(self.language, ui.actionLanguageFi).setChecked(True)

        ui.actionFind.triggered.connect(self.focus_search)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionClearFilters.triggered.connect(self.clear_filters)
        ui.actionSettings.triggered.connect(self.open_settings)
        ui.actionAbout.triggered.connect(self.show_about)
        self.action_open_logs = QAction(self)
        self.action_open_logs.setObjectName("actionOpenLogFolder")
        self.action_open_logs.triggered.connect(self.open_log_folder)
        ui.menuHelp.insertAction(ui.actionAbout, self.action_open_logs)
        ui.clearFiltersButton.clicked.connect(self.clear_filters)

        self._retranslate_dynamic()  # the texts made in code, the filter choices among them
        self._apply_default_place()
        ui.searchEdit.textChanged.connect(lambda _t: self.run_search())
        ui.searchEdit.returnPressed.connect(self.focus_results)
        for combo in self._filter_combos():
            combo.currentIndexChanged.connect(lambda _i: self.run_search())
        ui.kmSpin.valueChanged.connect(lambda _v: self.run_search())
        ui.freeCheck.toggled.connect(lambda _c: self.run_search())
        ui.hideClosedCheck.toggled.connect(lambda _c: self.run_search())
        selection = ui.resultsView.selectionModel()
        selection.currentRowChanged.connect(self._on_current_changed)
        ui.searchEdit.installEventFilter(self)
        ui.resultsView.installEventFilter(self)

        ui.pages.tabBar().setVisible(ui.pages.count() > 1)
        # the filters and the details give way before the result list does
        ui.mainSplitter.setStretchFactor(0, 0)
        ui.mainSplitter.setStretchFactor(1, 1)
        ui.mainSplitter.setStretchFactor(2, 0)
        ui.mainSplitter.setChildrenCollapsible(False)
        ui.detailScroll.setMinimumWidth(self.fontMetrics().averageCharWidth() * 22)
        ui.resultsView.viewport().installEventFilter(self)
        self._restore_layout()
        ui.searchEdit.setFocus(Qt.FocusReason.OtherFocusReason)  # ready to type
        self.run_search(immediately=True)

    # -- extension points (referrals, sync) -------------------------------------------------

    def add_page(self, widget: QWidget, title: str) -> int:
        """Adds a page next to "Search"; the tab bar appears once there are two."""
        index = self.ui.pages.addTab(widget, title)
        self.ui.pages.tabBar().setVisible(self.ui.pages.count() > 1)
        return index

    def add_menu_action(self, menu: str, action: QAction) -> None:
        """Adds ``action`` to a menu: ``file`` (above Quit), ``search``, ``help``."""
        target = self.menus[menu]
        if menu == "file":
            target.insertAction(self.ui.actionSettings, action)
        else:
            target.addAction(action)

    def current_service_id(self) -> str | None:
        return self._selected_id or None

    def set_row_source(self, view: CatalogueView) -> None:
        """Reads result rows (and details) through ``view`` from now on; the current
        search runs again, so the list is never left empty by the swap."""
        self.view = view
        self._resetting = True
        self.model.set_source(view)
        self._resetting = False
        self.run_search(immediately=True)

    def reload_catalogue(self) -> None:
        """Reopens the current catalogue (after sync switched it) and searches again.

        The query text, filters and (when still there) the selected service are kept.
        Raises ``UserError`` (with nothing changed) when the catalogue cannot be opened.
        """
        keep = self._selected_id
        new = open_session(self.paths)
        old, self.session = self.session, new
        self.view = CatalogueView(new.conn)
        self._resetting = True
        self.model.set_source(self.view)
        self._resetting = False
        old.close()
        self.search.reopen(self.paths.data / new.pointer.file)
        self._load_filter_options()
        self._update_catalogue_status()
        self.ui.sampleBanner.setVisible(new.pointer.sample_data)
        self._selected_id = keep
        self.run_search(immediately=True)
        from hytedesk.base import notices

        for notice in notices.take(self.paths.data):  # a damaged file replaced meanwhile
            self.ui.statusbar.showMessage(notice.text(self.language), 30000)
        self.catalogueReloaded.emit()

    # -- searching -----------------------------------------------------------------------

    def _filter_combos(self) -> list[QComboBox]:
        ui = self.ui
        return [ui.municipalityCombo, ui.placeCombo, ui.themeCombo, ui.situationCombo,
                ui.targetGroupCombo, ui.providerCombo, ui.modeCombo, ui.languageCombo]

    def current_query(self) -> SearchQuery:
        ui = self.ui

        def one(combo: QComboBox) -> tuple[str, ...]:
            value = combo.currentData()
            return (value,) if value else ()

        place = ui.placeCombo.currentData() or None
        km = ui.kmSpin.value()
        return SearchQuery(
            text=ui.searchEdit.text(),
            municipality=ui.municipalityCombo.currentData() or None,
            near_place=place,
            max_km=float(km) if place and km > 0 else None,
            themes=one(ui.themeCombo),
            situations=one(ui.situationCombo),
            target_groups=one(ui.targetGroupCombo),
            provider_types=one(ui.providerCombo),
            modes=one(ui.modeCombo),
            free_only=ui.freeCheck.isChecked(),
            language=ui.languageCombo.currentData() or None,
            hide_closed=ui.hideClosedCheck.isChecked(),
            limit=RESULT_LIMIT,
            ui_language=self.language,
        )

    def run_search(self, *, immediately: bool = False) -> None:
        if self._closed:
            return
        near = bool(self.ui.placeCombo.currentData())
        self.ui.kmSpin.setEnabled(near)
        if near != self._near_columns:
            self._near_columns = near
            self._size_columns()
        self.search.request(self.current_query(), immediately=immediately)

    def _on_results(self, result: ResultSet) -> None:
        if self._closed:
            return  # an answer that arrived after the window closed its catalogue
        if result.extends:
            # the rest of a long answer: appended below, nothing on screen moves
            self.model.append_results(result)
            self.last_result = result
            self._update_count()
            self.resultsShown.emit(self.model.rowCount())
            return
        keep = self._selected_id
        self._resetting = True
        self.model.set_results(result)
        self._resetting = False
        self.last_result = result
        self._update_count()
        self._size_columns()
        row = None
        if keep:
            rowid = self.view.rowid_of(keep)
            row = self.model.row_of_rowid(rowid) if rowid is not None else None
        view = self.ui.resultsView
        if row is not None:
            index = self.model.index(row, 0)
            view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            view.scrollTo(index)
            self._show_service(keep)
        else:
            self._show_service("")
        self.resultsShown.emit(self.model.rowCount())

    def _on_search_failed(self, message: str) -> None:
        self.ui.statusbar.showMessage(message, 10000)

    def _update_count(self) -> None:
        n = self.model.rowCount()
        if n >= RESULT_LIMIT or (self.last_result is not None and not self.last_result.complete):
            text = self.tr("first %n services", "", n)
        else:
            text = self.tr("%n services", "", n)
        result = self.last_result
        if result is not None and result.corrections:
            text += " — " + self.tr("did you mean: %1?").replace(
                "%1", ", ".join(result.corrections.values()))
        if result is not None and result.partial and n:
            missed = dict.fromkeys(w for ws in result.partial.values() for w in ws)
            text += " — " + self.tr("partial matches; nothing found for: %1").replace(
                "%1", ", ".join(missed))
        self.ui.resultCountLabel.setText(text)

    # -- selection and details ---------------------------------------------------------------

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._resetting:
            return
        sid = self.model.service_id(current.row()) if current.isValid() else None
        self._show_service(sid or "")

    def _origin(self) -> Origin | None:
        place = self.ui.placeCombo.currentData()
        if not place:
            return None
        pos = self.view.place_position(place)
        if pos is None:
            return None
        return Origin(self.ui.placeCombo.currentText(), pos[0], pos[1])

    def _show_service(self, service_id: str) -> None:
        service = self.view.service(service_id) if service_id else None
        if service is None:
            self.detail.clear()
            service_id = ""
        else:
            ids = [str(a["taxonomy_term_id"]) for a in service.get("attributes") or []
                   if isinstance(a, dict) and isinstance(a.get("taxonomy_term_id"), str)]
            self.detail.show_service(service, lang=self.language,
                                     term_names=self.view.term_names(ids, self.language),
                                     origin=self._origin(), now=self.now())
        self._fit_detail_pane()
        if service_id != self._selected_id:
            self._selected_id = service_id
            self.serviceSelected.emit(service_id)

    def _fit_detail_pane(self) -> None:
        """The pane never gets narrower than its longest word (a long Finnish word in
        the title), so nothing in it is cut on the right; everything else wraps."""
        scroll = self.ui.detailScroll
        floor = self.fontMetrics().averageCharWidth() * 22
        content = self.ui.detailPane.minimumSizeHint().width() + 2 * scroll.frameWidth() \
            + scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(max(floor, content))

    def open_link(self, link: Link) -> bool:
        """Opens a https/tel/mailto link after the user has seen and accepted the address."""
        if link.url is None or not is_openable(link.url):
            return False
        if not self.confirm_link(link):
            return False
        return bool(self.url_opener(link.url))

    def confirm_link(self, link: Link) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Open the address?"),
                          fill(self.tr("HyteDesk will open this address in another "
                                       "program:\n\n%1\n\nOpen it?"), link.address),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    # -- keyboard --------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.ui.pages.setCurrentWidget(self.ui.searchPage)
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    def focus_results(self) -> None:
        view = self.ui.resultsView
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not view.currentIndex().isValid() and self.model.rowCount() > 0:
            view.setCurrentIndex(self.model.index(0, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.ui.resultsView.viewport():
            self._size_columns()
            return False
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.ui.searchEdit and key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
                self.focus_results()
                return True
            if watched is self.ui.resultsView and key == Qt.Key.Key_Escape:
                self.focus_search()
                return True
        return super().eventFilter(watched, event)

    # -- filters ---------------------------------------------------------------------------

    def _fill(self, combo: QComboBox, items: list[tuple[str, str]], any_label: str) -> None:
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(any_label, "")
        for value, label in items:
            combo.addItem(label, value)
        index = combo.findData(keep) if keep else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _load_filter_options(self) -> None:
        ui, lang, view = self.ui, self.language, self.view
        self._fill(ui.municipalityCombo, view.municipalities(lang), self.tr("All municipalities"))
        self._fill(ui.placeCombo, [(p[0], p[1]) for p in view.places(lang)],
                   self.tr("No place chosen"))
        self._fill(ui.themeCombo, view.terms("hyte-theme", lang), self.tr("All priority areas"))
        self._fill(ui.situationCombo, view.terms("life-situation", lang),
                   self.tr("All life situations"))
        self._fill(ui.targetGroupCombo, view.terms("ptv-target-group", lang),
                   self.tr("All target groups"))
        self._fill(ui.providerCombo, view.terms("provider-type", lang), self.tr("All providers"))
        self._fill(ui.modeCombo, [(m, mode_label(m)[:1].upper() + mode_label(m)[1:])
                                  for m in MODES], self.tr("Any way"))
        self._fill(ui.languageCombo, [(c, language_label(c)) for c in SERVICE_LANGUAGES],
                   self.tr("Any language"))
        ui.kmSpin.setSpecialValueText(self.tr("no limit"))
        for combo in self._filter_combos():
            combo.setToolTip(combo.accessibleName())
        # wide enough for the longest "all ..." choice in this language, not for every term
        metrics = ui.filterPanel.fontMetrics()
        widest = max(metrics.horizontalAdvance(c.itemText(0)) for c in self._filter_combos())
        for combo in self._filter_combos():
            combo.setMinimumWidth(widest + metrics.averageCharWidth() * 4)
        scroll = ui.filterScroll
        scroll.setMinimumWidth(ui.filterPanel.minimumSizeHint().width()
                               + scroll.verticalScrollBar().sizeHint().width())
        self._size_columns()

    def _apply_default_place(self) -> None:
        try:
            with LocalDB(self.paths) as local:
                place = str(local.get("search.default_place") or "")
                km = int(local.get("search.max_km") or 0)
        except UserError as exc:
            log.warning("settings not read: %s", exc)
            return
        self._set_place(place, km)

    def _set_place(self, place: str, km: int) -> None:
        ui = self.ui
        for w in (ui.placeCombo, ui.kmSpin):
            w.blockSignals(True)
        index = ui.placeCombo.findData(place) if place else 0
        ui.placeCombo.setCurrentIndex(max(index, 0))
        ui.kmSpin.setValue(km)
        for w in (ui.placeCombo, ui.kmSpin):
            w.blockSignals(False)

    def clear_filters(self) -> None:
        ui = self.ui
        widgets: list[QWidget] = [*self._filter_combos(), ui.kmSpin, ui.freeCheck,
                                  ui.hideClosedCheck]
        for w in widgets:
            w.blockSignals(True)
        for combo in self._filter_combos():
            combo.setCurrentIndex(0)
        ui.kmSpin.setValue(0)
        ui.freeCheck.setChecked(False)
        ui.hideClosedCheck.setChecked(False)
        for w in widgets:
            w.blockSignals(False)
        self.run_search(immediately=True)

    # -- language ----------------------------------------------------------------------------

    def set_language(self, lang: str, *, remember: bool = True) -> None:
        if lang not in LANGUAGES:
            return
        if self.translations is not None:
            self.translations.install(lang)
        else:
            i18n.set_language(lang)
        changed = lang != self.language
        self.language = lang
        self._language_actions[lang].setChecked(True)
        if remember:
            try:
                with LocalDB(self.paths) as local:
                    local.set("ui.language", lang)
            except UserError as exc:
                self.ui.statusbar.showMessage(exc.text(lang), 10000)
        self.ui.retranslateUi(self)
        self._retranslate_dynamic()
        if changed:
            self.run_search(immediately=True)  # ranking and names follow the language
            self.languageChanged.emit(lang)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self._closed:
            self.ui.retranslateUi(self)
            self._retranslate_dynamic()
        super().changeEvent(event)

    def _retranslate_dynamic(self) -> None:
        ui = self.ui
        self.action_open_logs.setText(self.tr("Open &log folder"))
        self.setLocale(locale_for(self.language))
        self.model.set_language(self.language)
        self._load_filter_options()
        ui.sampleBanner.setText(self.tr(
            "Sample data: this catalogue contains invented services for trying out "
            "HyteDesk. Do not refer clients to them."))
        ui.sampleBanner.setVisible(self.session.pointer.sample_data)
        self._update_catalogue_status()
        self._update_count()
        if self._selected_id:
            self._show_service(self._selected_id)

    def _update_catalogue_status(self) -> None:
        p = self.session.pointer
        created = _parse_time(p.created) or _parse_time(p.imported_at)
        parts = [fill(self.tr("Catalogue version %1"), p.version)]
        if created is not None:
            days = (datetime.now(UTC).date() - created.astimezone(UTC).date()).days
            if days <= 0:
                age = self.tr("updated today")
            elif days == 1:
                age = self.tr("updated yesterday")
            else:
                age = self.tr("updated %n days ago", "", days)
            parts.append(age)
        verified = _parse_time(p.verified_at)
        if verified is not None:
            parts.append(fill(self.tr("verified %1"),
                              day_text(verified.astimezone(HELSINKI).date())))
        if p.sample_data:
            parts.append(self.tr("sample data"))
        self.catalogue_label.setText(" · ".join(parts))

    # -- dialogs -----------------------------------------------------------------------------

    def open_settings(self) -> QDialog:
        """The one settings dialog (window-modal, not blocking): "General" and the pages
        the features add through ``settings_pages``."""
        from hytedesk.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.view, self.paths, self.language, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for add_page in self.settings_pages:
            add_page(dialog)
        dialog.accepted.connect(lambda: self.apply_settings(dialog))
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def apply_settings(self, dialog: QObject) -> None:
        from hytedesk.ui.settings_dialog import SettingsDialog

        assert isinstance(dialog, SettingsDialog)
        values = dialog.values()
        try:
            dialog.save()
        except UserError as exc:
            self.ui.statusbar.showMessage(exc.text(self.language), 10000)
            return
        self._set_place(values["search.default_place"], values["search.max_km"])
        if values["ui.language"] != self.language:
            self.set_language(values["ui.language"], remember=False)
        self.run_search(immediately=True)

    def open_log_folder(self) -> None:
        """Help › Open log folder: the folder in the file manager (for support)."""
        if not open_log_folder():
            self.ui.statusbar.showMessage(self.tr("The log folder could not be opened."), 10000)

    def show_about(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About HyteDesk"),
                          self.tr("HyteDesk helps find well-being and health-promotion "
                                  "services for clients, also with no network connection."),
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    # -- table and shutdown ----------------------------------------------------------------

    def _set_up_table(self) -> None:
        view = self.ui.resultsView
        header = view.horizontalHeader()
        char = self.fontMetrics().averageCharWidth()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(rm.NAME, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(char * 4)
        vertical = view.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)

    def _column_widths(self, available: int) -> dict[int, int]:
        """Widths of the columns beside the name: each fits its content (of the first
        rows) within a cap; when the name would get less than ``NAME_CHARS`` characters
        they shrink to a floor that still shows their longest word, and then the organiser
        and the cost columns are hidden (the detail pane shows both)."""
        metrics = self.ui.resultsView.fontMetrics()
        char = metrics.averageCharWidth()
        pad = char * 3
        model = self.model

        def header(column: int) -> int:
            return metrics.horizontalAdvance(
                str(model.headerData(column, Qt.Orientation.Horizontal))) + pad

        def content(column: int) -> int:
            rows = min(model.rowCount(), 200)
            texts = [str(model.data(model.index(r, column)) or "") for r in range(rows)]
            return max((metrics.horizontalAdvance(t) for t in texts), default=0) + pad

        def longest_word(words: list[str]) -> int:
            return max((metrics.horizontalAdvance(w) for w in words), default=0) + pad

        caps = {rm.ORGANISER: char * 24, rm.WHERE: char * 34, rm.MODES: char * 26,
                rm.COST: char * 14}
        floors = {rm.ORGANISER: char * 10, rm.WHERE: char * 12,
                  rm.MODES: longest_word([mode_label(m) for m in MODES]),
                  rm.COST: longest_word([*model.cost_words(), str(model.headerData(
                      rm.COST, Qt.Orientation.Horizontal))])}
        measured = self._content_widths
        for c in caps:
            if (c, char) not in measured:
                measured[(c, char)] = max(header(c), content(c))
        full = {c: max(floors[c], min(caps[c], measured[(c, char)])) for c in caps}
        room = available - metrics.horizontalAdvance("n" * NAME_CHARS) - pad
        hidden: list[int] = []
        for hide in (None, rm.ORGANISER, rm.COST):
            if hide is not None:
                hidden.append(hide)
            shown = [c for c in full if c not in hidden]
            if sum(floors[c] for c in shown) <= room or hide == rm.COST:
                break
        want = {c: full[c] for c in shown}
        if sum(want.values()) > room:
            spare = max(0, room - sum(floors[c] for c in shown))
            extra = {c: full[c] - floors[c] for c in shown}
            share = min(1.0, spare / (sum(extra.values()) or 1))
            want = {c: int(floors[c] + extra[c] * share) for c in shown}
        return {**want, **{c: 0 for c in hidden}}

    def _size_columns(self) -> None:
        view = self.ui.resultsView
        header = view.horizontalHeader()
        widths = self._column_widths(view.viewport().width())
        for column, width in widths.items():
            header.setSectionHidden(column, width == 0)
            if width:
                header.resizeSection(column, width)

    # -- window geometry -------------------------------------------------------------------

    def _restore_layout(self) -> None:
        """The size and splitter of the last session; on first start at most
        ``DEFAULT_SIZE``, and never larger than the screen's free area."""
        geometry = splitter = pages = ""
        try:
            with LocalDB(self.paths) as local:
                geometry = str(local.get("ui.window_geometry") or "")
                splitter = str(local.get("ui.search_splitter") or "")
                pages = str(local.get("ui.page_splitters") or "")
        except UserError as exc:
            log.warning("window layout not read: %s", exc)
        try:
            saved = json.loads(pages) if pages else {}
        except ValueError:
            saved = {}
        self._page_splitters = {str(k): str(v) for k, v in saved.items()} \
            if isinstance(saved, dict) else {}
        restored = bool(geometry) and self.restoreGeometry(
            QByteArray.fromBase64(geometry.encode("ascii")))
        screen = self.screen().availableGeometry()
        frame = QSize(16, 40)  # room for the window manager's frame and title bar
        room = QSize(max(320, screen.width() - frame.width()),
                     max(240, screen.height() - frame.height()))
        if not restored:
            self.resize(DEFAULT_SIZE.boundedTo(room))
        elif self.width() > room.width() or self.height() > room.height():
            self.resize(self.size().boundedTo(room))
        ui = self.ui
        if not (splitter and ui.mainSplitter.restoreState(
                QByteArray.fromBase64(splitter.encode("ascii")))):
            char = self.fontMetrics().averageCharWidth()
            filters = ui.filterScroll.minimumWidth()
            rest = max(0, self.width() - filters)
            detail = max(ui.detailScroll.minimumWidth(), min(char * 55, rest * 30 // 100))
            ui.mainSplitter.setSizes([filters, rest - detail, detail])

    def restore_splitter(self, splitter: QSplitter) -> bool:
        """Gives a page's splitter (by its object name) the sizes it had last time."""
        state = self._page_splitters.get(splitter.objectName())
        return bool(state) and splitter.restoreState(
            QByteArray.fromBase64(str(state).encode("ascii")))

    def save_layout(self) -> None:
        """Remembers the window's size and position and the search page's splitter."""
        try:
            with LocalDB(self.paths) as local:
                local.set("ui.window_geometry",
                          bytes(self.saveGeometry().toBase64().data()).decode("ascii"))
                local.set("ui.search_splitter",
                          bytes(self.ui.mainSplitter.saveState().toBase64().data())
                          .decode("ascii"))
                for split in self.findChildren(QSplitter):
                    if split is not self.ui.mainSplitter and split.objectName():
                        self._page_splitters[split.objectName()] = bytes(
                            split.saveState().toBase64().data()).decode("ascii")
                local.set("ui.page_splitters", json.dumps(self._page_splitters,
                                                          sort_keys=True))
        except UserError as exc:
            log.warning("window layout not saved: %s", exc)

    def shutdown(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self.isVisible():
            self.save_layout()
        self.aboutToClose.emit()
        self.search.shutdown()
        self.model.set_source(None)
        self.session.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
