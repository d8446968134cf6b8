"""Referral statistics for the welfare report: counts per month, and CSV export.

Counts are of referrals (one referral ticking two situations counts once for each), except
``unmet``, which counts recorded unmet needs. Months are the local (Helsinki) date of the
referral. Two CSV dialects: ``excel-fi`` (UTF-8 with BOM, ``;``, what Excel opens
correctly in a Finnish locale) and ``rfc4180`` (UTF-8, ``,``, CRLF).

What is meant for others (the CSV export, ``hytedesk stats``) follows the small-cell rule of
``hytedesk.base.disclosure``: whole calendar months only (``month_bounds``), counts of 1–4
shown as ``<5`` with complementary suppression, and a total line per month. The window's
own table may show the exact counts to its user, marked as not for publication.
"""

from __future__ import annotations

import csv
import io
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from hytedesk.base import i18n
from hytedesk.base.disclosure import show, suppress, suppress_total
from hytedesk.base.files import write_atomic

DIMENSIONS = ("situation", "theme", "municipality", "staff", "outcome", "unmet")
DIALECTS = ("excel-fi", "rfc4180")
NONE_KEY = "-"

i18n.register(
    {
        "stats.bad_by": {
            "fi": "Tuntematon luokittelu {by!r}; sallitut: {allowed}.",
            "sv": "Okänd indelning {by!r}; tillåtna: {allowed}.",
            "en": "Unknown breakdown {by!r}; allowed: {allowed}.",
        },
        "stats.write_failed": {
            "fi": "Tilastoa ei voitu tallentaa tiedostoon {path}: {detail}. Ohjaukset ovat "
            "tallessa; valitse toinen kansio.",
            "sv": "Statistiken kunde inte sparas i {path}: {detail}. Hänvisningarna är "
            "sparade; välj en annan mapp.",
            "en": "The statistics could not be saved to {path}: {detail}. The referrals are "
            "kept safe; choose another folder.",
        },
        "stats.col.month": {"fi": "kuukausi", "sv": "månad", "en": "month"},
        "stats.col.by": {"fi": "luokittelu", "sv": "indelning", "en": "breakdown"},
        "stats.col.value": {"fi": "arvo", "sv": "värde", "en": "value"},
        "stats.col.label": {"fi": "selite", "sv": "beskrivning", "en": "label"},
        "stats.col.count": {"fi": "lukumäärä", "sv": "antal", "en": "count"},
        "stats.pending": {"fi": "ei vielä kirjattu", "sv": "inte registrerat ännu",
                          "en": "not recorded yet"},
        "stats.total": {"fi": "yhteensä", "sv": "totalt", "en": "total"},
    }
)

_QUERIES = {
    "situation": "SELECT substr(r.local_date, 1, 7), i.item_id, count(DISTINCT r.id) "
                 "FROM referrals r JOIN referral_items i ON i.referral_id = r.id {where} "
                 "GROUP BY 1, 2",
    "theme": "SELECT substr(r.local_date, 1, 7), t.theme, count(DISTINCT r.id) "
             "FROM referrals r JOIN referral_themes t ON t.referral_id = r.id {where} "
             "GROUP BY 1, 2",
    "municipality": "SELECT substr(r.local_date, 1, 7), coalesce(r.municipality, '-'), "
                    "count(*) FROM referrals r {where} GROUP BY 1, 2",
    "staff": "SELECT substr(r.local_date, 1, 7), r.staff_service_area, count(*) "
             "FROM referrals r {where} GROUP BY 1, 2",
    "outcome": "SELECT substr(r.local_date, 1, 7), coalesce(r.outcome, '-'), count(*) "
               "FROM referrals r {where} GROUP BY 1, 2",
    "unmet": "SELECT substr(r.local_date, 1, 7), u.situation, count(*) "
             "FROM referrals r JOIN referral_unmet u ON u.referral_id = r.id {where} "
             "GROUP BY 1, 2",
}


@dataclass(frozen=True)
class StatRow:
    month: str  # YYYY-MM
    by: str
    value: str
    count: int


