"""The benchmark's catalogue generator and query log, at small scale."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from benchmarks import vocabulary as voc
from benchmarks.generate import generate_bundle, main, mutate_bundle
from benchmarks.municipalities import genitive, municipalities, places
from benchmarks.queries import CLASSES, query_log
from hytedesk.bundle import BundleReader, record_hash, validate_bundle, write_delta

N = 2000  # enough for every municipality (309) to appear, small enough for ~1 s


def _services(path: Path) -> list[dict[str, Any]]:
    with BundleReader(path) as reader:
        return [rec for _n, rec, _refs in reader.records("service")]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bench") / "bench-1.hytebundle"
    generate_bundle(out, services=N, seed=1)
    return out


@pytest.fixture(scope="module")
def services(bundle: Path) -> list[dict[str, Any]]:
    return _services(bundle)


def test_same_seed_gives_the_same_bytes(tmp_path: Path) -> None:
    a, b, c = tmp_path / "a.hytebundle", tmp_path / "b.hytebundle", tmp_path / "c.hytebundle"
    manifest = generate_bundle(a, services=500, seed=7)
    generate_bundle(b, services=500, seed=7)
    generate_bundle(c, services=500, seed=8)
    assert a.read_bytes() == b.read_bytes()
    assert a.read_bytes() != c.read_bytes()
    assert manifest["counts"]["services"] == 500
    assert manifest["sample_data"] is True


def test_bundle_validates_with_the_project_reader(bundle: Path) -> None:
    manifest = validate_bundle(bundle)
    assert manifest["kind"] == "full"
    assert manifest["counts"]["services"] == N
    assert manifest["counts"]["checklists"] == 1


def test_locations_and_municipalities(services: list[dict[str, Any]]) -> None:
    sals = [sal for s in services for sal in s["service_at_locations"]]
    assert len(sals) >= 1.5 * len(services)
    assert all(1 <= len(s["service_at_locations"]) <= 3 for s in services)
    seen = {a["city"] for sal in sals for a in sal["location"].get("addresses", [])}
    seen |= {area["name"] for s in services for area in s["service_areas"]}
    names = {m.name for m in municipalities()}
    assert len(names) >= 300
    assert sorted(names - seen) == []  # every municipality has services


def test_places_cover_every_municipality_and_villages(bundle: Path) -> None:
    with BundleReader(bundle) as reader:
        recs = [rec for _n, rec, _r in reader.records("place")]
    kinds = Counter(p["type"] for p in recs)
    assert kinds["municipality"] == len(municipalities()) >= 300
    assert kinds["village"] + kinds["postal_area"] >= 1800
    assert {p["municipality"] for p in recs} == {m.name for m in municipalities()}
    assert len({p["id"] for p in recs}) == len(recs)
    regions = {m.region.name for m in municipalities()}
    assert len(regions) == 19 and "Kainuu" in regions


def test_taxonomies_terms_and_checklist(bundle: Path) -> None:
    with BundleReader(bundle) as reader:
        taxonomies = {rec["id"] for _n, rec, _r in reader.records("taxonomy")}
        terms = {rec["id"] for _n, rec, _r in reader.records("taxonomy_term")}
        checklist = next(rec for _n, rec, _r in reader.records("checklist"))
    assert {"hyte-theme", "life-situation", "mode", "provider-type",
            "ptv-service-class"} <= taxonomies
    assert {f"hyte-theme:{n}" for n in range(1, 7)} <= terms
    for code in ("illness", "caregiving", "end-of-life-care", "violence-crime", "debt",
                 "acute-crisis", "care-ending", "loneliness", "self-care"):
        assert f"life-situation:{code}" in terms
    assert {"mode:in-person", "mode:phone", "mode:video", "mode:home-visit"} <= terms
    assert {f"provider-type:{p}" for p in ("municipality", "welfare-region", "ngo", "parish",
                                          "company", "national")} <= terms
    assert sum(t.startswith("http://uri.suomi.fi/codelist/ptv/ptvserclass2/") for t in terms) > 200
    items = [i for g in checklist["groups"] for i in g["items"]]
    assert any(i["red_flag"] for i in items)
    assert all(t in terms for i in items for t in i["terms"])


def test_mix_of_status_languages_modes_and_costs(services: list[dict[str, Any]]) -> None:
    n = len(services)
    closed = sum(s["status"] == "temporarily closed" for s in services)
    assert 0.015 * n <= closed <= 0.05 * n
    translated = sum("translations" in s for s in services)
    assert 0.05 * n <= translated <= 0.2 * n
    both = sum({"sv", "en"} <= set(s.get("translations", {})) for s in services)
    assert both > 0
    swedish_first = [s for s in services if s["languages"][0]["code"] == "sv"]
    assert swedish_first and all("fi" in s["translations"] for s in swedish_first)
    terms = Counter(a["taxonomy_term_id"] for s in services for a in s["attributes"])
    assert terms["mode:phone"] > 0.1 * n and terms["mode:home-visit"] > 0.02 * n
    free = sum(any(c.get("amount") == 0 for c in s.get("cost_options", [])) for s in services)
    assert 0.4 * n < free < 0.7 * n
    assert sum(bool(s.get("schedules")) or any(sal.get("schedules") for sal in
                                               s["service_at_locations"]) for s in services) > n / 2


def test_text_is_finnish_with_a_long_tail(services: list[dict[str, Any]]) -> None:
    tokens = Counter(
        t for s in services
        for t in re.findall(r"\w+", f"{s['name']} {s.get('description', '')}".lower())
    )
    total = sum(tokens.values())
    ranked = tokens.most_common()
    assert len(tokens) > 1000
    assert sum(c for _w, c in ranked[:10]) > 0.1 * total  # a heavy head …
    assert sum(c == 1 for _w, c in ranked) > 0.2 * len(tokens)  # … and a long tail
    for word in ("palvelu", "tuki", "ryhmä", "päivätoiminta", "vertaistukiryhmä",
                 "velkaneuvonta", "kuntosaliohjaus", "liikuntaneuvonta"):
        assert tokens[word] > 0, word


def test_vocabulary_inflects_like_finnish() -> None:
    forms = {f for w in voc.compounds() + voc.topics() for f in w.forms.values()}
    forms |= {voc.make_word("", "kuntosali").form("all")}
    for form in ("velkaneuvontaan", "yksinäisyyteen", "päivätoiminnassa", "ruoka-apua",
                 "vertaistukiryhmään", "kuntosalille", "palveluiden", "tuesta"):
        assert form in forms, form
    assert "omaishoitajille" in {t.all for t in voc.targets()}
    assert len(voc.heads()) + len(voc.modifiers()) >= 150
    assert voc.strip_diacritics("päivätoiminta") == "paivatoiminta"
    for name, gen in (("Puolanka", "Puolangan"), ("Lahti", "Lahden"), ("Helsinki", "Helsingin"),
                      ("Turku", "Turun"), ("Kajaani", "Kajaanin"), ("Tampere", "Tampereen"),
                      ("Hyrynsalmi", "Hyrynsalmen"), ("Outokumpu", "Outokummun")):
        assert genitive(name) == gen


def test_mutate_changes_one_percent_and_records_deletions(bundle: Path, tmp_path: Path) -> None:
    v2 = tmp_path / "bench-2.hytebundle"
    result = mutate_bundle(bundle, v2, percent=1.0, version=2, seed=2)
    m = result["mutation"]
    assert (len(m["changed"]), len(m["deleted"]), len(m["added"])) == (20, 2, 2)
    assert json.loads(Path(f"{v2}.mutation.json").read_text(encoding="utf-8")) == m
    assert validate_bundle(v2)["version"] == 2

    old = {s["id"]: record_hash(s) for s in _services(bundle)}
    new = {s["id"]: record_hash(s) for s in _services(v2)}
    assert set(m["deleted"]) == set(old) - set(new)
    assert set(m["added"]) == set(new) - set(old)
    differing = {i for i in set(old) & set(new) if old[i] != new[i]}
    assert differing == set(m["changed"])

    delta = write_delta(bundle, v2, tmp_path / "bench-1-to-2.hytebundle")
    assert delta["counts"]["services"] == 22 and delta["counts"]["deletions"] == 2

    again = tmp_path / "again.hytebundle"
    mutate_bundle(bundle, again, percent=1.0, version=2, seed=2)
    assert again.read_bytes() == v2.read_bytes()


def test_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "cli.hytebundle"
    assert main(["--services", "350", "--seed", "3", "-o", str(out)]) == 0
    assert main(["--mutate", str(out), "--percent", "2", "-o", str(tmp_path / "v2.hb")]) == 0
    text = capsys.readouterr().out
    assert "version 2" in text and "changed 7" in text


def test_query_log() -> None:
    log = query_log(seed=1, per_class=200)
    assert log == query_log(seed=1, per_class=200)
    assert log != query_log(seed=2, per_class=200)
    by_class = Counter(q["class"] for q in log)
    assert set(by_class) == set(CLASSES) and set(by_class.values()) == {200}
    place_ids = {p.id for p in places()}
    muni_names = {m.name for m in municipalities()}
    allowed = {"municipality", "near_place", "max_km", "themes", "situations", "modes",
               "free_only"}
    for q in log:
        text, cls, f = q["text"], q["class"], q["filters"]
        assert text.strip() and set(f) <= allowed
        assert bool(f) == (cls == "filtered")
        if cls == "prefix":
            assert 3 <= len(text) <= 6
        if cls in ("single", "inflected", "prefix", "common", "no-diacritics"):
            assert " " not in text, q
        if cls == "two-word":
            assert len(text.split()) >= 2
        if cls == "no-diacritics":
            assert not set(text) & set("äöåÄÖÅ")
        if "near_place" in f:
            assert f["near_place"] in place_ids and f["max_km"] > 0
        if "municipality" in f:
            assert f["municipality"] in muni_names
        for key, prefix in (("themes", "hyte-theme:"), ("situations", "life-situation:"),
                            ("modes", "mode:")):
            assert all(t.startswith(prefix) for t in f.get(key, []))
    inflected = {q["text"].lower() for q in log if q["class"] == "inflected"}
    assert inflected - {w.nom for w in voc.compounds()}  # not just base forms
    assert any(t.endswith(("aan", "ään", "een", "lle", "ssa", "ssä")) for t in inflected)
