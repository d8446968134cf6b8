"""``hytedesk-admin init-repo | publish | refresh-timestamp | rotate-key | check-keys |
offline-bundle``, every line in the administrator's language."""

from __future__ import annotations

import argparse
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

from hytedesk.admin.cli import add_lang
from hytedesk.base import i18n
from hytedesk.base.i18n import UserError, text
from hytedesk.publish import keys as keystore
from hytedesk.publish.repo import (
    DEFAULT_EXPIRY_DAYS,
    DEFAULT_KEEP_DELTAS,
    Repository,
    utcnow,
)

ROLE_ORDER = ("root", "targets", "snapshot", "timestamp")
# Which machine keeps which role's keys (docs/administrators.md, "Keys").
MACHINE = {"root": "admin.pub.machine_root", "targets": "admin.pub.machine_publish",
           "snapshot": "admin.pub.machine_publish", "timestamp": "admin.pub.machine_daily"}

i18n.register(
    {
        "admin.pub.repo": {"fi": "Julkaisukansio: {path}", "sv": "Förråd: {path}",
                           "en": "Repository: {path}"},
        "admin.pub.keys": {
            "fi": "Yksityiset avaimet: {path} (kansio 0700, tiedostot 0600)",
            "sv": "Privata nycklar: {path} (mapp 0700, filer 0600)",
            "en": "Private keys: {path} (folder 0700, files 0600)",
        },
        "admin.pub.expiry_days": {
            "fi": "Voimassaolo (päivää): {days}", "sv": "Giltighet (dagar): {days}",
            "en": "Expiry (days): {days}",
        },
        "admin.pub.init_advice": {
            "fi": "Pidä juuriavaimet erillään verkosta: kopioi avainkansion root.*.pem-tiedostot "
            "kahdelle salatulle USB-tikulle eri kassakaappeihin ja poista ne tältä koneelta. "
            "Niitä tarvitaan vain komennossa 'hytedesk-admin rotate-key'. Julkaisukone "
            "pitää targets-, snapshot- ja timestamp-avaimet; päivittäinen "
            "'hytedesk-admin refresh-timestamp' tarvitsee vain timestamp-avaimen.",
            "sv": "Förvara rotnycklarna offline: kopiera nyckelmappens root.*.pem-filer till "
            "två krypterade USB-minnen i olika kassaskåp och radera dem från den här datorn. "
            "De behövs bara för 'hytedesk-admin rotate-key'. Publiceringsdatorn har "
            "targets-, snapshot- och timestamp-nycklarna; det dagliga "
            "'hytedesk-admin refresh-timestamp' behöver bara timestamp-nyckeln.",
            "en": "Keep the root keys offline: copy the root.*.pem files from the key folder "
            "to two encrypted USB sticks kept in separate safes, then delete them from this "
            "machine. They are needed only for 'hytedesk-admin rotate-key'. The publishing "
            "machine keeps the targets, snapshot and timestamp keys; the daily "
            "'hytedesk-admin refresh-timestamp' job needs only the timestamp key.",
        },
        "admin.pub.root_for_installers": {
            "fi": "Asennuspakettien luotetuksi juureksi (ja 'hytedesk trust' -komennolle): "
            "{path}",
            "sv": "Installationspaketens betrodda rot (och för 'hytedesk trust'): {path}",
            "en": "Installers (and 'hytedesk trust') take this root metadata as the trusted "
            "root: {path}",
        },
        "admin.pub.fingerprints": {
            "fi": "Juuriavainten sormenjäljet (julkaise ne; 'hytedesk trust' näyttää samat):",
            "sv": "Rotnycklarnas fingeravtryck (publicera dem; 'hytedesk trust' visar samma):",
            "en": "Root key fingerprints (publish them; 'hytedesk trust' shows the same):",
        },
        "admin.pub.published": {
            "fi": "Julkaistiin {catalogue} versio {version}:",
            "sv": "Publicerade {catalogue} version {version}:",
            "en": "Published {catalogue} version {version}:",
        },
        "admin.pub.target": {
            "fi": "  {name} ({kib} KiB{share})", "sv": "  {name} ({kib} KiB{share})",
            "en": "  {name} ({kib} KiB{share})",
        },
        "admin.pub.share": {
            "fi": ", {percent} % koko paketista", "sv": ", {percent} % av hela paketet",
            "en": ", {percent} % of the full bundle",
        },
        "admin.pub.no_delta": {
            "fi": "  (ei muutospakettia: edellisen version tiedosto puuttuu tai muutospaketti "
            "ei ollut pienempi)",
            "sv": "  (inget ändringspaket: den förra versionens fil saknas eller paketet var "
            "inte mindre)",
            "en": "  (no delta: the previous version's file is missing or the delta was not "
            "smaller)",
        },
        "admin.pub.expires": {
            "fi": "{role:10} voimassa {when} asti", "sv": "{role:10} giltig till {when}",
            "en": "{role:10} expires {when}",
        },
        "admin.pub.lapse_no_key": {
            "fi": "varoitus: {role} vanhenee {when}, eikä sen avainta ole tässä kansiossa; "
            "uusi se koneella, jolla avain on",
            "sv": "varning: {role} går ut {when} och dess nyckel finns inte här; förnya den "
            "där nyckeln finns",
            "en": "warning: {role} expires {when} and its key is not here; renew it where the "
            "key is",
        },
        "admin.pub.before_next_run": {
            "fi": "varoitus: {role} vanhenee {when}, ennen seuraavaa odotettua ajoa ({next}); "
            "läppärit lakkaavat päivittymästä silloin. Aja 'hytedesk-admin publish' tai "
            "'refresh-timestamp' avaimilla, joilla {role} voidaan allekirjoittaa.",
            "sv": "varning: {role} går ut {when}, före nästa väntade körning ({next}); då "
            "slutar bärbara datorer uppdateras. Kör 'hytedesk-admin publish' eller "
            "'refresh-timestamp' med nycklar som kan signera {role}.",
            "en": "warning: {role} expires {when}, before the next expected run ({next}); "
            "laptops stop updating then. Run 'hytedesk-admin publish' or 'refresh-timestamp' "
            "with keys that can sign {role}.",
        },
        "admin.pub.rotated": {
            "fi": "Uudet {role}-avaimet: {keyids}", "sv": "Nya {role}-nycklar: {keyids}",
            "en": "New {role} key(s): {keyids}",
        },
        "admin.pub.new_root": {
            "fi": "Uusi juurimetadata: {path} (versio {version})",
            "sv": "Ny rotmetadata: {path} (version {version})",
            "en": "New root metadata: {path} (version {version})",
        },
        "admin.pub.copy_key": {
            "fi": "Vie {file} → {machine}; poista siellä vanha {role}-avain.",
            "sv": "Flytta {file} → {machine}; ta bort den gamla {role}-nyckeln där.",
            "en": "Move {file} → {machine}; remove the old {role} key there.",
        },
        "admin.pub.machine_root": {
            "fi": "juuriavainten USB-tikuille (erillään verkosta)",
            "sv": "rotnycklarnas USB-minnen (offline)",
            "en": "the root keys' USB sticks (offline)",
        },
        "admin.pub.machine_publish": {
            "fi": "julkaisukoneen avainkansioon (publish)",
            "sv": "publiceringsdatorns nyckelmapp (publish)",
            "en": "the publishing machine's key folder (publish)",
        },
        "admin.pub.machine_daily": {
            "fi": "päivittäisen refresh-timestamp-ajon koneen avainkansioon (sen --keys)",
            "sv": "nyckelmappen på datorn som kör refresh-timestamp dagligen (dess --keys)",
            "en": "the daily refresh-timestamp host's key folder (its --keys)",
        },
        "admin.pub.rotation_laptops": {
            "fi": "Verkossa olevat läppärit seuraavat vaihtoa seuraavassa synkronoinnissa; "
            "USB-tikulta päivittyvät saavat uuden juuriketjun seuraavasta offline-bundle-"
            "paketista. Uudet asennuspaketit voivat kantaa uutta juurta.",
            "sv": "Uppkopplade bärbara datorer följer bytet vid nästa synkronisering; de som "
            "uppdateras från USB får den nya rotkedjan i nästa offline-bundle. Nya "
            "installationspaket kan bära den nya roten.",
            "en": "Laptops that sync follow the rotation on their next sync; laptops updated "
            "from USB get the new root chain with the next offline-bundle. New installers "
            "may carry the new root.",
        },
        "admin.pub.offline_written": {
            "fi": "Kirjoitettiin {path}: {catalogue} versio {version} (juuriketju versiot "
            "1–{root}).",
            "sv": "Skrev {path}: {catalogue} version {version} (rotkedjan version 1–{root}).",
            "en": "Wrote {path}: {catalogue} version {version} (root chain, versions "
            "1–{root}).",
        },
        "admin.pub.offline_until": {
            "fi": "Läppärit hyväksyvät sen {when} asti (aikaleiman voimassaolo).",
            "sv": "Bärbara datorer godtar den till {when} (tidsstämpelns giltighet).",
            "en": "Laptops accept it until {when} (the timestamp's expiry).",
        },
        "admin.pub.check_role": {
            "fi": "{role:10} avaimia {found}/{threshold}: {files}",
            "sv": "{role:10} nycklar {found}/{threshold}: {files}",
            "en": "{role:10} keys {found}/{threshold}: {files}",
        },
        "admin.pub.check_none": {"fi": "(ei yhtään)", "sv": "(inga)", "en": "(none)"},
        "admin.pub.can_refresh": {
            "fi": "refresh-timestamp voidaan ajaa nyt: {answer}",
            "sv": "refresh-timestamp kan köras nu: {answer}",
            "en": "refresh-timestamp can run now: {answer}",
        },
        "admin.pub.can_publish": {
            "fi": "publish (kohteiden allekirjoitus) voidaan ajaa nyt: {answer}",
            "sv": "publish (signering av mål) kan köras nu: {answer}",
            "en": "publish (signing targets) can run now: {answer}",
        },
        "admin.pub.yes": {"fi": "kyllä", "sv": "ja", "en": "yes"},
        "admin.pub.no": {"fi": "ei", "sv": "nej", "en": "no"},
        "admin.pub.missing_files": {
            "fi": "  puuttuu: {files}", "sv": "  saknas: {files}", "en": "  missing: {files}",
        },
    }
)


