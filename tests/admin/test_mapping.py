"""The editable PTV → priority area / life situation mapping and the derived code lists."""

from __future__ import annotations

import json
from pathlib import Path

from hytedesk.admin.problems import Problems
from hytedesk.admin.taxa import CodeLists, Mapping
from tests.admin.conftest import ptv_sources, run_build, terms, texts

SC = "http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/"


def test_both_uri_forms_resolve() -> None:
    codes = CodeLists.load()
    assert codes.resolve(SC + "P5.7") == SC + "P5.7"
    assert codes.resolve("https://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P5.7/") == SC + "P5.7"
    assert codes.resolve("http://urn.fi/URN:NBN:fi:au:ptvl:v1133") == SC + "P15.1"
    assert codes.resolve("http://urn.fi/URN:NBN:fi:au:ptvl:P4") == SC + "P4"
    assert codes.resolve("http://urn.fi/URN:NBN:fi:au:ptvl:K1") == (
        "http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/KR1")
    assert codes.resolve("http://urn.fi/URN:NBN:fi:au:ptvl:v1088") == SC + "P15.5"  # moved
    assert codes.resolve(SC + "P99") is None
    term = codes.terms[SC + "P27.1"]
    assert term["name"] == "Liikunta ja urheilu" and term["parent_id"] == SC + "P27"
    assert term["translations"]["sv"]["name"] and term["translations"]["en"]["name"]


def test_most_specific_row_wins() -> None:
    m = Mapping.load(None, Problems())
    assert m.terms_for(SC + "P27.1") == ["hyte-theme:1"]  # from the P27 row
    assert set(m.terms_for(SC + "P4.12")) == {"hyte-theme:4", "life-situation:peer-support",
                                               "life-situation:loneliness"}
    assert m.terms_for(SC + "P11.1") == []  # business services: not mapped


def test_edited_mapping_is_used_and_checked(tmp_path: Path) -> None:
    edited = tmp_path / "mapping.csv"
    edited.write_text("ptv_code;label_fi;hyte_themes;life_situations\n"
                      "P27;Liikunta;3;loneliness\n"
                      "P99;Ei ole;1;\n"
                      "KE11;Sairastuminen;7;flu\n", encoding="utf-8")
    result, services = run_build(*ptv_sources(), mapping=edited)
    t = terms(services["05000000-0000-4000-8000-000000000001"])
    assert {"hyte-theme:3", "life-situation:loneliness"} <= t and "hyte-theme:1" not in t
    errors = texts(result.problems.errors)
    assert f"{edited}:3: ptv_code: unknown PTV code 'P99'" in errors
    assert f"{edited}:4: hyte_themes: unknown priority area '7' (1–6)" in errors
    assert f"{edited}:4: life_situations: unknown life situation 'flu'" in errors


def test_a_crisis_contact_the_catalogue_lacks_is_a_warning(tmp_path: Path) -> None:
    """A checklist file naming a crisis contact that the built catalogue does not have:
    the build goes on (the app skips the contact) and says which one."""
    _, services = run_build(*ptv_sources())
    known = sorted(services)[0]
    label = {"fi": "Akuutti kriisi", "sv": "Akut kris", "en": "Acute crisis"}
    checklist = {"id": "referral", "name": label, "groups": [{
        "id": "g", "label": label, "items": [{
            "id": "acute-crisis", "label": label, "red_flag": True,
            "terms": ["life-situation:acute-crisis"],
            "crisis_contacts": [known, "no-such-helpline"]}]}]}
    path = tmp_path / "checklists.json"
    path.write_text(json.dumps([checklist]), "utf-8")
    result, _ = run_build(*ptv_sources(), checklists=path)
    assert not result.blocking
    warnings = texts(result.problems.warnings)
    assert any("'no-such-helpline'" in w and "crisis contact" in w for w in warnings)
    assert not any(repr(known) in w for w in warnings)
