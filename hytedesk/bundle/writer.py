"""Writing bundles: streamed, deterministic, atomic (written aside, then moved in place)."""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
import tarfile
import tempfile
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

import zstandard

from hytedesk.base.files import replacing
from hytedesk.bundle.digest import canonical_json, content_digest_sorted, record_hash
from hytedesk.bundle.schema import (
    COUNT_KEY,
    DELETIONS_MEMBER,
    FORMAT,
    FORMAT_VERSION,
    KINDS,
    MEMBER_OF_KIND,
)

ZSTD_LEVEL = 9


class _MemberWriter:
    """Compresses JSON lines into a temporary file and keeps the manifest figures."""

    def __init__(self, directory: Path, member: str) -> None:
        self.member = member
        self.path = directory / member
        self._file: IO[bytes] = self.path.open("wb")
        self._zw = zstandard.ZstdCompressor(level=ZSTD_LEVEL).stream_writer(
            self._file, closefd=False
        )
        self.lines = 0
        self.uncompressed = 0

    def write(self, record: Any) -> str:
        """Writes the record's canonical line; returns its record hash."""
        line = canonical_json(record).encode("utf-8")
        data = line + b"\n"
        self._zw.write(data)
        self.lines += 1
        self.uncompressed += len(data)
        return hashlib.sha256(line).hexdigest()

    def finish(self) -> dict[str, Any]:
        self._zw.flush(zstandard.FLUSH_FRAME)
        self._zw.close()
        self._file.close()
        sha = hashlib.sha256()
        with self.path.open("rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                sha.update(block)
        return {
            "sha256": sha.hexdigest(),
            "size": self.path.stat().st_size,
            "uncompressed_size": self.uncompressed,
            "lines": self.lines,
        }


def _tar_info(name: str, size: int, mtime: int) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.size = size
    info.mtime = mtime
    info.mode = 0o644
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def _created_epoch(created: str) -> int:
    try:
        return int(datetime.fromisoformat(created.replace("Z", "+00:00")).timestamp())
    except ValueError:
        return 0


def _assemble(out_path: Path, manifest: dict[str, Any], tmp: Path, members: list[str]) -> None:
    mtime = _created_epoch(str(manifest["created"]))
    out_path.parent.mkdir(parents=True, exist_ok=True)
    # A bundle is published: readable by all (mode 0644), whatever file it replaces.
    with replacing(out_path, mode=0o644) as raw, tarfile.open(
            fileobj=raw, mode="w:", format=tarfile.USTAR_FORMAT) as tar:
        data = (json.dumps(manifest, indent=2, ensure_ascii=False) + "\n").encode()
        tar.addfile(_tar_info("manifest.json", len(data), mtime), io.BytesIO(data))
        for member in members:
            path = tmp / member
            with path.open("rb") as f:
                tar.addfile(_tar_info(member, path.stat().st_size, mtime), f)


def _manifest(*, kind: str, catalogue_id: str, version: int, base_version: int | None,
              created: str | None, source: str, sample_data: bool) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "kind": kind,
        "catalogue_id": catalogue_id,
        "version": version,
        "base_version": base_version,
        "created": created or datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "source": source,
        "sample_data": sample_data,
    }


