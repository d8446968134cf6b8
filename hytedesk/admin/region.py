"""The coordinator's side of the upload packages: the region's key, ``collect`` and the
database the regional report reads (see docs/region.md).

``collect`` opens every package it is given (files, or folders searched for ``*.age``:
an upload folder, a USB stick), refuses anything malformed with one line each and goes
on with the rest, and keeps each package once (by ``package_id``). Of one installation's
packages for one month only the highest revision counts (``current_packages``); local
services are kept once per installation and service (the newest), reports once each.
"""

from __future__ import annotations

import concurrent.futures
import concurrent.futures.process
import itertools
import json
import logging
import multiprocessing
import os
import sqlite3
import sys
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

import pyrage

from hytedesk.base import i18n
from hytedesk.bundle import upload

i18n.register(
    {
        "region.key_exists": {
            "fi": "{path} on jo olemassa; yksityisavainta ei korvata. Valitse uusi nimi "
            "(vanhaa avainta tarvitaan yhä vanhojen pakettien avaamiseen).",
            "sv": "{path} finns redan; den privata nyckeln ersätts inte. Välj ett nytt namn "
            "(den gamla nyckeln behövs fortfarande för att öppna gamla paket).",
            "en": "{path} already exists; a private key is never replaced. Choose a new name "
            "(the old key is still needed to open older packages).",
        },
        "region.key_written": {
            "fi": "Alueen yksityisavain: {path} (pidä tallessa, älä jaa). Julkinen avain "
            "asennuksen esiasetukseen ([upload] recipients): {recipient}",
            "sv": "Regionens privata nyckel: {path} (förvara säkert, dela inte). Den publika "
            "nyckeln till installationens förinställning ([upload] recipients): {recipient}",
            "en": "The region's private key: {path} (keep it safe, never share it). The "
            "public key for the installer preset ([upload] recipients): {recipient}",
        },
        "region.unreadable": {
            "fi": "{path}: ei voi lukea: {detail}",
            "sv": "{path}: kan inte läsas: {detail}",
            "en": "{path}: cannot read: {detail}",
        },
        "region.duplicate": {
            "fi": "{name}: paketti {package} on jo kerätty; ohitettu (lasketaan kerran)",
            "sv": "{name}: paketet {package} är redan insamlat; hoppades över (räknas en gång)",
            "en": "{name}: package {package} was collected before; skipped (counted once)",
        },
        "region.collected": {
            "fi": "Kerätty {new} uutta pakettia {laptops} koneelta; {duplicates} jo "
            "kerättyä, {refused} hylättyä. Tietokanta: {db}",
            "sv": "Samlade in {new} nya paket från {laptops} datorer; {duplicates} redan "
            "insamlade, {refused} avvisade. Databas: {db}",
            "en": "Collected {new} new packages from {laptops} laptops; {duplicates} already "
            "collected, {refused} refused. Database: {db}",
        },
        "region.shared_installation": {
            "fi": "Varoitus: asennuksella {installation} on kuukaudelle {period} ristiriitaisia "
            "paketteja (versio {revision} kahdesti tai uudempi paketti pienemmällä versiolla). "
            "Kaksi konetta käyttää samaa asennustunnusta (kopioitu levykuva) tai koneen tiedot "
            "on palautettu varmuuskopiosta; kuukaudelta lasketaan vain yksi paketti.",
            "sv": "Varning: installationen {installation} har motstridiga paket för månaden "
            "{period} (version {revision} två gånger eller ett nyare paket med lägre "
            "version). Två datorer använder samma installations-id (en kopierad diskavbild) "
            "eller datorns data har återställts från en säkerhetskopia; bara ett paket räknas "
            "för månaden.",
            "en": "Warning: installation {installation} has conflicting packages for "
            "{period} (revision {revision} twice, or a newer package with a lower revision). "
            "Two laptops share one installation id (a cloned disk image) or the laptop's "
            "data was restored from a backup; only one package counts for the month.",
        },
        "region.not_region_db": {
            "fi": "{path} ei ole HyteDeskin aluetietokanta (tee se komennolla "
            "hytedesk-admin collect).",
            "sv": "{path} är inte en regiondatabas för HyteDesk (skapa den med "
            "hytedesk-admin collect).",
            "en": "{path} is not a HyteDesk region database (make it with "
            "hytedesk-admin collect).",
        },
    }
)

