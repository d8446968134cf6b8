"""Search understands what a nurse types: partial matches, typos, typed compounds, the -y
illative, the bundle's search vocabulary, ranking by field and language, and a first page
whose ranked part does not depend on the page size."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from hytedesk.base import i18n
from hytedesk.base.paths import default_paths
from hytedesk.bundle import BundleReader
from hytedesk.catalogue import catdb as cat
from hytedesk.catalogue.importer import import_bundle
from hytedesk.catalogue.search import SearchQuery, search
from tests.fixtures import mini

EXTRA = [
    mini.service("jarjestely", "Velkajärjestelyn neuvontapiste",
                 "Apua velkajärjestelyn hakemiseen.", terms=("life-situation:debt",)),
    mini.service("lumikenka", "Lumikenkäkävely", "Retki lumikengillä Vuokatinvaaralle."),
    mini.service("yksinasuvat", "Soittorinki", "Vapaaehtoiset soittavat yksin asuville.",
                 terms=("mode:phone",)),
    mini.service("sali", "Kuntosaliryhmä seniorit", "Ohjattu ryhmä.", langs=("fi",)),
    mini.service("english", "Gym group in English", "A kuntosali group in English.",
                 langs=("en",)),
]
VOCABULARY = [
    {"id": "fi:kuntsari", "term": "kuntsari", "language": "fi", "words": ["kuntosali"]},
    {"id": "en:debt", "term": "debt", "language": "en", "words": ["velka"],
     "terms": ["life-situation:debt"]},
    {"id": "fi:syöpä", "term": "syöpä", "language": "fi", "forms": ["syövästä"]},
]


@pytest.fixture
def conn(tmp_home: Path, tmp_path: Path) -> Iterator[sqlite3.Connection]:
    mini.build(tmp_path / "b", services=[*mini.SERVICES, *EXTRA], search_terms=VOCABULARY)
    c = cat.connect(import_bundle(default_paths(), tmp_path / "b").file)
    yield c
    c.close()


def ids(conn: sqlite3.Connection, text: str, **kw: object) -> list[str]:
    return [h.id for h in search(conn, SearchQuery(text=text, **kw))]  # type: ignore[arg-type]


def test_illative_of_a_word_ending_in_y(conn: sqlite3.Connection) -> None:
    assert ids(conn, "velkajärjestelyyn")[0] == "jarjestely"
    assert ids(conn, "lumikenkäkävelyyn") == ["lumikenka"]


def test_typed_compound_split_and_words_written_apart(conn: sqlite3.Connection) -> None:
    assert "kuntosali" in ids(conn, "kuntosaliohjaaja ikäihmisille")
    assert ids(conn, "yksinasuvat") == ["yksinasuvat"]  # the text has "yksin asuville"


def test_partial_match_names_the_word_that_matched_nothing(conn: sqlite3.Connection) -> None:
    hits = search(conn, SearchQuery(text="velkaneuvonta hammaslääkäri"))
    assert hits and all(h.partial for h in hits)
    assert hits.unmatched == ["hammaslaakari"]
    assert hits[0].unmatched == ["hammaslaakari"]
    assert hits[0].as_json()["partial"] is True
    assert search(conn, SearchQuery(text="hammaslääkäri")) == []


def test_typo_is_corrected_against_the_catalogue(conn: sqlite3.Connection) -> None:
    hits = search(conn, SearchQuery(text="velkanuevonta"))
    assert hits[0].id == "velka"
    assert hits.corrections == {"velkanuevonta": "velkaneuvonta"}
    assert "corrected" in hits[0].reasons
    assert hits[0].as_json()["corrected"] == {"velkanuevonta": "velkaneuvonta"}
    assert ids(conn, "golf") == []  # short words are not "corrected" into something else


def test_search_vocabulary_synonyms_other_languages_and_forms(conn: sqlite3.Connection) -> None:
    assert ids(conn, "kuntsari")[:2] and set(ids(conn, "kuntsari")) >= {"kuntosali", "sali"}
    assert "kuntosali" in ids(conn, "kuntsarille")  # an inflected colloquial word
    found = ids(conn, "debt")
    assert {"velka", "jarjestely"} <= set(found)
    assert ids(conn, "syövästä") == []  # a form whose lemma the catalogue does not have


def test_bundle_without_vocabulary_has_no_member_and_imports(tmp_home: Path,
                                                             tmp_path: Path) -> None:
    manifest = mini.build(tmp_path / "plain")
    assert "search_terms.jsonl.zst" not in manifest["files"]
    with BundleReader(tmp_path / "plain") as reader:
        assert list(reader.records("search_term")) == []
    c = cat.connect(import_bundle(default_paths(), tmp_path / "plain").file)
    try:
        # without the vocabulary only spelling correction reaches the gym
        assert search(c, SearchQuery(text="kuntsari")).corrections == {"kuntsari": "kuntosali"}
        assert ids(c, "viina") == []
    finally:
        c.close()


def test_name_ranks_above_text_and_own_language_above_another(conn: sqlite3.Connection) -> None:
    hits = search(conn, SearchQuery(text="kuntosali"))
    order = [h.id for h in hits]
    # "Gym group in English" has the word only in its description, in English
    assert order.index("kuntosali") < order.index("english")
    english = next(h for h in hits if h.id == "english")
    assert "other-language" in english.reasons and english.languages == ["en"]
    in_english = search(conn, SearchQuery(text="kuntosali", ui_language="en"))
    assert "other-language" not in next(h for h in in_english if h.id == "english").reasons


def test_local_services_merge_without_reordering_the_catalogue(
        conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch) -> None:
    """A local service (another source, here one hit made by hand) goes where its score
    puts it; the catalogue's own order, language tie-break included, is kept."""
    from hytedesk.catalogue import search as search_mod

    alone = search(conn, SearchQuery(text="kuntosali"))
    order = [h.id for h in alone]
    assert order.index("kuntosali") < order.index("english")
    middle = alone[len(alone) // 2]
    local = search_mod.SearchHit(
        rowid=-1, id="local-gym", name="Kylän kuntosali", organization="Kyläyhdistys",
        municipality="Kuhmo", distance_km=None, modes=[], free=True, closed=False,
        sample=False, score=middle.score + 1e-6, reasons=["local"], local=True,
        languages=["fi"])
    monkeypatch.setattr(search_mod, "EXTRA_SOURCES", [lambda c, q, p: [local]])
    merged = [h.id for h in search(conn, SearchQuery(text="kuntosali"))]
    assert [i for i in merged if i != "local-gym"] == order
    assert merged.index("local-gym") <= merged.index(middle.id)
    assert all(h.score >= local.score or h.partial
               for h in alone[:merged.index("local-gym")])


def test_ranked_first_page_does_not_depend_on_the_page_size(conn: sqlite3.Connection) -> None:
    small = [h.id for h in search(conn, SearchQuery(text="kuntosali", limit=2))]
    large = [h.id for h in search(conn, SearchQuery(text="kuntosali", limit=500))]
    assert large[:2] == small


def test_cli_json_marks_partial_hits(tmp_home: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    from hytedesk.commands.main import main

    mini.build(tmp_path / "b", services=[*mini.SERVICES, *EXTRA], search_terms=VOCABULARY)
    import_bundle(default_paths(), tmp_path / "b")
    assert main(["search", "velkaneuvonta", "hammaslääkäri", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out and all(h["partial"] and h["unmatched"] == ["hammaslaakari"] for h in out)
    assert main(["search", "velkanuevonta"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == i18n.text("search.did_you_mean", words="velkaneuvonta")
    assert main(["search", "velkaneuvonta", "hammaslääkäri"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == i18n.text("search.partial", words="hammaslaakari")
