"""The volunteer spreadsheet template (CSV) → HSDS services.

One row per activity, plain column names (see ``docs/spreadsheet-template.md``). Accepts
UTF-8 CSV with ``,`` and Excel's Finnish CSV with ``;``; a file in the old Excel encoding
(Windows-1252 / Latin-1) is converted with a warning.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from pathlib import Path
from typing import Any

from hytedesk.admin.context import Ctx, Origin
from hytedesk.admin.inputs import SourceError, decode_table, open_binary, read_capped
from hytedesk.admin.records import (
    DAYS,
    add_terms,
    check_coords,
    clean_url,
    parse_date,
    parse_time,
    phone_numbers,
)
from hytedesk.admin.staging import Staging
from hytedesk.admin.taxa import LIFE_SITUATIONS, fixed_taxonomies

Rec = dict[str, Any]
MAX_SHEET_BYTES = 256 * 1024**2

# Canonical column → accepted header spellings (compared lowercased, letters and digits only).
COLUMNS: dict[str, tuple[str, ...]] = {
    "id": ("tunniste", "id", "identifierare"),
    "name": ("nimi", "toiminnannimi", "toiminta", "name", "namn"),
    "name_sv": ("nimiruotsiksi", "nimiruotsi", "namesv", "namnsv", "namnpåsvenska"),
    "name_en": ("nimienglanniksi", "nimienglanti", "nameen", "namnen", "namnpåengelska"),
    "organiser": ("järjestäjä", "organiser", "organizer", "arrangör", "anordnare"),
    "description": ("kuvaus", "description", "beskrivning"),
    "description_sv": ("kuvausruotsiksi", "kuvausruotsi", "descriptionsv", "beskrivningsv"),
    "description_en": ("kuvausenglanniksi", "kuvausenglanti", "descriptionen", "beskrivningen"),
    "municipality": ("kunta", "municipality", "kommun"),
    "place": ("paikka", "paikannimi", "kokoontumispaikka", "place", "plats"),
    "address": ("osoite", "katuosoite", "address", "adress", "gatuadress"),
    "postal_code": ("postinumero", "postalcode", "postnummer"),
    "weekday": ("viikonpäivä", "viikonpäivät", "päivä", "päivät", "weekday", "weekdays",
                "veckodag"),
    "time": ("kellonaika", "aika", "klo", "time", "klockslag", "tid"),
    "phone": ("puhelin", "puhelinnumero", "phone", "telefon"),
    "email": ("sähköposti", "email", "epost", "sähköpostiosoite"),
    "web": ("verkkosivu", "verkkosivut", "kotisivu", "www", "web", "website", "webbsida"),
    "cost": ("hinta", "maksu", "cost", "price", "pris", "avgift"),
    "mode": ("osallistumistapa", "osallistuminen", "attendancemode", "mode", "deltagarsätt"),
    "target_group": ("kohderyhmä", "kenelle", "targetgroup", "målgrupp"),
    "theme": ("painopiste", "painopisteet", "painopistealue", "priorityarea", "prioritering"),
    "situations": ("elämäntilanne", "elämäntilanteet", "lifesituation", "lifesituations",
                   "livssituation"),
    "provider_type": ("järjestäjäntyyppi", "providertype", "typavanordnare"),
    "language": ("kieli", "kielet", "language", "languages", "språk"),
    "checked": ("tarkistettu", "tarkistettupvm", "checked", "kontrollerad"),
    "latitude": ("leveysaste", "latitude", "lat"),
    "longitude": ("pituusaste", "longitude", "lon"),
}
REQUIRED = ("name", "organiser", "municipality")
_HEADER = {alias: col for col, aliases in COLUMNS.items() for alias in aliases}

DAY_WORDS: dict[str, str] = {}
for i, words in enumerate((
    ("ma", "maanantai", "maanantaisin", "mån", "må", "måndag", "mon", "monday", "mo"),
    ("ti", "tiistai", "tiistaisin", "tis", "tisdag", "tue", "tuesday", "tu"),
    ("ke", "keskiviikko", "keskiviikkoisin", "ons", "on", "onsdag", "wed", "wednesday", "we"),
    ("to", "torstai", "torstaisin", "tor", "torsdag", "thu", "thursday", "th"),
    ("pe", "perjantai", "perjantaisin", "fre", "fr", "fredag", "fri", "friday"),
    ("la", "lauantai", "lauantaisin", "lör", "lö", "lördag", "sat", "saturday", "sa"),
    ("su", "sunnuntai", "sunnuntaisin", "sön", "sö", "söndag", "sun", "sunday"),
)):
    for w in words:
        DAY_WORDS[w] = DAYS[i]

MODE_WORDS = (
    ("home-visit", ("kotikäynti", "kotikäynnit", "kotiin", "home visit", "hembesök")),
    ("video", ("video", "etä", "verkossa", "verkko", "teams", "zoom", "online", "distans")),
    ("phone", ("puhelin", "puhelimitse", "phone", "telefon")),
    ("in-person", ("paikan päällä", "paikalla", "lähi", "läsnä", "in person", "in-person",
                   "på plats")),
)
THEME_WORDS = (
    ("1", ("elinta", "liikun", "ravits", "uni", "levnad", "lifestyle")),
    ("2", ("työ", "toimintaky", "arbets", "funktions", "work")),
    ("3", ("mielenterv", "päihde", "psykisk", "mental")),
    ("4", ("osallis", "yksinäi", "delaktig", "ensam", "lonel", "particip")),
    ("5", ("väkivalt", "lähisuh", "våld", "violence")),
    ("6", ("turvall", "trygg", "safety")),
)
PROVIDER_WORDS = (
    ("parish", ("seurakun", "församling", "parish")),
    ("welfare-region", ("hyvinvointialue", "välfärdsområde", "welfare")),
    ("municipality", ("kunta", "kaupunki", "kommun", "stad", "municipal")),
    ("company", ("yritys", "oy", "företag", "company")),
    ("national", ("valtakunnal", "nationell", "national")),
    ("ngo", ("yhdistys", "järjestö", "kerho", "förening", "ngo", "association", "club")),
)
TARGET_WORDS = (
    ("KR1.1", ("ikäih", "ikäänty", "senior", "eläkeläi", "äldre")),
    ("KR1.2", ("lapsi", "lapset", "perhe", "barn", "famil")),
    ("KR1.3", ("nuor", "unga", "youth")),
    ("KR1.4", ("pitkäaikaissair", "långtidssjuk")),
    ("KR1.6", ("vammai", "funktionsned", "disab")),
)
FREE_WORDS = ("maksuton", "ilmainen", "ilmaiseksi", "0", "0 €", "0€", "free", "gratis",
              "avgiftsfri", "avgiftsfritt", "maksuton.")
LANG_WORDS = {"fi": "fi", "suomi": "fi", "suomeksi": "fi", "finska": "fi", "finnish": "fi",
              "sv": "sv", "ruotsi": "sv", "ruotsiksi": "sv", "svenska": "sv", "swedish": "sv",
              "en": "en", "englanti": "en", "englanniksi": "en", "engelska": "en",
              "english": "en"}


def _key(header: str) -> str:
    return re.sub(r"[^0-9a-zåäö]", "", header.strip().lower())


def _delimiter(text: str) -> str:
    header = text.split("\n", 1)[0]
    counts = {d: 0 for d in ",;\t"}
    quoted = False
    for ch in header:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    return max(counts, key=lambda d: (counts[d], d == ";"))


def looks_like(head: bytes) -> bool:
    try:
        first = head.decode("utf-8-sig", errors="replace").split("\n", 1)[0]
    except Exception:  # pragma: no cover - decode with replace cannot fail
        return False
    keys = {_key(h) for h in re.split(r"[;,\t]", first)}
    return sum(1 for k in keys if k in _HEADER) >= 2


def _tokens(value: str) -> list[str]:
    return [t.strip() for t in re.split(r"[,;/+]|\s+ja\s+|\s+och\s+|\s+and\s+", value)
            if t.strip()]


def _match(value: str, table: tuple[tuple[str, tuple[str, ...]], ...]) -> str | None:
    v = value.lower()
    for result, words in table:
        if any(w in v for w in words):
            return result
    return None


def parse_days(value: str) -> tuple[str, str] | None:
    """(freq, byday) from 'ma, ke', 'ma-pe', '1. ti' (first Tuesday of a month) …"""
    days: list[str] = []
    monthly = False
    for tok in _tokens(value.lower()):
        m = re.match(r"^(viim(?:einen)?|sista|last|-?\d)\.?\s*(\S+)$", tok)
        ordinal = ""
        if m and (m[1][0].isdigit() or m[1][0] == "-" or m[1][0] in "vsl"):
            ordinal = "-1" if m[1][0] in "vsl" else m[1]
            tok = m[2]
            monthly = True
        rng = re.match(r"^(\S+?)\s*[-–]\s*(\S+)$", tok)
        if rng and rng[1] in DAY_WORDS and rng[2] in DAY_WORDS and not ordinal:
            a, b = DAYS.index(DAY_WORDS[rng[1]]), DAYS.index(DAY_WORDS[rng[2]])
            d = a
            while True:
                days.append(DAYS[d])
                if d == b:
                    break
                d = (d + 1) % 7
            continue
        word = tok.rstrip(".").lower()
        if word not in DAY_WORDS:
            return None
        days.append(ordinal + DAY_WORDS[word])
    if not days:
        return None
    if monthly:
        days = [d if d[0] in "-123456789" else "1" + d for d in days]
    unique = list(dict.fromkeys(days))
    if not monthly:
        unique.sort(key=DAYS.index)
    return ("MONTHLY" if monthly else "WEEKLY"), ",".join(unique)


def parse_hours(value: str) -> tuple[str, str | None] | None:
    """(opens, closes) from '10-12', 'klo 9.30–11', '10:00 - 12:00' or '10'."""
    v = re.sub(r"^(klo|kl\.?|at)\s*", "", value.strip().lower())
    parts = [p.strip() for p in re.split(r"\s*[-–—]\s*", v) if p.strip()]
    if not parts or len(parts) > 2:
        return None

    def one(p: str, closing: bool) -> str | None:
        return parse_time(p + ":00" if re.fullmatch(r"\d{1,2}", p) else p, closing=closing)

    opens = one(parts[0], False)
    if opens is None:
        return None
    if len(parts) == 1:
        return opens, None
    closes = one(parts[1], True)
    if closes is None:
        return None
    return opens, closes


def _situation_lookup() -> dict[str, str]:
    out = {code: code for code in LIFE_SITUATIONS}
    _taxes, terms = fixed_taxonomies()
    for t in terms:
        if t["taxonomy_id"] == "life-situation":
            code = t["code"]
            out[t["name"].lower()] = code
            for tr in (t.get("translations") or {}).values():
                if tr.get("name"):
                    out[tr["name"].lower()] = code
    return out


def _hash(*parts: str) -> str:
    norm = "|".join(re.sub(r"\s+", " ", p.strip().lower()) for p in parts)
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


class Gazetteer:
    """Approximate coordinates for a row without them, from the catalogue's places: the
    postal area of its postal code, else a village of its municipality that its place or
    address names (Finnish inflects names, so a village matches by its stem)."""

    def __init__(self, places: list[Rec]) -> None:
        self.municipalities = {p["municipality"].lower() for p in places
                               if isinstance(p.get("municipality"), str)}
        self.postal: dict[str, Rec] = {}
        self.villages: dict[str, list[tuple[re.Pattern[str], Rec]]] = {}
        for p in places:
            if not isinstance(p.get("latitude"), (int, float)):
                continue
            if p.get("type") == "postal_area" and p.get("postal_code"):
                self.postal[str(p["postal_code"])] = p
            elif p.get("type") == "village" and isinstance(p.get("name"), str):
                name = p["name"].lower()
                stem = name[: max(4, len(name) - 2)]
                pattern = re.compile(r"(?<![\w])" + re.escape(stem))
                self.villages.setdefault(str(p.get("municipality", "")).lower(), []).append(
                    (pattern, p))

    def locate(self, municipality: str, postal_code: str | None,
               text: str) -> tuple[float, float] | None:
        if postal_code and postal_code in self.postal:
            p = self.postal[postal_code]
            return float(p["latitude"]), float(p["longitude"])
        lowered = text.lower()
        for pattern, p in self.villages.get(municipality.lower(), []):
            if pattern.search(lowered):
                return float(p["latitude"]), float(p["longitude"])
        return None


def read(path: Path, display: str, staging: Staging, ctx: Ctx,
         places: list[Rec] | None = None) -> None:
    with open_binary(path) as f:
        data = read_capped(f, limit=MAX_SHEET_BYTES)
    text = decode_table(data, display, ctx.problems)
    if text is None:
        return
    # strict: an unterminated quote is an error at its line, not a row that swallows the rest
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text), strict=True)
    line = 0
    try:
        header = next(reader, None)
        if header is None:
            raise SourceError("admin.sheet_missing_column", line=1, column="nimi", found="")
        columns: list[str | None] = []
        for h in header:
            col = _HEADER.get(_key(h))
            if col is None and h.strip():
                ctx.problems.warn(display, 1, h, "admin.sheet_unknown_column", column=h)
            columns.append(col)
        for req in REQUIRED:
            if req not in columns:
                raise SourceError("admin.sheet_missing_column", line=1,
                                  column=COLUMNS[req][0], found=", ".join(header))
        situations = _situation_lookup()
        gazetteer = Gazetteer(places or [])
        # Rows are numbered as Excel shows them: the header is row 1 and a cell with line
        # breaks inside is still one row (the reader's line count would drift).
        line = 1
        for row in reader:
            line += 1
            if not any(c.strip() for c in row):
                continue
            listed = len(ctx.problems.errors)
            if len(row) > len(header) and any(c.strip() for c in row[len(header):]):
                ctx.problems.error(display, line, "", "admin.sheet_extra_cells", count=len(row),
                                   header=len(header))
                if ctx.skip_invalid:
                    ctx.skip(display, line, None, 1, listed)
                continue
            values = {col: row[i].strip() for i, col in enumerate(columns)
                      if col and i < len(row) and row[i].strip()}
            before = ctx.problems.error_count
            rec = _service(values, header, columns, ctx, Origin(display, display, line),
                           situations, gazetteer)
            errors = ctx.problems.error_count - before
            if rec is not None:
                ctx.stats.per_source[display] += 1
                staging.add_service(rec["id"], "sheet", display, line, rec, errors)
                ctx.staged(errors)
            elif errors and ctx.skip_invalid:
                ctx.skip(display, line, values.get("id"), errors, listed)
    except csv.Error as exc:
        # The row that failed is the one after the last good one.
        raise SourceError("admin.csv", line=line + 1, error=str(exc)) from None


def _service(v: dict[str, str], header: list[str], columns: list[str | None], ctx: Ctx,
             origin: Origin, situations: dict[str, str],
             gazetteer: Gazetteer) -> Rec | None:
    def col(name: str) -> str:
        i = columns.index(name) if name in columns else -1
        return header[i] if i >= 0 else COLUMNS[name][0]

    def err(name: str, key: str, **params: object) -> None:
        ctx.problems.error(origin.file, origin.line, col(name), key, **params)

    missing = [r for r in REQUIRED if not v.get(r)]
    for r in missing:
        err(r, "admin.missing")
    if missing:
        return None
    name, organiser, municipality = v["name"], v["organiser"], v["municipality"]
    # A municipality must be one (hytedesk/resources/places): a former one becomes its
    # successor, a misspelt one is an error with a suggestion.
    current = ctx.municipality(municipality, origin.file, origin.line, col("municipality"),
                               blocking=True)
    if current is not None:
        municipality = current
    sid = v.get("id") or f"sheet:{_hash(organiser, name, municipality)}"
    rec: Rec = {"id": sid, "name": name, "status": "active"}
    if v.get("description"):
        rec["description"] = v["description"]
    tr: dict[str, Rec] = {}
    for lang in ("sv", "en"):
        for fld in ("name", "description"):
            if v.get(f"{fld}_{lang}"):
                tr.setdefault(lang, {})[fld] = v[f"{fld}_{lang}"]
    org: Rec = {"id": f"sheet-org:{_hash(organiser)}", "name": organiser}
    rec["organization"] = org
    if v.get("email"):
        rec["email"] = v["email"]
    if v.get("web"):
        url = clean_url(v["web"], ctx, origin, col("web"))
        if url:
            rec["url"] = url
    if v.get("target_group"):
        rec["eligibility_description"] = v["target_group"]
    if v.get("checked"):
        d = parse_date(v["checked"])
        if d is None:
            err("checked", "admin.bad_date", value=v["checked"])
        else:
            rec["assured_date"] = d.isoformat()

    # Attendance modes.
    modes: list[str] = []
    for tok in _tokens(v.get("mode", "")):
        mode = _match(tok, MODE_WORDS)  # type: ignore[arg-type]
        if mode is None:
            err("mode", "admin.sheet_bad_value", value=tok,
                allowed="paikan päällä, puhelin, video, kotikäynti")
        elif mode not in modes:
            modes.append(mode)
    # Empty: inferred by the build (admin/modes.py) from what the row gives: a place or an
    # address → in person; only a phone → by phone; nothing at all → in person in the
    # municipality.

    # Where and when.
    schedules: list[Rec] = []
    if v.get("weekday"):
        days = parse_days(v["weekday"])
        if days is None:
            err("weekday", "admin.sheet_bad_value", value=v["weekday"],
                allowed="ma, ti, ke, to, pe, la, su; ma-pe; 1. ti")
        else:
            s: Rec = {"id": f"{sid}-s0", "freq": days[0], "byday": days[1]}
            if v.get("time"):
                hours = parse_hours(v["time"])
                if hours is None:
                    err("time", "admin.bad_time", value=v["time"])
                else:
                    s["opens_at"] = hours[0]
                    if hours[1]:
                        s["closes_at"] = hours[1]
            schedules.append(s)
    elif v.get("time"):
        if parse_hours(v["time"]) is None:
            err("time", "admin.bad_time", value=v["time"])
        rec["schedules"] = [{"id": f"{sid}-s0", "description": v["time"]}]
    phones = []
    if v.get("phone"):
        numbers = phone_numbers(v["phone"], ctx, origin, col("phone"), blocking=True)
        phones = [{"id": f"{sid}-p{i}", "number": p, "type": "voice"}
                  for i, p in enumerate(numbers)]
        if phones:
            rec["phones"] = phones
    if "in-person" in modes or v.get("address") or v.get("place") or (
            not modes and not v.get("phone")):
        loc: Rec = {"id": f"{sid}-loc", "location_type": "physical"}
        loc["name"] = v.get("place") or name
        addr: Rec = {"id": f"{sid}-addr", "address_type": "physical", "city": municipality,
                     "country": "FI"}
        if v.get("address"):
            addr["address_1"] = v["address"]
        if v.get("postal_code"):
            addr["postal_code"] = v["postal_code"]
        loc["addresses"] = [addr]
        if v.get("latitude") or v.get("longitude"):
            try:
                loc["latitude"] = float(v.get("latitude", "").replace(",", "."))
                loc["longitude"] = float(v.get("longitude", "").replace(",", "."))
            except ValueError:
                err("latitude", "admin.bad_number",
                    value=f"{v.get('latitude')} {v.get('longitude')}")
                loc.pop("latitude", None)
                loc.pop("longitude", None)
            check_coords(loc, ctx, origin, col("latitude"))
        else:
            near = gazetteer.locate(municipality, v.get("postal_code"),
                                    f"{v.get('place', '')} {v.get('address', '')}")
            if near is not None:
                loc["latitude"], loc["longitude"] = near
        if schedules:
            loc["schedules"] = schedules
        rec["service_at_locations"] = [{"id": f"{sid}-sal", "location": loc}]
    elif schedules:
        rec["schedules"] = schedules
    rec["service_areas"] = [{"id": f"{sid}-area", "name": municipality}]

    # Cost.
    if v.get("cost"):
        cost = v["cost"].strip()
        amount = re.fullmatch(r"(\d+(?:[.,]\d{1,2})?)\s*(€|e|eur|euroa)?", cost.lower())
        co: Rec = {"id": f"{sid}-cost", "currency": "EUR"}
        if cost.lower() in FREE_WORDS:
            co["amount"] = 0
            co["option"] = "Maksuton"
            co["translations"] = {"sv": {"option": "Avgiftsfri"},
                                  "en": {"option": "Free of charge"}}
        elif amount:
            num = float(amount[1].replace(",", "."))
            co["amount"] = int(num) if num.is_integer() else num
        else:
            co["amount_description"] = cost
        rec["cost_options"] = [co]

    # Languages.
    langs = []
    for tok in _tokens(v.get("language", "")):
        code = LANG_WORDS.get(tok.lower())
        if code is None:
            err("language", "admin.sheet_bad_value", value=tok, allowed="fi, sv, en")
        elif code not in langs:
            langs.append(code)
    if langs:
        rec["languages"] = [{"id": f"{sid}-l-{c}", "code": c} for c in langs]

    # Taxonomy terms: priority areas and life situations by hand.
    terms: list[str] = [f"mode:{m}" for m in modes]
    for tok in _tokens(v.get("theme", "")):
        m = re.match(r"^\s*([1-6])\b", tok)
        theme = m[1] if m else _match(tok, THEME_WORDS)  # type: ignore[arg-type]
        if theme is None:
            err("theme", "admin.sheet_bad_value", value=tok, allowed="1–6")
        else:
            terms.append(f"hyte-theme:{theme}")
    for tok in _tokens(v.get("situations", "")):
        code = situations.get(tok.lower())
        if code is None:
            err("situations", "admin.sheet_bad_value", value=tok,
                allowed=", ".join(LIFE_SITUATIONS))
        else:
            terms.append(f"life-situation:{code}")
    ptype = _match(v.get("provider_type", ""), PROVIDER_WORDS) if v.get("provider_type") \
        else _match(organiser, PROVIDER_WORDS[:1]) or "ngo"  # type: ignore[arg-type]
    if ptype is None:
        err("provider_type", "admin.sheet_bad_value", value=v.get("provider_type"),
            allowed="yhdistys, seurakunta, kunta, hyvinvointialue, yritys, valtakunnallinen")
    else:
        terms.append(f"provider-type:{ptype}")
    if v.get("target_group"):
        target = _match(v["target_group"], TARGET_WORDS)  # type: ignore[arg-type]
        if target:
            uri = ctx.codes.by_code.get(target)
            if uri:
                terms.append(uri)
    if tr:
        rec["translations"] = tr
    add_terms(rec, terms)
    return rec
