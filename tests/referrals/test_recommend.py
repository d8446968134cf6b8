"""Recommendations: situation match, reach, age, red flags first, unmet needs."""

from __future__ import annotations

import pytest

from hytedesk.app.session import Session
from hytedesk.base.i18n import UserError
from hytedesk.local.localdb import LocalDB
from hytedesk.referrals.checklist import load_checklist
from hytedesk.referrals.local_services import LocalServiceInput, build_record, save_local_service
from hytedesk.referrals.model import ClientContext
from hytedesk.referrals.recommend import recommend, red_flag_notice, unmet_needs
from tests.referrals.conftest import NOW

VILLAGE = dict(age_band="75+", place_id="place:kiannanniemi", max_km=30.0)


def ids(recs: list) -> list[str]:  # type: ignore[type-arg]
    return [r.service_id for r in recs]


def test_lonely_bereaved_client_who_can_phone(session: Session) -> None:
    ctx = ClientContext(modes=("in-person", "phone"), **VILLAGE)  # type: ignore[arg-type]
    recs = recommend(session.conn, ctx, ["loneliness", "bereavement"], now=NOW)
    got = ids(recs)
    # Both matched situations beat one; the youth service (max 29) and Kajaani (far) are out.
    assert set(got[:2]) == {"vertais", "puhelinystava"}
    assert "kerho" in got
    assert "nuoret" not in got and "kajaani-kerho" not in got
    assert not any(r.crisis for r in recs)
    # No helpline is suggested just for sharing a priority area.
    assert "paihdelinkki" not in got and "kriisi" not in got
    group = next(r for r in recs if r.service_id == "vertais")
    assert group.reach == "in-person" and group.distance_km is not None
    assert 5 < group.distance_km < 15
    codes = group.reason_codes
    assert codes[0] == "situation" and "near" in codes and "next-session" in codes
    assert "free" in codes
    assert "Loneliness" in group.reasons[0].text("en")
    phone = next(r for r in recs if r.service_id == "puhelinystava")
    assert phone.reach == "phone" and "age" in phone.reason_codes
    assert phone.next_session is not None and phone.next_session.day.isoformat() == "2026-11-30"


def test_without_phone_the_phone_service_is_out_of_reach(session: Session) -> None:
    ctx = ClientContext(modes=("in-person",), **VILLAGE)  # type: ignore[arg-type]
    got = ids(recommend(session.conn, ctx, ["loneliness"], now=NOW))
    assert "puhelinystava" not in got and "vertais" in got


def test_distance_limit(session: Session) -> None:
    ctx = ClientContext(age_band="75+", place_id="place:juntusranta", max_km=20.0,
                        modes=("in-person",))
    # Nothing within 20 km in person: the phone friend stands in, said to be remote only.
    recs = recommend(session.conn, ctx, ["loneliness"], now=NOW)
    assert ids(recs) == ["puhelinystava"]
    assert recs[0].reach == "phone" and "remote-only" in recs[0].reason_codes
    assert "Nothing nearer" in " ".join(recs[0].reason_texts("en"))
    wider = ClientContext(age_band="75+", place_id="place:juntusranta", max_km=60.0,
                          modes=("in-person",))
    got = ids(recommend(session.conn, wider, ["loneliness"], now=NOW))
    # Within 60 km the group is in reach, so the phone service the client did not tick
    # is no longer needed.
    assert "vertais" in got and "puhelinystava" not in got


def test_red_flags_put_crisis_contacts_first(session: Session) -> None:
    ctx = ClientContext(modes=("in-person",), **VILLAGE)  # type: ignore[arg-type]
    ticked = ["loneliness", "violence-crime", "acute-crisis"]
    recs = recommend(session.conn, ctx, ticked, now=NOW)
    crisis = [r for r in recs if r.crisis]
    assert {r.service_id for r in crisis} == {"rikosuhri", "kriisi"}
    assert recs[: len(crisis)] == crisis  # on top, even though the client has no phone
    assert all(r.reason_codes[0] == "crisis" for r in crisis)
    assert "vertais" in ids(recs)
    checklist = load_checklist(session.conn)
    assert [i.id for i in red_flag_notice(checklist, ticked)] == ["violence-crime",
                                                                  "acute-crisis"]
    assert red_flag_notice(checklist, ["loneliness"]) == []


def test_unmet_need_when_nothing_fits(session: Session) -> None:
    ctx = ClientContext(age_band="30-64", place_id="place:juntusranta", max_km=20.0,
                        modes=("in-person",), municipality="Suomussalmi")
    recs = recommend(session.conn, ctx, ["debt", "loneliness"], now=NOW)
    checklist = load_checklist(session.conn)
    unmet = unmet_needs(checklist, ctx, ["debt", "loneliness"], recs)
    assert [(u.situation, u.theme, u.municipality) for u in unmet] == [
        ("debt", "4", "Suomussalmi"), ("loneliness", "4", "Suomussalmi")]


def test_local_service_is_recommended_with_its_mark(session: Session, local: LocalDB) -> None:
    rec = build_record(LocalServiceInput(
        name="Juntusrannan kahvikerho", organization="Kyläyhdistys",
        municipality="Suomussalmi", street="Kylätie 2", lat=65.1835, lon=29.4510,
        situations=("loneliness",), themes=("4",), schedule_days="TH", opens="10:00",
        closes="12:00"))
    save_local_service(local, rec, curator="Päivi Hoitaja")
    ctx = ClientContext(age_band="75+", place_id="place:juntusranta", max_km=20.0,
                        modes=("in-person",))
    recs = recommend(session.conn, ctx, ["loneliness"], local_conn=local.conn, now=NOW)
    assert len(recs) == 1 and recs[0].local and "local" in recs[0].reason_codes
    assert recs[0].distance_km is not None and recs[0].distance_km < 1


def test_unknown_items_and_missing_checklist(session: Session) -> None:
    ctx = ClientContext(**VILLAGE)  # type: ignore[arg-type]
    assert recommend(session.conn, ctx, ["no-such-item"], now=NOW) == []
    with pytest.raises(UserError):
        recommend(session.conn, ClientContext(checklist_id="other"), ["loneliness"])
