"""``hytedesk``: the desktop app, and the same core from a terminal.

With no subcommand it opens the window. ``info``, ``search`` and ``import-bundle`` work
with no display. Exit status 0 on success, 2 on bad usage or bad input (one line on
stderr).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from hytedesk import __version__
from hytedesk.base import i18n
from hytedesk.base.i18n import UserError
from hytedesk.base.logs import setup_logging
from hytedesk.base.paths import Paths, default_paths
from hytedesk.base.terminal import printable, printable_json, safe_output

log = logging.getLogger("hytedesk.commands")  # also when run as __main__

# Subcommands of other modules, imported only when the command line names them (or asks
# for help): opening the window must not pay for importing TUF and its cryptography.
COMMAND_MODULES = {
    "sync": "hytedesk.commands.sync",
    "trust": "hytedesk.commands.trust",
    "stats": "hytedesk.commands.referrals",
    "export-local": "hytedesk.commands.referrals",
    "outbox": "hytedesk.commands.outbox",
    "report-wrong": "hytedesk.commands.outbox",
}

i18n.register(
    {
        "cli.no_display": {
            "fi": "Näyttöä ei löydy (DISPLAY/WAYLAND_DISPLAY puuttuu), joten ikkunaa ei voi "
            "avata. Käytä komentoja (hytedesk --help) tai aja ilman näyttöä: "
            "QT_QPA_PLATFORM=offscreen hytedesk",
            "sv": "Ingen bildskärm hittades (DISPLAY/WAYLAND_DISPLAY saknas), så fönstret kan "
            "inte öppnas. Använd kommandona (hytedesk --help) eller kör utan skärm: "
            "QT_QPA_PLATFORM=offscreen hytedesk",
            "en": "No display found (DISPLAY/WAYLAND_DISPLAY is not set), so the window cannot "
            "open. Use the commands (hytedesk --help) or run headless: "
            "QT_QPA_PLATFORM=offscreen hytedesk",
        },
        "cli.no_x": {
            "fi": "Näyttöön {display} ei saada yhteyttä, joten ikkunaa ei voi avata. Käynnistä "
            "HyteDesk työpöydältä, tai käytä komentoja (hytedesk --help).",
            "sv": "Ingen kontakt med skärmen {display}, så fönstret kan inte öppnas. Starta "
            "HyteDesk från skrivbordet eller använd kommandona (hytedesk --help).",
            "en": "Cannot connect to the display {display}, so the window cannot open. Start "
            "HyteDesk from the desktop, or use the commands (hytedesk --help).",
        },
        "cli.already_current": {
            "fi": "Luettelo {catalogue} versio {version} on jo käytössä ({services} palvelua); "
            "mitään ei tuotu.",
            "sv": "Katalogen {catalogue} version {version} används redan ({services} "
            "tjänster); inget importerades.",
            "en": "Catalogue {catalogue} version {version} is already in use ({services} "
            "services); nothing was imported.",
        },
        "cli.imported": {
            "fi": "Tuotu luettelo {catalogue} versio {version}: {services} palvelua.",
            "sv": "Importerade katalogen {catalogue} version {version}: {services} tjänster.",
            "en": "Imported catalogue {catalogue} version {version}: {services} services.",
        },
        "cli.no_results": {
            "fi": "Ei hakutuloksia.",
            "sv": "Inga sökresultat.",
            "en": "No results.",
        },
        "cli.unsigned": {
            "fi": "Paketti {name} ei ole allekirjoitettu. Allekirjoittamattoman paketin voi "
            "tuoda vain valitsimella --allow-unsigned tai kun asetukset sallivat sen. "
            "Nykyinen luettelo on yhä käytössä.",
            "sv": "Paketet {name} är inte signerat. Ett osignerat paket kan importeras bara "
            "med --allow-unsigned eller när inställningarna tillåter det. Den nuvarande "
            "katalogen används fortfarande.",
            "en": "The bundle {name} is not signed. An unsigned bundle can be imported only "
            "with --allow-unsigned or when the settings allow it. The current catalogue is "
            "still in use.",
        },
    }
)


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM", "").startswith(("offscreen", "minimal", "vnc")):
        return True
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def cmd_gui(args: argparse.Namespace) -> int:
    if not has_display():
        print(i18n.text("cli.no_display"), file=sys.stderr)
        return 2
    if sys.platform.startswith("linux"):
        from hytedesk.app.display import unreachable_x_display

        display = unreachable_x_display()
        if display is not None:
            print(i18n.text("cli.no_x", display=display), file=sys.stderr)
            return 2
    from hytedesk.ui.main import run_gui  # Qt is loaded only for the window

    return run_gui()


def _on_catalogue(work: Callable[[Any], int]) -> int:
    """Runs ``work`` on an open session; when the catalogue file turns out to be damaged
    (a query fails), it is repaired (``app.session.recover``) and ``work`` runs once more."""
    import sqlite3

    from hytedesk.app.session import open_session, recover

    for attempt in (1, 2):
        s = open_session()
        try:
            return work(s)
        except sqlite3.DatabaseError:
            s.close()
            if attempt == 2 or not recover(s.paths):
                raise UserError("cli.catalogue_unreadable", file=s.pointer.file) from None
        finally:
            s.close()
    return 2


def cmd_info(args: argparse.Namespace) -> int:
    return _on_catalogue(lambda s: _info(s, args))


def _info(s: Any, args: argparse.Namespace) -> int:
    # The queries first: a damaged file fails here, before anything is printed.
    p = s.pointer
    counts = {
        name: s.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for name, table in (("services", "services"), ("places", "places"),
                            ("taxonomy_terms", "terms"), ("checklists", "checklists"))
    }
    info: dict[str, Any] = {
        "catalogue_id": p.catalogue_id, "version": p.version, "source": p.source,
        "created": p.created, "imported_at": p.imported_at, "verified_at": p.verified_at,
        "signed": p.signed, "sample_data": p.sample_data, "content_digest": p.content_digest,
        "counts": counts, "file": str(s.paths.data / p.file),
    }
    if args.json:
        print(printable_json(info, indent=2))
        return 0
    for key, value in info.items():
        if key == "counts":
            value = ", ".join(f"{k} {v}" for k, v in value.items())
        print(f"{key}: {printable(value)}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from hytedesk.catalogue.search import SearchQuery, search

    if args.max_km is not None and not args.near:
        raise UserError("cli.need_near")
    q = SearchQuery(
        text=" ".join(args.query), municipality=args.municipality, near_place=args.near,
        max_km=args.max_km, themes=args.theme or (), situations=args.situation or (),
        target_groups=args.target_group or (), provider_types=args.provider or (),
        modes=args.mode or (), free_only=args.free, language=args.lang,
        hide_closed=args.hide_closed, limit=args.limit, ui_language=i18n.language(),
    )
    found: list[Any] = []

    def run(s: Any) -> int:
        found.append(search(s.conn, q))  # SearchResults: the hits and the corrections
        return 0

    _on_catalogue(run)
    hits = found[0] if found else []
    if args.json:
        print(printable_json([h.as_json() for h in hits], indent=2))
        return 0
    corrections = getattr(hits, "corrections", {})
    if corrections:
        print(i18n.text("search.did_you_mean",
                        words=", ".join(corrections.values())))
    if not hits:
        print(i18n.text("cli.no_results"))
    partial_said = False
    for h in hits:
        if h.partial and not partial_said:
            print(i18n.text("search.partial", words=", ".join(h.unmatched)))
            partial_said = True
        dist = f"{h.distance_km:.1f} km" if h.distance_km is not None else ""
        where = ", ".join(x for x in (h.municipality, dist) if x)
        modes = "/".join(h.modes)
        # Catalogue text is data: control characters are shown escaped, never sent raw.
        print(printable(f"{h.name} — {h.organization} [{where}] ({modes}) {h.id}"))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from hytedesk.catalogue.importer import import_bundle
    from hytedesk.local.localdb import LocalDB

    paths = default_paths().ensure()
    path = Path(args.path)
    offline = _offline_importer()
    if offline is not None and offline[0](path):
        from hytedesk.commands.trust import check_bundle_is_trusted

        check_bundle_is_trusted(paths, path)
        result = offline[1](paths, path)
    else:
        with LocalDB(paths) as local:
            allowed = args.allow_unsigned or bool(local.get("import.allow_unsigned"))
        if not allowed and path.exists():
            raise UserError("cli.unsigned", name=path.name)
        result = import_bundle(paths, path)
    if getattr(result, "status", "") == "up-to-date":
        # The same bundle again: nothing was imported, the current catalogue stays.
        print(i18n.text("cli.already_current", catalogue=result.catalogue_id,
                        version=result.version, services=_service_count(paths)))
        return 0
    print(i18n.text("cli.imported", catalogue=result.catalogue_id, version=result.version,
                    services=result.services))
    return 0


def _service_count(paths: Paths) -> int:
    """The number of services in the current catalogue (0 when there is none)."""
    from hytedesk.catalogue import catdb
    from hytedesk.local.localdb import LocalDB

    with LocalDB(paths) as local:
        pointer = local.pointer()
    if pointer is None:
        return 0
    conn = catdb.connect(paths.data / pointer.file, readonly=True)
    try:
        return int(conn.execute("SELECT count(*) FROM services").fetchone()[0])
    finally:
        conn.close()


def _offline_importer() -> tuple[Callable[[Path], bool], Callable[..., Any]] | None:
    """The signed offline-bundle importer of sync, when it is installed."""
    try:
        mod = importlib.import_module("hytedesk.sync.offline")
    except ModuleNotFoundError:
        return None
    is_offline = getattr(mod, "is_offline_bundle", None)
    do_import = getattr(mod, "import_offline_bundle", None)
    if is_offline is None or do_import is None:
        return None
    return is_offline, do_import


i18n.register(
    {
        "cli.catalogue_unreadable": {
            "fi": "Luettelotiedostoa {file} ei voi lukea. Tuo luettelo uudelleen tai päivitä "
            "se (hytedesk sync).",
            "sv": "Katalogfilen {file} kan inte läsas. Importera eller uppdatera katalogen "
            "på nytt (hytedesk sync).",
            "en": "The catalogue file {file} cannot be read. Import or update the catalogue "
            "again (hytedesk sync).",
        },
        "cli.need_near": {
            "fi": "--max-km tarvitsee myös --near PAIKKA",
            "sv": "--max-km behöver också --near PLATS",
            "en": "--max-km needs --near PLACE as well",
        },
    }
)


def _modules_for(argv: Sequence[str] | None) -> list[str]:
    if argv is None or any(a in ("-h", "--help") for a in argv):
        return list(dict.fromkeys(COMMAND_MODULES.values()))
    return list(dict.fromkeys(COMMAND_MODULES[a] for a in argv if a in COMMAND_MODULES))


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser; with ``argv``, only the subcommand modules it names are imported."""
    parser = argparse.ArgumentParser(
        prog="hytedesk",
        description="HyteDesk: well-being and health-promotion services, offline.",
    )
    parser.add_argument("--lang", dest="ui_lang", choices=("fi", "sv", "en"),
                        help="language of messages (default: the app's setting)")
    parser.add_argument("--version", action="version", version=f"hytedesk {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="check that this installation works, then exit")
    parser.set_defaults(func=cmd_gui)
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("info", help="show the current catalogue")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_info)

    p = sub.add_parser("search", help="search the current catalogue")
    p.add_argument("query", nargs="*", help="words to search for (may be empty with filters)")
    p.add_argument("--municipality", help="municipality name")
    p.add_argument("--near", metavar="PLACE", help="place id or name to measure distance from")
    p.add_argument("--max-km", type=float, help="only services within this distance (km)")
    p.add_argument("--theme", action="append", help="priority area: 1-6 or a term id")
    p.add_argument("--situation", action="append", help="life situation code, e.g. loneliness")
    p.add_argument("--target-group", action="append", help="PTV target group term id")
    p.add_argument("--provider", action="append",
                   choices=("municipality", "welfare-region", "ngo", "parish", "company",
                            "national"))
    p.add_argument("--mode", action="append",
                   choices=("in-person", "phone", "video", "home-visit"))
    p.add_argument("--free", action="store_true", help="free of charge only")
    p.add_argument("--lang", choices=("fi", "sv", "en"), help="services offered in this language")
    p.add_argument("--hide-closed", action="store_true", help="hide temporarily closed services")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("import-bundle", help="import a catalogue bundle or an offline bundle")
    p.add_argument("path")
    p.add_argument("--allow-unsigned", action="store_true",
                   help="accept a bundle that carries no signature")
    p.set_defaults(func=cmd_import)

    for name in _modules_for(argv):
        importlib.import_module(name).register(sub)
    return parser


