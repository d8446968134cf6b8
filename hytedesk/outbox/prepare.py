"""Preparing upload packages from ``local.db`` (see ``hytedesk.bundle.upload``).

One package snapshots one calendar month of this laptop's referrals as counts. A month is
packaged again (``revision`` + 1) only when its counts changed since the last package —
typically an outcome recorded at the follow-up visit; the region keeps the highest
revision. Local services added or changed and "this entry is wrong" reports ride along
in the package of the newest month until a package holding them has been sent.
Unsent packages of a month are replaced by the newer one (they were never read).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from hytedesk.base import i18n
from hytedesk.bundle import upload
from hytedesk.local.localdb import LocalDB, now_iso

INSTALLATION_KEY = "installation_id"

i18n.register(
    {
        "outbox.no_key": {
            "fi": "Alueen julkista avainta (asetus upload.recipients) ei ole asetettu, joten "
            "paketteja ei valmisteltu. Ylläpitäjä asettaa sen asennuksen esiasetuksissa.",
            "sv": "Regionens publika nyckel (inställningen upload.recipients) är inte satt, "
            "så inga paket förbereddes. Administratören anger den i installationens "
            "förinställningar.",
            "en": "The region's public key (setting upload.recipients) is not set, so no "
            "packages were prepared. The administrator sets it in the installer preset.",
        },
    }
)


@dataclass(frozen=True)
class Prepared:
    """What one ``prepare`` run made: new package ids, and whether a key was missing."""

    packages: list[str]
    no_key: bool = False


def installation_id(local: LocalDB) -> str:
    """This laptop's random installation id (no name, no account), made at first use."""
    row = local.conn.execute("SELECT value FROM sync_state WHERE key = ?",
                             (INSTALLATION_KEY,)).fetchone()
    if row:
        return str(row[0])
    new = str(uuid.uuid4())
    with local.write() as conn:
        conn.execute("INSERT OR IGNORE INTO sync_state (key, value) VALUES (?, ?)",
                     (INSTALLATION_KEY, new))
        row = conn.execute("SELECT value FROM sync_state WHERE key = ?",
                           (INSTALLATION_KEY,)).fetchone()
    return str(row[0])


def month_counts(conn: sqlite3.Connection, period: str) -> dict[str, list[dict[str, Any]]]:
    """The month's referrals as counts, in the package's row shapes (sorted, so that the
    same records always give the same digest)."""
    like = period + "-%"
    base = ("SELECT r.id, r.municipality, r.age_band, r.outcome, r.outcome_reason "
            "FROM referrals r WHERE r.local_date LIKE ?")
    referrals = conn.execute(base, (like,)).fetchall()
    keyed = {r[0]: (r[1], r[2], r[3], r[4]) for r in referrals}
    out: dict[str, list[dict[str, Any]]] = {}

    def rows(counter: Counter[tuple[Any, ...]], fields: tuple[str, ...]) -> list[dict[str, Any]]:
        made = [dict(zip(fields, key, strict=True), count=n) for key, n in counter.items()]
        return sorted(made, key=lambda d: json.dumps(d, sort_keys=True, ensure_ascii=False))

    context = ("municipality", "age_band", "outcome", "outcome_reason")
    out["referrals"] = rows(Counter(keyed.values()), context)
    # A referral counts once for each situation ticked, and once for each priority area.
    for key, table, column, name in (("situations", "referral_items", "item_id", "situation"),
                                     ("themes", "referral_themes", "theme", "theme")):
        counter: Counter[tuple[Any, ...]] = Counter()
        for rid, value in conn.execute(
                f"SELECT x.referral_id, x.{column} FROM {table} x JOIN referrals r "
                "ON r.id = x.referral_id WHERE r.local_date LIKE ?", (like,)):
            m, a, o, why = keyed[rid]
            counter[(m, a, value, o, why)] += 1
        out[key] = rows(counter, ("municipality", "age_band", name, "outcome",
                                  "outcome_reason"))
    unmet: Counter[tuple[Any, ...]] = Counter()
    for rid, situation, theme, muni in conn.execute(
            "SELECT u.referral_id, u.situation, u.theme, u.municipality FROM referral_unmet u "
            "JOIN referrals r ON r.id = u.referral_id WHERE r.local_date LIKE ?", (like,)):
        unmet[(muni or keyed[rid][0], situation, theme)] += 1
    out["unmet"] = rows(unmet, ("municipality", "situation", "theme"))
    return out


