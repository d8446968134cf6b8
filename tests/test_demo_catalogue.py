"""The embedded demo catalogue (hytedesk/resources/demo/kainuu-demo.hytebundle) covers what the demo
needs: every priority area, life situation, provider type and attendance mode, the seed's
service examples, the confirmed national helplines exactly, plausible places, the referral
checklist of the seed; and rebuilding it gives the same bytes."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tarfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import zstandard

from hytedesk.bundle import BundleReader, content_digest, record_hash, validate_bundle

REPO = Path(__file__).resolve().parent.parent
DEMO = REPO / "hytedesk" / "resources" / "demo"
BUNDLE = DEMO / "kainuu-demo.hytebundle"
# The zstd library version the committed bundle was built with: other versions may compress the
# same lines into other bytes, so the byte-for-byte comparison with the committed file needs it.
_COMMITTED_ZSTD = (1, 5, 7)

MUNICIPALITIES = {  # name: (code, approximate centre)
    "Kajaani": ("205", 64.225, 27.733),
    "Hyrynsalmi": ("105", 64.676, 28.494),
    "Kuhmo": ("290", 64.126, 29.518),
    "Paltamo": ("578", 64.407, 27.838),
    "Puolanka": ("615", 64.869, 27.672),
    "Ristijärvi": ("697", 64.505, 28.215),
    "Sotkamo": ("765", 64.131, 28.390),
    "Suomussalmi": ("777", 64.887, 28.907),
}
CENTRE_POSTAL = {
    "Kajaani": "87100", "Hyrynsalmi": "89400", "Kuhmo": "88900", "Paltamo": "88300",
    "Puolanka": "89200", "Ristijärvi": "88400", "Sotkamo": "88600", "Suomussalmi": "89600",
}
THEMES = {f"hyte-theme:{n}" for n in range(1, 7)}
SITUATIONS = {
    f"life-situation:{s}" for s in (
        "illness", "relationship", "bereavement", "retirement", "caregiving",
        "end-of-life-care", "violence-crime", "peer-support", "loneliness", "mental-health",
        "substance-use", "money-management", "low-income", "debt", "lifestyle-change",
        "self-care", "care-ending", "acute-crisis",
    )
}
PROVIDER_TYPES = {f"provider-type:{p}" for p in (
    "municipality", "welfare-region", "ngo", "parish", "company", "national")}
MODES = {f"mode:{m}" for m in ("in-person", "phone", "video", "home-visit")}
PTV = "http://uri.suomi.fi/codelist/ptv/"
PTV_PREFIX = {
    "ptv-service-class": PTV + "ptvserclass2/code/",
    "ptv-life-event": PTV + "ptvelti/code/",
    "ptv-target-group": PTV + "ptvkohderyhmat/code/",
}
ALL_DAYS = "MO,TU,WE,TH,FR,SA,SU"

# The confirmed rows of reference/helplines.md: name, numbers, free of charge, life situations
# that must be attached, and the hours (byday, opens, closes) that must be present.
HELPLINES: dict[str, dict[str, Any]] = {
    "Hätänumero 112": {"numbers": ["112"], "free": True, "situations": {"acute-crisis"},
                       "hours": [(ALL_DAYS, "00:00", "24:00")]},
    "Päivystysapu 116117": {"numbers": ["116 117"], "free": True, "situations": set(),
                            "hours": [(ALL_DAYS, "00:00", "24:00")]},
    "MIELI Kriisipuhelin": {"numbers": ["09 2525 0111"], "free": False,
                            "situations": {"acute-crisis", "mental-health"},
                            "hours": [(ALL_DAYS, "00:00", "24:00")]},
    "Nollalinja": {"numbers": ["080 005 005", "116 016"], "free": True,
                   "situations": {"violence-crime"},
                   "hours": [(ALL_DAYS, "00:00", "24:00")]},
    "Myrkytystietokeskus": {"numbers": ["0800 147 111"], "free": True, "situations": set(),
                            "hours": [(ALL_DAYS, "00:00", "24:00")]},
    "Päihdeneuvonta": {"numbers": ["0800 900 45"], "free": True,
                       "situations": {"substance-use"},
                       "hours": [(ALL_DAYS, "00:00", "24:00")]},
    "Lasten ja nuorten puhelin": {"numbers": ["116 111", "0800 96 116"], "free": True,
                                  "situations": set(),
                                  "hours": [("MO,TU", "14:00", "17:00"),
                                            ("WE,TH", "14:00", "20:00")]},
    "Kirkon keskusteluapu": {"numbers": ["0400 22 11 80", "0400 22 11 90"], "free": False,
                             "situations": set(),
                             "hours": [(ALL_DAYS, "18:00", "24:00"),
                                       (ALL_DAYS, "20:00", "23:00")]},
    "Rikosuhripäivystys RIKU": {"numbers": ["116 006"], "free": True,
                                "situations": {"violence-crime"},
                                "hours": [("MO,TU,WE,TH,FR", "09:00", "20:00")]},
}


# ------------------------------------------------------------------------------ loading


def _load(path: Path) -> dict[str, Any]:
    with BundleReader(path) as reader:
        data: dict[str, Any] = {"manifest": dict(reader.manifest)}
        for kind in ("taxonomy", "taxonomy_term", "checklist", "place", "service",
                     "search_term"):
            data[kind] = [rec for _n, rec, _refs in reader.records(kind)]
    return data


@pytest.fixture(scope="module")
def demo() -> dict[str, Any]:
    assert BUNDLE.is_file(), "run scripts/demo/build_demo.py"
    return _load(BUNDLE)


@pytest.fixture(scope="module")
def services(demo: dict[str, Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = demo["service"]
    return found


def terms_of(svc: dict[str, Any]) -> list[str]:
    return [a["taxonomy_term_id"] for a in svc.get("attributes", [])]


def texts_of(svc: dict[str, Any]) -> str:
    return f"{svc['name']} {svc.get('description', '')}"


def is_sample(svc: dict[str, Any]) -> bool:
    return bool(svc.get("hytedesk", {}).get("sample"))


def free(svc: dict[str, Any]) -> bool:
    amounts = [c.get("amount") for c in svc.get("cost_options", [])]
    return 0 in amounts and not any(a is not None and a > 0 for a in amounts)


def areas(svc: dict[str, Any]) -> set[str]:
    return {a["name"] for a in svc.get("service_areas", [])}


def physical_locations(svc: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for sal in svc.get("service_at_locations", []):
        if sal["location"]["location_type"] == "physical":
            yield sal["location"]


def all_schedules(svc: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield from svc.get("schedules", [])
    for sal in svc.get("service_at_locations", []):
        yield from sal.get("schedules", [])
        yield from sal["location"].get("schedules", [])


# ------------------------------------------------------------------------------ manifest


def test_bundle_validates_with_the_project_reader() -> None:
    validate_bundle(BUNDLE)


def test_manifest(demo: dict[str, Any]) -> None:
    m = demo["manifest"]
    assert m["catalogue_id"] == "kainuu-demo"
    assert m["version"] == 1
    assert m["kind"] == "full"
    assert m["created"] == "2026-11-01T00:00:00Z"
    assert m["sample_data"] is True
    source = m["source"].lower()
    assert "kainuu" in source
    assert "invented sample data" in source and "keksitty" in source
    for kind, key in (("service", "services"), ("taxonomy", "taxonomies"),
                      ("taxonomy_term", "taxonomy_terms"), ("checklist", "checklists"),
                      ("place", "places")):
        assert m["counts"][key] == len(demo[kind])


def test_content_digest_matches_records(demo: dict[str, Any]) -> None:
    entries = [(kind, rec["id"], record_hash(rec))
               for kind in ("service", "taxonomy", "taxonomy_term", "checklist", "place",
                            "search_term")
               for rec in demo[kind]]
    assert content_digest(entries) == demo["manifest"]["content_digest"]


def _build(out: Path, reference: Path) -> None:
    subprocess.run(
        [sys.executable, str(REPO / "scripts" / "demo" / "build_demo.py"), "--out", str(out),
         "--reference", str(reference)],
        check=True, cwd=REPO, capture_output=True, text=True,
    )


def _members(path: Path) -> dict[str, bytes]:
    """The bundle's members, data members decompressed."""
    out: dict[str, bytes] = {}
    with tarfile.open(path) as tar:
        for member in tar.getmembers():
            f = tar.extractfile(member)
            assert f is not None
            data = f.read()
            if member.name.endswith(".zst"):
                data = zstandard.ZstdDecompressor().decompressobj().decompress(data)
            out[member.name] = data
    return out


