"""The build's scratch database: records of every source, kept on disk, not in memory.

A national build holds some 100,000 services plus their channels and organizations; they
go into a temporary SQLite file while the sources are read, then come out grouped by id
(for merging) and joined with their channels. Memory stays flat in the catalogue size.
"""

from __future__ import annotations

import marshal
import sqlite3
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from hytedesk.admin.context import Origin

Rec = dict[str, Any]

SCHEMA = """
CREATE TABLE service (seq INTEGER PRIMARY KEY, id TEXT NOT NULL, fmt TEXT NOT NULL,
                      source TEXT NOT NULL, line INTEGER NOT NULL, body BLOB NOT NULL,
                      errors INTEGER NOT NULL DEFAULT 0);
CREATE TABLE channel (id TEXT PRIMARY KEY, source TEXT, line INTEGER, modified TEXT,
                      body BLOB NOT NULL);
CREATE TABLE org (id TEXT PRIMARY KEY, source TEXT, line INTEGER, modified TEXT,
                  body BLOB NOT NULL);
CREATE TABLE dupkey (key TEXT NOT NULL, id TEXT NOT NULL, source TEXT, line INTEGER);
"""


def _dump(rec: Any) -> bytes:
    # marshal: several times faster than JSON for plain dicts and lists; the file is ours
    # and lives only as long as the build.
    return marshal.dumps(rec)


def _load(body: bytes) -> Any:
    return marshal.loads(body)


class Staging:
    def __init__(self, directory: Path) -> None:
        self.db = sqlite3.connect(directory / "staging.db", isolation_level=None)
        self.db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
                              "PRAGMA temp_store=FILE;")
        self.db.executescript(SCHEMA)
        self.db.execute("BEGIN")
        self.channel = lru_cache(maxsize=4096)(self._channel)
        self.org = lru_cache(maxsize=4096)(self._org)

    def close(self) -> None:
        if self.db.in_transaction:
            self.db.execute("COMMIT")
        self.db.close()

    def _begin(self) -> None:
        if not self.db.in_transaction:
            self.db.execute("BEGIN")

    def commit(self) -> None:
        self.db.execute("COMMIT")
        self.db.execute("BEGIN")

    def end_transaction(self) -> None:
        """Commits and leaves no transaction open."""
        if self.db.in_transaction:
            self.db.execute("COMMIT")

    def service_count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM service").fetchone()[0])

    # --- writing -------------------------------------------------------------------

    def add_service(self, rid: str, fmt: str, source: str, line: int, rec: Rec,
                    errors: int = 0) -> None:
        """Stages one service; ``errors`` counts the errors already reported about it."""
        self.db.execute(
            "INSERT INTO service (id, fmt, source, line, body, errors) VALUES (?,?,?,?,?,?)",
            (rid, fmt, source, line, _dump(rec), errors))

    def _upsert(self, table: str, rid: str, source: str, line: int, rec: Rec) -> None:
        modified = str(rec.get("modified") or "")
        self.db.execute(
            f"INSERT INTO {table} (id, source, line, modified, body) VALUES (?,?,?,?,?) "
            f"ON CONFLICT(id) DO UPDATE SET source=excluded.source, line=excluded.line, "
            f"modified=excluded.modified, body=excluded.body "
            f"WHERE excluded.modified >= {table}.modified",
            (rid, source, line, modified, _dump(rec)),
        )

    def add_channel(self, rid: str, source: str, line: int, rec: Rec) -> None:
        self._upsert("channel", rid, source, line, rec)

    def add_org(self, rid: str, source: str, line: int, rec: Rec) -> None:
        self._upsert("org", rid, source, line, rec)

    def add_dupkey(self, key: str, rid: str, source: str, line: int) -> None:
        self._begin()
        self.db.execute("INSERT INTO dupkey VALUES (?,?,?,?)", (key, rid, source, line))

    # --- reading -------------------------------------------------------------------

    def _channel(self, rid: str) -> tuple[Rec, Origin] | None:
        row = self.db.execute("SELECT source, line, body FROM channel WHERE id = ?",
                              (rid,)).fetchone()
        if row is None:
            return None
        return _load(row[2]), Origin(row[0], row[0], row[1])

    def _org(self, rid: str) -> Rec | None:
        row = self.db.execute("SELECT body FROM org WHERE id = ?", (rid,)).fetchone()
        return None if row is None else _load(row[0])

    def service_groups(self) -> Iterator[list[tuple[str, str, int, Rec, int]]]:
        """Services grouped by id: ``[(fmt, source, line, record, errors), …]`` in reading
        order."""
        self.db.execute("CREATE INDEX IF NOT EXISTS service_id ON service (id, seq)")
        cur = self.db.cursor()
        cur.execute("SELECT id, fmt, source, line, body, errors FROM service ORDER BY id, seq")
        group: list[tuple[str, str, int, Rec, int]] = []
        current: str | None = None
        for rid, fmt, source, line, body, errors in cur:
            if rid != current and group:
                yield group
                group = []
            current = rid
            group.append((fmt, source, line, _load(body), errors))
        if group:
            yield group

    def duplicates(self) -> Iterator[list[tuple[str, str, int]]]:
        """Groups of different ids that share a duplicate key."""
        self.db.execute("CREATE INDEX IF NOT EXISTS dupkey_key ON dupkey (key)")
        cur = self.db.cursor()
        cur.execute(
            "SELECT d.key, d.id, d.source, d.line FROM dupkey d JOIN "
            "(SELECT key FROM dupkey GROUP BY key HAVING count(DISTINCT id) > 1) k "
            "ON d.key = k.key ORDER BY d.key, d.id"
        )
        group: list[tuple[str, str, int]] = []
        current: str | None = None
        for key, rid, source, line in cur:
            if key != current and group:
                yield group
                group = []
            current = key
            group.append((rid, source, line))
        if group:
            yield group
