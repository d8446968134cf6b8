"""Recommendations: services that fit the ticked checklist items and the client's reach.

Order (docs/referrals.md has the whole story):

* crisis contacts of the ticked red-flag items, in the order the checklist gives
  (``crisis_contacts``), always on top and kept whatever the client's reach;
* then the ordinary suggestions, taken item by item in turns (red-flag items first, then
  checklist order), each item's own list best first, so every ticked situation is near
  the top. A service's score:

  - +3 for every ticked item whose life situation it carries, and +0.25 for each of
    that item's other terms it carries too (at most three); +1 for every item it is only
    *related* to through the item's other terms (PTV classes and life events) — a
    fallback kept only for items that no service meets by situation;
  - reach: in person ``2 / (1 + km / 25)``; by phone or video +1; home visit +1.2; a phone
    or video service the client did not tick +0.3, kept only for items nothing else meets
    (so an item is unmet only when nothing fits within reach *or remotely*);
  - +0.5 when its age limits or age target group include the client's age band (limits
    that exclude it leave it out; so does a target group, unless the item is about a
    close one the client cares for);
  - next session within 14 days up to +0.6; free +0.3; the client's language when it is
    not Finnish +0.3; only Finnish for a client of another language −1; neither the
    client's language nor Finnish: left out.

Every recommendation carries the reasons behind its score.
"""

from __future__ import annotations

import contextlib
import math
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from hytedesk.base import i18n
from hytedesk.catalogue.catdb import WHOLE_COUNTRY, area_names
from hytedesk.catalogue.search import Place, find_municipality, find_place
from hytedesk.referrals.checklist import Checklist, ChecklistItem, load_checklist
from hytedesk.referrals.local_services import list_local_services
from hytedesk.referrals.model import AGE_RANGES, ClientContext, UnmetNeed
from hytedesk.referrals.services import ServiceDetail, catalogue_details
from hytedesk.referrals.sessions import Session, always_open, next_sessions

SITUATION_WEIGHT = 3.0
RELATED_WEIGHT = 1.0
SPECIFIC_SCORE = 0.25  # per PTV term shared with a matched item, at most SPECIFIC_MAX terms
SPECIFIC_MAX = 3
KM_SCALE = 25.0
REMOTE_SCORE = 1.0
REMOTE_FALLBACK_SCORE = 0.3
HOME_VISIT_SCORE = 1.2
AGE_SCORE = 0.5
SOON_DAYS = 14
SOON_SCORE = 0.6
FREE_SCORE = 0.3
LANGUAGE_SCORE = 0.3
CRISIS_SCORE = 100.0
# Without the checklist's own list, at most this many national services (a national
# catalogue has dozens carrying a crisis situation; all are ticked for the handout).
DEFAULT_CRISIS_MAX = 4
MAX_CANDIDATES = 2000

i18n.register(
    {
        "reason.crisis": {
            "fi": "Kriisi- tai rikosuhrin tuki: {items}",
            "sv": "Kris- eller brottsofferstöd: {items}",
            "en": "Crisis or victim support: {items}",
        },
        "reason.situation": {
            "fi": "Sopii tilanteeseen: {items}",
            "sv": "Passar situationen: {items}",
            "en": "Fits the situation: {items}",
        },
        "reason.related": {
            "fi": "Liittyy tilanteeseen: {items}",
            "sv": "Hör ihop med situationen: {items}",
            "en": "Related to the situation: {items}",
        },
        "reason.remote-only": {
            "fi": "Ei lähempänä; etäyhteydellä",
            "sv": "Inget närmare; på distans",
            "en": "Nothing nearer; remotely",
        },
        "reason.near": {
            "fi": "{km} km päässä",
            "sv": "{km} km bort",
            "en": "{km} km away",
        },
        "reason.municipality": {
            "fi": "Omassa kunnassa ({municipality})",
            "sv": "I den egna kommunen ({municipality})",
            "en": "In the client's municipality ({municipality})",
        },
        "reason.phone": {
            "fi": "Puhelimitse", "sv": "Per telefon", "en": "By phone",
        },
        "reason.video": {
            "fi": "Videoyhteydellä", "sv": "Via video", "en": "By video",
        },
        "reason.home-visit": {
            "fi": "Tulee kotiin", "sv": "Hembesök", "en": "Comes to the client's home",
        },
        "reason.age": {
            "fi": "Ikäryhmälle {band}", "sv": "För åldersgruppen {band}",
            "en": "For the age band {band}",
        },
        "reason.next-session": {
            "fi": "Seuraava kerta {date}", "sv": "Nästa gång {date}", "en": "Next session {date}",
        },
        "reason.always-open": {
            "fi": "Auki ympäri vuorokauden", "sv": "Öppet dygnet runt",
            "en": "Open around the clock",
        },
        "reason.free": {
            "fi": "Maksuton", "sv": "Avgiftsfri", "en": "Free of charge",
        },
        "reason.language": {
            "fi": "Kielellä {language}", "sv": "På språket {language}",
            "en": "In the language {language}",
        },
        "reason.local": {
            "fi": "Oma paikallinen merkintä", "sv": "Egen lokal uppgift",
            "en": "Own local entry",
        },
    }
)


