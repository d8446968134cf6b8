"""The results table: row ids in rank order, row contents fetched lazily in blocks.

The model keeps only the ids of a search's answer (plus the distances that depend on the
query); what a row shows is read when the view first asks for it, a block of rows at a
time, and kept in a small cache. 100,000 results cost 800 kB of ids and scroll smoothly.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from hytedesk.ui.catalogue_view import ServiceRow
from hytedesk.ui.code_labels import mode_label
from hytedesk.ui.safe_text import plain_tooltip, shorten
from hytedesk.ui.translation import locale_for
from hytedesk.ui.worker import ResultSet

NAME, ORGANISER, WHERE, MODES, COST = range(5)
COLUMN_COUNT = 5
ServiceIdRole = Qt.ItemDataRole.UserRole + 1
RowIdRole = Qt.ItemDataRole.UserRole + 2
ClosedRole = Qt.ItemDataRole.UserRole + 3
SampleRole = Qt.ItemDataRole.UserRole + 4

BLOCK = 100
CACHED_BLOCKS = 50
SHOWN_CHARS = 300

_Index = QModelIndex | QPersistentModelIndex
_ROLES = frozenset({
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.DecorationRole,
    ServiceIdRole, RowIdRole, ClosedRole, SampleRole,
})


class RowSource(Protocol):
    def rows(self, rowids: list[int], lang: str) -> dict[int, ServiceRow]: ...


class ResultsModel(QAbstractTableModel):
    moreWanted = Signal()  # the view reached the end of an incomplete answer

    def __init__(self, source: RowSource | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._incomplete = False
        self._more_asked = False
        self._max_km: float | None = None
        self._source = source
        self._rowids = array("q")
        self._distances: dict[int, float] = {}
        self._nearest: dict[int, str] = {}
        self._partial: dict[int, tuple[str, ...]] = {}
        self._cache: OrderedDict[int, dict[int, ServiceRow]] = OrderedDict()
        self._lang = "fi"
        self.blocks_fetched = 0

    # -- filling ------------------------------------------------------------------------

    def set_source(self, source: RowSource | None) -> None:
        self.beginResetModel()
        self._source = source
        self._incomplete = False
        self._rowids = array("q")
        self._distances, self._nearest = {}, {}
        self._cache.clear()
        self.endResetModel()

    def set_results(self, result: ResultSet) -> None:
        self.beginResetModel()
        self._max_km = result.query.max_km if result.query is not None else None
        self._incomplete = not result.complete
        self._more_asked = False
        self._rowids = array("q", result.rowids)
        self._distances = result.distances
        self._nearest = result.nearest_city
        self._partial = result.partial
        self._cache.clear()
        self.endResetModel()

    def append_results(self, result: ResultSet) -> int:
        """Adds the services of a longer answer that are not shown yet; returns how many."""
        self._incomplete = not result.complete
        shown = set(self._rowids)
        new = array("q", (r for r in result.rowids if r not in shown))
        if not new:
            return 0
        first = len(self._rowids)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        self._rowids.extend(new)
        for block_no in [b for b in self._cache if b >= first // BLOCK]:
            del self._cache[block_no]  # a partly filled last block is read again
        self._distances = {**result.distances, **self._distances}
        self._nearest = {**result.nearest_city, **self._nearest}
        self._partial = {**result.partial, **self._partial}
        self.endInsertRows()
        return len(new)

    def clear(self) -> None:
        self.set_results(ResultSet(request_id=0, query=None))  # type: ignore[arg-type]

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self._cache.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self._rowids:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rowids) - 1, COLUMN_COUNT - 1))

    # -- reading ------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rowids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._incomplete and not self._more_asked

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._more_asked = True
            self.moreWanted.emit()

    def rowid(self, row: int) -> int:
        return self._rowids[row]

    def row_of_rowid(self, rowid: int) -> int | None:
        try:
            return self._rowids.index(rowid)
        except ValueError:
            return None

    def service_row(self, row: int) -> ServiceRow | None:
        if not 0 <= row < len(self._rowids) or self._source is None:
            return None
        block_no = row // BLOCK
        block = self._cache.get(block_no)
        if block is None:
            ids = list(self._rowids[block_no * BLOCK : (block_no + 1) * BLOCK])
            block = self._source.rows(ids, self._lang)
            self.blocks_fetched += 1
            self._cache[block_no] = block
            while len(self._cache) > CACHED_BLOCKS:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(block_no)
        return block.get(self._rowids[row])

    def service_id(self, row: int) -> str | None:
        r = self.service_row(row)
        return r.id if r else None

    def distance(self, row: int) -> float | None:
        return self._distances.get(self._rowids[row])

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            NAME: self.tr("Service"),
            ORGANISER: self.tr("Organiser"),
            WHERE: self.tr("Where"),
            MODES: self.tr("How"),
            COST: self.tr("Cost"),
        }.get(section)

    def language_note(self, languages: tuple[str, ...]) -> str:
        """"%1 (in Swedish)": a service given only in other languages than the user's."""
        notes = {"fi": self.tr("%1 (in Finnish)"), "sv": self.tr("%1 (in Swedish)"),
                 "en": self.tr("%1 (in English)")}
        return next((notes[x] for x in languages if x in notes), "%1")

    def cost_words(self) -> tuple[str, str]:
        return self.tr("free"), self.tr("fee")

    def _where(self, r: ServiceRow) -> str:
        km = self._distances.get(r.rowid)
        place = self._nearest.get(r.rowid) or r.municipality or ""
        if km is None:
            if place:
                return place
            return self.tr("remote") if ("phone" in r.modes or "video" in r.modes) else ""
        shown_km = locale_for(self._lang).toString(km, "f", 1 if km < 10 else 0)
        text = f"{place} · {shown_km} km" if place else f"{shown_km} km"
        if self._beyond_limit(r):
            # farther than asked, shown because it works by phone or video: the reason
            # comes first, so that a narrow column still shows it
            text = self.tr("remote: %1").replace("%1", text)
        return text

    def _beyond_limit(self, r: ServiceRow) -> bool:
        km = self._distances.get(r.rowid)
        return (km is not None and self._max_km is not None and km > self._max_km
                and ("phone" in r.modes or "video" in r.modes))

    def _display(self, r: ServiceRow, column: int) -> str:
        if column == NAME:
            name = shorten(r.name, SHOWN_CHARS)
            if r.closed:
                name = self.tr("%1 (temporarily closed)").replace("%1", name)
            # Finnish is the catalogue's main language: only a service given neither in it
            # nor in the user's language is marked ("… (in Swedish)").
            if r.languages and self._lang not in r.languages and "fi" not in r.languages:
                name = self.language_note(r.languages).replace("%1", name)
            if r.rowid in self._partial:
                name = self.tr("%1 (partial match)").replace("%1", name)
            return name
        if column == ORGANISER:
            return shorten(r.organization, SHOWN_CHARS)
        if column == WHERE:
            return self._where(r)
        if column == MODES:
            modes = list(r.modes)
            if self._beyond_limit(r):  # the way that makes it reachable comes first
                modes.sort(key=lambda m: m not in ("phone", "video"))
            return ", ".join(mode_label(m) for m in modes)
        if column == COST:
            free, fee = self.cost_words()
            return free if r.free else fee
        return ""

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():
            return None  # the view asks for many roles per cell; most are not ours
        r = self.service_row(index.row())
        if r is None:
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self._display(r, col)
            if role == Qt.ItemDataRole.AccessibleTextRole and col == NAME and r.sample:
                text = self.tr("%1, sample entry").replace("%1", text)
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._display(r, col)
            if col == WHERE and self._beyond_limit(r):
                text += "\n" + self.tr("Farther than the distance limit; listed because it "
                                       "works by phone or video.")
            if col == NAME and r.sample:
                text += "\n" + self.tr("Sample entry: invented for trying out the app.")
            if col == NAME and r.rowid in self._partial:
                text += "\n" + self.tr("Matches only some of the words; nothing found for: %1"
                                       ).replace("%1", ", ".join(self._partial[r.rowid]))
            return plain_tooltip(text)
        if role == Qt.ItemDataRole.FontRole and r.closed:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and r.closed:
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled,
                                                QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.DecorationRole and col == NAME and r.sample:
            return QColor("#d08a00")  # the amber of the sample-data banner
        if role == ServiceIdRole:
            return r.id
        if role == RowIdRole:
            return r.rowid
        if role == ClosedRole:
            return r.closed
        if role == SampleRole:
            return r.sample
        return None