def test_rebuild_is_identical(tmp_path: Path, reference_dir: Path) -> None:
    first, second = tmp_path / "a.hytebundle", tmp_path / "b.hytebundle"
    _build(first, reference_dir)
    _build(second, reference_dir)
    assert first.read_bytes() == second.read_bytes()  # deterministic, byte for byte
    rebuilt = _load(first)["manifest"]
    committed = _load(BUNDLE)["manifest"]
    assert rebuilt["content_digest"] == committed["content_digest"], (
        "the committed demo bundle is stale: run scripts/demo/build_demo.py")
    # Same records, same line order; the manifest differs only if another zstd version
    # compresses the same lines into other bytes.
    new, old = _members(first), _members(BUNDLE)
    assert new.keys() == old.keys()
    for name in new:
        if name != "manifest.json":
            assert new[name] == old[name], name
    if zstandard.ZSTD_VERSION == _COMMITTED_ZSTD:
        assert first.read_bytes() == BUNDLE.read_bytes()


# ------------------------------------------------------------------------------ coverage


def test_enough_services_in_every_municipality(services: list[dict[str, Any]]) -> None:
    assert len(services) >= 80
    located = {a["city"] for s in services for loc in physical_locations(s)
               for a in loc.get("addresses", [])}
    assert located == set(MUNICIPALITIES)
    served = {name for s in services for name in areas(s)}
    assert set(MUNICIPALITIES) <= served


