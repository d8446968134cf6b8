"""Importing a bundle into a new catalogue file and making it current.

One writer at a time per data folder: every import holds the data folder's writer lock
(``hytedesk.base.lock``) from start to end. A full bundle is built into
``catalogue-<id>-<version>.db.part-<pid>-<random>``; a delta starts from a copy of the
current catalogue. Either way the new file is complete, checked (references, content
digest, then once more from disk: SQLite's integrity check, the records' digest and the
number of services) and flushed to disk before one committed write in ``local.db`` makes
it current. A failure at any point — a bad bundle, a full disk, a read-only folder —
leaves the current catalogue and ``local.db`` untouched and no part file behind; the file
that was current before is kept until the next import succeeds.
"""

from __future__ import annotations

import collections
import contextlib
import errno
import hashlib
import itertools
import json
import logging
import multiprocessing
import os
import secrets
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hytedesk.base import i18n
from hytedesk.base.files import commit
from hytedesk.base.lock import writer_lock
from hytedesk.base.logs import logged
from hytedesk.base.paths import Paths
from hytedesk.base.text import clean_record, may_need_cleaning
from hytedesk.bundle import BundleError, BundleReader, Problem, write_bundle
from hytedesk.bundle.digest import canonical_json, content_digest_sorted
from hytedesk.bundle.reader import MAX_PROBLEMS, parse_line
from hytedesk.bundle.schema import MEMBER_OF_KIND
from hytedesk.catalogue import catdb as cat
from hytedesk.catalogue.finnish import compound_parts, shared_heads, stem_key
from hytedesk.local.localdb import LocalDB, now_iso

Progress = Callable[[str, int, int], None]
log = logging.getLogger(__name__)

i18n.register(
    {
        "import.delta_base": {
            "fi": "Muutospaketti {name} koskee luettelon {catalogue} versiota {base}, mutta "
            "käytössä on {current}. Nykyinen luettelo on yhä käytössä; tuo koko luettelo.",
            "sv": "Ändringspaketet {name} gäller version {base} av katalogen {catalogue}, men "
            "{current} används. Den nuvarande katalogen används fortfarande; importera hela "
            "katalogen.",
            "en": "The delta {name} applies to version {base} of catalogue {catalogue}, but "
            "{current} is in use. The current catalogue is still in use; import the full "
            "catalogue instead.",
        },
        "import.older": {
            "fi": "Luettelopaketti {name} on versio {version}, mutta käytössä on jo uudempi "
            "versio {current}. Nykyinen luettelo on yhä käytössä.",
            "sv": "Katalogpaketet {name} är version {version}, men den nyare versionen "
            "{current} används redan. Den nuvarande katalogen används fortfarande.",
            "en": "The bundle {name} is version {version}, but the newer version {current} "
            "is already in use. The current catalogue is still in use.",
        },
        "import.digest": {
            "fi": "Luettelopaketin {name} sisältö ei vastaa sen tarkistussummaa (odotettiin "
            "{expected}, saatiin {actual}). Nykyinen luettelo on yhä käytössä.",
            "sv": "Innehållet i katalogpaketet {name} motsvarar inte dess kontrollsumma "
            "(väntade {expected}, fick {actual}). Den nuvarande katalogen används fortfarande.",
            "en": "The content of the bundle {name} does not match its digest (expected "
            "{expected}, got {actual}). The current catalogue is still in use.",
        },
        "import.disk": {
            "fi": "Luetteloa ei voitu tallentaa: {detail}. Nykyinen luettelo on yhä käytössä; "
            "vapauta levytilaa ja yritä uudelleen.",
            "sv": "Katalogen kunde inte sparas: {detail}. Den nuvarande katalogen används "
            "fortfarande; frigör diskutrymme och försök igen.",
            "en": "The catalogue could not be saved: {detail}. The current catalogue is still "
            "in use; free some disk space and try again.",
        },
        "import.readonly": {
            "fi": "Luetteloa ei voitu tallentaa, koska tietokansioon {path} ei voi kirjoittaa "
            "({detail}). Nykyinen luettelo on yhä käytössä; tarkista kansion oikeudet.",
            "sv": "Katalogen kunde inte sparas eftersom det inte går att skriva i datamappen "
            "{path} ({detail}). Den nuvarande katalogen används fortfarande; kontrollera "
            "mappens behörigheter.",
            "en": "The catalogue could not be saved because the data folder {path} cannot be "
            "written ({detail}). The current catalogue is still in use; check the folder's "
            "permissions.",
        },
        "import.check_failed": {
            "fi": "Uusi luettelotiedosto ei läpäissyt tarkistusta ({detail}), joten sitä ei "
            "otettu käyttöön. Nykyinen luettelo on yhä käytössä; tarkista levy ja yritä "
            "uudelleen.",
            "sv": "Den nya katalogfilen klarade inte kontrollen ({detail}), så den togs inte i "
            "bruk. Den nuvarande katalogen används fortfarande; kontrollera disken och försök "
            "igen.",
            "en": "The new catalogue file failed its check ({detail}), so it was not used. The "
            "current catalogue is still in use; check the disk and try again.",
        },
        "import.same": {
            "fi": "Luettelo {catalogue} versio {version} on jo käytössä.",
            "sv": "Katalogen {catalogue} version {version} används redan.",
            "en": "Catalogue {catalogue} version {version} is already in use.",
        },
    }
)


