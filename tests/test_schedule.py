"""Next sessions from HSDS schedules: weekly, monthly, validity, midnight and DST."""

from __future__ import annotations

from datetime import UTC, datetime

from hytedesk.catalogue.schedule import HELSINKI, collect_schedules, next_sessions


def hel(y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=HELSINKI)


def starts(schedules: list[dict], now: datetime, n: int = 3) -> list[datetime]:
    return [o.start for o in next_sessions(schedules, now, n)]


WEEKLY = {"id": "s1", "freq": "WEEKLY", "byday": "TU,TH", "opens_at": "10:00",
          "closes_at": "12:00"}


def test_weekly_next_three() -> None:
    # 2026-11-30 is a Monday
    assert starts([WEEKLY], hel(2026, 11, 30, 9)) == [
        hel(2026, 12, 1, 10), hel(2026, 12, 3, 10), hel(2026, 12, 8, 10)]


def test_session_running_now_counts_and_finished_one_does_not() -> None:
    running = next_sessions([WEEKLY], hel(2026, 12, 1, 11))
    assert running[0].start == hel(2026, 12, 1, 10)
    assert running[0].end == hel(2026, 12, 1, 12)
    after = next_sessions([WEEKLY], hel(2026, 12, 1, 12, 1))
    assert after[0].start == hel(2026, 12, 3, 10)


def test_naive_now_is_helsinki_time_and_aware_now_is_converted() -> None:
    assert starts([WEEKLY], datetime(2026, 11, 30, 9), 1) == [hel(2026, 12, 1, 10)]
    # 08:30 UTC on Tuesday is 10:30 in Helsinki: the session is running
    assert starts([WEEKLY], datetime(2026, 12, 1, 8, 30, tzinfo=UTC), 1) == [
        hel(2026, 12, 1, 10)]
    # 10:30 UTC is 12:30 in Helsinki: over
    assert starts([WEEKLY], datetime(2026, 12, 1, 10, 30, tzinfo=UTC), 1) == [
        hel(2026, 12, 3, 10)]


def test_monthly_nth_and_last_weekday() -> None:
    first_tuesday = {"freq": "MONTHLY", "byday": "1TU", "opens_at": "13:00",
                     "closes_at": "15:00"}
    assert starts([first_tuesday], hel(2026, 11, 28)) == [
        hel(2026, 12, 1, 13), hel(2027, 1, 5, 13), hel(2027, 2, 2, 13)]
    last_friday = {"freq": "MONTHLY", "byday": "-1FR", "opens_at": "09:00"}
    assert starts([last_friday], hel(2026, 11, 1), 2) == [
        hel(2026, 11, 27, 9), hel(2026, 12, 25, 9)]


def test_monthly_by_month_day() -> None:
    rule = {"freq": "MONTHLY", "bymonthday": "15,-1", "opens_at": "08:00",
            "closes_at": "16:00"}
    assert starts([rule], hel(2027, 1, 20)) == [
        hel(2027, 1, 31, 8), hel(2027, 2, 15, 8), hel(2027, 2, 28, 8)]


def test_valid_from_and_valid_to_bound_the_schedule() -> None:
    rule = dict(WEEKLY, valid_from="2026-12-05", valid_to="2026-12-10")
    assert starts([rule], hel(2026, 11, 30), 5) == [hel(2026, 12, 8, 10), hel(2026, 12, 10, 10)]
    expired = dict(WEEKLY, valid_to="2026-01-01")
    assert next_sessions([expired], hel(2026, 11, 30)) == []


def test_closing_at_midnight_and_overnight() -> None:
    late = {"freq": "WEEKLY", "byday": "FR", "opens_at": "18:00", "closes_at": "24:00"}
    occ = next_sessions([late], hel(2026, 11, 27, 23))[0]
    assert occ.start == hel(2026, 11, 27, 18)
    assert occ.end == hel(2026, 11, 28, 0)
    night = {"freq": "WEEKLY", "byday": "SA", "opens_at": "22:00", "closes_at": "02:00"}
    occ = next_sessions([night], hel(2026, 11, 29, 1))[0]  # Sunday 01:00: still on
    assert occ.start == hel(2026, 11, 28, 22)
    assert occ.end == hel(2026, 11, 29, 2)


def test_wall_clock_time_across_daylight_saving_change() -> None:
    # Summer time ends on Sunday 2026-10-25: the Tuesday sessions stay at 10:00 local
    got = next_sessions([WEEKLY], hel(2026, 10, 19), 4)
    assert [o.start.hour for o in got] == [10, 10, 10, 10]
    assert got[0].start.utcoffset() != got[-1].start.utcoffset()


def test_several_schedules_merge_in_time_order() -> None:
    other = {"freq": "WEEKLY", "byday": "MO", "opens_at": "17:00", "closes_at": "18:00",
             "description": "Iltaryhmä"}
    got = next_sessions([WEEKLY, other], hel(2026, 11, 30, 9), 3)
    assert [o.start for o in got] == [hel(2026, 11, 30, 17), hel(2026, 12, 1, 10),
                                      hel(2026, 12, 3, 10)]
    assert got[0].description == "Iltaryhmä"


def test_bad_or_unknown_schedules_are_skipped() -> None:
    bad = [{"freq": "DAILY", "opens_at": "10:00"}, {"freq": "WEEKLY", "byday": "XX"},
           {"freq": "WEEKLY", "byday": "MO", "opens_at": "25:99"}, {"freq": "WEEKLY"},
           "not a schedule", {"freq": "MONTHLY", "byday": "9MO"}]
    assert next_sessions(bad, hel(2026, 11, 30)) == []  # type: ignore[arg-type]
    assert next_sessions([WEEKLY, *bad], hel(2026, 11, 30), 1)[0].start == hel(2026, 12, 1, 10)


def test_whole_day_without_times() -> None:
    occ = next_sessions([{"freq": "WEEKLY", "byday": "WE"}], hel(2026, 12, 2, 15))[0]
    assert occ.all_day and occ.start == hel(2026, 12, 2)


def test_collect_schedules_from_service_and_locations() -> None:
    service = {"schedules": [WEEKLY], "service_at_locations": [
        {"schedules": [{"freq": "WEEKLY", "byday": "MO"}],
         "location": {"schedules": [{"freq": "WEEKLY", "byday": "FR"}]}}]}
    assert len(collect_schedules(service)) == 3