def test_every_theme_situation_provider_type_and_mode_is_covered(
        services: list[dict[str, Any]]) -> None:
    used = {t for s in services for t in terms_of(s)}
    assert used >= THEMES
    assert used >= SITUATIONS
    assert used >= PROVIDER_TYPES
    assert used >= MODES


def test_every_service_is_classified(services: list[dict[str, Any]]) -> None:
    for s in services:
        terms = terms_of(s)
        assert len(terms) == len(set(terms)), s["id"]
        assert any(t in THEMES for t in terms), s["id"]
        assert any(t in SITUATIONS for t in terms), s["id"]
        assert sum(t in PROVIDER_TYPES for t in terms) == 1, s["id"]
        assert any(t in MODES for t in terms), s["id"]
        assert any(t.startswith(PTV_PREFIX["ptv-service-class"]) for t in terms), s["id"]
        assert any(t.startswith(PTV_PREFIX["ptv-target-group"]) for t in terms), s["id"]
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", s.get("assured_date", "")), s["id"]
        assert s["status"] in ("active", "temporarily closed"), s["id"]
        assert s.get("languages"), s["id"]


def test_ptv_life_events_and_target_groups_are_used(services: list[dict[str, Any]]) -> None:
    used = {t for s in services for t in terms_of(s)}
    for code in ("KE9", "KE10", "KE11", "KE13", "KE14"):
        assert PTV_PREFIX["ptv-life-event"] + code in used
    assert PTV_PREFIX["ptv-target-group"] + "KR1.1" in used  # Ikäihmiset