@dataclass(frozen=True)
class ImportResult:
    catalogue_id: str
    version: int
    kind: str
    file: Path
    content_digest: str
    services: int
    already_current: bool = False


def cleanup_partials(paths: Paths) -> None:
    """Removes files an interrupted import left behind (never a current catalogue).

    Called only with the writer lock held: a part file's owner holds the lock while it
    builds, so any part file found then belongs to a process that is gone."""
    for part in paths.data.glob("catalogue-*.db.part*"):
        part.unlink(missing_ok=True)


RecordRow = tuple[str, str, str, bytes]  # (kind, id, record hash, stored JSON as packed)


def _record_row(kind: str, rec: dict[str, Any], line: bytes,
                codec: cat.RecordCodec) -> RecordRow:
    """The record as its bundle line; the line is canonical JSON, so its hash is the record
    hash of the format (docs/bundle-format.md) without serialising again.

    ``rec`` is the record as stored (:func:`_cleaned`); when cleaning changed it, the stored
    JSON is the cleaned record while the hash stays the bundle's, so the content digest and
    deltas still compare with what was published."""
    raw = line.rstrip(b"\n")
    digest = hashlib.sha256(raw).hexdigest()
    text = raw.decode("utf-8")
    if rec.get("_cleaned"):
        rec = {k: v for k, v in rec.items() if k != "_cleaned"}
        text = canonical_json(rec)
    return kind, rec["id"], digest, codec.pack(text)


def _cleaned(rec: dict[str, Any], line: bytes) -> dict[str, Any]:
    """The record without invisible format characters (``hytedesk.base.text``): a stored
    ``7654 321 040`` is never shown as ``040 123 4567`` through a right-to-left override.
    A changed record is marked for :func:`_record_row` (the mark is not stored)."""
    if not may_need_cleaning(line):
        return rec
    out = clean_record(rec)
    if out is rec:
        return rec
    return {**out, "_cleaned": True}


