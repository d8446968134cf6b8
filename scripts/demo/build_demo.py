#!/usr/bin/env python3
"""Builds the embedded demo catalogue, ``hytedesk/resources/demo/kainuu-demo.hytebundle``.

Usage (from the repository root)::

    .venv/bin/python scripts/demo/build_demo.py [--out PATH] [--reference PATH]

The hand-written content lives beside this script (``demo_*.py``); the PTV service classes,
life events and target groups are read from the PTV code lists in
``tests/fixtures/reference/ptv/code-lists/``. The output is deterministic: the same inputs give a
byte-identical bundle (fixed ``created`` time, tar headers from the bundle writer, records in
a fixed order, no clock or randomness anywhere).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Final

from demo_checklist import CHECKLIST_ID, CHECKLIST_NAME, GROUPS
from demo_helplines import ASSURED as HELPLINES_ASSURED
from demo_helplines import HELPLINES
from demo_model import Helpline, Org, Sched, Svc
from demo_orgs import ORGS
from demo_places import MUNICIPALITIES, MUNICIPALITY_POSTAL, REGION, VILLAGES
from demo_services import SERVICES
from demo_taxonomies import OWN_TERMS, PTV_TAXONOMIES, TAXONOMIES

from hytedesk.admin.problems import Problems  # noqa: E402
from hytedesk.admin.vocabulary import (  # noqa: E402
    DEFAULT_VOCABULARY,
    read_vocabulary,
    search_term_records,
    service_words,
    word_forms,
)
from hytedesk.bundle import validate_bundle, write_bundle

HERE: Final = Path(__file__).resolve().parent
REPO: Final = HERE.parent.parent
DEFAULT_OUT: Final = REPO / "hytedesk" / "resources" / "demo" / "kainuu-demo.hytebundle"
DEFAULT_REFERENCE: Final = REPO / "tests" / "fixtures" / "reference"

CATALOGUE_ID: Final = "kainuu-demo"
VERSION: Final = 1
CREATED: Final = "2026-11-01T00:00:00Z"
SOURCE: Final = (
    "HyteDesk-esimerkkiluettelo: keksitty esimerkkiaineisto Kainuun kahdeksasta kunnasta. "
    "Paikalliset palvelut, osoitteet, puhelinnumerot ja aikataulut ovat kuviteltuja; "
    "valtakunnalliset auttavat puhelimet on tarkistettu 1.11.2026. "
    "Invented sample data for Kainuu (demo catalogue); PTV code lists: PTV 3.4 seed data."
)
LANG_NAMES: Final = {"fi": "suomi", "sv": "ruotsi", "en": "englanti"}
Rec = dict[str, Any]


# ------------------------------------------------------------------------------ helpers


def slug(text: str) -> str:
    """ASCII id part: "Pyhäntä (Ristijärvi)" -> "pyhanta-ristijarvi"."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


def tr3(fi: str, sv: str, en: str) -> dict[str, str]:
    return {"fi": fi, "sv": sv, "en": en}


def money(amount: float) -> int | float:
    """3.0 -> 3 (JSON ``3``), 2.5 stays 2.5."""
    return int(amount) if float(amount).is_integer() else amount


def notation_key(code: str) -> tuple[Any, ...]:
    """Natural order of PTV notations: P2 < P10, P5.2 < P5.10."""
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", code) if p)


def jitter(seed: str) -> tuple[float, float]:
    """A small fixed offset (at most ~400 m) so that venues of one place do not overlap."""
    h = hashlib.sha256(seed.encode()).digest()
    return (h[0] - 128) / 128 * 0.0035, (h[1] - 128) / 128 * 0.007


# ------------------------------------------------------------------------------ taxonomies