SCHEMA = """
CREATE TABLE IF NOT EXISTS packages (
    package_id TEXT PRIMARY KEY, installation_id TEXT NOT NULL, period TEXT NOT NULL,
    revision INTEGER NOT NULL, created TEXT NOT NULL, catalogue_id TEXT,
    catalogue_version INTEGER, source TEXT NOT NULL, collected_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS packages_period ON packages (installation_id, period, revision);
CREATE TABLE IF NOT EXISTS referral_counts (package_id TEXT NOT NULL, municipality TEXT,
    age_band TEXT NOT NULL, outcome TEXT, outcome_reason TEXT, count INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS situation_counts (package_id TEXT NOT NULL, municipality TEXT,
    age_band TEXT NOT NULL, situation TEXT NOT NULL, outcome TEXT, outcome_reason TEXT,
    count INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS theme_counts (package_id TEXT NOT NULL, municipality TEXT,
    age_band TEXT NOT NULL, theme TEXT NOT NULL, outcome TEXT, outcome_reason TEXT,
    count INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS unmet_counts (package_id TEXT NOT NULL, municipality TEXT,
    situation TEXT NOT NULL, theme TEXT, count INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS local_services (installation_id TEXT NOT NULL, id TEXT NOT NULL,
    updated_at TEXT NOT NULL, name TEXT NOT NULL, record TEXT NOT NULL,
    package_id TEXT NOT NULL, PRIMARY KEY (installation_id, id));
CREATE TABLE IF NOT EXISTS wrong_reports (id TEXT PRIMARY KEY, installation_id TEXT NOT NULL,
    service_id TEXT NOT NULL, service_name TEXT NOT NULL, catalogue_id TEXT,
    catalogue_version INTEGER, reason TEXT NOT NULL, note TEXT, created TEXT NOT NULL,
    package_id TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS referral_counts_package ON referral_counts (package_id);
CREATE INDEX IF NOT EXISTS situation_counts_package ON situation_counts (package_id);
CREATE INDEX IF NOT EXISTS theme_counts_package ON theme_counts (package_id);
CREATE INDEX IF NOT EXISTS unmet_counts_package ON unmet_counts (package_id);
CREATE VIEW IF NOT EXISTS current_packages AS
    SELECT p.* FROM packages p WHERE NOT EXISTS (
        SELECT 1 FROM packages q WHERE q.installation_id = p.installation_id
        AND q.period = p.period AND (q.revision > p.revision OR (q.revision = p.revision
        AND q.created > p.created) OR (q.revision = p.revision AND q.created = p.created
        AND q.package_id > p.package_id)));
"""
log = logging.getLogger(__name__)
MARK = "hytedesk-region"
APPLICATION_ID = 0x48595452  # "HYTR" in the SQLite header: a region database
BATCH = 512  # packages opened and stored at a time (one transaction: collecting again is
# idempotent, so a crash costs a re-run)


def new_key(path: Path) -> str:
    """Writes a new age identity (the region's private key) to ``path``; never replaces
    one. Returns the public key (``age1…``) that goes into installer presets."""
    if path.exists():
        raise i18n.UserError("region.key_exists", path=path)
    identity = pyrage.x25519.Identity.generate()
    recipient = str(identity.to_public())
    created = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    text = (f"# created: {created}\n# public key: {recipient}\n{identity}\n")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    return recipient


def load_keys(paths: Iterable[Path]) -> list[pyrage.x25519.Identity]:
    out = []
    for path in paths:
        try:
            # utf-8-sig: a key file saved by Notepad starts with a byte-order mark
            text = path.read_text(encoding="utf-8-sig", errors="replace")
        except OSError as exc:
            raise i18n.UserError("region.unreadable", path=path,
                                 detail=exc.strerror or exc) from exc
        out += upload.identities(text, str(path))
    return out


def open_region_db(path: Path, *, create: bool = False) -> sqlite3.Connection:
    """The region database; with ``create``, made if the file is new. Any other SQLite
    file (``-o local.db`` by mistake) is refused before anything in it is changed."""
    if not create and not path.is_file():
        raise i18n.UserError("region.not_region_db", path=path)
    conn = sqlite3.connect(path, isolation_level=None)  # explicit BEGIN/COMMIT
    try:
        mine = conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        fresh = create and conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
        if not (mine or fresh):
            raise i18n.UserError("region.not_region_db", path=path)
        # Collecting is idempotent (a package is kept once), so a crash mid-run costs a
        # re-run at most: WAL with NORMAL sync, not an fsync per package.
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        if create:
            conn.executescript(SCHEMA)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    except sqlite3.DatabaseError:
        conn.close()
        raise i18n.UserError("region.not_region_db", path=path) from None
    except BaseException:
        conn.close()
        raise
    return conn


def _files(sources: Iterable[Path]) -> Iterator[Path]:
    for source in sources:
        if source.is_dir():
            yield from sorted(p for p in source.rglob("*" + upload.SUFFIX) if p.is_file())
        else:
            yield source


@dataclass
class Collected:
    new: int = 0
    duplicates: int = 0
    refused: list[str] = field(default_factory=list)
    laptops: set[str] = field(default_factory=set)


