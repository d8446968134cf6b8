"""The anonymous referral record: atomic save, no identity columns, outcomes, follow-ups."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest

from hytedesk.base.i18n import UserError
from hytedesk.base.paths import Paths
from hytedesk.local.localdb import LocalDB
from hytedesk.referrals.model import ClientContext, Referral, ServiceRef, UnmetNeed
from hytedesk.referrals.store import (
    follow_ups,
    get_referral,
    record_outcome,
    save_referral,
)

# Column names that could hold a client's identity; only the service snapshots (and the
# names of applied migrations) may have a name column.
IDENTITY_WORDS = ("name", "hetu", "henkilotunnus", "ssn", "identity", "personal", "address",
                  "street", "phone", "puhelin", "osoite", "nimi", "email", "birth", "syntym")
ALLOWED = {("referral_services", "service_name"), ("local_services", "service_name"),
           ("wrong_reports", "service_name"),  # the catalogue entry reported as wrong
           ("_sqlite_migrations", "name"), ("_sqlite_migrations", "migration_set")}


def referral(**kw: object) -> Referral:
    base: dict[str, object] = dict(
        context=ClientContext(age_band="75+", municipality="Suomussalmi",
                              place_id="place:kiannanniemi", modes=("in-person", "phone")),
        staff_service_area="home-care", items=("loneliness", "bereavement"),
        themes=("4", "3"),
        recommended=[ServiceRef("vertais", "Leskien vertaistukiryhmä"),
                     ServiceRef("puhelinystava", "Puhelinystävä ikäihmisille")],
        chosen=[ServiceRef("vertais", "Leskien vertaistukiryhmä")],
        handout="pdf",
    )
    base.update(kw)
    return Referral(**base)  # type: ignore[arg-type]


def test_no_table_has_a_column_for_client_identity(local: LocalDB) -> None:
    tables = [r[0] for r in local.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")]
    assert {"referrals", "referral_items", "referral_services", "referral_unmet",
            "local_services"} <= set(tables)
    offending = []
    for table in tables:
        for col in local.conn.execute(f"PRAGMA table_info({table})"):
            name = col[1].lower()
            if (table, name) in ALLOWED:
                continue
            if any(w in name for w in IDENTITY_WORDS):
                offending.append((table, name))
    assert offending == []


def test_save_and_read_back(local: LocalDB) -> None:
    today = date(2026, 11, 30)
    rid = save_referral(local, referral(unmet=[UnmetNeed("debt", "4", "Suomussalmi")]),
                        today=today)
    r = get_referral(local.conn, rid)
    assert r.items == ("loneliness", "bereavement")
    assert [s.name for s in r.chosen] == ["Leskien vertaistukiryhmä"]
    assert [s.service_id for s in r.recommended] == ["vertais", "puhelinystava"]
    assert r.unmet == [UnmetNeed("debt", "4", "Suomussalmi")]
    assert r.context.municipality == "Suomussalmi" and r.context.age_band == "75+"
    assert r.context.place_id is None  # the village is never stored
    assert r.follow_up_date == today + timedelta(days=14)
    assert r.local_date == "2026-11-30" and r.handout == "pdf" and r.outcome is None


def test_save_is_atomic(local: LocalDB, paths: Paths) -> None:
    save_referral(local, referral())
    # A chosen service row that breaks a constraint half-way: nothing of it may remain.
    bad = referral(chosen=[ServiceRef("x", None)])  # type: ignore[arg-type]
    with pytest.raises(sqlite3.IntegrityError):
        save_referral(local, bad)
    counts = [local.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("referrals", "referral_items", "referral_services")]
    assert counts == [1, 2, 3]
    # The earlier record survives a reopen (committed, not just cached).
    local.close()
    with LocalDB(paths) as again:
        assert again.conn.execute("SELECT count(*) FROM referrals").fetchone()[0] == 1


def test_empty_referral_is_refused(local: LocalDB) -> None:
    with pytest.raises(UserError):
        save_referral(local, referral(items=(), chosen=[], recommended=[]))


def test_bad_values_are_refused() -> None:
    with pytest.raises(UserError):
        ClientContext(age_band="80")
    with pytest.raises(UserError):
        referral(staff_service_area="nursing")
    with pytest.raises(UserError):
        referral(handout="email")


def test_outcome_flow_and_follow_ups(local: LocalDB) -> None:
    day = date(2026, 11, 1)
    first = save_referral(local, referral(), today=day)
    second = save_referral(local, referral(follow_up_date=date(2026, 11, 5)), today=day)
    later = save_referral(local, referral(), today=date(2026, 11, 27))
    due = follow_ups(local.conn, today=date(2026, 11, 20))
    assert [f.referral_id for f in due] == [second, first]  # oldest follow-up first
    assert due[0].chosen == ("Leskien vertaistukiryhmä",)
    with pytest.raises(UserError):
        record_outcome(local, first, "tried-not-in")  # needs a reason
    record_outcome(local, first, "tried-not-in", "no-transport")
    record_outcome(local, second, "reached", "full")  # a reason only goes with tried-not-in
    assert follow_ups(local.conn, today=date(2026, 11, 20)) == []
    done = follow_ups(local.conn, today=date(2026, 12, 31), include_done=True)
    assert {f.referral_id for f in done} == {first, second, later}
    r1, r2 = get_referral(local.conn, first), get_referral(local.conn, second)
    assert (r1.outcome, r1.outcome_reason) == ("tried-not-in", "no-transport")
    assert (r2.outcome, r2.outcome_reason) == ("reached", None)
    with pytest.raises(UserError):
        record_outcome(local, 999, "reached")
    with pytest.raises(UserError):
        record_outcome(local, first, "great")


def test_handout_given_after_saving(local: LocalDB) -> None:
    from hytedesk.referrals.store import set_handout

    rid = save_referral(local, referral(handout=None))
    set_handout(local, rid, "pdf")
    assert get_referral(local.conn, rid).handout == "pdf"
    set_handout(local, rid, "print")
    set_handout(local, rid, "pdf")  # a later PDF does not hide that it was printed
    assert get_referral(local.conn, rid).handout == "print"
