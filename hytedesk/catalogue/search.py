"""Searching the current catalogue: Finnish-aware full text, filters and ranking.

Matching and filtering happen in one FTS5 index (filters are facet tokens); ranking
(docs/search.md) puts services whose name matches first and blends in nearness to the
chosen place; services usable remotely rank as if moderately near.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from hytedesk.base import i18n
from hytedesk.catalogue import catdb as cat
from hytedesk.catalogue.catdb import distance_km
from hytedesk.catalogue.finnish import MIN_KEY, fold, query_keys, words

CANDIDATES = 120
MAX_PART_WORDS = 20
TEXT_COLUMNS = "{name org body}"
NEAR_KM = 40.0  # the first pass looks this far when a place is chosen with no limit
NAME_WEIGHT = 2.0
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


@dataclass
class TextMatch:
    """The FTS5 expressions of typed words: anywhere, and in the name only."""

    anywhere: str
    in_name: str
    word_keys: list[list[str]]


def _fts_expression(conn: sqlite3.Connection, text: str) -> TextMatch | None:
    """Every word must match one of its prefix keys, a compound containing one, or a
    taxonomy term (priority area, life situation …) whose name does."""
    anywhere: list[str] = []
    in_name: list[str] = []
    word_keys: list[list[str]] = []
    for raw in text.split():
        for w in words(raw):
            keys = [k for k in query_keys(w) if len(k) >= MIN_KEY]
            if not keys:
                # One letter or digit ("Palvelu 3"): as a whole word, not as a prefix of
                # every word that starts with it.
                text_alts = f'"{w}"'
                anywhere.append(f"{TEXT_COLUMNS} : ({text_alts})")
                in_name.append(f"{{name}} : ({text_alts})")
                word_keys.append([w])
                continue
            alts = [f'"{k}"*' for k in keys]
            term_facets: list[str] = []
            for k in keys:
                if len(k) >= 4:
                    for (whole,) in conn.execute(
                        "SELECT DISTINCT word FROM word_parts WHERE part >= ? AND part < ? "
                        "LIMIT ?", (k, k + "\uffff", MAX_PART_WORDS),
                    ):
                        alts.append(f'"{whole}"')
                if len(k) >= 3:
                    for (term_id,) in conn.execute(
                        "SELECT DISTINCT term_id FROM term_words WHERE word >= ? AND word < ? "
                        "LIMIT ?", (k, k + "\uffff", MAX_PART_WORDS),
                    ):
                        term_facets.append(cat.facet("t", term_id))
            text_alts = " OR ".join(dict.fromkeys(alts))
            clause = f"{TEXT_COLUMNS} : ({text_alts})"
            if term_facets:
                clause = f"({clause} OR {{facets}} : {_any(list(dict.fromkeys(term_facets)))})"
            anywhere.append(clause)
            in_name.append(f"{{name}} : ({text_alts})")
            word_keys.append(keys)
    if not anywhere:
        return None
    return TextMatch(" AND ".join(anywhere), " AND ".join(in_name), word_keys)




def _any(tokens: Sequence[str]) -> str:
    return "(" + " OR ".join(tokens) + ")"


def _area_facets(conn: sqlite3.Connection, municipality: str) -> list[str]:
    """Facets of the service areas that cover a municipality (itself, region, country)."""
    return [cat.FACET_ALL_AREAS if name == cat.WHOLE_COUNTRY else cat.facet("m", name)
            for name in cat.area_names(conn, municipality)]


def _facet_clauses(conn: sqlite3.Connection, q: SearchQuery,
                   place: Place | None) -> list[str]:
    """The structured filters as FTS5 clauses on the ``facets`` column (ANDed)."""
    clauses = [cat.FACET_SHOWN]
    for values, prefix in ((q.themes, "hyte-theme"), (q.situations, "life-situation"),
                           (q.target_groups, "ptv-target-group"),
                           (q.provider_types, "provider-type"), (q.modes, "mode")):
        if values:
            clauses.append(_any([cat.facet("t", t) for t in _term_ids(values, prefix)]))
    if q.municipality:
        muni = find_municipality(conn, q.municipality)
        clauses.append(_any(_area_facets(conn, muni)))
    if q.free_only:
        clauses.append(cat.FACET_FREE)
    if q.hide_closed:
        clauses.append(cat.FACET_OPEN)
    if q.language:
        clauses.append(cat.facet("l", q.language))
    if place is not None and q.max_km is not None:
        # Remote and home-visit services are not hidden by distance, but they are by
        # their service area: a village visit of another municipality does not come here.
        areas = [*_area_facets(conn, place.municipality), cat.FACET_NO_AREA]
        reachable = f"({_any([cat.FACET_REMOTE, cat.FACET_HOME])} AND {_any(areas)})"
        cells = cat.cells_around(place.lat, place.lon, q.max_km)
        near = _any(cells) if cells else cat.FACET_LOCATED
        clauses.append(f"({near} OR {reachable})")
    return clauses


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
    """Ranked services for a query; never more than ``q.limit``.

    Candidates come from a few FTS5 passes that stop early (catalogue order; filters are
    facet tokens in the same index): services near the chosen place, services whose name
    matches, then services matching anywhere. Python ranks the few hundred candidates;
    FTS5's own bm25 is not used, since it would score every match of a common word.
    """
    place = find_place(conn, q.near_place) if q.near_place else None
    facets = _facet_clauses(conn, q, place)
    name_col, org_col = NAME_COLUMNS.get(q.ui_language, NAME_COLUMNS["fi"])
    cols = (f"s.rowid, s.id, coalesce(s.{name_col}, s.name), coalesce(s.{org_col}, s.org_name), "
            "s.municipality, s.modes, s.free, s.closed, s.sample, s.remote, s.home_visit, "
            "s.sort_name, s.name_words")
    has_text = bool(q.text.strip())
    fts = _fts_expression(conn, q.text) if has_text else None
    if has_text and fts is None:
        return _with_extra(conn, q, place, [])
    per_pass = max(CANDIDATES, q.limit)
    rows: dict[int, sqlite3.Row] = {}
    filters = "{facets} : (" + " AND ".join(facets) + ")"

    def collect(*parts: str, order: bool = False) -> bool:
        """Adds the pass's matches to the candidates; True if it stopped at its limit."""
        match = " AND ".join((filters, *parts))
        sql = (f"SELECT {cols} FROM services_fts JOIN services s "
               "ON s.rowid = services_fts.rowid WHERE services_fts MATCH ? "
               f"{'ORDER BY s.sort_name ' if order else ''}LIMIT ?")
        limit = per_pass + len(rows)
        fetched = 0
        for r in conn.execute(sql, (match, limit)):
            rows.setdefault(r[0], r)
            fetched += 1
        return fetched >= limit

    word_keys = fts.word_keys if fts is not None else []
    if place is not None and q.max_km is None:
        # Nearby services first; with a distance limit the filter already keeps to it.
        cells = cat.cells_around(place.lat, place.lon, NEAR_KM)
        if cells:
            near = "{facets} : " + _any(cells)
            collect(near, *([fts.anywhere] if fts is not None else []))
    if fts is not None:
        if len(facets) > 1:
            # Filters chosen: matches are usually few, and one pass fetches them all; only
            # if it stops at its limit are the name matches fetched as well.
            if collect(fts.anywhere):
                collect(fts.in_name)
        else:
            # A word alone may match thousands: services whose name matches first, the
            # rest only while there is room.
            if len(rows) < per_pass:
                collect(fts.in_name)
            if len(rows) < per_pass:
                collect(fts.anywhere)
    else:
        collect(order=True)

    nearest = _nearest(conn, list(rows), place) if place else {}
    hits: list[SearchHit] = []
    for r in rows.values():
        reasons: list[str] = []
        relevance = 0.0
        if fts is not None:
            padded = " " + r[12]
            if all(any(" " + k in padded for k in keys) for keys in word_keys):
                relevance = NAME_WEIGHT
                reasons.append("name")
            else:
                reasons.append("text")
        modes = r[5].split(",") if r[5] else []
        dist = nearest.get(r[0])
        municipality = r[4]
        nearness = 0.0
        if place is not None:
            if r[9] or r[10]:
                nearness = REMOTE_NEARNESS
                reasons.append("remote" if r[9] else "home-visit")
            elif q.max_km is not None and (dist is None or dist[0] > q.max_km):
                continue  # in a neighbouring grid cell, but beyond the limit
            if dist is not None:
                nearness = max(nearness, 1.0 / (1.0 + dist[0] / KM_SCALE))
                reasons.append("near")
                municipality = dist[1] or municipality
        elif r[9]:
            reasons.append("remote")
        hits.append(SearchHit(
            rowid=r[0], id=r[1], name=r[2], organization=r[3], municipality=municipality,
            distance_km=dist[0] if dist else None, modes=modes, free=bool(r[6]),
            closed=bool(r[7]), sample=bool(r[8]), score=relevance + nearness, reasons=reasons,
        ))
    order = {r[0]: r[11] for r in rows.values()}
    hits.sort(key=lambda h: (-h.score, h.distance_km if h.distance_km is not None else 1e9,
                             order[h.rowid], h.rowid))
    return _with_extra(conn, q, place, hits)


def _with_extra(conn: sqlite3.Connection, q: SearchQuery, place: Place | None,
                hits: list[SearchHit]) -> list[SearchHit]:
    """Merges the hits of the extra sources (local services) into the ranked list."""
    extra = [h for source in EXTRA_SOURCES for h in source(conn, q, place)]
    if extra:
        merged = hits + extra
        merged.sort(key=lambda h: (-h.score,
                                   h.distance_km if h.distance_km is not None else 1e9,
                                   fold(h.name)))
        return merged[: q.limit]
    return hits[: q.limit]