def collect(sources: Iterable[Path], keys: list[pyrage.x25519.Identity], db: Path, *,
            err: TextIO | None = None, workers: int | None = None) -> Collected:
    """Reads, decrypts, validates and stores every package; one line per refusal.

    Opening packages (read, decrypt, unpack, validate) is spread over worker processes in
    batches, so memory stays flat however many packages come; this process stores them."""
    stream: TextIO = err if err is not None else sys.stderr
    result = Collected()
    files = _files(sources)
    secret = [str(k) for k in keys]
    lang = i18n.language()
    workers = workers if workers is not None else min(4, os.cpu_count() or 1)
    pool: concurrent.futures.ProcessPoolExecutor | None = None
    conn = open_region_db(db, create=True)
    conn.execute("BEGIN")  # committed every BATCH packages and at the end
    try:
        while True:
            batch = list(itertools.islice(files, BATCH))
            if not batch:
                break
            if pool is None and workers > 1 and len(batch) >= 64:
                pool = concurrent.futures.ProcessPoolExecutor(
                    workers, mp_context=multiprocessing.get_context("spawn"),
                    initializer=_worker_init, initargs=(secret, lang))
            try:
                opened = (list(pool.map(_open_one, batch, chunksize=16)) if pool is not None
                          else [_open_one(path, keys) for path in batch])
            except concurrent.futures.process.BrokenProcessPool:
                # workers could not start here (an embedding that cannot spawn): go on alone
                log.warning("collect: worker processes failed; opening packages in-process")
                pool.shutdown()  # type: ignore[union-attr]
                pool, workers = None, 1
                opened = [_open_one(path, keys) for path in batch]
            for name, package, problem in opened:
                if package is None:
                    result.refused.append(str(problem))
                    print(problem, file=stream)
                elif _store(conn, package, name):
                    result.new += 1
                    result.laptops.add(package["installation_id"])
                else:
                    result.duplicates += 1
                    print(i18n.text("region.duplicate", name=name,
                                    package=package["package_id"]),
                          file=stream)
            conn.execute("COMMIT")
            conn.execute("BEGIN")
        conn.execute("COMMIT")
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        conn.close()
        if pool is not None:
            pool.shutdown()
    return result


_KEYS: list[pyrage.x25519.Identity] = []


def _worker_init(secret: list[str], lang: str) -> None:
    _KEYS[:] = [pyrage.x25519.Identity.from_str(s) for s in secret]
    i18n.set_language(lang)
    _exit_with_parent()