def _gui_self_checks(paths: Paths, state: dict[str, object]
                     ) -> tuple[list[tuple[str, Callable[[], str]]], list[str]]:
    """The self-test's Qt checks; Qt is imported here, only when the self-test runs."""
    from hytedesk.ui import selftest_checks

    return selftest_checks.checks(paths, state), selftest_checks.desktop_notes()


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    args = build_parser(words).parse_args(words)
    if args.ui_lang:
        i18n.set_language(args.ui_lang)
    elif "HYTEDESK_LANG" not in os.environ:
        _language_from_settings()
    setup_logging("hytedesk")
    # The command's name only: its arguments may be search words.
    log.info("command: %s", "self-test" if args.self_test else (args.command or "window"))
    if args.func is cmd_gui and not args.self_test:
        return _run(args)
    with safe_output():  # a terminal never receives control characters from data
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    try:
        if args.self_test:
            from hytedesk.app.selftest import run_self_test

            return run_self_test(gui_checks=_gui_self_checks)
        return int(args.func(args))
    except UserError as exc:
        log.info("command ended: %s", exc.key)  # the text may quote what was typed
        print(f"hytedesk: {printable(exc, lines=True)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    finally:
        _print_notices()


def _print_notices() -> None:
    """What the app repaired on its own during this command: one line each on stderr."""
    from hytedesk.base import notices

    try:
        data = default_paths().data
    except Exception:  # noqa: BLE001  (no data folder: nothing was repaired)
        return
    for notice in notices.take(data):
        print(f"hytedesk: {notice}", file=sys.stderr)


def _language_from_settings() -> None:
    from hytedesk.local.localdb import LocalDB

    try:
        with LocalDB(default_paths()) as local:
            i18n.set_language(str(local.get("ui.language")))
    except UserError:
        pass


if __name__ == "__main__":
    raise SystemExit(main())
