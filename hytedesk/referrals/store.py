"""Saving and reading referral records in ``local.db``.

A referral and all its rows are written in one ``BEGIN IMMEDIATE`` transaction: a crash
leaves either the whole record or none of it, and never touches earlier records.
"""

from __future__ import annotations

import sqlite3
import uuid as uuidlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from hytedesk.base import i18n
from hytedesk.local.localdb import LocalDB, now_iso
from hytedesk.referrals.model import (
    OUTCOME_REASONS,
    OUTCOMES,
    ClientContext,
    Referral,
    ServiceRef,
    UnmetNeed,
)

HELSINKI = ZoneInfo("Europe/Helsinki")

i18n.register(
    {
        "referral.not_found": {
            "fi": "Ohjausta {id} ei löydy.",
            "sv": "Hänvisningen {id} finns inte.",
            "en": "Referral {id} was not found.",
        },
        "referral.no_items": {
            "fi": "Valitse tarkistuslistasta vähintään yksi tilanne tai kirjaa palvelu.",
            "sv": "Välj minst en situation i checklistan eller registrera en tjänst.",
            "en": "Tick at least one situation on the checklist or record a service.",
        },
    }
)


def local_today() -> date:
    return datetime.now(HELSINKI).date()


def save_referral(local: LocalDB, referral: Referral, *, today: date | None = None) -> int:
    """Stores ``referral`` atomically and returns its id (also set on the object)."""
    if not referral.items and not referral.chosen and not referral.unmet:
        raise i18n.UserError("referral.no_items")
    day = today or local_today()
    follow_up = referral.follow_up_date
    if follow_up is None:
        follow_up = day + timedelta(days=int(local.get("referral.follow_up_days")))
    ctx = referral.context
    ref_uuid = referral.uuid or str(uuidlib.uuid4())
    created = now_iso()
    red = set(referral.red_flag_items)
    with local.write() as conn:
        cur = conn.execute(
            "INSERT INTO referrals (uuid, created_at, local_date, staff_service_area, "
            "municipality, age_band, client_language, reach_km, modes, checklist_id, "
            "catalogue_id, catalogue_version, handout, follow_up_date) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (ref_uuid, created, day.isoformat(), referral.staff_service_area,
             ctx.municipality, ctx.age_band, ctx.language, ctx.max_km, ",".join(ctx.modes),
             ctx.checklist_id, referral.catalogue_id, referral.catalogue_version,
             referral.handout, follow_up.isoformat()),
        )
        rid = int(cur.lastrowid or 0)
        conn.executemany(
            "INSERT INTO referral_items (referral_id, item_id, red_flag) VALUES (?, ?, ?)",
            [(rid, item, int(item in red)) for item in dict.fromkeys(referral.items)],
        )
        conn.executemany(
            "INSERT INTO referral_themes (referral_id, theme) VALUES (?, ?)",
            [(rid, t) for t in dict.fromkeys(referral.themes)],
        )
        for role, refs in (("recommended", referral.recommended), ("chosen", referral.chosen)):
            seen: set[str] = set()
            for pos, ref in enumerate(refs):
                if ref.service_id in seen:
                    continue
                seen.add(ref.service_id)
                conn.execute(
                    "INSERT INTO referral_services (referral_id, role, position, service_id, "
                    "service_name, local, reasons) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (rid, role, pos, ref.service_id, ref.name, int(ref.local),
                     ",".join(ref.reasons)),
                )
        conn.executemany(
            "INSERT INTO referral_unmet (referral_id, situation, theme, municipality) "
            "VALUES (?, ?, ?, ?)",
            [(rid, u.situation, u.theme, u.municipality) for u in referral.unmet],
        )
    referral.id, referral.uuid, referral.created_at = rid, ref_uuid, created
    referral.local_date, referral.follow_up_date = day.isoformat(), follow_up
    return rid


def _services(conn: sqlite3.Connection, rid: int, role: str) -> list[ServiceRef]:
    return [
        ServiceRef(r[0], r[1], bool(r[2]), tuple(x for x in r[3].split(",") if x))
        for r in conn.execute(
            "SELECT service_id, service_name, local, reasons FROM referral_services "
            "WHERE referral_id = ? AND role = ? ORDER BY position", (rid, role))
    ]