def _repo(args: argparse.Namespace) -> Repository:
    return Repository(Path(args.repo), Path(args.keys) if args.keys else None)


def _cmd_init(args: argparse.Namespace) -> int:
    expiry = {
        role: days
        for role in DEFAULT_EXPIRY_DAYS
        if (days := getattr(args, f"{role}_expiry_days")) is not None
    }
    repo = Repository.init(
        Path(args.dir),
        Path(args.keys) if args.keys else None,
        root_keys=args.root_keys,
        root_threshold=args.root_threshold,
        expiry_days=expiry,
        keep_deltas=args.keep_deltas,
    )
    days = repo.config.expiry_days
    print(text("admin.pub.repo", path=repo.path))
    print(text("admin.pub.keys", path=repo.key_dir))
    print(text("admin.pub.expiry_days", days=", ".join(f"{role} {days[role]}"
                                                        for role in ROLE_ORDER)))
    print()
    print(text("admin.pub.init_advice"))
    print()
    print(text("admin.pub.root_for_installers", path=repo.root_path()))
    _print_fingerprints(repo)
    return 0


def _print_fingerprints(repo: Repository) -> None:
    """The root keys' fingerprints: publish them so that ``hytedesk trust`` can be checked."""
    print(text("admin.pub.fingerprints"))
    for keyid in repo._load().root.signed.roles["root"].keyids:
        print(f"  {keystore.fingerprint(keyid)}")


