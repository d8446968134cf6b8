"""What every front end needs at start: paths, local.db, the current catalogue.

The first start imports the embedded demo catalogue, so the app works with no network.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from hytedesk.base import i18n, notices
from hytedesk.base.lock import writer_lock
from hytedesk.base.paths import Paths, default_paths, resources_dir
from hytedesk.catalogue import catdb as cat
from hytedesk.local.localdb import CataloguePointer, LocalDB

i18n.register(
    {
        "app.no_catalogue": {
            "fi": "Luetteloa ei ole vielä tuotu eikä sovelluksen mukana tullutta "
            "esimerkkiluetteloa löydy ({path}). Tuo luettelo: hytedesk import-bundle TIEDOSTO",
            "sv": "Ingen katalog har importerats och exempelkatalogen som följer med "
            "programmet hittas inte ({path}). Importera en katalog: hytedesk import-bundle FIL",
            "en": "No catalogue has been imported and the demo catalogue that comes with the "
            "app is missing ({path}). Import one: hytedesk import-bundle FILE",
        },
        "app.catalogue_repaired": {
            "fi": "Luettelotiedosto {file} oli vahingoittunut ({problem}). Käytössä on nyt "
            "edellinen ehjä luettelo, versio {version}; seuraava päivitys tuo uusimman.",
            "sv": "Katalogfilen {file} var skadad ({problem}). Nu används den föregående hela "
            "katalogen, version {version}; nästa uppdatering hämtar den senaste.",
            "en": "The catalogue file {file} was damaged ({problem}). The previous good "
            "catalogue, version {version}, is in use now; the next update brings the newest.",
        },
        "app.catalogue_reinstalled": {
            "fi": "Luettelotiedosto {file} oli vahingoittunut ({problem}), eikä ehjää "
            "edellistä luetteloa ollut. Käytössä on nyt sovelluksen mukana tullut luettelo; "
            "päivitä luettelo tai tuo se uudelleen.",
            "sv": "Katalogfilen {file} var skadad ({problem}) och det fanns ingen hel "
            "föregående katalog. Nu används katalogen som följer med programmet; uppdatera "
            "eller importera katalogen på nytt.",
            "en": "The catalogue file {file} was damaged ({problem}) and no good previous "
            "catalogue was left. The catalogue that comes with the app is in use now; update "
            "or import the catalogue again.",
        },
        "app.catalogue_adopted": {
            "fi": "Paikallinen tietokanta luotiin uudelleen; käytössä pidettiin koneella jo "
            "ollut luettelo {file}.",
            "sv": "Den lokala databasen skapades på nytt; katalogen {file} som redan fanns på "
            "datorn används.",
            "en": "The local database was created anew; the catalogue {file} already on this "
            "laptop is kept in use.",
        },
    }
)


def demo_bundle_path() -> Path:
    return resources_dir() / "demo" / "kainuu-demo.hytebundle"


# A second window or command waits this long for a first start or repair in progress.
START_WAIT = 120.0


def ensure_catalogue(paths: Paths) -> CataloguePointer:
    """The current catalogue; the first start imports the preset's or the demo catalogue.

    A current file that is missing, cannot be opened or fails its checks is replaced by
    the previous good catalogue still on disk, or else by the shipped one
    (``repair_catalogue``); the user is told once (``hytedesk.base.notices``).
    """
    with LocalDB(paths) as local:
        pointer = local.pointer()
    if pointer is not None:
        problem = _problem(paths, pointer)
        if problem is None:
            if cat.schema_version_of(paths.data / pointer.file) != cat.SCHEMA_VERSION:
                from hytedesk.catalogue.importer import rebuild_catalogue

                rebuild_catalogue(paths)  # built by an older HyteDesk
            return pointer
        return repair_catalogue(paths, problem)
    with writer_lock(paths.data, wait=START_WAIT):
        with LocalDB(paths) as local:
            pointer = local.pointer()
        if pointer is not None:  # another window or command did the first start meanwhile
            return ensure_catalogue(paths)
        adopted = _adopt(paths, None)
        if adopted is not None:
            # local.db was made anew beside a catalogue (it was lost or emptied): keep the
            # region's catalogue rather than replacing it with the demo one.
            notices.tell(paths.data, paths.logs, "app.catalogue_adopted", file=adopted.file)
            return adopted
        return _install_shipped(paths)


def _problem(paths: Paths, pointer: CataloguePointer, thorough: bool = False) -> str | None:
    try:
        cat.check_file(paths.data / pointer.file, digest=pointer.content_digest,
                       thorough=thorough)
    except cat.DamagedCatalogue as exc:
        return str(exc)
    return None


def _install_shipped(paths: Paths) -> CataloguePointer:
    """Imports the installer preset's catalogue, or the demo one (the lock is held)."""
    from hytedesk.app.preset import first_start  # an installer's preset, if one is baked in

    if not first_start(paths):
        demo = demo_bundle_path()
        if not demo.exists():
            raise i18n.UserError("app.no_catalogue", path=demo)
        from hytedesk.catalogue.importer import import_bundle

        import_bundle(paths, demo)
    with LocalDB(paths) as local:
        new = local.pointer()
    assert new is not None
    return new


