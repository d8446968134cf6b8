"""HSDS 3.0 sources: JSON (one object, a list, or the API's paged responses) and the
tabular data package (CSV files with ``datapackage.json``, as a folder or a zip)."""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hytedesk.admin.context import Ctx, Origin
from hytedesk.admin.inputs import (
    SourceError,
    check_size,
    iter_json,
    open_binary,
    open_zip_member,
    read_capped,
    zip_members,
)
from hytedesk.admin.records import (
    check_coords,
    clean_url,
    lst,
    parse_date,
    parse_time,
    phone_numbers,
)
from hytedesk.admin.staging import Staging
from hytedesk.admin.taxa import OTHER_TAXONOMY
from hytedesk.base.municipalities import municipalities

Rec = dict[str, Any]

ORG_FIELDS = ("id", "name", "alternate_name", "description", "email", "website", "tax_status",
              "tax_id", "year_incorporated", "legal_status", "logo", "uri",
              "parent_organization_id", "translations")
SCHEDULE_LISTS = ("schedules",)
MAX_TABLE_BYTES = 512 * 1024**2


def kind_of(rec: Rec) -> str | None:
    if isinstance(rec.get("service"), dict):
        return "service_at_location"
    if isinstance(rec.get("services"), list) and "name" in rec:
        return "organization"
    if "taxonomy_detail" in rec or "term_uri" in rec or "taxonomy_id" in rec:
        return "taxonomy_term"
    if "location_type" in rec:
        return "location"
    if any(k in rec for k in ("status", "organization", "service_at_locations", "cost_options",
                              "service_areas", "attributes")):
        return "service"
    if "name" in rec and ("legal_status" in rec or "tax_status" in rec or "year_incorporated"
                          in rec or "website" in rec):
        return "organization"
    if set(rec) <= {"id", "name", "description", "uri", "version"} and "name" in rec:
        return "taxonomy"
    return None


def looks_like(rec: Rec) -> bool:
    return kind_of(rec) is not None


# --- normalising one service ----------------------------------------------------------


def _register_term(t: Rec, ctx: Ctx, origin: Origin) -> str | None:
    tid = t.get("id")
    if not isinstance(tid, str) or not tid.strip():
        return None
    for candidate in (tid, t.get("term_uri")):
        if isinstance(candidate, str) and "://" in candidate:
            resolved = ctx.codes.resolve(candidate)
            if resolved is not None:
                return resolved
    if tid in ctx.terms:
        return tid
    detail: Rec = t["taxonomy_detail"] if isinstance(t.get("taxonomy_detail"), dict) else {}
    tax_id = t.get("taxonomy_id") or detail.get("id") or OTHER_TAXONOMY
    term: Rec = {"id": tid, "name": str(t.get("name") or t.get("code") or tid),
                 "taxonomy_id": str(tax_id)}
    for key in ("code", "description", "parent_id", "term_uri"):
        if isinstance(t.get(key), str) and t[key].strip():
            term[key] = t[key]
    if isinstance(t.get("translations"), dict):
        term["translations"] = t["translations"]
    ctx.terms[tid] = term
    if term["taxonomy_id"] not in ctx.taxonomies:
        tax: Rec = {"id": term["taxonomy_id"],
                    "name": str(detail.get("name") or t.get("taxonomy") or term["taxonomy_id"])}
        for key in ("description", "uri", "version"):
            if isinstance(detail.get(key), str) and detail[key]:
                tax[key] = detail[key]
        ctx.taxonomies[term["taxonomy_id"]] = tax
    return tid


def register_taxonomy(rec: Rec, ctx: Ctx) -> None:
    if isinstance(rec.get("id"), str) and rec.get("name"):
        ctx.taxonomies[rec["id"]] = {k: rec[k] for k in ("id", "name", "description", "uri",
                                                         "version", "translations") if rec.get(k)}


def _schedules(items: Any, ctx: Ctx, origin: Origin, path: str) -> list[Rec]:
    out = []
    for i, s in enumerate(items if isinstance(items, list) else []):
        if not isinstance(s, dict):
            continue
        s = dict(s)
        for key in ("opens_at", "closes_at"):
            if s.get(key) in (None, ""):
                s.pop(key, None)
                continue
            t = parse_time(str(s[key]), closing=key == "closes_at")
            if t is None:
                ctx.problems.error(origin.file, origin.line, f"{path}[{i}].{key}",
                                   "admin.bad_time", value=s[key])
                s.pop(key)
            else:
                s[key] = t
        for key in ("valid_from", "valid_to", "dtstart", "until"):
            if s.get(key) in (None, ""):
                s.pop(key, None)
            elif parse_date(str(s[key])) is None:
                ctx.problems.error(origin.file, origin.line, f"{path}[{i}].{key}",
                                   "admin.bad_date", value=s[key])
                s.pop(key)
            else:
                d = parse_date(str(s[key]))
                assert d is not None
                s[key] = d.isoformat()
        if isinstance(s.get("byday"), str):
            s["byday"] = s["byday"].replace(" ", "").upper()
        if isinstance(s.get("freq"), str):
            s["freq"] = s["freq"].upper()
        out.append(s)
    return out


