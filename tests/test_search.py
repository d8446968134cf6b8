"""Search: Finnish inflection and compounds, every filter, remote services under distance."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hytedesk.base.i18n import UserError
from hytedesk.base.paths import default_paths
from hytedesk.catalogue import catdb as cat
from hytedesk.catalogue import search as search_mod
from hytedesk.catalogue.importer import import_bundle
from hytedesk.catalogue.search import Place, SearchQuery, SearchResults, _nearest, search
from tests.fixtures import mini


@pytest.fixture
def conn(tmp_home: Path, tmp_path: Path) -> Iterator[sqlite3.Connection]:
    mini.build(tmp_path / "b")
    result = import_bundle(default_paths(), tmp_path / "b")
    c = cat.connect(result.file)
    yield c
    c.close()


def ids(conn: sqlite3.Connection, text: str = "", **kw: object) -> list[str]:
    return [h.id for h in search(conn, SearchQuery(text=text, **kw))]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("velkaneuvontaan", "velka"),
        ("velkaneuvonta", "velka"),
        ("neuvontaa", "velka"),  # the head of a compound
        ("yksinäisyyteen", "yksin"),
        ("yksinaisyys", "yksin"),
        ("omaishoitajille", "omais"),
        ("kuntosali", "kuntosali"),
        ("kuntosalille", "kuntosali"),
        ("paivatoiminta", "paiva"),
        ("päivätoimintaan", "paiva"),
        ("etäpäivätoiminta", "paiva"),
        ("gymnastik", "svensk"),
        ("ensamhet", "yksin"),  # Swedish term name
        ("loneliness", "yksin"),  # English term name
        ("KUNTOSALI", "kuntosali"),
        ("vertaistukea omaishoitajille", "omais"),
    ],
)
def test_finnish_queries_find_their_services(conn: sqlite3.Connection, query: str,
                                             expected: str) -> None:
    assert expected in ids(conn, query)


def test_all_words_must_match_or_the_hit_is_partial(conn: sqlite3.Connection) -> None:
    hits = search(conn, SearchQuery(text="kuntosali velka"))
    assert {h.id for h in hits} >= {"kuntosali", "velka"}
    assert all(h.partial and "partial" in h.reasons for h in hits)
    assert next(h for h in hits if h.id == "velka").unmatched == ["kuntosali"]
    assert ids(conn, "qwxyz") == []
    assert ids(conn, '"; DROP TABLE services; --') == []


def test_name_match_ranks_first(conn: sqlite3.Connection) -> None:
    # "kuntosali" is in the names of two services and the body of none other
    found = ids(conn, "kuntosali")
    assert set(found[:2]) == {"kuntosali", "suljettu"}


def test_filters(conn: sqlite3.Connection) -> None:
    assert set(ids(conn, municipality="Kuhmo")) == {"kuntosali", "omais", "velka", "paiva"}
    assert set(ids(conn, themes=["1"], hide_closed=True)) == {"svensk", "kuntosali"}
    assert "suljettu" in ids(conn, themes=["hyte-theme:1"])
    assert set(ids(conn, situations=["loneliness"])) == {"yksin"}
    assert set(ids(conn, modes=["video"])) == {"paiva"}
    assert set(ids(conn, modes=["home-visit"])) == {"kotik"}
    assert "kuntosali" not in ids(conn, free_only=True)
    assert set(ids(conn, language="sv")) == {"svensk"}
    assert set(ids(conn, provider_types=["ngo"])) == {"yksin", "omais", "svensk"}


def test_distance_filter_never_hides_remote_services(conn: sqlite3.Connection) -> None:
    hits = search(conn, SearchQuery(near_place="place:ammansaari", max_km=10))
    found = {h.id: h for h in hits}
    assert "yksin" in found and found["yksin"].distance_km is not None
    assert found["yksin"].distance_km < 1
    assert {"omais", "paiva", "velka"} <= set(found)  # phone / video: remote
    assert "kotik" in found  # home visits in the client's municipality
    assert "kuntosali" not in found and "svensk" not in found  # in person, far away
    # by village name, without ä
    assert "yksin" in ids(conn, near_place="Ammansaari", max_km=10)


def test_nearby_ranks_before_far(conn: sqlite3.Connection) -> None:
    hits = search(conn, SearchQuery(text="kuntosali", near_place="place:kuhmo"))
    assert hits[0].id == "kuntosali"
    assert hits[0].distance_km is not None and hits[0].distance_km < 1


def test_unknown_place_is_a_user_error(conn: sqlite3.Connection) -> None:
    with pytest.raises(UserError):
        search(conn, SearchQuery(near_place="Atlantis", max_km=5))
    with pytest.raises(UserError):
        search(conn, SearchQuery(municipality="Atlantis"))


def test_result_names_follow_ui_language(conn: sqlite3.Connection) -> None:
    hits = search(conn, SearchQuery(text="gymnastik", ui_language="sv"))
    assert hits[0].name == "Seniorgympa"


def test_remote_service_of_another_municipality_is_not_offered(tmp_home: Path,
                                                               tmp_path: Path) -> None:
    elsewhere = mini.service("kuhmo-visit", "Kyläkäynnit Kuhmossa", "Kotikäynnit ja puhelut.",
                             terms=("mode:home-visit", "mode:phone"), areas=("Kuhmo",))
    mini.build(tmp_path / "b2", services=[*mini.SERVICES, elsewhere])
    c = cat.connect(import_bundle(default_paths(), tmp_path / "b2").file)
    try:
        near_village = ids(c, near_place="place:ammansaari", max_km=10)
        assert "kuhmo-visit" not in near_village and "kotik" in near_village
        assert "kuhmo-visit" in ids(c, near_place="place:kuhmo", max_km=10)
    finally:
        c.close()


def test_a_one_character_word_matches_as_a_whole_word(tmp_home: Path, tmp_path: Path) -> None:
    numbered = [mini.service(f"n{i}", f"Vertaisryhmä {i}", "Ryhmä.", terms=("mode:phone",))
                for i in (3, 30, 4)]
    mini.build(tmp_path / "b3", services=[*mini.SERVICES, *numbered])
    c = cat.connect(import_bundle(default_paths(), tmp_path / "b3").file)
    try:
        hits = search(c, SearchQuery(text="vertaisryhmä 3"))
        assert [h.id for h in hits if not h.partial] == ["n3"]
        assert hits[0].id == "n3"  # the full match first, the partial ones after it
        assert all(h.unmatched == ["3"] for h in hits[1:])
        assert {"n3", "n30", "n4"} <= set(ids(c, "vertaisryhmä"))
    finally:
        c.close()


FORMS = ["Ryhmä kokoontuu, palvelu", "Ryhmässä kokoonnutaan, palveluun",
         "Ryhmään voi tulla, palvelussa", "Ryhmät kokoontuvat, palvelukeskus"]


def _long_catalogue(tmp_path: Path, inflected: bool = False) -> sqlite3.Connection:
    """400 services, so that common words fill a first page past the ranked candidates:
    three towns, some usable by phone, names and texts sharing words in varied ways
    (``inflected``: the texts' common words in several forms)."""
    towns = [("Kajaani", 64.2245, 27.7334), ("Suomussalmi", 64.8868, 28.9076),
             ("Kuhmo", 64.1250, 29.5167)]
    kinds = ["Kuntosaliryhmä", "Velkaneuvonta", "Vertaisryhmä omaishoitajille",
             "Kohtaamispaikka", "Liikuntaneuvonta"]
    services = []
    for i in range(400):
        town, lat, lon = towns[i % 3]
        name = kinds[i % 5]
        modes = ("mode:phone",) if i % 7 == 0 else ("mode:in-person",)
        services.append(mini.service(
            f"s{i:03d}", f"{name} {town} {i}",
            f"Ryhmä kokoontuu {town}ssa; neuvontaa ja liikuntaa, palvelu {i}." if not inflected
            # (the last: its words go on past U+FFFF, which sorts before them in UTF-8)
            else f"{FORMS[i % 4] if i < 399 else 'Ryhmä𝐀 ja palvelu𝟭'} {town}ssa; neuvontaa "
            f"ja liikuntaa {i}.",
            city=town, lat=lat + (i % 50) * 0.01, lon=lon,
            terms=("life-situation:debt", *modes) if i % 5 == 1 or i % 10 == 3 else modes,
            areas=("Kainuu",), langs=("fi", "sv") if i % 4 else ("fi",)))
    mini.build(tmp_path / "long", services=services)
    result = import_bundle(default_paths(), tmp_path / "long")
    return cat.connect(result.file)


@pytest.mark.parametrize("query", [
    SearchQuery(text="neuvontaa", limit=300),
    SearchQuery(text="ryhmä palvelu", limit=300),
    SearchQuery(text="liikunta kajaani", limit=300),
    SearchQuery(text="ryhmä xqxqxqxq", limit=300),  # a word that matches nothing
    SearchQuery(text="neuvonta", near_place="place:kajaani", max_km=20, limit=300),
    SearchQuery(text="ryhmä", near_place="place:kuhmo", limit=300),
    SearchQuery(text="kokoontuu", free_only=True, limit=300),
    SearchQuery(limit=300),
])
def test_the_windows_lean_answer_is_the_whole_answer_in_the_same_order(
        tmp_home: Path, tmp_path: Path, query: SearchQuery) -> None:
    """The window's worker asks without display details: the same services in the same
    order, with the distances, towns and partial-match words its list shows."""
    conn = _long_catalogue(tmp_path)
    try:
        whole = search(conn, query)
        lean = search(conn, query, details=False)
        if query.text:
            assert any(not h.name for h in lean), "the page reaches past the ranked ones"

        def shown(hits: list) -> list[tuple[object, ...]]:
            return [(h.rowid, h.distance_km, h.municipality if h.distance_km is not None
                     else None, h.partial, tuple(h.unmatched)) for h in hits]

        assert shown(lean) == shown(whole)
        assert lean.unmatched == whole.unmatched and lean.corrections == whole.corrections
        by_rowid = {h.rowid: h for h in whole}
        ranked = [h for h in lean if h.name]
        assert ranked, "ranked hits are whole"
        for h in ranked:
            assert (h.id, h.name, h.score) == (by_rowid[h.rowid].id, by_rowid[h.rowid].name,
                                               by_rowid[h.rowid].score)
    finally:
        conn.close()


@pytest.mark.parametrize("query", [
    SearchQuery(text="velka", limit=300),
    SearchQuery(text="velka", free_only=True, limit=300),
    SearchQuery(text="velka ryhmänä", limit=300),
    SearchQuery(text="velka kokoontuu", near_place="place:kuhmo", limit=300),
    SearchQuery(text="velka", limit=30),
])
def test_the_term_pass_reusing_the_text_matches_gives_the_same_answer(
        tmp_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        query: SearchQuery) -> None:
    """When the own-text pass read every match, the pass for a word's taxonomy terms reads
    only the services carrying them and merges; the answer is the one FTS5 gives for the
    whole expression."""

    services = [mini.service(
        f"d{i:03d}", f"Velkaneuvonta {i}" if i % 3 else f"Kohtaamispaikka {i}",
        "Neuvontaa velkoihin ja kokoontuu ryhmänä." if i % 3 else "Kokoontuu ryhmänä.",
        city="Kuhmo", lat=64.125 + i * 0.001, lon=29.5167, areas=("Kainuu",),
        terms=("life-situation:debt",) if i % 4 == 0 else (), free=i % 2 == 0)
        for i in range(300)]  # 200 match "velka" by text, 25 more only by the debt term
    mini.build(tmp_path / "debt", services=services)
    conn = cat.connect(import_bundle(default_paths(), tmp_path / "debt").file)
    merged: list[int] = []
    real_union = search_mod._union

    def union(a, b):  # type: ignore[no-untyped-def]
        merged.append(1)
        return real_union(a, b)

    try:
        monkeypatch.setattr(search_mod, "_union", union)
        reused = search(conn, query)
        assert merged or query.limit == 30, "the text pass read every match"
        monkeypatch.setattr(search_mod, "REUSE_TEXT_MATCHES", False)
        again = search(conn, query)
        assert [(h.rowid, h.score, h.reasons, h.partial) for h in reused] == \
            [(h.rowid, h.score, h.reasons, h.partial) for h in again]
        if query.limit > 30:  # services found through the term alone are in it
            assert any(h.name.startswith("Kohtaamispaikka") for h in reused)
    finally:
        conn.close()


@pytest.mark.parametrize("query", [
    SearchQuery(text="neuvontaa", limit=300),
    SearchQuery(text="ryhmä palvelu", limit=300),
    SearchQuery(text="ryhmä palvelu", limit=7),
    SearchQuery(text="palveluryhmä", limit=300),  # a typed compound of two common words
    SearchQuery(text="palvelu ryhmä", limit=500),  # every match, the last one too
    SearchQuery(text="ryhmä xqxqxqxq", limit=300),
    SearchQuery(text="ryhmässä velka", near_place="place:kuhmo", max_km=30, limit=300),
    SearchQuery(text="ryhm", free_only=True, limit=300),
])
def test_a_common_prefix_asked_as_its_words_gives_the_same_answer(
        tmp_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        query: SearchQuery) -> None:
    """At 100,000 services a prefix most services match is asked as its words, ORed: the
    same services, in the same order, with the same reasons (here at 400 services, with
    the threshold lowered to fit)."""
    conn = _long_catalogue(tmp_path, inflected=True)

    def asked_prefixes(threshold: int) -> tuple[SearchResults, set[str]]:
        asked: list[str] = []
        monkeypatch.setattr(search_mod, "COMMON_POSTINGS", threshold)
        conn.set_trace_callback(asked.append)
        hits = search(conn, query)
        conn.set_trace_callback(None)
        return hits, {k for s in asked if "MATCH" in s for k in re.findall(r'"(\w+)"\*', s)}

    try:
        as_prefixes, prefixes = asked_prefixes(10**9)
        as_words, left = asked_prefixes(100)
        assert left < prefixes, "a common prefix was asked as its words"

        def shown(hits: list) -> list[tuple[object, ...]]:
            return [(h.rowid, round(h.score, 9), h.reasons, h.partial, h.unmatched,
                     h.distance_km) for h in hits]

        assert as_words and shown(as_words) == shown(as_prefixes)
        assert as_words.unmatched == as_prefixes.unmatched
    finally:
        conn.close()


def test_an_index_entry_without_its_service_row_is_left_out(tmp_home: Path,
                                                            tmp_path: Path) -> None:
    """A full-text entry whose services row is gone (a file out of step with itself) is
    not shown as a blank result."""
    long = _long_catalogue(tmp_path)
    file = Path(long.execute("PRAGMA database_list").fetchone()[2])
    long.close()
    raw = sqlite3.connect(file)
    raw.execute("DELETE FROM services WHERE id IN ('s001', 's002', 's003')")  # ranked ones
    raw.commit()
    raw.close()
    conn = cat.connect(file)
    try:
        hits = search(conn, SearchQuery(text="neuvontaa", limit=300))
        assert len(hits) == 300 and all(h.id for h in hits)
        assert not {"s001", "s002", "s003"} & {h.id for h in hits}
        lean = search(conn, SearchQuery(text="neuvontaa", limit=300), details=False)
        assert all(h.name for h in lean[:100]), "the ranked ones are whole"
    finally:
        conn.close()


def test_only_listed_services_are_found_and_closed_ones_can_be_hidden(
        tmp_home: Path, tmp_path: Path) -> None:
    # Listed means active or temporarily closed; the index marks the other statuses
    # (hidden) and the closed ones, and a search asks for their absence.
    services = [*mini.SERVICES,
                mini.service("lopetettu", "Kuntosaliryhmä (lopetettu)", "Kuntosali.",
                             city="Kajaani", lat=64.2210, lon=27.7410, status="inactive",
                             terms=("hyte-theme:1",)),
                mini.service("tuleva", "Kuntosali tulossa", "Kuntosali.", status="defunct",
                             areas=("Kainuu",))]
    mini.build(tmp_path / "b", services=services)
    conn = cat.connect(import_bundle(default_paths(), tmp_path / "b").file)
    try:
        everything = {s["id"] for s in mini.SERVICES}
        assert set(ids(conn, limit=100)) == everything  # nothing typed, no filter
        assert set(ids(conn, limit=100, hide_closed=True)) == everything - {"suljettu"}
        assert set(ids(conn, "kuntosali")) == {"kuntosali", "suljettu"}
        assert set(ids(conn, "kuntosali", hide_closed=True)) == {"kuntosali"}
        assert set(ids(conn, themes=["1"])) == {"kuntosali", "suljettu", "svensk"}
        assert set(ids(conn, "kuntosali", near_place="place:kajaani", max_km=5)) == {"suljettu"}
        assert set(ids(conn, municipality="Kajaani", hide_closed=True)) == {"velka", "svensk",
                                                                            "omais", "paiva"}
        # browsing lists by name (those in the user's language first)
        hits = search(conn, SearchQuery(limit=100))
        names = [h.name for h in hits if "fi" in h.languages]
        assert names == sorted(names, key=lambda n: " ".join(cat.words(n)))
        assert hits[-1].id == "svensk"
    finally:
        conn.close()


@given(st.lists(st.tuples(st.floats(59.5, 70.1), st.floats(19.0, 31.6)), min_size=1,
                max_size=6),
       st.floats(59.5, 70.1), st.floats(19.0, 31.6))
def test_the_nearest_location_is_found_at_catdb_distance(
        points: list[tuple[float, float]], lat: float, lon: float) -> None:
    # search writes the distance out for speed; it must be catdb's, to the last bit
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE service_locations (service_rowid, lat, lon, city)")
    conn.executemany("INSERT INTO service_locations VALUES (?, ?, ?, ?)",
                     [(1 + i % 2, la, lo, f"c{i}") for i, (la, lo) in enumerate(points)])
    got = _nearest(conn, [1, 2], Place("p", "P", "M", lat, lon))
    for rowid in (1, 2):
        mine = [(cat.distance_km(lat, lon, la, lo), f"c{i}")
                for i, (la, lo) in enumerate(points) if 1 + i % 2 == rowid]
        if mine:
            assert got[rowid] == min(mine, key=lambda m: m[0])
        else:
            assert rowid not in got
