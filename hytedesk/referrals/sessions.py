"""Next sessions of a service from its HSDS schedules (WEEKLY / MONTHLY, byday).

The sessions themselves come from ``hytedesk.catalogue.schedule`` (shared with the detail pane);
this module gives them the shape the handout and the reasons use, and reports a schedule
open every day round the clock as *always open* rather than as sessions.
"""

from __future__ import annotations

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


def next_sessions(schedules: Iterable[dict[str, Any]], after: datetime, count: int = 3,
                  horizon_days: int = 62) -> list[Session]:
    """The next ``count`` sessions at or after ``after`` (naive: Helsinki wall-clock time),
    within ``horizon_days``; a session still running counts. Computed by
    ``hytedesk.catalogue.schedule`` (the same rules as the detail pane)."""
    from hytedesk.catalogue import schedule

    out: list[Session] = []
    last_day = after.date() + timedelta(days=horizon_days)
    for occ in schedule.next_sessions(list(schedules), after, count):
        day = occ.start.date()
        if day > last_day:
            break
        opens = None if occ.all_day else occ.start.timetz().replace(tzinfo=None)
        closes = None
        if occ.end is not None and not occ.all_day:
            closes = occ.end.timetz().replace(tzinfo=None)  # 00:00 after 24:00 closing
        out.append(Session(day, opens, closes, occ.description))
    return out
