""""This entry is wrong" reports, made from the detail pane about a catalogue service.

A report names the service and a reason from a fixed list, with an optional short note
about the service (the form warns not to write about clients; the note is capped at
``upload.MAX_TEXT`` characters). It keeps the hash of the entry as reported: once the
current catalogue's entry differs (the region changed it) or the service is gone, the
report is resolved and leaves the laptop's own list.
"""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass
from datetime import date

from hytedesk.base import i18n
from hytedesk.bundle.upload import CONTROL, MAX_TEXT, WRONG_REASONS
from hytedesk.local.localdb import LocalDB, now_iso

i18n.register(
    {
        "wrong.unknown_service": {
            "fi": "Palvelua {service} ei ole nykyisessä luettelossa.",
            "sv": "Tjänsten {service} finns inte i den nuvarande katalogen.",
            "en": "The service {service} is not in the current catalogue.",
        },
        "wrong.bad_reason": {
            "fi": "Tuntematon syy {reason!r}; sallitut: {allowed}.",
            "sv": "Okänd orsak {reason!r}; tillåtna: {allowed}.",
            "en": "Unknown reason {reason!r}; allowed: {allowed}.",
        },
        "wrong.note_too_long": {
            "fi": "Lisätieto on liian pitkä ({length} merkkiä, enintään {limit}).",
            "sv": "Tilläggsuppgiften är för lång ({length} tecken, högst {limit}).",
            "en": "The note is too long ({length} characters, at most {limit}).",
        },
    }
)


@dataclass(frozen=True)
class WrongReport:
    uuid: str
    service_id: str
    service_name: str
    reason: str
    note: str
    local_date: str
    resolved: bool


def report_wrong(local: LocalDB, catalogue: sqlite3.Connection, service_id: str,
                 reason: str, note: str = "", *, today: date | None = None) -> str:
    """Records a report about a catalogue service; returns its id."""
    if reason not in WRONG_REASONS:
        raise i18n.UserError("wrong.bad_reason", reason=reason, allowed=", ".join(WRONG_REASONS))
    note = " ".join(CONTROL.sub(" ", note).split())
    if len(note) > MAX_TEXT:
        raise i18n.UserError("wrong.note_too_long", length=len(note), limit=MAX_TEXT)
    row = catalogue.execute(
        "SELECT r.hash, s.name FROM records r JOIN services s ON s.id = r.id "
        "WHERE r.kind = 'service' AND r.id = ?", (service_id,)).fetchone()
    if row is None:
        raise i18n.UserError("wrong.unknown_service", service=service_id)
    pointer = local.pointer()
    new = str(uuid.uuid4())
    with local.write() as w:
        w.execute(
            "INSERT INTO wrong_reports (uuid, service_id, service_name, record_digest, "
            "catalogue_id, catalogue_version, reason, note, created_at, local_date) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (new, service_id, row[1], row[0], pointer.catalogue_id if pointer else None,
             pointer.version if pointer else None, reason, note, now_iso(),
             (today or date.today()).isoformat()))
    return new


def wrong_reports(local: LocalDB, catalogue: sqlite3.Connection | None,
                  *, include_resolved: bool = False) -> list[WrongReport]:
    """The laptop's reports, newest first; resolved ones only when asked."""
    out = []
    for r in local.conn.execute(
            "SELECT uuid, service_id, service_name, reason, note, local_date, record_digest "
            "FROM wrong_reports ORDER BY created_at DESC, uuid"):
        resolved = False
        if catalogue is not None:
            now = catalogue.execute("SELECT hash FROM records WHERE kind = 'service' AND id = ?",
                                    (r[1],)).fetchone()
            resolved = now is None or now[0] != r[6]
        if include_resolved or not resolved:
            out.append(WrongReport(r[0], r[1], r[2], r[3], r[4], r[5], resolved))
    return out
