"""``hytedesk stats`` and ``hytedesk export-local``: referral statistics and local services
from a terminal (registered by ``hytedesk.commands.main``)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from hytedesk.base import i18n
from hytedesk.base.paths import default_paths

if TYPE_CHECKING:
    from hytedesk.app.session import Session

i18n.register(
    {
        "cli.stats.bad_date": {
            "fi": "Päivämäärä {value!r} ei kelpaa; käytä muotoa VVVV-KK-PP.",
            "sv": "Datumet {value!r} duger inte; använd formen ÅÅÅÅ-MM-DD.",
            "en": "The date {value!r} is not valid; use YYYY-MM-DD.",
        },
        "cli.stats.header": {
            "fi": "Ohjauksia {total} ({start} – {end}), luokittelu: {by}",
            "sv": "Hänvisningar {total} ({start} – {end}), indelning: {by}",
            "en": "Referrals {total} ({start} – {end}), by {by}",
        },
        "cli.stats.small_cells": {
            "fi": "Alle viiden lukumäärät näkyvät muodossa <5, ja niitä on piilotettu lisää, "
            "jotta summista ei voi päätellä niitä (docs/referrals.md).",
            "sv": "Antal under fem visas som <5, och fler har dolts så att de inte kan "
            "räknas fram ur summorna (docs/referrals.md).",
            "en": "Counts below five are shown as <5, and more are hidden so that totals "
            "cannot reveal them (docs/referrals.md).",
        },
        "cli.stats.none": {
            "fi": "Ei ohjauksia tältä ajalta.",
            "sv": "Inga hänvisningar under perioden.",
            "en": "No referrals in this period.",
        },
        "cli.export_local.done": {
            "fi": "Viety {count} paikallista palvelua tiedostoon {path} (HSDS 3.0 JSON).",
            "sv": "Exporterade {count} lokala tjänster till {path} (HSDS 3.0 JSON).",
            "en": "Exported {count} local services to {path} (HSDS 3.0 JSON).",
        },
    }
)


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise i18n.UserError("cli.stats.bad_date", value=value) from None


def _catalogue_conn() -> Session | None:
    """The current catalogue for labels, or None when there is none yet."""
    from hytedesk.app.session import open_session

    try:
        return open_session()
    except i18n.UserError:
        return None


def cmd_stats(args: argparse.Namespace) -> int:
    from hytedesk.local.localdb import LocalDB
    from hytedesk.referrals.labels import StatLabels
    from hytedesk.referrals.stats import (
        month_bounds,
        published,
        published_total,
        statistics,
        to_csv,
        total_referrals,
    )

    # Statistics for others: whole calendar months, small cells hidden (docs/referrals.md).
    start, end = month_bounds(_date(args.start) if args.start else None,
                              _date(args.end) if args.end else None)
    lang = i18n.language()
    session = _catalogue_conn()
    try:
        labels = StatLabels.from_catalogue(session.conn if session else None, lang)
    finally:
        if session is not None:
            session.close()
    with LocalDB(default_paths()) as local:
        rows = statistics(local.conn, args.by, start=start, end=end)
        total = total_referrals(local.conn, start=start, end=end)
    if args.csv:
        data = to_csv(rows, args.dialect, lang=lang, label=labels)
        if args.output:
            from hytedesk.referrals.stats import write_csv

            write_csv(Path(args.output), rows, args.dialect, lang=lang, label=labels)
        else:
            sys.stdout.flush()
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        return 0
    print(i18n.text("cli.stats.header", total=published_total(total), start=start or "…",
                    end=end or "…", by=args.by))
    if not rows:
        print(i18n.text("cli.stats.none"))
    for r in published(rows):
        name = labels(r.by, r.value) if r.value else i18n.text("stats.total")
        print(f"{r.month}  {r.count:>5}  {name}")
    print(i18n.text("cli.stats.small_cells"))
    return 0


def cmd_export_local(args: argparse.Namespace) -> int:
    from hytedesk.local.localdb import LocalDB
    from hytedesk.referrals.local_services import export_hsds

    path = Path(args.path)
    with LocalDB(default_paths()) as local:
        count = export_hsds(local.conn, path)
    print(i18n.text("cli.export_local.done", count=count, path=path))
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("stats", help="referral statistics per month")
    p.add_argument("--from", dest="start", metavar="DATE",
                   help="first day, YYYY-MM-DD (widened to the start of its month)")
    p.add_argument("--to", dest="end", metavar="DATE",
                   help="last day, YYYY-MM-DD (widened to the end of its month)")
    p.add_argument("--by", default="situation",
                   choices=("situation", "theme", "municipality", "staff", "outcome", "unmet"))
    p.add_argument("--csv", action="store_true", help="CSV instead of a table")
    p.add_argument("--dialect", default="excel-fi", choices=("excel-fi", "rfc4180"),
                   help="excel-fi: UTF-8 with BOM and ';' (default); rfc4180: plain CSV")
    p.add_argument("--output", "-o", metavar="PATH", help="write the CSV to a file")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("export-local", help="export local services as HSDS 3.0 JSON")
    p.add_argument("path")
    p.set_defaults(func=cmd_export_local)
