"""``hytedesk-admin build`` / ``validate`` through real subprocess calls, and the round trip
into the desktop app (``hytedesk import-bundle`` then ``hytedesk search``)."""

from __future__ import annotations

import json
from pathlib import Path

from hytedesk.bundle import BundleReader, validate_bundle
from tests.admin.conftest import PTV, REPO, admin, app, ptv_sources, write_json

EXAMPLE_SHEET = REPO / "hytedesk" / "resources" / "spreadsheet-template-example.csv"


def hsds_examples(reference_dir: Path) -> list[Path]:
    ex = reference_dir / "hsds-3.0" / "examples"
    return [ex / "service_full.json", ex / "csv"]


def test_build_writes_a_valid_bundle_report_and_summary(tmp_path: Path,
                                                        reference_dir: Path) -> None:
    out = tmp_path / "kainuu-1.hytebundle"
    r = admin("build", *ptv_sources(), *hsds_examples(reference_dir), EXAMPLE_SHEET,
              "-o", out, "--lang", "en", "--today", "2026-11-28")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Traceback" not in r.stderr
    manifest = validate_bundle(out)
    assert manifest["catalogue_id"] == "kainuu" and manifest["version"] == 1
    assert manifest["counts"]["services"] == 10
    assert manifest["counts"]["checklists"] >= 1 and manifest["counts"]["places"] > 0
    assert "Services in the bundle: 10" in r.stdout
    assert f"Wrote {out}" in r.stdout
    report = json.loads((tmp_path / "kainuu-1.report.json").read_text(encoding="utf-8"))
    assert report["services"] == 10
    assert report["skipped"]["ptv service: Draft"] == 1
    assert report["per_municipality"]["Kajaani"] >= 3
    assert report["merged"]["count"] == 1
    assert set(report["gaps"]) <= {"Kajaani", "Sotkamo", "Kuhmo", "Suomussalmi", "Puolanka",
                                   "Hyrynsalmi", "Paltamo", "Ristijärvi"}
    text = (tmp_path / "kainuu-1.report.txt").read_text(encoding="utf-8")
    assert "Build report: kainuu version 1" in text
    with BundleReader(out) as reader:
        term_ids = {t["id"] for _n, t, _r in reader.records("taxonomy_term")}
    assert {"hyte-theme:1", "life-situation:acute-crisis", "mode:home-visit",
            "provider-type:national",
            "http://uri.suomi.fi/codelist/ptv/ptvelti/code/KE11"} <= term_ids


def test_round_trip_into_the_desktop_app(tmp_path: Path, reference_dir: Path) -> None:
    out = tmp_path / "kainuu-1.hytebundle"
    r = admin("build", *ptv_sources(), *hsds_examples(reference_dir), EXAMPLE_SHEET, "-o", out)
    assert r.returncode == 0, r.stdout + r.stderr
    home = tmp_path / "home"
    imp = app("import-bundle", "--allow-unsigned", out, home=home)
    assert imp.returncode == 0, imp.stdout + imp.stderr
    for query, expected in (("liikuntaneuvonta", "05000000-0000-4000-8000-000000000001"),
                            ("velkaneuvonta", "05000000-0000-4000-8000-000000000002"),
                            ("counselling", "ac148810-d857-441c-9679-408f346de14b"),
                            ("kahvikerho", None), ("sururyhmä", None)):
        s = app("search", "--json", query, home=home)
        assert s.returncode == 0, s.stderr
        hits = json.loads(s.stdout)
        assert hits, query
        if expected:
            assert expected in [h["id"] for h in hits], query
        else:
            assert any(h["id"].startswith("sheet:") for h in hits), query


