"""The catalogue database: one read-only SQLite file per published catalogue version.

The importer writes it once (``build`` helpers below); the app opens it read-only.
``records`` keeps every bundle record as canonical JSON with its hash, so the content
digest can be recomputed and a delta applied without the original bundle; the other
tables are derived from the records for fast filtering and search.

A laptop keeps the file for the catalogue's lifetime, so it is kept small
(docs/performance.md): each record's JSON is stored as a zstd frame compressed with a
dictionary trained on the catalogue's own services at a full import (``RecordCodec``;
read it back with the ``hd_record`` SQL function or ``RecordCodec.text``); the full-text
index keeps no copy of the texts it indexes (a contentless FTS5 table: a service's old
values are derived again from its stored record to delete it); and a service's taxonomy
terms are stored by a small number (``term_keys``) instead of the term's URI.
"""

from __future__ import annotations

import hashlib
import json
import math
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import zstandard

from hytedesk.catalogue.finnish import fold, stem_key, words

SCHEMA_VERSION = 7  # raise whenever the derived tables change: old files are rebuilt

# Tables first; the indexes of the big tables are created after a full import has loaded
# its rows (sorting once is far cheaper than keeping B-trees ordered during the load).
SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
-- json: the record's canonical JSON as a zstd frame (RecordCodec); files of schema 4 and
-- older held it as text, which RecordCodec.text still reads (rebuild_catalogue).
CREATE TABLE records (kind TEXT NOT NULL, id TEXT NOT NULL, hash TEXT NOT NULL,
                      json BLOB NOT NULL);
CREATE TABLE record_dictionary (id INTEGER PRIMARY KEY CHECK (id = 1), data BLOB NOT NULL);
CREATE TABLE taxonomies (id TEXT PRIMARY KEY, name TEXT NOT NULL, name_sv TEXT, name_en TEXT);
CREATE TABLE terms (
    id TEXT PRIMARY KEY, taxonomy_id TEXT NOT NULL, code TEXT, parent_id TEXT,
    name TEXT NOT NULL, name_sv TEXT, name_en TEXT
);
CREATE INDEX terms_taxonomy ON terms (taxonomy_id);
CREATE TABLE places (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, name_sv TEXT, type TEXT NOT NULL,
    municipality TEXT NOT NULL, region TEXT, lat REAL NOT NULL, lon REAL NOT NULL,
    sort_name TEXT NOT NULL
);
CREATE INDEX places_municipality ON places (municipality);
CREATE TABLE checklists (id TEXT PRIMARY KEY, json TEXT NOT NULL);
CREATE TABLE services (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    name TEXT NOT NULL, name_sv TEXT, name_en TEXT,
    org_name TEXT NOT NULL, org_name_sv TEXT, org_name_en TEXT,
    status TEXT NOT NULL,
    closed INTEGER NOT NULL,
    free INTEGER NOT NULL,
    sample INTEGER NOT NULL,
    remote INTEGER NOT NULL,
    home_visit INTEGER NOT NULL,
    modes TEXT NOT NULL,
    provider_type TEXT,
    languages TEXT NOT NULL,
    municipality TEXT,
    assured_date TEXT,
    sort_name TEXT NOT NULL,
    name_words TEXT NOT NULL
);
-- Term ids are URIs of ~30 characters carried by ~7 services each on average: stored once
-- in term_keys, by number in service_terms. Numbers are only ever added (a delta that
-- removes a term leaves its number unused).
CREATE TABLE term_keys (term_id TEXT PRIMARY KEY, n INTEGER NOT NULL UNIQUE) WITHOUT ROWID;
CREATE TABLE service_terms (service_rowid INTEGER NOT NULL, term_n INTEGER NOT NULL,
                            PRIMARY KEY (service_rowid, term_n)) WITHOUT ROWID;
