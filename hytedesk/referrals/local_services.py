"""Local services: the user's own entries in ``local.db`` (a village coffee morning, the
day-activity lead's remote groups), with the same HSDS fields as catalogue services, a
curator and an expiry date.

They live in ``local.db``, so every catalogue update leaves them alone. They join the
search results through the ``search.EXTRA_SOURCES`` hook (marked ``local``) and the
recommendations, and can be exported as HSDS 3.0 JSON for the central catalogue.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid as uuidlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from hytedesk.base import i18n
from hytedesk.base.files import write_atomic
from hytedesk.base.phones import parse_numbers
from hytedesk.base.text import clean_record
from hytedesk.catalogue import catdb as cat
from hytedesk.catalogue.finnish import MIN_KEY, query_keys, words
from hytedesk.local.localdb import LocalDB, now_iso
from hytedesk.referrals.services import ServiceDetail

i18n.register(
    {
        "local.name_needed": {
            "fi": "Anna paikalliselle palvelulle nimi ja järjestäjä.",
            "sv": "Ge den lokala tjänsten ett namn och en anordnare.",
            "en": "Give the local service a name and an organiser.",
        },
        "local.bad_url": {
            "fi": "Verkko-osoitteen pitää alkaa https://",
            "sv": "Webbadressen ska börja med https://",
            "en": "The web address must start with https://",
        },
        "local.municipality_needed": {
            "fi": "Valitse kunta, jossa paikallinen palvelu toimii.",
            "sv": "Välj kommunen där den lokala tjänsten finns.",
            "en": "Choose the municipality where the local service runs.",
        },
        "local.bad_time": {
            "fi": "Kellonaika {value} ei kelpaa: kirjoita se muodossa 10:00 (tunnit 0–24, "
            "minuutit 00–59).",
            "sv": "Klockslaget {value} duger inte: skriv det som 10:00 (timmar 0–24, "
            "minuter 00–59).",
            "en": "The time {value} is not valid: write it as 10:00 (hours 0–24, minutes "
            "00–59).",
        },
        "local.time_order": {
            "fi": "Alkamisajan ({opens}) pitää olla ennen päättymisaikaa ({closes}).",
            "sv": "Starttiden ({opens}) ska vara före sluttiden ({closes}).",
            "en": "The start time ({opens}) must be before the end time ({closes}).",
        },
        "local.days_needed": {
            "fi": "Valitse viikonpäivät, joina palvelu kokoontuu, tai jätä kellonajat "
            "tyhjiksi.",
            "sv": "Välj veckodagarna då tjänsten träffas, eller lämna klockslagen tomma.",
            "en": "Choose the weekdays the service meets on, or leave the times empty.",
        },
        "local.bad_days": {
            "fi": "Viikonpäivät {value} eivät kelpaa.",
            "sv": "Veckodagarna {value} duger inte.",
            "en": "The weekdays {value} are not valid.",
        },
        "local.export_failed": {
            "fi": "Paikallisia palveluja ei voitu viedä tiedostoon {path}: {detail}. "
            "Palvelut ovat tallessa; valitse toinen kansio.",
            "sv": "De lokala tjänsterna kunde inte exporteras till {path}: {detail}. "
            "Tjänsterna är sparade; välj en annan mapp.",
            "en": "The local services could not be exported to {path}: {detail}. They are "
            "kept safe; choose another folder.",
        },
    }
)

LOCAL_PREFIX = "local:"
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")  # HSDS byday codes, Monday first


def normalize_time(text: str) -> str:
    """A time as the nurse types it — ``10``, ``9.30``, ``9:30``, ``24`` — as ``HH:MM``;
    "" for nothing. A UserError (``local.bad_time``) for anything else."""
    value = text.strip().replace(".", ":")
    if not value:
        return ""
    hours, _, minutes = value.partition(":")
    if not hours.isdigit() or len(hours) > 2 or (minutes and (not minutes.isdigit()
                                                             or len(minutes) != 2)):
        raise i18n.UserError("local.bad_time", value=text.strip())
    h, m = int(hours), int(minutes or 0)
    if h > 24 or m > 59 or (h == 24 and m):
        raise i18n.UserError("local.bad_time", value=text.strip())
    return f"{h:02d}:{m:02d}"


def check_schedule(days: str, opens: str, closes: str) -> tuple[str, str, str]:
    """The weekly schedule of the editor, checked: (byday, opens, closes) normalised, or a
    UserError that says what to fix (unknown day, bad time, start not before end, times
    without days)."""
    codes = [d for d in days.replace(" ", "").upper().split(",") if d]
    if any(d not in WEEKDAYS for d in codes):
        raise i18n.UserError("local.bad_days", value=days)
    byday = ",".join(d for d in WEEKDAYS if d in codes)  # Monday first, no repeats
    start, end = normalize_time(opens), normalize_time(closes)
    if (start or end) and not byday:
        raise i18n.UserError("local.days_needed")
    if start and end and start >= end:
        raise i18n.UserError("local.time_order", opens=start, closes=end)
    return byday, start, end


@dataclass
class LocalServiceInput:
    """The fields the editor asks for; turned into an HSDS 3.0 service record."""

    name: str
    organization: str
    description: str = ""
    municipality: str = ""
    venue: str = ""
    street: str = ""
    postal_code: str = ""
    lat: float | None = None
    lon: float | None = None
    phone: str = ""
    url: str = ""
    email: str = ""
    modes: tuple[str, ...] = ("in-person",)
    situations: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    provider_type: str = "ngo"
    free: bool = True
    fees: str = ""
    referral_required: bool = False
    schedule_days: str = ""  # "MO,WE" weekly
    opens: str = ""
    closes: str = ""
    languages: tuple[str, ...] = ("fi",)
    name_sv: str = ""
    name_en: str = ""


def build_record(data: LocalServiceInput, service_id: str | None = None) -> dict[str, Any]:
    """An HSDS 3.0 ``service`` (bundle format profile) from the editor's fields."""
    if not data.name.strip() or not data.organization.strip():
        raise i18n.UserError("local.name_needed")
    if not data.municipality.strip():
        raise i18n.UserError("local.municipality_needed")
    if data.url and not data.url.startswith("https://"):
        raise i18n.UserError("local.bad_url")
    byday, opens, closes = check_schedule(data.schedule_days, data.opens, data.closes)
    sid = service_id or LOCAL_PREFIX + str(uuidlib.uuid4())
    terms = ([f"mode:{m}" for m in data.modes]
             + [s if ":" in s else f"life-situation:{s}" for s in data.situations]
             + [t if ":" in t else f"hyte-theme:{t}" for t in data.themes]
             + ([f"provider-type:{data.provider_type}"] if data.provider_type else []))
    rec: dict[str, Any] = {
        "id": sid, "name": data.name.strip(), "status": "active",
        "description": data.description.strip(),
        "organization": {"id": f"{sid}-org", "name": data.organization.strip()},
        "attributes": [{"id": f"{sid}-a{i}", "taxonomy_term_id": t}
                       for i, t in enumerate(dict.fromkeys(terms))],
        "cost_options": [{"id": f"{sid}-c", "amount": 0 if data.free else 1,
                          "currency": "EUR"}] if data.free or data.fees else [],
        "languages": [{"id": f"{sid}-l{i}", "code": c} for i, c in enumerate(data.languages)],
        "service_areas": ([{"id": f"{sid}-sa", "name": data.municipality}]
                          if data.municipality else []),
        "hytedesk": {"sample": False, "referral_required": data.referral_required},
        "last_modified": now_iso(),
    }
    if not data.free:
        rec["cost_options"] = [{"id": f"{sid}-c", "amount_description": data.fees or None}]
    if data.fees:
        rec["fees_description"] = data.fees
    if data.url:
        rec["url"] = data.url
    if data.email:
        rec["email"] = data.email
    if data.phone:
        # Each number of the field on its own, in E.164 when it is one (hytedesk.base.phones);
        # what is not a number is kept as typed and shown as text.
        rec["phones"] = [{"id": f"{sid}-p" + (str(i) if i else ""), "number": p.e164 or p.text}
                         for i, p in enumerate(parse_numbers(data.phone))]
    schedule = []
    if byday:
        schedule = [{"id": f"{sid}-s", "freq": "WEEKLY", "byday": byday,
                     **({"opens_at": opens} if opens else {}),
                     **({"closes_at": closes} if closes else {})}]
        rec["schedules"] = schedule
    if data.street or data.venue or data.lat is not None:
        loc: dict[str, Any] = {"id": f"{sid}-loc", "location_type": "physical"}
        if data.venue:
            loc["name"] = data.venue
        if data.lat is not None and data.lon is not None:
            loc["latitude"], loc["longitude"] = data.lat, data.lon
        loc["addresses"] = [{"id": f"{sid}-ad", "address_1": data.street,
                             "city": data.municipality, "postal_code": data.postal_code,
                             "country": "FI", "address_type": "physical"}]
        rec["service_at_locations"] = [{"id": f"{sid}-sal", "location": loc}]
    tr = {lang: {"name": n} for lang, n in (("sv", data.name_sv), ("en", data.name_en)) if n}
    if tr:
        rec["translations"] = tr
    return rec