def _location(loc: Rec, ctx: Ctx, origin: Origin, path: str) -> Rec:
    loc = dict(loc)
    _phones(loc, ctx, origin, f"{path}.")
    check_coords(loc, ctx, origin, f"{path}.latitude")
    if "schedules" in loc:
        loc["schedules"] = _schedules(loc["schedules"], ctx, origin, f"{path}.schedules")
    if "url" in loc:
        url = clean_url(loc["url"], ctx, origin, f"{path}.url")
        if url:
            loc["url"] = url
        else:
            loc.pop("url")
    return loc


NATIONAL = {"suomi", "finland", "koko suomi", "koko maa", "hela landet"}


def _area_name(area: Rec, ctx: Ctx, origin: Origin, fld: str) -> Rec:
    """A service area names a municipality, a region or the whole country; a former
    municipality becomes its successor; anything else is reported with a suggestion (a
    warning: the service is still found by its locations)."""
    name = area["name"].strip()
    if name.lower() in NATIONAL or municipalities().region(name):
        return area
    current = ctx.municipality(name, origin.file, origin.line, fld, blocking=False)
    return {**area, "name": current} if current and current != name else area


def _phones(owner: Rec, ctx: Ctx, origin: Origin, path: str) -> None:
    """Numbers in E.164, one phone per number (``admin.records.phone_numbers``); phone
    extensions travel as text in the bundle (the HSDS JSON examples give numbers)."""
    phones = owner.get("phones")
    if not isinstance(phones, list):
        return
    out = []
    for i, p in enumerate(phones):
        if isinstance(p, dict):
            ext = p.get("extension")
            if isinstance(ext, (int, float)) and not isinstance(ext, bool):
                p = {**p, "extension": str(int(ext)) if float(ext).is_integer() else str(ext)}
            if isinstance(p.get("number"), str):
                numbers = phone_numbers(p["number"], ctx, origin, f"{path}phones[{i}].number",
                                        blocking=False)
                for k, number in enumerate(numbers):
                    out.append({**p, "number": number} if k == 0 else
                               {**p, "number": number, "id": f"{p.get('id')}-{k}"})
                if numbers:
                    continue
        out.append(p)
    owner["phones"] = out