CREATE TABLE service_areas (service_rowid INTEGER NOT NULL, municipality TEXT NOT NULL);
CREATE TABLE service_locations (
    service_rowid INTEGER NOT NULL, location_id TEXT NOT NULL, name TEXT, address TEXT,
    city TEXT, lat REAL, lon REAL
);
CREATE TABLE vocabulary (key TEXT PRIMARY KEY) WITHOUT ROWID;
-- Every word of the index's text columns (but those beginning with "zz", the facets'
-- prefix), with the number of services it is in (kept for the search: a prefix most
-- services match is asked as its words, search.COMMON_POSTINGS); the service count is in
-- meta ("services").
CREATE TABLE words (word TEXT PRIMARY KEY, docs INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
CREATE TABLE heads (part TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE word_parts (part TEXT NOT NULL, word TEXT NOT NULL, PRIMARY KEY (part, word))
    WITHOUT ROWID;
CREATE TABLE term_words (word TEXT NOT NULL, term_id TEXT NOT NULL,
                         PRIMARY KEY (word, term_id)) WITHOUT ROWID;
CREATE TABLE search_aliases (alias TEXT NOT NULL, record_id TEXT NOT NULL, word TEXT NOT NULL,
                             term_id TEXT NOT NULL);
CREATE INDEX search_aliases_alias ON search_aliases (alias);
CREATE INDEX search_aliases_record ON search_aliases (record_id);
-- Contentless: the index alone (the texts are in the records). A service is removed with
-- FTS5's 'delete' command and the values derive_service gives for its stored record.
CREATE VIRTUAL TABLE services_fts USING fts5(
    name, org, body, facets, tokenize = 'unicode61 remove_diacritics 2', detail = 'column',
    content = ''
);
CREATE VIRTUAL TABLE services_vocab USING fts5vocab(services_fts, 'row');
"""

INDEXES = """
CREATE INDEX records_key ON records (kind, id, hash);
CREATE UNIQUE INDEX services_id ON services (id);
CREATE INDEX services_sort ON services (sort_name);
CREATE INDEX service_terms_term ON service_terms (term_n, service_rowid);
CREATE UNIQUE INDEX service_areas_key ON service_areas (municipality, service_rowid);
CREATE INDEX service_areas_service ON service_areas (service_rowid);
CREATE INDEX service_locations_service ON service_locations (service_rowid);
CREATE INDEX service_locations_lat ON service_locations (lat, lon);
"""

EARTH_RADIUS_KM = 6371.0088
WHOLE_COUNTRY = "*"
COUNTRY_NAMES = {"suomi", "finland", "koko suomi", "hela finland", "whole country"}


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine), kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def _sql_distance(lat1: Any, lon1: Any, lat2: Any, lon2: Any) -> float | None:
    if None in (lat1, lon1, lat2, lon2):
        return None
    return distance_km(float(lat1), float(lon1), float(lat2), float(lon2))


# -- stored records ------------------------------------------------------------------------

DICTIONARY_SAMPLES = 2000  # services a full import trains the dictionary on (~0.2 s)
DICTIONARY_MIN_SAMPLES = 20  # fewer: plain zstd (a tiny catalogue gains nothing)
DICTIONARY_BYTES = 112 * 1024
RECORD_LEVEL = 3  # with the dictionary: ~6 µs a record to compress, ~2.5 µs to read back


def train_dictionary(samples: Iterable[bytes]) -> bytes | None:
    """A zstd dictionary for the catalogue's records, or None when the samples are too few
    or too alike for zstd to train on (the records are then compressed without one)."""
    import zstandard

    data = [s for s in samples if s]
    if len(data) < DICTIONARY_MIN_SAMPLES:
        return None
    size = min(DICTIONARY_BYTES, max(4096, sum(map(len, data)) // 10))
    try:
        trained = zstandard.train_dictionary(size, data)  # type: ignore[arg-type]
        return bytes(trained.as_bytes())
    except zstandard.ZstdError:
        return None


class RecordCodec:
    """Stores a record's canonical JSON as a zstd frame and reads it back.

    One codec per catalogue file: its dictionary lives in the file (``record_dictionary``),
    so the file is read and extended (by a delta) with the dictionary it was built with.
    Text values (files built before schema 5) are read back unchanged. zstd is loaded on
    the first record packed or read, not when a catalogue is opened (the window's start).
    """

    def __init__(self, dictionary: bytes | None) -> None:
        self.dictionary = dictionary
        self._compressor: zstandard.ZstdCompressor | None = None
        self._decompressor: zstandard.ZstdDecompressor | None = None

    def _dict(self) -> zstandard.ZstdCompressionDict | None:
        import zstandard

        return zstandard.ZstdCompressionDict(self.dictionary) if self.dictionary else None

    @classmethod
    def of(cls, conn: sqlite3.Connection) -> RecordCodec:
        """The codec of an open catalogue file (no dictionary if it has none)."""
        try:
            row = conn.execute("SELECT data FROM record_dictionary WHERE id = 1").fetchone()
        except sqlite3.OperationalError:  # a file from before schema 5
            row = None
        return cls(bytes(row[0]) if row else None)

    def save(self, conn: sqlite3.Connection) -> None:
        if self.dictionary:
            conn.execute("INSERT OR REPLACE INTO record_dictionary VALUES (1, ?)",
                         (self.dictionary,))

    def pack(self, text: str) -> bytes:
        if self._compressor is None:
            import zstandard

            self._compressor = zstandard.ZstdCompressor(
                level=RECORD_LEVEL, dict_data=self._dict(), write_checksum=False)
        return self._compressor.compress(text.encode("utf-8"))

    def text(self, value: bytes | str | None) -> str | None:
        if value is None or isinstance(value, str):
            return value
        if self._decompressor is None:
            import zstandard

            self._decompressor = zstandard.ZstdDecompressor(dict_data=self._dict())
        return self._decompressor.decompress(value).decode("utf-8")

    def load(self, value: bytes | str) -> Any:
        """The stored record as a Python value."""
        return json.loads(self.text(value) or "null")


def install_codec(conn: sqlite3.Connection,
                  codec: RecordCodec | None = None) -> RecordCodec:
    """Registers ``hd_record(json)`` (the stored record as JSON text) on a connection to a
    catalogue file, with ``codec`` or the file's own; returns the codec. ``connect`` does
    this for the app's read-only connections; the importer, for the file it builds."""
    codec = codec or RecordCodec.of(conn)
    conn.create_function("hd_record", 1, codec.text, deterministic=True)
    return codec


def connect(path: Path, *, readonly: bool = True) -> sqlite3.Connection:
    """Opens a catalogue file; read-only unless the importer is building it."""
    if readonly:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=True)
        conn.execute("PRAGMA query_only = 1")
    else:
        conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    conn.create_function("hd_distance", 4, _sql_distance, deterministic=True)
    conn.execute("PRAGMA cache_size = -32000")
    conn.execute("PRAGMA temp_store = MEMORY")
    # No memory map: a file damaged or cut short under an open connection must give
    # SQLite an error the app repairs from, not SIGBUS (docs/decisions.md); reads
    # through the page cache measured no slower at 100,000 services.
    conn.execute("PRAGMA mmap_size = 0")
    if readonly:
        install_codec(conn)
    return conn


def schema_version_of(path: Path) -> int:
    """The schema version a catalogue file was built with (0 if it does not say)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return int(row[0]) if row else 0
    except (sqlite3.Error, ValueError):
        return 0
    finally:
        conn.close()


def translated(obj: dict[str, Any], field: str, lang: str) -> str | None:
    """The ``field`` of ``obj`` in ``lang`` from the translations extension, or None."""
    tr = obj.get("translations") or {}
    value = (tr.get(lang) or {}).get(field)
    return value if isinstance(value, str) and value.strip() else None


def text_in(obj: dict[str, Any], field: str, lang: str) -> str:
    """The field in ``lang``, falling back to the top-level text."""
    if lang != "fi":
        value = translated(obj, field, lang)
        if value:
            return value
    value = obj.get(field)
    return value if isinstance(value, str) else ""


def all_texts(obj: dict[str, Any], field: str) -> list[str]:
    """The field's text in every language the object has, top-level first."""
    top = obj.get(field)
    out = [top] if top.__class__ is str and top else []
    tr = obj.get("translations")
    if tr:
        for lang in ("sv", "en", "fi"):
            value = (tr.get(lang) or {}).get(field)
            if value.__class__ is str and value.strip() and value not in out:
                out.append(value)
    return out


# Filters travel in the full-text index as *facet tokens* in a column of their own, so a
# filtered search is one FTS5 query whose doclists SQLite intersects in C and stops early,
# however common the words typed. Tokens are letters and digits only (the tokenizer's
# alphabet), prefixed with "zz" so no typed word meets them (text is matched in the other
# columns only).
GRID_LEVELS = (0.1, 0.4, 1.6)  # cell height in degrees of latitude; width twice that
FACET_FREE = "zzfree"
# Tokens nearly every service would carry are kept as their opposite, which few carry:
# a search asks for their absence (FTS5's NOT reads the short list, AND would read the
# whole catalogue's).
LISTED_STATUSES = ("active", "temporarily closed")  # the statuses a search lists
FACET_HIDDEN = "zzhidden"  # neither active nor temporarily closed: never listed
FACET_CLOSED = "zzclosed"  # temporarily closed
FACET_REMOTE = "zzremote"
FACET_HOME = "zzhome"
FACET_NO_AREA = "zznoarea"
FACET_LOCATED = "zzlocated"
FACET_ALL_AREAS = "zzmall"  # the whole country


@lru_cache(maxsize=65536)
def facet(kind: str, value: str) -> str:
    """A facet token: ``zz`` + kind letter + a short hash of the value."""
    return f"zz{kind}{hashlib.blake2b(value.encode(), digest_size=6).hexdigest()}"


def grid_cells(lat: float, lon: float) -> list[str]:
    return [grid_cell(lat, lon, level) for level in range(len(GRID_LEVELS))]


def grid_cell(lat: float, lon: float, level: int) -> str:
    h = GRID_LEVELS[level]
    return f"zzg{level}x{int(math.floor(lat / h))}y{int(math.floor(lon / (2 * h)))}"


def cells_around(lat: float, lon: float, km: float) -> list[str] | None:
    """Grid cells that together cover a circle of ``km``, at the coarsest level that keeps
    them few; None when the circle is larger than the coarsest cells can usefully bound."""
    for level, h in enumerate(GRID_LEVELS):
        dlat = km / 111.0
        dlon = km / (111.0 * max(0.05, math.cos(math.radians(lat))))
        i0, i1 = math.floor((lat - dlat) / h), math.floor((lat + dlat) / h)
        j0, j1 = math.floor((lon - dlon) / (2 * h)), math.floor((lon + dlon) / (2 * h))
        if (i1 - i0 + 1) * (j1 - j0 + 1) <= 16:
            return [f"zzg{level}x{i}y{j}" for i in range(i0, i1 + 1) for j in range(j0, j1 + 1)]
    return None


# A service's derived rows as plain tuples (cheap to send between processes):
# (services values without rowid, term ids, areas, locations, (name, org, body, facets)).
PackedService = tuple[tuple[Any, ...], list[str], list[str], list[tuple[Any, ...]],
                      tuple[str, str, str, str]]


@dataclass
class ServiceRows:
    """What one service record becomes in the derived tables."""

    row: dict[str, Any]
    terms: list[str]
    areas: list[str]
    locations: list[tuple[str, str | None, str | None, str | None, float | None, float | None]]
    fts_name: list[str]
    fts_org: list[str]
    fts_body: list[str]
    facets: list[str]

    def packed(self) -> PackedService:
        r = self.row
        return (
            tuple(r[c] for c in SERVICE_COLUMNS[1:]), self.terms, self.areas,
            self.locations,
            ("\n".join(self.fts_name), "\n".join(self.fts_org), "\n".join(self.fts_body),
             " ".join(self.facets)),
        )


BODY_FIELDS = ("description", "alternate_name", "eligibility_description", "fees_description",
               "application_process")


def derive_service(rec: dict[str, Any]) -> ServiceRows:
    """Derives the search and filter rows of one service record."""
    org = rec.get("organization") or {}
    term_ids = sorted({a["taxonomy_term_id"] for a in rec.get("attributes") or []})
    modes = [t.split(":", 1)[1] for t in term_ids if t.startswith("mode:")]
    provider = next((t.split(":", 1)[1] for t in term_ids if t.startswith("provider-type:")), None)
    costs = rec.get("cost_options") or []
    amounts = [c.get("amount") for c in costs if isinstance(c.get("amount"), (int, float))]
    free = bool(amounts) and all(a == 0 for a in amounts)
    langs = sorted(
        {str(lang.get("code")) for lang in rec.get("languages") or [] if lang.get("code")}
    )
    if not langs:
        langs = ["fi"]
    locations = []
    cities: list[str] = []
    body: list[str] = []
    for sal in rec.get("service_at_locations") or []:
        loc = sal.get("location") or {}
        addr = (loc.get("addresses") or [{}])[0]
        city = addr.get("city")
        street = ", ".join(x for x in (addr.get("address_1"), addr.get("postal_code"), city) if x)
        locations.append((str(loc.get("id", sal.get("id"))), loc.get("name"), street or None,
                          city, loc.get("latitude"), loc.get("longitude")))
        if city and city not in cities:
            cities.append(city)
        body.extend(all_texts(loc, "name"))
        if city:
            body.append(city)
    areas: list[str] = []
    for area in rec.get("service_areas") or []:
        name = str(area.get("name", "")).strip()
        if not name:
            continue
        # A region stays a region (searches ask for the municipality, its region or the
        # whole country), so the rows stay few and a delta to the places changes nothing.
        areas.append(WHOLE_COUNTRY if name.lower() in COUNTRY_NAMES else name)
        body.append(name)
    areas.extend(cities)
    areas = sorted(set(areas))
    municipality = cities[0] if cities else next(
        (a.get("name") for a in rec.get("service_areas") or [] if a.get("name")), None
    )
    for field in BODY_FIELDS:
        body.extend(all_texts(rec, field))
    names = all_texts(rec, "name")
    org_names = all_texts(org, "name")
    row = {
        "id": rec["id"],
        "name": rec["name"],
        "name_sv": translated(rec, "name", "sv"),
        "name_en": translated(rec, "name", "en"),
        "org_name": org.get("name", ""),
        "org_name_sv": translated(org, "name", "sv"),
        "org_name_en": translated(org, "name", "en"),
        "status": rec["status"],
        "closed": int(rec["status"] == "temporarily closed"),
        "free": int(free),
        "sample": int(bool((rec.get("hytedesk") or {}).get("sample"))),
        "remote": int("phone" in modes or "video" in modes),
        "home_visit": int("home-visit" in modes),
        "modes": ",".join(modes),
        "provider_type": provider,
        "languages": ",".join(langs),
        "municipality": municipality,
        "assured_date": rec.get("assured_date"),
        "sort_name": " ".join(words(rec["name"])),
        # every word of the name in every language, folded: for the "name matches" check
        "name_words": " ".join(dict.fromkeys(w for n in names for w in words(n))),
    }
    facets = [facet("t", t) for t in term_ids]
    facets += [FACET_ALL_AREAS if a == WHOLE_COUNTRY else facet("m", a) for a in areas]
    facets += [facet("l", code) for code in langs]
    if not areas:
        facets.append(FACET_NO_AREA)
    if free:
        facets.append(FACET_FREE)
    if rec["status"] not in LISTED_STATUSES:
        facets.append(FACET_HIDDEN)
    if rec["status"] == "temporarily closed":
        facets.append(FACET_CLOSED)
    if row["remote"]:
        facets.append(FACET_REMOTE)
    if row["home_visit"]:
        facets.append(FACET_HOME)
    cells: set[str] = set()
    for loc in locations:
        lat, lon = loc[4], loc[5]
        if isinstance(lat, (int, float)) and isinstance(lon, (int, float)):
            cells.update(grid_cells(float(lat), float(lon)))
    if cells:
        facets.append(FACET_LOCATED)
        facets.extend(sorted(cells))
    return ServiceRows(row, term_ids, areas, locations, names, org_names, body, facets)


def rebuild_term_words(conn: sqlite3.Connection) -> None:
    """The folded words of every term's names (fi/sv/en): typed words that match a term's
    name find the services carrying the term (see search._fts_expression)."""
    conn.execute("DELETE FROM term_words")
    conn.executemany(
        "INSERT OR IGNORE INTO term_words VALUES (?, ?)",
        ((w, r[0]) for r in conn.execute("SELECT id, name, name_sv, name_en FROM terms")
         for text in r[1:] if text for w in words(text)),
    )


def region_of(conn: sqlite3.Connection, municipality: str) -> str | None:
    row = conn.execute("SELECT region FROM places WHERE municipality = ? AND region IS NOT NULL "
                       "LIMIT 1", (municipality,)).fetchone()
    return str(row[0]) if row else None


def area_names(conn: sqlite3.Connection, municipality: str) -> list[str]:
    """The service-area names that cover a municipality: itself, its region, the country."""
    region = region_of(conn, municipality)
    return [municipality, *([region] if region else []), WHOLE_COUNTRY]


def region_index(conn: sqlite3.Connection) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for region, muni in conn.execute(
        "SELECT DISTINCT region, municipality FROM places WHERE region IS NOT NULL"
    ):
        out.setdefault(region, []).append(muni)
    return out


SERVICE_COLUMNS = (
    "rowid", "id", "name", "name_sv", "name_en", "org_name", "org_name_sv", "org_name_en",
    "status", "closed", "free", "sample", "remote", "home_visit", "modes", "provider_type",
    "languages", "municipality", "assured_date", "sort_name", "name_words",
)


class ServiceWriter:
    """Buffers derived service rows and writes them in batches (executemany)."""

    BATCH = 2000

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.next_rowid = int(conn.execute("SELECT coalesce(max(rowid), 0) + 1 FROM services")
                              .fetchone()[0])
        self.first_rowid = self.next_rowid
        self.services: list[tuple[Any, ...]] = []
        self.terms: list[tuple[int, int]] = []  # (service row, term number)
        self.term_numbers = dict(conn.execute("SELECT term_id, n FROM term_keys"))
        self.new_terms: list[tuple[str, int]] = []
        self.areas: list[tuple[int, str]] = []
        self.locations: list[tuple[Any, ...]] = []
        self.fts: list[tuple[int, str, str, str, str]] = []

    def add(self, rows: ServiceRows) -> int:
        return self.add_packed(rows.packed())

    def add_packed(self, packed: PackedService) -> int:
        values, terms, areas, locations, fts = packed
        rowid = self.next_rowid
        self.next_rowid += 1
        self.services.append((rowid, *values))
        numbers = self.term_numbers  # numbers start at 1: a miss is falsy
        self.terms.extend((rowid, numbers.get(t) or self._new_term(t)) for t in terms)
        self.areas.extend((rowid, a) for a in areas)
        self.locations.extend((rowid, *loc) for loc in locations)
        self.fts.append((rowid, *fts))
        if len(self.services) >= self.BATCH:
            self.flush()
        return rowid

    def _new_term(self, term_id: str) -> int:
        n = self.term_numbers[term_id] = len(self.term_numbers) + 1
        self.new_terms.append((term_id, n))
        return n

    def flush(self) -> None:
        c = self.conn
        marks = ", ".join("?" for _ in SERVICE_COLUMNS)
        c.executemany(f"INSERT INTO services ({', '.join(SERVICE_COLUMNS)}) VALUES ({marks})",
                      self.services)
        c.executemany("INSERT INTO term_keys VALUES (?, ?)", self.new_terms)
        c.executemany("INSERT INTO service_terms VALUES (?, ?)", self.terms)
        c.executemany("INSERT INTO service_areas VALUES (?, ?)", self.areas)
        c.executemany("INSERT INTO service_locations VALUES (?, ?, ?, ?, ?, ?, ?)",
                      self.locations)
        c.executemany("INSERT INTO services_fts (rowid, name, org, body, facets) "
                      "VALUES (?, ?, ?, ?, ?)", self.fts)
        for buf in (self.services, self.new_terms, self.terms, self.areas, self.locations,
                    self.fts):
            buf.clear()


def delete_service(conn: sqlite3.Connection, service_id: str, codec: RecordCodec) -> None:
    """Removes a service's derived rows; call it while its record is still stored.

    The full-text index holds no copy of what it indexed, so the service's index entries
    are removed with the values derived again from its stored record (the same code
    derived them: a file derived by other code has another ``SCHEMA_VERSION`` and is
    rebuilt before any delta touches it).
    """
    row = conn.execute("SELECT rowid FROM services WHERE id = ?", (service_id,)).fetchone()
    if row is None:
        return
    rowid = row[0]
    stored = conn.execute("SELECT json FROM records WHERE kind = 'service' AND id = ?",
                          (service_id,)).fetchone()
    if stored is None:
        raise sqlite3.IntegrityError(f"service {service_id} has no stored record")
    fts = derive_service(codec.load(stored[0])).packed()[4]
    conn.execute("INSERT INTO services_fts (services_fts, rowid, name, org, body, facets) "
                 "VALUES ('delete', ?, ?, ?, ?, ?)", (rowid, *fts))
    for table in ("service_terms", "service_areas", "service_locations"):
        conn.execute(f"DELETE FROM {table} WHERE service_rowid = ?", (rowid,))
    conn.execute("DELETE FROM services WHERE rowid = ?", (rowid,))


def insert_taxonomy(conn: sqlite3.Connection, rec: dict[str, Any]) -> None:
    conn.execute("INSERT OR REPLACE INTO taxonomies VALUES (?, ?, ?, ?)",
                 (rec["id"], rec["name"], translated(rec, "name", "sv"),
                  translated(rec, "name", "en")))


def insert_term(conn: sqlite3.Connection, rec: dict[str, Any]) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO terms VALUES (?, ?, ?, ?, ?, ?, ?)",
        (rec["id"], rec["taxonomy_id"], rec.get("code"), rec.get("parent_id"), rec["name"],
         translated(rec, "name", "sv"), translated(rec, "name", "en")),
    )


def insert_place(conn: sqlite3.Connection, rec: dict[str, Any]) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (rec["id"], rec["name"], translated(rec, "name", "sv"), rec["type"],
         rec["municipality"], rec.get("region"), float(rec["latitude"]),
         float(rec["longitude"]), " ".join(words(rec["name"]))),
    )


