"""The importer: a new catalogue becomes current only when complete and verified."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from hytedesk.base.i18n import UserError
from hytedesk.base.paths import Paths, default_paths
from hytedesk.bundle import BundleError, write_delta
from hytedesk.catalogue import catdb as cat
from hytedesk.catalogue.importer import import_bundle
from hytedesk.local.localdb import LocalDB
from tests.fixtures import mini


def _local_state(paths: Paths) -> tuple[object, str]:
    with LocalDB(paths) as db:
        pointer = db.pointer()
    return pointer, hashlib.sha256(paths.local_db.read_bytes()).hexdigest()


def test_import_makes_catalogue_current(tmp_home: Path, tmp_path: Path) -> None:
    paths = default_paths()
    mini.build(tmp_path / "b")
    result = import_bundle(paths, tmp_path / "b")
    assert result.services == len(mini.SERVICES)
    with LocalDB(paths) as db:
        p = db.pointer()
    assert p is not None and p.version == 1 and p.sample_data
    assert (paths.data / p.file).exists()
    conn = sqlite3.connect(paths.data / p.file)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert not list(paths.data.glob("*.part"))


def test_failed_import_keeps_previous_catalogue_and_local_db(tmp_home: Path,
                                                             tmp_path: Path) -> None:
    paths = default_paths()
    mini.build(tmp_path / "good")
    import_bundle(paths, tmp_path / "good")
    before = _local_state(paths)
    bad_services = [dict(s) for s in mini.SERVICES]
    bad_services[-1] = {**bad_services[-1], "attributes": [
        {"id": "x", "taxonomy_term_id": "hyte-theme:99"}]}
    mini.build(tmp_path / "bad", version=2, services=bad_services)
    with pytest.raises(BundleError) as err:
        import_bundle(paths, tmp_path / "bad")
    assert "hyte-theme:99" in err.value.problems[0].text("en")
    assert "still in use" in err.value.text("en")
    assert _local_state(paths) == before
    assert sorted(f.name for f in paths.data.glob("catalogue-*")) == ["catalogue-mini-1.db"]


def _v1_v2_and_delta(tmp_path: Path) -> None:
    """Bundles v1 and v2 of the mini catalogue (one service gone, one renamed) and the
    delta d12 between them."""
    mini.build(tmp_path / "v1", version=1)
    changed = [dict(s) for s in mini.SERVICES[1:]]
    changed[0]["name"] = "Kuntosaliohjaus kaikenikäisille"
    mini.build(tmp_path / "v2", version=2, services=changed)
    write_delta(tmp_path / "v1", tmp_path / "v2", tmp_path / "d12")


def test_delta_applies_to_a_copy_and_previous_is_kept(tmp_home: Path, tmp_path: Path) -> None:
    paths = default_paths()
    _v1_v2_and_delta(tmp_path)
    import_bundle(paths, tmp_path / "v1")
    result = import_bundle(paths, tmp_path / "d12")
    assert result.kind == "delta" and result.version == 2
    with LocalDB(paths) as db:
        p = db.pointer()
    assert p is not None and p.previous_file == "catalogue-mini-1.db"
    conn = sqlite3.connect(paths.data / p.file)
    names = {r[0] for r in conn.execute("SELECT name FROM services")}
    assert "Kuntosaliohjaus kaikenikäisille" in names
    assert "Talous- ja velkaneuvonta" not in names
    # the full v2 import would give the same digest
    assert p.content_digest == json.loads(
        __import__("tarfile").open(tmp_path / "v2").extractfile("manifest.json").read()
    )["content_digest"]


def _fts_segments(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT count(DISTINCT segid) FROM services_fts_idx").fetchone()[0])
    finally:
        conn.close()


def test_the_full_text_index_is_one_segment_after_import_and_after_a_delta(
        tmp_home: Path, tmp_path: Path) -> None:
    # A prefix query looks up every matching word in each segment of the index: the
    # importer merges them, and the merge must be committed, for full imports and deltas.
    paths = default_paths()
    _v1_v2_and_delta(tmp_path)
    assert _fts_segments(import_bundle(paths, tmp_path / "v1").file) == 1
    assert _fts_segments(import_bundle(paths, tmp_path / "d12").file) == 1


def _indexed_counts(db: Path) -> tuple[dict[str, int], dict[str, int]]:
    """The services each word of the index is in: as FTS5 counts them, and as ``words``
    keeps them."""
    conn = sqlite3.connect(db)
    conn.execute("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, services_fts, row)")
    indexed = dict(conn.execute("SELECT term, doc FROM temp.v WHERE term NOT LIKE 'zz%'"))
    kept = dict(conn.execute("SELECT word, docs FROM words WHERE docs > 0"))
    # and the number of services the counts are weighed against
    assert conn.execute("SELECT value FROM meta WHERE key = 'services'").fetchone()[0] == \
        str(conn.execute("SELECT count(*) FROM services").fetchone()[0])
    conn.close()
    return indexed, kept


def test_every_indexed_word_is_kept_with_its_count_after_import_and_after_a_delta(
        tmp_home: Path, tmp_path: Path) -> None:
    # The search asks a very common prefix as its words (search.COMMON_POSTINGS): a word
    # missing from ``words`` would be missed, and a stale count would misjudge the cost.
    paths = default_paths()
    _v1_v2_and_delta(tmp_path)
    indexed, kept = _indexed_counts(import_bundle(paths, tmp_path / "v1").file)
    assert indexed and kept == indexed
    assert indexed["ikaihmisille"] == 2 and "kaikenikaisille" not in indexed
    indexed, kept = _indexed_counts(import_bundle(paths, tmp_path / "d12").file)
    assert kept == indexed
    # the gym class is renamed "… kaikenikäisille" (for all ages, no longer for the elderly)
    assert indexed["ikaihmisille"] == 1 and indexed["kaikenikaisille"] == 1
    assert "velkaneuvonta" not in indexed  # its only service is gone, and its count with it


def test_delta_on_wrong_base_is_refused(tmp_home: Path, tmp_path: Path) -> None:
    paths = default_paths()
    mini.build(tmp_path / "v1", version=1)
    mini.build(tmp_path / "v2", version=2, services=mini.SERVICES[:3])
    mini.build(tmp_path / "v3", version=3, services=mini.SERVICES[:2])
    write_delta(tmp_path / "v2", tmp_path / "v3", tmp_path / "d23")
    import_bundle(paths, tmp_path / "v1")
    with pytest.raises(UserError) as err:
        import_bundle(paths, tmp_path / "d23")
    assert err.value.key == "import.delta_base"


def test_older_version_is_refused_and_same_is_noop(tmp_home: Path, tmp_path: Path) -> None:
    paths = default_paths()
    mini.build(tmp_path / "v1", version=1)
    mini.build(tmp_path / "v2", version=2, services=mini.SERVICES[:3])
    import_bundle(paths, tmp_path / "v2")
    assert import_bundle(paths, tmp_path / "v2").already_current
    with pytest.raises(UserError) as err:
        import_bundle(paths, tmp_path / "v1")
    assert err.value.key == "import.older"


def test_expected_digest_from_signed_metadata_must_match(tmp_home: Path, tmp_path: Path) -> None:
    paths = default_paths()
    mini.build(tmp_path / "v1")
    with pytest.raises(UserError) as err:
        import_bundle(paths, tmp_path / "v1", expected_digest="sha256:" + "0" * 64)
    assert err.value.key == "import.digest"
    with LocalDB(paths) as db:
        assert db.pointer() is None


def test_migration_takes_a_backup_first(tmp_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from hytedesk.local import migrations as mig

    paths = default_paths()
    with LocalDB(paths) as db:
        db.set("unit.name", "Kotihoito Suomussalmi")

    def m999_test_only(db: object) -> None:
        db.execute("CREATE TABLE test_only (x INTEGER)")  # type: ignore[attr-defined]

    mig.migration(m999_test_only)

    try:
        with LocalDB(paths) as db:
            assert db.get("unit.name") == "Kotihoito Suomussalmi"
            tables = {r[0] for r in db.conn.execute("SELECT name FROM sqlite_master")}
            assert "test_only" in tables
        backups = list(paths.backups.glob("local-*-before-m999_test_only.db"))
        assert len(backups) == 1
        copy = sqlite3.connect(backups[0])
        assert copy.execute("SELECT value FROM settings WHERE key='unit.name'").fetchone()[0] \
            == '"Kotihoito Suomussalmi"'
        with LocalDB(paths) as db:  # nothing pending: no new backup
            pass
        assert len(list(paths.backups.glob("*.db"))) == 1
    finally:
        mig._registered[:] = [m for m in mig._registered if m[0] != "m999_test_only"]


def test_local_db_is_wal_with_full_sync(tmp_home: Path) -> None:
    with LocalDB(default_paths()) as db:
        assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.conn.execute("PRAGMA synchronous").fetchone()[0] == 2


def test_hytedesk_home_moves_everything(tmp_home: Path) -> None:
    p = default_paths()
    for d in (p.data, p.cache, p.logs, p.config):
        assert tmp_home in d.parents


def _catalogue_rows(path: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        out: list[tuple[object, ...]] = []
        for table in ("services", "service_terms", "service_areas", "service_locations",
                      "records", "word_parts"):
            out += sorted(tuple(r) for r in conn.execute(f"SELECT * FROM {table}"))
        # the index itself (the table keeps no copy of the texts): every term, per row
        conn.execute("CREATE VIRTUAL TABLE temp.inst USING fts5vocab(main, services_fts, "
                     "instance)")
        index = sorted(conn.execute("SELECT term, doc, col FROM temp.inst"))
        assert index
        out += index
        return out
    finally:
        conn.close()


def test_parallel_import_gives_the_same_catalogue(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """National imports parse services in worker processes; the result must not differ."""
    from hytedesk.catalogue import importer

    mini.build(tmp_path / "b")
    seq = Paths(tmp_path / "s", tmp_path / "s/c", tmp_path / "s/l", tmp_path / "s/k")
    par = Paths(tmp_path / "p", tmp_path / "p/c", tmp_path / "p/l", tmp_path / "p/k")
    a = import_bundle(seq, tmp_path / "b")
    monkeypatch.setattr(importer, "PARALLEL_MIN_SERVICES", 1)
    monkeypatch.setattr(importer, "CHUNK_LINES", 3)
    b = import_bundle(par, tmp_path / "b")
    assert a.content_digest == b.content_digest
    assert _catalogue_rows(a.file) == _catalogue_rows(b.file)


def test_parallel_import_reports_bad_lines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from hytedesk.catalogue import importer
    from tests.test_bundle import _rewrite_member, _service_lines

    services = [dict(s) for s in mini.SERVICES]
    services[5] = {**services[5], "status": "open"}
    mini.build(tmp_path / "b", services=services)
    lines = _service_lines(tmp_path / "b")
    lines[6] = lines[6].replace(b'"id":"svensk"', b'"id":"kuntosali"', 1)
    _rewrite_member(tmp_path / "b", "services.jsonl.zst", lines, fix_manifest=True)
    monkeypatch.setattr(importer, "PARALLEL_MIN_SERVICES", 1)
    monkeypatch.setattr(importer, "CHUNK_LINES", 2)
    paths = Paths(tmp_path / "p", tmp_path / "p/c", tmp_path / "p/l", tmp_path / "p/k")
    with pytest.raises(BundleError) as err:
        import_bundle(paths, tmp_path / "b")
    texts = [p.text("en") for p in err.value.problems]
    assert any(t.startswith("services.jsonl.zst:6: status:") for t in texts), texts
    assert any(t.startswith("services.jsonl.zst:7: id:") and "line 2" in t for t in texts)
    assert not list(paths.data.glob("catalogue-*"))


def test_catalogue_built_by_an_older_app_is_rebuilt_from_its_records(tmp_home: Path,
                                                                      tmp_path: Path) -> None:
    from hytedesk.app.session import open_session
    from hytedesk.catalogue.search import SearchQuery, search

    paths = default_paths()
    mini.build(tmp_path / "b")
    result = import_bundle(paths, tmp_path / "b")
    old = sqlite3.connect(result.file)
    old.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    old.execute("DROP TABLE term_words")  # what an older schema lacked
    old.commit()
    old.close()
    before = _local_state(paths)
    session = open_session(paths)
    try:
        assert session.conn.execute(
            "SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] \
            == str(cat.SCHEMA_VERSION)
        assert [h.id for h in search(session.conn, SearchQuery(text="ensamhet"))] == ["yksin"]
    finally:
        session.close()
    assert _local_state(paths)[0] == before[0]  # the pointer did not change
    assert not list(paths.cache.glob("rebuild-*"))


def test_a_previous_file_of_an_older_app_is_rebuilt_when_it_replaces_a_damaged_one(
        tmp_home: Path, tmp_path: Path) -> None:
    from hytedesk.app.session import repair_catalogue

    paths = default_paths()
    mini.build(tmp_path / "v1", version=1)
    mini.build(tmp_path / "v2", version=2)
    first = import_bundle(paths, tmp_path / "v1").file
    second = import_bundle(paths, tmp_path / "v2").file
    old = sqlite3.connect(first)  # as an older HyteDesk left it
    old.execute("UPDATE meta SET value = '5' WHERE key = 'schema_version'")
    old.commit()
    old.close()
    second.write_bytes(b"not a catalogue")
    pointer = repair_catalogue(paths, "damaged")
    assert pointer.file == first.name
    assert cat.schema_version_of(first) == cat.SCHEMA_VERSION