class _Builder:
    """Applies records to an open catalogue database being built."""

    def __init__(self, conn: sqlite3.Connection, codec: cat.RecordCodec, *,
                 replacing: bool) -> None:
        self.conn = conn
        self.codec = codec
        self.writer: cat.ServiceWriter | None = None
        self.records: list[RecordRow] = []
        self.terms_deleted = False
        # A full import starts from an empty file: nothing to replace.
        self.replacing = replacing

    def upsert(self, kind: str, rec: dict[str, Any], line: bytes) -> None:
        conn = self.conn
        if kind == "service" and self.replacing:
            # before its record is replaced: the old index entries derive from the old record
            cat.delete_service(conn, str(rec["id"]), self.codec)
        rec = _cleaned(rec, line)
        self.records.append(_record_row(kind, rec, line, self.codec))
        rec.pop("_cleaned", None)
        if len(self.records) >= 2000:
            self.flush_records()
        if kind == "taxonomy":
            cat.insert_taxonomy(conn, rec)
        elif kind == "taxonomy_term":
            cat.insert_term(conn, rec)
        elif kind == "place":
            cat.insert_place(conn, rec)
        elif kind == "checklist":
            cat.insert_checklist(conn, rec)
        elif kind == "search_term":
            cat.insert_search_term(conn, rec)
        else:
            self.upsert_service(rec)

    def add_packed_service(self, record_row: RecordRow, packed: cat.PackedService) -> None:
        """Adds a service already parsed, validated and derived (by a worker process)."""
        self.records.append(record_row)
        if len(self.records) >= 2000:
            self.flush_records()
        if self.writer is None:
            self.writer = cat.ServiceWriter(self.conn)
        self.writer.add_packed(packed)

    def upsert_service(self, rec: dict[str, Any]) -> None:
        if self.writer is None:
            self.writer = cat.ServiceWriter(self.conn)
        self.writer.add(cat.derive_service(rec))

    def flush_records(self) -> None:
        if self.replacing:  # (kind, id) is unique by construction, not by a constraint
            self.conn.executemany("DELETE FROM records WHERE kind = ? AND id = ?",
                                  ((r[0], r[1]) for r in self.records))
        self.conn.executemany("INSERT INTO records VALUES (?, ?, ?, ?)", self.records)
        self.records.clear()

    def flush(self) -> None:
        self.flush_records()
        if self.writer is not None:
            self.writer.flush()

    def delete(self, kind: str, rid: str) -> None:
        conn = self.conn
        if kind in ("taxonomy", "taxonomy_term"):
            self.terms_deleted = True
        if kind == "service":
            cat.delete_service(conn, rid, self.codec)  # while its record is still stored
        conn.execute("DELETE FROM records WHERE kind = ? AND id = ?", (kind, rid))
        if kind == "taxonomy":
            conn.execute("DELETE FROM taxonomies WHERE id = ?", (rid,))
        elif kind == "taxonomy_term":
            conn.execute("DELETE FROM terms WHERE id = ?", (rid,))
        elif kind == "place":
            conn.execute("DELETE FROM places WHERE id = ?", (rid,))
        elif kind == "checklist":
            conn.execute("DELETE FROM checklists WHERE id = ?", (rid,))
        elif kind == "search_term":
            conn.execute("DELETE FROM search_aliases WHERE record_id = ?", (rid,))

    def finish_vocabulary(self) -> None:
        """Adds new index terms' stem keys and compound heads to the search vocabulary.

        The terms come from the FTS index itself (``fts5vocab``), which has already folded
        and split the text in C; only words not seen before are processed.
        """
        conn = self.conn
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS indexed (word TEXT PRIMARY KEY, docs INTEGER)"
                     " WITHOUT ROWID")
        conn.execute("DELETE FROM indexed")
        conn.execute("INSERT INTO indexed SELECT term, doc FROM services_vocab "
                     "WHERE term NOT LIKE 'zz%'")
        fresh = [r[0] for r in conn.execute(
            "SELECT word FROM indexed WHERE word NOT IN (SELECT word FROM words)")]
        # Every word's count of services, anew (a delta changes the counts of old words);
        # a word no longer indexed stays, with none.
        conn.execute("UPDATE words SET docs = 0 WHERE docs != 0 "
                     "AND word NOT IN (SELECT word FROM indexed)")
        conn.execute("INSERT INTO words SELECT word, docs FROM indexed WHERE true "
                     "ON CONFLICT (word) DO UPDATE SET docs = excluded.docs "
                     "WHERE docs != excluded.docs")
        conn.executemany(
            "INSERT OR IGNORE INTO vocabulary VALUES (?)",
            ((k,) for k in {stem_key(w) for w in fresh if len(w) >= 4}),
        )
        keys = {r[0] for r in conn.execute("SELECT key FROM vocabulary")}
        if not self.replacing:
            # A full import learns the compound heads that several words end in
            # (vesi|jumppa, tuoli|jumppa, seniori|jumppa): a head the catalogue never uses
            # on its own is still a word people type.
            conn.executemany("INSERT OR IGNORE INTO heads VALUES (?)",
                             ((h,) for h in shared_heads(fresh)))
        heads = {r[0] for r in conn.execute("SELECT part FROM heads")}
        conn.executemany(
            "INSERT OR IGNORE INTO word_parts VALUES (?, ?)",
            ((part, w) for w in fresh if len(w) >= 8
             for part in compound_parts(w, keys, heads)),
        )

    def check_references(self) -> list[Problem]:
        conn = self.conn
        problems: list[Problem] = []
        # A delta that removes no term can only break the references of the services it
        # adds; otherwise every service is checked.
        first = 0 if self.terms_deleted or self.writer is None else self.writer.first_rowid
        for sid, term in conn.execute(
            "SELECT s.id, k.term_id FROM service_terms st JOIN term_keys k ON k.n = st.term_n "
            "JOIN services s ON s.rowid = st.service_rowid WHERE st.service_rowid >= ? AND "
            "k.term_id NOT IN (SELECT id FROM terms) LIMIT 50", (first,)
        ):
            problems.append(Problem.of(MEMBER_OF_KIND["service"], 0, f"{sid}: attributes",
                                       "p.unknown_ref", ref=term))
        for tid, tax in conn.execute(
            "SELECT id, taxonomy_id FROM terms WHERE taxonomy_id NOT IN "
            "(SELECT id FROM taxonomies) LIMIT 50"
        ):
            problems.append(Problem.of(MEMBER_OF_KIND["taxonomy_term"], 0, f"{tid}: taxonomy_id",
                                       "p.unknown_ref", ref=tax))
        for tid, parent in conn.execute(
            "SELECT id, parent_id FROM terms WHERE parent_id IS NOT NULL AND parent_id "
            "NOT IN (SELECT id FROM terms) LIMIT 50"
        ):
            problems.append(Problem.of(MEMBER_OF_KIND["taxonomy_term"], 0, f"{tid}: parent_id",
                                       "p.unknown_ref", ref=parent))
        for rid, term in conn.execute(
            "SELECT DISTINCT record_id, term_id FROM search_aliases WHERE term_id != '' "
            "AND term_id NOT IN (SELECT id FROM terms) LIMIT 50"
        ):
            problems.append(Problem.of(MEMBER_OF_KIND["search_term"], 0, f"{rid}: terms",
                                       "p.unknown_ref", ref=term))
        term_ids = {r[0] for r in conn.execute("SELECT id FROM terms")}
        for cid, raw in conn.execute("SELECT id, json FROM checklists"):
            for group in json.loads(raw).get("groups", []):
                for item in group.get("items", []):
                    for ref in item.get("terms", []):
                        if ref not in term_ids:
                            problems.append(Problem.of(
                                MEMBER_OF_KIND["checklist"], 0,
                                f"{cid}: {item.get('id')}.terms", "p.unknown_ref", ref=ref))
        return problems[:50]

    def digest(self) -> str:
        # INDEXED BY: read the narrow index, not the table with every record's JSON.
        return content_digest_sorted(self.conn.execute(
            "SELECT kind, id, hash FROM records INDEXED BY records_key ORDER BY kind, id"))