def get_referral(conn: sqlite3.Connection, rid: int) -> Referral:
    row = conn.execute("SELECT * FROM referrals WHERE id = ?", (rid,)).fetchone()
    if row is None:
        raise i18n.UserError("referral.not_found", id=rid)
    r = dict(row)
    items = conn.execute("SELECT item_id, red_flag FROM referral_items WHERE referral_id = ? "
                         "ORDER BY rowid", (rid,)).fetchall()
    ctx = ClientContext(
        age_band=r["age_band"], municipality=r["municipality"], max_km=r["reach_km"],
        modes=tuple(m for m in r["modes"].split(",") if m), language=r["client_language"],
        checklist_id=r["checklist_id"] or "referral",
    )
    return Referral(
        context=ctx, staff_service_area=r["staff_service_area"],
        items=tuple(i[0] for i in items),
        red_flag_items=tuple(i[0] for i in items if i[1]),
        themes=tuple(t[0] for t in conn.execute(
            "SELECT theme FROM referral_themes WHERE referral_id = ? ORDER BY theme", (rid,))),
        recommended=_services(conn, rid, "recommended"),
        chosen=_services(conn, rid, "chosen"),
        unmet=[UnmetNeed(u[0], u[1], u[2]) for u in conn.execute(
            "SELECT situation, theme, municipality FROM referral_unmet WHERE referral_id = ? "
            "ORDER BY rowid", (rid,))],
        handout=r["handout"],
        follow_up_date=date.fromisoformat(r["follow_up_date"]) if r["follow_up_date"] else None,
        catalogue_id=r["catalogue_id"], catalogue_version=r["catalogue_version"],
        id=rid, uuid=r["uuid"], created_at=r["created_at"], local_date=r["local_date"],
        outcome=r["outcome"], outcome_reason=r["outcome_reason"], outcome_at=r["outcome_at"],
    )


@dataclass(frozen=True)
class FollowUp:
    """One row of the follow-up list."""

    referral_id: int
    local_date: str
    follow_up_date: str
    municipality: str | None
    age_band: str
    items: tuple[str, ...]
    chosen: tuple[str, ...]
    outcome: str | None


def follow_ups(conn: sqlite3.Connection, *, today: date | None = None,
               include_done: bool = False) -> list[FollowUp]:
    """Referrals whose follow-up date has come, oldest follow-up first.

    Without ``include_done`` only those whose outcome is not yet recorded.
    """
    day = (today or local_today()).isoformat()
    where = "follow_up_date IS NOT NULL AND follow_up_date <= ?"
    if not include_done:
        where += " AND outcome IS NULL"
    rows = conn.execute(
        f"SELECT id, local_date, follow_up_date, municipality, age_band, outcome "
        f"FROM referrals WHERE {where} ORDER BY follow_up_date, id", (day,),
    ).fetchall()
    out = []
    for r in rows:
        items = tuple(x[0] for x in conn.execute(
            "SELECT item_id FROM referral_items WHERE referral_id = ? ORDER BY rowid", (r[0],)))
        chosen = tuple(x[0] for x in conn.execute(
            "SELECT service_name FROM referral_services WHERE referral_id = ? AND "
            "role = 'chosen' ORDER BY position", (r[0],)))
        out.append(FollowUp(r[0], r[1], r[2], r[3], r[4], items, chosen, r[5]))
    return out


def saved_referrals(conn: sqlite3.Connection, *, limit: int = 200) -> list[FollowUp]:
    """The latest saved referrals, newest first, whatever their follow-up date or outcome
    (the follow-up page lists them beside the due ones)."""
    rows = conn.execute(
        "SELECT id FROM referrals ORDER BY created_at DESC, id DESC LIMIT ?", (limit,),
    ).fetchall()
    return [_follow_up_row(conn, r[0]) for r in rows]


def _follow_up_row(conn: sqlite3.Connection, rid: int) -> FollowUp:
    r = conn.execute("SELECT id, local_date, follow_up_date, municipality, age_band, outcome "
                     "FROM referrals WHERE id = ?", (rid,)).fetchone()
    items = tuple(x[0] for x in conn.execute(
        "SELECT item_id FROM referral_items WHERE referral_id = ? ORDER BY rowid", (rid,)))
    chosen = tuple(x[0] for x in conn.execute(
        "SELECT service_name FROM referral_services WHERE referral_id = ? AND "
        "role = 'chosen' ORDER BY position", (rid,)))
    return FollowUp(r[0], r[1], r[2] or "", r[3], r[4], items, chosen, r[5])


def record_outcome(local: LocalDB, rid: int, outcome: str, reason: str | None = None) -> None:
    """Records how the referral went; ``tried-not-in`` needs a reason."""
    if outcome not in OUTCOMES:
        raise i18n.UserError("referral.bad_outcome", value=outcome, allowed=", ".join(OUTCOMES))
    if outcome == "tried-not-in":
        if reason not in OUTCOME_REASONS:
            raise i18n.UserError("referral.reason_needed", allowed=", ".join(OUTCOME_REASONS))
    else:
        reason = None
    with local.write() as conn:
        cur = conn.execute(
            "UPDATE referrals SET outcome = ?, outcome_reason = ?, outcome_at = ? WHERE id = ?",
            (outcome, reason, now_iso(), rid),
        )
        if cur.rowcount != 1:
            raise i18n.UserError("referral.not_found", id=rid)


def set_handout(local: LocalDB, rid: int, kind: str) -> None:
    """Marks that a handout was given after the record was saved; a print outranks a PDF."""
    if kind not in ("print", "pdf"):
        raise ValueError(kind)
    with local.write() as conn:
        conn.execute("UPDATE referrals SET handout = ? WHERE id = ? AND (handout IS NULL OR "
                     "(? = 'print' AND handout = 'pdf'))", (kind, rid, kind))