def test_blocking_problem_writes_nothing(tmp_path: Path) -> None:
    channels = json.loads((PTV / "channels.json").read_text(encoding="utf-8"))
    channels[0]["serviceHours"][0]["openingHour"][0]["from"] = "25:00"
    bad = write_json(tmp_path / "channels.json", channels)
    outdir = tmp_path / "out"
    outdir.mkdir()
    out = outdir / "kainuu-1.hytebundle"
    r = admin("build", PTV / "services.json", bad, PTV / "organizations.json", "-o", out,
              "--lang", "en")
    assert r.returncode == 2
    # Problems go to stderr, the summary to stdout.
    assert "channels.json:2: serviceHours[0].openingHour[0].from: time '25:00' is not valid" \
        in r.stderr
    assert "No bundle was written" in r.stdout
    assert list(outdir.iterdir()) == []
    # --skip-invalid leaves those services out and builds the rest.
    r2 = admin("build", PTV / "services.json", bad, PTV / "organizations.json", "-o", out,
               "--lang", "en", "--skip-invalid")
    assert r2.returncode == 0, r2.stdout + r2.stderr
    assert validate_bundle(out)["counts"]["services"] == 2  # two used the broken channel


def test_previous_bundle_gives_a_delta(tmp_path: Path) -> None:
    v1 = tmp_path / "kainuu-1.hytebundle"
    assert admin("build", *ptv_sources(), "-o", v1).returncode == 0
    page = json.loads((PTV / "services.json").read_text(encoding="utf-8"))
    page["itemList"][0]["serviceNames"][0]["value"] = "Liikuntaneuvonta aikuisille"
    del page["itemList"][2]
    services2 = write_json(tmp_path / "services.json", page)
    v2 = tmp_path / "kainuu-2.hytebundle"
    r = admin("build", services2, PTV / "channels.json", PTV / "organizations.json",
              "--previous", v1, "-o", v2, "--lang", "en")
    assert r.returncode == 0, r.stdout + r.stderr
    delta = tmp_path / "kainuu-1-to-2.hytebundle"
    assert f"Wrote delta {delta} (1 new or changed, 1 removed)" in r.stdout
    with BundleReader(delta) as reader:
        assert reader.manifest["kind"] == "delta" and reader.manifest["base_version"] == 1
        assert [rec["id"] for _n, rec, _r in reader.records("service")] == [
            "05000000-0000-4000-8000-000000000001"]
        # (the search vocabulary's word forms follow the words of the services)
        assert [rec["id"] for _n, rec, _r in reader.deletions()
                if rec["kind"] == "service"] == ["05000000-0000-4000-8000-000000000003"]
    assert validate_bundle(v2)["version"] == 2


def test_validate_in_finnish_and_english(tmp_path: Path) -> None:
    sheet = tmp_path / "kerhot.csv"
    sheet.write_text("nimi;järjestäjä;kunta;viikonpäivä;kellonaika\n"
                     "Kerho;Yhdistys ry;Kuhmo;ti;25:00\n"
                     "Kuoro;Yhdistys ry;Kuhmo;ke;18-20\n", encoding="utf-8")
    fi = admin("validate", sheet, env={"HYTEDESK_LANG": "fi"})
    assert fi.returncode == 2
    assert f"{sheet}:2: kellonaika: kellonaika '25:00' ei kelpaa" in fi.stderr
    assert "Estävät virheet (1):" in fi.stderr
    assert "Varoitukset" in fi.stderr  # no coordinates: listed separately
    en = admin("validate", "--lang", "en", sheet)
    assert en.returncode == 2
    assert f"{sheet}:2: kellonaika: time '25:00' is not valid" in en.stderr
    assert "Warnings (" in en.stderr and "no coordinates" in en.stderr
    ok = admin("validate", "--lang", "en", EXAMPLE_SHEET)
    assert ok.returncode == 0 and "Nothing blocking." in ok.stdout
    # Nothing was written anywhere near the sources.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kerhot.csv"]


def test_validate_a_bundle(tmp_path: Path) -> None:
    out = tmp_path / "kainuu-1.hytebundle"
    assert admin("build", *ptv_sources(), "-o", out).returncode == 0
    r = admin("validate", "--lang", "en", out)
    assert r.returncode == 0 and f"Bundle {out} is valid: version 1, 4 services" in r.stdout
    broken = tmp_path / "broken.hytebundle"
    broken.write_bytes(out.read_bytes()[:5000])
    r2 = admin("validate", "--lang", "en", broken)
    assert r2.returncode == 2 and "Traceback" not in r2.stdout + r2.stderr
    assert str(broken) in r2.stderr


