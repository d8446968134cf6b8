"""The small-cell rule on everything meant for others: ``hytedesk stats`` and CSV exports."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hytedesk.base.disclosure import HIDDEN, suppress
from hytedesk.commands.main import main as cli_main
from hytedesk.local.localdb import LocalDB
from hytedesk.referrals.model import ClientContext, Referral, ServiceRef, UnmetNeed
from hytedesk.referrals.stats import month_bounds, statistics, to_csv
from hytedesk.referrals.store import save_referral


def _save(local: LocalDB, day: date, items: tuple[str, ...], muni: str,
          unmet: tuple[str, ...] = ()) -> int:
    return save_referral(local, Referral(
        context=ClientContext(age_band="75+", municipality=muni), staff_service_area="home-care",
        items=items, themes=("5",), chosen=[ServiceRef("vertais", "Leskien vertaistukiryhmä")],
        unmet=[UnmetNeed(u, "5", muni) for u in unmet]), today=day)


@pytest.fixture
def november(local: LocalDB) -> None:
    """The probe's case: one violence-or-crime referral in Ristijärvi on 17 November among
    a month of loneliness referrals in Suomussalmi."""
    for day in range(2, 12):
        _save(local, date(2026, 11, day), ("loneliness",), "Suomussalmi")
    _save(local, date(2026, 11, 17), ("violence-crime",), "Ristijärvi", unmet=("violence-crime",))


def test_a_one_day_window_becomes_the_whole_month() -> None:
    assert month_bounds(date(2026, 11, 17), date(2026, 11, 17)) == \
        (date(2026, 11, 1), date(2026, 11, 30))
    assert month_bounds(date(2026, 12, 5), date(2026, 12, 31)) == \
        (date(2026, 12, 1), date(2026, 12, 31))
    assert month_bounds(date(2024, 2, 3), date(2024, 2, 3))[1] == date(2024, 2, 29)


@pytest.mark.parametrize("by, hidden_value", [("municipality", "Ristijärvi"),
                                               ("situation", "violence-crime"),
                                               ("unmet", "violence-crime")])
def test_cli_stats_of_17_november_show_no_single_client(
        november: None, by: str, hidden_value: str,
        capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert cli_main(["stats", "--by", by, "--from", "2026-11-17", "--to", "2026-11-17",
                     "--csv", "--dialect", "rfc4180"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsysbinary.readouterr().out.decode(),
                                           newline="")))
    counts = {r["value"]: r["count"] for r in rows}
    assert counts[hidden_value] == HIDDEN
    for r in rows:
        assert r["count"] == HIDDEN or int(r["count"]) == 0 or int(r["count"]) >= 5
    # The month's total cannot give the hidden cell back: the one other cell is hidden too
    # when there is one (complementary suppression).
    shown = [r for r in rows if r["value"] and r["count"] != HIDDEN]
    if by == "unmet":
        assert counts[""] == HIDDEN  # one unmet need in all: the total is small as well
    else:
        assert counts[""] == "11" and shown == []


def test_cli_table_output_follows_the_rule(november: None,
                                          capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert cli_main(["stats", "--by", "municipality", "--from", "2026-11-17"]) == 0
    out = capsysbinary.readouterr().out.decode()
    assert "Ristijärvi" in out and f"{HIDDEN}  Ristijärvi" in out
    assert " 1  Ristijärvi" not in out


def test_every_csv_export_suppresses(local: LocalDB, november: None) -> None:
    rows = statistics(local.conn, "municipality")
    for dialect in ("excel-fi", "rfc4180"):
        text = to_csv(rows, dialect).decode("utf-8-sig")
        assert ";1\r\n" not in text and ",1\r\n" not in text
        assert HIDDEN in text


def test_complementary_suppression_covers_the_margin() -> None:
    table = suppress({("2026-11", "A"): 20, ("2026-11", "B"): 3, ("2026-11", "C"): 9})
    assert table.cells[("2026-11", "B")] is None
    assert table.cells[("2026-11", "C")] is None  # the smallest other cell goes too
    assert table.cells[("2026-11", "A")] == 20
    assert table.row_totals["2026-11"] == 32


counts = st.dictionaries(st.tuples(st.sampled_from("abcd"), st.sampled_from("wxyz")),
                         st.integers(0, 12), max_size=16)


@given(counts)
def test_no_line_gives_a_hidden_count_away(data: dict) -> None:
    """Small counts are hidden, shown counts are true, and no row or column (totals
    included) has exactly one hidden member that the others would give away."""
    table = suppress(data)
    rows = sorted({r for r, _ in table.cells})
    cols = sorted({c for _, c in table.cells})
    for key, n in table.cells.items():
        original = data.get(key, 0)
        if 0 < original < 5:
            assert n is None
        elif n is not None:
            assert n == original
    lines = [[table.cells[(r, c)] for c in cols] + [table.row_totals[r]] for r in rows]
    lines += [[table.cells[(r, c)] for r in rows] + [table.col_totals[c]] for c in cols]
    lines.append([table.row_totals[r] for r in rows] + [table.total])
    lines.append([table.col_totals[c] for c in cols] + [table.total])
    for line in lines:
        assert sum(v is None for v in line) != 1, line