def _digest(counts: dict[str, Any]) -> str:
    data = json.dumps(counts, sort_keys=True, ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def _pending_local_services(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    sent = {(r[0], r[1]) for r in conn.execute(
        "SELECT item_id, version FROM outbox_items WHERE kind = 'local-service' AND sent = 1")}
    out = []
    for sid, record, updated in conn.execute(
            "SELECT id, record, updated_at FROM local_services ORDER BY id"):
        if (sid, updated) not in sent:
            out.append({"id": sid, "updated_at": updated, "record": json.loads(record)})
    return out


def _pending_reports(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    sent = {r[0] for r in conn.execute(
        "SELECT item_id FROM outbox_items WHERE kind = 'wrong-report' AND sent = 1")}
    out = []
    for row in conn.execute(
            "SELECT uuid, service_id, service_name, catalogue_id, catalogue_version, reason, "
            "note, local_date FROM wrong_reports ORDER BY created_at, uuid"):
        if row[0] not in sent:
            out.append({"id": row[0], "service_id": row[1], "service_name": row[2],
                        "catalogue_id": row[3], "catalogue_version": row[4],
                        "reason": row[5], "note": row[6] or None, "created": row[7]})
    return out


def _already_waiting(conn: sqlite3.Connection, period: str,
                     local_services: list[dict[str, Any]], reports: list[dict[str, Any]]) -> bool:
    """Whether an unsent package of ``period`` already carries every pending local service
    (in its current version) and report: then preparing again would only make the same
    package with a new revision, on every sync and every day until it is sent."""
    waiting = {(r[0], r[1], r[2]) for r in conn.execute(
        "SELECT i.kind, i.item_id, i.version FROM outbox_items i JOIN outbox o "
        "ON o.uuid = i.package_uuid WHERE o.kind = 'upload' AND o.sent_at IS NULL "
        "AND o.period = ?", (period,))}
    wanted = {("local-service", s["id"], s["updated_at"]) for s in local_services}
    wanted |= {("wrong-report", r["id"], "1") for r in reports}
    return wanted <= waiting


def _months(conn: sqlite3.Connection, today: str) -> list[str]:
    found = {r[0] for r in conn.execute(
        "SELECT DISTINCT substr(local_date, 1, 7) FROM referrals")}
    found |= {r[0] for r in conn.execute("SELECT period FROM outbox_periods")}
    found.add(today[:7])
    return sorted(found)


def _prepare_month(w: sqlite3.Connection, period: str, newest: bool,
                   local_services: list[dict[str, Any]], reports: list[dict[str, Any]],
                   keys: list[str], inst: str, created: str,
                   catalogue: dict[str, Any] | None) -> str | None:
    """One month's package if it is due (inside the caller's write transaction): its id,
    or None when nothing changed since the last one."""
    counts = month_counts(w, period)
    digest = _digest(counts)
    row = w.execute("SELECT digest, revision FROM outbox_periods WHERE period = ?",
                    (period,)).fetchone()
    extras = newest and bool(local_services or reports)
    if row is not None and row[0] == digest and (
            not extras or _already_waiting(w, period, local_services, reports)):
        return None
    if row is None and not any(counts.values()) and not extras:
        return None
    revision = (row[1] if row else 0) + 1
    package_id = str(uuid.uuid4())
    package: dict[str, Any] = {
        "format": upload.FORMAT, "format_version": upload.FORMAT_VERSION,
        "package_id": package_id, "installation_id": inst, "created": created,
        "period": period, "revision": revision, "catalogue": catalogue, **counts,
        "local_services": local_services if newest else [],
        "wrong_reports": reports if newest else [],
    }
    blob = upload.encrypt(package, keys)
    # Unsent packages of this month are superseded by this one; what they carried (local
    # services, reports) is carried again here.
    old = [r[0] for r in w.execute(
        "SELECT uuid FROM outbox WHERE kind = 'upload' AND period = ? AND sent_at IS NULL",
        (period,))]
    for gone in old:
        w.execute("DELETE FROM outbox WHERE uuid = ?", (gone,))
        w.execute("DELETE FROM outbox_items WHERE package_uuid = ? AND sent = 0", (gone,))
    w.execute("INSERT INTO outbox (uuid, kind, payload, created_at, period, revision) "
              "VALUES (?, 'upload', ?, ?, ?, ?)",
              (package_id, blob, now_iso(), period, revision))
    w.execute("INSERT INTO outbox_periods (period, digest, revision) VALUES (?, ?, ?) "
              "ON CONFLICT (period) DO UPDATE SET digest = excluded.digest, "
              "revision = excluded.revision", (period, digest, revision))
    for item in package["local_services"]:
        w.execute("INSERT OR IGNORE INTO outbox_items (kind, item_id, version, package_uuid) "
                  "VALUES ('local-service', ?, ?, ?)", (item["id"], item["updated_at"],
                                                        package_id))
    for item in package["wrong_reports"]:
        w.execute("INSERT OR IGNORE INTO outbox_items (kind, item_id, version, package_uuid) "
                  "VALUES ('wrong-report', ?, '1', ?)", (item["id"], package_id))
    return package_id


def prepare(local: LocalDB, *, now: datetime | None = None) -> Prepared:
    """Makes the packages that are due and stores them, encrypted, in the outbox.

    Nothing is prepared without the region's public key (``upload.recipients``): counts
    are never kept unencrypted outside the referral tables themselves."""
    keys = local.get("upload.recipients")
    if not keys:
        return Prepared([], no_key=True)
    now = now or datetime.now(UTC)
    created = now.strftime("%Y-%m-%dT%H:%M:%SZ")
    today = now.date().isoformat()
    conn = local.conn
    inst = installation_id(local)
    pointer = local.pointer()
    catalogue = {"id": pointer.catalogue_id, "version": pointer.version} if pointer else None
    months = _months(conn, today)
    newest = months[-1]
    local_services = _pending_local_services(conn)
    reports = _pending_reports(conn)
    made: list[str] = []
    for period in months:
        # Decided and stored in one write transaction, so that two runs at once (the
        # window's background run and an export) cannot give a month the same revision.
        with local.write() as w:
            made_id = _prepare_month(w, period, period == newest, local_services, reports,
                                     keys, inst, created, catalogue)
        if made_id:
            made.append(made_id)
    return Prepared(made)


@dataclass(frozen=True)
class Pending:
    uuid: str
    period: str
    revision: int
    payload: bytes
    attempts: int
    last_error: str | None


def pending(local: LocalDB) -> list[Pending]:
    return [Pending(r[0], r[1], r[2], bytes(r[3]), r[4], r[5])
            for r in local.conn.execute(
                "SELECT uuid, period, revision, payload, attempts, last_error FROM outbox "
                "WHERE kind = 'upload' AND sent_at IS NULL ORDER BY period, revision")]


def mark_sent(local: LocalDB, package_uuid: str) -> None:
    """The package was taken (server success, or written to an export folder)."""
    with local.write() as w:
        w.execute("UPDATE outbox SET sent_at = ?, last_error = NULL WHERE uuid = ?",
                  (now_iso(), package_uuid))
        w.execute("UPDATE outbox_items SET sent = 1 WHERE package_uuid = ?", (package_uuid,))


def mark_failed(local: LocalDB, package_uuid: str, error: str) -> None:
    with local.write() as w:
        w.execute("UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE uuid = ?",
                  (error[:300], package_uuid))


def status(local: LocalDB) -> dict[str, Any]:
    row = local.conn.execute(
        "SELECT count(*) FILTER (WHERE sent_at IS NULL), count(*) FILTER (WHERE sent_at IS NOT "
        "NULL), max(sent_at) FROM outbox WHERE kind = 'upload'").fetchone()
    return {"pending": row[0], "sent": row[1], "last_sent": row[2]}