class Terms:
    """Every taxonomy term of the bundle, and the PTV notation -> URI look-up."""

    def __init__(self, reference: Path) -> None:
        self.taxonomies: list[Rec] = []
        self.terms: list[Rec] = []
        self.uri: dict[str, dict[str, str]] = {}  # taxonomy id -> notation -> term id
        self._own()
        self._ptv(reference / "ptv" / "code-lists")
        self.ids = {t["id"] for t in self.terms}

    def _own(self) -> None:
        for tax_id, (name, desc) in TAXONOMIES.items():
            self.taxonomies.append({
                "id": tax_id, "name": name[0], "description": desc[0], "version": "1",
                "translations": {"sv": {"name": name[1], "description": desc[1]},
                                 "en": {"name": name[2], "description": desc[2]}},
            })
            for code, fi, sv, en in OWN_TERMS[tax_id]:
                self.terms.append({
                    "id": f"{tax_id}:{code}", "name": fi, "code": code, "taxonomy_id": tax_id,
                    "translations": {"sv": {"name": sv}, "en": {"name": en}},
                })

    def _ptv(self, code_lists: Path) -> None:
        for tax_id, (file_name, prefix, name) in PTV_TAXONOMIES.items():
            scheme = prefix.rstrip("/")
            self.taxonomies.append({
                "id": tax_id, "name": name[0], "uri": scheme,
                "description": f"PTV:n koodisto {scheme} (PTV 3.4:n mukana toimitettu versio, "
                               "2022).",
                "version": "PTV 3.4 (2022-06-01)",
                "translations": {"sv": {"name": name[1]}, "en": {"name": name[2]}},
            })
            entries = json.loads((code_lists / file_name).read_text(encoding="utf-8"))
            # Keep the current scheme only: the legacy 'P7.12 Ulosotto' has no URI and the
            # second 'Immateriaalioikeudet' (P7.13) lives in an older scheme.
            kept = [e for e in entries if isinstance(e.get("Id"), str)
                    and e["Id"].startswith(prefix)]
            ids = {e["Id"] for e in kept}
            notation: dict[str, str] = {}
            for e in sorted(kept, key=lambda e: notation_key(e["Notation"])):
                label = e["Label"]
                term: Rec = {
                    "id": e["Id"], "name": label["Fi"], "code": e["Notation"],
                    "taxonomy_id": tax_id, "term_uri": e["Id"],
                }
                parents = [p for p in e.get("BroaderUris") or [] if p in ids]
                if parents:
                    term["parent_id"] = parents[0]
                if e.get("OldUri"):
                    term["alternate_uris"] = [e["OldUri"]]
                notes = e.get("Notes") or {}
                if notes.get("Fi"):
                    term["description"] = notes["Fi"]
                translations: dict[str, dict[str, str]] = {}
                for lang, key in (("sv", "Sv"), ("en", "En")):
                    fields = {"name": label[key]} if label.get(key) else {}
                    if notes.get(key):
                        fields["description"] = notes[key]
                    if fields:
                        translations[lang] = fields
                term["translations"] = translations
                self.terms.append(term)
                if e["Notation"] in notation:
                    raise ValueError(f"{file_name}: notation {e['Notation']} twice")
                notation[e["Notation"]] = e["Id"]
            self.uri[tax_id] = notation

    def ptv(self, code: str) -> str:
        """``KE11`` / ``P5.7`` / ``KR1.1`` -> the term id (URI); unknown codes fail the build."""
        tax = ("ptv-life-event" if code.startswith("KE")
               else "ptv-target-group" if code.startswith("KR") else "ptv-service-class")
        try:
            return self.uri[tax][code]
        except KeyError:
            raise ValueError(f"unknown PTV code {code!r}") from None

    def check(self, term_id: str, where: str) -> str:
        if term_id not in self.ids:
            raise ValueError(f"{where}: unknown taxonomy term {term_id!r}")
        return term_id


# ------------------------------------------------------------------------------ places