def _cmd_publish(args: argparse.Namespace) -> int:
    repo = _repo(args)
    result = repo.publish(Path(args.bundle))
    if result.status == "unchanged":
        print(text("publish.unchanged", published=result.version))
        return 0
    print(text("admin.pub.published", catalogue=result.catalogue_id, version=result.version))
    targets = repo.targets()
    full = targets[result.targets[0]].length
    for name in result.targets:
        size = targets[name].length
        share = text("admin.pub.share", percent=f"{100 * size / full:.1f}") if size != full \
            else ""
        print(text("admin.pub.target", name=name, kib=f"{size / 1024:,.0f}".replace(",", " "),
                   share=share))
    if len(result.targets) == 1 and result.previous is not None:
        print(text("admin.pub.no_delta"))
    return 0


def _cmd_refresh(args: argparse.Namespace) -> int:
    """Re-signs the timestamp. Exit 1 (a visible failure for the scheduler) when some
    metadata lapses before the next expected run, 2 when the keys are not there."""
    repo = _repo(args)
    lapsing = repo.refresh_timestamp(args.days)
    expiries = repo.expiries()
    for role in ROLE_ORDER:
        print(text("admin.pub.expires", role=role, when=expiries[role].isoformat()))
    status = 0
    for warning in lapsing:
        role, _, when = warning.partition(" expires ")
        print(text("admin.pub.lapse_no_key", role=role, when=when), file=sys.stderr)
        status = 1
    next_run = utcnow() + timedelta(hours=args.next_run_hours)
    for role in ROLE_ORDER:
        if expiries[role] < next_run:
            print(text("admin.pub.before_next_run", role=role, when=expiries[role].isoformat(),
                       next=next_run.isoformat(timespec="minutes")), file=sys.stderr)
            status = 1
    return status


