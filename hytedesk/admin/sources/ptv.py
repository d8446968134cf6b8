"""PTV Open API v11 JSON: services, service channels and organizations → HSDS services.

Reading stores the raw records in the build's staging database; converting a service
happens when all sources are read, so that its channels and organization can come from
any file. Only published records are used; the others are counted.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from hytedesk.admin.context import Ctx, Origin
from hytedesk.admin.inputs import SourceError, iter_json, open_binary
from hytedesk.admin.records import (
    DAYS,
    LANGS,
    add_terms,
    check_coords,
    clean_url,
    days_between,
    in_finland,
    lst,
    parse_date,
    parse_time,
    phone_numbers,
    put_text,
    split_span,
    weekly,
)
from hytedesk.admin.staging import Staging
from hytedesk.admin.taxa import ONTOLOGY_TAXONOMY

Rec = dict[str, Any]

DAY_NAMES = {name: i for i, name in enumerate(
    ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))}
STANDARD_HOURS = {"DaysOfTheWeek", "Standard"}
EXCEPTION_HOURS = {"Exceptional", "Exception"}
OVER_MIDNIGHT_HOURS = {"OverMidnight", "Special"}
FREE = {"Free", "FreeOfCharge"}
CHARGED = {"Charged", "Chargeable"}
WHOLE_COUNTRY = {"Nationwide", "WholeCountry", "WholeCountryExceptAlandIslands",
                 "NationwideExceptAlandIslands"}
PROVIDER_OF_ORG_TYPE = {
    "Municipality": "municipality",
    "State": "national",
    "RegionalOrganization": "welfare-region",
    "Region": "welfare-region",
    "SotePublic": "welfare-region",
    "SotePrivate": "company",
    "Company": "company",
    "Organization": "ngo",
}
_VIDEO = re.compile(r"video|etävastaanot|etäyhtey|etäpalvel|teams|distansmottagning|"
                    r"videosamtal|remote appointment", re.IGNORECASE)
_HOME_VISIT = re.compile(r"kotikäyn|hembesök|home visit", re.IGNORECASE)
_PARISH = re.compile(r"seurakun|församling", re.IGNORECASE)

CLOSED = {"fi": "Suljettu", "sv": "Stängt", "en": "Closed"}
ALWAYS_OPEN = {"fi": "Aina avoinna", "sv": "Alltid öppet", "en": "Always open"}
FREE_TEXT = {"fi": "Maksuton", "sv": "Avgiftsfri", "en": "Free of charge"}
CHARGED_TEXT = {"fi": "Maksullinen", "sv": "Avgiftsbelagd", "en": "Chargeable"}


def kind_of(rec: Rec) -> str | None:
    if "serviceNames" in rec:
        return "service"
    if "serviceChannelType" in rec or "serviceChannelNames" in rec:
        return "channel"
    if "organizationNames" in rec or "organizationType" in rec or "businessCode" in rec:
        return "organization"
    return None


def looks_like(rec: Rec) -> bool:
    return kind_of(rec) is not None


def read(path: Path, display: str, staging: Staging, ctx: Ctx) -> None:
    """Stores the published PTV records of one file in ``staging``."""
    with open_binary(path) as stream:
        for line, rec, _envelope in iter_json(stream):
            kind = kind_of(rec)
            if kind is None:
                if set(rec) <= {"id", "name"}:
                    raise SourceError("admin.ptv_id_page", line=line)
                ctx.problems.warn(display, line, "", "admin.unknown_record", format="PTV")
                continue
            rid = rec.get("id")
            if not isinstance(rid, str) or not rid.strip():
                ctx.problems.error(display, line, "id", "admin.missing")
                if ctx.skip_invalid:
                    ctx.forgiven += 1
                    ctx.stats.skipped["invalid"] += 1
                continue
            status = rec.get("publishingStatus", "Published")
            if status != "Published":
                ctx.stats.skipped[f"ptv {kind}: {status}"] += 1
                continue
            if kind == "service":
                ontology_terms(rec, ctx)  # their records must be known before services stream
                ctx.stats.per_source[display] += 1
                staging.add_service(rid, "ptv", display, line, rec)
            elif kind == "channel":
                ctx.stats.channels += 1
                staging.add_channel(rid, display, line, rec)
            else:
                ctx.stats.organizations += 1
                staging.add_org(rid, display, line, rec)


def ontology_terms(rec: Rec, ctx: Ctx) -> list[str]:
    """The ontology (YSO) terms of a service, registered as terms of their own taxonomy."""
    out = []
    for c in lst(rec.get("ontologyTerms")):
        if isinstance(c, dict) and isinstance(c.get("uri"), str) and c["uri"].strip():
            uri = c["uri"].strip()
            if uri not in ctx.terms:
                term: Rec = {"id": uri, "taxonomy_id": ONTOLOGY_TAXONOMY, "term_uri": uri}
                put_text(term, "name", texts(c.get("name")) or {"fi": uri})
                if c.get("code"):
                    term["code"] = str(c["code"])
                ctx.terms[uri] = term
            out.append(uri)
    return out


def texts(items: Any, types: set[str] | None = None) -> dict[str, str]:
    out: dict[str, str] = {}
    if not isinstance(items, list):
        return out
    for it in items:
        if not isinstance(it, dict):
            continue
        if types is not None and it.get("type") not in types:
            continue
        lang, value = it.get("language"), it.get("value")
        if (isinstance(lang, str) and lang in LANGS and isinstance(value, str)
                and value.strip() and lang not in out):
            out[lang] = value.strip()
    return out


def _first_url(pages: Any) -> str | None:
    if isinstance(pages, list):
        for p in sorted((p for p in pages if isinstance(p, dict)),
                        key=lambda p: LANGS.index(p["language"]) if p.get("language") in LANGS
                        else 9):
            if isinstance(p.get("url"), str) and p["url"].strip():
                return str(p["url"]).strip()
    return None


def _first_email(items: Any) -> str | None:
    e = texts(items)
    return e.get("fi") or e.get("sv") or e.get("en")


# --- coordinates ----------------------------------------------------------------------


@cache
def _transformer() -> Any:
    # pyproj is an admin-only dependency: imported here, never by the desktop app.
    from pyproj import Transformer

    return Transformer.from_crs("EPSG:3067", "EPSG:4326", always_xy=True)


def etrs_to_wgs84(northing: float, easting: float) -> tuple[float, float]:
    """(latitude, longitude) of an ETRS-TM35FIN point given as (northing, easting)."""
    lon, lat = _transformer().transform(easting, northing)
    return float(lat), float(lon)


def _number(value: Any) -> float | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, str) and value.strip():
        try:
            return float(value.strip().replace(",", "."))
        except ValueError:
            return None
    return None


def convert_coords(lat_v: Any, lon_v: Any, ctx: Ctx, origin: Origin,
                   fld: str) -> tuple[float, float] | None:
    """PTV gives ETRS-TM35FIN: ``latitude`` holds the northing, ``longitude`` the easting."""
    n, e = _number(lat_v), _number(lon_v)
    if n is None or e is None:
        if lat_v not in (None, "") or lon_v not in (None, ""):
            ctx.problems.warn(origin.file, origin.line, fld, "admin.coords_outside",
                              lat=lat_v, lon=lon_v)
        return None
    if abs(n) <= 180 and abs(e) <= 180:  # already degrees
        loc: Rec = {"latitude": n, "longitude": e}
        check_coords(loc, ctx, origin, fld)
        return (loc["latitude"], loc["longitude"]) if "latitude" in loc else None
    if n < 1_500_000 and e > 6_000_000:
        ctx.problems.warn(origin.file, origin.line, fld, "admin.coords_swapped", lat=lat_v,
                          lon=lon_v)
        n, e = e, n
    lat, lon = etrs_to_wgs84(n, e)
    if not in_finland(lat, lon):
        ctx.problems.warn(origin.file, origin.line, fld, "admin.coords_outside", lat=lat_v,
                          lon=lon_v)
        return None
    return round(lat, 6), round(lon, 6)


# --- service hours --------------------------------------------------------------------


def schedules(hours: Any, sid: str, ctx: Ctx, origin: Origin, fld: str) -> list[Rec]:
    """HSDS schedules from PTV service hours (weekly, exceptional, over midnight, always
    open, closed)."""
    out: list[Rec] = []
    if not isinstance(hours, list):
        return out
    for i, h in enumerate(hours):
        if not isinstance(h, dict):
            continue
        hf = f"{fld}[{i}]"
        htype = h.get("serviceHourType") or "DaysOfTheWeek"
        base: Rec = {}
        vfrom, vto = parse_date(h.get("validFrom")), parse_date(h.get("validTo"))
        for key, raw, parsed in (("validFrom", h.get("validFrom"), vfrom),
                                 ("validTo", h.get("validTo"), vto)):
            if raw not in (None, "") and parsed is None:
                ctx.problems.error(origin.file, origin.line, f"{hf}.{key}", "admin.bad_date",
                                   value=raw)
        if htype in EXCEPTION_HOURS and vfrom and not vto:
            vto = vfrom
        if vfrom:
            base["valid_from"] = vfrom.isoformat()
        if vto:
            base["valid_to"] = vto.isoformat()
        info = texts(h.get("additionalInformation"))
        hid = f"{sid}-h{i}"
        if h.get("isAlwaysOpen"):
            s: Rec = {"id": hid, "freq": "WEEKLY", "byday": ",".join(DAYS), **base,
                      "opens_at": "00:00", "closes_at": "24:00"}
            put_text(s, "description", _joined(ALWAYS_OPEN, info))
            out.append(s)
            continue
        if h.get("isClosed"):
            byday = days_between(vfrom, vto or vfrom) if vfrom else ",".join(DAYS)
            s = {"id": hid, "freq": "WEEKLY", "byday": byday, **base}
            put_text(s, "description", _joined(CLOSED, info))
            out.append(s)
            continue
        spans: list[tuple[str, str, str]] = []
        for j, oh in enumerate(lst(h.get("openingHour"))):
            of = f"{hf}.openingHour[{j}]"
            if not isinstance(oh, dict):
                continue
            day = DAY_NAMES.get(str(oh.get("dayFrom")))
            if day is None and htype in EXCEPTION_HOURS and vfrom:
                day = vfrom.weekday()
            if day is None:
                ctx.problems.error(origin.file, origin.line, f"{of}.dayFrom", "admin.bad_day",
                                   value=oh.get("dayFrom"))
                continue
            end_day = DAY_NAMES.get(str(oh.get("dayTo")), day) if oh.get("dayTo") else day
            opens = parse_time(oh.get("from"), closing=False)
            closes = parse_time(oh.get("to"), closing=True)
            if opens is None:
                ctx.problems.error(origin.file, origin.line, f"{of}.from", "admin.bad_time",
                                   value=oh.get("from"))
            if closes is None:
                ctx.problems.error(origin.file, origin.line, f"{of}.to", "admin.bad_time",
                                   value=oh.get("to"))
            if opens is None or closes is None:
                continue
            if htype in OVER_MIDNIGHT_HOURS:
                spans.extend(split_span(day, opens, end_day, closes))
            else:
                # In standard hours dayFrom..dayTo is a range of days with the same times.
                d = day
                for _ in range(7):
                    spans.extend(split_span(d, opens, d, closes))
                    if d == end_day:
                        break
                    d = (d + 1) % 7
        group = weekly(spans, hid, base)
        for s in group:
            put_text(s, "description", info)
        if not group and htype in EXCEPTION_HOURS and vfrom:
            # Exceptional hours with no opening hours and no flag: closed on those days.
            s = {"id": hid, "freq": "WEEKLY", "byday": days_between(vfrom, vto or vfrom), **base}
            put_text(s, "description", _joined(CLOSED, info))
            group = [s]
        out.extend(group)
    return out


def _joined(label: dict[str, str], info: dict[str, str]) -> dict[str, str]:
    return {lang: f"{label[lang]}. {info[lang]}" if lang in info else label[lang]
            for lang in LANGS}


# --- channels -------------------------------------------------------------------------


def _address(a: Rec, aid: str, ctx: Ctx, origin: Origin,
             fld: str) -> tuple[Rec | None, tuple[float, float] | None]:
    street = a.get("streetAddress") if isinstance(a.get("streetAddress"), dict) else None
    pobox = a.get("postOfficeBoxAddress") if isinstance(a.get("postOfficeBoxAddress"),
                                                        dict) else None
    other = a.get("otherAddress") if isinstance(a.get("otherAddress"), dict) else None
    part = street or pobox or other
    if part is None:
        return None, None
    out: Rec = {"id": aid}
    atype = str(a.get("type") or "")
    out["address_type"] = "postal" if atype in ("Postal", "Delivery") or pobox and not street \
        else "physical"
    if street is not None:
        lines = texts(street.get("street"))
        number = street.get("streetNumber")
        if number:
            lines = {k: f"{v} {number}" for k, v in lines.items()}
        put_text(out, "address_1", lines)
    elif pobox is not None:
        put_text(out, "address_1", texts(pobox.get("postOfficeBox")))
    municipality = part.get("municipality") if isinstance(part.get("municipality"), dict) else {}
    city = texts(municipality.get("name")) or texts(part.get("postOffice"))
    put_text(out, "city", city)
    if part.get("postalCode"):
        out["postal_code"] = str(part["postalCode"])
    out["country"] = a.get("country") or "FI"
    coords = None
    if street is not None or other is not None:
        src = street if street is not None else other
        assert src is not None
        coords = convert_coords(src.get("latitude"), src.get("longitude"), ctx, origin,
                                f"{fld}.latitude")
    return out, coords


def _phones(items: Any, cid: str, ctx: Ctx, origin: Origin, main: str) -> list[Rec]:
    """The channel's phones, one per number: PTV repeats a number in each language version
    (with that language's additional information), which becomes one phone with the
    languages listed and the information translated."""
    by_number: dict[str, Rec] = {}
    infos: dict[str, dict[str, str]] = {}
    for k, p in enumerate(lst(items)):
        if not isinstance(p, dict) or not isinstance(p.get("number"), str) \
                or not p["number"].strip():
            continue
        number = p["number"].strip()
        prefix = str(p.get("prefixNumber") or "").strip()
        if prefix and not number.startswith("+") and not p.get("isFinnishServiceNumber"):
            number = f"{prefix} {number.lstrip('0')}"
        lang = p.get("language") if p.get("language") in LANGS else None
        info = " ".join(str(x).strip() for x in (p.get("additionalInformation"),
                                                 p.get("chargeDescription"))
                        if isinstance(x, str) and x.strip())
        for e164 in phone_numbers(number, ctx, origin, f"phoneNumbers[{k}].number",
                                  blocking=False):
            phone = by_number.get(e164)
            if phone is None:
                phone = {"id": f"{cid}-p{len(by_number)}", "number": e164,
                         "type": {"Sms": "text", "Fax": "fax"}.get(str(p.get("type")), "voice")}
                by_number[e164] = phone
                infos[e164] = {}
            if lang is not None:
                have = phone.setdefault("languages", [])
                if all(x["code"] != lang for x in have):
                    have.append({"id": f"{phone['id']}-{lang}", "code": lang})
            if info:
                infos[e164].setdefault(lang or main, info)
    for e164, phone in by_number.items():
        put_text(phone, "description", infos[e164], main)
    return list(by_number.values())


ChannelParts = tuple[Rec | None, list[Rec], set[str], Rec]
CHANNEL_CACHE_SIZE = 8192


def channel_parts(ch: Rec, conn: Rec | None, ctx: Ctx, origin: Origin,
                  main: str) -> ChannelParts:
    """(location or None, service-level phones, modes, extra service fields) of a channel;
    ``conn`` is the service's connection to it when that has hours of its own."""
    cid = str(ch["id"])
    ctype = ch.get("serviceChannelType")
    names = texts(ch.get("serviceChannelNames"), {"Name"}) or texts(ch.get("serviceChannelNames"))
    descs = texts(ch.get("serviceChannelDescriptions"), {"Description", "Summary",
                                                         "ShortDescription"})
    extra: Rec = {}
    email = _first_email(ch.get("emails") or ch.get("supportEmails"))
    if email:
        extra["email"] = email
    phones = _phones(ch.get("phoneNumbers") or lst(ch.get("supportPhones")), cid, ctx,
                     origin, main)
    hours = conn.get("serviceHours") if conn and conn.get("serviceHours") else ch.get(
        "serviceHours")
    scheds = schedules(hours, f"{cid}", ctx, origin, "serviceHours")
    modes: set[str] = set()
    loc: Rec = {"id": cid}
    put_text(loc, "name", names, main)
    put_text(loc, "description", descs, main)
    url = clean_url(_first_url(ch.get("webPages")), ctx, origin, "webPages")
    if ctype == "ServiceLocation":
        modes.add("in-person")
        loc["location_type"] = "physical"
        addresses = []
        coords = None
        for k, a in enumerate(lst(ch.get("addresses"))):
            if not isinstance(a, dict):
                continue
            addr, c = _address(a, f"{cid}-a{k}", ctx, origin, f"addresses[{k}]")
            if addr is not None:
                addresses.append(addr)
            if c and coords is None and addr and addr["address_type"] == "physical":
                coords = c
        if coords:
            loc["latitude"], loc["longitude"] = coords
        if addresses:
            loc["addresses"] = addresses
        if phones:
            loc["phones"] = phones
        phones_out: list[Rec] = []
    elif ctype == "Phone":
        modes.add("phone")
        loc["location_type"] = "virtual"
        if phones:
            loc["phones"] = phones
        phones_out = phones
    elif ctype in ("EChannel", "WebPage"):
        loc["location_type"] = "virtual"
        if url:
            loc["url"] = url
            extra["url"] = url
        text = " ".join([*names.values(), *descs.values()])
        if _VIDEO.search(text):
            modes.add("video")
        phones_out = phones
    else:  # PrintableForm and anything new: not a way to take part
        return None, [], set(), extra
    if url and ctype == "ServiceLocation":
        extra.setdefault("url", url)
    if scheds:
        loc["schedules"] = scheds
    return loc, phones_out, modes, extra


# --- organizations --------------------------------------------------------------------


def organization(ref: Rec | None, org: Rec | None, main: str) -> tuple[Rec, str | None]:
    """The HSDS organization of a service and its provider type."""
    out: Rec = {}
    if org is not None:
        out["id"] = str(org["id"])
        names = texts(org.get("organizationNames"), {"Name"}) or texts(org.get("organizationNames"))
        put_text(out, "name", names, main)
        put_text(out, "description",
                 texts(org.get("organizationDescriptions"), {"Description", "Summary",
                                                             "ShortDescription"}), main)
        website = _first_url(org.get("webPages"))
        if website and re.match(r"^https?://", website, re.IGNORECASE):
            out["website"] = website
        email = _first_email(org.get("emails"))
        if email:
            out["email"] = email
        if org.get("businessCode"):
            out["tax_id"] = str(org["businessCode"])
        ptype = PROVIDER_OF_ORG_TYPE.get(str(org.get("organizationType")))
    else:
        assert ref is not None
        out["id"] = str(ref.get("id"))
        out["name"] = str(ref.get("name") or "")
        ptype = None
    if ptype == "ngo" and _PARISH.search(" ".join([out.get("name", ""),
                                                    *(t.get("name", "") for t in
                                                      out.get("translations", {}).values())])):
        ptype = "parish"
    return out, ptype


# --- services -------------------------------------------------------------------------


def convert(rec: Rec, staging: Staging, ctx: Ctx, origin: Origin) -> Rec:
    """One PTV service as an HSDS service of the bundle profile."""
    sid = str(rec["id"])
    names = texts(rec.get("serviceNames"), {"Name"}) or texts(rec.get("serviceNames"))
    main = "fi" if "fi" in names else next((lg for lg in LANGS if lg in names), "fi")
    out: Rec = {"id": sid}
    if not names:
        ctx.problems.error(origin.file, origin.line, "serviceNames", "admin.missing")
    put_text(out, "name", names, main)
    put_text(out, "alternate_name", texts(rec.get("serviceNames"), {"AlternateName"}), main)
    descs = rec.get("serviceDescriptions")
    put_text(out, "description",
             texts(descs, {"Description"}) or texts(descs, {"Summary", "ShortDescription"}), main)
    put_text(out, "application_process",
             texts(descs, {"UserInstruction", "ServiceUserInstruction"}), main)
    put_text(out, "fees_description", texts(descs, {"ChargeTypeAdditionalInfo"}), main)
    put_text(out, "eligibility_description", texts(rec.get("requirements")), main)
    out["status"] = "active"
    modified = rec.get("modified")
    if isinstance(modified, str) and modified:
        out["last_modified"] = modified

    # Organization: the responsible one, else the first producer, else any.
    refs = [o for o in lst(rec.get("organizations")) if isinstance(o, dict)]
    refs.sort(key=lambda o: {"Responsible": 0, "Producer": 1}.get(str(o.get("roleType")), 2))
    provider: str | None = None
    if refs:
        oref = refs[0].get("organization") if isinstance(refs[0].get("organization"), dict) \
            else {"id": refs[0].get("organizationId")}
        assert isinstance(oref, dict)
        org = staging.org(str(oref.get("id")))
        if org is None:
            ctx.warn_once(f"org:{oref.get('id')}", origin.file, origin.line,
                          "organizations", "admin.unknown_org", id=oref.get("id"))
        out["organization"], provider = organization(oref, org, main)
        if not out["organization"].get("name"):
            ctx.problems.error(origin.file, origin.line, "organizations", "admin.no_org")
    else:
        ctx.problems.error(origin.file, origin.line, "organizations", "admin.no_org")

    # Channels.
    sals: list[Rec] = []
    phones: list[Rec] = []
    modes: set[str] = set()
    for k, conn in enumerate(lst(rec.get("serviceChannels"))):
        if not isinstance(conn, dict):
            continue
        cref: Rec = conn["serviceChannel"] if isinstance(conn.get("serviceChannel"), dict) else {}
        cid = str(cref.get("id") or conn.get("serviceChannelId") or "")
        loaded = staging.channel(cid)
        if loaded is None:
            ctx.warn_once(f"ch:{cid}", origin.file, origin.line,
                          f"serviceChannels[{k}]", "admin.unknown_channel", id=cid)
            continue
        ch, ch_origin = loaded
        # A channel serves many services: convert it once (and warn about it once) unless
        # this connection has hours of its own. The parts are shared, never modified.
        own_hours = bool(conn.get("serviceHours"))
        cache_key = (cid, main)
        parts = None if own_hours else ctx.channel_cache.get(cache_key)
        if parts is None:
            parts = channel_parts(ch, conn if own_hours else None, ctx, ch_origin, main)
            if not own_hours:
                if len(ctx.channel_cache) >= CHANNEL_CACHE_SIZE:
                    ctx.channel_cache.clear()
                ctx.channel_cache[cache_key] = parts
        loc, ph, md, extra = parts
        if loc is not None:
            sals.append({"id": f"{sid}@{cid}", "location": loc})
        phones.extend(ph)
        modes |= md
        for key, value in extra.items():
            out.setdefault(key, value)
    if sals:
        out["service_at_locations"] = sals
    if phones:
        out["phones"] = phones

    # Areas, languages, cost.
    areas = _areas(rec, sid)
    if areas:
        out["service_areas"] = areas
    langs = [lg for lg in lst(rec.get("languages")) if isinstance(lg, str) and lg.strip()]
    if langs:
        out["languages"] = [{"id": f"{sid}-l-{lg}", "code": lg} for lg in dict.fromkeys(langs)]
    charge = rec.get("serviceChargeType")
    if charge in FREE:
        co: Rec = {"id": f"{sid}-cost", "amount": 0, "currency": "EUR"}
        put_text(co, "option", FREE_TEXT)
        out["cost_options"] = [co]
    elif charge in CHARGED:
        co = {"id": f"{sid}-cost", "currency": "EUR"}
        put_text(co, "option", CHARGED_TEXT)
        fees = texts(descs, {"ChargeTypeAdditionalInfo"})
        put_text(co, "amount_description", fees, main)
        out["cost_options"] = [co]

    # Classification.
    terms: list[str] = []
    for fld in ("serviceClasses", "lifeEvents", "targetGroups"):
        for k, c in enumerate(lst(rec.get(fld))):
            if not isinstance(c, dict):
                continue
            uri = c.get("uri")
            resolved = ctx.codes.resolve(str(uri)) if uri else None
            if resolved is None and c.get("code"):
                resolved = ctx.codes.by_code.get(str(c["code"]))
            if resolved is None:
                ctx.problems.warn(origin.file, origin.line, f"{fld}[{k}].uri",
                                  "admin.unknown_uri", uri=uri or c.get("code"))
                continue
            terms.append(resolved)
            if fld != "targetGroups":
                terms.extend(ctx.mapping.terms_for(resolved))
    terms.extend(ontology_terms(rec, ctx))
    all_text = " ".join(str(v) for v in (out.get("name"), out.get("description")) if v)
    if _HOME_VISIT.search(all_text):
        modes.add("home-visit")
    terms.extend(f"mode:{m}" for m in sorted(modes))
    if provider:
        terms.append(f"provider-type:{provider}")
    add_terms(out, terms)
    return out


def _areas(rec: Rec, sid: str) -> list[Rec]:
    """Area restrictions as service areas: municipality, region (maakunta) or country."""
    if rec.get("areaType") in WHOLE_COUNTRY:
        return [{"id": f"{sid}-area-FI", "name": "Suomi",
                 "translations": {"sv": {"name": "Finland"}, "en": {"name": "Finland"}}}]
    out: list[Rec] = []
    areas = [a for a in lst(rec.get("areas")) if isinstance(a, dict)]
    areas += [{"type": "Municipality", **m} for m in lst(rec.get("municipalities"))
              if isinstance(m, dict)]  # older shapes list municipalities directly
    for k, a in enumerate(areas):
        names = texts(a.get("name"))
        if not names:
            continue
        area: Rec = {"id": f"{sid}-area-{a.get('type') or 'area'}-{a.get('code') or k}"}
        put_text(area, "name", names)
        out.append(area)
    return out


def assured(rec: Rec) -> date | None:
    return parse_date(rec.get("modified"))