def _adopt(paths: Paths, avoid: str | None, first: str | None = None
           ) -> CataloguePointer | None:
    """Makes the newest good catalogue file on disk current (``first`` is tried first)."""
    files = sorted(paths.data.glob("catalogue-*.db"), key=lambda f: f.stat().st_mtime,
                   reverse=True)
    names = [f.name for f in files if f.name != avoid]
    if first is not None and first in names:
        names.remove(first)
        names.insert(0, first)
    for name in names:
        try:
            meta = cat.check_file(paths.data / name, thorough=True)
            version = int(meta["version"])
        except (cat.DamagedCatalogue, ValueError):
            continue
        with LocalDB(paths) as local:
            # Not verified now: recorded as unsigned, so the next signed catalogue (sync,
            # offline bundle) replaces it whatever its version.
            local.switch_catalogue(
                catalogue_id=meta["catalogue_id"], version=version, file=name,
                digest=meta["content_digest"], sample_data=meta.get("sample_data") == "1",
                source=meta.get("source") or None, created=meta.get("created") or None,
                signed=False, verified=False, previous_file=None)
            return local.pointer()
    return None


def repair_catalogue(paths: Paths, problem: str, *, thorough: bool = False
                     ) -> CataloguePointer:
    """Replaces a damaged current catalogue: the previous good file, another good file on
    disk, or the shipped catalogue; the damaged file is kept aside as ``*.damaged``."""
    with writer_lock(paths.data, wait=START_WAIT):
        with LocalDB(paths) as local:
            pointer = local.pointer()
        if pointer is None:
            return ensure_catalogue(paths)
        problem = _problem(paths, pointer, thorough=thorough) or ""
        if not problem:
            return pointer  # repaired by another process meanwhile
        broken = paths.data / pointer.file
        if broken.exists():
            with contextlib.suppress(OSError):
                os.replace(broken, broken.with_name(broken.name + ".damaged"))
        new = _adopt(paths, pointer.file, first=pointer.previous_file)
        if new is not None:
            if cat.schema_version_of(paths.data / new.file) != cat.SCHEMA_VERSION:
                # kept from before an update: its derived tables are not what this app's
                # search asks (hidden services would show), so it is rebuilt first
                from hytedesk.catalogue.importer import rebuild_catalogue

                rebuild_catalogue(paths)  # (the writer lock is re-entrant)
            notices.tell(paths.data, paths.logs, "app.catalogue_repaired", file=pointer.file,
                         problem=problem, now=new.file, version=new.version)
            return new
        new = _install_shipped(paths)
        notices.tell(paths.data, paths.logs, "app.catalogue_reinstalled", file=pointer.file,
                     problem=problem, now=new.file)
        return new


@dataclass
class Session:
    """An open catalogue for one thread: read-only connection plus its pointer."""

    paths: Paths
    pointer: CataloguePointer
    conn: sqlite3.Connection

    def close(self) -> None:
        self.conn.close()


def recover(paths: Paths) -> bool:
    """After a query failed on the current catalogue: checks it thoroughly and replaces it
    if it is damaged (True), so the caller can try once more."""
    with LocalDB(paths) as local:
        pointer = local.pointer()
    if pointer is None:
        return False
    problem = _problem(paths, pointer, thorough=True)
    if problem is None:
        return False
    repair_catalogue(paths, problem, thorough=True)
    return True


def open_session(paths: Paths | None = None) -> Session:
    paths = (paths or default_paths()).ensure()
    pointer = ensure_catalogue(paths)
    conn = cat.connect(paths.data / pointer.file, readonly=True)
    return Session(paths, pointer, conn)
