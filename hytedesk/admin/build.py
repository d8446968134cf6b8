"""Building a catalogue bundle from PTV, HSDS and spreadsheet sources.

Sources are read one record at a time into a scratch database (``staging``). Then the
services come out grouped by id and each is converted, merged, classified and checked on
its way into the bundle writer, which writes aside and moves the bundle into place only
at the end; if anything blocked, the stream raises ``Blocked`` before that and nothing is
written. ``validate`` runs the same steps with no writer.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from hytedesk.admin import messages as _messages  # noqa: F401  (registers the messages)
from hytedesk.admin import modes
from hytedesk.admin.context import Ctx, Origin, Skipped
from hytedesk.admin.inputs import SourceError, iter_json, open_binary
from hytedesk.admin.problems import Problems
from hytedesk.admin.records import add_terms, parse_date, term_ids
from hytedesk.admin.sources import hsds, ptv, spreadsheet
from hytedesk.admin.staging import Staging
from hytedesk.admin.taxa import THEMES, CodeLists, Mapping, fixed_taxonomies
from hytedesk.admin.vocabulary import (
    DEFAULT_VOCABULARY,
    read_vocabulary,
    search_term_records,
    service_words,
    word_forms,
)
from hytedesk.base.paths import resources_dir
from hytedesk.base.text import clean_record
from hytedesk.bundle.digest import canonical_json
from hytedesk.bundle.errors import Problem
from hytedesk.bundle.jsontext import check_value
from hytedesk.bundle.schema import validate_record

Rec = dict[str, Any]
FORMATS = ("ptv", "hsds", "hsds-package", "spreadsheet", "bundle")
MAX_REPORT_IDS = 200
NATIONAL = ("suomi", "finland", "koko suomi", "koko maa", "hela landet")


def demo_bundle() -> Path:
    return resources_dir() / "demo" / "kainuu-demo.hytebundle"


@dataclass
class Report:
    """What the build report says; also the printed summary's source."""

    services: int = 0
    per_source: dict[str, int] = field(default_factory=dict)
    per_municipality: Counter[str] = field(default_factory=Counter)
    per_mode: Counter[str] = field(default_factory=Counter)  # "none": no mode at all
    skipped: dict[str, int] = field(default_factory=dict)
    merged: list[str] = field(default_factory=list)
    merged_count: int = 0
    duplicates: list[list[str]] = field(default_factory=list)
    duplicate_count: int = 0
    without_theme: list[str] = field(default_factory=list)
    without_theme_count: int = 0
    without_coordinates: list[str] = field(default_factory=list)
    without_coordinates_count: int = 0
    gaps: dict[str, list[str]] = field(default_factory=dict)
    themes_by_municipality: dict[str, set[str]] = field(default_factory=lambda:
                                                        defaultdict(set))
    region_themes: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    national_themes: set[str] = field(default_factory=set)
    invalid: list[Skipped] = field(default_factory=list)  # records left out (--skip-invalid)
    former: list[str] = field(default_factory=list)  # former municipalities met, as notes

    def as_json(self) -> Rec:
        return {
            "services": self.services,
            "per_source": self.per_source,
            "per_municipality": dict(sorted(self.per_municipality.items())),
            "per_mode": dict(sorted(self.per_mode.items())),
            "skipped": self.skipped,
            "merged": {"count": self.merged_count, "ids": self.merged},
            "probable_duplicates": {"count": self.duplicate_count, "groups": self.duplicates},
            "without_priority_area": {"count": self.without_theme_count,
                                      "ids": self.without_theme},
            "without_coordinates": {"count": self.without_coordinates_count,
                                    "ids": self.without_coordinates},
            "gaps": self.gaps,
            "left_out": [{"source": s.file, "line": s.line, "id": s.rid,
                          "problems": [{"field": p.field, "problem": p.message()}
                                       for p in s.problems]} for s in self.invalid],
            "former_municipalities": self.former,
        }


@dataclass
class Options:
    sources: list[Path]
    fmt: str | None = None
    checklists: Path | None = None
    places: Path | None = None
    mapping: Path | None = None
    skip_invalid: bool = False
    today: date = field(default_factory=date.today)
    need_defaults: bool = True
    scratch_dir: Path | None = None  # where the scratch database goes (default: temp dir)
    vocabulary: Path | None = None  # search vocabulary CSV (default: the starting one)
    word_forms: bool = True  # add the Finnish word forms of the catalogue's words


