"""``hytedesk outbox`` and ``hytedesk report-wrong``: what the laptop sends to its region
(registered by ``hytedesk.commands.main``)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from hytedesk.base import i18n
from hytedesk.base.paths import default_paths

i18n.register(
    {
        "cli.outbox.prepared": {
            "fi": "Valmisteltu {count} uutta raportointipakettia; odottamassa {pending}.",
            "sv": "Förberedde {count} nya rapportpaket; {pending} väntar.",
            "en": "Prepared {count} new report packages; {pending} waiting.",
        },
        "cli.outbox.status": {
            "fi": "Asennus {installation}: odottamassa {pending}, lähetetty {sent} (viimeksi "
            "{last}).",
            "sv": "Installation {installation}: {pending} väntar, {sent} skickade (senast "
            "{last}).",
            "en": "Installation {installation}: {pending} waiting, {sent} sent (last {last}).",
        },
        "cli.outbox.folder_needed": {
            "fi": "Anna kansio: hytedesk outbox export KANSIO",
            "sv": "Ange en mapp: hytedesk outbox export MAPP",
            "en": "Give a folder: hytedesk outbox export FOLDER",
        },
        "cli.wrong.list": {
            "fi": "Omat virheilmoitukset, joita luettelo ei vielä ole korjannut: {count}",
            "sv": "Egna felanmälningar som katalogen inte ännu har ändrat: {count}",
            "en": "Your wrong-entry reports the catalogue has not changed yet: {count}",
        },
        "cli.wrong.saved": {
            "fi": "Ilmoitus tallennettu ({id}); se lähtee alueelle seuraavassa "
            "raportointipaketissa.",
            "sv": "Anmälan sparad ({id}); den går till regionen i nästa rapportpaket.",
            "en": "Report saved ({id}); it goes to the region in the next report package.",
        },
    }
)


def _local() -> Any:
    from hytedesk.local.localdb import LocalDB

    return LocalDB(default_paths().ensure())


def cmd_outbox(args: argparse.Namespace) -> int:
    from hytedesk.outbox import prepare, send

    with _local() as local:
        if args.action in ("prepare", "send", "export"):
            made = prepare.prepare(local)
            if made.no_key:
                print(i18n.text("outbox.no_key"))
            elif args.action == "prepare" or made.packages:
                print(i18n.text("cli.outbox.prepared", count=len(made.packages),
                                pending=len(prepare.pending(local))))
        if args.action == "send":
            result = send.send(local, url=args.url)
            print(result.message())
            return 0 if result.error is None else 1
        if args.action == "export":
            if not args.folder:
                raise i18n.UserError("cli.outbox.folder_needed")
            folder = Path(args.folder)
            count = send.export(local, folder)
            print(i18n.text("outbox.exported", count=count, path=folder))
        if args.action == "status":
            s = prepare.status(local)
            print(i18n.text("cli.outbox.status", installation=prepare.installation_id(local),
                            pending=s["pending"], sent=s["sent"], last=s["last_sent"] or "–"))
            _print_reports(local)
    return 0


def _print_reports(local: Any) -> None:
    """The laptop's own list: reports the current catalogue has not changed yet."""
    from hytedesk.app.session import open_session
    from hytedesk.outbox.reports import wrong_reports

    try:
        session = open_session()
    except i18n.UserError:
        session = None
    try:
        reports = wrong_reports(local, session.conn if session else None)
    finally:
        if session is not None:
            session.close()
    print(i18n.text("cli.wrong.list", count=len(reports)))
    for r in reports:
        print(f"  {r.local_date}  {r.service_id} ({r.service_name}): "
              f"{i18n.text('wrong.reason.' + r.reason)}"
              + (f" — {r.note}" if r.note else ""))


def cmd_report_wrong(args: argparse.Namespace) -> int:
    from hytedesk.app.session import open_session
    from hytedesk.outbox.reports import report_wrong

    session = open_session()
    try:
        with _local() as local:
            new = report_wrong(local, session.conn, args.service, args.reason, args.note or "")
    finally:
        session.close()
    print(i18n.text("cli.wrong.saved", id=new))
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("outbox", help="report packages for the region: prepare, send, export")
    p.add_argument("action", choices=("prepare", "send", "export", "status"))
    p.add_argument("folder", nargs="?", help="export: the folder (a USB stick)")
    p.add_argument("--url", help="send: the upload folder's address (default: upload.url)")
    p.set_defaults(func=cmd_outbox)

    from hytedesk.bundle.upload import WRONG_REASONS

    p = sub.add_parser("report-wrong", help="report a catalogue entry as wrong")
    p.add_argument("service", help="the service id (hytedesk search --json shows it)")
    p.add_argument("--reason", required=True, choices=WRONG_REASONS)
    p.add_argument("--note", help="a short note about the service (never about a client)")
    p.set_defaults(func=cmd_report_wrong)