@dataclass(frozen=True)
class Reason:
    """Why a service was suggested: a message key and its parameters (per language)."""

    code: str
    params: tuple[tuple[str, object], ...] = ()

    def text(self, lang: str | None = None) -> str:
        lang = lang or i18n.language()
        values = {k: (v.get(lang) or v.get("fi") if isinstance(v, dict) else v)
                  for k, v in self.params}
        return i18n.text(f"reason.{self.code}", lang, **values)


@dataclass
class Recommendation:
    service_id: str
    name: str
    organization: str
    score: float
    reasons: list[Reason]
    detail: ServiceDetail
    items: tuple[str, ...] = ()
    distance_km: float | None = None
    modes: tuple[str, ...] = ()
    local: bool = False
    crisis: bool = False
    free: bool = False
    next_session: Session | None = None
    always_open: bool = False
    reach: str = ""  # in-person, phone, video, home-visit
    # Items the service is only related to (through their PTV terms), not met by situation.
    theme_items: tuple[str, ...] = ()

    @property
    def reason_codes(self) -> tuple[str, ...]:
        return tuple(r.code for r in self.reasons)

    def reason_texts(self, lang: str | None = None) -> list[str]:
        return [r.text(lang) for r in self.reasons]


def _labels(items: Sequence[ChecklistItem]) -> dict[str, str]:
    return {lang: ", ".join(i.text(lang) for i in items) for lang in ("fi", "sv", "en")}


def _resolve_place(conn: sqlite3.Connection, ctx: ClientContext) -> tuple[Place | None, str | None]:
    place = None
    if ctx.place_id:
        place = find_place(conn, ctx.place_id)
    elif ctx.municipality:
        try:
            place = find_place(conn, ctx.municipality)
        except i18n.UserError:
            place = None
    muni = ctx.municipality
    if muni:
        with contextlib.suppress(i18n.UserError):
            muni = find_municipality(conn, muni)
    elif place is not None:
        muni = place.municipality
    return place, muni


def _candidate_ids(conn: sqlite3.Connection, terms: Sequence[str], place: Place | None,
                   muni: str | None, max_km: float | None) -> list[str]:
    if not terms:
        return []
    marks = ", ".join("?" for _ in terms)
    areas = area_names(conn, muni) if muni else [WHOLE_COUNTRY]
    reach = ["s.rowid IN (SELECT service_rowid FROM service_areas WHERE municipality IN "
             f"({', '.join('?' for _ in areas)}))"]
    args: list[object] = [*terms, *areas]
    if place is not None:
        km = max_km if max_km is not None else 200.0
        dlat = km / 111.0
        dlon = km / (111.0 * max(0.05, math.cos(math.radians(place.lat))))
        reach.append("s.rowid IN (SELECT service_rowid FROM service_locations WHERE lat "
                     "BETWEEN ? AND ? AND lon BETWEEN ? AND ?)")
        args.extend([place.lat - dlat, place.lat + dlat, place.lon - dlon, place.lon + dlon])
    if muni is None and place is None:
        reach = ["1"]
        args = list(terms)
    sql = (f"SELECT s.id, count(*) AS n FROM services s JOIN service_terms t "
           "ON t.service_rowid = s.rowid WHERE t.term_n IN (SELECT n FROM term_keys "
           f"WHERE term_id IN ({marks})) AND s.status = 'active' "
           f"AND ({' OR '.join(reach)}) GROUP BY s.rowid ORDER BY n DESC LIMIT ?")
    return [r[0] for r in conn.execute(sql, [*args, MAX_CANDIDATES])]