def _cmd_rotate(args: argparse.Namespace) -> int:
    repo = _repo(args)
    keyids = repo.rotate_key(args.role)
    print(text("admin.pub.rotated", role=args.role, keyids=", ".join(keyids)))
    print(text("admin.pub.new_root", path=repo.root_path(), version=repo.root_versions()[-1]))
    for keyid in keyids:
        print(text("admin.pub.copy_key", file=keystore.key_path(repo.key_dir, args.role, keyid),
                   machine=text(MACHINE[args.role]), role=args.role))
    print(text("admin.pub.rotation_laptops"))
    if args.role == "root":
        _print_fingerprints(repo)
    return 0


def key_report(repo: Repository) -> dict[str, tuple[int, int, list[str], list[str]]]:
    """Per role: (keys found, threshold, files found, files missing) in the key folder."""
    root = repo._load().root.signed
    out = {}
    for role in ROLE_ORDER:
        r = root.roles[role]
        found: list[str] = []
        missing: list[str] = []
        for keyid in r.keyids:
            path = keystore.key_path(repo.key_dir, role, keyid)
            (found if keystore.load_signer(repo.key_dir, role, root.keys[keyid]) is not None
             else missing).append(path.name)
        out[role] = (len(found), r.threshold, found, missing)
    return out