def _current(local: LocalDB) -> tuple[Any, Path | None]:
    pointer = local.pointer()
    if pointer is None:
        return None, None
    path = local.paths.data / pointer.file
    return pointer, path if path.exists() else None


def _usable(path: Path | None, digest: str) -> bool:
    """Whether the current catalogue file opens and is the one the pointer names."""
    if path is None:
        return False
    try:
        cat.check_file(path, digest=digest)
    except cat.DamagedCatalogue as exc:
        log.info("current catalogue is damaged: %s", exc)
        return False
    return True


def _free_name(paths: Paths, catalogue_id: str, version: int, digest: str,
               taken: set[str]) -> Path:
    """The new file's name: ``catalogue-<id>-<version>.db``, or, when a file in use has
    that name (the same version with other content), one that also names the content."""
    plain = paths.catalogue_file(catalogue_id, version)
    if plain.name not in taken:
        return plain
    tagged = plain.with_name(f"{plain.stem}-{digest.removeprefix('sha256:')[:12]}.db")
    if tagged.name not in taken:
        return tagged
    return plain.with_name(f"{plain.stem}-{os.getpid()}-{secrets.token_hex(4)}.db")


def environment_error(paths: Paths, exc: BaseException) -> i18n.UserError:
    """A disk or permission failure while writing the data folder, as a message."""
    if isinstance(exc, OSError):
        detail = str(exc.strerror or exc)
        readonly = exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM)
    else:
        detail = str(exc)
        code = getattr(exc, "sqlite_errorcode", None)
        readonly = code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM)
    if readonly:
        return i18n.UserError("import.readonly", path=paths.data, detail=detail)
    return i18n.UserError("import.disk", detail=detail)


def _import_done(r: ImportResult) -> str:
    state = "already current" if r.already_current else f"{r.services} services"
    return f"catalogue {r.catalogue_id} version {r.version} ({r.kind}), {state}"