def statistics(conn: sqlite3.Connection, by: str = "situation", *, start: date | None = None,
               end: date | None = None) -> list[StatRow]:
    """Counts per month for one breakdown over ``start``..``end`` (both inclusive)."""
    if by not in _QUERIES:
        raise i18n.UserError("stats.bad_by", by=by, allowed=", ".join(DIMENSIONS))
    clauses, args = [], []
    if start is not None:
        clauses.append("r.local_date >= ?")
        args.append(start.isoformat())
    if end is not None:
        clauses.append("r.local_date <= ?")
        args.append(end.isoformat())
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    rows = conn.execute(_QUERIES[by].format(where=where), args).fetchall()
    return sorted((StatRow(r[0], by, str(r[1]), int(r[2])) for r in rows),
                  key=lambda s: (s.month, -s.count, s.value))


def total_referrals(conn: sqlite3.Connection, *, start: date | None = None,
                    end: date | None = None) -> int:
    clauses, args = ["1"], []
    if start is not None:
        clauses.append("local_date >= ?")
        args.append(start.isoformat())
    if end is not None:
        clauses.append("local_date <= ?")
        args.append(end.isoformat())
    row = conn.execute(f"SELECT count(*) FROM referrals WHERE {' AND '.join(clauses)}",
                       args).fetchone()
    return int(row[0])


def month_bounds(start: date | None, end: date | None) -> tuple[date | None, date | None]:
    """The period widened to whole calendar months: statistics for others are never cut
    finer than a month (a one-day window could single out one visit)."""
    if start is not None:
        start = start.replace(day=1)
    if end is not None:
        following = date(end.year + (end.month == 12), end.month % 12 + 1, 1)
        end = date.fromordinal(following.toordinal() - 1)
    return start, end


@dataclass(frozen=True)
class PublishedRow:
    """A row as published: the count is a number or ``<5``; ``value`` is empty on a
    month's total line."""

    month: str
    by: str
    value: str
    count: str


def published(rows: Sequence[StatRow]) -> list[PublishedRow]:
    """The rows under the small-cell rule, with a total line after each month's rows."""
    table = suppress({(r.month, r.value): r.count for r in rows})
    by = rows[0].by if rows else ""
    present = {(r.month, r.value) for r in rows if r.count > 0}
    out: list[PublishedRow] = []
    for month in sorted(table.row_totals, key=str):
        cells = sorted(((str(v), table.cells[(m, v)]) for (m, v) in present if m == month),
                       key=lambda kv: (-(kv[1] if kv[1] is not None else 0), kv[0]))
        out += [PublishedRow(str(month), by, value, show(n)) for value, n in cells]
        out.append(PublishedRow(str(month), by, "", show(table.row_totals[month])))
    return out


def published_total(n: int) -> str:
    """A single count for others (the number of referrals in a period)."""
    return show(suppress_total(n))


def totals(rows: Sequence[StatRow]) -> dict[str, int]:
    """Counts per value over the whole period (for a bar chart)."""
    out: dict[str, int] = {}
    for r in rows:
        out[r.value] = out.get(r.value, 0) + r.count
    return dict(sorted(out.items(), key=lambda kv: (-kv[1], kv[0])))


def to_csv(rows: Sequence[StatRow], dialect: str = "excel-fi", *, lang: str | None = None,
           label: Callable[[str, str], str] | None = None) -> bytes:
    """The rows as CSV bytes in ``dialect`` under the small-cell rule (``published``);
    ``label(by, value)`` adds a readable column."""
    if dialect not in DIALECTS:
        raise ValueError(dialect)
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, delimiter=";" if dialect == "excel-fi" else ",",
                        quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow([i18n.text(f"stats.col.{c}", lang)
                     for c in ("month", "by", "value", "label", "count")])
    total = i18n.text("stats.total", lang)
    for r in published(rows):
        shown = (label(r.by, r.value) if label else r.value) if r.value else total
        writer.writerow([r.month, r.by, r.value, shown, r.count])
    data = buf.getvalue().encode("utf-8")
    return (b"\xef\xbb\xbf" + data) if dialect == "excel-fi" else data


def write_csv(path: Path, rows: Sequence[StatRow], dialect: str = "excel-fi", *,
              lang: str | None = None, label: Callable[[str, str], str] | None = None) -> None:
    try:
        write_atomic(path, to_csv(rows, dialect, lang=lang, label=label))
    except OSError as exc:
        raise i18n.UserError("stats.write_failed", path=path,
                             detail=exc.strerror or exc) from exc