def test_bad_usage_and_garbage_never_trace(tmp_path: Path) -> None:
    r = admin("build", "-o", tmp_path / "x.hytebundle")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    garbage = tmp_path / "garbage.json"
    garbage.write_bytes(b"\x00\x01\x02{{{")
    r2 = admin("build", garbage, "-o", tmp_path / "x.hytebundle", "--lang", "en")
    assert r2.returncode == 2 and "Traceback" not in r2.stderr + r2.stdout
    assert not (tmp_path / "x.hytebundle").exists()
    r3 = admin("build", *ptv_sources(), "-o", tmp_path / "nope" / "x.hytebundle", "--lang", "en")
    assert r3.returncode == 2 and "does not exist" in r3.stderr
    r4 = admin("build", *ptv_sources(), "-o", tmp_path / "x.hytebundle", "--lang", "en",
               "--catalogue-id", "Bad Id")
    assert r4.returncode == 2 and "catalogue id" in r4.stderr


def test_a_bundle_can_be_a_source(tmp_path: Path) -> None:
    v1 = tmp_path / "kainuu-1.hytebundle"
    assert admin("build", *ptv_sources(), "-o", v1).returncode == 0
    v2 = tmp_path / "kainuu-2.hytebundle"
    r = admin("build", v1, EXAMPLE_SHEET, "--previous", v1, "-o", v2, "--lang", "en")
    assert r.returncode == 0, r.stdout + r.stderr
    manifest = validate_bundle(v2)
    assert manifest["counts"]["services"] == 9
    assert "(5 new or changed, 0 removed)" in r.stdout


def test_previous_must_not_be_the_output(tmp_path: Path) -> None:
    v1 = tmp_path / "kainuu-1.hytebundle"
    assert admin("build", *ptv_sources(), "-o", v1).returncode == 0
    before = v1.read_bytes()
    r = admin("build", *ptv_sources(), "--previous", v1, "-o", v1, "--lang", "en")
    assert r.returncode == 2 and "are the same file" in r.stderr
    assert v1.read_bytes() == before
    # The scratch database lives beside the output while building and is gone afterwards.
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "kainuu-1.hytebundle", "kainuu-1.report.json", "kainuu-1.report.txt"]


def test_sample_entries_mark_the_catalogue_as_sample_data(tmp_path: Path) -> None:
    demo = REPO / "hytedesk" / "resources" / "demo" / "kainuu-demo.hytebundle"
    out = tmp_path / "demo-copy-1.hytebundle"
    r = admin("build", demo, "-o", out, "--lang", "en")
    assert r.returncode == 0, r.stdout + r.stderr
    manifest = validate_bundle(out)
    assert manifest["sample_data"] is True
    with BundleReader(demo) as reader:
        assert manifest["counts"]["services"] == reader.manifest["counts"]["services"]


def test_places_file_with_problems(tmp_path: Path) -> None:
    place = {"id": "place:kuhmo", "name": "Kuhmo", "type": "municipality",
             "municipality": "Kuhmo", "latitude": 64.13, "longitude": 29.52}
    places = tmp_path / "places.jsonl"
    places.write_text(json.dumps(place) + "\n" + json.dumps(place) + "\n"
                      + json.dumps({**place, "id": "place:x", "latitude": 10.0}) + "\n",
                      encoding="utf-8")
    r = admin("build", EXAMPLE_SHEET, "--places", places, "-o", tmp_path / "k-1.hytebundle",
              "--lang", "en")
    assert r.returncode == 2
    assert f"{places}:2: id: id 'place:kuhmo' already appears on line 1" in r.stderr
    assert f"{places}:3: latitude: coordinates 10.0, 29.52 are not in Finland" in r.stderr
    assert not (tmp_path / "k-1.hytebundle").exists()