@logged(log, lambda paths, bundle_path, **_: f"import of {Path(bundle_path).name}",
        _import_done)
def import_bundle(
    paths: Paths,
    bundle_path: Path | str,
    *,
    expected_digest: str | None = None,
    signed: bool = False,
    progress: Progress | None = None,
    lock_wait: float | None = None,
) -> ImportResult:
    """Imports a full or delta bundle; makes the result current only when it is complete.

    ``expected_digest`` is the content digest from signed metadata (sync); when given, the
    result must match it as well as the manifest. ``signed`` says the bundle was verified
    against the trusted root: a signed catalogue replaces an unsigned (development) one
    whatever their version numbers. Only one import, sync or offline import runs per data
    folder at a time (``writer_lock``); a second one waits up to ``lock_wait`` seconds
    (default ``hytedesk.base.lock.DEFAULT_WAIT``), then is refused.
    """
    bundle_path = Path(bundle_path)
    paths.ensure()
    with writer_lock(paths.data, wait=lock_wait):
        try:
            cleanup_partials(paths)  # the lock is ours: whatever is left is abandoned
        except OSError as exc:
            raise environment_error(paths, exc) from None
        with LocalDB(paths) as local, BundleReader(bundle_path) as reader:
            return _import_locked(paths, local, reader, expected_digest, signed, progress)


def _import_locked(paths: Paths, local: LocalDB, reader: BundleReader,
                   expected_digest: str | None, signed: bool,
                   progress: Progress | None) -> ImportResult:
    m = reader.manifest
    pointer, current_path = _current(local)
    healthy = pointer is not None and _usable(current_path, pointer.content_digest)
    if pointer is not None and not healthy:
        current_path = None
    # A signed catalogue is never held back by an unsigned one's version number.
    outranks = signed and pointer is not None and not pointer.signed
    if pointer is not None and healthy and pointer.catalogue_id == reader.catalogue_id:
        if reader.version == pointer.version and m["content_digest"] == pointer.content_digest:
            if signed:
                local.mark_verified(signed=True)
            return ImportResult(reader.catalogue_id, reader.version, reader.kind,
                                paths.data / pointer.file, pointer.content_digest, 0,
                                already_current=True)
        if reader.version < pointer.version and not outranks:
            raise i18n.UserError("import.older", name=reader.name, version=reader.version,
                                 current=pointer.version)
        if reader.version == pointer.version and not outranks:
            # Same version, other content: refused before any work is done.
            raise i18n.UserError("import.same", catalogue=reader.catalogue_id,
                                 version=reader.version)
    if (reader.kind == "delta" and healthy and current_path is not None
            and cat.schema_version_of(current_path) != cat.SCHEMA_VERSION):
        # A delta extends the current file's derived tables, which must be this app's:
        # a file an older HyteDesk built is rebuilt from its own records first.
        _rebuild_locked(paths, pointer)
    if reader.kind == "delta" and (
        pointer is None or current_path is None
        or pointer.catalogue_id != reader.catalogue_id
        or pointer.version != m["base_version"]
    ):
        current = f"{pointer.catalogue_id} {pointer.version}" if pointer else "-"
        raise i18n.UserError("import.delta_base", name=reader.name,
                             catalogue=reader.catalogue_id, base=m["base_version"],
                             current=current)
    # The file in use is never replaced under its own name (it may be open elsewhere).
    taken = {pointer.file} if pointer is not None else set()
    final = _free_name(paths, reader.catalogue_id, reader.version, m["content_digest"], taken)
    part = final.with_name(f"{final.name}.part-{os.getpid()}-{secrets.token_hex(4)}")
    placed = False
    try:
        services = _build(reader, part, current_path, expected_digest, progress)
        # The pointer moves only to a file that opens, passes SQLite's integrity check,
        # holds the records of its digest and the number of services the manifest says.
        cat.check_file(part, digest=m["content_digest"], thorough=True, fresh=True,
                       services=m.get("counts", {}).get("services")
                       if reader.kind == "full" else None)
        commit(part, final)
        placed = True
        previous = _previous_to_keep(paths, pointer, healthy, final.name)
        local.switch_catalogue(
            catalogue_id=reader.catalogue_id, version=reader.version, file=final.name,
            digest=m["content_digest"], sample_data=bool(m.get("sample_data")),
            source=m.get("source"), created=m.get("created"), signed=signed, verified=signed,
            previous_file=previous,
        )
    except cat.DamagedCatalogue as exc:
        _discard(part, final if placed else None)
        raise i18n.UserError("import.check_failed", detail=str(exc)) from None
    except (OSError, sqlite3.Error) as exc:
        _discard(part, final if placed else None)
        raise environment_error(paths, exc) from None
    except BaseException:
        _discard(part, final if placed else None)
        raise
    _remove_older(paths, keep={final.name, previous})
    return ImportResult(reader.catalogue_id, reader.version, reader.kind, final,
                        m["content_digest"], services)