def _default_crisis_ids(conn: sqlite3.Connection, item: ChecklistItem) -> list[str]:
    """Crisis contacts of a red-flag item whose checklist names none (bundles from before
    ``crisis_contacts``): the national services carrying its life situation, the
    emergency number 112 first, then by name, at most ``DEFAULT_CRISIS_MAX``."""
    marks = ", ".join("?" for _ in item.situations)
    ids = [r[0] for r in conn.execute(
        "SELECT s.id FROM services s WHERE s.status = 'active' AND s.rowid IN "
        "(SELECT service_rowid FROM service_terms JOIN term_keys ON n = term_n "
        f"WHERE term_id IN ({marks})) AND s.rowid IN (SELECT service_rowid FROM service_terms "
        "JOIN term_keys ON n = term_n WHERE term_id = 'provider-type:national')",
        list(item.situations))]
    details = catalogue_details(conn, ids)

    def key(sid: str) -> tuple[bool, str]:
        d = details[sid]
        return (not any(p.number.replace(" ", "") == "112" for p in d.phones()), d.name("fi"))

    return sorted((sid for sid in ids if sid in details), key=key)[:DEFAULT_CRISIS_MAX]


def crisis_order(conn: sqlite3.Connection, red_items: Sequence[ChecklistItem]) -> list[str]:
    """The crisis contacts of the ticked red-flag items as one list: the most urgent item's
    contacts first in its own order (``urgency`` 1 first; items without one after, in
    checklist order), then the next item's; a contact named twice comes once, where it
    first appears. Named contacts the catalogue lacks (or has closed) are skipped; when
    none of an item's is there, or the checklist names none (older bundles), the item's
    default applies (``_default_crisis_ids``); an empty list means no contacts."""
    order = sorted(enumerate(red_items), key=lambda p: (
        p[1].urgency if p[1].urgency is not None else 1_000_000, p[0]))
    out: dict[str, None] = {}
    for _, item in order:
        ids = list(item.crisis_contacts or ())
        if ids:
            marks = ", ".join("?" for _ in ids)
            active = {r[0] for r in conn.execute(
                f"SELECT id FROM services WHERE status = 'active' AND id IN ({marks})", ids)}
            ids = [sid for sid in ids if sid in active]
            if not ids:  # none of the named contacts is in this catalogue
                ids = _default_crisis_ids(conn, item)
        elif item.crisis_contacts is None:
            ids = _default_crisis_ids(conn, item)
        out.update(dict.fromkeys(sid for sid in ids if sid not in out))
    return list(out)


PTV_GROUPS = "http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/"
# PTV target groups that name an age: older people, children and families, young people.
AGE_GROUPS: dict[str, frozenset[str]] = {
    PTV_GROUPS + "KR1.1": frozenset({"65-74", "75+"}),
    PTV_GROUPS + "KR1.2": frozenset({"under-18"}),
    PTV_GROUPS + "KR1.3": frozenset({"under-18", "18-29"}),
}


def _age_fits(detail: ServiceDetail, band: str) -> tuple[bool | None, bool]:
    """(fits, by_limits). fits: True when the age limits or age target groups include the
    band, False when they exclude it, None when the service says nothing about age;
    by_limits: the verdict comes from explicit minimum/maximum ages."""
    lo, hi = detail.age_range
    if lo is not None or hi is not None:
        b_lo, b_hi = AGE_RANGES[band]
        return (lo is None or b_hi >= lo) and (hi is None or b_lo <= hi), True
    groups = [AGE_GROUPS[t] for t in detail.terms if t in AGE_GROUPS]
    if not groups:
        return None, False
    if any(band in g for g in groups):
        return True, False
    # Also meant for everyone (PTV "KR1" citizens): no exclusion.
    return (None if PTV_GROUPS + "KR1" in detail.terms else False), False