def normalize(rec: Rec, ctx: Ctx, origin: Origin, org: Rec | None = None) -> Rec | None:
    """An HSDS service as a record of the bundle profile; None when it has no id.

    Nested objects that change are copied, so shared inputs (a data package's locations)
    stay as they were."""
    out = dict(rec)
    _phones(out, ctx, origin, "")
    rid = out.get("id")
    if not isinstance(rid, str) or not rid.strip():
        ctx.problems.error(origin.file, origin.line, "id", "admin.missing")
        return None
    if not isinstance(out.get("name"), str) or not out["name"].strip():
        ctx.problems.error(origin.file, origin.line, "name", "admin.missing")
    out.setdefault("status", "active")
    organization = out.get("organization") if isinstance(out.get("organization"), dict) else org
    if organization is None:
        ctx.problems.error(origin.file, origin.line, "organization", "admin.missing")
    else:
        o = {k: organization[k] for k in ORG_FIELDS if organization.get(k) not in (None, "")}
        if "website" in o:
            url = clean_url(o["website"], ctx, origin, "organization.website")
            if url:
                o["website"] = url
            else:
                o.pop("website")
        out["organization"] = o
    if "url" in out:
        url = clean_url(out["url"], ctx, origin, "url")
        if url:
            out["url"] = url
        else:
            out.pop("url")
    for key in ("minimum_age", "maximum_age"):
        v = out.get(key)
        if isinstance(v, str) and v.strip().isdigit():
            out[key] = int(v)
    if out.get("assured_date"):
        d = parse_date(str(out["assured_date"]))
        if d is None:
            ctx.problems.error(origin.file, origin.line, "assured_date", "admin.bad_date",
                               value=out["assured_date"])
            out.pop("assured_date")
        else:
            out["assured_date"] = d.isoformat()
    if "schedules" in out:
        out["schedules"] = _schedules(out["schedules"], ctx, origin, "schedules")
    sals = []
    for i, sal in enumerate(lst(out.get("service_at_locations"))):
        if not isinstance(sal, dict):
            continue
        sal = dict(sal)
        _phones(sal, ctx, origin, f"service_at_locations[{i}].")
        if isinstance(sal.get("location"), dict):
            sal["location"] = _location(sal["location"], ctx, origin,
                                        f"service_at_locations[{i}].location")
        if "schedules" in sal:
            sal["schedules"] = _schedules(sal["schedules"], ctx, origin,
                                          f"service_at_locations[{i}].schedules")
        sals.append(sal)
    if sals:
        out["service_at_locations"] = sals
    areas = []
    for i, a in enumerate(lst(out.get("service_areas"))):
        if isinstance(a, dict) and isinstance(a.get("name"), str) and a["name"].strip():
            a = _area_name(a, ctx, origin, f"service_areas[{i}].name")
        areas.append(a)
    if areas:
        out["service_areas"] = areas
    attrs = []
    for i, a in enumerate(lst(out.get("attributes"))):
        if not isinstance(a, dict):
            continue
        a = dict(a)
        term = a.pop("taxonomy_term", None)
        tid = a.get("taxonomy_term_id")
        if isinstance(term, dict):
            tid = _register_term(term, ctx, origin) or tid
        elif isinstance(tid, str) and "://" in tid:
            tid = ctx.codes.resolve(tid) or tid
        if not isinstance(tid, str) or not tid:
            ctx.problems.warn(origin.file, origin.line, f"attributes[{i}].taxonomy_term_id",
                              "admin.missing")
            continue
        a["taxonomy_term_id"] = tid
        a.setdefault("id", f"{rid}|{tid}")
        attrs.append(a)
    if attrs:
        out["attributes"] = attrs
    else:
        out.pop("attributes", None)
    return out


# --- JSON -----------------------------------------------------------------------------


def read_json(path: Path, display: str, staging: Staging, ctx: Ctx) -> None:
    with open_binary(path) as stream:
        for line, rec, _envelope in iter_json(stream):
            origin = Origin(display, display, line)
            kind = kind_of(rec)
            if kind == "service":
                _stage(rec, staging, ctx, origin)
            elif kind == "service_at_location":
                svc = dict(rec["service"])
                sal = {k: v for k, v in rec.items() if k != "service"}
                svc.setdefault("service_at_locations", []).append(sal)
                _stage(svc, staging, ctx, origin)
            elif kind == "organization":
                ctx.stats.organizations += 1
                org = {k: v for k, v in rec.items() if k != "services"}
                for svc in lst(rec.get("services")):
                    if isinstance(svc, dict):
                        _stage(svc, staging, ctx, origin, org)
            elif kind == "taxonomy_term":
                _register_term(rec, ctx, origin)
            elif kind == "taxonomy":
                register_taxonomy(rec, ctx)
            else:
                ctx.problems.warn(display, line, "", "admin.unknown_record", format="HSDS")


def read_bundle(path: Path, display: str, staging: Staging, ctx: Ctx) -> None:
    """A catalogue bundle as a source: its services are HSDS already."""
    from hytedesk.bundle.errors import BundleError
    from hytedesk.bundle.reader import BundleReader

    try:
        with BundleReader(path) as reader:
            for _n, rec, _refs in reader.records("taxonomy"):
                register_taxonomy(rec, ctx)
            for _n, rec, _refs in reader.records("taxonomy_term"):
                if rec["id"] not in ctx.codes.terms:
                    ctx.terms.setdefault(rec["id"], rec)
            member = "services.jsonl.zst"
            for n, rec, _refs in reader.records("service"):
                _stage(rec, staging, ctx, Origin(display, f"{display}:{member}", n))
    except BundleError as exc:
        for p in exc.problems:
            ctx.problems.error(f"{display}:{p.member}", p.line, p.field, p.key, **dict(p.params))


def _stage(rec: Rec, staging: Staging, ctx: Ctx, origin: Origin, org: Rec | None = None) -> None:
    before = ctx.problems.error_count
    listed = len(ctx.problems.errors)
    try:
        out = normalize(rec, ctx, origin, org)
    except (TypeError, AttributeError, ValueError, KeyError) as exc:
        ctx.problems.error(origin.file, origin.line, "", "admin.bad_shape", format="HSDS",
                           error=f"{type(exc).__name__}: {exc}"[:120])
        out = None
    if out is not None:
        ctx.stats.per_source[origin.source] += 1
        ext = out.get("hytedesk")
        if isinstance(ext, dict) and ext.get("sample") is True:
            ctx.stats.sample += 1
        staging.add_service(out["id"], "hsds", origin.file, origin.line, out,
                            ctx.problems.error_count - before)
        ctx.staged(ctx.problems.error_count - before)
    elif ctx.skip_invalid:
        rid = rec.get("id") if isinstance(rec.get("id"), str) else None
        ctx.skip(origin.file, origin.line, rid, ctx.problems.error_count - before, listed)