def test_free_and_charged_services(services: list[dict[str, Any]]) -> None:
    assert sum(free(s) for s in services) >= 20
    charged = [s for s in services
               if any((c.get("amount") or 0) > 0 for c in s.get("cost_options", []))]
    assert len(charged) >= 5
    assert all(c["currency"] == "EUR" for s in charged for c in s["cost_options"])


def test_languages_and_translations(services: list[dict[str, Any]]) -> None:
    both = [s for s in services
            if {"sv", "en"} <= set(s.get("translations", {}))
            and all(s["translations"][lang].get("name") for lang in ("sv", "en"))]
    assert len(both) >= 5
    main = Counter(s["languages"][0]["code"] for s in services)
    assert main["sv"] >= 1 and main["en"] >= 1
    assert main["fi"] >= 80


def test_schedules(services: list[dict[str, Any]]) -> None:
    scheds = [sc for s in services for sc in all_schedules(s)]
    weekly = [sc for sc in scheds if sc["freq"] == "WEEKLY" and sc.get("byday")
              and sc.get("opens_at") and sc.get("closes_at")]
    monthly = [sc for sc in scheds if sc["freq"] == "MONTHLY"]
    assert len(weekly) >= 40
    assert len(monthly) >= 2
    for sc in monthly:
        assert re.fullmatch(r"(-?[1-5])?(MO|TU|WE|TH|FR|SA|SU)", sc["byday"])


def test_temporarily_closed(services: list[dict[str, Any]]) -> None:
    closed = [s for s in services if s["status"] == "temporarily closed"]
    assert len(closed) >= 3
    assert all(s.get("alert") for s in closed)


def test_seed_service_examples_and_typical_activities(services: list[dict[str, Any]]) -> None:
    names = " | ".join(s["name"].lower() for s in services)
    for word in ("liikuntaneuvonta", "starttikurssi", "kuntosaliohjaus", "etäpäivätoiminta",
                 "talousneuvola", "perhetyö", "lapsiperheiden kotipalvelu", "evakuointikeskuk",
                 "vertaisryhmä", "omaishoitajien", "sururyhmä", "eläkeläis", "kyläkahvila",
                 "ystäväpalvelu", "päihde", "talous- ja velkaneuvonta", "muistikahvila"):
        assert word in names, word


def test_texts_that_search_must_find(services: list[dict[str, Any]]) -> None:
    by_name = {s["name"]: s for s in services}
    assert "Talous- ja velkaneuvonta" in by_name  # velkaneuvontaan
    assert "life-situation:debt" in terms_of(by_name["Talous- ja velkaneuvonta"])
    lonely = [s for s in services if "life-situation:loneliness" in terms_of(s)
              and re.search(r"\byksinäisyy(den|s)\b", texts_of(s))]
    assert len(lonely) >= 3  # yksinäisyyteen
    carers = [s for s in services if "life-situation:caregiving" in terms_of(s)
              and re.search(r"\bomaishoitaj(ien|at)\b", texts_of(s), re.IGNORECASE)]
    assert len(carers) >= 3  # omaishoitajille
    assert any(s["name"].startswith("Kuntosaliohjaus") for s in services)  # kuntosali
    assert any(s["name"].startswith("Etäpäivätoiminta") for s in services)  # paivatoiminta
    assert any("päivätoiminta" in s["name"].lower() and "etä" not in s["name"].lower()
               for s in services)


def test_descriptions_are_short_and_varied(services: list[dict[str, Any]]) -> None:
    descriptions = [s["description"] for s in services]
    assert len(set(descriptions)) == len(descriptions)
    for d in descriptions:
        sentences = [p for p in re.split(r"(?<=[.!?])\s+", d.strip()) if p]
        assert 1 <= len(sentences) <= 3, d