def _previous_to_keep(paths: Paths, pointer: Any, healthy: bool, new: str) -> str | None:
    """The file kept as the previous catalogue: the current one, or, when that is damaged,
    the previous one if it is still good."""
    if pointer is None:
        return None
    candidates = [pointer.file] if healthy else []
    if pointer.previous_file:
        candidates.append(pointer.previous_file)
    for name in candidates:
        if name == new:
            continue
        if name == pointer.file:
            return name
        try:
            cat.check_file(paths.data / name)
        except cat.DamagedCatalogue:
            continue
        return str(name)
    return None


def _discard(part: Path, final: Path | None) -> None:
    for f in (part, final):
        if f is not None:
            with contextlib.suppress(OSError):
                f.unlink()


def rebuild_catalogue(paths: Paths) -> None:
    """Rebuilds the current catalogue file for this version of the app's schema.

    A newer HyteDesk may derive more from the same records. The records themselves (every
    bundle line, as published) are read back from the old file into a bundle, which is
    imported again into a new file; its content digest must be the one the pointer
    holds, and only then does it replace the old file. Nothing in local.db changes.
    """
    with writer_lock(paths.data):
        with LocalDB(paths) as local:
            pointer = local.pointer()
        if pointer is None or cat.schema_version_of(paths.data / pointer.file) == \
                cat.SCHEMA_VERSION:
            return  # nothing to do, or another process rebuilt it meanwhile
        _rebuild_locked(paths, pointer)


def _rebuild_locked(paths: Paths, pointer: Any) -> None:
    src = paths.data / pointer.file
    bundle = paths.cache / f"rebuild-{pointer.catalogue_id}-{pointer.version}.hytebundle"
    paths.cache.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
    try:
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())

        codec = cat.RecordCodec.of(conn)  # text in files before schema 5

        def records(kind: str) -> Iterator[dict[str, Any]]:
            for (raw,) in conn.execute("SELECT json FROM records WHERE kind = ? ORDER BY rowid",
                                       (kind,)):
                yield codec.load(raw)

        write_bundle(
            bundle, catalogue_id=pointer.catalogue_id, version=pointer.version,
            source=meta.get("source", ""), sample_data=meta.get("sample_data") == "1",
            created=meta.get("created") or None, services=records("service"),
            taxonomies=records("taxonomy"), taxonomy_terms=records("taxonomy_term"),
            checklists=records("checklist"), places=records("place"),
            search_terms=records("search_term"),
        )
    finally:
        conn.close()
    part = src.with_name(f"{src.name}.part-{os.getpid()}-{secrets.token_hex(4)}")
    try:
        with BundleReader(bundle) as reader:
            _build(reader, part, None, pointer.content_digest, None)
        cat.check_file(part, digest=pointer.content_digest, thorough=True, fresh=True)
        commit(part, src)
    except cat.DamagedCatalogue as exc:
        raise i18n.UserError("import.check_failed", detail=str(exc)) from None
    except (OSError, sqlite3.Error) as exc:
        raise environment_error(paths, exc) from None
    finally:
        part.unlink(missing_ok=True)
        bundle.unlink(missing_ok=True)


def _remove_older(paths: Paths, keep: set[str | None]) -> None:
    """Deletes catalogue files other than the current and the previous one."""
    for f in paths.data.glob("catalogue-*.db"):
        if f.name not in keep:
            # A file still open elsewhere (Windows) goes after the next import.
            with contextlib.suppress(OSError):
                f.unlink()