# --- tabular data package -------------------------------------------------------------

INT_FIELDS = {"minimum_age", "maximum_age", "year_incorporated", "timezone", "count",
              "interval"}
NUM_FIELDS = {"latitude", "longitude", "amount"}
TABLES = ("services", "organizations", "service_at_location", "locations", "addresses",
          "phones", "schedules", "service_areas", "languages", "cost_options", "attributes",
          "taxonomy_terms", "taxonomies", "accessibility", "required_documents")


class _Package:
    """The CSV tables of a data package in a folder or a zip."""

    def __init__(self, path: Path, display: str, ctx: Ctx) -> None:
        self.path = path
        self.display = display
        self.ctx = ctx
        self.zip = None
        if path.is_file() and path.suffix.lower() == ".zip":
            self.zip = zip_members(path)
            self.dir = path
        else:
            self.dir = path.parent if path.is_file() else path
        self.files = self._resources()

    def _names(self) -> set[str]:
        if self.zip is not None:
            return set(self.zip)
        return {p.name for p in self.dir.iterdir() if p.is_file()}

    def _resources(self) -> dict[str, str]:
        names = self._names()
        files = {t: f"{t}.csv" for t in TABLES if f"{t}.csv" in names}
        if "datapackage.json" not in names:
            return files
        try:
            raw = self._read("datapackage.json")
            spec = json.loads(raw.decode("utf-8-sig"))
            if not isinstance(spec, dict) or not isinstance(spec.get("resources"), list):
                raise ValueError("no 'resources' list")
        except (ValueError, UnicodeDecodeError) as exc:
            self.ctx.problems.warn(f"{self.display}/datapackage.json", 1, "",
                                   "admin.datapackage_bad", error=str(exc)[:120])
            return files
        for res in spec["resources"]:
            if isinstance(res, dict) and isinstance(res.get("path"), str):
                base = Path(res["path"]).name
                stem = Path(base).stem
                if base in names:
                    files[stem] = base
        return files

    def _read(self, name: str) -> bytes:
        if self.zip is not None:
            with open_zip_member(self.path, self.zip[name]) as f:
                return read_capped(f, limit=MAX_TABLE_BYTES)
        p = self.dir / name
        check_size(p)
        with open_binary(p) as f:
            return read_capped(f, limit=MAX_TABLE_BYTES)

    def rows(self, table: str) -> Iterator[tuple[int, Rec]]:
        name = self.files.get(table)
        if name is None:
            return
        display = f"{self.display}/{name}"
        try:
            text = self._read(name).decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise SourceError("admin.not_utf8", byte=f"0x{exc.object[exc.start]:02x}") from None
        reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
        try:
            for row in reader:
                if None in row:
                    self.ctx.problems.error(display, reader.line_num, "", "admin.sheet_extra_cells",
                                            count=len(row) - 1 + len(row[None]),  # type: ignore[index]
                                            header=len(reader.fieldnames or []))
                    continue
                yield reader.line_num, _typed(row, self.ctx, display, reader.line_num)
        except csv.Error as exc:
            raise SourceError("admin.csv", line=reader.line_num, error=str(exc)) from None


def _typed(row: dict[str, str], ctx: Ctx, file: str, line: int) -> Rec:
    out: Rec = {}
    for k, v in row.items():
        if v is None or v == "":
            continue
        if k in INT_FIELDS or k in NUM_FIELDS:
            try:
                num = float(v.replace(",", "."))
                out[k] = int(num) if k in INT_FIELDS or num.is_integer() else num
            except ValueError:
                ctx.problems.error(file, line, k, "admin.bad_number", value=v)
            continue
        out[k] = v
    return out


def looks_like_package(path: Path) -> bool:
    if path.is_dir():
        return (path / "services.csv").exists() or (path / "datapackage.json").exists()
    if path.name == "datapackage.json":
        return True
    if path.suffix.lower() == ".zip":
        return "services.csv" in zip_members(path)  # a bomb or a broken zip: SourceError
    return False


