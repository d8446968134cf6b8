"""The results model on its own: ids only, rows fetched lazily in blocks."""

from __future__ import annotations

from array import array

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from hytedesk.catalogue.search import SearchQuery
from hytedesk.ui import results_model as rm
from hytedesk.ui.catalogue_view import ServiceRow
from hytedesk.ui.worker import ResultSet

N = 100_000


class CountingSource:
    def __init__(self) -> None:
        self.asked: list[int] = []

    def rows(self, rowids: list[int], lang: str) -> dict[int, ServiceRow]:
        self.asked.extend(rowids)
        return {i: ServiceRow(i, f"s{i}", f"Palvelu {i}", "Järjestäjä", "Kajaani",
                              ("in-person", "phone") if i % 2 else ("video",), i % 3 == 0,
                              i % 10 == 0, True) for i in rowids}


def big_result() -> ResultSet:
    return ResultSet(request_id=1, query=SearchQuery(), rowids=array("q", range(N, 0, -1)),
                     distances={N: 3.25, N - 1: 42.0}, nearest_city={N: "Paltamo"})


def test_holds_ids_and_fetches_only_the_rows_asked_for(qapp) -> None:
    source = CountingSource()
    model = rm.ResultsModel(source)
    model.set_language("en")
    model.set_results(big_result())
    assert model.rowCount() == N and model.columnCount() == 5
    assert source.asked == []
    assert model.data(model.index(N - 1, rm.NAME)) == "Palvelu 1"
    assert len(source.asked) <= rm.BLOCK
    assert model.data(model.index(0, rm.WHERE)) in ("Paltamo · 3.2 km", "Paltamo · 3.3 km")
    assert model.data(model.index(1, rm.WHERE)) == "Kajaani · 42 km"
    assert model.data(model.index(2, rm.WHERE)) == "Kajaani"
    assert model.data(model.index(0, rm.MODES)) == "by video"
    assert model.data(model.index(1, rm.MODES)) == "in person, by phone"
    assert model.data(model.index(0, rm.NAME), rm.ServiceIdRole) == f"s{N}"
    assert model.row_of_rowid(1) == N - 1


def test_cache_stays_small_while_scrolling_a_national_catalogue(qtbot) -> None:
    source = CountingSource()
    model = rm.ResultsModel(source)
    view = QTableView()
    qtbot.addWidget(view)
    view.verticalHeader().setSectionResizeMode(view.verticalHeader().ResizeMode.Fixed)
    view.setModel(model)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    model.set_results(big_result())
    for row in range(0, N, N // 20):
        view.scrollTo(model.index(row, 0))
        view.viewport().repaint()
    view.scrollToBottom()
    view.viewport().repaint()
    assert len(source.asked) < 50 * rm.BLOCK  # a tiny part of 100,000
    assert len(model._cache) <= rm.CACHED_BLOCKS
    assert model.data(model.index(N - 1, rm.NAME)) == "Palvelu 1"


def test_closed_rows_are_italic_and_marked(qapp) -> None:
    model = rm.ResultsModel(CountingSource())
    model.set_language("en")
    model.set_results(big_result())
    row = N - 10  # rowid 10: closed
    assert model.data(model.index(row, rm.NAME)) == "Palvelu 10 (temporarily closed)"
    assert model.data(model.index(row, rm.NAME), Qt.ItemDataRole.FontRole).italic()
    assert model.data(model.index(row, rm.NAME), Qt.ItemDataRole.AccessibleTextRole).endswith(
        "sample entry")


def test_reset_on_new_results_and_on_language(qtbot) -> None:
    model = rm.ResultsModel(CountingSource())
    with qtbot.waitSignal(model.modelReset):
        model.set_results(big_result())
    with qtbot.waitSignal(model.dataChanged):
        model.set_language("sv")
    with qtbot.waitSignal(model.modelReset):
        model.clear()
    assert model.rowCount() == 0
