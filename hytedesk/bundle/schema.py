"""Strict validation of bundle records (format version 1), hand-written for speed."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

from hytedesk.base import i18n
from hytedesk.bundle.errors import Problem

FORMAT = "hytedesk-bundle"
FORMAT_VERSION = 1
KINDS = ("service", "taxonomy", "taxonomy_term", "checklist", "place", "search_term")
MEMBER_OF_KIND = {
    "service": "services.jsonl.zst",
    "taxonomy": "taxonomies.jsonl.zst",
    "taxonomy_term": "taxonomy_terms.jsonl.zst",
    "checklist": "checklists.jsonl.zst",
    "place": "places.jsonl.zst",
    "search_term": "search_terms.jsonl.zst",
}
DELETIONS_MEMBER = "deletions.jsonl.zst"
DATA_MEMBERS = (*MEMBER_OF_KIND.values(), DELETIONS_MEMBER)
COUNT_KEY = {
    "services.jsonl.zst": "services",
    "taxonomies.jsonl.zst": "taxonomies",
    "taxonomy_terms.jsonl.zst": "taxonomy_terms",
    "checklists.jsonl.zst": "checklists",
    "places.jsonl.zst": "places",
    "search_terms.jsonl.zst": "search_terms",
    DELETIONS_MEMBER: "deletions",
}
LANGS = ("fi", "sv", "en")
STATUSES = ("active", "inactive", "defunct", "temporarily closed")
LOCATION_TYPES = ("physical", "postal", "virtual")
PLACE_TYPES = ("municipality", "village", "postal_area")
DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
FINLAND_LAT = (59.0, 70.5)
FINLAND_LON = (19.0, 31.6)

# Limits on what a manifest may declare (docs/bundle-format.md, "Limits and validation").
#: versions (and base versions) are integers 1 ≤ v < 2^31: every reader can hold them.
MAX_VERSION = 2**31 - 1
#: records of one kind.
MAX_RECORDS = 2_000_000
#: one member, uncompressed.
MAX_MEMBER_UNCOMPRESSED = 1024**3
#: every member together, uncompressed: the largest catalogue a laptop takes (a national
#: catalogue of 100,000 services is about 230 MB).
MAX_CATALOGUE_BYTES = 1024**3
#: a zstd member may declare at most this many times its compressed size uncompressed
#: (real catalogues stay near 10), or ``RATIO_FLOOR`` bytes, whichever is more.
MAX_RATIO = 100
RATIO_FLOOR = 16 * 1024**2

# Ids: no white space, no control characters (C0, DEL, C1); checked with fullmatch, so a
# trailing newline is not let through as ``$`` would.
_ID = re.compile(r"[^\s\x00-\x1f\x7f-\x9f]{1,200}")
_ASCII_ID = re.compile(r"[!-~]{1,200}")  # the same for ASCII ids (nearly all), faster
_CATALOGUE_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,62}")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$|^24:00(:00)?$")
_BYDAY = re.compile(r"^(-?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$")
_URL = re.compile(r"^https?://\S+$", re.IGNORECASE)

i18n.register(
    {
        "p.required": {
            "fi": "pakollinen kenttä puuttuu",
            "sv": "obligatoriskt fält saknas",
            "en": "required field is missing",
        },
        "p.type": {
            "fi": "väärä tyyppi: odotettiin {expected}",
            "sv": "fel typ: väntade {expected}",
            "en": "wrong type: expected {expected}",
        },
        "p.enum": {
            "fi": "arvo {value!r} ei ole sallittu (sallitut: {allowed})",
            "sv": "värdet {value!r} är inte tillåtet (tillåtna: {allowed})",
            "en": "value {value!r} is not allowed (allowed: {allowed})",
        },
        "p.format": {
            "fi": "arvo {value!r} ei ole muotoa {expected}",
            "sv": "värdet {value!r} har inte formen {expected}",
            "en": "value {value!r} is not of the form {expected}",
        },
        "p.coordinates": {
            "fi": "koordinaatit {lat}, {lon} eivät ole Suomessa (WGS84)",
            "sv": "koordinaterna {lat}, {lon} ligger inte i Finland (WGS84)",
            "en": "coordinates {lat}, {lon} are not in Finland (WGS84)",
        },
        "p.duplicate_id": {
            "fi": "tunniste {id!r} esiintyy jo rivillä {first}",
            "sv": "identifieraren {id!r} förekommer redan på rad {first}",
            "en": "id {id!r} already appears on line {first}",
        },
        "p.unknown_ref": {
            "fi": "viittaa tuntemattomaan tunnisteeseen {ref!r}",
            "sv": "hänvisar till en okänd identifierare {ref!r}",
            "en": "refers to an unknown id {ref!r}",
        },
        "p.translations": {
            "fi": "käännökset: tuntematon kieli {lang!r} (sallitut fi, sv, en)",
            "sv": "översättningar: okänt språk {lang!r} (tillåtna fi, sv, en)",
            "en": "translations: unknown language {lang!r} (allowed fi, sv, en)",
        },
        "p.lang_missing": {
            "fi": "teksti puuttuu kieleltä {lang}",
            "sv": "texten saknas på språket {lang}",
            "en": "text is missing in language {lang}",
        },
        "p.ratio": {
            "fi": "ilmoitettu purettu koko {size} tavua on yli {ratio}-kertainen pakattuun "
            "kokoon nähden",
            "sv": "den angivna uppackade storleken {size} byte är över {ratio} gånger den "
            "packade storleken",
            "en": "the declared uncompressed size of {size} bytes is over {ratio} times the "
            "compressed size",
        },
        "p.catalogue_size": {
            "fi": "luettelo on purettuna {size} tavua; suurin sallittu on {limit} tavua",
            "sv": "katalogen är {size} byte uppackad; största tillåtna är {limit} byte",
            "en": "the catalogue is {size} bytes uncompressed; the largest allowed is "
            "{limit} bytes",
        },
        "p.range": {
            "fi": "arvo {value!r} on sallitun alueen ulkopuolella",
            "sv": "värdet {value!r} ligger utanför det tillåtna intervallet",
            "en": "value {value!r} is out of range",
        },
    }
)

Rec = dict[str, Any]
Report = Callable[[str, str], None]


class _Ctx:
    """Collects problems for one record, with a field path."""

    def __init__(self, member: str, line: int, out: list[Problem]) -> None:
        self.member = member
        self.line = line
        self.out = out

    def add(self, field: str, key: str, **params: object) -> None:
        self.out.append(Problem.of(self.member, self.line, field, key, **params))

    def obj(self, value: Any, field: str) -> bool:
        if not isinstance(value, dict):
            self.add(field, "p.type", expected="object")
            return False
        return True

    def str_(self, rec: Rec, key: str, path: str, *, required: bool = False) -> str | None:
        value = rec.get(key)
        if value is None:
            if required:
                self.add(f"{path}{key}", "p.required")
            return None
        if not isinstance(value, str):
            self.add(f"{path}{key}", "p.type", expected="string")
            return None
        if required and not value.strip():
            self.add(f"{path}{key}", "p.required")
        return value

    def opt_strs(self, rec: Rec, keys: tuple[str, ...], path: str) -> None:
        """Optional text fields, checked in one loop (the hot path of a national import)."""
        get = rec.get
        for key in keys:
            value = get(key)
            if value is not None and value.__class__ is not str:
                self.add(f"{path}{key}", "p.type", expected="string")

    def id_(self, rec: Rec, path: str, *, required: bool = True) -> str | None:
        value = rec.get("id")
        if value.__class__ is str and value.isascii() and _ASCII_ID.fullmatch(value):
            return value  # type: ignore[no-any-return]
        value = self.str_(rec, "id", path, required=required)
        if value is not None and not _ID.fullmatch(value):
            self.add(f"{path}id", "p.format", value=value[:60],
                     expected="text without spaces or control characters")
            return None
        return value

    def list_(self, rec: Rec, key: str, path: str) -> list[Any]:
        value = rec.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.add(f"{path}{key}", "p.type", expected="list")
            return []
        return value

    def int_(self, rec: Rec, key: str, path: str, lo: int, hi: int, *,
             required: bool = False) -> int | None:
        """An integer lo ≤ v ≤ hi (``true`` is not an integer here, whatever Python says)."""
        value = rec.get(key)
        if value is None:
            if required:
                self.add(f"{path}{key}", "p.required")
            return None
        if value.__class__ is not int:
            self.add(f"{path}{key}", "p.type", expected="integer")
        elif not lo <= value <= hi:
            self.add(f"{path}{key}", "p.range", value=value)
        else:
            return value  # type: ignore[no-any-return]
        return None

    def num_(self, rec: Rec, key: str, path: str) -> float | None:
        value = rec.get(key)
        if value is None:
            return None
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            self.add(f"{path}{key}", "p.type", expected="number")
            return None
        try:
            number = float(value)
        except OverflowError:  # an integer beyond any float
            number = math.inf
        if not math.isfinite(number):
            self.add(f"{path}{key}", "p.range", value=value if isinstance(value, float)
                     else "…")
            return None
        return number

    def bool_(self, rec: Rec, key: str, path: str) -> None:
        value = rec.get(key)
        if value is not None and not isinstance(value, bool):
            self.add(f"{path}{key}", "p.type", expected="true/false")

    def pattern(self, rec: Rec, key: str, path: str, regex: re.Pattern[str], expected: str,
                *, required: bool = False) -> str | None:
        value = self.str_(rec, key, path, required=required)
        if value and not regex.fullmatch(value):
            self.add(f"{path}{key}", "p.format", value=value[:60], expected=expected)
        return value

    def translations(self, rec: Rec, path: str) -> None:
        tr = rec.get("translations")
        if tr is None:
            return
        if not self.obj(tr, f"{path}translations"):
            return
        for lang, fields in tr.items():
            if lang not in LANGS:
                self.add(f"{path}translations", "p.translations", lang=lang)
                continue
            if not self.obj(fields, f"{path}translations.{lang}"):
                continue
            for name, value in fields.items():
                if not isinstance(value, str):
                    self.add(f"{path}translations.{lang}.{name}", "p.type", expected="string")

    def coords(self, rec: Rec, path: str) -> None:
        lat = self.num_(rec, "latitude", path)
        lon = self.num_(rec, "longitude", path)
        if (lat is None) != (lon is None) and "latitude" in rec and "longitude" in rec:
            return
        if lat is not None and lon is not None and not (
            FINLAND_LAT[0] <= lat <= FINLAND_LAT[1] and FINLAND_LON[0] <= lon <= FINLAND_LON[1]
        ):
            self.add(f"{path}latitude", "p.coordinates", lat=lat, lon=lon)

    def lang_map(self, value: Any, field: str) -> None:
        if not self.obj(value, field):
            return
        for lang in LANGS:
            text = value.get(lang)
            if not isinstance(text, str) or not text.strip():
                self.add(f"{field}.{lang}", "p.lang_missing", lang=lang)


def _schedule(c: _Ctx, s: Any, path: str) -> None:
    if not c.obj(s, path.rstrip(".")):
        return
    c.id_(s, path)
    freq = c.str_(s, "freq", path)
    if freq is not None and freq not in ("WEEKLY", "MONTHLY"):
        c.add(f"{path}freq", "p.enum", value=freq, allowed="WEEKLY, MONTHLY")
    byday = c.str_(s, "byday", path)
    if byday:
        for part in byday.split(","):
            if not _BYDAY.match(part.strip()):
                c.add(f"{path}byday", "p.format", value=byday[:60], expected="MO,TU,… or 1MO")
                break
    c.pattern(s, "opens_at", path, _TIME, "HH:MM")
    c.pattern(s, "closes_at", path, _TIME, "HH:MM")
    for key in ("valid_from", "valid_to", "dtstart", "until"):
        if key in s:
            c.pattern(s, key, path, _DATE, "YYYY-MM-DD")
    c.opt_strs(s, ("description",), path)
    c.translations(s, path)


def _phone(c: _Ctx, p: Any, path: str) -> None:
    if not c.obj(p, path.rstrip(".")):
        return
    c.id_(p, path)
    c.str_(p, "number", path, required=True)
    c.opt_strs(p, ("description", "type"), path)
    ext = p.get("extension")  # HSDS 3.0: a number; text is accepted too ("123#")
    if ext is not None and (isinstance(ext, bool) or not isinstance(ext, (int, float, str))):
        c.add(f"{path}extension", "p.type", expected="number or text")
    c.translations(p, path)


def _location(c: _Ctx, loc: Any, path: str) -> None:
    if not c.obj(loc, path.rstrip(".")):
        return
    c.id_(loc, path)
    ltype = c.str_(loc, "location_type", path, required=True)
    if ltype is not None and ltype not in LOCATION_TYPES:
        c.add(f"{path}location_type", "p.enum", value=ltype, allowed=", ".join(LOCATION_TYPES))
    c.str_(loc, "name", path)
    c.coords(loc, path)
    c.translations(loc, path)
    for i, a in enumerate(c.list_(loc, "addresses", path)):
        ap = f"{path}addresses[{i}]."
        if c.obj(a, ap.rstrip(".")):
            c.id_(a, ap)
            c.opt_strs(a, ("address_1", "address_2", "city", "postal_code", "state_province",
                           "country", "address_type"), ap)
    for i, p in enumerate(c.list_(loc, "phones", path)):
        _phone(c, p, f"{path}phones[{i}].")
    for i, s in enumerate(c.list_(loc, "schedules", path)):
        _schedule(c, s, f"{path}schedules[{i}].")


def validate_service(c: _Ctx, r: Rec) -> list[str]:
    """Validates one service; returns the taxonomy term ids it refers to."""
    c.id_(r, "")
    c.str_(r, "name", "", required=True)
    status = c.str_(r, "status", "", required=True)
    if status is not None and status not in STATUSES:
        c.add("status", "p.enum", value=status, allowed=", ".join(STATUSES))
    c.opt_strs(r, ("description", "email", "fees_description", "application_process",
                   "eligibility_description", "alert", "last_modified", "alternate_name"), "")
    c.pattern(r, "url", "", _URL, "https://…")
    c.pattern(r, "assured_date", "", _DATE, "YYYY-MM-DD")
    c.int_(r, "minimum_age", "", 0, 150)
    c.int_(r, "maximum_age", "", 0, 150)
    c.translations(r, "")
    org = r.get("organization")
    if org is None:
        c.add("organization", "p.required")
    elif c.obj(org, "organization"):
        c.id_(org, "organization.")
        c.str_(org, "name", "organization.", required=True)
        c.pattern(org, "website", "organization.", _URL, "https://…")
        c.translations(org, "organization.")
    for i, sal in enumerate(c.list_(r, "service_at_locations", "")):
        path = f"service_at_locations[{i}]."
        if not c.obj(sal, path.rstrip(".")):
            continue
        c.id_(sal, path)
        loc = sal.get("location")
        if loc is None:
            c.add(f"{path}location", "p.required")
        else:
            _location(c, loc, f"{path}location.")
        for j, s in enumerate(c.list_(sal, "schedules", path)):
            _schedule(c, s, f"{path}schedules[{j}].")
    for i, p in enumerate(c.list_(r, "phones", "")):
        _phone(c, p, f"phones[{i}].")
    for i, s in enumerate(c.list_(r, "schedules", "")):
        _schedule(c, s, f"schedules[{i}].")
    for i, a in enumerate(c.list_(r, "service_areas", "")):
        path = f"service_areas[{i}]."
        if c.obj(a, path.rstrip(".")):
            c.id_(a, path)
            c.str_(a, "name", path, required=True)
    for i, lang in enumerate(c.list_(r, "languages", "")):
        path = f"languages[{i}]."
        if c.obj(lang, path.rstrip(".")):
            c.id_(lang, path, required=False)
            c.str_(lang, "code", path, required=True)
    for i, co in enumerate(c.list_(r, "cost_options", "")):
        path = f"cost_options[{i}]."
        if c.obj(co, path.rstrip(".")):
            c.id_(co, path)
            amount = c.num_(co, "amount", path)
            if amount is not None and amount < 0:
                c.add(f"{path}amount", "p.range", value=amount)
            c.translations(co, path)
    terms: list[str] = []
    for i, a in enumerate(c.list_(r, "attributes", "")):
        path = f"attributes[{i}]."
        if c.obj(a, path.rstrip(".")):
            c.id_(a, path)
            tid = c.str_(a, "taxonomy_term_id", path, required=True)
            if tid:
                terms.append(tid)
    ext = r.get("hytedesk")
    if ext is not None and c.obj(ext, "hytedesk"):
        c.bool_(ext, "sample", "hytedesk.")
        c.bool_(ext, "referral_required", "hytedesk.")
    return terms


def validate_taxonomy(c: _Ctx, r: Rec) -> list[str]:
    c.id_(r, "")
    c.str_(r, "name", "", required=True)
    c.str_(r, "description", "")
    c.translations(r, "")
    return []


def validate_term(c: _Ctx, r: Rec) -> list[str]:
    c.id_(r, "")
    c.str_(r, "name", "", required=True)
    c.str_(r, "code", "")
    c.str_(r, "description", "")
    c.str_(r, "taxonomy_id", "", required=True)
    c.str_(r, "parent_id", "")
    c.translations(r, "")
    return []


def validate_checklist(c: _Ctx, r: Rec) -> list[str]:
    c.id_(r, "")
    if "name" in r:
        c.lang_map(r["name"], "name")
    terms: list[str] = []
    seen: set[str] = set()
    groups = c.list_(r, "groups", "")
    if not groups:
        c.add("groups", "p.required")
    for gi, g in enumerate(groups):
        gp = f"groups[{gi}]."
        if not c.obj(g, gp.rstrip(".")):
            continue
        c.id_(g, gp)
        c.lang_map(g.get("label"), f"{gp}label")
        items = c.list_(g, "items", gp)
        if not items:
            c.add(f"{gp}items", "p.required")
        for ii, item in enumerate(items):
            ip = f"{gp}items[{ii}]."
            if not c.obj(item, ip.rstrip(".")):
                continue
            iid = c.id_(item, ip)
            if iid in seen:
                c.add(f"{ip}id", "p.duplicate_id", id=iid, first="-")
            if iid:
                seen.add(iid)
            c.lang_map(item.get("label"), f"{ip}label")
            if "help" in item:
                c.lang_map(item["help"], f"{ip}help")
            c.bool_(item, "red_flag", ip)
            c.bool_(item, "about_close_one", ip)
            c.int_(item, "urgency", ip, 1, 99)
            contacts: set[str] = set()
            for ci, sid in enumerate(c.list_(item, "crisis_contacts", ip)):
                cp = f"{ip}crisis_contacts[{ci}]"
                if not isinstance(sid, str) or not _ID.match(sid):
                    c.add(cp, "p.type", expected="service id")
                elif sid in contacts:
                    c.add(cp, "p.duplicate_id", id=sid, first="-")
                else:
                    contacts.add(sid)
            for ti, t in enumerate(c.list_(item, "terms", ip)):
                if isinstance(t, str):
                    terms.append(t)
                else:
                    c.add(f"{ip}terms[{ti}]", "p.type", expected="string")
    return terms


def validate_place(c: _Ctx, r: Rec) -> list[str]:
    c.id_(r, "")
    c.str_(r, "name", "", required=True)
    ptype = c.str_(r, "type", "", required=True)
    if ptype is not None and ptype not in PLACE_TYPES:
        c.add("type", "p.enum", value=ptype, allowed=", ".join(PLACE_TYPES))
    c.str_(r, "municipality", "", required=True)
    c.str_(r, "region", "")
    if r.get("latitude") is None:
        c.add("latitude", "p.required")
    if r.get("longitude") is None:
        c.add("longitude", "p.required")
    c.coords(r, "")
    c.translations(r, "")
    return []


def validate_search_term(c: _Ctx, r: Rec) -> list[str]:
    """A word of the search vocabulary: what typing it (or one of its ``forms``) also looks
    for — ``words`` of the catalogue and taxonomy ``terms`` (docs/bundle-format.md)."""
    c.id_(r, "")
    term = c.str_(r, "term", "", required=True)
    if term is not None and (not term.strip() or any(ch.isspace() for ch in term.strip())):
        c.add("term", "p.format", value=term[:60], expected="one word")
    lang = c.str_(r, "language", "", required=True)
    if lang is not None and lang not in LANGS:
        c.add("language", "p.enum", value=lang, allowed=", ".join(LANGS))
    refs: list[str] = []
    for key in ("words", "forms", "terms"):
        for i, value in enumerate(c.list_(r, key, "")):
            if not isinstance(value, str) or not value.strip():
                c.add(f"{key}[{i}]", "p.type", expected="string")
            elif key == "terms":
                refs.append(value)
    return refs


def validate_deletion(c: _Ctx, r: Rec) -> list[str]:
    kind = c.str_(r, "kind", "", required=True)
    if kind is not None and kind not in KINDS:
        c.add("kind", "p.enum", value=kind, allowed=", ".join(KINDS))
    c.id_(r, "")
    return []


VALIDATORS: dict[str, Callable[[_Ctx, Rec], list[str]]] = {
    "service": validate_service,
    "taxonomy": validate_taxonomy,
    "taxonomy_term": validate_term,
    "checklist": validate_checklist,
    "place": validate_place,
    "search_term": validate_search_term,
    "deletion": validate_deletion,
}


def validate_record(kind: str, record: Any, member: str, line: int,
                    out: list[Problem]) -> list[str]:
    """Appends the record's problems to ``out``; returns the term ids it refers to."""
    c = _Ctx(member, line, out)
    if not isinstance(record, dict):
        c.add("", "p.type", expected="JSON object")
        return []
    return VALIDATORS[kind](c, record)


