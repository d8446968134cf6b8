"""Next sessions of a service from its HSDS schedules (WEEKLY / MONTHLY, byday).

A small helper for the referral workflow: times are Europe/Helsinki wall-clock times,
``valid_from``/``valid_to`` bound the schedule, and a schedule open every day round the
clock is reported as *always open* rather than as sessions.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass(frozen=True)
class Session:
    day: date
    opens: time | None
    closes: time | None  # None with opens: open-ended; time(0) after 24:00 closing
    description: str | None = None


def _time(value: object) -> time | None:
    if not isinstance(value, str) or ":" not in value:
        return None
    hh, mm = value.split(":", 1)
    try:
        h, m = int(hh), int(mm[:2])
    except ValueError:
        return None
    if h == 24:
        return time(0, 0)
    if not (0 <= h < 24 and 0 <= m < 60):
        return None
    return time(h, m)


def _date(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _parse_byday(byday: str) -> list[tuple[int | None, int]]:
    """``"MO,WE"`` → [(None, 0), (None, 2)]; ``"1TU,-1FR"`` → [(1, 1), (-1, 4)]."""
    out: list[tuple[int | None, int]] = []
    for part in byday.split(","):
        part = part.strip().upper()
        if len(part) < 2 or part[-2:] not in DAYS:
            continue
        prefix = part[:-2]
        try:
            nth = int(prefix) if prefix else None
        except ValueError:
            continue
        out.append((nth, DAYS.index(part[-2:])))
    return out


def always_open(schedules: Iterable[dict[str, Any]]) -> bool:
    for s in schedules:
        days = {d for _, d in _parse_byday(str(s.get("byday") or ""))}
        if (str(s.get("freq", "")).upper() == "WEEKLY" and len(days) == 7
                and s.get("opens_at") in ("00:00", None) and s.get("closes_at") == "24:00"):
            return True
    return False


def _matches(day: date, freq: str, rules: list[tuple[int | None, int]]) -> bool:
    wd = day.weekday()
    for nth, rule_wd in rules:
        if rule_wd != wd:
            continue
        if freq == "WEEKLY" or nth is None:
            return True
        index = (day.day - 1) // 7 + 1
        last_day = calendar.monthrange(day.year, day.month)[1]
        from_end = -((last_day - day.day) // 7 + 1)
        if nth in (index, from_end):
            return True
    return False


def next_sessions(schedules: Iterable[dict[str, Any]], after: datetime, count: int = 3,
                  horizon_days: int = 62) -> list[Session]:
    """The next ``count`` sessions starting at or after ``after`` (naive local time)."""
    parsed = []
    for s in schedules:
        freq = str(s.get("freq") or "WEEKLY").upper()
        rules = _parse_byday(str(s.get("byday") or ""))
        if freq not in ("WEEKLY", "MONTHLY") or not rules:
            continue
        parsed.append((freq, rules, _time(s.get("opens_at")), _time(s.get("closes_at")),
                       _date(s.get("valid_from") or s.get("dtstart")), _date(s.get("valid_to")),
                       s.get("description") if isinstance(s.get("description"), str) else None))
    out: list[Session] = []
    start = after.date()
    for offset in range(horizon_days + 1):
        day = start + timedelta(days=offset)
        for freq, rules, opens, closes, valid_from, valid_to, desc in parsed:
            if valid_from and day < valid_from or valid_to and day > valid_to:
                continue
            if not _matches(day, freq, rules):
                continue
            if offset == 0 and opens is not None and opens < after.time():
                continue
            out.append(Session(day, opens, closes, desc))
        if len(out) >= count:
            break
    out.sort(key=lambda s: (s.day, s.opens or time(0)))
    return out[:count]
