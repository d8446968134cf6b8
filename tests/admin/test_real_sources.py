"""Real sources as they come (issue 11): PTV v11 records in their real shapes, HSDS from
other directories, volunteers' spreadsheets with their mistakes; the built catalogue is then
searched the way a nurse searches it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.admin.conftest import FIXTURES, admin, app, run_build, terms, texts

REAL = FIXTURES / "ptv-real"
PLACES = REAL / "places.jsonl"
SOURCES = [REAL / "services.json", REAL / "channels.json", REAL / "organizations.json"]


def sid(n: int) -> str:
    return f"05100000-0000-4000-8000-0000000000{n:02d}"


@pytest.fixture(scope="module")
def real() -> tuple[Any, dict[str, dict[str, Any]]]:
    return run_build(*SOURCES, places=PLACES, skip_invalid=True)


def areas(rec: dict[str, Any]) -> list[str]:
    return [a["name"] for a in rec.get("service_areas", [])]


def modes(rec: dict[str, Any]) -> set[str]:
    return {t.split(":", 1)[1] for t in terms(rec) if t.startswith("mode:")}


def test_areas_list_their_member_municipalities(real: Any) -> None:
    _result, services = real
    # Municipality area whose own code and name are null: its members.
    assert areas(services[sid(1)]) == ["Kajaani", "Paltamo"]
    assert services[sid(1)]["service_areas"][0]["translations"] == {"sv": {"name": "Kajana"}}
    # HospitalRegions with every Kainuu municipality as members.
    assert sorted(areas(services[sid(2)])) == [
        "Hyrynsalmi", "Kajaani", "Kuhmo", "Paltamo", "Puolanka", "Ristijärvi", "Sotkamo",
        "Suomussalmi"]
    # Province with members and no code of its own; a name-only municipality area.
    assert areas(services[sid(5)]) == ["Sotkamo", "Kuhmo"]
    assert areas(services[sid(7)]) == ["Suomussalmi"]
    # WholeCountryExceptAlandIslands is the whole country.
    assert areas(services[sid(4)]) == ["Suomi"]


def test_an_unresolvable_area_is_an_error_with_the_ptv_id_never_nationwide(real: Any) -> None:
    result, services = real
    assert sid(6) not in services
    errors = texts(result.problems.errors)
    assert any(f"areas: the municipalities of service {sid(6)}'s area could not be resolved"
               in e for e in errors)
    assert any("areas[0].municipalities[0]: municipality '999' is not known" in w
               for w in texts(result.problems.warnings))
    # Without --skip-invalid the build stops there.
    strict, _ = run_build(*SOURCES, places=PLACES)
    assert strict.blocking


def test_municipality_null_takes_the_postal_code_never_the_post_office(real: Any) -> None:
    _result, services = real
    addr = services[sid(3)]["service_at_locations"][0]["location"]["addresses"][0]
    assert addr["city"] == "Kajaani" and addr["postal_code"] == "88270"
    assert "VUOLIJOKI" not in json.dumps(services[sid(3)])
    # Without a postal area for the code it is reported and left without a municipality.
    result, services2 = run_build(*SOURCES, skip_invalid=True)
    addr2 = services2[sid(3)]["service_at_locations"][0]["location"]["addresses"][0]
    assert "city" not in addr2
    assert any("addresses[0].streetAddress.municipality: the address has no municipality and "
               "postal code 88270 is not in the list of places" in w
               for w in texts(result.problems.warnings))


def test_address_shapes_street_box_other_abroad_and_none(real: Any) -> None:
    _result, services = real
    loc = services[sid(7)]["service_at_locations"][0]["location"]
    got = [(a.get("address_1"), a.get("city"), a["address_type"], a.get("country"))
           for a in loc["addresses"]]
    assert got == [("Kunnantalon takapiha", None, "physical", "FI"),
                   ("PL 30", "Suomussalmi", "postal", "FI"),
                   ("Postboks 1, 9900 Kirkenes, Norja", None, "postal", "NO")]
    # The "other" address carries the coordinates (ETRS-TM35FIN → WGS84).
    assert 64.87 < loc["latitude"] < 64.9 and 28.88 < loc["longitude"] < 28.93


def test_phones_once_with_their_languages(real: Any) -> None:
    _result, services = real
    phones = services[sid(1)]["service_at_locations"][0]["location"]["phones"]
    assert len(phones) == 1
    p = phones[0]
    assert p["number"] == "+358447974000"
    assert [lg["code"] for lg in p["languages"]] == ["fi", "sv", "en"]
    assert p["description"] == "Ajanvaraus"
    assert p["translations"]["sv"]["description"] == "Tidsbokning"


def test_classes_without_uri_and_producers_without_responsible_org(real: Any) -> None:
    result, services = real
    rec = services[sid(5)]
    # Known by its code alone; the one with neither URI nor code is named by its name.
    assert "http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P27.1" in terms(rec)
    msgs = texts(result.problems.warnings) + texts(result.problems.errors)
    assert any("serviceClasses[1].code: classification 'Paikallinen luokka' is not in the PTV "
               "code lists" in m for m in msgs)
    assert not any("None" in m for m in msgs)
    # Producers and no responsible organisation: built, with the PTV producer.
    assert rec["organization"]["name"] == "Sotkamon Eläkkeensaajat ry"
    assert "provider-type:ngo" in terms(rec)


def test_each_channel_type(real: Any) -> None:
    result, services = real
    assert modes(services[sid(1)]) == {"in-person"}  # service location
    assert modes(services[sid(2)]) == {"phone"}  # phone channel only
    assert modes(services[sid(4)]) == {"video"}  # e-service
    # Web page (video/online) and a printable form (no location); "kotikäyntinä".
    five = services[sid(5)]
    assert modes(five) == {"video", "home-visit"}
    assert [sal["location"]["location_type"] for sal in five["service_at_locations"]] == [
        "virtual"]
    # Virtual channels are not in-person services without coordinates.
    assert result.report.without_coordinates_count == 0
    assert dict(result.report.per_mode) == {"in-person": 3, "phone": 1, "video": 2,
                                            "home-visit": 1}


def test_unknown_shapes_are_reported_by_record_and_field(tmp_path: Path) -> None:
    page = json.loads((REAL / "services.json").read_text(encoding="utf-8"))
    rec = page["itemList"][0]
    rec["areaType"] = "Galaxy"
    rec["areas"][0]["type"] = "Parish"
    bad = tmp_path / "services.json"
    bad.write_text(json.dumps(page), encoding="utf-8")
    result, services = run_build(bad, *SOURCES[1:], places=PLACES, skip_invalid=True)
    warnings = texts(result.problems.warnings)
    assert any(f"{bad}:" in w and "areaType: unknown PTV shape (areaType=Galaxy)" in w
               for w in warnings)
    assert any("areas[0].type: unknown PTV shape (type=Parish)" in w for w in warnings)
    assert areas(services[sid(1)]) == ["Kajaani", "Paltamo"]  # the members still count


# --- attendance modes for every source ------------------------------------------------


def test_hsds_services_get_modes_the_same_way(tmp_path: Path) -> None:
    org = {"id": "o1", "name": "Kainuun Punainen Risti"}
    services = [
        {"id": "h-phone", "name": "Puhelinystävä", "organization": org,
         "phones": [{"id": "h-phone-p", "number": "040 123 4567"}],
         "service_areas": [{"id": "h-phone-a", "name": "Kainuu"}]},
        {"id": "h-place", "name": "Kerhohuone", "organization": org,
         "service_at_locations": [{"id": "h-place-s", "location": {
             "id": "h-place-l", "location_type": "physical", "name": "Kerhohuone",
             "latitude": 64.22, "longitude": 27.73,
             "addresses": [{"id": "h-place-ad", "address_1": "Kauppakatu 1", "city": "Kajaani",
                            "country": "FI"}]}}]},
        {"id": "h-video", "name": "Etäryhmä", "organization": org,
         "url": "https://teams.microsoft.com/l/meetup-join/x",
         "service_areas": [{"id": "h-video-a", "name": "Vuolijoki"}]},
        {"id": "h-stated", "name": "Ilmoitettu", "organization": org,
         "phones": [{"id": "h-stated-p", "number": "040 123 4567"}],
         "attributes": [{"id": "a", "taxonomy_term_id": "mode:in-person"}],
         "service_areas": [{"id": "h-stated-a", "name": "Kajani"}]},
    ]
    path = tmp_path / "hsds.json"
    path.write_text(json.dumps(services, ensure_ascii=False), encoding="utf-8")
    mapping = tmp_path / "mapping.csv"
    mapping.write_text((FIXTURES.parents[2] / "hytedesk" / "resources" / "admin"
                        / "ptv-mapping.csv").read_text(encoding="utf-8")
                       + "\n;;;;h-place;in-person video\n".replace(";;;;", ";;;;"),
                       encoding="utf-8")
    result, built = run_build(path)
    assert modes(built["h-phone"]) == {"phone"}
    assert modes(built["h-place"]) == {"in-person"}
    assert modes(built["h-video"]) == {"video"}
    assert modes(built["h-stated"]) == {"in-person"}  # what the source states stands
    # A former municipality becomes its successor, with a note; a misspelling a suggestion.
    assert areas(built["h-video"]) == ["Kajaani"]
    assert result.report.former == ["Vuolijoki → Kajaani (2007)"]
    assert any("service_areas[0].name: 'Kajani' is not a Finnish municipality – did you mean "
               "Kajaani?" in w for w in texts(result.problems.warnings))
    assert dict(result.report.per_mode) == {"in-person": 2, "phone": 1, "video": 1}


def test_modes_are_overridden_per_service_in_the_mapping_file(tmp_path: Path) -> None:
    base = (FIXTURES.parents[2] / "hytedesk" / "resources" / "admin"
            / "ptv-mapping.csv").read_text(encoding="utf-8")
    header, rest = base.split("\n", 1)
    mapping = tmp_path / "mapping.csv"
    mapping.write_text(f"{header};service_id;modes\n{rest.rstrip()}\n"
                       f";;;;{sid(1)};in-person home-visit\n", encoding="utf-8")
    _result, services = run_build(*SOURCES, places=PLACES, skip_invalid=True, mapping=mapping)
    assert modes(services[sid(1)]) == {"in-person", "home-visit"}


# --- spreadsheets: --skip-invalid, Excel rows, municipalities, phones -------------------

SHEET = (
    "nimi;järjestäjä;kunta;paikka;viikonpäivä;kellonaika;puhelin;tarkistettu;kuvaus\n"
    "Kahvikerho;Kyläyhdistys ry;Kajaani;Kylätalo;ti;10-12;040 123 4567;1.10.2026;"
    "\"Kahvia ja\njuttelua,\nkaikki tervetulleita\"\n"
    "Lukupiiri;Kirjasto;Kajaani;Kirjasto;ke;17-18;;31.11.2026;Kirjoja\n"
    "Yökerho;Seura ry;Kajaani;Seuratalo;pe;25:00-26:00;;;\n"
    "Kuoro;;Kajaani;Kirkko;to;18-20;;;\n"
    "Jumppa;Seura ry;Vuolijoki;Koulu;ma;18-19;;;\n"
    "Soittokerho;Seura ry;Kajani;Koulu;ma;18-19;;;\n"
    "Puhelinystävä;SPR;Kajaani;;ma-pe;9-15;12345;;\n"
    "Puhelinystävä 2;SPR;Kuhmo;;ma-pe;9-15;040 123 4567 / 08 765 432;;\n"
)


@pytest.mark.parametrize("dialect", ["utf-8;", "cp1252;", "utf-8,"])
def test_skip_invalid_leaves_out_bad_rows_by_excel_row_number(tmp_path: Path,
                                                              dialect: str) -> None:
    encoding, sep = dialect[:-1], dialect[-1]
    text = SHEET if sep == ";" else SHEET.replace(";", ",").replace(
        "Kahvia ja\njuttelua,\nkaikki", "Kahvia ja\njuttelua\nkaikki")
    sheet = tmp_path / "kerhot.csv"
    sheet.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    out = tmp_path / "kainuu-1.hytebundle"
    strict = admin("build", sheet, "--places", PLACES, "-o", out, "--lang", "en")
    assert strict.returncode == 2 and not out.exists()
    r = admin("build", sheet, "--places", PLACES, "-o", out, "--lang", "en", "--skip-invalid")
    assert r.returncode == 0, r.stdout + r.stderr
    # Rows as Excel numbers them: the header is 1; the three-line cell of row 2 shifts
    # nothing.
    left_out = r.stderr[r.stderr.index("Left out as invalid"):]
    assert "Left out as invalid (--skip-invalid): 5 records:" in left_out
    assert f"{sheet}:3: tarkistettu: date '31.11.2026' is not valid" in left_out
    assert f"{sheet}:4: kellonaika: time '25:00-26:00' is not valid" in left_out
    assert f"{sheet}:5: järjestäjä: " in left_out
    assert f"{sheet}:7: kunta: 'Kajani' is not a Finnish municipality – did you mean " \
           "Kajaani?" in left_out
    assert f"{sheet}:8: puhelin: '12345' is not a phone number" in left_out
    assert f"{sheet}:6: kunta: Vuolijoki was merged into Kajaani in 2007" in r.stderr
    report = json.loads((tmp_path / "kainuu-1.report.json").read_text(encoding="utf-8"))
    assert report["services"] == 3
    assert sorted(x["line"] for x in report["left_out"]) == [3, 4, 5, 7, 8]
    assert report["former_municipalities"] == ["Vuolijoki → Kajaani (2007)"]
    # validate: the same problems and counts, nothing written.
    v = admin("validate", sheet, "--places", PLACES, "--lang", "en", "--skip-invalid")
    assert v.returncode == 0, v.stdout + v.stderr
    assert v.stderr == r.stderr
    assert v.stdout.splitlines()[:-1] == r.stdout.splitlines()[:len(v.stdout.splitlines()) - 1]


def test_validate_and_build_agree_without_places(tmp_path: Path) -> None:
    sheet = tmp_path / "kerhot.csv"
    sheet.write_text("nimi;järjestäjä;kunta;paikka\nKerho;Seura ry;Kajani;Vuolijoen koulu\n",
                     encoding="utf-8")
    out = tmp_path / "k-1.hytebundle"
    b = admin("build", sheet, "-o", out, "--lang", "en")
    v = admin("validate", sheet, "--lang", "en")
    assert b.returncode == v.returncode == 2
    assert "'Kajani' is not a Finnish municipality – did you mean Kajaani?" in v.stderr
    assert b.stderr == v.stderr


def test_validate_piped_into_head_ends_quietly(tmp_path: Path) -> None:
    import subprocess
    import sys

    cmd = (f"{sys.executable} -m hytedesk.admin.main validate --lang en "
           + " ".join(str(p) for p in SOURCES) + f" --places {PLACES} 2>&1 | head -1")
    r = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], capture_output=True, text=True,
                       timeout=300, cwd=FIXTURES.parents[2])
    assert "Traceback" not in r.stdout + r.stderr and "BrokenPipe" not in r.stdout + r.stderr


# --- the built catalogue, searched as a nurse searches it -------------------------------


def _search(home: Path, *args: str) -> list[str]:
    r = app("search", "--json", "--limit", "100", *args, home=home)
    assert r.returncode == 0, r.stderr
    return sorted(h["id"] for h in json.loads(r.stdout))


def test_built_catalogue_is_found_by_municipality_and_distance(tmp_path: Path) -> None:
    out = tmp_path / "kainuu-1.hytebundle"
    r = admin("build", *SOURCES, "--places", PLACES, "-o", out, "--skip-invalid",
              "--lang", "en")
    assert r.returncode == 0, r.stdout + r.stderr
    home = tmp_path / "home"
    imp = app("import-bundle", out, "--allow-unsigned", home=home)
    assert imp.returncode == 0, imp.stderr
    # By municipality: each member of an area, and only those.
    assert _search(home, "--municipality", "Paltamo") == [sid(1), sid(2), sid(4)]
    assert _search(home, "--municipality", "Kuhmo") == [sid(2), sid(4), sid(5)]
    assert _search(home, "--municipality", "Suomussalmi") == [sid(2), sid(4), sid(7)]
    assert _search(home, "--municipality", "Kajaani") == [sid(1), sid(2), sid(3), sid(4)]
    assert _search(home, "--municipality", "Helsinki") == [sid(4)]
    # By distance: in-person services within reach; phone and online ones of the area.
    assert _search(home, "--near", "Kajaani", "--max-km", "20") == [sid(1), sid(2), sid(4)]
    assert _search(home, "--near", "Vuolijoki", "--max-km", "10") == [sid(2), sid(3), sid(4)]
    assert _search(home, "--near", "Helsinki", "--max-km", "50") == [sid(4)]


def test_hsds_and_spreadsheet_services_are_found_as_they_should(tmp_path: Path) -> None:
    org = {"id": "o1", "name": "Kainuun Punainen Risti"}
    hsds = [
        {"id": "h-phone", "name": "Puhelinystävä koko Kainuuseen", "organization": org,
         "phones": [{"id": "h-phone-p", "number": "040 123 4567"}],
         "service_areas": [{"id": "h-phone-a", "name": "Kainuu"}]},
        {"id": "h-place", "name": "Kerhohuone Kajaanissa", "organization": org,
         "phones": [{"id": "h-place-p", "number": "08 615 5000"}],
         "service_at_locations": [{"id": "h-place-s", "location": {
             "id": "h-place-l", "location_type": "physical", "name": "Kerhohuone",
             "latitude": 64.2245, "longitude": 27.7334,
             "addresses": [{"id": "h-place-ad", "address_1": "Kauppakatu 1", "city": "Kajaani",
                            "country": "FI"}]}}]},
    ]
    src = tmp_path / "hsds.json"
    src.write_text(json.dumps(hsds, ensure_ascii=False), encoding="utf-8")
    sheet = tmp_path / "kerhot.csv"
    sheet.write_text("nimi;järjestäjä;kunta;paikka\n"
                     "Kuhmon kahvikerho;Kyläyhdistys ry;Kuhmo;Kylätalo\n", encoding="utf-8")
    out = tmp_path / "kainuu-1.hytebundle"
    r = admin("build", src, sheet, "--places", PLACES, "-o", out, "--lang", "en")
    assert r.returncode == 0, r.stdout + r.stderr
    home = tmp_path / "home"
    assert app("import-bundle", out, "--allow-unsigned", home=home).returncode == 0
    # The phone-only service for all of Kainuu: under a distance filter, with its mode.
    assert _search(home, "--near", "Suomussalmi", "--max-km", "5") == ["h-phone"]
    assert _search(home, "--near", "Kajaani", "--max-km", "5", "--mode", "phone") == [
        "h-phone"]
    assert _search(home, "--near", "Kajaani", "--max-km", "5", "--mode", "in-person") == [
        "h-place"]
    kuhmo = _search(home, "--municipality", "Kuhmo")
    assert "h-phone" in kuhmo and "h-place" not in kuhmo and len(kuhmo) == 2
    assert _search(home, "--near", "Helsinki", "--max-km", "50") == []
