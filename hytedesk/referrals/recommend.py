"""Recommendations: services that fit the ticked checklist items and the client's reach.

Ranking, highest first (docs/referrals.md):

* crisis contacts — national helplines for a ticked red-flag item — always on top;
* situation match: +3 for every ticked item whose life situation the service carries,
  +1 for an item matched only by its priority area;
* reach: in person ``2 / (1 + km / 25)``; by phone or video +1; home visit +1.2;
  services out of reach are left out;
* target group: +0.5 when the service's age limits include the client's age band
  (services whose limits exclude it are left out);
* next session within 14 days: up to +0.6, sooner is more;
* free of charge +0.3; the client's language when it is not Finnish +0.3, a service that
  is not offered in it −1.

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
THEME_WEIGHT = 1.0
KM_SCALE = 25.0
REMOTE_SCORE = 1.0
HOME_VISIT_SCORE = 1.2
AGE_SCORE = 0.5
SOON_DAYS = 14
SOON_SCORE = 0.6
FREE_SCORE = 0.3
LANGUAGE_SCORE = 0.3
CRISIS_SCORE = 100.0
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
        "reason.theme": {
            "fi": "Samaa painopistettä kuin {items}",
            "sv": "Samma prioriterade område som {items}",
            "en": "Same priority area as {items}",
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
    theme_items: tuple[str, ...] = ()  # items matched only by their priority area

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
           f"ON t.service_rowid = s.rowid WHERE t.term_id IN ({marks}) AND s.status = 'active' "
           f"AND ({' OR '.join(reach)}) GROUP BY s.rowid ORDER BY n DESC LIMIT ?")
    return [r[0] for r in conn.execute(sql, [*args, MAX_CANDIDATES])]


def _crisis_ids(conn: sqlite3.Connection, situation_terms: Sequence[str]) -> list[str]:
    if not situation_terms:
        return []
    marks = ", ".join("?" for _ in situation_terms)
    sql = ("SELECT DISTINCT s.id FROM services s JOIN service_terms t ON t.service_rowid = "
           f"s.rowid WHERE t.term_id IN ({marks}) AND s.status = 'active' AND s.rowid IN "
           "(SELECT service_rowid FROM service_terms WHERE term_id = 'provider-type:national')")
    return [r[0] for r in conn.execute(sql, list(situation_terms))]


PTV_GROUPS = "http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/"
# PTV target groups that name an age: older people, children and families, young people.
AGE_GROUPS: dict[str, frozenset[str]] = {
    PTV_GROUPS + "KR1.1": frozenset({"65-74", "75+"}),
    PTV_GROUPS + "KR1.2": frozenset({"under-18"}),
    PTV_GROUPS + "KR1.3": frozenset({"under-18", "18-29"}),
}


def _age_fits(detail: ServiceDetail, band: str) -> bool | None:
    """True: age limits or age target groups include the band; False: they exclude it;
    None: the service says nothing about age."""
    lo, hi = detail.age_range
    if lo is not None or hi is not None:
        b_lo, b_hi = AGE_RANGES[band]
        return (lo is None or b_hi >= lo) and (hi is None or b_lo <= hi)
    groups = [AGE_GROUPS[t] for t in detail.terms if t in AGE_GROUPS]
    if not groups:
        return None
    if any(band in g for g in groups):
        return True
    # Also meant for everyone (PTV "KR1" citizens): no exclusion.
    return None if PTV_GROUPS + "KR1" in detail.terms else False


def recommend(conn: sqlite3.Connection, context: ClientContext, ticked_items: Sequence[str],
              *, local_conn: sqlite3.Connection | None = None, now: datetime | None = None,
              limit: int = 12, checklist: Checklist | None = None) -> list[Recommendation]:
    """Ranked services for the ticked checklist items; crisis contacts first."""
    checklist = checklist or load_checklist(conn, context.checklist_id)
    items = [i for i in (checklist.item(t) for t in ticked_items) if i is not None]
    if not items:
        return []
    now = now or datetime.now(_helsinki()).replace(tzinfo=None)
    place, muni = _resolve_place(conn, context)
    situation_terms = list(dict.fromkeys(t for i in items for t in i.situations))
    theme_terms = list(dict.fromkeys(f"hyte-theme:{t}" for i in items for t in i.themes))
    red_items = [i for i in items if i.red_flag]
    red_terms = list(dict.fromkeys(t for i in red_items for t in i.situations))

    ids = _candidate_ids(conn, situation_terms + theme_terms, place, muni, context.max_km)
    crisis_ids = set(_crisis_ids(conn, red_terms))
    details = catalogue_details(conn, [*crisis_ids, *ids])
    if local_conn is not None:
        wanted = set(situation_terms + theme_terms)
        for d in list_local_services(local_conn, include_expired=False,
                                     today=now.date()):
            if wanted & set(d.terms):
                details[d.id] = d

    out: list[Recommendation] = []
    for sid, d in details.items():
        if d.status != "active":
            continue
        terms = set(d.terms)
        matched = [i for i in items if terms & set(i.situations)]
        theme_only = [i for i in items if i not in matched
                      and terms & {f"hyte-theme:{t}" for t in i.themes}]
        crisis = sid in crisis_ids
        if not matched and (not theme_only or d.national):
            continue  # a helpline is suggested for its own situations only
        reasons: list[Reason] = []
        score = 0.0
        if crisis:
            crisis_items = [i for i in red_items if terms & set(i.situations)]
            score += CRISIS_SCORE
            reasons.append(Reason("crisis", (("items", _labels(crisis_items)),)))
        if matched and not crisis:
            score += SITUATION_WEIGHT * len(matched)
            reasons.append(Reason("situation", (("items", _labels(matched)),)))
        elif matched:
            score += SITUATION_WEIGHT * len(matched)
        if theme_only:
            score += THEME_WEIGHT * len(theme_only)
            if not matched:
                reasons.append(Reason("theme", (("items", _labels(theme_only)),)))

        # Reach: how the client could take part.
        modes = d.modes or ("in-person",)
        reach = ""
        reach_score = 0.0
        for m in ("phone", "video"):
            if m in modes and m in context.modes and d.serves(muni) and reach_score < REMOTE_SCORE:
                reach, reach_score = m, REMOTE_SCORE
        if ("home-visit" in modes and "home-visit" in context.modes and d.serves(muni)
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
        if not reach:
            if not crisis:
                continue
            reach = "phone" if "phone" in modes else modes[0]
        score += reach_score
        if reach == "in-person" and near_reason is not None:
            reasons.append(near_reason)
        elif reach in ("phone", "video", "home-visit"):
            reasons.append(Reason(reach))

        fits = _age_fits(d, context.age_band)
        if fits is False and not crisis:
            continue
        if fits:
            score += AGE_SCORE
            reasons.append(Reason("age", (("band", context.age_band),)))

        schedules = d.schedules
        is_always = always_open(schedules)
        upcoming = None
        if is_always:
            reasons.append(Reason("always-open"))
        else:
            sessions = next_sessions(schedules, now, count=1)
            upcoming = sessions[0] if sessions else None
            if upcoming is not None:
                days = (upcoming.day - now.date()).days
                if days <= SOON_DAYS:
                    score += SOON_SCORE * (1.0 - days / (SOON_DAYS + 1))
                    reasons.append(Reason("next-session", (("date", _day_texts(upcoming)),)))
        if d.free:
            score += FREE_SCORE
            reasons.append(Reason("free"))
        if context.language not in d.languages:
            score -= 1.0
        elif context.language != "fi":
            score += LANGUAGE_SCORE
            reasons.append(Reason("language", (("language", context.language),)))
        if d.local:
            reasons.append(Reason("local"))
        lang = context.language
        out.append(Recommendation(
            service_id=sid, name=d.name(lang), organization=d.organization(lang), score=score,
            reasons=reasons, detail=d, items=tuple(i.id for i in matched),
            theme_items=tuple(i.id for i in theme_only),
            distance_km=d.distance_km, modes=d.modes, local=d.local, crisis=crisis,
            free=d.free, next_session=upcoming, always_open=is_always, reach=reach,
        ))
    # A priority area is only a fallback: keep a theme-only match just for items that no
    # service matches by situation.
    covered = {i for r in out for i in r.items}
    out = [r for r in out if r.items or r.crisis or set(r.theme_items) - covered]
    out.sort(key=lambda r: (not r.crisis, -r.score,
                            r.distance_km if r.distance_km is not None else 1e9, r.name))
    crisis_recs = [r for r in out if r.crisis]
    others = [r for r in out if not r.crisis]
    return crisis_recs + others[:limit]


def red_flag_notice(checklist: Checklist, ticked_items: Sequence[str]) -> list[ChecklistItem]:
    """The ticked red-flag items (a non-empty list means: show the safety notice)."""
    return checklist.red_flags(ticked_items)


def unmet_needs(checklist: Checklist, context: ClientContext, ticked_items: Sequence[str],
                recommendations: Sequence[Recommendation],
                municipality: str | None = None) -> list[UnmetNeed]:
    """Ticked items for which no service within the client's reach carries the situation."""
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
