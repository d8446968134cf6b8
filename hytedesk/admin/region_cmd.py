"""``hytedesk-admin region-key | collect | report | accept-local``: the region's picture
from the laptops' upload packages (docs/region.md)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from hytedesk.base import i18n
from hytedesk.base.files import write_atomic
from hytedesk.base.i18n import UserError

i18n.register(
    {
        "region.accepted": {
            "fi": "Paikallinen palvelu {id} ({name}) lisätty tiedostoon {path}; anna tiedosto "
            "seuraavalle hytedesk-admin build -ajolle lähteeksi.",
            "sv": "Den lokala tjänsten {id} ({name}) lades till i filen {path}; ge filen som "
            "källa till nästa hytedesk-admin build.",
            "en": "Local service {id} ({name}) added to {path}; give the file to the next "
            "hytedesk-admin build as a source.",
        },
        "region.no_proposal": {
            "fi": "Aluetietokannassa ei ole ehdotettua palvelua {id}.",
            "sv": "Regiondatabasen har ingen föreslagen tjänst {id}.",
            "en": "The region database has no proposed service {id}.",
        },
        "region.write_failed": {
            "fi": "Tiedostoa {path} ei voitu kirjoittaa: {detail}. Aiempi tiedosto on "
            "ennallaan.",
            "sv": "Filen {path} kunde inte skrivas: {detail}. Den tidigare filen är "
            "oförändrad.",
            "en": "{path} could not be written: {detail}. The earlier file is unchanged.",
        },
        "region.not_service_list": {
            "fi": "{path} ei ole HSDS-palveluluettelo (JSON-taulukko palveluista); sitä ei "
            "muutettu.",
            "sv": "{path} är inte en HSDS-tjänstelista (en JSON-lista med tjänster); den "
            "ändrades inte.",
            "en": "{path} is not an HSDS service list (a JSON array of services); it was "
            "not changed.",
        },
        "region.field.title": {
            "fi": "Kentältä (aluetietokanta {db}):",
            "sv": "Från fältet (regiondatabas {db}):",
            "en": "From the field (region database {db}):",
        },
        "region.field.reports": {
            "fi": "  Ilmoituksia virheellisistä tiedoista: {count}",
            "sv": "  Anmälningar om felaktiga uppgifter: {count}",
            "en": "  Reports of wrong entries: {count}",
        },
        "region.field.proposed": {
            "fi": "  Ehdotettuja paikallisia palveluja: {count} (ota mukaan: hytedesk-admin "
            "accept-local)",
            "sv": "  Föreslagna lokala tjänster: {count} (ta med: hytedesk-admin accept-local)",
            "en": "  Proposed local services: {count} (take one in: hytedesk-admin "
            "accept-local)",
        },
    }
)


def _language(args: argparse.Namespace) -> None:
    i18n.set_language(getattr(args, "lang", None) or os.environ.get("HYTEDESK_LANG", "fi"))


def run_key(args: argparse.Namespace) -> int:
    _language(args)
    from hytedesk.admin.region import new_key

    recipient = new_key(args.output)
    print(i18n.text("region.key_written", path=args.output, recipient=recipient))
    return 0


def run_collect(args: argparse.Namespace) -> int:
    _language(args)
    from hytedesk.admin.region import collect, conflicts, load_keys, open_region_db

    keys = load_keys(args.key)
    result = collect(args.sources, keys, args.output)
    conn = open_region_db(args.output)
    try:
        for installation, period, revision in conflicts(conn):
            print(i18n.text("region.shared_installation", installation=installation,
                            period=period, revision=revision), file=sys.stderr)
    finally:
        conn.close()
    print(i18n.text("region.collected", new=result.new, laptops=len(result.laptops),
                    duplicates=result.duplicates, refused=len(result.refused),
                    db=args.output))
    return 1 if result.refused else 0


def run_report(args: argparse.Namespace) -> int:
    _language(args)
    from hytedesk.admin.region_report import report

    files = report(args.db, args.start, args.end, args.output, lang=i18n.language(),
                   population=args.population)
    print(i18n.text("report.written", path=args.output,
                    files=", ".join(p.name for p in files)))
    return 0


def field_lines(db: Path, lang: str | None = None) -> list[str]:
    """The field's reports and proposals for the build report: by service id, with
    counts."""
    from hytedesk.admin.region import field_reports, open_region_db, proposed_services

    conn = open_region_db(db)
    try:
        reports = field_reports(conn)
        proposed = proposed_services(conn)
    finally:
        conn.close()
    lines = [i18n.text("region.field.title", lang, db=db),
             i18n.text("region.field.reports", lang, count=sum(r[3] for r in reports))]
    lines += [f"    {sid} ({name}): {i18n.text('wrong.reason.' + reason, lang)} ×{n}, {latest}"
              for sid, name, reason, n, latest in reports]
    lines.append(i18n.text("region.field.proposed", lang, count=len(proposed)))
    lines += [f"    {sid} ({name}), {updated}" for _inst, sid, name, updated in proposed]
    return lines


def run_accept(args: argparse.Namespace) -> int:
    """Adds a proposed local service to an HSDS JSON source file the build reads."""
    _language(args)
    from hytedesk.admin.region import open_region_db, proposed_record

    conn = open_region_db(args.db)
    try:
        record = proposed_record(conn, args.service)
    finally:
        conn.close()
    if record is None:
        raise UserError("region.no_proposal", id=args.service)
    record.pop("hytedesk", None)  # the laptop's own profile data stays on the laptop
    path: Path = args.output
    services: list[dict[str, Any]] = []
    if path.is_file():
        try:
            services = json.loads(path.read_text(encoding="utf-8-sig"))
        except OSError as exc:
            raise UserError("region.unreadable", path=path, detail=exc.strerror or exc) from exc
        except ValueError as exc:
            raise UserError("region.unreadable", path=path, detail=str(exc)[:120]) from exc
        if not isinstance(services, list) or not all(isinstance(s, dict) for s in services):
            raise UserError("region.not_service_list", path=path)
    services = [s for s in services if s.get("id") != record.get("id")] + [record]
    try:
        write_atomic(path, json.dumps(services, ensure_ascii=False, indent=2) + "\n")
    except OSError as exc:
        raise UserError("region.write_failed", path=path, detail=exc.strerror or exc) from exc
    print(i18n.text("region.accepted", id=args.service, name=record.get("name"), path=path))
    return 0


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("region-key", help="make the region's key for upload packages")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="KEYFILE",
                   help="the private key file to write (never overwritten)")
    p.set_defaults(func=run_key)

    p = subparsers.add_parser("collect", help="read upload packages into a region database")
    p.add_argument("sources", nargs="+", type=Path, metavar="SOURCE",
                   help="package files, or folders searched for *.age (upload folder, stick)")
    p.add_argument("--key", type=Path, action="append", required=True, metavar="KEYFILE",
                   help="the region's private key file (repeat for older keys)")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="REGION_DB")
    p.set_defaults(func=run_collect)

    p = subparsers.add_parser("report", help="the regional report: HTML, PDF and CSV files")
    p.add_argument("db", type=Path, metavar="REGION_DB")
    p.add_argument("--from", dest="start", required=True, metavar="YYYY-MM")
    p.add_argument("--to", dest="end", required=True, metavar="YYYY-MM")
    p.add_argument("--population", type=Path, metavar="CSV",
                   help="municipality code, population, year (per 1,000 residents)")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="DIR")
    p.set_defaults(func=run_report)

    p = subparsers.add_parser("accept-local",
                              help="take a proposed local service into an HSDS source file")
    p.add_argument("db", type=Path, metavar="REGION_DB")
    p.add_argument("service", metavar="SERVICE_ID")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="HSDS_JSON")
    p.set_defaults(func=run_accept)
    for name in ("region-key", "collect", "report", "accept-local"):
        subparsers.choices[name].add_argument(
            "--lang", choices=i18n.LANGUAGES, default=None,
            help="language of the messages (default: the app's setting, else Finnish)")