def read_package(path: Path, display: str, staging: Staging, ctx: Ctx) -> None:
    pkg = _Package(path, display, ctx)
    if "services" not in pkg.files:
        raise SourceError("admin.no_services_csv")

    def by(table: str, key: str) -> dict[str, list[Rec]]:
        out: dict[str, list[Rec]] = defaultdict(list)
        for _line, row in pkg.rows(table):
            if row.get(key):
                out[row[key]].append(row)
        return out

    def by_id(table: str) -> dict[str, Rec]:
        return {row["id"]: row for _line, row in pkg.rows(table) if row.get("id")}

    for _line, row in pkg.rows("taxonomies"):
        register_taxonomy(row, ctx)
    terms = by_id("taxonomy_terms")
    orgs = by_id("organizations")
    locations = by_id("locations")
    addresses = by("addresses", "location_id")
    sal_by_service = by("service_at_location", "service_id")
    # Phones and schedules belong to the service when they name one, else to the
    # service-at-location, else to the location: indexed once, looked up per service.
    phones: dict[tuple[str, str], list[Rec]] = defaultdict(list)
    schedules: dict[tuple[str, str], list[Rec]] = defaultdict(list)
    for table, index in (("phones", phones), ("schedules", schedules)):
        for _line, row in pkg.rows(table):
            for key in ("service_id", "service_at_location_id", "location_id"):
                if row.get(key):
                    index[(key, row[key])].append(row)
                    break
    areas = by("service_areas", "service_id")
    languages = by("languages", "service_id")
    costs = by("cost_options", "service_id")
    attributes = by("attributes", "link_id")
    documents = by("required_documents", "service_id")

    def strip(rows: list[Rec], *keys: str) -> list[Rec]:
        return [{k: v for k, v in r.items() if k not in keys} for r in rows]

    link_keys = ("service_id", "location_id", "service_at_location_id", "organization_id",
                 "contact_id", "phone_id", "link_id")
    sfile = f"{display}/{pkg.files['services']}"
    for line, row in pkg.rows("services"):
        origin = Origin(display, sfile, line)
        sid = row.get("id", "")
        svc: Rec = {k: v for k, v in row.items() if k not in ("organization_id", "program_id")}
        org_id = row.get("organization_id")
        if org_id and org_id in orgs:
            svc["organization"] = orgs[org_id]
        elif org_id:
            ctx.problems.error(sfile, line, "organization_id", "admin.hsds_ref", ref=org_id,
                               table="organizations.csv")
        svc["phones"] = strip(phones.get(("service_id", sid), []), *link_keys)
        svc["schedules"] = strip(schedules.get(("service_id", sid), []), *link_keys)
        svc["service_areas"] = strip(areas.get(sid, []), *link_keys)
        svc["languages"] = strip(languages.get(sid, []), *link_keys)
        svc["cost_options"] = strip(costs.get(sid, []), *link_keys)
        svc["required_documents"] = strip(documents.get(sid, []), *link_keys)
        attrs = []
        for a in attributes.get(sid, []):
            term = terms.get(a.get("taxonomy_term_id", ""))
            attr = {k: v for k, v in a.items() if k not in ("link_id",)}
            if term is not None:
                attr["taxonomy_term"] = term
            attrs.append(attr)
        svc["attributes"] = attrs
        sals = []
        for sal in sal_by_service.get(sid, []):
            loc = locations.get(sal.get("location_id", ""))
            if loc is None:
                ctx.problems.warn(sfile, line, "service_at_location.location_id",
                                  "admin.hsds_ref", ref=sal.get("location_id"),
                                  table="locations.csv")
                continue
            loc = {k: v for k, v in loc.items() if k != "organization_id"}
            loc["addresses"] = strip(addresses.get(loc["id"], []), *link_keys)
            loc["phones"] = strip(phones.get(("location_id", loc["id"]), []), *link_keys)
            loc["schedules"] = strip(schedules.get(("location_id", loc["id"]), []), *link_keys)
            out_sal = {k: v for k, v in sal.items() if k not in ("service_id", "location_id")}
            out_sal["location"] = {k: v for k, v in loc.items() if v != []}
            sal_scheds = schedules.get(("service_at_location_id", sal.get("id", "")), [])
            if sal_scheds:
                out_sal["schedules"] = strip(sal_scheds, *link_keys)
            sal_phones = phones.get(("service_at_location_id", sal.get("id", "")), [])
            if sal_phones:
                out_sal["phones"] = strip(sal_phones, *link_keys)
            sals.append(out_sal)
        svc["service_at_locations"] = sals
        svc = {k: v for k, v in svc.items() if v != []}
        _stage(svc, staging, ctx, origin)
