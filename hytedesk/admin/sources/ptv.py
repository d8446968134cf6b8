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
from hytedesk.base.municipalities import Municipality, municipalities

Rec = dict[str, Any]

DAY_NAMES = {name: i for i, name in enumerate(
    ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))}
STANDARD_HOURS = {"DaysOfTheWeek", "Standard"}
EXCEPTION_HOURS = {"Exceptional", "Exception"}
OVER_MIDNIGHT_HOURS = {"OverMidnight", "Special"}
FREE = {"Free", "FreeOfCharge"}
CHARGED = {"Charged", "Chargeable"}
# Area information types (Types_AreaInformationType.json; older records say Nationwide,
# NationwideExceptAlandIslands and LimitedType for the same things).
WHOLE_COUNTRY = {"Nationwide", "WholeCountry", "WholeCountryExceptAlandIslands",
                 "NationwideExceptAlandIslands"}
LIMITED = {"AreaType", "LimitedType", "Limited"}
# Area types (Types_AreaType.json): each lists its member municipalities in v11.
AREA_TYPES = {"Municipality", "Province", "BusinessRegions", "HospitalRegions"}
CHANNEL_TYPES = {"ServiceLocation", "Phone", "EChannel", "WebPage", "PrintableForm"}
ADDRESS_PARTS = ("streetAddress", "postOfficeBoxAddress", "otherAddress", "locationAbroad",
                 "multipointLocation", "foreignAddress")
# Address sub types that carry no address at all.
NO_ADDRESS = {"NoAddress"}
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
                listed = len(ctx.problems.errors)
                ctx.problems.error(display, line, "id", "admin.missing")
                if ctx.skip_invalid:
                    ctx.skip(display, line, None, 1, listed)
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


def municipality_of(code: Any, names: dict[str, str], ctx: Ctx) -> Municipality | None:
    """A current municipality from a PTV municipality (code, names); a former one gives
    its successor."""
    ms = municipalities()
    found = ms.code(code)
    for name in names.values():
        if found is not None:
            break
        found = ms.name(name)
        former = ms.former_of(name) if found is None else None
        if former is not None:
            found = former.successor
    return found


def _city(part: Rec, ctx: Ctx, origin: Origin, fld: str) -> tuple[dict[str, str], str | None]:
    """The municipality of an address part as texts (fi, sv) and its code. ``municipality``
    may be null in real records: then the postal code says (never the post office: VELKUA
    is a post office of Naantali, not a municipality)."""
    mun = part.get("municipality") if isinstance(part.get("municipality"), dict) else None
    found = None
    if mun is not None:
        found = municipality_of(mun.get("code"), texts(mun.get("name")), ctx)
        if found is None:
            ctx.problems.warn(origin.file, origin.line, f"{fld}.municipality",
                              "admin.ptv_unknown_municipality",
                              value=mun.get("code") or next(iter(texts(mun.get("name")).values()),
                                                            "?"))
    if found is None and part.get("postalCode"):
        name = ctx.postal_municipality.get(str(part["postalCode"]).strip())
        found = municipalities().name(name) if name else None
        if found is None and mun is None:
            ctx.problems.warn(origin.file, origin.line, f"{fld}.municipality",
                              "admin.ptv_no_municipality", postal=str(part["postalCode"]))
    if found is None:
        return {}, None
    names = {"fi": found.fi}
    if found.sv != found.fi:
        names["sv"] = found.sv
    return names, found.code