def recommend(conn: sqlite3.Connection, context: ClientContext, ticked_items: Sequence[str],
              *, local_conn: sqlite3.Connection | None = None, now: datetime | None = None,
              limit: int = 12, checklist: Checklist | None = None) -> list[Recommendation]:
    """Crisis contacts of the ticked red-flag items first, then up to ``limit`` services
    that fit the ticked items, each item in turn."""
    checklist = checklist or load_checklist(conn, context.checklist_id)
    wanted = set(ticked_items)
    items = [i for i in checklist.items() if i.id in wanted]
    if not items:
        return []
    # Red-flag items lead the turns; otherwise the checklist's order.
    items.sort(key=lambda i: not i.red_flag)
    now = now or datetime.now(_helsinki()).replace(tzinfo=None)
    place, muni = _resolve_place(conn, context)
    situation_terms = list(dict.fromkeys(t for i in items for t in i.situations))
    related_terms = list(dict.fromkeys(t for i in items for t in i.related))
    red_items = [i for i in items if i.red_flag]
    crisis_ids = crisis_order(conn, red_items)

    ids = _candidate_ids(conn, situation_terms + related_terms, place, muni, context.max_km)
    details = catalogue_details(conn, [*crisis_ids, *ids])
    if local_conn is not None:
        terms_wanted = set(situation_terms + related_terms)
        for d in list_local_services(local_conn, include_expired=False,
                                     today=now.date()):
            if terms_wanted & set(d.terms):
                details[d.id] = d

    crisis_recs = [r for r in (_crisis_rec(details.get(sid), red_items, context, muni, place,
                                           now) for sid in crisis_ids) if r is not None]
    shown = {r.service_id for r in crisis_recs}
    scored: list[_Scored] = []
    for sid, d in details.items():
        if sid in shown or d.status != "active":
            continue
        one = _score(d, items, context, muni, place, now)
        if one is not None:
            scored.append(one)

    # Remote services the client did not tick stand in only for items nothing else meets;
    # related-only services only for items that no kept service meets by situation.
    met_in_reach = {i for s in scored if not s.remote_only for i in s.rec.items}
    scored = [s for s in scored if not s.remote_only or set(s.rec.items) - met_in_reach]
    met = {i for s in scored for i in s.rec.items}
    scored = [s for s in scored if s.rec.items or set(s.rec.theme_items) - met]
    ranked = sorted((s.rec for s in scored), key=lambda r: (
        -r.score, r.distance_km if r.distance_km is not None else 1e9, r.name))
    return crisis_recs + _in_turns(ranked, items, limit)


def _in_turns(ranked: list[Recommendation], items: Sequence[ChecklistItem],
              limit: int) -> list[Recommendation]:
    """Takes the best remaining service of each item in turn, so that one situation with
    many services cannot push another off the list; a service meeting several items
    counts for all of them in its turn."""
    queues = {i.id: [r for r in ranked if i.id in r.items or i.id in r.theme_items]
              for i in items}
    out: list[Recommendation] = []
    taken: set[str] = set()
    while len(out) < limit:
        served: set[str] = set()
        progress = False
        for item in items:
            if item.id in served:
                continue
            queue = queues[item.id]
            while queue and queue[0].service_id in taken:
                queue.pop(0)
            if not queue:
                continue
            pick = queue.pop(0)
            out.append(pick)
            taken.add(pick.service_id)
            served.update(pick.items, pick.theme_items)
            progress = True
            if len(out) >= limit:
                break
        if not progress:
            break
    return out


@dataclass
class _Scored:
    rec: Recommendation
    remote_only: bool


