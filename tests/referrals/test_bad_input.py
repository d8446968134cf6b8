"""Bad input around referrals: checklists with unknown terms, vanished services."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from hytedesk.app.session import open_session
from hytedesk.base.paths import Paths
from hytedesk.bundle import BundleError
from hytedesk.catalogue.importer import import_bundle
from hytedesk.local.localdb import LocalDB
from hytedesk.referrals.model import ClientContext, Referral, ServiceRef
from hytedesk.referrals.store import follow_ups, get_referral, save_referral
from hytedesk.referrals.workflow import details_for
from tests.referrals import fixture


def test_checklist_with_unknown_terms_is_rejected_at_import(paths: Paths,
                                                            tmp_path: Path) -> None:
    checklist = copy.deepcopy(fixture.CHECKLIST)
    checklist["groups"][0]["items"][0]["terms"].append("life-situation:no-such-term")
    bad = tmp_path / "bad.hytebundle"
    fixture.build(bad, version=2, checklists=[checklist])
    with pytest.raises(BundleError) as err:
        import_bundle(paths, bad)
    assert "life-situation:no-such-term" in str(err.value)
    s = open_session(paths)
    try:
        assert s.pointer.version == 1  # the current catalogue is still in use
    finally:
        s.close()


def test_a_service_that_left_the_catalogue_keeps_its_name_in_history(
        paths: Paths, local: LocalDB, tmp_path: Path) -> None:
    rid = save_referral(local, Referral(
        context=ClientContext(municipality="Suomussalmi"), staff_service_area="home-care",
        items=("loneliness",), chosen=[ServiceRef("vertais", "Leskien vertaistukiryhmä")]))
    update = tmp_path / "reftest-2.hytebundle"
    fixture.build(update, version=2,
                  services=[s for s in fixture.SERVICES if s["id"] != "vertais"])
    import_bundle(paths, update)
    s = open_session(paths)
    try:
        assert details_for(s.conn, local.conn, ["vertais"]) == []
    finally:
        s.close()
    assert [c.name for c in get_referral(local.conn, rid).chosen] == ["Leskien vertaistukiryhmä"]
    due = follow_ups(local.conn, include_done=True,
                     today=get_referral(local.conn, rid).follow_up_date)
    assert due[0].chosen == ("Leskien vertaistukiryhmä",)
