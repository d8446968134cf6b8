"""Schema migrations of ``local.db``, applied in order, each in its own transaction.

Append new migrations at the end; never edit or reorder one that has shipped.
``local.db`` holds only the user's own records — no client identity, by construction.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("hytedesk-local")


@migrations()
def m001_settings_and_catalogue_pointer(db: Database) -> None:
    db.execute(
        "CREATE TABLE settings "
        "(key TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at TEXT NOT NULL)"
    )
    # One row: the current catalogue file and the one before it (kept until the next succeeds).
    db.execute(
        """CREATE TABLE catalogue_pointer (
            slot INTEGER PRIMARY KEY CHECK (slot = 1),
            catalogue_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            file TEXT NOT NULL,
            content_digest TEXT NOT NULL,
            sample_data INTEGER NOT NULL,
            source TEXT,
            created TEXT,
            imported_at TEXT NOT NULL,
            verified_at TEXT,
            signed INTEGER NOT NULL DEFAULT 0,
            previous_file TEXT
        )"""
    )
    db.execute(
        """CREATE TABLE outbox (
            uuid TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            payload TEXT NOT NULL,
            created_at TEXT NOT NULL,
            sent_at TEXT
        )"""
    )
    db.execute("CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
