"""The next sessions of a service, computed from its HSDS schedules (no Qt).

Schedules follow docs/bundle-format.md: ``freq`` ``WEEKLY`` or ``MONTHLY``; ``byday`` a
comma list of ``MO``…``SU``, in MONTHLY optionally with a week number (``1TU``, ``-1FR``);
``bymonthday`` day numbers (negative counts from the month's end); ``opens_at`` and
``closes_at`` ``HH:MM`` wall-clock times in Europe/Helsinki (``24:00`` closes at midnight);
``valid_from``/``valid_to`` and ``dtstart`` dates bound the schedule. A schedule this module
cannot read is skipped rather than guessed at: a wrong time is worse than none.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

HELSINKI = ZoneInfo("Europe/Helsinki")
DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
HORIZON_DAYS = 400


@dataclass(frozen=True)
class Occurrence:
    """One session: aware datetimes in Europe/Helsinki; ``end`` is None when not given."""

    start: datetime
    end: datetime | None
    all_day: bool
    description: str | None = None


@dataclass(frozen=True)
class _Rule:
    freq: str
    weekdays: frozenset[int]  # every such weekday (WEEKLY, or MONTHLY without a number)
    nth_weekdays: frozenset[tuple[int, int]]  # (week number, weekday) for MONTHLY
    monthdays: frozenset[int]
    opens: time | None
    closes: time | None
    closes_midnight: bool
    first: date | None
    last: date | None
    description: str | None


def _parse_time(value: Any) -> tuple[time | None, bool]:
    """``HH:MM`` (or ``HH:MM:SS``) as a time; ``24:00`` gives (None, True)."""
    if not isinstance(value, str) or not value.strip():
        return None, False
    parts = value.strip().split(":")
    if len(parts) not in (2, 3) or not all(p.isdigit() for p in parts):
        raise ValueError(value)
    hour, minute = int(parts[0]), int(parts[1])
    if hour == 24 and minute == 0:
        return None, True
    return time(hour, minute), False


def _parse_date(value: Any) -> date | None:
    if not isinstance(value, str) or not value.strip():
        return None
    return date.fromisoformat(value.strip()[:10])


def _parse_rule(s: Mapping[str, Any]) -> _Rule | None:
    freq = str(s.get("freq") or "").upper()
    if freq not in ("WEEKLY", "MONTHLY"):
        return None
    try:
        weekdays: set[int] = set()
        nth: set[tuple[int, int]] = set()
        for item in str(s.get("byday") or "").replace(" ", "").split(","):
            if not item:
                continue
            day = item[-2:].upper()
            if day not in DAYS:
                return None
            number = item[:-2]
            if number and freq == "MONTHLY":
                n = int(number)
                if n == 0 or not -5 <= n <= 5:
                    return None
                nth.add((n, DAYS.index(day)))
            else:
                weekdays.add(DAYS.index(day))
        raw_md = s.get("bymonthday")
        monthdays: set[int] = set()
        if isinstance(raw_md, int):
            monthdays.add(raw_md)
        elif isinstance(raw_md, str) and raw_md.strip():
            monthdays.update(int(x) for x in raw_md.split(",") if x.strip())
        elif isinstance(raw_md, list):
            monthdays.update(int(x) for x in raw_md)
        opens, _ = _parse_time(s.get("opens_at"))
        closes, midnight = _parse_time(s.get("closes_at"))
        first = max((d for d in (_parse_date(s.get("valid_from")), _parse_date(s.get("dtstart")))
                     if d is not None), default=None)
        last = _parse_date(s.get("valid_to"))
    except (ValueError, TypeError):
        return None
    if freq == "WEEKLY" and not weekdays:
        return None
    if freq == "MONTHLY" and not (weekdays or nth or monthdays):
        return None
    desc = s.get("description")
    return _Rule(freq, frozenset(weekdays), frozenset(nth), frozenset(monthdays), opens, closes,
                 midnight, first, last, desc if isinstance(desc, str) and desc.strip() else None)


def _matches(rule: _Rule, day: date) -> bool:
    if rule.first is not None and day < rule.first:
        return False
    if rule.last is not None and day > rule.last:
        return False
    weekday = day.weekday()
    if weekday in rule.weekdays:
        return True
    if rule.freq != "MONTHLY":
        return False
    days_in_month = calendar.monthrange(day.year, day.month)[1]
    if day.day in rule.monthdays or day.day - days_in_month - 1 in rule.monthdays:
        return True
    if rule.nth_weekdays:
        from_start = (day.day - 1) // 7 + 1
        from_end = -((days_in_month - day.day) // 7 + 1)
        return (from_start, weekday) in rule.nth_weekdays or (
            from_end, weekday) in rule.nth_weekdays
    return False


def _occurrence(rule: _Rule, day: date) -> Occurrence:
    if rule.opens is None:
        start = datetime.combine(day, time(0, 0), HELSINKI)
        return Occurrence(start, None, True, rule.description)
    start = datetime.combine(day, rule.opens, HELSINKI)
    end: datetime | None = None
    if rule.closes_midnight:
        end = datetime.combine(day + timedelta(days=1), time(0, 0), HELSINKI)
    elif rule.closes is not None:
        end_day = day if rule.closes > rule.opens else day + timedelta(days=1)
        end = datetime.combine(end_day, rule.closes, HELSINKI)
    return Occurrence(start, end, False, rule.description)


def next_sessions(schedules: Iterable[Mapping[str, Any]], now: datetime,
                  n: int = 3) -> list[Occurrence]:
    """The next ``n`` sessions at or after ``now`` (a session still running counts).

    ``now`` may be naive (taken as Helsinki wall-clock time) or aware.
    """
    now = now.replace(tzinfo=HELSINKI) if now.tzinfo is None else now.astimezone(HELSINKI)
    rules = [r for r in (_parse_rule(s) for s in schedules if isinstance(s, Mapping))
             if r is not None]
    found: list[Occurrence] = []
    if not rules or n <= 0:
        return found
    today = now.date()
    for offset in range(-1, HORIZON_DAYS):  # yesterday: a session running past midnight
        day = today + timedelta(days=offset)
        for rule in rules:
            if rule.last is not None and day > rule.last:
                continue
            if not _matches(rule, day):
                continue
            occ = _occurrence(rule, day)
            finish = occ.end if occ.end is not None else (
                occ.start + timedelta(days=1) if occ.all_day else occ.start)
            if finish > now or (occ.end is None and not occ.all_day and occ.start >= now):
                found.append(occ)
        if len(found) >= n and offset >= 0:
            break
    found = sorted(set(found), key=lambda o: (o.start, o.end or o.start))
    return found[:n]


def collect_schedules(service: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """Every schedule of an HSDS service: its own, per service-at-location, per location."""
    out: list[Mapping[str, Any]] = list(service.get("schedules") or [])
    for sal in service.get("service_at_locations") or []:
        if not isinstance(sal, Mapping):
            continue
        out.extend(sal.get("schedules") or [])
        loc = sal.get("location") or {}
        if isinstance(loc, Mapping):
            out.extend(loc.get("schedules") or [])
    return [s for s in out if isinstance(s, Mapping)]