@dataclass
class Result:
    problems: Problems
    report: Report
    taxonomies: list[Rec]
    terms: list[Rec]
    checklists: list[Rec]
    places: list[Rec]
    ctx: Ctx

    @property
    def blocking(self) -> bool:
        return self.problems.error_count - self.ctx.forgiven > 0

    @property
    def blocking_before_services(self) -> bool:
        """Whether something outside any one record already blocks (a source that cannot
        be read, a bad mapping): then writing need not start. Under ``--skip-invalid`` the
        errors staged with records do not count: those records will be left out."""
        staged = self.ctx.staged_errors if self.ctx.skip_invalid else 0
        return self.problems.error_count - self.ctx.forgiven - staged > 0


class Blocked(Exception):
    """Raised from the service stream when the build turned out to have blocking errors,
    so that the bundle writer throws away what it has written."""


def _check_value(rec: Rec, source: str, line: int, out: list[Any]) -> None:
    """What the laptop's reader refuses in a line: lone surrogates, NaN/Infinity, nesting
    deeper than it reads (``hytedesk.bundle.jsontext``), named by source line and field."""
    bad = check_value(rec)
    if bad is not None:
        out.append(Problem.of(source, line, bad.field, bad.key, **bad.params))


# --- auxiliary inputs: checklists and places ------------------------------------------


def _records_file(path: Path, kind: str, problems: Problems) -> list[Rec]:
    """Checklists or places from a JSON list, JSON Lines, or a bundle's member."""
    name = str(path)
    out: list[Rec] = []
    try:
        if path.suffix == ".hytebundle" or path.is_dir():
            from hytedesk.bundle.reader import BundleReader

            with BundleReader(path) as reader:
                return [rec for _n, rec, _refs in reader.records(kind)]
        seen: dict[str, int] = {}
        with open_binary(path) as f:
            for line, rec, _env in iter_json(f):
                before = problems.error_count
                scratch: list[Any] = []
                validate_record(kind, rec, name, line, scratch)
                _check_value(rec, name, line, scratch)
                problems.add_errors(scratch)
                rid = rec.get("id")
                if isinstance(rid, str) and rid in seen:
                    problems.error(name, line, "id", "p.duplicate_id", id=rid, first=seen[rid])
                elif isinstance(rid, str):
                    seen[rid] = line
                if problems.error_count == before:
                    out.append(rec)
    except SourceError as exc:
        problems.error(name, exc.line, exc.field, exc.key, **exc.params)
    except Exception as exc:  # BundleError and friends: report, never a traceback
        from hytedesk.bundle.errors import BundleError

        if isinstance(exc, BundleError):
            problems.add_errors(list(exc.problems))
        elif isinstance(exc, OSError):
            problems.error(name, 0, "", "admin.not_found")
        else:
            raise
    return out


# --- format detection -----------------------------------------------------------------


def detect_format(path: Path) -> str | None:
    if path.suffix == ".hytebundle" or (path.is_dir() and (path / "manifest.json").exists()):
        return "bundle"
    if path.is_dir() or path.name == "datapackage.json":
        return "hsds-package" if hsds.looks_like_package(path) else None
    suffix = path.suffix.lower()
    if suffix == ".zip":
        return "hsds-package" if hsds.looks_like_package(path) else None
    if suffix in (".csv", ".txt", ".xlsx", ".xls", ".ods"):
        return "spreadsheet"
    with open_binary(path) as f:
        for _line, rec, _env in iter_json(f):
            if ptv.looks_like(rec) or set(rec) <= {"id", "name"}:
                return "ptv"
            if hsds.looks_like(rec):
                return "hsds"
            return None
    return None


# --- the build ------------------------------------------------------------------------


