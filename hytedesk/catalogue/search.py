"""Searching the current catalogue: Finnish-aware full text, filters and ranking.

Matching and filtering happen in one FTS5 index (filters are facet tokens); ranking
(docs/search.md) puts services whose name matches first and blends in nearness to the
chosen place; services usable remotely rank as if moderately near.
"""

from __future__ import annotations

import heapq
import json
import math
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import combinations, islice

from hytedesk.base import i18n
from hytedesk.catalogue import catdb as cat
from hytedesk.catalogue.finnish import MIN_KEY, fold, query_keys, stem_key, words

MAX_PART_WORDS = 20
TEXT_COLUMNS = "{name org body}"
NEAR_KM = 40.0  # the first pass looks this far when a place is chosen with no limit
REMOTE_NEARNESS = 0.5
KM_SCALE = 25.0

i18n.register(
    {
        "search.unknown_place": {
            "fi": "Paikkaa {place!r} ei löydy luettelosta.",
            "sv": "Platsen {place!r} finns inte i katalogen.",
            "en": "The place {place!r} is not in the catalogue.",
        },
        "search.did_you_mean": {
            "fi": "Tarkoititko: {words}? Haettiin sillä.",
            "sv": "Menade du: {words}? Sökte med det.",
            "en": "Did you mean: {words}? Searched for that.",
        },
        "search.partial": {
            "fi": "Osittaiset osumat – ei löytynyt: {words}",
            "sv": "Delvisa träffar – hittades inte: {words}",
            "en": "Partial matches – nothing found for: {words}",
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


@dataclass(slots=True)
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
    partial: bool = False  # matches only some of the typed words
    unmatched: list[str] = field(default_factory=list)  # the typed words it does not match
    languages: list[str] = field(default_factory=list)  # the languages it is given in
    corrected: dict[str, str] = field(default_factory=dict)  # typo -> word searched instead

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
            "partial": self.partial,
            "unmatched": self.unmatched,
            "languages": self.languages,
            "corrected": self.corrected,
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


# -- understanding the typed words ---------------------------------------------------------
#
# Each typed word becomes a *plan*: prefix keys for the text columns, compounds containing
# it, taxonomy terms it names, and what the search vocabulary of the bundle (synonyms,
# colloquial words, the other languages, inflected forms) says it means. A word that
# matches nothing is split into two words of the catalogue (kuntosaliryhmä → kuntosali +
# ryhmä, yksinasuvat → yksin + asuvat) or else corrected to the nearest catalogue word.

CANDIDATES = 120  # rows one candidate pass gathers, whatever the page size
REUSE_TEXT_MATCHES = True  # see search(); off only in the test that compares the two
PARTIAL_BELOW = 3  # fewer services matching every word: add those matching most of them
MAX_SUBSET_QUERIES = 12
MAX_ALIAS_TARGETS = 16
# A prefix FTS5 merges into one list of services before the first row comes back, at a
# cost that grows with its postings, the services each of its words is in, added up
# (``palvelu*``: 4-6 ms at 100,000 services, for each pass). Its words ORed are read
# lazily, only as far as the page needs: a prefix whose words' postings add up to at
# least this many, and to half the catalogue's services, is asked as its words
# (docs/decisions.md has the measurements).
COMMON_POSTINGS = 50_000
COMMON_MAX_WORDS = 200
_NEVER = re.compile("(?!)")
_ILLATIVE = re.compile(r"^(.{3,}([aeiouy]))\2n$")  # velkajärjestelyyn → velkajärjestely


@dataclass
class WordPlan:
    """What one typed word (or one part of a typed compound) looks for."""

    typed: str  # as typed, folded
    keys: list[str] = field(default_factory=list)  # prefixes of indexed words
    wholes: list[str] = field(default_factory=list)  # whole indexed words (compounds)
    term_facets: list[str] = field(default_factory=list)
    term_ids: list[str] = field(default_factory=list)
    groups: list[list[str]] = field(default_factory=list)  # keys that must all match
    corrected: str | None = None  # the catalogue word a typo was corrected to
    how: str = ""  # "", "vocabulary", "compound", "spelling"
    common: dict[str, list[str]] = field(default_factory=dict)  # key -> its words (below)
    _pattern: re.Pattern[str] | None = field(default=None, repr=False, compare=False)

    def text_alts(self) -> str:
        alts = [f'"{k}"*' if k not in self.common else
                "(" + " OR ".join(f'"{w}"' for w in self.common[k]) + ")" for k in self.keys]
        alts += [f'"{w}"' for w in self.wholes]
        alts += ["(" + " AND ".join(f'"{k}"*' for k in g) + ")" for g in self.groups]
        return " OR ".join(dict.fromkeys(alts))

    def text_clause(self) -> str | None:
        alts = self.text_alts()
        return f"{TEXT_COLUMNS} : ({alts})" if alts else None

    def clause(self) -> str:
        text = self.text_clause()
        if not self.term_facets:
            return text or "zznever"
        terms = f"{{facets}} : {_any(list(dict.fromkeys(self.term_facets)))}"
        return f"({text} OR {terms})" if text else terms

    def name_clause(self) -> str | None:
        alts = self.text_alts()
        return f"{{name}} : ({alts})" if alts else None

    @property
    def specific(self) -> str | None:
        """The typed word less a short ending, when it says more than every key (a name
        with ``senioritanssi`` fits ``senioritansi`` better than one with ``seniori…``)."""
        cut = self.typed[: max(5, len(self.typed) - 3)]
        if self.corrected or not self.keys or len(cut) <= max(len(k) for k in self.keys):
            return None
        return cut

    def in_words(self, padded: str) -> bool:
        """Whether a space-led string of folded words has a word this plan matches."""
        pattern = self._pattern
        if pattern is None:
            alts = [re.escape(k) for k in self.keys]
            alts += [re.escape(w) + "(?: |$)" for w in self.wholes]
            pattern = self._pattern = re.compile(" (?:" + "|".join(alts) + ")") if alts else _NEVER
        return (pattern.search(padded) is not None
                or any(all(" " + k in padded for k in g) for g in self.groups))


def _word_keys(word: str) -> list[str]:
    keys = [k for k in query_keys(word) if len(k) >= MIN_KEY]
    extra: list[str] = []
    m = _ILLATIVE.match(word)
    if m and len(m.group(1)) >= 5:
        extra.append(m.group(1))
    for k in keys:
        # -us/-ys nouns inflect on -uks-/-yks- (kuntoutus, kuntoutukseen): the stem key
        # ends in -uk, which no base form begins with.
        if len(k) >= 7 and k[-1] == "k" and k[-2] in "uy":
            extra.append(k[:-1])
    for k in extra:
        if not any(k.startswith(o) for o in keys):
            keys.append(k)
    return keys


def _after(key: str) -> str:
    """An upper bound for the strings that begin with ``key``. SQLite compares the UTF-8
    bytes, where a character beyond U+FFFF sorts after U+FFFF: with that as the bound, a
    word with one after the key would be missed."""
    return key + "\U0010ffff"


def _common_words(conn: sqlite3.Connection, key: str) -> list[str] | None:
    """The indexed words a very common prefix stands for, or None (see COMMON_POSTINGS)."""
    if key.startswith("zz"):  # the facets' tokens: not in ``words``
        return None
    found = conn.execute(
        "SELECT word, docs FROM words WHERE word >= ? AND word < ? AND docs > 0 LIMIT ?",
        (key, _after(key), COMMON_MAX_WORDS + 1)).fetchall()
    if not found or len(found) > COMMON_MAX_WORDS:
        return None
    postings = sum(r[1] for r in found)
    if postings < COMMON_POSTINGS:
        return None
    row = conn.execute("SELECT value FROM meta WHERE key = 'services'").fetchone()
    services = int(row[0]) if row else 0
    return [r[0] for r in found] if postings * 2 >= services else None


def _exists(conn: sqlite3.Connection, table: str, column: str, key: str) -> bool:
    return conn.execute(f"SELECT 1 FROM {table} WHERE {column} >= ? AND {column} < ? LIMIT 1",
                        (key, _after(key))).fetchone() is not None


def _under_prefix(conn: sqlite3.Connection, table: str, column: str, value: str,
                  key: str) -> list[str]:
    """Distinct ``value`` of the rows whose ``column`` starts with ``key`` (at most
    ``MAX_PART_WORDS``), read as a range of the column's index."""
    return [r[0] for r in conn.execute(
        f"SELECT DISTINCT {value} FROM {table} WHERE {column} >= ? AND {column} < ? LIMIT ?",
        (key, _after(key), MAX_PART_WORDS))]


def _expand(conn: sqlite3.Connection, word: str, plan: WordPlan, vocabulary: bool = True) -> bool:
    """Adds what one folded word matches to ``plan``; False if it matches nothing."""
    found = False
    keys = _word_keys(word)
    if not keys:
        # One letter or digit ("Palvelu 3"): as a whole word, not as a prefix of every word.
        if conn.execute("SELECT 1 FROM words WHERE word = ?", (word,)).fetchone():
            plan.wholes.append(word)
            return True
        return False
    for k in keys:
        if _exists(conn, "words", "word", k):
            plan.keys.append(k)
            found = True
            common = _common_words(conn, k)
            if common is not None:
                plan.common[k] = common
        if len(k) >= 4:
            for whole in _under_prefix(conn, "word_parts", "part", "word", k):
                plan.wholes.append(whole)
                found = True
        if len(k) >= 3:
            for term_id in _under_prefix(conn, "term_words", "word", "term_id", k):
                plan.term_facets.append(cat.facet("t", term_id))
                plan.term_ids.append(term_id)
                found = True
    if vocabulary:
        looked_up = list(dict.fromkeys([word, *keys]))
        marks = ", ".join("?" for _ in looked_up)
        for target, term_id in conn.execute(
            f"SELECT DISTINCT word, term_id FROM search_aliases WHERE alias IN ({marks}) "
            "LIMIT ?", (*looked_up, MAX_ALIAS_TARGETS),
        ):
            if term_id:
                plan.term_facets.append(cat.facet("t", term_id))
                plan.term_ids.append(term_id)
                found = True
            elif target and " " in target:
                # several words ("ruoka-apu"): all of them, each as a prefix
                group = [ks[0] for part in target.split() if (ks := _word_keys(part))]
                if group and all(_exists(conn, "words", "word", k) for k in group):
                    plan.groups.append(group)
                    found = True
                    plan.how = plan.how or "vocabulary"
            elif (target and target != word
                  and _expand(conn, target, plan, vocabulary=False)):
                found = True
                plan.how = plan.how or "vocabulary"
    return found


def _known(conn: sqlite3.Connection, part: str, *, first: bool = False) -> bool:
    """Whether a part of a typed compound is a word of the catalogue (or its vocabulary);
    a first part may also begin catalogue words (muisti: muistihoitaja, muistipelit)."""
    if conn.execute("SELECT 1 FROM words WHERE word = ?", (part,)).fetchone():
        return True
    if first and len(part) >= 4 and _exists(conn, "words", "word", part):
        return True
    key = stem_key(part)
    if len(key) >= 4 and conn.execute("SELECT 1 FROM vocabulary WHERE key = ?",
                                      (key,)).fetchone():
        return True
    return conn.execute("SELECT 1 FROM search_aliases WHERE alias = ? LIMIT 1",
                        (part,)).fetchone() is not None


def _split(conn: sqlite3.Connection, word: str) -> tuple[str, str] | None:
    """The typed compound as two catalogue words, the longest first part first."""
    if len(word) < 7 or not word.isalpha():
        return None
    for i in range(len(word) - 3, 2, -1):
        left, right = word[:i], word[i:]
        if _known(conn, left, first=True) and _known(conn, right):
            return left, right
    return None


def _correct(conn: sqlite3.Connection, word: str) -> str | None:
    """The catalogue word nearest to a word that matches nothing: edit distance 1, or 2 for
    words of 8 letters or more (a swap of two letters counts as one). The first letter is
    taken as typed, so only the catalogue words beginning with it are compared."""
    n = len(word)
    if n < 5 or not word.isalpha():
        return None
    # Imported here: only a word that matches nothing needs it, not the window's start.
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    most = 1 if n < 8 else 2
    first = word[0]
    # Catalogue words cut to one letter more than typed: an inflected or longer word of
    # the catalogue still counts as near ("dikonia" ~ "diakonia|tyontekija").
    choices = [r[0] for r in conn.execute(
        "SELECT DISTINCT substr(word, 1, ?) FROM words WHERE word >= ? AND word < ? "
        "AND length(word) >= ?", (n + 1, first, _after(first), n - most))]
    choices += [r[0] for r in conn.execute(
        "SELECT DISTINCT alias FROM search_aliases WHERE alias >= ? AND alias < ? "
        "AND length(alias) BETWEEN ? AND ?", (first, _after(first), n - most, n + most))]
    best = process.extractOne(word, choices, scorer=OSA.distance, score_cutoff=most)
    if best is None:
        return None
    near = str(best[0])
    row = conn.execute("SELECT word FROM words WHERE word >= ? AND word < ? LIMIT 1",
                       (near, _after(near))).fetchone()
    return str(row[0]) if row else near


@dataclass
class Understood:
    plans: list[WordPlan]
    unmatched: list[str]  # typed words that match nothing
    corrections: dict[str, str]  # typed word -> the catalogue word searched instead


def understand(conn: sqlite3.Connection, text: str) -> Understood:
    """The plans of the typed words (see the comment above ``CANDIDATES``)."""
    plans: list[WordPlan] = []
    unmatched: list[str] = []
    corrections: dict[str, str] = {}
    for raw in text.split():
        for w in words(raw):
            plan = WordPlan(w)
            if _expand(conn, w, plan):
                plans.append(plan)
                continue
            parts = _split(conn, w)
            if parts is not None:
                for part in parts:
                    sub = WordPlan(part, how="compound")
                    if _expand(conn, part, sub):
                        plans.append(sub)
                continue
            near = _correct(conn, w)
            if near is not None:
                plan = WordPlan(w, corrected=near, how="spelling")
                if _expand(conn, near, plan):
                    plans.append(plan)
                    corrections[w] = near
                    continue
            unmatched.append(w)
    return Understood(plans, unmatched, corrections)


def _all(clauses: Sequence[str | None]) -> str | None:
    return None if None in clauses else " AND ".join(c for c in clauses if c)


def _any(tokens: Sequence[str]) -> str:
    return "(" + " OR ".join(tokens) + ")"


def _area_facets(conn: sqlite3.Connection, municipality: str) -> list[str]:
    """Facets of the service areas that cover a municipality (itself, region, country)."""
    return [cat.FACET_ALL_AREAS if name == cat.WHOLE_COUNTRY else cat.facet("m", name)
            for name in cat.area_names(conn, municipality)]


def _facet_clauses(conn: sqlite3.Connection, q: SearchQuery,
                   place: Place | None) -> tuple[list[str], list[str]]:
    """The structured filters as FTS5 clauses on the ``facets`` column: those a service
    must match (ANDed), and the tokens it must not carry.

    What nearly every service carries (listed, open) is asked as the absence of what few
    carry: FTS5 reads a token's whole list of services to intersect it, and the list of
    the listed services is the whole catalogue (a third of a search's index time went to
    ``zzshown`` when it was asked for)."""
    clauses: list[str] = []
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
    excluded = [cat.FACET_HIDDEN]
    if q.hide_closed:
        excluded.append(cat.FACET_CLOSED)
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
    return clauses, excluded


def _nearest(conn: sqlite3.Connection, rowids: list[int],
             place: Place) -> dict[int, tuple[float, str | None]]:
    out: dict[int, tuple[float, str | None]] = {}
    if not rowids:
        return out
    # catdb.distance_km written out, with what depends on the place alone worked out once
    # (the same operations in the same order: the same distances to the last bit)
    radians, sin, cos, asin, sqrt = math.radians, math.sin, math.cos, math.asin, math.sqrt
    p1 = radians(place.lat)
    cos_p1, lon1, diameter = cos(p1), place.lon, 2 * cat.EARTH_RADIUS_KM
    for rowid, lat, lon, city in conn.execute(
        "SELECT service_rowid, lat, lon, city FROM service_locations WHERE service_rowid IN "
        "(SELECT value FROM json_each(?)) AND lat IS NOT NULL", (json.dumps(rowids),),
    ):
        p2 = radians(lat)
        a = sin((p2 - p1) / 2) ** 2 + cos_p1 * cos(p2) * sin(radians(lon - lon1) / 2) ** 2
        d = diameter * asin(min(1.0, sqrt(a)))
        known = out.get(rowid)
        if known is None or d < known[0]:
            out[rowid] = (d, city)
    return out


NAME_COLUMNS = {"fi": ("name", "org_name"), "sv": ("name_sv", "org_name_sv"),
                "en": ("name_en", "org_name_en")}
# Field weights of a matched word (docs/search.md): its own name, then the taxonomy terms
# it names, then the description and other text, the organiser's name last.
NAME_FIELD, TERM_FIELD, TEXT_FIELD, ORG_FIELD = 2.0, 1.0, 0.75, 0.4
SPECIFIC_BONUS = 1.0  # the name has the typed word itself, not only a short stem of it


class SearchResults(list[SearchHit]):
    """Ranked hits, and what the search made of the typed words: the words that matched
    nothing, and the typos it corrected (typed word → the catalogue word searched)."""

    def __init__(self, hits: Sequence[SearchHit] = (), unmatched: Sequence[str] = (),
                 corrections: dict[str, str] | None = None) -> None:
        super().__init__(hits)
        self.unmatched = list(unmatched)
        self.corrections = dict(corrections or {})


def search(conn: sqlite3.Connection, q: SearchQuery, *, details: bool = True) -> SearchResults:
    """Ranked services for a query; never more than ``q.limit``.

    With ``details=False`` (the window's search worker, which shows rows it reads by rowid)
    a hit in the unranked rest of a long list carries its rowid, distance, nearest town and
    partial-match words only; its id, name and the other display fields are left empty, and
    are not read from the catalogue. Ranked hits are always whole.

    Candidates come from a few FTS5 passes of at most ``CANDIDATES`` rows each, whatever
    the limit (filters are facet tokens in the same index): services near the chosen
    place, services whose name matches, services whose own text matches, services whose
    taxonomy terms match. When fewer than ``PARTIAL_BELOW`` services match every word,
    services matching most of the words follow, labelled partial. Python ranks the
    candidates (field weights and the rarity of each word among them, plus nearness); the
    rest of a long list follows in catalogue order up to the limit. FTS5's own bm25 is not
    used, since it would score every match of a common word.
    """
    place = find_place(conn, q.near_place) if q.near_place else None
    extra = [h for source in EXTRA_SOURCES for h in source(conn, q, place)]
    # merging extra hits compares them with every catalogue hit's fields
    details = details or bool(extra)
    facets, excluded = _facet_clauses(conn, q, place)
    name_col, org_col = NAME_COLUMNS.get(q.ui_language, NAME_COLUMNS["fi"])
    cols = (f"s.rowid, s.id, coalesce(s.{name_col}, s.name), coalesce(s.{org_col}, s.org_name), "
            "s.municipality, s.modes, s.free, s.closed, s.sample, s.remote, s.home_visit, "
            "s.sort_name, s.name_words, s.languages")
    out = SearchResults()
    plans: list[WordPlan] = []
    if q.text.strip():
        u = understand(conn, q.text)
        out.unmatched, out.corrections = u.unmatched, u.corrections
        plans = u.plans
        if not plans:
            return _with_extra(q, out, extra)
    any_terms = any(p.term_facets for p in plans)
    # Every match gathered, in the order found: rowid -> its services row, read after the
    # passes (FTS5 gives rowids alone), for the ranked candidates and, when needed, the rest.
    rows: dict[int, sqlite3.Row | None] = {}
    matched: dict[int, tuple[int, ...]] = {}
    text_rows: set[int] = set()
    tail: set[int] = set()
    every = tuple(range(len(plans)))
    filters = ["{facets} : (" + " AND ".join(facets) + ")"] if facets else []
    unlisted = "{facets} : " + _any(excluded)

    def collect(*parts: str, cap: int = CANDIDATES, rest: int = 0,
                which: tuple[int, ...] = every, order: bool = False,
                own_text: bool = False, also: list[int] | None = None,
                record: list[int] | None = None, seen: bool = True) -> bool:
        """Adds up to ``cap`` new matches to the ranked candidates and up to ``rest`` more
        to the unranked rest of the list; True if more may exist.

        ``also``: every other rowid the pass's expression matches, ascending (the pass is
        then run with ``parts`` matching the rest). ``record`` gets the rowids the pass
        found, in its order. ``seen=False``: the rows the pass finds beyond ``cap`` cannot
        show (the page is full), so it reads no further."""
        params: tuple[object, ...]
        if order and not filters:
            # Nothing asked: the listed services by name (no index token holds them all).
            params = ("active",) if q.hide_closed else cat.LISTED_STATUSES
            sql = (f"SELECT rowid FROM services WHERE status IN ({', '.join('?' for _ in params)})"
                   " ORDER BY sort_name, rowid LIMIT ?")
        else:
            params = (f"({' AND '.join((*filters, *parts))}) NOT {unlisted}",)
            sql = ("SELECT s.rowid FROM services_fts JOIN services s ON s.rowid = "
                   "services_fts.rowid WHERE services_fts MATCH ? ORDER BY s.sort_name, s.rowid "
                   "LIMIT ?") if order else \
                "SELECT rowid FROM services_fts WHERE services_fts MATCH ? LIMIT ?"
        limit = cap + rest + (len(rows) if seen else 0)
        fetched = 0
        cur = conn.cursor()
        cur.row_factory = None  # plain tuples: thousands of rows, one column
        found: Iterable[int] = (r[0] for r in cur.execute(sql, (*params, limit)))
        if also is not None:  # FTS5 gives rowids ascending: the first of the union
            found = list(islice(_union(found, also), limit))
        if record is not None:
            found = list(found)
            record.extend(found)
        for rowid in found:
            fetched += 1
            if rowid not in rows:
                rows[rowid] = None
                matched[rowid] = which
                if fetched > cap:
                    tail.add(rowid)
            elif fetched <= cap:
                tail.discard(rowid)  # ranked after all: among this pass's first rows
            if own_text:
                text_rows.add(rowid)
        return fetched >= limit

    if plans:
        anywhere = " AND ".join(p.clause() for p in plans)
        # (None when a word matches only through taxonomy terms: no name or text pass)
        in_name = _all([p.name_clause() for p in plans])
        in_text = _all([p.text_clause() for p in plans])
        passes: list[tuple[str, bool]] = []  # (expression, own text)
        if facets or q.hide_closed:
            # Filters chosen: matches are usually few, and the own-text pass fetches them
            # all; the name pass only ranks the right ones first when there are more.
            if in_text:
                passes.append((in_text, True))
            if any_terms:
                passes.append((anywhere, False))
            if in_name:
                passes.append((in_name, True))
        else:
            # A word alone may match thousands: services whose name matches first, then
            # those whose own text does, then those that carry a term the word names.
            if in_name:
                passes.append((in_name, True))
            if in_text:
                passes.append((in_text, True))
            if any_terms:
                passes.append((anywhere, False))
        if place is not None and q.max_km is None:
            # Nearby services first; with a distance limit the filter already keeps to it.
            cells = cat.cells_around(place.lat, place.lon, NEAR_KM)
            if cells:
                collect("{facets} : " + _any(cells), anywhere, own_text=not any_terms)
        more = False
        # Every service the own-text pass matched, when it read them all. When one word
        # alone names taxonomy terms, the pass for them then reads only the services
        # carrying the terms (and matching the other words), not that word's text again:
        # a common word's prefix costs FTS5 most of a query.
        text_ids: list[int] | None = None
        with_terms = [i for i, p in enumerate(plans) if p.term_facets]
        for n, (expr, own) in enumerate(passes):
            if expr is in_name and n and not more:
                continue  # the passes before had every match
            room = q.limit - len(rows)
            if n and room <= 0 and expr is not in_name:
                continue  # the page is full already: no pass reads the same rows again
            # Each pass but a late name pass also brings the rest of a long list (unranked,
            # in catalogue order), as far as the limit leaves room.
            late_name = expr is in_name and n > 0
            cap = CANDIDATES if late_name or n == 0 else min(CANDIDATES, room)
            rest = 0 if late_name else max(0, room - cap)
            if (expr is anywhere and text_ids is not None and len(with_terms) == 1
                    and REUSE_TEXT_MATCHES):
                j = with_terms[0]
                # (text_j OR terms_j) AND the others' text = the text matches, and
                # terms_j AND the others' text
                terms = f"{{facets}} : {_any(list(dict.fromkeys(plans[j].term_facets)))}"
                others = [p.clause() for i, p in enumerate(plans) if i != j]
                more = collect(terms, *others, cap=cap, rest=rest, own_text=own,
                               also=text_ids) or more
                continue
            record: list[int] | None = [] if expr is in_text else None
            # A late name pass only adds ranked rows; the rows it finds beyond them follow
            # the page's rest and show only where the distance limit leaves rows out (or
            # where an index entry has lost its services row, in a damaged file).
            seen = not (late_name and len(rows) >= q.limit
                        and (place is None or q.max_km is None))
            complete = not collect(expr, cap=cap, rest=rest, own_text=own, record=record,
                                   seen=seen)
            more = more or not complete
            if record is not None and complete:
                text_ids = record
        if len(plans) > 1 and len(rows) < PARTIAL_BELOW:
            _collect_partial(plans, rows, collect)
    else:
        collect(order=True, cap=q.limit)
    # Ranking reads the candidates' rows; the rest are read only for display.
    wanted = list(rows) if details else [r for r in rows if r not in tail]
    for r in _read(conn, cols, wanted):
        rows[r[0]] = r
    for rowid in wanted:  # in the index but not in the catalogue (the join used to drop it)
        if rows[rowid] is None:
            del rows[rowid]
            tail.discard(rowid)
    out.extend(_rank(q, place, plans, rows, matched, text_rows, tail, out, conn, any_terms))
    return _with_extra(q, out, extra)


def _union(a: Iterable[int], b: Iterable[int]) -> Iterator[int]:
    """The union of two ascending sequences, ascending, each value once."""
    last = None
    for v in heapq.merge(a, b):
        if v != last:
            yield v
            last = v


def _read(conn: sqlite3.Connection, cols: str, rowids: list[int]) -> list[sqlite3.Row]:
    """``cols`` of the services with these rowids (any number of them)."""
    return conn.execute(f"SELECT {cols} FROM services s WHERE s.rowid IN "
                        "(SELECT value FROM json_each(?))", (json.dumps(rowids),)).fetchall()


def _collect_partial(plans: list[WordPlan], rows: dict[int, sqlite3.Row | None],
                     collect: Callable[..., bool]) -> None:
    """Services matching most of the words: all but one, then fewer, as long as nothing is
    found (at most ``MAX_SUBSET_QUERIES`` queries, single words always)."""
    n = len(plans)
    queries = 0
    for size in range(n - 1, 0, -1):
        subsets = list(combinations(range(n), size))
        if size > 1 and queries + len(subsets) > MAX_SUBSET_QUERIES:
            continue
        before = len(rows)
        for sub in subsets:
            collect(*(plans[i].clause() for i in sub), which=sub)
            queries += 1
        if len(rows) > before:
            return


def _rank(q: SearchQuery, place: Place | None, plans: list[WordPlan],
          rows: dict[int, sqlite3.Row | None], matched: dict[int, tuple[int, ...]],
          text_rows: set[int], tail: set[int], out: SearchResults,
          conn: sqlite3.Connection, any_terms: bool) -> list[SearchHit]:
    """Scores the candidates (docs/search.md, Ranking) and sorts them; the unranked rest of
    a long list follows them in catalogue order."""
    # Rarity of each word among the candidates (bm25's idf): a word most candidates match
    # tells little, one that few match tells much.
    ranked = [r for r in rows if r not in tail]
    n = len(ranked)
    df = [0] * len(plans)
    for rowid in ranked:
        for i in matched[rowid]:
            df[i] += 1
    idf = [math.log(1.0 + (n - d + 0.5) / (d + 0.5)) + 0.1 for d in df]
    total = sum(idf) or 1.0
    specific = [p.specific for p in plans]
    carries: dict[int, set[int]] = {}  # rowid -> plans whose taxonomy terms it carries
    if any_terms and ranked:
        # Of the ranked services whose own text matched, those that also carry a term a
        # word names score more (services found only through a term are known to).
        wanted = [r for r in ranked if r in text_rows][:CANDIDATES * 3]
        if wanted:
            marks = ", ".join("?" for _ in wanted)
            for i, p in enumerate(plans):
                if not p.term_ids:
                    continue
                tmarks = ", ".join("?" for _ in p.term_ids)
                for (rowid,) in conn.execute(
                    "SELECT service_rowid FROM service_terms WHERE term_n IN (SELECT n FROM "
                    f"term_keys WHERE term_id IN ({tmarks})) AND service_rowid IN ({marks})",
                    (*p.term_ids, *wanted),
                ):
                    carries.setdefault(rowid, set()).add(i)
    nearest = _nearest(conn, ranked, place) if place else {}
    reach: dict[int, bool] = {}  # the unranked rest, unread: usable remotely or at home
    prefer = q.language or q.ui_language
    corrected = bool(out.corrections)
    hits: list[SearchHit] = []
    sort_keys: dict[int, tuple[object, ...]] = {}
    missed_by: dict[tuple[int, ...], list[str]] = {}  # plans matched -> typed words missed

    def in_order() -> Iterator[int]:
        """The ranked rows, then the unranked rest in the order found. A page never shows
        more than the limit, so the rest comes a slice at a time, only as far as it may
        still show (further when the distance limit leaves some out)."""
        yield from ranked
        rest = [r for r in rows if r in tail]
        while rest and len(hits) < q.limit:
            room = q.limit - len(hits)
            chunk, rest = rest[:room], rest[room:]
            if place is not None:
                nearest.update(_nearest(conn, chunk, place))
                unread = [r for r in chunk if rows[r] is None]
                if q.max_km is not None and unread:  # usable remotely or at home
                    reach.update((r[0], bool(r[1] or r[2])) for r in _read(
                        conn, "s.rowid, s.remote, s.home_visit", unread))
            yield from chunk

    for rowid in in_order():
        r = rows[rowid]
        if r is None:  # the unranked rest, not read (search(details=False))
            dist = nearest.get(rowid)
            if (place is not None and q.max_km is not None and not reach.get(rowid)
                    and (dist is None or dist[0] > q.max_km)):
                continue  # as below: beyond the limit and not usable from afar
            which = matched[rowid]
            missed = missed_by.get(which)
            if missed is None:
                missed = missed_by[which] = _missed(plans, which, out) if plans else []
            # (positional, in field order: hundreds of these per keystroke)
            hits.append(SearchHit(
                rowid, "", "", "", dist[1] if dist else None, dist[0] if dist else None, [],
                False, False, False, 0.0, ["text"], False, bool(missed), list(missed), [],
                out.corrections))
            sort_keys[rowid] = (True, 0, 0.0, False, 0.0, "", len(sort_keys))
            continue
        reasons: list[str] = []
        relevance = 0.0
        unmatched: list[str] = []
        partial = False
        if plans:
            sub = matched[rowid]
            if rowid in tail:
                reasons.append("text")
            else:
                padded = " " + r[12]
                own = rowid in text_rows
                terms_of = carries.get(rowid, ())
                all_in_name = True
                org_words: str | None = None
                for i in sub:
                    p = plans[i]
                    in_terms = (i in terms_of) if own else bool(p.term_facets)
                    if p.in_words(padded):
                        score = NAME_FIELD
                        spec = specific[i]
                        if spec and " " + spec in padded:
                            score += SPECIFIC_BONUS
                    else:
                        all_in_name = False
                        score = 0.0
                        if own or not p.term_facets:
                            if org_words is None:
                                org_words = " " + " ".join(words(r[3]))
                            score = ORG_FIELD if p.in_words(org_words) else TEXT_FIELD
                    if in_terms:
                        score += TERM_FIELD
                    relevance += score * idf[i]
                relevance /= total
                reasons.append("name" if all_in_name else "text")
            unmatched = _missed(plans, sub, out)
            if unmatched:
                partial = True
                reasons.append("partial")
            if corrected:
                reasons.append("corrected")
        modes = r[5].split(",") if r[5] else []
        dist = nearest.get(rowid)
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
        languages = r[13].split(",") if r[13] else []
        other = bool(languages) and prefer not in languages
        if other:
            reasons.append("other-language")
        score = relevance + nearness
        hits.append(SearchHit(
            rowid=rowid, id=r[1], name=r[2], organization=r[3], municipality=municipality,
            distance_km=dist[0] if dist else None, modes=modes, free=bool(r[6]),
            closed=bool(r[7]), sample=bool(r[8]), score=score, reasons=reasons,
            partial=partial, unmatched=unmatched, languages=languages,
            corrected=out.corrections,
        ))
        sort_keys[rowid] = ((True, 0, 0.0, False, 0.0, "", len(sort_keys)) if rowid in tail
                            else (False, partial, -round(score, 9), other,
                                  dist[0] if dist else 1e9, r[11], rowid))
    hits.sort(key=lambda h: sort_keys[h.rowid])
    return hits


def _missed(plans: list[WordPlan], sub: tuple[int, ...], out: SearchResults) -> list[str]:
    """The typed words a service matching the plans ``sub`` does not match."""
    return [plans[i].typed for i in range(len(plans)) if i not in sub] + out.unmatched


def _with_extra(q: SearchQuery, hits: SearchResults, extra: list[SearchHit]) -> SearchResults:
    """Merges the hits of the extra sources (local services) into the ranked list.

    The catalogue's hits keep their order (the language tie-break and the unranked rest
    included); each extra hit goes before the first catalogue hit it outranks by the same
    key: whole matches, score, the preferred language, distance, name."""
    if not extra:
        return SearchResults(hits[: q.limit], hits.unmatched, hits.corrections)
    prefer = q.language or q.ui_language

    def key(h: SearchHit) -> tuple[object, ...]:
        other = bool(h.languages) and prefer not in h.languages
        return (h.partial, -round(h.score, 9), other,
                h.distance_km if h.distance_km is not None else 1e9, fold(h.name))

    extra.sort(key=key)
    merged: list[SearchHit] = []
    i = 0
    for h in hits:
        k = key(h)
        while i < len(extra) and key(extra[i]) < k:
            merged.append(extra[i])
            i += 1
        merged.append(h)
    merged += extra[i:]
    return SearchResults(merged[: q.limit], hits.unmatched, hits.corrections)
