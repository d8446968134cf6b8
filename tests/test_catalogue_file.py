"""The catalogue file a laptop keeps: compressed records, a contentless full-text index and
terms stored by number (docs/performance.md) — and none of it changes what the app reads."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from hytedesk.base.paths import Paths
from hytedesk.bundle import write_delta
from hytedesk.catalogue import catdb as cat
from hytedesk.catalogue.importer import import_bundle
from hytedesk.local.localdb import LocalDB
from tests.fixtures import mini


def _paths(root: Path) -> Paths:
    return Paths(root / "data", root / "cache", root / "logs", root / "cfg")


def _many(n: int, *, version_tag: str = "") -> list[dict[str, Any]]:
    """``n`` services of varied text, so zstd has something to train a dictionary on."""
    towns = [("Kajaani", 64.227, 27.73), ("Kuhmo", 64.126, 29.52),
             ("Suomussalmi", 64.887, 28.905)]
    kinds = [("Kuntosaliryhmä", "hyte-theme:1"), ("Velkaneuvonta", "life-situation:debt"),
             ("Vertaisryhmä omaishoitajille", "life-situation:caregiving"),
             ("Kohtaamispaikka", "life-situation:loneliness")]
    out = []
    for i in range(n):
        town, lat, lon = towns[i % 3]
        name, term = kinds[i % 4]
        out.append(mini.service(
            f"s{i:04d}", f"{name} {town} {i}{version_tag}",
            f"{name} kokoontuu {town}ssa viikoittain; palvelu numero {i} ja "
            f"lisätietoja puhelimitse {i * 7 % 1000:03d}.", city=town, lat=lat + i * 1e-4,
            lon=lon, terms=(term, "mode:in-person", "provider-type:ngo"), areas=("Kainuu",)))
    return out


def _current(paths: Paths) -> Path:
    with LocalDB(paths) as db:
        path = db.current_catalogue_path()
    assert path is not None
    return path


def test_records_are_stored_compressed_and_read_back_as_published(tmp_path: Path) -> None:
    services = _many(120)
    mini.build(tmp_path / "b", services=services)
    paths = _paths(tmp_path / "home")
    import_bundle(paths, tmp_path / "b")
    conn = cat.connect(_current(paths))
    assert conn.execute("SELECT count(*) FROM record_dictionary").fetchone()[0] == 1
    stored = 0
    text_bytes = 0
    for kind, rid, digest, value in conn.execute("SELECT kind, id, hash, json FROM records"):
        assert isinstance(value, bytes), (kind, rid)
        text = conn.execute("SELECT hd_record(?)", (value,)).fetchone()[0]
        # the canonical line as published: its hash is the record hash
        assert hashlib.sha256(text.encode()).hexdigest() == digest, (kind, rid)
        stored += len(value)
        text_bytes += len(text.encode())
    assert stored < text_bytes / 3, (stored, text_bytes)
    # what the detail pane shows comes from the stored record
    from hytedesk.referrals.services import catalogue_details

    details = catalogue_details(conn, ["s0007"])
    assert details["s0007"].name("fi") == services[7]["name"]


def test_a_tiny_catalogue_is_stored_without_a_dictionary(tmp_path: Path) -> None:
    mini.build(tmp_path / "b")  # 8 services: too few to train on
    paths = _paths(tmp_path / "home")
    import_bundle(paths, tmp_path / "b")
    conn = cat.connect(_current(paths))
    assert conn.execute("SELECT count(*) FROM record_dictionary").fetchone()[0] == 0
    (value,) = conn.execute("SELECT json FROM records WHERE id = 'velka'").fetchone()
    assert json.loads(cat.RecordCodec.of(conn).text(value) or "")["name"] == \
        "Talous- ja velkaneuvonta"


def _derived(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Everything derived from the services, keyed by service id instead of row number
    (a delta appends rows, a full import numbers them afresh)."""
    conn = sqlite3.connect(path)
    try:
        ids = dict(conn.execute("SELECT rowid, id FROM services"))
        conn.execute("CREATE VIRTUAL TABLE temp.inst USING fts5vocab(main, services_fts, "
                     "instance)")
        cols = ", ".join(cat.SERVICE_COLUMNS[1:])
        return {
            "services": sorted(conn.execute(f"SELECT {cols} FROM services")),
            "index": sorted((t, ids[d], c) for t, d, c in
                            conn.execute("SELECT term, doc, col FROM temp.inst")),
            "terms": sorted((k, ids[r]) for k, r in conn.execute(
                "SELECT k.term_id, st.service_rowid FROM service_terms st "
                "JOIN term_keys k ON k.n = st.term_n")),
            "areas": sorted((m, ids[r]) for r, m in conn.execute(
                "SELECT service_rowid, municipality FROM service_areas")),
            "locations": sorted((ids[r[0]], *r[1:]) for r in conn.execute(
                "SELECT * FROM service_locations")),
        }
    finally:
        conn.close()