def _cmd_check_keys(args: argparse.Namespace) -> int:
    """What a key folder can do now. Exit 0 when refresh-timestamp can run, 1 when not."""
    repo = _repo(args)
    report = key_report(repo)
    for role in ROLE_ORDER:
        found, threshold, files, missing = report[role]
        print(text("admin.pub.check_role", role=role, found=found, threshold=threshold,
                   files=", ".join(files) or text("admin.pub.check_none")))
        if found < threshold:
            print(text("admin.pub.missing_files", files=", ".join(missing)))

    def ok(*roles: str) -> bool:
        return all(report[r][0] >= report[r][1] for r in roles)

    can_refresh = ok("timestamp")
    can_publish = ok("targets", "snapshot", "timestamp")
    yes, no = text("admin.pub.yes"), text("admin.pub.no")
    print(text("admin.pub.can_refresh", answer=yes if can_refresh else no))
    print(text("admin.pub.can_publish", answer=yes if can_publish else no))
    return 0 if can_refresh else 1


def _cmd_offline(args: argparse.Namespace) -> int:
    repo = _repo(args)
    result = repo.offline_bundle(Path(args.output), args.valid_days)
    expires = repo.expiries()["timestamp"]
    print(text("admin.pub.offline_written", path=args.output, catalogue=result.catalogue_id,
               version=result.version, root=repo.root_versions()[-1]))
    print(text("admin.pub.offline_until", when=expires.isoformat()))
    return 0


def _add_repo_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--repo", required=True, help="the repository folder (the one served)")
    p.add_argument(
        "--keys", help="the private key folder (default: <repo>-keys beside the repository)"
    )
    add_lang(p)


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "init-repo", help="create a signed (TUF) repository folder and its keys"
    )
    p.add_argument("dir", help="the folder to create; it is what a web server serves")
    p.add_argument("--keys", help="where to write the private keys (default: <dir>-keys)")
    p.add_argument("--root-keys", type=int, default=1, help="number of root keys (default 1)")
    p.add_argument(
        "--root-threshold",
        type=int,
        default=1,
        help="how many root keys must sign a new root (default 1)",
    )
    for role, days in DEFAULT_EXPIRY_DAYS.items():
        p.add_argument(
            f"--{role}-expiry-days",
            type=int,
            default=None,
            help=f"days the {role} metadata stays valid (default {days})",
        )
    p.add_argument(
        "--keep-deltas",
        type=int,
        default=DEFAULT_KEEP_DELTAS,
        help=f"how many deltas to keep listed (default {DEFAULT_KEEP_DELTAS})",
    )
    add_lang(p)
    p.set_defaults(func=_cmd_init)

    p = subparsers.add_parser("publish", help="sign and publish a full catalogue bundle")
    p.add_argument("bundle", help="a full bundle written by 'hytedesk-admin build'")
    _add_repo_args(p)
    p.set_defaults(func=_cmd_publish)

    p = subparsers.add_parser(
        "refresh-timestamp", help="re-sign the timestamp (run daily from a scheduler)"
    )
    _add_repo_args(p)
    p.add_argument("--days", type=int, default=None, help="validity in days (default: config)")
    p.add_argument("--next-run-hours", type=float, default=24.0, metavar="HOURS",
                   help="when the next run is expected (default 24): warn, and exit 1, when "
                   "any metadata expires before then")
    p.set_defaults(func=_cmd_refresh)

    p = subparsers.add_parser("rotate-key", help="replace a role's signing key(s)")
    _add_repo_args(p)
    p.add_argument("--role", required=True, choices=ROLE_ORDER)
    p.set_defaults(func=_cmd_rotate)

    p = subparsers.add_parser(
        "check-keys", help="tell whether a key folder can refresh the timestamp and publish now"
    )
    _add_repo_args(p)
    p.set_defaults(func=_cmd_check_keys)

    p = subparsers.add_parser(
        "offline-bundle", help="write one file with the signed catalogue for a USB stick"
    )
    _add_repo_args(p)
    p.add_argument("-o", "--output", required=True, help="the file to write")
    p.add_argument(
        "--valid-days",
        type=int,
        default=None,
        help="re-sign the timestamp to stay valid this many days (for sticks that travel)",
    )
    p.set_defaults(func=_cmd_offline)


__all__ = ["UserError", "key_report", "register"]