def save_local_service(local: LocalDB, rec: dict[str, Any], *, curator: str = "",
                       expires: date | None = None) -> str:
    """Adds or replaces a local service; returns its id."""
    sid = str(rec.get("id") or LOCAL_PREFIX + str(uuidlib.uuid4()))
    # No invisible format characters: what is shown and printed is what is stored.
    rec = clean_record({**rec, "id": sid})
    if not str(rec.get("name") or "").strip():
        raise i18n.UserError("local.name_needed")
    detail = ServiceDetail.from_record(rec, local=True)
    now = now_iso()
    with local.write() as conn:
        conn.execute(
            "INSERT INTO local_services (id, record, service_name, municipality, curator, "
            "expires, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET record = excluded.record, "
            "service_name = excluded.service_name, municipality = excluded.municipality, "
            "curator = excluded.curator, expires = excluded.expires, "
            "updated_at = excluded.updated_at",
            (sid, json.dumps(rec, ensure_ascii=False), rec["name"],
             detail.areas[0] if detail.areas else None, curator,
             expires.isoformat() if expires else None, now, now),
        )
    return sid


def delete_local_service(local: LocalDB, service_id: str) -> None:
    with local.write() as conn:
        conn.execute("DELETE FROM local_services WHERE id = ?", (service_id,))