def _address(a: Rec, aid: str, ctx: Ctx, origin: Origin,
             fld: str) -> tuple[Rec | None, tuple[float, float] | None]:
    """One PTV address (street, post office box, other, abroad, moving) as an HSDS
    address and its coordinates."""
    parts = {k: a[k] for k in ADDRESS_PARTS if a.get(k) not in (None, [], {})}
    street = parts.get("streetAddress") if isinstance(parts.get("streetAddress"), dict) else None
    moving = [x for x in lst(parts.get("multipointLocation")) if isinstance(x, dict)]
    if street is None and moving:
        street = moving[0]  # a moving service: its first stop stands for it
    pobox = parts.get("postOfficeBoxAddress") if isinstance(parts.get("postOfficeBoxAddress"),
                                                           dict) else None
    other = parts.get("otherAddress") if isinstance(parts.get("otherAddress"), dict) else None
    abroad = texts(parts.get("locationAbroad")) or texts(
        (parts.get("foreignAddress") or {}).get("foreignAddress")
        if isinstance(parts.get("foreignAddress"), dict) else None)
    out: Rec = {"id": aid}
    atype = str(a.get("type") or "")
    subtype = str(a.get("subType") or "")
    if abroad and street is None and pobox is None and other is None:
        put_text(out, "address_1", abroad)
        out["address_type"] = "postal" if atype in ("Postal", "Delivery") else "physical"
        out["country"] = str(a.get("country") or "")
        if not out["country"] or out["country"] == "FI":
            out.pop("country")
        return out, None
    part = street or pobox or other
    if part is None:
        if subtype not in NO_ADDRESS:
            ctx.problems.warn(origin.file, origin.line, fld, "admin.ptv_unknown_shape",
                              what=f"type={atype or '-'}, subType={subtype or '-'}")
        return None, None
    address: Rec = part  # not None: returned above
    out["address_type"] = "postal" if atype in ("Postal", "Delivery") or (
        pobox is not None and street is None) else "physical"
    key = ("streetAddress" if part is street and not moving else "multipointLocation[0]"
           if part is street else "postOfficeBoxAddress" if part is pobox else "otherAddress")
    if part is street:
        lines = texts(address.get("street"))
        number = address.get("streetNumber")
        if number:
            lines = {k: f"{v} {number}" for k, v in lines.items()}
        put_text(out, "address_1", lines)
    elif part is pobox:
        put_text(out, "address_1", texts(address.get("postOfficeBox")))
    else:
        put_text(out, "address_1", texts(other.get("additionalInformation")
                                         if other is not None else None))
    city, _code = _city(address, ctx, origin, f"{fld}.{key}")
    put_text(out, "city", city)
    if address.get("postalCode"):
        out["postal_code"] = str(address["postalCode"])
    out["country"] = a.get("country") or "FI"
    coords = None
    if part is street or part is other:
        coords = convert_coords(address.get("latitude"), address.get("longitude"), ctx, origin,
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


ChannelParts = tuple[Rec | None, list[Rec], Rec]
CHANNEL_CACHE_SIZE = 8192


def channel_parts(ch: Rec, conn: Rec | None, ctx: Ctx, origin: Origin,
                  main: str) -> ChannelParts:
    """(location or None, service-level phones, extra service fields) of a channel;
    ``conn`` is the service's connection to it when that has hours of its own.

    The five channel types: a service location is a physical location; a phone channel a
    virtual location with its phones; an e-service or a web page a virtual location with
    its address (the build infers attendance modes from these, ``admin/modes.py``); a
    printable form is no way to take part and gives nothing."""
    cid = str(ch["id"])
    ctype = ch.get("serviceChannelType")
    if ctype == "PrintableForm":
        return None, [], {}
    if ctype not in CHANNEL_TYPES:
        ctx.warn_once(f"chtype:{cid}", origin.file, origin.line, "serviceChannelType",
                      "admin.ptv_unknown_shape", what=f"serviceChannelType={ctype}")
        return None, [], {}
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
    loc: Rec = {"id": cid}
    put_text(loc, "name", names, main)
    put_text(loc, "description", descs, main)
    url = clean_url(_first_url(ch.get("webPages")), ctx, origin, "webPages")
    phones_out: list[Rec] = phones
    if ctype == "ServiceLocation":
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
        phones_out = []
        if url:
            extra["url"] = url
    elif ctype == "Phone":
        loc["location_type"] = "virtual"
        if phones:
            loc["phones"] = phones
    else:  # EChannel, WebPage
        loc["location_type"] = "virtual"
        if url:
            loc["url"] = url
            extra["url"] = url
    if scheds:
        loc["schedules"] = scheds
    return loc, phones_out, extra


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

    # Organization: the responsible one, else the first producer, else any. A producer of
    # a purchased service may be named only in words (no organization id): its name then.
    refs = [o for o in lst(rec.get("organizations")) if isinstance(o, dict)]
    refs.sort(key=lambda o: ({"Responsible": 0, "Producer": 1}.get(str(o.get("roleType")), 2),
                             not isinstance(o.get("organization"), dict)))
    provider: str | None = None
    chosen: tuple[Rec, str | None] | None = None
    for k, ref in enumerate(refs):
        oref: Rec = ref["organization"] if isinstance(ref.get("organization"), dict) else {}
        oid = oref.get("id") or ref.get("organizationId")
        org = staging.org(str(oid)) if oid else None
        if oid and org is None:
            ctx.warn_once(f"org:{oid}", origin.file, origin.line, f"organizations[{k}]",
                          "admin.unknown_org", id=oid)
        name = oref.get("name") if isinstance(oref.get("name"), str) else None
        if org is None and not name:
            info = texts(ref.get("additionalInformation"))
            name = info.get(main) or next(iter(info.values()), None)
        if org is None and not name:
            continue
        chosen = organization({"id": str(oid or f"{sid}-producer-{k}"), "name": name or ""},
                              org, main)
        if chosen[0].get("name"):
            break
        chosen = None
    if chosen is None:
        ctx.problems.error(origin.file, origin.line, "organizations", "admin.no_org")
    else:
        out["organization"], provider = chosen

    # Channels.
    sals: list[Rec] = []
    phones: list[Rec] = []
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
        loc, ph, extra = parts
        if loc is not None:
            sals.append({"id": f"{sid}@{cid}", "location": loc})
        for p in ph:  # the same number from several channels: once
            if all(x["number"] != p["number"] for x in phones):
                phones.append(p)
        for key, value in extra.items():
            out.setdefault(key, value)
    if sals:
        out["service_at_locations"] = sals
    if phones:
        out["phones"] = phones

    # Areas, languages, cost.
    areas, unresolved = _areas(rec, sid, ctx, origin)
    if areas:
        out["service_areas"] = areas
    elif not _located(sals):
        # No municipality from its area nor from a place: it would show everywhere. Never.
        ctx.problems.error(origin.file, origin.line, "areas", "admin.ptv_area_unresolved"
                           if unresolved else "admin.ptv_no_area", id=sid)
    elif unresolved:
        ctx.problems.warn(origin.file, origin.line, "areas", "admin.ptv_area_unresolved", id=sid)
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

    # Classification. A class may come without its URI (only code and name).
    terms: list[str] = []
    for fld in ("serviceClasses", "lifeEvents", "targetGroups"):
        for k, c in enumerate(lst(rec.get(fld))):
            if not isinstance(c, dict):
                continue
            uri = c.get("uri") if isinstance(c.get("uri"), str) and c["uri"].strip() else None
            code = str(c["code"]).strip() if c.get("code") not in (None, "") else None
            resolved = ctx.codes.resolve(uri) if uri else None
            if resolved is None and code:
                resolved = ctx.codes.by_code.get(code)
            if resolved is None:
                label = uri or code or next(iter(texts(c.get("name")).values()), "") or "-"
                ctx.problems.warn(origin.file, origin.line,
                                  f"{fld}[{k}].{'uri' if uri else 'code'}",
                                  "admin.unknown_uri", uri=label)
                continue
            terms.append(resolved)
            if fld != "targetGroups":
                terms.extend(ctx.mapping.terms_for(resolved))
    terms.extend(ontology_terms(rec, ctx))
    if provider:
        terms.append(f"provider-type:{provider}")
    add_terms(out, terms)
    return out


def _located(sals: list[Rec]) -> bool:
    return any(isinstance(a.get("city"), str) and a["city"]
               for sal in sals for a in (sal["location"].get("addresses") or []))


def _area_record(sid: str, m: Municipality) -> Rec:
    area: Rec = {"id": f"{sid}-area-{m.code}", "name": m.fi}
    if m.sv != m.fi:
        area["translations"] = {"sv": {"name": m.sv}}
    return area


def _areas(rec: Rec, sid: str, ctx: Ctx, origin: Origin) -> tuple[list[Rec], bool]:
    """The service's area as service areas: its municipalities, a region, or the country.

    v11 gives ``areaType`` (WholeCountry, WholeCountryExceptAlandIslands or AreaType) and
    ``areas``, each of type Municipality, Province, BusinessRegions or HospitalRegions with
    its member ``municipalities`` (the area's own code and name are often null). Older
    records say Nationwide / LimitedType, name the area itself, or list ``municipalities``
    on the service. A municipality is resolved by its statistical code, else its name
    (a former municipality by its successor). What cannot be resolved is reported. Returns
    the areas and whether the service is restricted to areas none of which resolved."""
    atype = rec.get("areaType")
    if atype in WHOLE_COUNTRY:
        return [{"id": f"{sid}-area-FI", "name": "Suomi",
                 "translations": {"sv": {"name": "Finland"}, "en": {"name": "Finland"}}}], False
    if atype not in (None, "") and atype not in LIMITED:
        ctx.problems.warn(origin.file, origin.line, "areaType", "admin.ptv_unknown_shape",
                          what=f"areaType={atype}")
    ms = municipalities()
    out: dict[str, Rec] = {}
    areas = [(f"areas[{k}]", a) for k, a in enumerate(lst(rec.get("areas")))
             if isinstance(a, dict)]
    areas += [(f"municipalities[{k}]", {"type": "Municipality", **m})
              for k, m in enumerate(lst(rec.get("municipalities"))) if isinstance(m, dict)]
    wanted = 0
    for fld, a in areas:
        wanted += 1
        kind = a.get("type")
        if kind not in AREA_TYPES:
            ctx.problems.warn(origin.file, origin.line, f"{fld}.type", "admin.ptv_unknown_shape",
                              what=f"type={kind}")
        names = texts(a.get("name"))
        # The area itself when it names itself (a region, a municipality), else its members.
        if kind == "Province":
            region = next((r for r in (ms.region(str(a.get("code") or "")),
                                       *(ms.region(n) for n in names.values())) if r), None)
            if region is not None:
                out.setdefault(f"region:{region}", {"id": f"{sid}-area-Province-{region}",
                                                    "name": region})
                continue
        elif kind in ("Municipality", None) and (a.get("code") or names):
            found = municipality_of(a.get("code"), names, ctx)
            if found is not None:
                out.setdefault(found.code, _area_record(sid, found))
                continue
        members = [m for m in lst(a.get("municipalities")) if isinstance(m, dict)]
        for j, m in enumerate(members):
            found = municipality_of(m.get("code"), texts(m.get("name")), ctx)
            if found is None:
                ctx.problems.warn(origin.file, origin.line, f"{fld}.municipalities[{j}]",
                                  "admin.ptv_unknown_municipality",
                                  value=m.get("code") or next(iter(texts(m.get("name")).values()),
                                                              "?"))
            else:
                out.setdefault(found.code, _area_record(sid, found))
        if members:
            continue
        ctx.problems.warn(origin.file, origin.line, fld, "admin.ptv_unknown_municipality",
                          value=a.get("code") or next(iter(names.values()), None) or kind or "?")
    return list(out.values()), not out and bool(wanted or atype in LIMITED)


def assured(rec: Rec) -> date | None:
    return parse_date(rec.get("modified"))