def _exit_with_parent() -> None:
    """Ends this worker when ``collect`` is gone. A spawned pool worker holds both ends of
    its task queue, so when the collector is killed (SIGKILL, a closed terminal) it would
    wait for work forever; the parent's sentinel becomes ready when the parent dies."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        parent.join()
        os._exit(1)

    threading.Thread(target=watch, name="collect-parent-watch", daemon=True).start()


def _open_one(path: Path, keys: list[pyrage.x25519.Identity] | None = None
              ) -> tuple[str, dict[str, Any] | None, str | None]:
    """(name, package, None), or (name, None, the reason it was refused)."""
    name = str(path)
    try:
        size = path.stat().st_size
        if size > 2 * upload.MAX_PACKAGE_BYTES:
            raise upload.PackageError("upload.too_big", name=name, size=size,
                                      limit=2 * upload.MAX_PACKAGE_BYTES)
        return name, upload.decrypt(path.read_bytes(), keys or _KEYS, name), None
    except OSError as exc:
        return name, None, i18n.text("region.unreadable", path=path, detail=exc.strerror or exc)
    except i18n.UserError as exc:
        return name, None, str(exc)


def _store(conn: sqlite3.Connection, p: dict, source: str) -> bool:  # type: ignore[type-arg]
    """Stores one package (inside the caller's transaction); False when it was collected
    before."""
    pid = p["package_id"]
    if conn.execute("SELECT 1 FROM packages WHERE package_id = ?", (pid,)).fetchone():
        return False
    cat = p.get("catalogue") or {}
    conn.execute(
        "INSERT INTO packages VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (pid, p["installation_id"], p["period"], p["revision"], p["created"],
         cat.get("id"), cat.get("version"), source,
         datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")))
    conn.executemany(
        "INSERT INTO referral_counts VALUES (?, ?, ?, ?, ?, ?)",
        [(pid, r["municipality"], r["age_band"], r["outcome"], r["outcome_reason"],
          r["count"]) for r in p.get("referrals", [])])
    conn.executemany(
        "INSERT INTO situation_counts VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(pid, r["municipality"], r["age_band"], r["situation"], r["outcome"],
          r["outcome_reason"], r["count"]) for r in p.get("situations", [])])
    conn.executemany(
        "INSERT INTO theme_counts VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(pid, r["municipality"], r["age_band"], r["theme"], r["outcome"],
          r["outcome_reason"], r["count"]) for r in p.get("themes", [])])
    conn.executemany(
        "INSERT INTO unmet_counts VALUES (?, ?, ?, ?, ?)",
        [(pid, r["municipality"], r["situation"], r["theme"], r["count"])
         for r in p.get("unmet", [])])
    for s in p.get("local_services", []):
        conn.execute(
            "INSERT INTO local_services VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (installation_id, id) DO UPDATE SET updated_at = "
            "excluded.updated_at, name = excluded.name, record = excluded.record, "
            "package_id = excluded.package_id WHERE excluded.updated_at > updated_at",
            (p["installation_id"], s["id"], s["updated_at"], s["record"]["name"],
             json.dumps(s["record"], ensure_ascii=False, sort_keys=True), pid))
    for w in p.get("wrong_reports", []):
        conn.execute(
            "INSERT OR IGNORE INTO wrong_reports VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (w["id"], p["installation_id"], w["service_id"], w["service_name"],
             w["catalogue_id"], w["catalogue_version"], w["reason"], w["note"],
             w["created"], pid))
    return True


# -- what the report and the build read --------------------------------------------------


def select_current(conn: sqlite3.Connection, start: str, end: str) -> None:
    """The current packages of ``start``..``end`` into the temporary table ``cur``, once
    per report (the view decides per package; joining it to every count row would ask
    again for each row)."""
    conn.execute("DROP TABLE IF EXISTS temp.cur")
    conn.execute("CREATE TEMP TABLE cur (package_id TEXT PRIMARY KEY, period TEXT NOT NULL)")
    conn.execute("INSERT INTO temp.cur SELECT package_id, period FROM current_packages "
                 "WHERE period BETWEEN ? AND ?", (start, end))


def counts(conn: sqlite3.Connection, table: str, column: str, start: str, end: str,
           *, by_municipality: bool = False) -> dict[tuple[str, str], int]:
    """Counts per (period, value) — or (municipality, value) — over the current packages
    of ``start``..``end`` (YYYY-MM, inclusive) among those ``select_current`` chose."""
    first = "t.municipality" if by_municipality else "p.period"
    value = f"t.{column}" if column else "''"
    rows = conn.execute(
        f"SELECT coalesce({first}, '-'), coalesce({value}, '-'), sum(t.count) "
        f"FROM temp.cur p JOIN {table} t ON t.package_id = p.package_id "
        "WHERE p.period BETWEEN ? AND ? GROUP BY 1, 2", (start, end)).fetchall()
    return {(str(a), str(b)): int(n) for a, b, n in rows}


def conflicts(conn: sqlite3.Connection) -> list[tuple[str, str, int]]:
    """(installation, period, revision) where one installation's packages of a month do
    not follow one laptop's order: the same revision twice with different package ids,
    or a package created later than another with a higher revision. One laptop numbers
    its months' packages 1, 2, 3… in time; two laptops cloned from one disk image, or a
    laptop restored from an older backup, do not — and only one package per installation
    and month counts, so the coordinator is told."""
    return [(r[0], r[1], int(r[2])) for r in conn.execute(
        "SELECT DISTINCT p.installation_id, p.period, min(p.revision, q.revision) "
        "FROM packages p JOIN packages q ON q.installation_id = p.installation_id "
        "AND q.period = p.period AND q.package_id > p.package_id "
        "WHERE p.revision = q.revision OR (p.revision < q.revision) != (p.created < q.created) "
        "ORDER BY 1, 2, 3")]


def field_reports(conn: sqlite3.Connection) -> list[tuple[str, str, str, int, str]]:
    """The "this entry is wrong" reports per service and reason: (service id, name,
    reason, count, newest date), most reported first."""
    return [(r[0], r[1], r[2], int(r[3]), r[4]) for r in conn.execute(
        "SELECT service_id, max(service_name), reason, count(*), max(created) "
        "FROM wrong_reports GROUP BY service_id, reason ORDER BY 4 DESC, 1, 3")]


def proposed_services(conn: sqlite3.Connection) -> list[tuple[str, str, str, str]]:
    """Local services proposed from the field: (installation id, service id, name,
    updated_at), newest first."""
    return [(r[0], r[1], r[2], r[3]) for r in conn.execute(
        "SELECT installation_id, id, name, updated_at FROM local_services "
        "ORDER BY updated_at DESC, id")]


def proposed_record(conn: sqlite3.Connection, service_id: str) -> dict | None:  # type: ignore[type-arg]
    row = conn.execute("SELECT record FROM local_services WHERE id = ? "
                       "ORDER BY updated_at DESC LIMIT 1", (service_id,)).fetchone()
    return json.loads(row[0]) if row else None
