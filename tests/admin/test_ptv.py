"""PTV Open API v11 JSON → HSDS services (fixtures in tests/admin/fixtures/ptv)."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from hytedesk.admin.sources.ptv import etrs_to_wgs84
from tests.admin.conftest import PTV, ptv_sources, run_build, terms, texts, write_json

LIIKUNTA = "05000000-0000-4000-8000-000000000001"
TALOUS = "05000000-0000-4000-8000-000000000002"
KESKUSTELU = "05000000-0000-4000-8000-000000000003"
DRAFT = "05000000-0000-4000-8000-000000000004"
SENIOR = "05000000-0000-4000-8000-000000000005"
SC = "http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/"
LE = "http://uri.suomi.fi/codelist/ptv/ptvelti/code/"
TG = "http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/"


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def location(rec: dict[str, Any], channel_suffix: str) -> dict[str, Any]:
    for sal in rec["service_at_locations"]:
        if sal["location"]["id"].endswith(channel_suffix):
            return dict(sal["location"])
    raise AssertionError(f"no location {channel_suffix}")


def test_kajaani_centre_converted_from_etrs_tm35fin_within_500_m(ptv_services: Any) -> None:
    loc = location(ptv_services[LIIKUNTA], "0001")
    assert km(loc["latitude"], loc["longitude"], 64.2245, 27.7334) < 0.5
    # The classic mistake (northing and easting swapped) lands nowhere near Finland.
    lat, lon = etrs_to_wgs84(7122236, 535583)
    assert 64.2 < lat < 64.25 and 27.7 < lon < 27.76


def test_swapped_northing_and_easting_are_corrected_with_a_warning(ptv_services: Any) -> None:
    loc = location(ptv_services[TALOUS], "0002")
    assert km(loc["latitude"], loc["longitude"], 64.13, 28.39) < 15  # Sotkamo
    result, _ = run_build(*ptv_sources())
    assert any("channels.json:85: addresses[0].latitude: northing and easting were swapped" in t
               for t in texts(result.problems.warnings))


def test_three_languages_and_main_language(ptv_services: Any) -> None:
    rec = ptv_services[LIIKUNTA]
    assert rec["name"] == "Liikuntaneuvonta"
    assert rec["translations"]["sv"]["name"] == "Motionsrådgivning"
    assert rec["translations"]["en"]["name"] == "Exercise counselling"
    assert rec["translations"]["en"]["description"] == "Personal guidance to start moving."
    assert rec["application_process"] == "Varaa aika puhelimitse."
    loc = location(rec, "0001")
    assert loc["translations"]["sv"]["name"] == "Kajana idrottsbyrå"
    street = loc["addresses"][0]
    assert street["address_1"] == "Pohjolankatu 13" and street["city"] == "Kajaani"
    assert street["translations"]["sv"] == {"address_1": "Pohjolagatan 13", "city": "Kajana"}
    # A service that exists only in Swedish and English keeps Swedish at the top level.
    senior = ptv_services[SENIOR]
    assert senior["name"] == "Seniorgympa"
    assert senior["translations"]["en"]["name"] == "Gym for seniors"


def test_organization_business_id_and_provider_types(ptv_services: Any) -> None:
    org = ptv_services[LIIKUNTA]["organization"]
    assert org["name"] == "Kajaanin kaupunki" and org["tax_id"] == "0208103-1"
    assert org["website"] == "https://www.example.fi/kajaani"
    assert "provider-type:municipality" in terms(ptv_services[LIIKUNTA])
    assert "provider-type:welfare-region" in terms(ptv_services[TALOUS])
    assert "provider-type:parish" in terms(ptv_services[KESKUSTELU])


def test_classifications_in_both_uri_forms_and_mapping(ptv_services: Any) -> None:
    t = terms(ptv_services[LIIKUNTA])
    assert SC + "P27.1" in t
    assert LE + "KE11" in t  # given as the legacy http://urn.fi/URN:NBN:fi:au:ptvl:v3004
    assert TG + "KR1.1" in t
    assert "http://www.yso.fi/onto/yso/p25873" in t
    # P27.1 inherits the P27 row (priority area 1); KE11 maps to area 2 and illness.
    assert {"hyte-theme:1", "hyte-theme:2", "life-situation:illness"} <= t
    t2 = terms(ptv_services[TALOUS])
    assert SC + "P15.1" in t2 and SC + "P4" in t2  # legacy v1133 and legacy notation URN
    assert {"hyte-theme:6", "life-situation:debt", "life-situation:money-management"} <= t2
    t3 = terms(ptv_services[KESKUSTELU])
    assert LE + "KE14" in t3 and "life-situation:bereavement" in t3


def test_unknown_classification_uri_is_a_precise_warning() -> None:
    result, services = run_build(*ptv_sources())
    msgs = texts(result.problems.warnings)
    assert any(m.endswith("services.json:97: serviceClasses[0].uri: classification "
                          "'http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P99.9' is not in "
                          "the PTV code lists; left out") or
               "services.json:97: serviceClasses[0].uri" in m for m in msgs)
    assert SC + "P99.9" not in terms(services[KESKUSTELU])


def test_channel_types_give_locations_phones_and_modes(ptv_services: Any) -> None:
    rec = ptv_services[TALOUS]
    kinds = {sal["location"]["location_type"] for sal in rec["service_at_locations"]}
    assert kinds == {"physical", "virtual"}
    assert {"+358295024560", "+358295024561"} == {p["number"] for p in rec["phones"]}
    assert {"mode:in-person", "mode:phone", "mode:video"} <= terms(rec)
    video = location(rec, "0005")
    assert video["url"] == "https://video.example.fi/talous"
    # The web page channel gives the service its URL; the printable form is not a location.
    liikunta = ptv_services[LIIKUNTA]
    assert liikunta["url"].startswith("https://www.example.fi/")
    assert all(not sal["location"]["id"].endswith("0007")
               for sal in liikunta["service_at_locations"])
    assert "mode:home-visit" in terms(ptv_services[SENIOR])  # "hembesök" in the description


def test_service_hours(ptv_services: Any) -> None:
    scheds = location(ptv_services[LIIKUNTA], "0001")["schedules"]
    weekly = {(s["byday"], s["opens_at"], s["closes_at"]) for s in scheds
              if "valid_from" not in s}
    assert weekly == {("MO,TU,WE", "08:00", "16:00"), ("TH", "08:00", "18:00"),
                      ("FR", "08:00", "14:00")}
    # Exceptional: closed on Christmas Eve (validFrom in UTC is the evening before).
    closed = [s for s in scheds if s.get("valid_from") == "2026-12-24"]
    assert len(closed) == 1 and "opens_at" not in closed[0]
    assert closed[0]["description"].startswith("Suljettu")
    assert closed[0]["translations"]["en"]["description"] == "Closed. Christmas Eve"
    nye = [s for s in scheds if s.get("valid_from") == "2026-12-31"]
    assert nye[0]["byday"] == "TH" and (nye[0]["opens_at"], nye[0]["closes_at"]) == ("10:00",
                                                                                     "14:00")
    # Over midnight: Friday 20:00 to Saturday 02:00 as two daily spans.
    phone = location(ptv_services[TALOUS], "0003")["schedules"]
    spans = {(s["byday"], s["opens_at"], s["closes_at"]) for s in phone}
    assert {("FR", "20:00", "24:00"), ("SA", "00:00", "02:00"), ("MO", "09:00", "12:00")} == spans
    # Always open.
    always = location(ptv_services[KESKUSTELU], "0004")["schedules"][0]
    assert (always["byday"], always["opens_at"], always["closes_at"]) == (
        "MO,TU,WE,TH,FR,SA,SU", "00:00", "24:00")
    # Connection-specific hours override the channel's own (Tuesday 12–15:30 only).
    sotkamo = location(ptv_services[TALOUS], "0002")["schedules"]
    assert [(s["byday"], s["opens_at"], s["closes_at"]) for s in sotkamo] == [
        ("TU", "12:00", "15:30")]


def test_charge_type_and_areas(ptv_services: Any) -> None:
    free = ptv_services[LIIKUNTA]["cost_options"]
    assert free[0]["amount"] == 0
    charged = ptv_services[TALOUS]["cost_options"][0]
    assert "amount" not in charged and charged["option"] == "Maksullinen"
    assert charged["amount_description"].startswith("Ensimmäinen käynti")
    assert [a["name"] for a in ptv_services[LIIKUNTA]["service_areas"]] == ["Kajaani"]
    assert [a["name"] for a in ptv_services[TALOUS]["service_areas"]] == ["Kainuu"]
    assert [a["name"] for a in ptv_services[KESKUSTELU]["service_areas"]] == ["Suomi"]
    assert [lg["code"] for lg in ptv_services[LIIKUNTA]["languages"]] == ["fi", "sv"]


def test_unpublished_records_are_skipped_and_counted() -> None:
    result, services = run_build(*ptv_sources())
    assert DRAFT not in services
    assert result.report.skipped == {"ptv service: Draft": 1, "ptv channel: Deleted": 1,
                                     "ptv organization: Draft": 1}
    assert result.problems.error_count == 0


def test_single_object_and_plain_list_forms(tmp_path: Path) -> None:
    page = json.loads((PTV / "services.json").read_text(encoding="utf-8"))
    single = write_json(tmp_path / "one.json", page["itemList"][0])
    result, services = run_build(single, PTV / "channels.json", PTV / "organizations.json")
    assert list(services) == [LIIKUNTA]
    listed = write_json(tmp_path / "list.json", page["itemList"])
    _result, services = run_build(listed, PTV / "channels.json", PTV / "organizations.json")
    assert set(services) == {LIIKUNTA, TALOUS, KESKUSTELU, SENIOR}


def test_25_00_is_an_error_naming_file_line_and_field(tmp_path: Path) -> None:
    channels = json.loads((PTV / "channels.json").read_text(encoding="utf-8"))
    channels[0]["serviceHours"][0]["openingHour"][1]["to"] = "25:00"
    bad = write_json(tmp_path / "channels.json", channels)
    result, _services = run_build(PTV / "services.json", bad)
    errors = texts(result.problems.errors)
    assert any(e.endswith("channels.json:2: serviceHours[0].openingHour[1].to: time '25:00' is "
                          "not valid (form HH:MM, 00:00–24:00)") for e in errors), errors
    assert result.blocking


def test_id_only_page_is_explained(tmp_path: Path) -> None:
    page = write_json(tmp_path / "guids.json", {"pageNumber": 1, "pageCount": 1, "itemList": [
        {"id": LIIKUNTA, "name": "Liikuntaneuvonta"}]})
    result, _ = run_build(page)
    assert "list endpoint" in texts(result.problems.errors)[0]


def test_missing_organization_and_unknown_channel(tmp_path: Path) -> None:
    page = json.loads((PTV / "services.json").read_text(encoding="utf-8"))
    svc = page["itemList"][0]
    svc["organizations"] = []
    svc["serviceChannels"].append({"serviceChannel": {"id": "0c000000-dead"}})
    src = write_json(tmp_path / "svc.json", svc)
    result, _ = run_build(src, PTV / "channels.json")
    assert any("svc.json:1: organizations: the service has no responsible organisation" in e
               for e in texts(result.problems.errors))
    assert any("service channel 0c000000-dead is not in the sources" in w
               for w in texts(result.problems.warnings))
