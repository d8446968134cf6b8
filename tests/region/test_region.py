"""The region's picture end to end: two laptops record referrals, an unmet need, a local
service and a "this entry is wrong" report; their packages reach a real nginx (PUT) and a
USB folder; ``collect`` and ``report`` give numbers that match the records, with small
cells hidden; the next build report lists the field's reports and proposals."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from hytedesk.admin.main import main as admin_main
from hytedesk.admin.region_report import sections_for
from hytedesk.app.session import open_session
from hytedesk.base.disclosure import HIDDEN, show, suppress
from hytedesk.commands.main import main as cli_main
from hytedesk.local.localdb import LocalDB
from hytedesk.outbox.prepare import pending, prepare
from hytedesk.outbox.reports import report_wrong, wrong_reports
from hytedesk.referrals.local_services import (
    LocalServiceInput,
    build_record,
    save_local_service,
)
from tests.region.conftest import Nginx, laptop_home, record

REPO = Path(__file__).resolve().parents[2]
POPULATION = REPO / "hytedesk" / "resources" / "admin" / "population-kehys-kainuu-2023.csv"
NOV, DEC = date(2026, 11, 10), date(2026, 12, 2)


@pytest.fixture
def two_laptops(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                region_key: tuple[Path, str], nginx: Nginx) -> dict[str, Path]:
    _key, public = region_key
    # Laptop A: Suomussalmi home care, 6 lonely clients (3 reached a service) and two
    # clients in Kuhmo with debt that nothing within reach met; a village club; a report.
    a = laptop_home(tmp_path / "laptop-a", monkeypatch, public)
    for i in range(6):
        record(a, NOV, ("loneliness",), "Suomussalmi", outcome="reached" if i < 3 else None)
    for _ in range(2):
        record(a, NOV, ("debt",), "Kuhmo", unmet=("debt",))
    with LocalDB(a) as local:
        save_local_service(local, build_record(LocalServiceInput(
            name="Kiannanniemen kyläkerho", organization="Kiannanniemen kyläyhdistys",
            municipality="Suomussalmi", situations=("loneliness",))))
        session = open_session(a)
        try:
            report_wrong(local, session.conn, "vertais", "closed", "Ryhmä loppui syksyllä")
        finally:
            session.close()
        local.set("upload.url", nginx.url)
    assert cli_main(["outbox", "send"]) == 0
    # Laptop B: no network; 4 lonely clients in November, one in Hyrynsalmi in December.
    b = laptop_home(tmp_path / "laptop-b", monkeypatch, public)
    for _ in range(4):
        record(b, NOV, ("loneliness",), "Suomussalmi")
    record(b, DEC, ("loneliness",), "Hyrynsalmi")
    usb = tmp_path / "usb-stick"
    assert cli_main(["outbox", "export", str(usb)]) == 0
    return {"a": a.data, "b": b.data, "usb": usb, "upload": nginx.root}


def _collect(tmp_path: Path, key: Path, *sources: Path) -> Path:
    db = tmp_path / "coordinator" / "region.db"
    assert admin_main(["collect", *map(str, sources), "--key", str(key), "-o", str(db),
                       "--lang", "en"]) == 0
    return db


def test_packages_reach_the_server_and_the_stick_encrypted(
        two_laptops: dict[str, Path]) -> None:
    uploaded = sorted(two_laptops["upload"].glob("*.age"))
    exported = sorted(two_laptops["usb"].glob("*.age"))
    # A: November, and the current month with the local service and the report; B: November
    # and December.
    assert len(uploaded) == 2 and len(exported) == 2
    for path in uploaded + exported:
        data = path.read_bytes()
        assert data.startswith(b"age-encryption.org/v1\n")
        for secret in (b"Suomussalmi", b"loneliness", b"Kiannanniemen", b"vertais",
                       b"installation_id", b"Ryhm"):
            assert secret not in data


def test_collect_and_report_match_the_records(two_laptops: dict[str, Path], tmp_path: Path,
                                              region_key: tuple[Path, str]) -> None:
    key, _ = region_key
    db = _collect(tmp_path, key, two_laptops["upload"], two_laptops["usb"])
    sections = sections_for(db, "2026-11", "2026-12", "en",
                            {"Suomussalmi": 7172, "Kuhmo": 7582, "Hyrynsalmi": 2063})
    # Per municipality: 10 in Suomussalmi (6 + 4), 2 in Kuhmo, 1 in Hyrynsalmi.
    expected = suppress({("Suomussalmi", ""): 10, ("Kuhmo", ""): 2, ("Hyrynsalmi", ""): 1})
    munis = {row[0]: row for row in sections["municipalities"].rows}
    assert munis["Suomussalmi"][1] == "10" == str(expected.row_totals["Suomussalmi"])
    assert munis["Kuhmo"][1] == HIDDEN and munis["Hyrynsalmi"][1] == HIDDEN
    assert munis["Suomussalmi"][3] == "1.4"  # 10 / 7,172 residents × 1,000
    assert munis["Kuhmo"][3] == "–"  # no rate for a hidden count
    assert munis["total"][1] == "13"
    # Months: November 12 and December 1 — one month alone would give the other away.
    months = dict((r[0], r[1]) for r in sections["months"].rows)
    assert months == {"2026-11": HIDDEN, "2026-12": HIDDEN, "total": "13"}
    # Unmet needs: two debt needs in Kuhmo, hidden as a small cell.
    assert ["Kuhmo", "Debt", HIDDEN] in sections["unmet"].rows
    # Outcomes: in November 3 reached and 9 not recorded yet (A: 3 + 2, B: 4), in December
    # 1 not recorded. The 3 and the 1 are small; the 9 goes with them, or November's
    # total would give the 3 back, and so does November's total 12, or the grand total 13
    # would give December's 1 back.
    outcomes = {(r[0], r[1]): r[2] for r in sections["outcomes"].rows}
    expected = suppress({("2026-11", "-"): 9, ("2026-11", "reached"): 3, ("2026-12", "-"): 1})
    assert outcomes[("2026-11", "not recorded yet")] == HIDDEN == show(
        expected.cells[("2026-11", "-")])
    assert outcomes[("2026-11", "reached the service")] == HIDDEN
    assert outcomes[("2026-11", "total")] == HIDDEN == show(expected.row_totals["2026-11"])


def test_report_files_html_pdf_and_both_csv_dialects(two_laptops: dict[str, Path],
                                                     tmp_path: Path,
                                                     region_key: tuple[Path, str]) -> None:
    key, _ = region_key
    db = _collect(tmp_path, key, two_laptops["upload"], two_laptops["usb"])
    out = tmp_path / "report"
    assert admin_main(["report", str(db), "--from", "2026-11", "--to", "2026-12",
                       "--population", str(POPULATION), "-o", str(out), "--lang", "fi"]) == 0
    page = (out / "report.html").read_text("utf-8")
    assert "Alueellinen palveluohjausraportti" in page and "Suomussalmi" in page
    assert "<svg" in page and "&lt;5" in page
    text = "".join(p.extract_text() for p in PdfReader(out / "report.pdf").pages)
    assert "Ohjaukset kunnittain" in text and "Suomussalmi" in text
    excel = (out / "municipalities.excel.csv").read_bytes()
    assert excel.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(excel.decode("utf-8-sig")), delimiter=";"))
    assert ["Suomussalmi", "10", "7172", "1,4"] in rows
    assert any(r[0] == "Kuhmo" and r[1] == "<5" for r in rows)
    plain = list(csv.reader(io.StringIO((out / "municipalities.csv").read_text("utf-8"))))
    assert [r[:2] for r in plain[1:]] == [r[:2] for r in rows[1:]]
    for row in rows[1:]:  # nothing below 5 is shown anywhere
        assert row[1] == "<5" or int(row[1]) == 0 or int(row[1]) >= 5


def test_sending_twice_counts_once(two_laptops: dict[str, Path], tmp_path: Path,
                                   region_key: tuple[Path, str],
                                   capsys: pytest.CaptureFixture[str]) -> None:
    key, _ = region_key
    db = _collect(tmp_path, key, two_laptops["upload"], two_laptops["usb"])
    again = _collect(tmp_path, key, two_laptops["upload"], two_laptops["usb"])
    assert again == db
    assert "0 new packages" in capsys.readouterr().out
    munis = {r[0]: r[1] for r in sections_for(db, "2026-11", "2026-12")["municipalities"].rows}
    assert munis["total"] == "13"


def test_an_outcome_recorded_later_replaces_the_month(
        two_laptops: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        region_key: tuple[Path, str]) -> None:
    key, _ = region_key
    monkeypatch.setenv("HYTEDESK_HOME", str(two_laptops["b"].parent))
    from hytedesk.base.paths import default_paths
    from hytedesk.referrals.store import record_outcome

    with LocalDB(default_paths()) as local:
        assert prepare(local).packages == []  # nothing changed: nothing new to send
        for rid in (1, 2, 3, 4):
            record_outcome(local, rid, "reached")
        made = prepare(local).packages
        assert len(made) == 1  # November again, revision 2
    assert cli_main(["outbox", "export", str(two_laptops["usb"])]) == 0
    db = _collect(tmp_path, key, two_laptops["upload"], two_laptops["usb"])
    outcomes = {(r[0], r[1]): r[2] for r in
                sections_for(db, "2026-11", "2026-11")["outcomes"].rows}
    assert outcomes[("2026-11", "reached the service")] == "7"  # 3 (A) + 4 (B), not 3 + 0
    assert outcomes[("2026-11", "not recorded yet")] == "5"  # A's 3 + 2; B's are all reached


def test_the_next_build_report_lists_field_reports_and_proposals(
        two_laptops: dict[str, Path], tmp_path: Path, region_key: tuple[Path, str],
        capsys: pytest.CaptureFixture[str]) -> None:
    key, _ = region_key
    db = _collect(tmp_path, key, two_laptops["upload"], two_laptops["usb"])
    capsys.readouterr()
    sheet = REPO / "hytedesk" / "resources" / "spreadsheet-template-example.csv"
    out = tmp_path / "kainuu-2.hytebundle"
    assert admin_main(["build", str(sheet), "-o", str(out), "--field", str(db),
                       "--lang", "en"]) == 0
    printed = capsys.readouterr().out
    assert "Reports of wrong entries: 1" in printed and "Proposed local services: 1" in printed
    report = out.with_name("kainuu-2.report.txt").read_text("utf-8")
    assert "vertais (Leskien vertaistukiryhmä): the service has ended or closed ×1" in report
    assert "Kiannanniemen kyläkerho" in report
    # One command takes the proposal into a source file for the next build.
    sid = next(line.split()[0] for line in report.splitlines()
               if "Kiannanniemen kyläkerho" in line)
    target = tmp_path / "accepted.json"
    assert admin_main(["accept-local", str(db), sid, "-o", str(target), "--lang", "en"]) == 0
    accepted = json.loads(target.read_text("utf-8"))
    assert [s["name"] for s in accepted] == ["Kiannanniemen kyläkerho"]
    assert admin_main(["build", str(target), "-o", str(tmp_path / "local.hytebundle"),
                       "--lang", "en"]) == 0


def test_the_report_leaves_the_laptops_list_when_the_catalogue_changes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, region_key: tuple[Path, str]) -> None:
    from hytedesk.catalogue.importer import import_bundle
    from tests.referrals import fixture

    paths = laptop_home(tmp_path / "laptop", monkeypatch, region_key[1])
    with LocalDB(paths) as local:
        session = open_session(paths)
        try:
            report_wrong(local, session.conn, "vertais", "wrong-time")
            assert [r.service_id for r in wrong_reports(local, session.conn)] == ["vertais"]
        finally:
            session.close()
        changed = [dict(s) for s in fixture.SERVICES]
        for s in changed:
            if s["id"] == "vertais":
                s["description"] = "Ryhmä kokoontuu nyt keskiviikkoisin."
        bundle = tmp_path / "v2.hytebundle"
        fixture.build(bundle, version=2, services=changed)
        import_bundle(paths, bundle)
        session = open_session(paths)
        try:
            assert wrong_reports(local, session.conn) == []
            assert len(wrong_reports(local, session.conn, include_resolved=True)) == 1
        finally:
            session.close()


def test_outbox_status_lists_the_laptops_own_reports(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, region_key: tuple[Path, str],
        capsys: pytest.CaptureFixture[str]) -> None:
    laptop_home(tmp_path / "laptop", monkeypatch, region_key[1])
    assert cli_main(["report-wrong", "vertais", "--reason", "closed", "--note",
                     "Ryhmä loppui"]) == 0
    assert cli_main(["outbox", "status"]) == 0
    out = capsys.readouterr().out
    assert "has not changed yet: 1" in out
    assert "vertais (Leskien vertaistukiryhmä): the service has ended or closed" in out
    assert cli_main(["report-wrong", "no-such-service", "--reason", "closed"]) == 2


def test_nothing_is_prepared_without_the_regions_key(tmp_home: Path) -> None:
    from hytedesk.base.paths import default_paths

    with LocalDB(default_paths().ensure()) as local:
        result = prepare(local)
        assert result.no_key and pending(local) == []
