"""Statistics and CSV, the handout HTML, local services (search, catalogue updates, export)."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

from hytedesk.app.session import Session, open_session
from hytedesk.base.i18n import UserError
from hytedesk.base.paths import Paths
from hytedesk.catalogue.importer import import_bundle
from hytedesk.catalogue.search import SearchQuery, search
from hytedesk.commands.main import main as cli_main
from hytedesk.local.localdb import LocalDB
from hytedesk.referrals.handout import Handout, build_html
from hytedesk.referrals.labels import StatLabels
from hytedesk.referrals.local_services import (
    LocalServiceInput,
    build_record,
    export_hsds,
    list_local_services,
    save_local_service,
)
from hytedesk.referrals.model import ClientContext, Referral, ServiceRef, UnmetNeed
from hytedesk.referrals.services import ServiceDetail
from hytedesk.referrals.stats import statistics, to_csv, totals
from hytedesk.referrals.store import record_outcome, save_referral
from hytedesk.referrals.workflow import details_for
from tests.referrals import fixture
from tests.referrals.conftest import NOW


def _save(local: LocalDB, day: date, items: tuple[str, ...], muni: str = "Suomussalmi",
          unmet: tuple[str, ...] = (), area: str = "home-care") -> int:
    return save_referral(local, Referral(
        context=ClientContext(age_band="75+", municipality=muni), staff_service_area=area,
        items=items, themes=("4",), chosen=[ServiceRef("vertais", "Leskien vertaistukiryhmä")],
        unmet=[UnmetNeed(u, "4", muni) for u in unmet]), today=day)


@pytest.fixture
def recorded(local: LocalDB) -> list[int]:
    ids = [
        _save(local, date(2026, 10, 3), ("loneliness", "bereavement")),
        _save(local, date(2026, 10, 20), ("loneliness",), muni="Kuhmo", unmet=("debt",)),
        _save(local, date(2026, 11, 2), ("debt",), area="day-activities", unmet=("debt",)),
        _save(local, date(2026, 12, 1), ("loneliness",)),
    ]
    record_outcome(local, ids[0], "reached")
    record_outcome(local, ids[1], "tried-not-in", "too-far")
    return ids


def test_counts_match_the_records(local: LocalDB, recorded: list[int]) -> None:
    rows = statistics(local.conn, "situation")
    assert {(r.month, r.value, r.count) for r in rows} == {
        ("2026-10", "loneliness", 2), ("2026-10", "bereavement", 1), ("2026-11", "debt", 1),
        ("2026-12", "loneliness", 1)}
    period = statistics(local.conn, "situation", start=date(2026, 10, 10),
                        end=date(2026, 11, 30))
    assert totals(period) == {"debt": 1, "loneliness": 1}
    assert totals(statistics(local.conn, "municipality")) == {"Suomussalmi": 3, "Kuhmo": 1}
    assert totals(statistics(local.conn, "outcome")) == {"-": 2, "reached": 1,
                                                         "tried-not-in": 1}
    assert totals(statistics(local.conn, "staff")) == {"home-care": 3, "day-activities": 1}
    assert totals(statistics(local.conn, "unmet")) == {"debt": 2}
    assert totals(statistics(local.conn, "theme")) == {"4": 4}
    with pytest.raises(UserError):
        statistics(local.conn, "colour")


def test_both_csv_dialects_read_back(local: LocalDB, recorded: list[int],
                                     session: Session) -> None:
    rows = statistics(local.conn, "situation")
    labels = StatLabels.from_catalogue(session.conn, "fi")
    excel = to_csv(rows, "excel-fi", lang="fi", label=labels)
    assert excel.startswith(b"\xef\xbb\xbf")
    back = list(csv.reader(io.StringIO(excel.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert back[0] == ["kuukausi", "luokittelu", "arvo", "selite", "lukumäärä"]
    # Counts for others follow the small-cell rule (tests/referrals/test_disclosure.py).
    assert ["2026-10", "situation", "bereavement", "Läheisen kuolema", "<5"] in back
    assert ["2026-10", "situation", "", "yhteensä", "<5"] in back
    plain = to_csv(rows, "rfc4180", lang="en", label=labels)
    assert not plain.startswith(b"\xef\xbb\xbf") and b"\r\n" in plain
    back2 = list(csv.DictReader(io.StringIO(plain.decode("utf-8"), newline="")))
    assert [(r["month"], r["value"], r["count"]) for r in back2] == [
        (r[0], r[2], r[4]) for r in back[1:]]
    # A label with the separator and quotes survives both dialects.
    tricky = to_csv(rows[:1], "rfc4180", label=lambda by, v: 'a, "b"; c')
    assert list(csv.reader(io.StringIO(tricky.decode(), newline="")))[1][3] == 'a, "b"; c'


def test_cli_stats_and_export(local: LocalDB, recorded: list[int], tmp_path: Path,
                              capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert cli_main(["stats", "--by", "outcome", "--from", "2026-10-01", "--to",
                     "2026-10-31", "--csv", "--dialect", "rfc4180"]) == 0
    out = capsysbinary.readouterr().out.decode()
    back = list(csv.reader(io.StringIO(out, newline="")))
    assert sorted(r[2] for r in back[1:]) == ["", "reached", "tried-not-in"]  # "" = total
    assert cli_main(["stats", "--by", "unmet"]) == 0
    assert b"Debt" in capsysbinary.readouterr().out
    target = tmp_path / "local.json"
    assert cli_main(["export-local", str(target)]) == 0
    assert json.loads(target.read_text())["services"] == []
    assert cli_main(["stats", "--from", "yesterday"]) == 2


def hostile_service() -> ServiceDetail:
    rec = fixture.service(
        "x", "Kerho <script>alert('x')</script>", "Tule <b>mukaan</b> & <img src=x "
        "onerror=alert(1)>", "Yhdistys <i>ry</i>", village=("Suomussalmi", 64.887, 28.905),
        street="<a href='javascript:alert(1)'>Tie</a> 1", phone="<b>040</b>",
        terms=("mode:in-person", "mode:phone"), byday="TU", opens="13:00", closes="15:00",
        url="https://example.invalid/?a=<script>", referral=True)
    return ServiceDetail.from_record(rec)


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
@pytest.mark.parametrize("large", [False, True])
def test_handout_escapes_every_field(lang: str, large: bool) -> None:
    h = Handout([hostile_service()], lang=lang, large=large,
                unit_name="Kotihoito <Pohjoinen>", unit_phone="08 <123>", now=NOW,
                day=date(2026, 11, 30))
    doc = build_html(h)
    for bad in ("<script", "<b>mukaan", "<img", "<i>ry", "<a href", "<b>040", "<Pohjoinen>",
                "javascript:alert(1)'>"):
        assert bad not in doc
    assert "&lt;script&gt;" in doc and "&lt;Pohjoinen&gt;" in doc
    assert ("16pt" if large else "11pt") in doc
    title = {"fi": "Palveluja sinulle", "sv": "Tjänster för dig", "en": "Services for you"}
    assert title[lang] in doc
    assert "1.12" in doc or "1 Dec" in doc  # the next Tuesday session


def test_handout_content(session: Session) -> None:
    place = session.conn.execute("SELECT lat, lon FROM places WHERE id = ?",
                                 ("place:kiannanniemi",)).fetchone()
    details = details_for(session.conn, None, ["vertais", "puhelinystava", "gone"])
    assert [d.id for d in details] == ["vertais", "puhelinystava"]  # vanished id skipped
    for d in details:
        d.measure(place[0], place[1])
    doc = build_html(Handout(details, lang="sv", unit_name="Kotihoito", unit_phone="08 615 51",
                             now=NOW, day=date(2026, 11, 30)))
    assert "Kamratstödgrupp för änkor och änklingar" in doc
    assert "Telefonvän för äldre" in doc and "044\u00a01234567" in doc  # national form, unbreakable
    assert "Kirkkotie 5" in doc and "km" in doc
    assert "Per telefon" in doc and "Avgiftsfri" in doc and "Ingen remiss behövs" in doc
    assert "08\u00a0615\u00a051" in doc and "Namn: ____" in doc


def _local(local: LocalDB, name: str = "Kiannan kahvitupa") -> str:
    return save_local_service(local, build_record(LocalServiceInput(
        name=name, organization="Kiannan kyläyhdistys", description="Pullakahvit ja juttua",
        municipality="Suomussalmi", venue="Kylätalo", street="Kyläraitti 3",
        lat=64.9585, lon=28.8225, phone="040 555 1234", situations=("loneliness",),
        themes=("4",), schedule_days="FR", opens="10:00", closes="12:00",
        name_sv="Kianta kaffestuga")), curator="Päivi Ohjaaja", expires=date(2027, 6, 30))


def test_local_services_in_search_and_survive_catalogue_update(
        paths: Paths, local: LocalDB, tmp_path: Path) -> None:
    sid = _local(local)
    save_local_service(local, build_record(LocalServiceInput(
        name="Vanha kerho", organization="X", municipality="Suomussalmi",
        situations=("loneliness",))),
        expires=date(2020, 1, 1))
    s = open_session(paths)
    try:
        hits = search(s.conn, SearchQuery(text="kahvitupa"))
        assert [(h.id, h.local, "local" in h.reasons) for h in hits] == [(sid, True, True)]
        near = search(s.conn, SearchQuery(situations=["loneliness"],
                                          near_place="place:kiannanniemi", max_km=5))
        assert sid in [h.id for h in near]
        assert "Vanha kerho" not in [h.name for h in near]  # expired
        assert search(s.conn, SearchQuery(text="kahvitupa", municipality="Kajaani")) == []
    finally:
        s.close()
    bundle = tmp_path / "reftest-2.hytebundle"
    fixture.build(bundle, version=2, services=fixture.SERVICES[:3])
    import_bundle(paths, bundle)
    s = open_session(paths)
    try:
        assert s.pointer.version == 2
        assert [h.id for h in search(s.conn, SearchQuery(text="kahvitupa"))] == [sid]
    finally:
        s.close()
    assert [d.id for d in list_local_services(local.conn, include_expired=False)] == [sid]


def test_local_export_is_hsds(local: LocalDB, tmp_path: Path) -> None:
    sid = _local(local)
    target = tmp_path / "out.json"
    assert export_hsds(local.conn, target) == 1
    doc = json.loads(target.read_text(encoding="utf-8"))
    svc = doc["services"][0]
    assert doc["hsds_version"] == "3.0" and svc["id"] == sid
    assert svc["organization"]["name"] == "Kiannan kyläyhdistys"
    loc = svc["service_at_locations"][0]["location"]
    assert loc["addresses"][0]["address_1"] == "Kyläraitti 3" and loc["latitude"] == 64.9585
    assert svc["phones"][0]["number"] == "+358405551234"  # typed 040 555 1234: E.164
    assert svc["hytedesk"]["curator"] == "Päivi Ohjaaja"
    assert svc["hytedesk"]["expires"] == "2027-06-30"
    assert {a["taxonomy_term_id"] for a in svc["attributes"]} >= {
        "life-situation:loneliness", "hyte-theme:4", "mode:in-person"}
    with pytest.raises(UserError):
        export_hsds(local.conn, tmp_path / "missing-dir" / "x.json")
    with pytest.raises(UserError):
        build_record(LocalServiceInput(name="", organization="x"))
    with pytest.raises(UserError):
        build_record(LocalServiceInput(name="a", organization="x", municipality="Kuhmo",
                                       url="javascript:alert(1)"))