def list_local_services(conn: sqlite3.Connection, *, include_expired: bool = True,
                        today: date | None = None) -> list[ServiceDetail]:
    """Local services by name; without ``include_expired`` only those still valid."""
    day = (today or date.today()).isoformat()
    sql = "SELECT id, record, curator, expires, rowid FROM local_services"
    args: list[object] = []
    if not include_expired:
        sql += " WHERE expires IS NULL OR expires >= ?"
        args.append(day)
    out = []
    for _sid, text, curator, expires, rowid in conn.execute(sql + " ORDER BY service_name",
                                                             args):
        d = ServiceDetail.from_record(json.loads(text), local=True)
        d.curator, d.expires = curator, expires
        d.extra["rowid"] = int(rowid)
        out.append(d)
    return out


def local_details(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, ServiceDetail]:
    out = {}
    for d in list_local_services(conn):
        if d.id in ids:
            out[d.id] = d
    return out


def export_hsds(conn: sqlite3.Connection, path: Path) -> int:
    """Writes every valid local service as HSDS 3.0 JSON; returns how many."""
    services = []
    for d in list_local_services(conn, include_expired=False):
        rec = dict(d.record)
        rec["hytedesk"] = {**(rec.get("hytedesk") or {}), "local": True,
                           "curator": d.curator, "expires": d.expires}
        services.append(rec)
    doc = {"hsds_version": "3.0", "profile": "hytedesk-bundle-1",
           "exported": now_iso(), "services": services}
    try:
        write_atomic(path, json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
    except OSError as exc:
        raise i18n.UserError("local.export_failed", path=path, detail=exc.strerror or exc) \
            from exc
    return len(services)


# -- search hook ---------------------------------------------------------------------

_conns = threading.local()


def _local_db_beside(catalogue: sqlite3.Connection) -> sqlite3.Connection | None:
    """A read-only connection (one per thread) to the local.db next to the catalogue file."""
    row = next((r for r in catalogue.execute("PRAGMA database_list") if r[1] == "main"), None)
    if row is None or not row[2]:
        return None
    path = Path(row[2]).parent / "local.db"
    cache: dict[str, sqlite3.Connection] = getattr(_conns, "cache", None) or {}
    _conns.cache = cache
    conn = cache.get(str(path))
    if conn is None:
        if not path.exists():
            return None
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            conn.execute("SELECT 1 FROM local_services LIMIT 1")
        except sqlite3.Error:
            return None
        cache[str(path)] = conn
    return conn


def _text_score(d: ServiceDetail, keys: list[list[str]]) -> float | None:
    if not keys:
        return 0.0
    name_words: set[str] = set()
    for lang in ("fi", "sv", "en"):
        name_words.update(words(d.name(lang)))
    other: set[str] = set(words(d.description("fi")) + words(d.organization("fi")))
    for loc in d.locations():
        other.update(words(f"{loc.name} {loc.address}"))
    other.update(words(" ".join(t.split(":", 1)[-1] for t in d.terms)))
    everything = name_words | other
    for alts in keys:
        if not any(w.startswith(k) for w in everything for k in alts):
            return None
    in_name = all(any(w.startswith(k) for w in name_words for k in alts) for alts in keys)
    return 2.0 if in_name else 1.0


def search_local(catalogue: sqlite3.Connection, q: Any, place: Any) -> list[Any]:
    """Local services matching a ``search.SearchQuery`` as ``SearchHit`` s (``local``)."""
    from hytedesk.catalogue.search import KM_SCALE, REMOTE_NEARNESS, SearchHit, find_municipality

    local = _local_db_beside(catalogue)
    if local is None:
        return []
    try:
        services = list_local_services(local, include_expired=False)
    except sqlite3.Error:
        return []
    if not services:
        return []
    keys = [[k for k in query_keys(w) if len(k) >= MIN_KEY] for raw in q.text.split()
            for w in words(raw)]
    keys = [k for k in keys if k]
    muni = find_municipality(catalogue, q.municipality) if q.municipality else None
    filters = [(q.themes, "hyte-theme"), (q.situations, "life-situation"),
               (q.target_groups, "ptv-target-group"), (q.provider_types, "provider-type"),
               (q.modes, "mode")]
    hits = []
    for d in services:
        if d.status not in cat.LISTED_STATUSES:
            continue
        if q.hide_closed and d.status != "active":
            continue
        ok = True
        for values, prefix in filters:
            if values:
                ids = {v if ":" in v or v.startswith("http") else f"{prefix}:{v}" for v in values}
                if not ids & set(d.terms):
                    ok = False
        if not ok or (q.free_only and not d.free) or (muni and not d.serves(muni)):
            continue
        if q.language and q.language not in d.languages:
            continue
        relevance = _text_score(d, keys)
        if relevance is None:
            continue
        reasons = ["local"]
        nearness = 0.0
        remote = any(m in ("phone", "video") for m in d.modes)
        if place is not None:
            remote = remote and d.serves(place.municipality)
            dist = d.measure(place.lat, place.lon)
            home = "home-visit" in d.modes and d.serves(place.municipality)
            if q.max_km is not None and not remote and not home and (
                    dist is None or dist > q.max_km):
                continue
            if dist is not None:
                nearness = 1.0 / (1.0 + dist / KM_SCALE)
                reasons.append("near")
            if remote:
                nearness = max(nearness, REMOTE_NEARNESS)
                reasons.append("remote")
            elif home:
                nearness = max(nearness, REMOTE_NEARNESS)
                reasons.append("home-visit")
        lang = getattr(q, "ui_language", "fi")
        city = d.nearest.city if d.nearest else (d.areas[0] if d.areas else None)
        # A negative row id: stable, and never a catalogue row id.
        hits.append(SearchHit(
            rowid=-int(d.extra["rowid"]), id=d.id, name=d.name(lang),
            organization=d.organization(lang),
            municipality=city, distance_km=d.distance_km, modes=list(d.modes), free=d.free,
            closed=d.status != "active", sample=False, score=relevance + nearness,
            reasons=reasons, local=True, languages=list(d.languages),
        ))
    return hits


def install_search_hook() -> None:
    """Adds local services to ``hytedesk.catalogue.search.search`` (idempotent)."""
    from hytedesk.catalogue import search as search_mod

    sources = getattr(search_mod, "EXTRA_SOURCES", None)
    if sources is not None and search_local not in sources:
        sources.append(search_local)