def places() -> Iterator[Rec]:
    codes = {m.name: m.code for m in MUNICIPALITIES}
    for m in MUNICIPALITIES:
        rec: Rec = {
            "id": f"place:{slug(m.name)}", "name": m.name, "type": "municipality",
            "municipality": m.name, "municipality_code": m.code, "region": REGION,
            "postal_code": None, "latitude": m.lat, "longitude": m.lon,
        }
        if m.name_sv:
            rec["translations"] = {"sv": {"name": m.name_sv}}
        yield rec
    for v in VILLAGES:
        rec = {
            "id": f"place:{slug(v.municipality)}:{slug(v.name)}", "name": v.name,
            "type": "village", "municipality": v.municipality,
            "municipality_code": codes[v.municipality], "region": REGION,
            "postal_code": v.postal_code, "latitude": v.lat, "longitude": v.lon,
        }
        if v.name_sv:
            rec["translations"] = {"sv": {"name": v.name_sv}}
        yield rec


# ------------------------------------------------------------------------------ checklist


def checklist(terms: Terms) -> Rec:
    helplines = {h.key for h in HELPLINES}
    groups = []
    for g in GROUPS:
        items = []
        for it in g.items:
            refs = [f"life-situation:{it.id}", *(f"hyte-theme:{t}" for t in it.themes),
                    *(terms.ptv(code) for code in it.ptv)]
            item: Rec = {
                "id": it.id, "label": tr3(*it.label), "help": tr3(*it.help),
                "red_flag": it.red_flag,
                "terms": [terms.check(t, f"checklist item {it.id}") for t in refs],
            }
            if it.red_flag:
                unknown = [k for k in it.crisis if k not in helplines]
                if unknown:
                    raise ValueError(f"checklist item {it.id}: unknown helplines {unknown}")
                item["crisis_contacts"] = [f"national-{k}" for k in it.crisis]
                if it.urgency is not None:
                    item["urgency"] = it.urgency
            if it.about_close_one:
                item["about_close_one"] = True
            items.append(item)
        groups.append({"id": g.id, "label": tr3(*g.label), "items": items})
    return {"id": CHECKLIST_ID, "name": tr3(*CHECKLIST_NAME), "groups": groups}


# ------------------------------------------------------------------------------ services


def organization(org: Org, *, invented: bool) -> Rec:
    rec: Rec = {"id": f"org-{org.key}", "name": org.name}
    if org.description:
        rec["description"] = org.description
    website = f"https://example.fi/{org.key}" if invented else org.website
    if website:
        rec["website"] = website
    translations = {lang: {"name": name} for lang, name in (("sv", org.sv), ("en", org.en))
                    if name}
    if translations:
        rec["translations"] = translations
    return rec


def schedules(sid: str, items: Iterable[Sched], tag: str = "sch") -> list[Rec]:
    out = []
    for n, s in enumerate(items, 1):
        rec: Rec = {"id": f"{sid}-{tag}-{n}", "freq": s.freq, "byday": s.byday}
        if s.opens:
            rec["opens_at"] = s.opens
        if s.closes:
            rec["closes_at"] = s.closes
        if s.description:
            rec["description"] = s.description
        out.append(rec)
    return out


def languages(sid: str, codes: Iterable[str]) -> list[Rec]:
    return [{"id": f"{sid}-lang-{c}", "code": c, "name": LANG_NAMES[c]} for c in codes]


def attributes(sid: str, terms: Terms, provider_type: str, modes: Iterable[str],
               themes: Iterable[int], situations: Iterable[str],
               ptv_codes: Iterable[str]) -> list[Rec]:
    refs = [f"provider-type:{provider_type}", *(f"mode:{m}" for m in modes),
            *(f"hyte-theme:{t}" for t in themes),
            *(f"life-situation:{s}" for s in situations), *(terms.ptv(c) for c in ptv_codes)]
    if len(set(refs)) != len(refs):
        raise ValueError(f"{sid}: an attribute twice")
    return [{"id": f"{sid}-attr-{n}", "taxonomy_term_id": terms.check(t, sid)}
            for n, t in enumerate(refs, 1)]


def translations(sv: tuple[str, str] | None, en: tuple[str, str] | None) -> Rec:
    out: Rec = {}
    for lang, pair in (("sv", sv), ("en", en)):
        if pair:
            out[lang] = {"name": pair[0], "description": pair[1]}
    return out