def insert_checklist(conn: sqlite3.Connection, rec: dict[str, Any]) -> None:
    conn.execute("INSERT OR REPLACE INTO checklists VALUES (?, ?)",
                 (rec["id"], json.dumps(rec, ensure_ascii=False)))


def insert_search_term(conn: sqlite3.Connection, rec: dict[str, Any]) -> None:
    """A search-vocabulary record becomes alias rows: its term (and the term's stem key)
    and each of its forms lead to the term itself, its words and its taxonomy terms."""
    rid = rec["id"]
    conn.execute("DELETE FROM search_aliases WHERE record_id = ?", (rid,))
    lang = rec.get("language") or "fi"
    term = fold(rec["term"].strip())
    aliases = {term, *(fold(f.strip()) for f in rec.get("forms") or [])}
    if len(term) >= 5:
        key = stem_key(rec["term"].strip(), lang if lang in ("fi", "sv", "en") else "fi")
        if len(key) >= 4:
            aliases.add(key)
    targets = [(term, "")] + [(" ".join(words(w)), "") for w in rec.get("words") or []]
    targets += [("", t) for t in rec.get("terms") or []]
    conn.executemany(
        "INSERT INTO search_aliases VALUES (?, ?, ?, ?)",
        ((a, rid, w, t) for a in sorted(aliases) for w, t in dict.fromkeys(targets)
         if a and (w or t) and w != a),
    )