def _crisis_rec(d: ServiceDetail | None, red_items: Sequence[ChecklistItem],
                context: ClientContext, muni: str | None, place: Place | None,
                now: datetime) -> Recommendation | None:
    if d is None or d.status != "active":
        return None
    terms = set(d.terms)
    named = [i for i in red_items if i.crisis_contacts is not None and d.id in i.crisis_contacts]
    by_term = [i for i in red_items if i not in named and terms & set(i.situations)]
    for_items = named + by_term or list(red_items)
    reasons = [Reason("crisis", (("items", _labels(for_items)),))]
    modes = d.modes or ("phone",)
    reach = "phone" if "phone" in modes else modes[0]
    if place is not None:
        d.measure(place.lat, place.lon)
    is_always, upcoming = _timing(d, now, reasons)
    if d.free:
        reasons.append(Reason("free"))
    lang = context.language
    return Recommendation(
        service_id=d.id, name=d.name(lang), organization=d.organization(lang),
        score=CRISIS_SCORE, reasons=reasons, detail=d,
        items=tuple(i.id for i in red_items if terms & set(i.situations)),
        distance_km=d.distance_km, modes=d.modes, local=d.local, crisis=True, free=d.free,
        next_session=upcoming, always_open=is_always, reach=reach)


def _timing(d: ServiceDetail, now: datetime, reasons: list[Reason]
            ) -> tuple[bool, Session | None]:
    """Open round the clock, or the next session; adds the reason; returns both and the
    score the next session earns is computed by the caller."""
    schedules = d.schedules
    if always_open(schedules):
        reasons.append(Reason("always-open"))
        return True, None
    sessions = next_sessions(schedules, now, count=1)
    upcoming = sessions[0] if sessions else None
    if upcoming is not None and (upcoming.day - now.date()).days <= SOON_DAYS:
        reasons.append(Reason("next-session", (("date", _day_texts(upcoming)),)))
    return False, upcoming


def _score(d: ServiceDetail, items: Sequence[ChecklistItem], context: ClientContext,
           muni: str | None, place: Place | None, now: datetime) -> _Scored | None:
    """One ordinary suggestion with its score and reasons, or None when it does not fit."""
    terms = set(d.terms)
    matched = [i for i in items if terms & set(i.situations)]
    related = [i for i in items if i not in matched and terms & set(i.related)]
    if not matched and (not related or d.national):
        return None  # a helpline is suggested for its own situations only
    reasons: list[Reason] = []
    score = 0.0
    if matched:
        score += SITUATION_WEIGHT * len(matched)
        reasons.append(Reason("situation", (("items", _labels(matched)),)))
        # Closer to the situation: also classified under the item's own PTV terms.
        shared = terms & {t for i in matched for t in i.related}
        score += SPECIFIC_SCORE * min(len(shared), SPECIFIC_MAX)
    if related:
        score += RELATED_WEIGHT * len(related)
        if not matched:
            reasons.append(Reason("related", (("items", _labels(related)),)))

    # Reach: how the client could take part.
    modes = d.modes or ("in-person",)
    reach = ""
    reach_score = 0.0
    serves = d.serves(muni)
    for m in ("phone", "video"):
        if m in modes and m in context.modes and serves and reach_score < REMOTE_SCORE:
            reach, reach_score = m, REMOTE_SCORE
    if ("home-visit" in modes and "home-visit" in context.modes and serves
            and reach_score < HOME_VISIT_SCORE):
        reach, reach_score = "home-visit", HOME_VISIT_SCORE
    near_reason: Reason | None = None
    if "in-person" in modes and "in-person" in context.modes:
        dist = d.measure(place.lat, place.lon) if place is not None else None
        limit_km = context.max_km
        if dist is not None and (limit_km is None or dist <= limit_km):
            s = 2.0 / (1.0 + dist / KM_SCALE)
            if s > reach_score:
                reach, reach_score = "in-person", s
                near_reason = Reason("near", (("km", _km(dist)),))
        elif (dist is None and muni and muni in d.areas and WHOLE_COUNTRY not in d.areas
              and reach_score < 1.0):
            reach, reach_score = "in-person", 1.0
            near_reason = Reason("municipality", (("municipality", muni),))
    elif place is not None:
        d.measure(place.lat, place.lon)
    remote_only = False
    if not reach:
        remote = [m for m in ("phone", "video") if m in modes]
        if not remote or not serves or not matched:
            return None
        reach, reach_score, remote_only = remote[0], REMOTE_FALLBACK_SCORE, True
    score += reach_score
    if reach == "in-person" and near_reason is not None:
        reasons.append(near_reason)
    elif reach in ("phone", "video", "home-visit"):
        reasons.append(Reason(reach))
    if remote_only:
        reasons.append(Reason("remote-only"))

    fits, by_limits = _age_fits(d, context.age_band)
    if fits is False and (by_limits or not any(i.about_close_one for i in matched)):
        return None
    if fits:
        score += AGE_SCORE
        reasons.append(Reason("age", (("band", context.age_band),)))

    is_always, upcoming = _timing(d, now, reasons)
    if upcoming is not None:
        days = (upcoming.day - now.date()).days
        if days <= SOON_DAYS:
            score += SOON_SCORE * (1.0 - days / (SOON_DAYS + 1))
    if d.free:
        score += FREE_SCORE
        reasons.append(Reason("free"))
    languages = d.languages
    if context.language in languages:
        if context.language != "fi":
            score += LANGUAGE_SCORE
            reasons.append(Reason("language", (("language", context.language),)))
    elif "fi" in languages:
        score -= 1.0  # Finnish only: possible with help, after services in the language
    else:
        return None  # neither the client's language nor Finnish
    if d.local:
        reasons.append(Reason("local"))
    lang = context.language
    return _Scored(Recommendation(
        service_id=d.id, name=d.name(lang), organization=d.organization(lang), score=score,
        reasons=reasons, detail=d, items=tuple(i.id for i in matched),
        theme_items=tuple(i.id for i in related),
        distance_km=d.distance_km, modes=d.modes, local=d.local, crisis=False,
        free=d.free, next_session=upcoming, always_open=is_always, reach=reach,
    ), remote_only)