def local_service(s: Svc, terms: Terms, orgs: dict[str, Org], phone_no: int) -> Rec:
    sid = f"demo-{s.key}"
    org = orgs[s.org]
    if s.municipality not in MUNICIPALITY_POSTAL:
        raise ValueError(f"{sid}: unknown municipality {s.municipality}")
    rec: Rec = {
        "id": sid, "name": s.name, "description": s.description, "status": s.status,
        "url": f"https://example.fi/{s.org}/{s.key}",
        "assured_date": s.assured,
        "organization": organization(org, invented=True),
    }
    if s.email:
        rec["email"] = f"{s.key}@example.fi"
    if s.alert:
        rec["alert"] = s.alert
    if s.min_age is not None:
        rec["minimum_age"] = s.min_age
    if s.max_age is not None:
        rec["maximum_age"] = s.max_age
    if s.referral_required:
        rec["application_process"] = (
            "Palveluun ohjaa ammattilainen: kysy kotihoidosta, terveysasemalta tai "
            "palveluohjauksesta.")
    village = next((v for v in VILLAGES if v.name == s.village), None)
    if s.village and (village is None or village.municipality != s.municipality):
        raise ValueError(f"{sid}: {s.village} is not a village of {s.municipality}")
    sals = []
    if "in-person" in s.modes:
        if not s.street or not s.venue:
            raise ValueError(f"{sid}: an in-person service needs a street and a venue")
        if village is not None:
            lat, lon = village.lat, village.lon
            postal = village.postal_code
        else:
            m = next(m for m in MUNICIPALITIES if m.name == s.municipality)
            lat, lon = m.lat, m.lon
            postal = MUNICIPALITY_POSTAL[s.municipality]
        if not postal:
            raise ValueError(f"{sid}: no postal code for {s.village}")
        dlat, dlon = jitter(sid)
        sals.append({
            "id": f"{sid}-sal-1",
            "location": {
                "id": f"{sid}-loc-1", "location_type": "physical", "name": s.venue,
                "latitude": round(lat + dlat, 5), "longitude": round(lon + dlon, 5),
                "addresses": [{
                    "id": f"{sid}-addr-1", "address_1": s.street, "city": s.municipality,
                    "postal_code": postal, "state_province": REGION, "country": "FI",
                    "address_type": "physical",
                }],
            },
        })
    elif "video" in s.modes:
        sals.append({
            "id": f"{sid}-sal-1",
            "location": {"id": f"{sid}-loc-1", "location_type": "virtual",
                         "name": "Videoyhteys: linkki lähetetään ilmoittautuneille"},
        })
    if sals:
        rec["service_at_locations"] = sals
    rec["phones"] = [{"id": f"{sid}-phone-1", "number": f"040 000 {phone_no:04d}",
                      "type": "voice"}]
    if s.schedules:
        rec["schedules"] = schedules(sid, s.schedules)
    rec["service_areas"] = [{"id": f"{sid}-area-{n}", "name": name}
                            for n, name in enumerate(s.areas or (s.municipality,), 1)]
    rec["languages"] = languages(sid, s.languages)
    if s.cost is not None:
        if s.cost == 0:
            rec["fees_description"] = s.cost_note or "Maksuton."
            rec["cost_options"] = [{"id": f"{sid}-cost-1", "option": "Maksuton", "amount": 0,
                                    "currency": "EUR"}]
        else:
            rec["fees_description"] = s.cost_note or "Maksullinen."
            co: Rec = {"id": f"{sid}-cost-1", "option": "Maksu", "amount": money(s.cost),
                       "currency": "EUR"}
            if s.cost_note:
                co["amount_description"] = s.cost_note
            rec["cost_options"] = [co]
    rec["attributes"] = attributes(
        sid, terms, org.provider_type, s.modes, s.themes, s.situations,
        (*s.ptv_classes, *s.ptv_events, *s.ptv_groups))
    tr = translations(s.sv, s.en)
    if tr:
        rec["translations"] = tr
    rec["hytedesk"] = {"sample": True, "referral_required": s.referral_required}
    return rec