def validate_manifest(m: Any, out: list[Problem]) -> None:
    c = _Ctx("manifest.json", 0, out)
    if not c.obj(m, ""):
        return
    if m.get("format") != FORMAT:
        c.add("format", "p.enum", value=m.get("format"), allowed=FORMAT)
    fv = m.get("format_version")
    if fv.__class__ is not int or fv != FORMAT_VERSION:
        c.add("format_version", "p.enum", value=fv, allowed=str(FORMAT_VERSION))
    kind = m.get("kind")
    if kind not in ("full", "delta"):
        c.add("kind", "p.enum", value=kind, allowed="full, delta")
    c.pattern(m, "catalogue_id", "", _CATALOGUE_ID, "a-z, 0-9, -", required=True)
    version = c.int_(m, "version", "", 1, MAX_VERSION, required=True)
    if kind == "delta":
        base = c.int_(m, "base_version", "", 1, MAX_VERSION, required=True)
        if base is not None and version is not None and base >= version:
            c.add("base_version", "p.range", value=base)
    elif m.get("base_version") is not None:
        c.add("base_version", "p.type", expected="null")
    c.str_(m, "created", "", required=True)
    c.str_(m, "source", "")
    c.bool_(m, "sample_data", "")
    digest = c.str_(m, "content_digest", "", required=True)
    if digest and not re.fullmatch(r"sha256:[0-9a-f]{64}", digest):
        c.add("content_digest", "p.format", value=digest[:80], expected="sha256:<64 hex>")
    counts = m.get("counts")
    if not isinstance(counts, dict):
        c.add("counts", "p.required")
    else:
        for key in counts:
            if key not in COUNT_KEY.values():
                c.add(f"counts.{key}"[:80], "p.enum", value=str(key)[:40],
                      allowed=", ".join(COUNT_KEY.values()))
            else:
                c.int_(counts, key, "counts.", 0, MAX_RECORDS)
    files = m.get("files")
    if not isinstance(files, dict):
        c.add("files", "p.required")
        return
    total = 0
    for name, info in files.items():
        path = f"files.{name}."
        if name not in DATA_MEMBERS:
            c.add(f"files.{name}"[:80], "p.enum", value=str(name)[:40],
                  allowed=", ".join(DATA_MEMBERS))
            continue
        if not c.obj(info, path.rstrip(".")):
            continue
        c.pattern(info, "sha256", path, re.compile(r"[0-9a-f]{64}"), "64 hex", required=True)
        size = c.int_(info, "size", path, 0, 2**63, required=True)
        c.int_(info, "lines", path, 0, MAX_RECORDS, required=True)
        plain = c.int_(info, "uncompressed_size", path, 0, 2**63, required=True)
        if plain is not None:
            total += plain
            if plain > MAX_MEMBER_UNCOMPRESSED:
                c.add(f"{path}uncompressed_size", "p.range", value=plain)
            if size is not None and plain > max(RATIO_FLOOR, size * MAX_RATIO):
                c.add(f"{path}uncompressed_size", "p.ratio", size=plain, ratio=MAX_RATIO)
    if total > MAX_CATALOGUE_BYTES:
        c.add("files", "p.catalogue_size", size=total, limit=MAX_CATALOGUE_BYTES)