def test_a_75_plus_client_in_a_suomussalmi_village_reachable_by_phone(
        services: list[dict[str, Any]]) -> None:
    def fits(s: dict[str, Any]) -> bool:
        return ("mode:phone" in terms_of(s) and s["status"] == "active"
                and bool(areas(s) & {"Suomussalmi", "Kainuu", "Suomi"})
                and s.get("minimum_age", 0) <= 75 and s.get("maximum_age", 150) >= 75)

    local = [s for s in services if fits(s) and is_sample(s) and "Suomussalmi" in areas(s)]
    assert local, "no local service reachable by phone in Suomussalmi"
    for situation in ("loneliness", "bereavement", "peer-support"):
        assert any(fits(s) and f"life-situation:{situation}" in terms_of(s) for s in services), (
            situation)
    seniors = PTV_PREFIX["ptv-target-group"] + "KR1.1"
    assert any(fits(s) and seniors in terms_of(s) and "life-situation:loneliness" in terms_of(s)
               and "life-situation:peer-support" in terms_of(s) for s in services)
    village_places = [s for s in services if fits(s) and "Suomussalmi" in areas(s)
                      and "life-situation:bereavement" in terms_of(s)]
    assert village_places


# ------------------------------------------------------------------------------ helplines


def test_national_helplines_are_exactly_the_confirmed_rows(
        services: list[dict[str, Any]]) -> None:
    national = [s for s in services if "provider-type:national" in terms_of(s)
                and not is_sample(s)]
    assert {s["name"] for s in national} == set(HELPLINES)
    assert all(s.get("hytedesk") == {"sample": False} for s in national)
    assert not [s for s in services if not is_sample(s) and s not in national]
    for s in national:
        want = HELPLINES[s["name"]]
        assert [p["number"] for p in s["phones"]] == want["numbers"], s["name"]
        assert free(s) is want["free"], s["name"]
        if not want["free"]:
            assert "normaalin hinnan" in s["fees_description"]
        assert areas(s) == {"Suomi"}
        assert s["assured_date"] == "2026-11-01"
        terms = terms_of(s)
        assert {t for t in terms if t in MODES} == {"mode:phone"}, s["name"]
        assert want["situations"] <= {t.split(":", 1)[1] for t in terms if t in SITUATIONS}
        hours = {(sc["byday"], sc.get("opens_at"), sc.get("closes_at"))
                 for sc in all_schedules(s)}
        assert set(want["hours"]) <= hours, s["name"]
        assert s["url"].startswith("https://") and "example" not in s["url"]


def test_unconfirmed_helpline_numbers_stay_out(services: list[dict[str, Any]]) -> None:
    numbers = {p["number"] for s in services for p in s.get("phones", [])}
    assert "0800 06776" not in numbers  # Suvanto-linja: hours disagree between sources
    nollalinja = next(s for s in services if s["name"] == "Nollalinja")
    chat = {(sc["byday"], sc["opens_at"], sc["closes_at"]) for sc in all_schedules(nollalinja)
            if sc.get("description") == "Chat"}
    assert chat == {("MO,TU,WE", "09:00", "15:00"), ("TH,FR", "14:00", "20:00")}


# ------------------------------------------------------------------------------ invented data


def test_invented_entries_are_marked_and_obviously_fake(services: list[dict[str, Any]]) -> None:
    local = [s for s in services if is_sample(s)]
    assert len(local) >= 80
    for s in local:
        assert s["hytedesk"]["sample"] is True
        assert "provider-type:national" not in terms_of(s) or s["organization"]["id"] == \
            "org-oikeusapu"
        for p in s.get("phones", []):
            assert re.fullmatch(r"040 000 \d{4}", p["number"]), p["number"]
        assert s["url"].startswith("https://example.fi/")
        assert s["organization"].get("website", "https://example.fi/").startswith(
            "https://example.fi/")
        if "email" in s:
            assert s["email"].endswith("@example.fi")
    numbers = [p["number"] for s in local for p in s.get("phones", [])]
    assert len(numbers) == len(set(numbers))


