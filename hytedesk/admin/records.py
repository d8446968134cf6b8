"""Helpers that build the bundle's HSDS records the same way from every source."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from hytedesk.admin.context import Ctx, Origin
from hytedesk.base.phones import parse_numbers

LANGS = ("fi", "sv", "en")
DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
FINLAND_LAT = (59.0, 70.5)
FINLAND_LON = (19.0, 31.6)
HELSINKI = ZoneInfo("Europe/Helsinki")
_TIME = re.compile(r"^\s*(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_FI_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")

Rec = dict[str, Any]


def lst(value: Any) -> list[Any]:
    """``value`` when it is a list, else an empty one (inputs are not trusted)."""
    return value if isinstance(value, list) else []


def put_text(rec: Rec, fld: str, texts: dict[str, str], main: str = "fi") -> None:
    """Sets ``rec[fld]`` in the main language (or the first there is) and the others as
    ``translations``."""
    if not texts:
        return
    top = main if main in texts else next(lang for lang in (*LANGS, *texts) if lang in texts)
    rec[fld] = texts[top]
    for lang, value in texts.items():
        if lang != top and lang in LANGS and value != texts[top]:
            rec.setdefault("translations", {}).setdefault(lang, {})[fld] = value


def parse_time(value: Any, *, closing: bool) -> str | None:
    """``HH:MM`` from ``H:MM``, ``HH.MM`` or ``HH:MM:SS``; None when not a valid time."""
    if not isinstance(value, str):
        return None
    m = _TIME.match(value)
    if not m:
        return None
    h, mi, sec = int(m[1]), int(m[2]), int(m[3] or 0)
    if mi > 59 or sec > 59:
        return None
    if h == 24 and mi == 0 and sec == 0 and closing:
        return "24:00"
    if h > 23:
        return None
    return f"{h:02d}:{mi:02d}"


def parse_date(value: Any) -> date | None:
    """A date from ``YYYY-MM-DD``, ``D.M.YYYY`` or an ISO date-time (taken in Helsinki)."""
    if not isinstance(value, str) or not value.strip():
        return None
    v = value.strip()
    try:
        if _ISO_DATE.match(v):
            return date.fromisoformat(v)
        m = _FI_DATE.match(v)
        if m:
            return date(int(m[3]), int(m[2]), int(m[1]))
        dt = datetime.fromisoformat(v.replace("Z", "+00:00"))
    except ValueError:
        return None
    if dt.tzinfo is not None:
        dt = dt.astimezone(HELSINKI)
    return dt.date()


def in_finland(lat: float, lon: float) -> bool:
    return FINLAND_LAT[0] <= lat <= FINLAND_LAT[1] and FINLAND_LON[0] <= lon <= FINLAND_LON[1]


def check_coords(loc: Rec, ctx: Ctx, origin: Origin, fld: str) -> None:
    """Leaves WGS84 coordinates only when both are numbers inside Finland (else warns)."""
    lat, lon = loc.get("latitude"), loc.get("longitude")
    if lat is None and lon is None:
        loc.pop("latitude", None)
        loc.pop("longitude", None)
        return
    try:
        flat, flon = float(lat), float(lon)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        ctx.problems.warn(origin.file, origin.line, fld, "admin.coords_outside", lat=lat, lon=lon)
        loc.pop("latitude", None)
        loc.pop("longitude", None)
        return
    if not in_finland(flat, flon) and in_finland(flon, flat):
        ctx.problems.warn(origin.file, origin.line, fld, "admin.coords_swapped", lat=lat, lon=lon)
        flat, flon = flon, flat
    if not in_finland(flat, flon):
        ctx.problems.warn(origin.file, origin.line, fld, "admin.coords_outside", lat=lat, lon=lon)
        loc.pop("latitude", None)
        loc.pop("longitude", None)
        return
    loc["latitude"], loc["longitude"] = round(flat, 6), round(flon, 6)


def clean_url(value: Any, ctx: Ctx, origin: Origin, fld: str) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    v = value.strip()
    if v.lower().startswith("www."):
        v = "https://" + v
    if re.match(r"^https?://\S+$", v, re.IGNORECASE):
        return v
    ctx.problems.warn(origin.file, origin.line, fld, "admin.bad_url", value=v[:80])
    return None


def weekly(spans: list[tuple[str, str, str]], sid: str, base: Rec) -> list[Rec]:
    """Schedules from ``(day, opens, closes)`` spans, one per distinct time pair."""
    groups: dict[tuple[str, str], list[str]] = {}
    for day, opens, closes in spans:
        days = groups.setdefault((opens, closes), [])
        if day not in days:
            days.append(day)
    out = []
    for n, ((opens, closes), days) in enumerate(groups.items()):
        days.sort(key=DAYS.index)
        s: Rec = {"id": f"{sid}-{n}", "freq": "WEEKLY", "byday": ",".join(days)}
        s.update(base)
        s["opens_at"], s["closes_at"] = opens, closes
        out.append(s)
    return out


def split_span(day: int, opens: str, end_day: int, closes: str) -> list[tuple[str, str, str]]:
    """A span that may run over midnight (or several days) as per-day spans."""
    if end_day == day and closes <= opens and closes != "24:00":
        end_day = (day + 1) % 7
    if end_day == day:
        return [(DAYS[day], opens, closes)]
    out = [(DAYS[day], opens, "24:00")]
    d = (day + 1) % 7
    guard = 0
    while d != end_day and guard < 7:
        out.append((DAYS[d], "00:00", "24:00"))
        d = (d + 1) % 7
        guard += 1
    if closes != "00:00":
        out.append((DAYS[end_day], "00:00", closes))
    return out


def days_between(start: date, end: date) -> str:
    if (end - start).days >= 6:
        return ",".join(DAYS)
    days = []
    d = start
    while d <= end:
        days.append(DAYS[d.weekday()])
        d = date.fromordinal(d.toordinal() + 1)
    return ",".join(sorted(set(days), key=DAYS.index))


def attribute(sid: str, term_id: str) -> Rec:
    return {"id": f"{sid}|{term_id}", "taxonomy_term_id": term_id}


def add_terms(rec: Rec, term_ids: list[str]) -> None:
    """Adds attributes for ``term_ids`` not yet on the service; keeps them sorted."""
    attrs = rec.setdefault("attributes", [])
    have = {a.get("taxonomy_term_id") for a in attrs if isinstance(a, dict)}
    for t in term_ids:
        if t not in have:
            attrs.append(attribute(rec["id"], t))
            have.add(t)
    attrs.sort(key=lambda a: str(a.get("taxonomy_term_id")))
    if not attrs:
        rec.pop("attributes")


def term_ids(rec: Rec) -> list[str]:
    return [a["taxonomy_term_id"] for a in rec.get("attributes") or []
            if isinstance(a, dict) and isinstance(a.get("taxonomy_term_id"), str)]


def phone_numbers(text: str, ctx: Ctx, origin: Origin, fld: str, *,
                  blocking: bool) -> list[str]:
    """The numbers of a phone field in E.164 (``hytedesk.base.phones``), each once.

    A part that is not a valid number is reported: as an error when ``blocking`` (a
    spreadsheet row its author can fix), else as a warning, and then kept as text, which
    the laptop shows but never dials."""
    out: list[str] = []
    for p in parse_numbers(text):
        if p.e164 is None:
            if blocking:
                ctx.problems.error(origin.file, origin.line, fld, "admin.bad_phone",
                                   value=p.text)
                continue
            ctx.problems.warn(origin.file, origin.line, fld, "admin.bad_phone", value=p.text)
        value = p.e164 or p.text
        if value not in out:
            out.append(value)
    return out
