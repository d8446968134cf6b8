"""Searching the current catalogue: Finnish-aware full text, filters and ranking.

Ranking (docs/search.md): full-text relevance (SQLite FTS5 bm25 with the name weighted
most), doubled when every query word matches the service's name, then blended with
nearness to the chosen place; services usable remotely rank as if moderately near.
Filtering happens in SQL; Python only re-ranks the best few hundred candidates.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from hytedesk import i18n
from hytedesk.catalogue import WHOLE_COUNTRY, distance_km
from hytedesk.text import MIN_KEY, fold, query_keys, words

CANDIDATES = 300
MAX_PART_WORDS = 40
REMOTE_NEARNESS = 0.5
KM_SCALE = 25.0

i18n.register(
    {
        "search.unknown_place": {
            "fi": "Paikkaa {place!r} ei löydy luettelosta.",
            "sv": "Platsen {place!r} finns inte i katalogen.",
            "en": "The place {place!r} is not in the catalogue.",
        },
        "search.unknown_municipality": {
            "fi": "Kuntaa {name!r} ei löydy luettelosta.",
            "sv": "Kommunen {name!r} finns inte i katalogen.",
            "en": "The municipality {name!r} is not in the catalogue.",
        },
    }
)


@dataclass
class SearchQuery:
    text: str = ""
    municipality: str | None = None
    near_place: str | None = None
    max_km: float | None = None
    themes: Sequence[str] = ()
    situations: Sequence[str] = ()
    target_groups: Sequence[str] = ()
    provider_types: Sequence[str] = ()
    modes: Sequence[str] = ()
    free_only: bool = False
    language: str | None = None
    hide_closed: bool = False
    limit: int = 50
    ui_language: str = "fi"


@dataclass
class SearchHit:
    rowid: int
    id: str
    name: str
    organization: str
    municipality: str | None
    distance_km: float | None
    modes: list[str]
    free: bool
    closed: bool
    sample: bool
    score: float
    reasons: list[str] = field(default_factory=list)
    local: bool = False  # from local.db (hytedesk.referrals.local_services), not the catalogue

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "organization": self.organization,
            "municipality": self.municipality,
            "distance_km": None if self.distance_km is None else round(self.distance_km, 1),
            "modes": self.modes,
            "free": self.free,
            "temporarily_closed": self.closed,
            "sample": self.sample,
            "score": round(self.score, 4),
            "reasons": self.reasons,
        }


def _term_ids(values: Sequence[str], prefix: str) -> list[str]:
    return [v if ":" in v or v.startswith("http") else f"{prefix}:{v}" for v in values]


@dataclass
class Place:
    id: str
    name: str
    municipality: str
    lat: float
    lon: float


# Extra result sources merged into every search (local services of local.db): each gets
# the catalogue connection, the query and the resolved place, and returns its own hits.
ExtraSource = Callable[[sqlite3.Connection, SearchQuery, Place | None], list[SearchHit]]
EXTRA_SOURCES: list[ExtraSource] = []


def find_place(conn: sqlite3.Connection, place: str) -> Place:
    """A place by id or by name (Finnish or Swedish, with or without ä/ö)."""
    row = conn.execute("SELECT id, name, municipality, lat, lon FROM places WHERE id = ?",
                       (place,)).fetchone()
    if row is None:
        key = " ".join(words(place))
        row = conn.execute(
            "SELECT id, name, municipality, lat, lon FROM places WHERE sort_name = ? "
            "OR lower(name_sv) = ? ORDER BY type = 'municipality' DESC LIMIT 1",
            (key, place.lower()),
        ).fetchone()
    if row is None:
        raise i18n.UserError("search.unknown_place", place=place)
    return Place(row[0], row[1], row[2], float(row[3]), float(row[4]))


def find_municipality(conn: sqlite3.Connection, name: str) -> str:
    key = " ".join(words(name))
    for (muni,) in conn.execute("SELECT DISTINCT municipality FROM places"):
        if " ".join(words(muni)) == key:
            return str(muni)
    row = conn.execute(
        "SELECT municipality FROM places WHERE type = 'municipality' AND lower(name_sv) = ?",
        (name.lower(),),
    ).fetchone()
    if row is None:
        raise i18n.UserError("search.unknown_municipality", name=name)
    return str(row[0])


def _fts_expression(conn: sqlite3.Connection, text: str) -> tuple[str, list[list[str]]] | None:
    """FTS5 MATCH expression: every word must match one of its prefix keys or compounds."""
    clauses: list[str] = []
    word_keys: list[list[str]] = []
    for raw in text.split():
        for w in words(raw):
            keys = [k for k in query_keys(w) if len(k) >= MIN_KEY]
            if not keys:
                continue
            alts = [f'"{k}"*' for k in keys]
            for k in keys:
                if len(k) >= 4:
                    for (whole,) in conn.execute(
                        "SELECT DISTINCT word FROM word_parts WHERE part >= ? AND part < ? "
                        "LIMIT ?", (k, k + "\uffff", MAX_PART_WORDS),
                    ):
                        alts.append(f'"{whole}"')
            clauses.append("(" + " OR ".join(dict.fromkeys(alts)) + ")")
            word_keys.append(keys)
    if not clauses:
        return None
    return " AND ".join(clauses), word_keys


def _filters(conn: sqlite3.Connection, q: SearchQuery,
             place: Place | None) -> tuple[list[str], list[object]]:
    where = ["s.status IN ('active', 'temporarily closed')"]
    args: list[object] = []
    for values, prefix in ((q.themes, "hyte-theme"), (q.situations, "life-situation"),
                           (q.target_groups, "ptv-target-group"),
                           (q.provider_types, "provider-type"), (q.modes, "mode")):
        if values:
            ids = _term_ids(values, prefix)
            where.append(
                "s.rowid IN (SELECT service_rowid FROM service_terms WHERE term_id IN "
                f"({', '.join('?' for _ in ids)}))"
            )
            args.extend(ids)
    if q.municipality:
        muni = find_municipality(conn, q.municipality)
        where.append("s.rowid IN (SELECT service_rowid FROM service_areas "
                     "WHERE municipality IN (?, ?))")
        args.extend([muni, WHOLE_COUNTRY])
    if q.free_only:
        where.append("s.free = 1")
    if q.hide_closed:
        where.append("s.closed = 0")
    if q.language:
        where.append("(',' || s.languages || ',') LIKE ?")
        args.append(f"%,{q.language},%")
    if place is not None and q.max_km is not None:
        dlat = q.max_km / 111.0
        dlon = q.max_km / (111.0 * max(0.05, math.cos(math.radians(place.lat))))
        # Remote and home-visit services are not hidden by distance, but they are by
        # their service area: a village visit of another municipality does not come here.
        where.append(
            "(((s.remote = 1 OR s.home_visit = 1) AND (s.rowid IN (SELECT service_rowid FROM "
            "service_areas WHERE municipality IN (?, ?)) OR NOT EXISTS (SELECT 1 FROM "
            "service_areas a WHERE a.service_rowid = s.rowid))) OR s.rowid IN (SELECT "
            "service_rowid FROM service_locations WHERE lat BETWEEN ? AND ? AND lon BETWEEN ? "
            "AND ? AND hd_distance(lat, lon, ?, ?) <= ?))"
        )
        args.extend([place.municipality, WHOLE_COUNTRY, place.lat - dlat, place.lat + dlat,
                     place.lon - dlon, place.lon + dlon, place.lat, place.lon, q.max_km])
    return where, args


def _nearest(conn: sqlite3.Connection, rowids: list[int],
             place: Place) -> dict[int, tuple[float, str | None]]:
    out: dict[int, tuple[float, str | None]] = {}
    if not rowids:
        return out
    marks = ", ".join("?" for _ in rowids)
    for rowid, lat, lon, city in conn.execute(
        f"SELECT service_rowid, lat, lon, city FROM service_locations WHERE service_rowid IN "
        f"({marks}) AND lat IS NOT NULL", rowids,
    ):
        d = distance_km(place.lat, place.lon, lat, lon)
        if rowid not in out or d < out[rowid][0]:
            out[rowid] = (d, city)
    return out


NAME_COLUMNS = {"fi": ("name", "org_name"), "sv": ("name_sv", "org_name_sv"),
                "en": ("name_en", "org_name_en")}


def search(conn: sqlite3.Connection, q: SearchQuery) -> list[SearchHit]:
    """Ranked services for a query; never more than ``q.limit``."""
    place = find_place(conn, q.near_place) if q.near_place else None
    where, args = _filters(conn, q, place)
    name_col, org_col = NAME_COLUMNS.get(q.ui_language, NAME_COLUMNS["fi"])
    cols = (f"s.rowid, s.id, coalesce(s.{name_col}, s.name), coalesce(s.{org_col}, s.org_name), "
            "s.municipality, s.modes, s.free, s.closed, s.sample, s.remote, s.home_visit, "
            "s.sort_name, s.name_sv, s.name_en")
    fts = _fts_expression(conn, q.text) if q.text.strip() else None
    if q.text.strip() and fts is None:
        return []
    if fts is not None:
        expr, word_keys = fts
        sql = (f"SELECT {cols}, bm25(services_fts, 10.0, 4.0, 1.0, 2.0) AS r "
               "FROM services_fts JOIN services s ON s.rowid = services_fts.rowid "
               f"WHERE services_fts MATCH ? AND {' AND '.join(where)} ORDER BY r LIMIT ?")
        rows = conn.execute(sql, [expr, *args, max(CANDIDATES, q.limit)]).fetchall()
    else:
        word_keys = []
        order = "s.sort_name"
        limit = q.limit if place is None else max(CANDIDATES, q.limit)
        sql = (f"SELECT {cols}, 0.0 AS r FROM services s WHERE {' AND '.join(where)} "
               f"ORDER BY {order} LIMIT ?")
        rows = conn.execute(sql, [*args, limit]).fetchall()
    nearest = _nearest(conn, [r[0] for r in rows], place) if place else {}
    best = max((-r[14] for r in rows), default=0.0) or 1.0
    hits: list[SearchHit] = []
    for r in rows:
        reasons: list[str] = []
        relevance = -r[14] / best if fts is not None else 0.0
        if fts is not None:
            name_words = set(r[11].split())
            for extra in (r[12], r[13]):
                if extra:
                    name_words.update(words(extra))
            if all(any(nw.startswith(k) for nw in name_words for k in keys)
                   for keys in word_keys):
                relevance *= 2.0
                reasons.append("name")
            else:
                reasons.append("text")
        modes = r[5].split(",") if r[5] else []
        dist = nearest.get(r[0])
        municipality = r[4]
        nearness = 0.0
        if place is not None:
            if dist is not None:
                nearness = 1.0 / (1.0 + dist[0] / KM_SCALE)
                reasons.append("near")
                municipality = dist[1] or municipality
            if r[9]:
                nearness = max(nearness, REMOTE_NEARNESS)
                reasons.append("remote")
            elif r[10]:
                nearness = max(nearness, REMOTE_NEARNESS)
                reasons.append("home-visit")
        elif r[9]:
            reasons.append("remote")
        score = relevance + nearness if fts is not None else nearness
        hits.append(SearchHit(
            rowid=r[0], id=r[1], name=r[2], organization=r[3], municipality=municipality,
            distance_km=dist[0] if dist else None, modes=modes, free=bool(r[6]),
            closed=bool(r[7]), sample=bool(r[8]), score=score, reasons=reasons,
        ))
    extra = [h for source in EXTRA_SOURCES for h in source(conn, q, place)]
    hits.extend(extra)
    if place is not None or fts is not None:
        hits.sort(key=lambda h: (-h.score, h.distance_km if h.distance_km is not None else 1e9,
                                 fold(h.name)))
    elif extra:
        hits.sort(key=lambda h: fold(h.name))
    return hits[: q.limit]