def helpline(h: Helpline, terms: Terms) -> Rec:
    sid = f"national-{h.key}"
    rec: Rec = {
        "id": sid, "name": h.name, "description": h.description, "status": "active",
        "url": h.url, "assured_date": HELPLINES_ASSURED,
        "organization": organization(h.org, invented=False),
    }
    if h.alert:
        rec["alert"] = h.alert
    phones = []
    for n, line in enumerate(h.phones, 1):
        p: Rec = {"id": f"{sid}-phone-{n}", "number": line.number, "type": "voice"}
        if line.description:
            p["description"] = line.description
        p["languages"] = languages(f"{sid}-phone-{n}", line.languages)
        phones.append(p)
    rec["phones"] = phones
    if h.chat_schedules:
        rec["service_at_locations"] = [{
            "id": f"{sid}-sal-1",
            "location": {"id": f"{sid}-loc-chat", "location_type": "virtual",
                         "name": f"Chat ({h.url.removeprefix('https://')})",
                         "schedules": schedules(sid, h.chat_schedules, "chat")},
        }]
    rec["schedules"] = schedules(sid, h.schedules)
    rec["service_areas"] = [{"id": f"{sid}-area-1", "name": "Suomi"}]
    rec["languages"] = languages(sid, h.languages)
    rec["fees_description"] = h.cost_note
    if h.free:
        rec["cost_options"] = [{"id": f"{sid}-cost-1", "option": "Maksuton", "amount": 0,
                                "currency": "EUR", "amount_description": h.cost_note}]
    else:
        rec["cost_options"] = [{"id": f"{sid}-cost-1", "option": "Puhelun hinta",
                                "amount_description": h.cost_note}]
    rec["attributes"] = attributes(
        sid, terms, "national", ("phone",), h.themes, h.situations,
        (*h.ptv_classes, *h.ptv_events, *h.ptv_groups))
    tr = translations(h.sv, h.en)
    if tr:
        rec["translations"] = tr
    rec["hytedesk"] = {"sample": False}
    return rec


def services(terms: Terms) -> list[Rec]:
    orgs = {o.key: o for o in ORGS}
    if len(orgs) != len(ORGS):
        raise ValueError("an organisation key twice")
    out = [helpline(h, terms) for h in HELPLINES]
    out += [local_service(s, terms, orgs, n) for n, s in enumerate(SERVICES, 1)]
    return out


def search_vocabulary(all_services: list[Rec], terms: Terms) -> list[Rec]:
    """The starting search vocabulary and the word forms of the demo's words, made the
    same way as hytedesk-admin build makes them (hytedesk/admin/vocabulary.py)."""
    problems = Problems()
    vocabulary = read_vocabulary(DEFAULT_VOCABULARY, problems)
    seen: set[str] = set()
    for rec in all_services:
        service_words(rec, seen)
    known = {t["id"] for t in terms.terms}
    out = list(search_term_records(vocabulary, word_forms(seen), known, problems))
    if problems.errors:
        raise ValueError(f"search vocabulary: {problems.errors[0]}")
    return out


# ------------------------------------------------------------------------------ main


def build(out: Path = DEFAULT_OUT, reference: Path = DEFAULT_REFERENCE) -> dict[str, Any]:
    """Writes the demo bundle to ``out``, validates it by reading it back, returns the manifest."""
    terms = Terms(reference)
    all_services = services(terms)
    manifest = write_bundle(
        out,
        catalogue_id=CATALOGUE_ID,
        version=VERSION,
        source=SOURCE,
        sample_data=True,
        created=CREATED,
        services=all_services,
        taxonomies=terms.taxonomies,
        taxonomy_terms=terms.terms,
        checklists=[checklist(terms)],
        places=list(places()),
        search_terms=search_vocabulary(all_services, terms),
    )
    validate_bundle(out)
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="bundle to write")
    parser.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE,
                        help="the reference folder with ptv/code-lists (tests/fixtures/reference)")
    args = parser.parse_args(argv)
    manifest = build(args.out, args.reference)
    counts = ", ".join(f"{k} {v}" for k, v in manifest["counts"].items())
    print(f"{args.out}: {counts}; {manifest['content_digest']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