def _build(reader: BundleReader, part: Path, current: Path | None,
           expected_digest: str | None, progress: Progress | None) -> int:
    m = reader.manifest
    started = time.perf_counter()
    total = sum(int(v) for v in m.get("counts", {}).values())
    done = 0
    if reader.kind == "delta":
        assert current is not None
        # A catalogue file is never written once current, so a plain file copy is a
        # consistent snapshot (and the kernel copies faster than SQLite's page backup).
        shutil.copyfile(current, part)
        conn = cat.connect(part, readonly=False)
        codec = cat.install_codec(conn)  # the dictionary the file was built with
    else:
        conn = cat.connect(part, readonly=False)
        # 16 KiB pages: chosen when records were stored as 1-4 KB of text (no overflow
        # chains); with compressed records it is kept, not measured again.
        conn.execute("PRAGMA page_size = 16384")
        conn.executescript(cat.SCHEMA)
        codec = cat.RecordCodec(cat.train_dictionary(_samples(reader)))
    conn.execute("PRAGMA journal_mode = OFF")  # a half-built .part file is thrown away
    conn.execute("PRAGMA synchronous = OFF")
    # 128 MiB of page cache while building, whatever the size; no memory map (mapped
    # pages of a growing file would make the import's memory grow with the catalogue).
    conn.execute("PRAGMA cache_size = -131072")
    conn.execute("PRAGMA mmap_size = 0")
    try:
        b = _Builder(conn, codec, replacing=reader.kind == "delta")
        conn.execute("BEGIN")
        if reader.kind == "full":
            codec.save(conn)
            cat.install_codec(conn, codec)
        if reader.kind == "delta":
            for _n, rec, _refs in reader.deletions():
                b.delete(rec["kind"], rec["id"])
                done += 1
        for kind in ("taxonomy", "taxonomy_term", "checklist", "place", "service",
                     "search_term"):
            if kind == "service" and reader.kind == "full" and _parallel_worth_it(m):
                done = _services_in_parallel(reader, b, codec, done, total, progress)
                continue
            for _n, line, rec, _refs in reader.records_with_lines(kind):
                b.upsert(kind, rec, line)
                done += 1
                if progress is not None and done % 2000 == 0:
                    progress("import", done, total)
        b.flush()
        log.info("records loaded: %.1f s", time.perf_counter() - started)
        if reader.kind == "full":
            for statement in filter(None, (x.strip() for x in cat.INDEXES.split(";"))):
                conn.execute(statement)
            log.info("indexed: %.1f s", time.perf_counter() - started)
        b.finish_vocabulary()
        cat.rebuild_term_words(conn)
        log.info("vocabulary: %.1f s", time.perf_counter() - started)
        problems = b.check_references()
        if problems:
            raise BundleError(reader.name, problems)
        digest = b.digest()
        for expected in filter(None, (m["content_digest"], expected_digest)):
            if digest != expected:
                raise i18n.UserError("import.digest", name=reader.name, expected=expected,
                                     actual=digest)
        services = int(conn.execute("SELECT count(*) FROM services").fetchone()[0])
        meta = {
            "catalogue_id": reader.catalogue_id,
            "version": str(reader.version),
            "content_digest": digest,
            "created": str(m.get("created", "")),
            "source": str(m.get("source", "")),
            "sample_data": "1" if m.get("sample_data") else "0",
            "schema_version": str(cat.SCHEMA_VERSION),
            "imported_at": now_iso(),
            # (the search weighs how common a word is against it: search._common_words)
            "services": str(services),
        }
        conn.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", meta.items())
        conn.execute("COMMIT")
        log.info("checked and committed: %.1f s", time.perf_counter() - started)
        # The full-text index as one segment: loading leaves it in about ten and a delta
        # adds more, and a prefix query looks up and merges every matching word in each
        # (about 0.3 s at 100,000 services; docs/decisions.md). The statement opens a
        # transaction of its own, which closing the connection would roll back.
        conn.execute("INSERT INTO services_fts(services_fts) VALUES ('optimize')")
        conn.commit()
        log.info("optimized: %.1f s", time.perf_counter() - started)
        if progress is not None:
            progress("import", total, total)
        return services
    finally:
        conn.close()


def _samples(reader: BundleReader) -> list[bytes]:
    """The first services' lines, to train the records' dictionary on. A member too broken
    to read gives fewer samples here; the import itself reports what is wrong with it."""
    out: list[bytes] = []
    with contextlib.suppress(BundleError):
        for _n, line in itertools.islice(reader.raw_lines("service"), cat.DICTIONARY_SAMPLES):
            out.append(line.rstrip(b"\n"))
    return out


