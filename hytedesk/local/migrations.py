"""Schema migrations of ``local.db``, applied in order, each in its own transaction.

Append new migrations at the end; never edit or reorder one that has shipped.
``local.db`` holds only the user's own records — no client identity, by construction.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # sqlite-utils is imported only when a migration is pending
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

MIGRATION_SET = "hytedesk-local"
MIGRATIONS_TABLE = "_sqlite_migrations"
Migration = Callable[["Database"], None]
_registered: list[tuple[str, Migration]] = []


def migration(fn: Migration) -> Migration:
    """Registers ``fn`` as the next migration, named after the function."""
    _registered.append((fn.__name__, fn))
    return fn


def names() -> list[str]:
    return [name for name, _fn in _registered]


def build() -> Migrations:
    """The registered migrations as a sqlite-utils ``Migrations`` set."""
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET)
    for name, fn in _registered:
        migrations(name=name)(fn)
    return migrations


@migration
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


@migration
def m002_referrals(db: Database) -> None:
    # Anonymous by construction: no column can hold a client's name, personal identity
    # code, address or phone. The place is kept at municipality level only.
    db.execute(
        """CREATE TABLE referrals (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            local_date TEXT NOT NULL,
            staff_service_area TEXT NOT NULL,
            municipality TEXT,
            age_band TEXT NOT NULL
                CHECK (age_band IN ('under-18', '18-29', '30-64', '65-74', '75+')),
            client_language TEXT NOT NULL DEFAULT 'fi',
            reach_km REAL,
            modes TEXT NOT NULL DEFAULT '',
            checklist_id TEXT,
            catalogue_id TEXT,
            catalogue_version INTEGER,
            handout TEXT CHECK (handout IS NULL OR handout IN ('print', 'pdf')),
            follow_up_date TEXT,
            outcome TEXT CHECK (outcome IS NULL OR outcome IN
                ('reached', 'tried-not-in', 'did-not-try', 'unknown')),
            outcome_reason TEXT CHECK (outcome_reason IS NULL OR outcome_reason IN
                ('full', 'not-eligible', 'too-far', 'no-transport', 'other')),
            outcome_at TEXT
        )"""
    )
    db.execute("CREATE INDEX referrals_local_date ON referrals (local_date)")
    db.execute("CREATE INDEX referrals_follow_up ON referrals (follow_up_date)")
    db.execute(
        """CREATE TABLE referral_items (
            referral_id INTEGER NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
            item_id TEXT NOT NULL,
            red_flag INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (referral_id, item_id)
        )"""
    )
    db.execute(
        """CREATE TABLE referral_themes (
            referral_id INTEGER NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
            theme TEXT NOT NULL,
            PRIMARY KEY (referral_id, theme)
        )"""
    )
    db.execute(
        """CREATE TABLE referral_services (
            referral_id INTEGER NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
            role TEXT NOT NULL CHECK (role IN ('recommended', 'chosen')),
            position INTEGER NOT NULL,
            service_id TEXT NOT NULL,
            service_name TEXT NOT NULL,
            local INTEGER NOT NULL DEFAULT 0,
            reasons TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (referral_id, role, service_id)
        )"""
    )
    db.execute(
        """CREATE TABLE referral_unmet (
            referral_id INTEGER NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
            situation TEXT NOT NULL,
            theme TEXT,
            municipality TEXT
        )"""
    )
    db.execute("CREATE INDEX referral_unmet_referral ON referral_unmet (referral_id)")


@migration
def m003_local_services(db: Database) -> None:
    # The service itself (with its venue address and phone) lives in the HSDS JSON of
    # ``record``; the columns are only what listing and expiry need.
    db.execute(
        """CREATE TABLE local_services (
            id TEXT PRIMARY KEY,
            record TEXT NOT NULL,
            service_name TEXT NOT NULL,
            municipality TEXT,
            curator TEXT NOT NULL DEFAULT '',
            expires TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )


@migration
def m004_region_outbox(db: Database) -> None:
    # Upload packages for the region (hytedesk/outbox): the encrypted package (bytes) is
    # the payload of an ``outbox`` row (kind 'upload'); ``period`` and ``revision`` say which
    # month it snapshots. ``outbox_periods`` remembers what was last packaged per month, so
    # a month is sent again only when its counts changed (an outcome recorded later).
    db.execute("ALTER TABLE outbox ADD COLUMN period TEXT")
    db.execute("ALTER TABLE outbox ADD COLUMN revision INTEGER")
    db.execute("ALTER TABLE outbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE outbox ADD COLUMN last_error TEXT")
    db.execute(
        """CREATE TABLE outbox_periods (
            period TEXT PRIMARY KEY,
            digest TEXT NOT NULL,
            revision INTEGER NOT NULL
        )"""
    )
    # Which version of a local service or report went into which package; ``sent`` once
    # the server (or an export) took that package.
    db.execute(
        """CREATE TABLE outbox_items (
            kind TEXT NOT NULL CHECK (kind IN ('local-service', 'wrong-report')),
            item_id TEXT NOT NULL,
            version TEXT NOT NULL,
            package_uuid TEXT NOT NULL,
            sent INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (kind, item_id, version, package_uuid)
        )"""
    )
    # "This entry is wrong" reports from the detail pane: about a catalogue service, never
    # about a client. ``record_digest`` is the entry as it was reported; a catalogue whose
    # entry differs from it has changed that service, and the report is then resolved.
    db.execute(
        """CREATE TABLE wrong_reports (
            uuid TEXT PRIMARY KEY,
            service_id TEXT NOT NULL,
            service_name TEXT NOT NULL,
            record_digest TEXT NOT NULL,
            catalogue_id TEXT,
            catalogue_version INTEGER,
            reason TEXT NOT NULL CHECK (reason IN
                ('closed', 'wrong-phone', 'wrong-address', 'wrong-time', 'other')),
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            local_date TEXT NOT NULL
        )"""
    )
