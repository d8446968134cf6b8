"""``local.db``: the user's precious data — settings, the catalogue pointer, referrals.

WAL with ``synchronous=FULL``; schema changes as sqlite-utils ``Migrations``, with a
backup copy taken before any pending migration runs. One ``LocalDB`` per thread; writes
use ``BEGIN IMMEDIATE`` through ``write()``.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from hytedesk.base import i18n
from hytedesk.base.paths import Paths
from hytedesk.local import migrations
from hytedesk.local.settings import SETTINGS, Setting

i18n.register(
    {
        "localdb.open_failed": {
            "fi": "Paikallista tietokantaa {path} ei voitu avata: {detail}. Tietoja ei ole "
            "muutettu; tarkista levytila ja oikeudet.",
            "sv": "Den lokala databasen {path} kunde inte öppnas: {detail}. Inga uppgifter har "
            "ändrats; kontrollera diskutrymmet och behörigheterna.",
            "en": "The local database {path} could not be opened: {detail}. Nothing was "
            "changed; check the free disk space and the permissions.",
        },
        "localdb.restored": {
            "fi": "Paikallinen tietokanta oli tyhjä (vahingoittunut). Se palautettiin "
            "varmuuskopiosta {backup}; sen jälkeen kirjatut tiedot puuttuvat.",
            "sv": "Den lokala databasen var tom (skadad). Den återställdes från "
            "säkerhetskopian {backup}; uppgifter som registrerats efter den saknas.",
            "en": "The local database was empty (damaged). It was restored from the backup "
            "{backup}; what was recorded after that backup is missing.",
        },
        "localdb.recreated": {
            "fi": "Paikallinen tietokanta oli tyhjä (vahingoittunut), eikä varmuuskopiota "
            "ollut. Uusi tietokanta luotiin; koneella ollut palveluluettelo säilyy.",
            "sv": "Den lokala databasen var tom (skadad) och det fanns ingen "
            "säkerhetskopia. En ny databas skapades; tjänstekatalogen på datorn behålls.",
            "en": "The local database was empty (damaged) and there was no backup. A new one "
            "was made; the catalogue on this laptop is kept.",
        },
        "settings.invalid": {
            "fi": "Asetuksen {key} arvo {value!r} ei kelpaa: {why}",
            "sv": "Värdet {value!r} för inställningen {key} duger inte: {why}",
            "en": "The value {value!r} of the setting {key} is not valid: {why}",
        },
        "settings.unknown": {
            "fi": "Tuntematon asetus {key}",
            "sv": "Okänd inställning {key}",
            "en": "Unknown setting {key}",
        },
    }
)


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class CataloguePointer:
    catalogue_id: str
    version: int
    file: str
    content_digest: str
    sample_data: bool
    source: str | None
    created: str | None
    imported_at: str
    verified_at: str | None
    signed: bool
    previous_file: str | None


def _emptied(paths: Paths) -> bool:
    """An empty ``local.db`` beside a catalogue: damage (a full disk, a bad shutdown), not
    a first start. A 0-byte file whose WAL holds data is a normal state SQLite recovers."""
    path = paths.local_db
    try:
        if not path.exists() or path.stat().st_size != 0:
            return False
        wal = path.with_name(path.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            return False
    except OSError:
        return False
    return any(paths.data.glob("catalogue-*.db"))


def _restore_emptied(paths: Paths) -> None:
    """Puts the newest good backup in place of an empty ``local.db`` (under the writer
    lock, so that two processes never restore over each other's writes)."""
    from hytedesk.base import notices
    from hytedesk.base.lock import writer_lock

    with writer_lock(paths.data, wait=120.0):
        if not _emptied(paths):
            return  # restored by another process meanwhile
        backups = sorted(paths.backups.glob("local-*.db"), reverse=True) \
            if paths.backups.is_dir() else []
        for backup in backups:
            try:
                conn = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
                try:
                    ok = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
                finally:
                    conn.close()
            except sqlite3.Error:
                ok = False
            if not ok:
                continue
            part = paths.local_db.with_name(f"local.db.restore-{os.getpid()}")
            try:
                shutil.copyfile(backup, part)
                for extra in ("-wal", "-shm"):
                    paths.local_db.with_name("local.db" + extra).unlink(missing_ok=True)
                os.replace(part, paths.local_db)
            except OSError as exc:
                part.unlink(missing_ok=True)
                raise i18n.UserError("localdb.open_failed", path=paths.local_db,
                                     detail=exc.strerror or exc) from None
            notices.tell(paths.data, paths.logs, "localdb.restored", backup=backup.name)
            return
        notices.tell(paths.data, paths.logs, "localdb.recreated")


class LocalDB:
    def __init__(self, paths: Paths) -> None:
        self.paths = paths.ensure()
        path = paths.local_db
        if _emptied(paths):
            _restore_emptied(paths)
        try:
            existed = path.exists() and path.stat().st_size > 0
            self.conn = sqlite3.connect(path, isolation_level=None, timeout=30)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = FULL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            pending = self._pending_migrations()
            if pending:
                from sqlite_utils import Database  # only when the schema must change

                if existed:
                    self._backup(pending[0])
                migrations.build().apply(Database(self.conn))
        except sqlite3.Error as exc:
            raise i18n.UserError("localdb.open_failed", path=path, detail=exc) from exc

    def _pending_migrations(self) -> list[str]:
        """Names of migrations not applied yet, read without loading sqlite-utils."""
        table = self.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
            (migrations.MIGRATIONS_TABLE,),
        ).fetchone()
        applied: set[str] = set()
        if table:
            applied = {r[0] for r in self.conn.execute(
                f"SELECT name FROM {migrations.MIGRATIONS_TABLE} WHERE migration_set = ?",
                (migrations.MIGRATION_SET,))}
        return [name for name in migrations.names() if name not in applied]

    def _backup(self, before: str) -> Path:
        """A full copy of local.db, taken with SQLite's online backup, before a migration."""
        self.paths.backups.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
        target = self.paths.backups / f"local-{stamp}-before-{before}.db"
        dest = sqlite3.connect(target)
        try:
            self.conn.backup(dest)
        finally:
            dest.close()
        return target

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> LocalDB:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (``BEGIN IMMEDIATE``): all of it commits, or none."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    # -- settings ---------------------------------------------------------------------

    def get(self, key: str) -> Any:
        setting = _setting(key)
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        if row is None:
            return setting.default
        try:
            return setting.parse(json.loads(row[0]))
        except (ValueError, TypeError):
            return setting.default

    def set(self, key: str, value: Any) -> None:
        setting = _setting(key)
        try:
            parsed = setting.parse(value)
        except (ValueError, TypeError) as exc:
            raise i18n.UserError("settings.invalid", key=key, value=value, why=exc) from exc
        with self.write() as conn:
            conn.execute(
                "INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                "updated_at = excluded.updated_at",
                (key, json.dumps(parsed, ensure_ascii=False), now_iso()),
            )

    # -- the catalogue pointer ---------------------------------------------------------

    def pointer(self) -> CataloguePointer | None:
        row = self.conn.execute("SELECT * FROM catalogue_pointer WHERE slot = 1").fetchone()
        if row is None:
            return None
        d = dict(row)
        d.pop("slot")
        d["sample_data"] = bool(d["sample_data"])
        d["signed"] = bool(d["signed"])
        return CataloguePointer(**d)

    def current_catalogue_path(self) -> Path | None:
        p = self.pointer()
        return self.paths.data / p.file if p else None

    def switch_catalogue(self, *, catalogue_id: str, version: int, file: str, digest: str,
                         sample_data: bool, source: str | None, created: str | None,
                         signed: bool, verified: bool,
                         previous_file: str | None | object = ...) -> str | None:
        """Makes ``file`` current in one committed write; returns the file it replaced.

        The file current until now is remembered as the previous one, unless
        ``previous_file`` names another (the current one may be damaged)."""
        with self.write() as conn:
            old = conn.execute("SELECT file FROM catalogue_pointer WHERE slot = 1").fetchone()
            previous = old[0] if old and old[0] != file else None
            if previous_file is not ...:
                previous = previous_file if previous_file != file else None  # type: ignore[assignment]
            now = now_iso()
            conn.execute(
                "INSERT OR REPLACE INTO catalogue_pointer (slot, catalogue_id, version, file, "
                "content_digest, sample_data, source, created, imported_at, verified_at, "
                "signed, previous_file) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (catalogue_id, version, file, digest, int(sample_data), source, created, now,
                 now if verified else None, int(signed), previous),
            )
        return previous

    def mark_verified(self, *, signed: bool = False) -> None:
        """Signed metadata confirmed the current catalogue now; with ``signed``, its content
        is the signed content (it may have been imported unsigned with the same digest)."""
        with self.write() as conn:
            conn.execute("UPDATE catalogue_pointer SET verified_at = ?, signed = signed OR ? "
                         "WHERE slot = 1", (now_iso(), int(signed)))


def _setting(key: str) -> Setting:
    try:
        return SETTINGS[key]
    except KeyError:
        raise i18n.UserError("settings.unknown", key=key) from None