# -- parsing, validating and deriving services in a second process ------------------------
#
# On a national catalogue, parsing, validating and deriving the rows of each service is
# two thirds of an import's CPU time and writing SQLite the rest. A worker process does the
# first while this one writes, so both cores of a laptop work. Lines are read here (with
# their caps and hashes checked) and sent in chunks; at most a few chunks are in flight, so
# memory stays flat.

PARALLEL_MIN_SERVICES = 20_000
CHUNK_LINES = 500
IN_FLIGHT = 6
PARALLEL_WORKERS = 2



# Workers are started fresh ("spawn"), never forked: the window imports on a worker thread
# of a multi-threaded Qt process, and a forked child of such a process can deadlock on a
# lock another thread held at the fork. Spawn is also the only method on Windows, so every
# platform runs the same way. Each worker pays for importing this module once (~0.3 s).
START_METHOD = "spawn"


def _pool_context() -> multiprocessing.context.BaseContext:
    return multiprocessing.get_context(START_METHOD)


def _parallel_worth_it(manifest: dict[str, Any]) -> bool:
    if int(manifest.get("counts", {}).get("services", 0)) < PARALLEL_MIN_SERVICES:
        return False
    return (os.cpu_count() or 1) > 1


# (line number, service id or None, record hash, packed rows or None, problems, stored JSON)
WorkResult = tuple[int, str | None, str, cat.PackedService | None, list[Problem], bytes]

_worker_codec = cat.RecordCodec(None)  # set in each worker process by _start_worker


def _start_worker(dictionary: bytes | None) -> None:
    global _worker_codec
    _worker_codec = cat.RecordCodec(dictionary)


def _work(chunk: list[tuple[int, bytes]]) -> list[WorkResult]:
    out: list[WorkResult] = []
    for n, line in chunk:
        problems: list[Problem] = []
        rec, _refs = parse_line("service", n, line, problems)
        if rec is None:
            out.append((n, None, "", None, problems, b""))
            continue
        rec = _cleaned(rec, line)
        _kind, _rid, digest, raw = _record_row("service", rec, line, _worker_codec)
        rec.pop("_cleaned", None)
        rows = cat.derive_service(rec)
        out.append((n, rec["id"], digest, rows.packed(), [], raw))
    return out


def _services_in_parallel(reader: BundleReader, b: _Builder, codec: cat.RecordCodec,
                          done: int, total: int, progress: Progress | None) -> int:
    ctx = _pool_context()
    seen: dict[str, int] = {}
    problems: list[Problem] = []
    member = MEMBER_OF_KIND["service"]

    def absorb(chunk: list[tuple[int, bytes]], results: list[WorkResult]) -> None:
        nonlocal done
        for (n, _line), (_n, rid, digest, packed, probs, raw) in zip(chunk, results,
                                                                    strict=True):
            if probs:
                problems.extend(probs)
            elif rid in seen:
                problems.append(Problem.of(member, n, "id", "p.duplicate_id", id=rid,
                                           first=seen[rid]))
            elif rid is not None and packed is not None:
                seen[rid] = n
                if not problems:
                    b.add_packed_service(("service", rid, digest, raw), packed)
            done += 1
            if progress is not None and done % 2000 == 0:
                progress("import", done, total)

    workers = min(PARALLEL_WORKERS, os.cpu_count() or 1)
    with ctx.Pool(workers, initializer=_start_worker, initargs=(codec.dictionary,)) as pool:
        pending: collections.deque[Any] = collections.deque()
        chunk: list[tuple[int, bytes]] = []
        for n, line in reader.raw_lines("service"):
            chunk.append((n, line))
            if len(chunk) >= CHUNK_LINES:
                pending.append((chunk, pool.apply_async(_work, (chunk,))))
                chunk = []
                if len(pending) >= IN_FLIGHT:
                    sent, result = pending.popleft()
                    absorb(sent, result.get())
                if len(problems) >= MAX_PROBLEMS:
                    break
        if chunk and len(problems) < MAX_PROBLEMS:
            pending.append((chunk, pool.apply_async(_work, (chunk,))))
        while pending:
            sent, result = pending.popleft()
            absorb(sent, result.get())
    if problems:
        raise reader.fail(problems[:MAX_PROBLEMS])
    return done