def test_locations(demo: dict[str, Any], services: list[dict[str, Any]]) -> None:
    places = demo["place"]
    village_postal = {(p["municipality"], p["postal_code"]) for p in places if p["postal_code"]}
    anchors: dict[str, list[tuple[float, float]]] = {}
    for p in places:
        anchors.setdefault(p["municipality"], []).append((p["latitude"], p["longitude"]))
    for s in services:
        terms = terms_of(s)
        locs = list(physical_locations(s))
        if "mode:in-person" in terms:
            assert locs, s["id"]
        if "mode:home-visit" in terms:
            assert areas(s) and areas(s) <= set(MUNICIPALITIES) | {"Kainuu"}, s["id"]
        if "mode:in-person" not in terms:
            assert not locs, s["id"]  # remote services: virtual locations or none
        for loc in locs:
            (addr,) = loc["addresses"]
            city = addr["city"]
            assert city in MUNICIPALITIES, s["id"]
            assert addr["country"] == "FI" and addr["address_1"]
            assert (addr["postal_code"] == CENTRE_POSTAL[city]
                    or (city, addr["postal_code"]) in village_postal), s["id"]
            lat, lon = loc["latitude"], loc["longitude"]
            assert any(abs(lat - a) < 0.02 and abs(lon - b) < 0.04 for a, b in anchors[city]), (
                s["id"])


# ------------------------------------------------------------------------------ places


def test_places(demo: dict[str, Any]) -> None:
    places = demo["place"]
    municipalities = [p for p in places if p["type"] == "municipality"]
    assert {p["name"] for p in municipalities} == set(MUNICIPALITIES)
    for p in municipalities:
        code, lat, lon = MUNICIPALITIES[p["name"]]
        assert p["municipality_code"] == code
        assert abs(p["latitude"] - lat) < 0.05 and abs(p["longitude"] - lon) < 0.05
    kajaani = next(p for p in municipalities if p["name"] == "Kajaani")
    assert kajaani["translations"]["sv"]["name"] == "Kajana"
    villages = [p for p in places if p["type"] == "village"]
    assert len(villages) >= 24
    assert {v["municipality"] for v in villages} == set(MUNICIPALITIES)
    for p in places:
        assert p["region"] == "Kainuu"
        assert p["municipality_code"] == MUNICIPALITIES[p["municipality"]][0]
        assert 63.5 < p["latitude"] < 65.8 and 26.5 < p["longitude"] < 30.7, p["id"]
    assert len({p["id"] for p in places}) == len(places)


# ------------------------------------------------------------------------------ taxonomies


