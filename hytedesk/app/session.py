"""What every front end needs at start: paths, local.db, the current catalogue.

The first start imports the embedded demo catalogue, so the app works with no network.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from hytedesk.base import i18n
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
        "app.catalogue_missing": {
            "fi": "Nykyinen luettelotiedosto {file} puuttuu. Tuo luettelo uudelleen.",
            "sv": "Den nuvarande katalogfilen {file} saknas. Importera katalogen på nytt.",
            "en": "The current catalogue file {file} is missing. Import the catalogue again.",
        },
    }
)


def demo_bundle_path() -> Path:
    return resources_dir() / "demo" / "kainuu-demo.hytebundle"


def ensure_catalogue(paths: Paths) -> CataloguePointer:
    """The current catalogue; the first start imports the preset's or the demo catalogue."""
    with LocalDB(paths) as local:
        pointer = local.pointer()
    if pointer is not None and (paths.data / pointer.file).exists():
        if cat.schema_version_of(paths.data / pointer.file) != cat.SCHEMA_VERSION:
            from hytedesk.catalogue.importer import rebuild_catalogue

            rebuild_catalogue(paths)  # built by an older HyteDesk
        return pointer
    previous = paths.data / pointer.previous_file if pointer and pointer.previous_file else None
    if pointer is not None and previous is not None and previous.exists():
        # The current file is gone (deleted by hand?) but the previous one is here.
        raise i18n.UserError("app.catalogue_missing", file=pointer.file)
    from hytedesk.app.preset import first_start  # an installer's preset, if one is baked in

    if not first_start(paths):
        demo = demo_bundle_path()
        if not demo.exists():
            raise i18n.UserError("app.no_catalogue", path=demo)
        from hytedesk.catalogue.importer import import_bundle  # first start only

        import_bundle(paths, demo)
    with LocalDB(paths) as local:
        new = local.pointer()
    assert new is not None
    return new


@dataclass
class Session:
    """An open catalogue for one thread: read-only connection plus its pointer."""

    paths: Paths
    pointer: CataloguePointer
    conn: sqlite3.Connection

    def close(self) -> None:
        self.conn.close()


def open_session(paths: Paths | None = None) -> Session:
    paths = (paths or default_paths()).ensure()
    pointer = ensure_catalogue(paths)
    conn = cat.connect(paths.data / pointer.file, readonly=True)
    return Session(paths, pointer, conn)