class Builder:
    def __init__(self, opts: Options, workdir: Path) -> None:
        self.opts = opts
        self.problems = Problems()
        mapping = Mapping.load(opts.mapping, self.problems)
        self.ctx = Ctx(self.problems, CodeLists.load(), mapping, opts.today,
                       skip_invalid=opts.skip_invalid)
        self.staging = Staging(workdir)
        self.report = Report()

    def close(self) -> None:
        self.staging.close()

    def run(self) -> Result:
        """Reads every source and the auxiliary inputs; the services then come from
        ``services()``, checked one by one as they stream to the writer."""
        checklists, places = self._aux()
        self.places = places
        for p in places:
            if p.get("type") == "postal_area" and p.get("postal_code") and p.get("municipality"):
                self.ctx.postal_municipality[str(p["postal_code"])] = str(p["municipality"])
        for path in self.opts.sources:
            self._read_source(path, places)
            self.staging.commit()
        taxonomies, terms = self._taxonomy_records()
        known = {t["id"] for t in terms}
        for c in checklists:
            for g, group in enumerate(c.get("groups") or []):
                for i, item in enumerate(group.get("items") or []):
                    for t in item.get("terms") or []:
                        if t not in known:
                            self.problems.error(
                                str(self.opts.checklists or demo_bundle()), 0,
                                f"{c.get('id')}.groups[{g}].items[{i}].terms",
                                "admin.checklist_term", ref=t)
        self.report.per_source = dict(self.ctx.stats.per_source)
        self.staging.commit()
        self.known_terms = known
        self.vocabulary = read_vocabulary(self.opts.vocabulary or DEFAULT_VOCABULARY,
                                          self.problems)
        self.catalogue_words: set[str] = set()
        self.result = Result(self.problems, self.report, taxonomies, terms, checklists, places,
                             self.ctx)
        return self.result

    def search_terms(self) -> Iterator[Rec]:
        """The search vocabulary and the word forms of the services streamed so far (the
        bundle writer asks for these after the services)."""
        forms = word_forms(self.catalogue_words) if self.opts.word_forms else {}
        yield from search_term_records(self.vocabulary, forms, self.known_terms,
                                       self.problems,
                                       str(self.opts.vocabulary or DEFAULT_VOCABULARY))

    def services(self, *, abort_when_blocking: bool = False) -> Iterator[Rec]:
        """The finished services, in id order; fills the report as they pass."""
        contacts = self._crisis_contacts()
        for rec in self._finalise(self.places):
            contacts.pop(rec.get("id"), None)  # type: ignore[arg-type]
            if self.opts.word_forms:
                service_words(rec, self.catalogue_words)
            yield rec
        for sid, where in contacts.items():
            # Not blocking: the app skips a contact it cannot find (docs/bundle-format.md).
            self.problems.warn(str(self.opts.checklists), 0, where,
                               "admin.crisis_contact_missing", ref=sid)
        self._duplicates()
        self.report.skipped = dict(self.ctx.stats.skipped)
        self.report.former = sorted(self.ctx.former.values())
        self.staging.end_transaction()
        if abort_when_blocking and self.result.blocking:
            raise Blocked()

    def _crisis_contacts(self) -> dict[str, str]:
        """The crisis contacts a given checklist file names: service id -> where. The demo
        checklist used by default names the demo catalogue's helplines, which another
        catalogue lacks by design, so it is not checked."""
        out: dict[str, str] = {}
        if self.opts.checklists is None:
            return out
        for c in self.result.checklists:
            for g, group in enumerate(c.get("groups") or []):
                for i, item in enumerate(group.get("items") or []):
                    for sid in item.get("crisis_contacts") or []:
                        if isinstance(sid, str):
                            out.setdefault(sid, f"{c.get('id')}.groups[{g}].items[{i}]"
                                                ".crisis_contacts")
        return out

    def _aux(self) -> tuple[list[Rec], list[Rec]]:
        o = self.opts
        checklists: list[Rec] = []
        places: list[Rec] = []
        demo = demo_bundle()
        if o.checklists is not None:
            checklists = _records_file(o.checklists, "checklist", self.problems)
        if o.places is not None:
            places = _records_file(o.places, "place", self.problems)
        if o.need_defaults and (o.checklists is None or o.places is None):
            if not demo.exists():
                from hytedesk.base.i18n import UserError

                raise UserError("admin.no_defaults", demo=str(demo))
            if o.checklists is None:
                checklists = _records_file(demo, "checklist", self.problems)
            if o.places is None:
                places = _records_file(demo, "place", self.problems)
        return checklists, places

    def _read_source(self, path: Path, places: list[Rec]) -> None:
        display = str(path)
        try:
            fmt = self.opts.fmt or detect_format(path)
            if fmt is None:
                raise SourceError("admin.unknown_format")
            if fmt == "ptv":
                ptv.read(path, display, self.staging, self.ctx)
            elif fmt == "hsds":
                hsds.read_json(path, display, self.staging, self.ctx)
            elif fmt == "bundle":
                hsds.read_bundle(path, display, self.staging, self.ctx)
            elif fmt == "hsds-package":
                hsds.read_package(path, display, self.staging, self.ctx)
            else:
                spreadsheet.read(path, display, self.staging, self.ctx, places)
        except SourceError as exc:
            self.problems.error(display, exc.line, exc.field, exc.key, **exc.params)
        except OSError as exc:
            self.problems.error(display, 0, "", "admin.file_read", error=exc.strerror or str(exc))

    # --- per service ---------------------------------------------------------------

    def _convert(self, fmt: str, source: str, line: int, raw: Rec) -> Rec:
        origin = Origin(source, source, line)
        if fmt == "ptv":
            return ptv.convert(raw, self.staging, self.ctx, origin)
        rec = raw
        # Terms from a source's own PTV classification map to themes and situations.
        extra: list[str] = []
        for t in term_ids(rec):
            if t in self.ctx.codes.terms:
                extra.extend(self.ctx.mapping.terms_for(t))
        if extra:
            add_terms(rec, extra)
        return rec

    def _finalise(self, places: list[Rec]) -> Iterator[Rec]:
        regions: dict[str, set[str]] = defaultdict(set)
        all_municipalities: set[str] = set()
        for p in places:
            if p.get("type") == "municipality" and isinstance(p.get("municipality"), str):
                all_municipalities.add(p["municipality"])
                if p.get("region"):
                    regions[str(p["region"]).lower()].add(p["municipality"])
        known_terms = set(self.ctx.codes.terms) | {t["id"] for t in fixed_taxonomies()[1]}
        stats = self.ctx.stats
        for group in self.staging.service_groups():
            before = self.problems.error_count
            listed_before = len(self.problems.errors)
            merged: Rec | None = None
            first: tuple[str, int] | None = None
            per_source: dict[str, tuple[int, str]] = {}
            staged_errors = 0
            for fmt, source, line, raw, errs in group:
                if len(group) > 1:
                    h = canonical_json(raw)
                    prev = per_source.get(source)
                    if prev is not None:
                        if prev[1] != h:
                            self.problems.error(source, line, "id", "admin.dup_conflict",
                                                id=raw.get("id"), first=prev[0])
                        else:
                            stats.identical_duplicates += 1
                        continue
                    per_source[source] = (line, h)
                staged_errors += errs
                try:
                    rec = self._convert(fmt, source, line, raw)
                except (TypeError, AttributeError, ValueError, KeyError) as exc:
                    # A value of an unexpected type deep inside a record: name the record.
                    self.problems.error(source, line, "", "admin.bad_shape", format=fmt,
                                        error=f"{type(exc).__name__}: {exc}"[:120])
                    continue
                if merged is None:
                    merged, first = rec, (source, line)
                else:
                    assert first is not None
                    self.problems.warn(source, line, "id", "admin.merged", id=rec["id"],
                                       other=f"{first[0]}:{first[1]}")
                    merged = _merge(merged, rec)
                    self.report.merged_count += 1
                    if len(self.report.merged) < MAX_REPORT_IDS:
                        self.report.merged.append(rec["id"])
            if merged is None or first is None:
                errors = self.problems.error_count - before + staged_errors
                if errors and self.opts.skip_invalid:
                    _fmt, source, line, raw, _errs = group[0]
                    self.ctx.forgiven += staged_errors
                    self.ctx.staged_errors -= staged_errors
                    self.ctx.skip(source, line, str(raw.get("id")), errors - staged_errors, 0)
                continue
            # No invisible format characters in what laptops will show (hytedesk.base.text).
            merged = clean_record(merged)
            service_modes = modes.apply(merged, self.ctx.mapping.service_modes.get(merged["id"]))
            src, line = first
            # Attributes must name known terms.
            attrs = []
            for i, a in enumerate(merged.get("attributes") or []):
                tid = a.get("taxonomy_term_id") if isinstance(a, dict) else None
                if tid in known_terms or tid in self.ctx.terms:
                    attrs.append(a)
                else:
                    self.problems.warn(src, line, f"attributes[{i}]", "admin.unknown_uri",
                                       uri=tid)
            if attrs:
                merged["attributes"] = attrs
            else:
                merged.pop("attributes", None)
            scratch: list[Any] = []
            validate_record("service", merged, src, line, scratch)
            _check_value(merged, src, line, scratch)
            if any(p.key == "admin.no_org" for p in self.problems.errors[listed_before:]):
                # Already said in the source's own terms; the generic echo adds nothing.
                scratch = [p for p in scratch if not p.field.startswith("organization")]
            self.problems.add_errors(scratch)
            errors = self.problems.error_count - before + staged_errors
            if errors:
                if self.opts.skip_invalid:
                    self.ctx.forgiven += staged_errors  # counted at reading, forgiven now
                    self.ctx.staged_errors -= staged_errors
                    self.ctx.skip(src, line, merged.get("id"), errors - staged_errors, 0)
                continue
            self._warnings(merged, src, line)
            self._account(merged, regions)
            for m in sorted(service_modes) or ["none"]:
                self.report.per_mode[m] += 1
            key = _dup_key(merged)
            if key:
                self.staging.add_dupkey(key, merged["id"], src, line)
            self.report.services += 1
            yield merged
        # Gaps: municipalities lacking a priority area.
        municipalities = all_municipalities or set(self.report.per_municipality) - {"Suomi"}
        region_of = {m: region for region, ms in regions.items() for m in ms}
        for m in sorted(municipalities):
            have = (self.report.themes_by_municipality.get(m, set())
                    | self.report.national_themes
                    | self.report.region_themes.get(region_of.get(m, ""), set()))
            missing = [t for t in THEMES if t not in have]
            if missing:
                self.report.gaps[m] = missing

    def _warnings(self, rec: Rec, src: str, line: int) -> None:
        p = self.problems
        sals = rec.get("service_at_locations") or []
        for i, sal in enumerate(sals):
            loc = sal.get("location") or {}
            if loc.get("location_type") == "physical" and "latitude" not in loc:
                p.warn(src, line, f"service_at_locations[{i}].location", "admin.w_no_coords")
        phones = bool(rec.get("phones")) or any(
            (sal.get("location") or {}).get("phones") for sal in sals)
        if not (phones or rec.get("email") or rec.get("url")):
            p.warn(src, line, "", "admin.w_no_contact")
        has_schedule = bool(rec.get("schedules")) or any(
            sal.get("schedules") or (sal.get("location") or {}).get("schedules") for sal in sals)
        if not has_schedule:
            p.warn(src, line, "schedules", "admin.w_no_schedule")
        checked = parse_date(rec.get("assured_date")) or parse_date(rec.get("last_modified"))
        if checked is not None and checked < self.opts.today - timedelta(days=365):
            p.warn(src, line, "assured_date" if rec.get("assured_date") else "last_modified",
                   "admin.w_stale", date=checked.isoformat())

    def _account(self, rec: Rec, regions: dict[str, set[str]]) -> None:
        r = self.report
        terms = set(term_ids(rec))
        themes = {t for t in terms if t in THEMES}
        if not themes:
            r.without_theme_count += 1
            if len(r.without_theme) < MAX_REPORT_IDS:
                r.without_theme.append(rec["id"])
        # Without coordinates: an in-person service that no distance can be measured to
        # (phone, video and web services need none).
        in_person = "mode:in-person" in terms
        has_coords = any("latitude" in (sal.get("location") or {})
                         for sal in rec.get("service_at_locations") or [])
        if in_person and not has_coords:
            r.without_coordinates_count += 1
            if len(r.without_coordinates) < MAX_REPORT_IDS:
                r.without_coordinates.append(rec["id"])
        # Where it counts: its locations' municipalities, else its service areas. For the
        # gaps, a region-wide or national service covers every municipality of the region
        # or the country; those are kept as sets of their own and joined at the end.
        located: set[str] = set()
        for sal in rec.get("service_at_locations") or []:
            for a in (sal.get("location") or {}).get("addresses") or []:
                if isinstance(a.get("city"), str) and a["city"].strip():
                    located.add(a["city"].strip())
        areas: set[str] = set()
        for area in rec.get("service_areas") or []:
            name = str(area.get("name") or "").strip()
            key = name.lower()
            if key in NATIONAL:
                r.national_themes |= themes
                areas.add("Suomi")
            elif key in regions:
                r.region_themes[key] |= themes
                areas.add(name)
            elif name:
                r.themes_by_municipality[name] |= themes
                areas.add(name)
        for m in located:
            r.themes_by_municipality[m] |= themes
        for m in located or areas:
            r.per_municipality[m] += 1

    def _duplicates(self) -> None:
        for group in self.staging.duplicates():
            self.report.duplicate_count += 1
            ids = [rid for rid, _s, _l in group]
            if len(self.report.duplicates) < MAX_REPORT_IDS:
                self.report.duplicates.append(ids)
            first = group[0]
            for rid, source, line in group[1:]:
                self.problems.warn(source, line, "name", "admin.probable_duplicate",
                                   other=first[0], where=f"{first[1]}:{first[2]}")
                del rid

    def _taxonomy_records(self) -> tuple[list[Rec], list[Rec]]:
        fixed_tax, fixed_terms = fixed_taxonomies()
        taxonomies: dict[str, Rec] = {t["id"]: t for t in fixed_tax}
        for tid, t in self.ctx.taxonomies.items():
            taxonomies.setdefault(tid, t)
        terms: dict[str, Rec] = {t["id"]: t for t in fixed_terms}
        for tid, t in self.ctx.codes.terms.items():
            terms.setdefault(tid, t)
        for tid, t in self.ctx.terms.items():
            terms.setdefault(tid, t)
        for t in terms.values():
            if t["taxonomy_id"] not in taxonomies:
                taxonomies[t["taxonomy_id"]] = {"id": t["taxonomy_id"], "name": t["taxonomy_id"]}
            if t.get("parent_id") and t["parent_id"] not in terms:
                t.pop("parent_id")
        return (sorted(taxonomies.values(), key=lambda t: t["id"]),
                sorted(terms.values(), key=lambda t: t["id"]))