def test_taxonomies_and_terms(demo: dict[str, Any], reference_dir: Path) -> None:
    taxonomies = {t["id"]: t for t in demo["taxonomy"]}
    assert set(taxonomies) == {"hyte-theme", "life-situation", "mode", "provider-type",
                               *PTV_PREFIX}
    for t in taxonomies.values():
        assert t["name"] and t["translations"]["sv"]["name"] and t["translations"]["en"]["name"]
    terms = {t["id"]: t for t in demo["taxonomy_term"]}
    own = {tid for tid, t in terms.items() if not t["taxonomy_id"].startswith("ptv-")}
    assert own == THEMES | SITUATIONS | PROVIDER_TYPES | MODES
    for t in terms.values():
        assert t["name"], t["id"]
        assert t["translations"]["sv"]["name"] and t["translations"]["en"]["name"], t["id"]
        if t.get("parent_id"):
            assert terms[t["parent_id"]]["taxonomy_id"] == t["taxonomy_id"]
    assert terms["hyte-theme:4"]["name"] == "Osallisuus ja yksinäisyyden torjunta"
    code_lists = reference_dir / "ptv" / "code-lists"
    for tax_id, file_name in (("ptv-service-class", "Finto_ServiceClasses.json"),
                              ("ptv-life-event", "Finto_LifeEvents.json"),
                              ("ptv-target-group", "Finto_TargetGroups.json")):
        prefix = PTV_PREFIX[tax_id]
        source = [e for e in json.loads((code_lists / file_name).read_text(encoding="utf-8"))
                  if isinstance(e.get("Id"), str) and e["Id"].startswith(prefix)]
        ours = {tid: t for tid, t in terms.items() if t["taxonomy_id"] == tax_id}
        assert set(ours) == {e["Id"] for e in source}
        for e in source:
            t = ours[e["Id"]]
            assert t["term_uri"] == e["Id"]
            assert t["code"] == e["Notation"]
            assert t["name"] == e["Label"]["Fi"]
            assert t["translations"]["sv"]["name"] == e["Label"]["Sv"]
            assert t["translations"]["en"]["name"] == e["Label"]["En"]
            if e.get("OldUri"):
                assert t["alternate_uris"] == [e["OldUri"]]
            broader = [b for b in e.get("BroaderUris") or [] if b.startswith(prefix)]
            assert t.get("parent_id") == (broader[0] if broader else None)
    assert terms[PTV_PREFIX["ptv-target-group"] + "KR1.1"]["name"] == "Ikäihmiset"


# ------------------------------------------------------------------------------ checklist


def test_referral_checklist(demo: dict[str, Any]) -> None:
    (checklist,) = demo["checklist"]
    assert checklist["id"] == "referral"
    groups = [(g["id"], [it["id"] for it in g["items"]]) for g in checklist["groups"]]
    assert groups == [
        ("life-changes", ["illness", "relationship", "bereavement", "retirement", "caregiving",
                          "end-of-life-care", "violence-crime"]),
        ("social-needs", ["peer-support", "loneliness"]),
        ("mental-health", ["mental-health", "substance-use", "acute-crisis"]),
        ("finances", ["money-management", "low-income", "debt"]),
        ("lifestyle-change", ["lifestyle-change"]),
        ("self-care", ["self-care"]),
        ("care-ending", ["care-ending"]),
    ]
    items = {it["id"]: it for g in checklist["groups"] for it in g["items"]}
    assert {i for i, it in items.items() if it["red_flag"]} == {
        "violence-crime", "substance-use", "acute-crisis"}
    term_ids = {t["id"] for t in demo["taxonomy_term"]}
    for lang in ("fi", "sv", "en"):
        assert checklist["name"][lang]
        for g in checklist["groups"]:
            assert g["label"][lang]
    for iid, it in items.items():
        for lang in ("fi", "sv", "en"):
            assert it["label"][lang].strip() and it["help"][lang].strip(), iid
        assert it["terms"][0] == f"life-situation:{iid}"
        assert any(t in THEMES for t in it["terms"]), iid
        assert set(it["terms"]) <= term_ids, iid
    seed_wording = {
        "illness": "Sairastuminen tai vammautuminen",
        "bereavement": "Läheisen kuolema",
        "retirement": "Eläköityminen",
        "violence-crime": "Joutuminen väkivallan tai muun rikoksen kohteeksi",
        "peer-support": "Vertaistuen tarve",
        "loneliness": "Yksinäisyys, sosiaalisten turvaverkkojen puute",
        "low-income": "Vähävaraisuus",
        "debt": "Velkaantuminen",
        "acute-crisis": "Akuutti kriisi",
    }
    for iid, label in seed_wording.items():
        assert items[iid]["label"]["fi"] == label
    life_event = PTV_PREFIX["ptv-life-event"]
    for iid, code in (("illness", "KE11"), ("bereavement", "KE14"), ("retirement", "KE10"),
                      ("caregiving", "KE13"), ("debt", "KE9"), ("relationship", "KE7")):
        assert life_event + code in items[iid]["terms"], iid
