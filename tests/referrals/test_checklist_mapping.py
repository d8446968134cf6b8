"""The checklist's mapping in the bundle: crisis contacts in the region's order, several
red flags joined by urgency, contacts the catalogue lacks, and older checklists without
the fields."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from hytedesk.app.session import Session, open_session
from hytedesk.base.paths import Paths, default_paths
from hytedesk.catalogue.importer import import_bundle
from hytedesk.referrals.checklist import load_checklist
from hytedesk.referrals.model import ClientContext
from hytedesk.referrals.recommend import recommend, unmet_needs
from tests.referrals import fixture
from tests.referrals.conftest import NOW

CTX = ClientContext(age_band="75+", place_id="place:kiannanniemi", max_km=30.0,
                    modes=("in-person",))
HELPLINE_112 = fixture.service(
    "hata", "Hätänumero 112", "Hätätilanteet.", "Hätäkeskuslaitos", areas=("Suomi",),
    phone="112", terms=("life-situation:violence-crime", "life-situation:acute-crisis",
                        "hyte-theme:6", "mode:phone", "provider-type:national"))


def checklist_with(**per_item: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(fixture.CHECKLIST)
    for group in out["groups"]:
        for item in group["items"]:
            item.update(per_item.get(item["id"].replace("-", "_"), {}))
    return out


@pytest.fixture
def open_with(tmp_home: Path, tmp_path: Path) -> Iterator[Any]:
    sessions: list[Session] = []

    def make(checklist: dict[str, Any], services: list[dict[str, Any]] | None = None
             ) -> Session:
        paths: Paths = default_paths().ensure()
        bundle = tmp_path / f"reftest-{len(sessions) + 1}.hytebundle"
        fixture.build(bundle, version=len(sessions) + 1, checklists=[checklist],
                      services=services if services is not None
                      else [*fixture.SERVICES, HELPLINE_112])
        import_bundle(paths, bundle)
        s = open_session(paths)
        sessions.append(s)
        return s

    yield make
    for s in sessions:
        s.close()


def crisis_ids(session: Session, ticked: list[str]) -> list[str]:
    return [r.service_id for r in recommend(session.conn, CTX, ticked, now=NOW) if r.crisis]


def test_crisis_contacts_come_in_the_checklists_order(open_with: Any) -> None:
    session = open_with(checklist_with(
        violence_crime={"crisis_contacts": ["hata", "rikosuhri"], "urgency": 2},
        acute_crisis={"crisis_contacts": ["hata", "kriisi"], "urgency": 1},
        substance_use={"crisis_contacts": []}))
    assert crisis_ids(session, ["violence-crime"]) == ["hata", "rikosuhri"]
    assert crisis_ids(session, ["acute-crisis"]) == ["hata", "kriisi"]
    # Both: the more urgent item's list first, 112 once.
    assert crisis_ids(session, ["violence-crime", "acute-crisis"]) == [
        "hata", "kriisi", "rikosuhri"]
    # An empty list: a red flag with no contacts on top (the helpline is not offered as
    # a crisis contact, and the notice still shows from the flag itself).
    assert crisis_ids(session, ["substance-use"]) == []
    recs = recommend(session.conn, CTX, ["violence-crime"], now=NOW)
    top = recs[0]
    assert top.service_id == "hata" and top.reason_codes[0] == "crisis"
    assert "Victim of violence or crime" in top.reasons[0].text("en")


def test_contacts_the_catalogue_lacks_are_skipped(open_with: Any) -> None:
    session = open_with(checklist_with(
        violence_crime={"crisis_contacts": ["no-such-line", "rikosuhri", "hata"]},
        acute_crisis={"crisis_contacts": ["also-missing"]}))
    assert crisis_ids(session, ["violence-crime"]) == ["rikosuhri", "hata"]
    # None of the named contacts exists: the default (112 first, then by name) applies.
    assert crisis_ids(session, ["acute-crisis"]) == ["hata", "kriisi"]


def test_older_checklist_without_the_fields_gets_defaults(open_with: Any) -> None:
    session = open_with(copy.deepcopy(fixture.CHECKLIST))
    item = load_checklist(session.conn).item("violence-crime")
    assert item is not None and item.crisis_contacts is None and item.urgency is None
    assert not item.about_close_one
    # National services carrying the situation, the one answering 112 first.
    assert crisis_ids(session, ["violence-crime"]) == ["hata", "rikosuhri"]
    assert crisis_ids(session, ["violence-crime", "acute-crisis"]) == [
        "hata", "rikosuhri", "kriisi"]


def test_unrelated_service_never_fills_in_for_a_need(open_with: Any,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """A service sharing only a priority area with a ticked item is not suggested, and the
    item stays an unmet need; a service carrying the item's PTV term is offered as
    related."""
    gym = fixture.service(
        "sali", "Kuntosaliryhmä", "Ohjattu kuntosali.", "Suomussalmen kunta",
        village=fixture.SUO, terms=("hyte-theme:4", "hyte-theme:6", "mode:in-person",
                                    "provider-type:municipality"))
    related = fixture.service(
        "neuvo", "Neuvontapiste", "Yleistä neuvontaa.", "Suomussalmen kunta",
        village=fixture.SUO, terms=("hyte-theme:4", "mode:in-person", "ptv:P15.1",
                                    "provider-type:municipality"))
    terms = [*fixture.TERMS, {"id": "ptv:P15.1", "name": "Talousneuvonta",
                              "taxonomy_id": "life-situation"}]
    ctx = ClientContext(age_band="30-64", place_id="place:ammansaari", max_km=20.0,
                        modes=("in-person",), municipality="Suomussalmi")
    plain = open_with(copy.deepcopy(fixture.CHECKLIST), [*fixture.SERVICES, gym])
    recs = recommend(plain.conn, ctx, ["debt"], now=NOW)
    assert "sali" not in [r.service_id for r in recs]
    checklist = load_checklist(plain.conn)
    assert [u.situation for u in unmet_needs(checklist, ctx, ["debt"], recs)] == ["debt"]

    mapped = checklist_with(debt={"terms": ["life-situation:debt", "hyte-theme:4",
                                            "hyte-theme:6", "ptv:P15.1"]})
    monkeypatch.setattr(fixture, "TERMS", terms)
    session = open_with(mapped, [*fixture.SERVICES, gym, related])
    recs = recommend(session.conn, ctx, ["debt"], now=NOW)
    got = {r.service_id: r for r in recs}
    assert "sali" not in got and "neuvo" in got
    assert got["neuvo"].reason_codes[0] == "related"
    assert "Related to the situation: Debt" in got["neuvo"].reasons[0].text("en")


def test_the_default_is_a_short_list(open_with: Any) -> None:
    """A national catalogue has dozens of national services for a crisis situation; without
    the checklist's own list only four go on top (and onto the handout), 112 first."""
    lines = [fixture.service(
        f"linja-{n}", f"Auttava puhelin {n}", "Tukea.", "Järjestö", areas=("Suomi",),
        phone=f"0800 00{n}", terms=("life-situation:violence-crime", "mode:phone",
                                    "provider-type:national")) for n in range(6)]
    session = open_with(copy.deepcopy(fixture.CHECKLIST),
                        [*fixture.SERVICES, HELPLINE_112, *lines])
    got = crisis_ids(session, ["violence-crime"])
    assert len(got) == 4 and got[0] == "hata"