def red_flag_notice(checklist: Checklist, ticked_items: Sequence[str]) -> list[ChecklistItem]:
    """The ticked red-flag items (a non-empty list means: show the safety notice)."""
    return checklist.red_flags(ticked_items)


def unmet_needs(checklist: Checklist, context: ClientContext, ticked_items: Sequence[str],
                recommendations: Sequence[Recommendation],
                municipality: str | None = None) -> list[UnmetNeed]:
    """Ticked items that no suggestion meets by situation — within reach or remotely
    (a crisis contact carrying the item's situation counts too)."""
    covered = {i for r in recommendations for i in r.items}
    out = []
    for item_id in ticked_items:
        item = checklist.item(item_id)
        if item is None or item_id in covered:
            continue
        out.append(UnmetNeed(item_id, item.themes[0] if item.themes else None,
                             municipality or context.municipality))
    return out


def _km(dist: float) -> dict[str, str]:
    text = f"{dist:.0f}" if dist >= 10 else f"{dist:.1f}"
    return {"fi": text.replace(".", ","), "sv": text.replace(".", ","), "en": text}


WEEKDAYS = {
    "fi": ("ma", "ti", "ke", "to", "pe", "la", "su"),
    "sv": ("mån", "tis", "ons", "tors", "fre", "lör", "sön"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def session_text(s: Session, lang: str) -> str:
    """``ti 2.12. klo 10.00–12.00`` / ``tis 2.12 kl. 10.00–12.00`` / ``Tue 2 Dec 10:00–12:00``."""
    wd = WEEKDAYS.get(lang, WEEKDAYS["fi"])[s.day.weekday()]
    if lang == "en":
        day = f"{wd} {s.day.day} {MONTHS_EN[s.day.month - 1]}"
        sep = ":"
    elif lang == "sv":
        day = f"{wd} {s.day.day}.{s.day.month}"
        sep = "."
    else:
        day = f"{wd} {s.day.day}.{s.day.month}."
        sep = "."
    if s.opens is None:
        return day
    times = f"{s.opens.hour:02d}{sep}{s.opens.minute:02d}"
    if s.closes is not None:
        end = "24" if s.closes.hour == 0 and s.closes.minute == 0 else f"{s.closes.hour:02d}"
        times += f"–{end}{sep}{s.closes.minute:02d}"
    prefix = {"fi": "klo ", "sv": "kl. ", "en": ""}.get(lang, "")
    return f"{day} {prefix}{times}"


def _day_texts(s: Session) -> dict[str, str]:
    return {lang: session_text(s, lang) for lang in ("fi", "sv", "en")}


def _helsinki() -> ZoneInfo:
    return ZoneInfo("Europe/Helsinki")