def write_bundle(
    out_path: Path | str,
    *,
    catalogue_id: str,
    version: int,
    source: str,
    sample_data: bool = False,
    created: str | None = None,
    services: Iterable[Mapping[str, Any]] = (),
    taxonomies: Iterable[Mapping[str, Any]] = (),
    taxonomy_terms: Iterable[Mapping[str, Any]] = (),
    checklists: Iterable[Mapping[str, Any]] = (),
    places: Iterable[Mapping[str, Any]] = (),
    search_terms: Iterable[Mapping[str, Any]] = (),
) -> dict[str, Any]:
    """Writes a full bundle from record iterables (consumed once, streamed); returns the manifest.

    Records are written as given (in canonical JSON); validate them by reading the bundle
    back with ``validate_bundle``. A record id appearing twice in one kind raises ValueError.
    """
    out_path = Path(out_path)
    sources = {
        "taxonomy": taxonomies,
        "taxonomy_term": taxonomy_terms,
        "checklist": checklists,
        "place": places,
        "service": services,
        "search_term": search_terms,
    }
    files: dict[str, Any] = {}
    counts: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix=".bundle-", dir=out_path.parent or ".") as tmpdir:
        tmp = Path(tmpdir)
        # (kind, id, hash) of every record, on disk: duplicates are caught by the key and
        # the digest is read back in order, so memory stays flat however big the catalogue.
        index = sqlite3.connect(tmp / "digest.db")
        index.execute("PRAGMA journal_mode = OFF")
        index.execute("PRAGMA synchronous = OFF")
        index.execute("CREATE TABLE d (kind TEXT, id TEXT, hash TEXT, PRIMARY KEY (kind, id))"
                      " WITHOUT ROWID")
        members: list[str] = []
        try:
            for kind in KINDS_ORDER:
                member = MEMBER_OF_KIND[kind]
                w = _MemberWriter(tmp, member)
                try:
                    for rec in sources[kind]:
                        rid = str(rec["id"])
                        try:
                            index.execute("INSERT INTO d VALUES (?, ?, ?)",
                                          (kind, rid, w.write(rec)))
                        except sqlite3.IntegrityError:
                            raise ValueError(f"{kind} id {rid!r} appears twice") from None
                finally:
                    info = w.finish()
                if w.lines == 0 and kind in OPTIONAL_KINDS:
                    continue
                files[member] = info
                counts[COUNT_KEY[member]] = w.lines
                members.append(member)
            digest = content_digest_sorted(
                index.execute("SELECT kind, id, hash FROM d ORDER BY kind, id"))
        finally:
            index.close()
        manifest = _manifest(kind="full", catalogue_id=catalogue_id, version=version,
                             base_version=None, created=created, source=source,
                             sample_data=sample_data)
        manifest["counts"] = counts
        manifest["files"] = files
        manifest["content_digest"] = digest
        _assemble(out_path, manifest, tmp, members)
    return manifest


# Taxonomies and terms first, services last: a streaming reader meets referenced terms
# before the records that use them.
KINDS_ORDER = ("taxonomy", "taxonomy_term", "checklist", "place", "service", "search_term")
# Members that are left out when empty, so a bundle without them reads as before.
OPTIONAL_KINDS = frozenset({"search_term"})
assert set(KINDS_ORDER) == set(KINDS)


def write_delta(
    old_bundle: Path | str, new_bundle: Path | str, out_path: Path | str
) -> dict[str, Any]:
    """Writes the delta that turns ``old_bundle`` into ``new_bundle`` (both full bundles)."""
    from hytedesk.bundle.reader import BundleReader

    out_path = Path(out_path)
    with BundleReader(old_bundle) as old:
        old_hashes: dict[tuple[str, str], str] = {}
        for kind in KINDS_ORDER:
            for _n, rec, _refs in old.records(kind):
                old_hashes[(kind, rec["id"])] = record_hash(rec)
        old_version = old.version
        old_id = old.catalogue_id
    with BundleReader(new_bundle) as new, tempfile.TemporaryDirectory(
        prefix=".bundle-", dir=out_path.parent or "."
    ) as tmpdir:
        if new.catalogue_id != old_id or new.kind != "full" or new.version <= old_version:
            raise ValueError("a delta needs two full bundles of one catalogue, old version first")
        tmp = Path(tmpdir)
        files: dict[str, Any] = {}
        counts: dict[str, int] = {}
        members: list[str] = []
        for kind in KINDS_ORDER:
            member = MEMBER_OF_KIND[kind]
            w = _MemberWriter(tmp, member)
            for _n, rec, _refs in new.records(kind):
                key = (kind, rec["id"])
                h = old_hashes.pop(key, None)
                if h != record_hash(rec):
                    w.write(rec)
            info = w.finish()
            if w.lines == 0 and kind in OPTIONAL_KINDS:
                continue
            files[member] = info
            counts[COUNT_KEY[member]] = w.lines
            members.append(member)
        dw = _MemberWriter(tmp, DELETIONS_MEMBER)
        for kind, rid in sorted(old_hashes):
            dw.write({"kind": kind, "id": rid})
        files[DELETIONS_MEMBER] = dw.finish()
        counts["deletions"] = dw.lines
        members.append(DELETIONS_MEMBER)
        manifest = _manifest(kind="delta", catalogue_id=new.catalogue_id, version=new.version,
                             base_version=old_version, created=new.manifest["created"],
                             source=new.manifest.get("source", ""),
                             sample_data=bool(new.manifest.get("sample_data", False)))
        manifest["counts"] = counts
        manifest["files"] = files
        manifest["content_digest"] = new.manifest["content_digest"]
        _assemble(out_path, manifest, tmp, members)
    return manifest