def _norm(text: Any) -> str:
    return re.sub(r"\W+", " ", str(text or "").lower()).strip()


def _dup_key(rec: Rec) -> str | None:
    org = (rec.get("organization") or {}).get("name")
    cities = sorted({_norm(a.get("city")) for sal in rec.get("service_at_locations") or []
                     for a in (sal.get("location") or {}).get("addresses") or []
                     if a.get("city")})
    if not cities:
        cities = sorted(_norm(a.get("name")) for a in rec.get("service_areas") or [])
    if not rec.get("name") or not org or not cities:
        return None
    return f"{_norm(rec['name'])}|{_norm(org)}|{cities[0]}"


LIST_FIELDS = ("service_at_locations", "phones", "schedules", "service_areas", "languages",
               "cost_options", "attributes", "contacts", "required_documents")


def _merge(a: Rec, b: Rec) -> Rec:
    """``a`` with what only ``b`` has: missing fields, list items with new ids, translations."""
    out = dict(a)
    for key, value in b.items():
        if key in LIST_FIELDS and isinstance(value, list):
            have = {json.dumps(x.get("id")) for x in out.get(key) or [] if isinstance(x, dict)}
            extra = [x for x in value
                     if isinstance(x, dict) and json.dumps(x.get("id")) not in have]
            if extra:
                out[key] = [*(out.get(key) or []), *extra]
        elif key == "translations" and isinstance(value, dict):
            tr = {lang: dict(v) for lang, v in (out.get("translations") or {}).items()}
            for lang, fields in value.items():
                for f, text in (fields or {}).items():
                    tr.setdefault(lang, {}).setdefault(f, text)
            out["translations"] = tr
        elif key not in out or out[key] in (None, ""):
            out[key] = value
    if isinstance(out.get("attributes"), list):
        out["attributes"] = sorted(out["attributes"], key=lambda x: str(x.get("taxonomy_term_id")))
    return out


def build(opts: Options) -> tuple[Result, Builder, tempfile.TemporaryDirectory[str]]:
    """Reads the sources; the caller streams ``builder.services()`` (to the writer, or
    just through for validation) and then closes both."""
    tmp = tempfile.TemporaryDirectory(prefix=".hytedesk-build-", dir=opts.scratch_dir)
    builder = Builder(opts, Path(tmp.name))
    try:
        result = builder.run()
    except BaseException:
        builder.close()
        tmp.cleanup()
        raise
    return result, builder, tmp

