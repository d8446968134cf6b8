"""HSDS 3.0 sources: the official examples in JSON and as a tabular data package."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

from tests.admin.conftest import run_build, terms, texts, write_json

SERVICE_ID = "ac148810-d857-441c-9679-408f346de14b"


def examples(reference_dir: Path) -> Path:
    return reference_dir / "hsds-3.0" / "examples"


def test_official_json_examples_import(reference_dir: Path) -> None:
    ex = examples(reference_dir)
    for name in ("service_full.json", "service_list.json", "organization_full.json",
                 "service_at_location_full.json"):
        result, services = run_build(ex / name)
        assert result.problems.error_count == 0, (name, texts(result.problems.errors))
        rec = services[SERVICE_ID]
        assert rec["name"] == "Community Counselling"
        assert rec["organization"]["name"] == "Example Organization Inc."
        if name == "service_list.json":  # the list form carries no locations
            continue
        loc = rec["service_at_locations"][0]["location"]
        assert "latitude" not in loc  # 100, 101 is not in Finland: dropped with a warning
        assert any("coordinates 100, 101 are not in Finland" in w
                   for w in texts(result.problems.warnings)), name


def test_full_service_details_are_normalised(reference_dir: Path) -> None:
    _result, services = run_build(examples(reference_dir) / "service_full.json")
    rec = services[SERVICE_ID]
    sched = rec["schedules"][0]
    assert (sched["opens_at"], sched["closes_at"], sched["byday"]) == ("10:00", "18:00", "TH,FR")
    assert rec["cost_options"][0]["amount"] == 35
    attr = rec["attributes"][0]
    assert attr["taxonomy_term_id"] == "3f7b145d-84af-42d7-8fae-eaca714b02b2"
    assert "taxonomy_term" not in attr


def test_taxonomy_terms_from_hsds_reach_the_bundle(reference_dir: Path) -> None:
    result, _ = run_build(examples(reference_dir) / "service_full.json")
    by_id = {t["id"]: t for t in result.terms}
    term = by_id["3f7b145d-84af-42d7-8fae-eaca714b02b2"]
    assert term["taxonomy_id"] == "5c4d79d7-cc55-470e-9f1f-8cad074e4892"
    assert "parent_id" not in term  # its parent is not in the source
    assert "5c4d79d7-cc55-470e-9f1f-8cad074e4892" in {t["id"] for t in result.taxonomies}


def test_official_csv_data_package_imports(reference_dir: Path, tmp_path: Path) -> None:
    csv_dir = examples(reference_dir) / "csv"
    result, services = run_build(csv_dir)
    assert result.problems.error_count == 0, texts(result.problems.errors)
    rec = services[SERVICE_ID]
    assert rec["organization"]["name"] == "Example Organization Inc."
    # The example's number comes quoted; it is stored in E.164.
    assert rec["phones"][0]["number"] == "+441234234567"
    assert rec["service_at_locations"][0]["location"]["addresses"][0]["city"] == "MyCity"
    assert rec["schedules"][0]["opens_at"] == "10:00"
    assert rec["minimum_age"] == 12 and rec["cost_options"][0]["amount"] == 35
    # datapackage.json there is a link stub, not JSON: a warning, standard names are used.
    assert any("datapackage.json is not valid" in w for w in texts(result.problems.warnings))
    # The same package with a real datapackage.json, and zipped.
    pkg = tmp_path / "pkg"
    shutil.copytree(csv_dir, pkg)
    spec = examples(reference_dir) / "datapackage_spec_3.0.json"
    shutil.copy(spec, pkg / "datapackage.json")
    result2, services2 = run_build(pkg / "datapackage.json")
    assert result2.problems.error_count == 0 and SERVICE_ID in services2
    assert not any("datapackage.json is not valid" in w
                   for w in texts(result2.problems.warnings))
    zpath = tmp_path / "pkg.zip"
    with zipfile.ZipFile(zpath, "w", zipfile.ZIP_DEFLATED) as zf:
        for f in pkg.iterdir():
            zf.write(f, f"hsds/{f.name}")
    result3, services3 = run_build(zpath)
    assert result3.problems.error_count == 0 and SERVICE_ID in services3


def test_ptv_terms_in_hsds_map_to_priority_areas(tmp_path: Path) -> None:
    svc = {"id": "x-1", "name": "Velkaneuvonta", "status": "active",
           "organization": {"id": "o-1", "name": "Järjestö ry"},
           "attributes": [{"id": "a1", "taxonomy_term_id":
                           "http://urn.fi/URN:NBN:fi:au:ptvl:v1133"}]}
    result, services = run_build(write_json(tmp_path / "s.json", [svc]))
    t = terms(services["x-1"])
    assert "http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P15.1" in t
    assert "hyte-theme:6" in t and "life-situation:debt" in t


def test_missing_required_fields_and_bad_values(tmp_path: Path) -> None:
    rows = [
        {"id": "a", "status": "active", "organization": {"id": "o", "name": "O"}},
        {"id": "b", "name": "B", "status": "sometimes", "organization": {"id": "o", "name": "O"}},
        {"id": "c", "name": "C", "organization": {"id": "o", "name": "O"},
         "schedules": [{"id": "s", "freq": "WEEKLY", "byday": "MO", "opens_at": "25:00"}]},
        {"name": "no id", "status": "active"},
    ]
    src = tmp_path / "bad.json"
    src.write_text("[\n" + ",\n".join(json.dumps(r) for r in rows) + "\n]\n", encoding="utf-8")
    result, _ = run_build(src)
    errors = texts(result.problems.errors)
    assert any("bad.json:2: name: required value is missing" in e for e in errors), errors
    assert any(e.startswith(str(src) + ":3: status: value 'sometimes' is not allowed")
               for e in errors), errors
    assert any("bad.json:4: schedules[0].opens_at: time '25:00' is not valid" in e
               for e in errors), errors
    assert any("bad.json:5: id: required value is missing" in e for e in errors), errors