def test_a_delta_leaves_the_same_catalogue_as_a_full_import(tmp_path: Path) -> None:
    """The index keeps no copy of the texts, so a delta removes a changed or deleted
    service's entries with values derived again from its stored record; if they were
    wrong, stale words would stay in the index and the two files would differ."""
    v1 = _many(60)
    v2 = [dict(s) for s in v1[5:]]  # five deleted
    for s in v2[:10]:  # ten changed: other words, another term, another town
        s["name"] = s["name"].replace("Kohtaamispaikka", "Olohuone")
        s["description"] = "Uusi kuvaus: kävelyryhmä ja kahvit."
        s["attributes"] = [{"id": f"{s['id']}-x", "taxonomy_term_id": "hyte-theme:4"}]
    v2 += _many(63)[60:]  # three added
    mini.build(tmp_path / "v1", version=1, services=v1)
    mini.build(tmp_path / "v2", version=2, services=v2)
    write_delta(tmp_path / "v1", tmp_path / "v2", tmp_path / "d12")
    by_delta, full = _paths(tmp_path / "a"), _paths(tmp_path / "b")
    import_bundle(by_delta, tmp_path / "v1")
    assert import_bundle(by_delta, tmp_path / "d12").kind == "delta"
    import_bundle(full, tmp_path / "v2")
    a, b = _derived(_current(by_delta)), _derived(_current(full))
    assert a["index"] and len(a["services"]) == 58
    for table in a:
        assert a[table] == b[table], table
    # the changed texts are found, the old ones are not
    conn = cat.connect(_current(by_delta))

    def matching(word: str) -> int:
        return int(conn.execute("SELECT count(*) FROM services_fts WHERE services_fts "
                                "MATCH ?", (word,)).fetchone()[0])

    assert matching("kahvit") == 10
    assert matching("olohuone") == sum("Olohuone" in s["name"] for s in v2) > 0
    assert matching("kokoontuu") == 58 - 10


def test_a_delta_on_a_file_of_an_older_schema_rebuilds_it_first(tmp_path: Path) -> None:
    """A file an older HyteDesk built has other derived tables; the delta is applied to
    the file rebuilt from its own records, never to the old tables."""
    mini.build(tmp_path / "v1", version=1)
    changed = [dict(s) for s in mini.SERVICES[1:]]
    changed[0]["name"] = "Kuntosaliohjaus kaikenikäisille"
    mini.build(tmp_path / "v2", version=2, services=changed)
    write_delta(tmp_path / "v1", tmp_path / "v2", tmp_path / "d12")
    paths = _paths(tmp_path / "home")
    import_bundle(paths, tmp_path / "v1")
    old = _current(paths)
    conn = sqlite3.connect(old)
    conn.execute("UPDATE meta SET value = '4' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    import_bundle(paths, tmp_path / "d12")
    new = cat.connect(_current(paths))
    assert new.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] \
        == str(cat.SCHEMA_VERSION)
    names = {r[0] for r in new.execute("SELECT name FROM services")}
    assert "Kuntosaliohjaus kaikenikäisille" in names
    assert "Talous- ja velkaneuvonta" not in names


@pytest.mark.parametrize("value", ["plain text", "{\"id\":\"x\"}"])
def test_text_records_of_older_files_are_read_unchanged(value: str) -> None:
    assert cat.RecordCodec(None).text(value) == value