# -- checking a catalogue file before it is trusted ----------------------------------------


class DamagedCatalogue(Exception):
    """A catalogue file that cannot be opened, is truncated or fails its checks."""


def check_file(path: Path, *, digest: str | None = None, thorough: bool = False,
               services: int | None = None, fresh: bool = False) -> dict[str, str]:
    """Checks a catalogue file; returns its ``meta`` table or raises ``DamagedCatalogue``.

    The cheap check (every start) opens the file read-only, compares its size with the
    page count its header declares (a truncated file fails here) and reads ``meta``
    (a file overwritten with anything else fails here); ``digest`` must be the one it
    records. The thorough check (before a file becomes current, and when a damaged file
    is suspected) adds SQLite's ``integrity_check``, recomputes the content digest from
    the records and, when given, compares the number of services. ``fresh`` (a file this
    process has just built and flushed) uses ``quick_check`` instead, which reads every
    page and b-tree but does not compare each index with its table (a third of the time):
    what goes wrong between a new file and the disk is damaged pages, which it finds, and
    the digest is recomputed through the records' index all the same.
    """
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise DamagedCatalogue(f"{path.name}: {exc.strerror or exc}") from None
    if size == 0:
        raise DamagedCatalogue(f"{path.name}: empty file")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise DamagedCatalogue(f"{path.name}: {exc}") from None
    try:
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
        if pages * page_size != size:
            raise DamagedCatalogue(f"{path.name}: {size} bytes, its header says "
                                   f"{pages * page_size}")
        meta = {str(k): str(v) for k, v in conn.execute("SELECT key, value FROM meta")}
        for key in ("catalogue_id", "version", "content_digest"):
            if key not in meta:
                raise DamagedCatalogue(f"{path.name}: no {key}")
        if digest is not None and meta["content_digest"] != digest:
            raise DamagedCatalogue(f"{path.name}: content digest {meta['content_digest']}, "
                                   f"expected {digest}")
        if thorough:
            pragma = "quick_check(1)" if fresh else "integrity_check(1)"
            result = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}")]
            if result != ["ok"]:
                detail = " ".join(" ".join(result).replace("*** in database main ***", "")
                                  .split())
                raise DamagedCatalogue(f"{path.name}: {detail}")
            from hytedesk.bundle.digest import content_digest_sorted  # (not at start)

            actual = content_digest_sorted(conn.execute(
                "SELECT kind, id, hash FROM records ORDER BY kind, id"))
            if actual != meta["content_digest"]:
                raise DamagedCatalogue(f"{path.name}: records give {actual}, meta says "
                                       f"{meta['content_digest']}")
            if services is not None:
                n = int(conn.execute("SELECT count(*) FROM services").fetchone()[0])
                if n != services:
                    raise DamagedCatalogue(f"{path.name}: {n} services, expected {services}")
        return meta
    except sqlite3.Error as exc:
        raise DamagedCatalogue(f"{path.name}: {exc}") from None
    finally:
        conn.close()
