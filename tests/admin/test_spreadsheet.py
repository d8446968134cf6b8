"""The volunteer spreadsheet template: both CSV dialects, old Excel encodings, bad rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from hytedesk.admin.sources.spreadsheet import parse_days, parse_hours
from tests.admin.conftest import REPO, run_build, terms, texts

EXAMPLE = REPO / "hytedesk" / "resources" / "spreadsheet-template-example.csv"
HEADER_FI = "nimi;järjestäjä;kunta;viikonpäivä;kellonaika;hinta;osallistumistapa;painopiste"


def by_name(services: dict[str, dict[str, object]]) -> dict[str, dict[str, object]]:
    return {str(r["name"]): r for r in services.values()}


def test_example_file_in_excel_finnish_dialect() -> None:
    result, services = run_build(EXAMPLE)
    assert result.problems.error_count == 0, texts(result.problems.errors)
    rows = by_name(services)
    assert len(rows) == 5
    kahvi = rows["Kylätalon kahvikerho"]
    assert kahvi["organization"]["name"] == "Vuolijoen kyläyhdistys ry"  # type: ignore[index]
    loc = kahvi["service_at_locations"][0]["location"]  # type: ignore[index]
    assert loc["name"] == "Vuolijoen kylätalo"
    assert loc["addresses"][0] == {"id": loc["addresses"][0]["id"], "address_type": "physical",
                                   "city": "Kajaani", "country": "FI",
                                   "address_1": "Vuolijoentie 1", "postal_code": "88270"}
    s = loc["schedules"][0]
    assert (s["freq"], s["byday"], s["opens_at"], s["closes_at"]) == ("WEEKLY", "TU", "10:00",
                                                                      "12:00")
    assert {"hyte-theme:4", "life-situation:loneliness", "life-situation:peer-support",
            "mode:in-person", "provider-type:ngo"} <= terms(kahvi)
    assert kahvi["cost_options"][0]["amount"] == 0  # type: ignore[index]
    assert kahvi["assured_date"] == "2026-10-01"
    jumppa = rows["Tuolijumppa"]
    assert jumppa["cost_options"][0]["amount"] == 2  # type: ignore[index]
    assert {"hyte-theme:1", "hyte-theme:2"} <= terms(jumppa)
    suru = rows["Sururyhmä"]
    assert {"mode:video", "mode:in-person", "provider-type:parish",
            "life-situation:bereavement"} <= terms(suru)
    sched = suru["service_at_locations"][0]["location"]["schedules"][0]  # type: ignore[index]
    assert (sched["freq"], sched["byday"]) == ("MONTHLY", "1WE")
    puhelin = rows["Puhelinystävä"]
    assert "service_at_locations" not in puhelin and "mode:phone" in terms(puhelin)
    assert puhelin["schedules"][0]["byday"] == "MO,TU,WE,TH,FR"  # type: ignore[index]
    omais = rows["Omaishoitajien vertaisryhmä"]
    assert omais["service_at_locations"][0]["location"]["schedules"][0]["byday"] == "-1TH"  # type: ignore[index]


def test_same_ids_across_builds() -> None:
    _r1, a = run_build(EXAMPLE)
    _r2, b = run_build(EXAMPLE)
    assert sorted(a) == sorted(b) and all(i.startswith("sheet:") for i in a)


def test_comma_dialect_utf8(tmp_path: Path) -> None:
    src = tmp_path / "comma.csv"
    src.write_text('name,organiser,municipality,weekday,time,cost,mode,priority area\n'
                   '"Lukupiiri, kirjasto",Puolangan kirjasto,Puolanka,ke,17-18,free,'
                   '"in person, video",4\n', encoding="utf-8")
    result, services = run_build(src)
    assert result.problems.error_count == 0, texts(result.problems.errors)
    (rec,) = services.values()
    assert rec["name"] == "Lukupiiri, kirjasto"
    assert {"mode:in-person", "mode:video", "hyte-theme:4"} <= terms(rec)


def test_latin1_from_old_excel_is_converted_with_a_warning(tmp_path: Path) -> None:
    src = tmp_path / "vanha.csv"
    text = HEADER_FI + "\nPäiväkahvit;Hyrynsalmen Martat;Hyrynsalmi;ti;13-15;maksuton;" \
        "paikan päällä;4\n"
    src.write_bytes(text.encode("cp1252"))
    result, services = run_build(src)
    assert result.problems.error_count == 0
    (rec,) = services.values()
    assert rec["name"] == "Päiväkahvit"
    assert any("vanha.csv:1: the file was not UTF-8 but an old Excel encoding" in w
               for w in texts(result.problems.warnings))


def test_undecodable_bytes_and_utf16_are_rejected_precisely(tmp_path: Path) -> None:
    src = tmp_path / "rikki.csv"
    src.write_bytes((HEADER_FI + "\nA;B;Kuhmo;ti;10-11;;;4\n").encode() + b"C\x81;D;Kuhmo\n")
    result, _ = run_build(src)
    assert texts(result.problems.errors) == [
        f"{src}:3: the encoding was not recognised (byte 0x81); save it from Excel as "
        "'CSV UTF-8 (Comma delimited)'"]
    u16 = tmp_path / "unicode.csv"
    u16.write_bytes((HEADER_FI + "\n").encode("utf-16"))
    result, _ = run_build(u16, fmt="spreadsheet")
    assert "UTF-16" in texts(result.problems.errors)[0]


def test_bad_rows_name_the_line_and_column(tmp_path: Path) -> None:
    src = tmp_path / "virheet.csv"
    src.write_text(HEADER_FI + "\n"
                   "Hyvä rivi;Yhdistys ry;Kuhmo;ti;10-12;maksuton;paikan päällä;4\n"
                   ";Yhdistys ry;Kuhmo;ti;10-12;;;\n"
                   "Myöhäinen;Yhdistys ry;Kuhmo;ti;23-25:00;;;\n"
                   "Outo päivä;Yhdistys ry;Kuhmo;joskus;10-12;;;\n"
                   "Liikaa;Yhdistys ry;Kuhmo;ti;10-12;;;4;ylimääräinen\n"
                   "Teema;Yhdistys ry;Kuhmo;ti;10-12;;;9\n", encoding="utf-8")
    result, services = run_build(src)
    errors = texts(result.problems.errors)
    assert f"{src}:3: nimi: required value is missing" in errors
    assert f"{src}:4: kellonaika: time '23-25:00' is not valid (form HH:MM, 00:00–24:00)" \
        in errors
    assert any(e.startswith(f"{src}:5: viikonpäivä: value 'joskus' was not recognised")
               for e in errors)
    assert any(e.startswith(f"{src}:6: the row has 9 cells, the header 8") for e in errors)
    assert any(e.startswith(f"{src}:7: painopiste: value '9' was not recognised")
               for e in errors)
    assert [r["name"] for r in services.values()] == ["Hyvä rivi"]
    assert result.blocking
    # --skip-invalid leaves the bad rows out and lets the build go on.
    result2, services2 = run_build(src, skip_invalid=True)
    assert not result2.blocking


def test_missing_required_column(tmp_path: Path) -> None:
    src = tmp_path / "sarakkeet.csv"
    src.write_text("nimi;kunta\nKerho;Kuhmo\n", encoding="utf-8")
    result, _ = run_build(src)
    assert texts(result.problems.errors)[0].startswith(
        f"{src}:1: column 'järjestäjä' is missing from the header row")


def test_malformed_csv(tmp_path: Path) -> None:
    src = tmp_path / "lainaus.csv"
    src.write_text(HEADER_FI + '\nKerho;Yhdistys;Kuhmo\n"Kuoro;Yhdistys;Kuhmo\nTanssi;Y;Kuhmo\n',
                   encoding="utf-8")
    result, _ = run_build(src)
    # An unterminated quote is reported on the row where it opens.
    (error,) = texts(result.problems.errors)
    assert error.startswith(f"{src}:3: malformed CSV: unexpected end of data")
    assert result.blocking


@pytest.mark.parametrize("text,expected", [
    ("ma", ("WEEKLY", "MO")), ("ma, ke ja pe", ("WEEKLY", "MO,WE,FR")),
    ("ma-pe", ("WEEKLY", "MO,TU,WE,TH,FR")), ("la–su", ("WEEKLY", "SA,SU")),
    ("tiistaisin", ("WEEKLY", "TU")), ("1. ti", ("MONTHLY", "1TU")),
    ("viimeinen pe", ("MONTHLY", "-1FR")), ("mon, thu", ("WEEKLY", "MO,TH")),
    ("joskus", None),
])
def test_weekdays(text: str, expected: tuple[str, str] | None) -> None:
    assert parse_days(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("10-12", ("10:00", "12:00")), ("klo 9.30–11", ("09:30", "11:00")),
    ("10:00 - 12:00", ("10:00", "12:00")), ("18", ("18:00", None)),
    ("20-24", ("20:00", "24:00")), ("25:00", None), ("10-12-14", None),
])
def test_hours(text: str, expected: tuple[str, str | None] | None) -> None:
    assert parse_hours(text) == expected


def test_excel_workbook_is_explained(tmp_path: Path) -> None:
    book = tmp_path / "kerhot.xlsx"
    book.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    result, _ = run_build(book)
    assert texts(result.problems.errors) == [
        f"{book}:1: this is an Excel workbook, not a CSV file; save it from Excel as "
        "'CSV UTF-8 (Comma delimited)'"]


def test_village_named_in_the_place_gives_coordinates() -> None:
    demo = REPO / "hytedesk" / "resources" / "demo" / "kainuu-demo.hytebundle"
    result, services = run_build(EXAMPLE, places=demo)
    kahvi = by_name(services)["Kylätalon kahvikerho"]
    loc = kahvi["service_at_locations"][0]["location"]  # type: ignore[index]
    assert 64.0 < loc["latitude"] < 64.3 and 26.9 < loc["longitude"] < 27.3  # Vuolijoki
    assert result.problems.error_count == 0
