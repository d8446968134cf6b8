"""``hytedesk trust ROOT.json``: give a laptop its region's trusted root without a network.

A laptop that is only ever updated from a USB stick needs the region's root metadata once
(the administrator's ``root.json``, from ``hytedesk-admin init-repo``). ``trust`` shows the
root's key fingerprints so that they can be compared with the ones the administrator
published, sets it (or, confirmed or with ``--replace``, replaces an unrelated one), and
from then on signed bundles of that region import; rotations published later arrive on the
stick with the bundle's root chain.
"""

from __future__ import annotations

import argparse
import sys
import tarfile
from pathlib import Path
from typing import Any

from hytedesk.base import i18n
from hytedesk.base.i18n import UserError, text
from hytedesk.base.paths import Paths, default_paths
from hytedesk.publish.keys import fingerprint

i18n.register(
    {
        "trust.root": {
            "fi": "Juurimetadata {path}: versio {version}, voimassa {expires} asti.",
            "sv": "Rotmetadata {path}: version {version}, giltig till {expires}.",
            "en": "Root metadata {path}: version {version}, valid until {expires}.",
        },
        "trust.fingerprints": {
            "fi": "Juuriavainten sormenjäljet (vertaa ylläpitäjän ilmoittamiin):",
            "sv": "Rotnycklarnas fingeravtryck (jämför med dem administratören har gett):",
            "en": "Root key fingerprints (compare them with the ones the administrator "
            "published):",
        },
        "trust.set": {
            "fi": "Luotettu juuri asetettu. Tuo nyt alueen USB-paketti: hytedesk "
            "import-bundle TIEDOSTO.hyteoffline",
            "sv": "Den betrodda roten är satt. Importera nu regionens USB-paket: hytedesk "
            "import-bundle FIL.hyteoffline",
            "en": "Trusted root set. Now import the region's USB bundle: hytedesk "
            "import-bundle FILE.hyteoffline",
        },
        "trust.same": {
            "fi": "Tämä juuri on jo luotettu; mitään ei muutettu.",
            "sv": "Den här roten är redan betrodd; inget ändrades.",
            "en": "This root is already trusted; nothing changed.",
        },
        "trust.replaced": {
            "fi": "Aiempi luotettu juuri korvattiin; vanhan julkaisun välimuisti poistettiin.",
            "sv": "Den tidigare betrodda roten ersattes; den gamla publiceringens cache togs "
            "bort.",
            "en": "The root trusted before was replaced; the old repository's cached "
            "metadata was removed.",
        },
        "trust.confirm": {
            "fi": "Tämä juuri ei jatka nyt luotettua juurta (eri alue tai uusi julkaisu). "
            "Korvataanko? Kirjoita kyllä: ",
            "sv": "Den här roten fortsätter inte den nu betrodda (annan region eller nytt "
            "förråd). Ersätta? Skriv ja: ",
            "en": "This root does not continue the one trusted now (another region or a new "
            "repository). Replace it? Type yes: ",
        },
        "trust.yes_words": {"fi": "kyllä k", "sv": "ja j", "en": "yes y"},
        "trust.not_replaced": {
            "fi": "Ei korvattu: luotettu juuri pysyi ennallaan.",
            "sv": "Inte ersatt: den betrodda roten är oförändrad.",
            "en": "Not replaced: the trusted root stays as it was.",
        },
        "trust.no_root_for_bundle": {
            "fi": "Tällä koneella ei ole vielä alueen luotettua juurta, joten USB-paketin "
            "{name} allekirjoitusta ei voi tarkistaa. Pyydä ylläpitäjältä alueen "
            "root.json-tiedosto, vertaa sen sormenjäljet ja aja: hytedesk trust root.json – "
            "tuo sitten paketti uudelleen.",
            "sv": "Den här datorn har ännu ingen betrodd rot för regionen, så signaturen i "
            "USB-paketet {name} kan inte kontrolleras. Be administratören om regionens "
            "root.json, jämför fingeravtrycken och kör: hytedesk trust root.json – importera "
            "sedan paketet igen.",
            "en": "This laptop has no trusted root for the region yet, so the signature of "
            "the USB bundle {name} cannot be checked. Ask the administrator for the region's "
            "root.json, compare its fingerprints and run: hytedesk trust root.json – then "
            "import the bundle again.",
        },
    }
)


def root_lines(data: bytes, source: str) -> list[str]:
    """The root's version, expiry and key fingerprints, for printing."""
    from hytedesk.sync.trust import parse_root

    md = parse_root(data, source)
    root = md.signed
    lines = [text("trust.root", path=source, version=root.version,
                  expires=root.expires.date().isoformat()),
             text("trust.fingerprints")]
    lines += [f"  {fingerprint(k)}" for k in root.roles["root"].keyids]
    return lines


def cmd_trust(args: argparse.Namespace) -> int:
    from hytedesk.sync.trust import set_trusted_root

    paths = default_paths().ensure()
    path = Path(args.root)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError("sync.root_unreadable", path=str(path),
                        detail=exc.strerror or str(exc)) from None
    for line in root_lines(data, str(path)):
        print(line)
    replace = bool(args.replace)
    try:
        status = set_trusted_root(paths, data, str(path), replace=replace)
    except UserError as exc:
        if exc.key != "sync.root_unrelated" or replace or not sys.stdin.isatty():
            raise
        answer = input(text("trust.confirm")).strip().lower()
        if answer not in text("trust.yes_words").split():
            print(text("trust.not_replaced"))
            return 1
        status = set_trusted_root(paths, data, str(path), replace=True)
    print(text({"same": "trust.same", "replaced": "trust.replaced"}.get(status, "trust.set")))
    if status == "replaced":
        print(text("trust.set"))
    return 0


def check_bundle_is_trusted(paths: Paths, bundle: Path) -> None:
    """Before importing a signed USB bundle on a laptop that trusts only the shipped demo
    root: when the bundle's own first root is another one, say so and what to do (instead
    of "the signature is not valid")."""
    from tuf.api.metadata import Metadata, Root

    from hytedesk.sync.trust import anchor_path, shipped_root_path

    if anchor_path(paths).is_file():
        return
    try:
        with tarfile.open(bundle, "r:") as tar:
            member = tar.getmember("metadata/1.root.json")
            if member.size > 1024 * 1024:
                return
            f = tar.extractfile(member)
            first = Metadata[Root].from_bytes(f.read()) if f is not None else None
        shipped = Metadata[Root].from_bytes(shipped_root_path().read_bytes())
    except (KeyError, tarfile.TarError, OSError, ValueError):
        return  # the import itself says what is wrong with the file
    except Exception:  # python-tuf's deserialization errors
        return
    if first is not None and first.signed != shipped.signed:
        raise UserError("trust.no_root_for_bundle", name=bundle.name)


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "trust", help="trust the region's root metadata (root.json), e.g. for USB-only laptops")
    p.add_argument("root", metavar="ROOT.json", help="the region's root metadata file")
    p.add_argument("--replace", action="store_true",
                   help="replace an unrelated root trusted before without asking")
    p.set_defaults(func=cmd_trust)
