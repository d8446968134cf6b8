"""Reading bundles: strict, streaming, with caps before and during decompression."""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, cast

import zstandard

from hytedesk.base import i18n
from hytedesk.bundle.errors import BundleError, Problem
from hytedesk.bundle.schema import (
    COUNT_KEY,
    DATA_MEMBERS,
    DELETIONS_MEMBER,
    KINDS,
    MEMBER_OF_KIND,
    validate_manifest,
    validate_record,
)

MAX_BUNDLE_BYTES = 2 * 1024**3
MAX_MEMBER_UNCOMPRESSED = 4 * 1024**3
MAX_MANIFEST_BYTES = 1024**2
MAX_LINE_BYTES = 8 * 1024**2
MAX_RECORDS = 2_000_000
MAX_PROBLEMS = 50

i18n.register(
    {
        "r.not_found": {
            "fi": "tiedostoa ei löydy",
            "sv": "filen hittas inte",
            "en": "file not found",
        },
        "r.not_bundle": {
            "fi": "ei ole luettelopaketti (tar-tiedosto tai kansio): {detail}",
            "sv": "är inte ett katalogpaket (tar-fil eller mapp): {detail}",
            "en": "is not a catalogue bundle (a tar file or a folder): {detail}",
        },
        "r.too_big": {
            "fi": "liian suuri: {size} tavua (enintään {limit})",
            "sv": "för stor: {size} byte (högst {limit})",
            "en": "too large: {size} bytes (at most {limit})",
        },
        "r.unexpected_member": {
            "fi": "odottamaton tiedosto paketissa",
            "sv": "oväntad fil i paketet",
            "en": "unexpected file in the bundle",
        },
        "r.missing_member": {
            "fi": "manifestin mainitsema tiedosto puuttuu paketista",
            "sv": "filen som manifestet nämner saknas i paketet",
            "en": "a file the manifest names is missing from the bundle",
        },
        "r.undeclared_member": {
            "fi": "tiedosto puuttuu manifestin files-luettelosta",
            "sv": "filen saknas i manifestets files-lista",
            "en": "the file is not listed in the manifest's files",
        },
        "r.json": {
            "fi": "virheellinen JSON: {detail}",
            "sv": "ogiltig JSON: {detail}",
            "en": "invalid JSON: {detail}",
        },
        "r.utf8": {
            "fi": "teksti ei ole UTF-8:aa",
            "sv": "texten är inte UTF-8",
            "en": "text is not UTF-8",
        },
        "r.empty_line": {
            "fi": "tyhjä rivi",
            "sv": "tom rad",
            "en": "empty line",
        },
        "r.line_too_long": {
            "fi": "rivi on liian pitkä (yli {limit} tavua)",
            "sv": "raden är för lång (över {limit} byte)",
            "en": "line is too long (over {limit} bytes)",
        },
        "r.too_many": {
            "fi": "liikaa tietueita (enintään {limit})",
            "sv": "för många poster (högst {limit})",
            "en": "too many records (at most {limit})",
        },
        "r.decompress": {
            "fi": "zstd-purku epäonnistui: {detail}",
            "sv": "zstd-uppackningen misslyckades: {detail}",
            "en": "zstd decompression failed: {detail}",
        },
        "r.uncompressed_over": {
            "fi": "purettuna suurempi kuin manifestin ilmoittama koko {limit} tavua",
            "sv": "större uppackad än storleken {limit} byte som manifestet anger",
            "en": "larger when decompressed than the {limit} bytes the manifest declares",
        },
        "r.mismatch": {
            "fi": "{what} ei täsmää manifestiin (manifesti {expected}, tiedosto {actual})",
            "sv": "{what} stämmer inte med manifestet (manifest {expected}, fil {actual})",
            "en": "{what} does not match the manifest (manifest {expected}, file {actual})",
        },
        "r.final_newline": {
            "fi": "viimeinen rivi ei pääty rivinvaihtoon",
            "sv": "sista raden slutar inte med radbyte",
            "en": "the last line does not end in a newline",
        },
        "r.wrong_kind_member": {
            "fi": "tämä tiedosto kuuluu vain muutospaketteihin (kind: delta)",
            "sv": "den här filen hör bara till ändringspaket (kind: delta)",
            "en": "this file belongs only in delta bundles (kind: delta)",
        },
    }
)


class _HashingReader(io.RawIOBase):
    """Counts and hashes the compressed bytes as they are read."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw
        self.sha = hashlib.sha256()
        self.size = 0

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        data = self.raw.read(len(b))
        n = len(data)
        b[:n] = data
        self.sha.update(data)
        self.size += n
        return n


class _CappedReader(io.RawIOBase):
    """Stops a decompression stream once it yields more than ``limit`` bytes."""

    def __init__(self, raw: IO[bytes], limit: int) -> None:
        self.raw = raw
        self.limit = limit
        self.total = 0
        self.exceeded = False

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        want = min(len(b), self.limit + 1 - self.total)
        if want <= 0:
            self.exceeded = True
            return 0
        data = self.raw.read(want)
        n = len(data)
        b[:n] = data
        self.total += n
        if self.total > self.limit:
            self.exceeded = True
            return 0
        return n


def _bundle_name(path: Path) -> str:
    return path.name


class BundleReader:
    """Opens a bundle (tar file or folder) and reads its manifest.

    ``records(kind)`` and ``deletions()`` stream the members; a problem raises
    ``BundleError`` naming the member, line and field. Use as a context manager.
    """

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.name = _bundle_name(self.path)
        self._tar: tarfile.TarFile | None = None
        self._members: dict[str, tarfile.TarInfo] = {}
        self.manifest: dict[str, Any] = {}
        try:
            self._open()
        except BaseException:
            self.close()
            raise

    def _fail(self, *problems: Problem) -> BundleError:
        return BundleError(self.name, list(problems))

    def _open(self) -> None:
        p = self.path
        if not p.exists():
            raise self._fail(Problem.of(self.name, 0, "", "r.not_found"))
        if p.is_dir():
            names = {f.name for f in p.iterdir() if f.is_file()}
            self._dir_names = names
        else:
            size = p.stat().st_size
            if size > MAX_BUNDLE_BYTES:
                raise self._fail(
                    Problem.of(self.name, 0, "", "r.too_big", size=size, limit=MAX_BUNDLE_BYTES)
                )
            try:
                self._tar = tarfile.open(p, mode="r:")  # noqa: SIM115 - closed by close()
                for info in self._tar.getmembers():
                    if not info.isfile() or "/" in info.name or info.name in self._members:
                        raise self._fail(
                            Problem.of(info.name or "?", 0, "", "r.unexpected_member")
                        )
                    self._members[info.name] = info
            except (tarfile.TarError, OSError, EOFError) as exc:
                raise self._fail(
                    Problem.of(self.name, 0, "", "r.not_bundle", detail=str(exc)[:200])
                ) from None
            names = set(self._members)
        problems: list[Problem] = []
        for name in sorted(names):
            allowed = name == "manifest.json" or name in DATA_MEMBERS
            allowed = allowed or (name.endswith(".jsonl") and name + ".zst" in DATA_MEMBERS)
            if not allowed:
                problems.append(Problem.of(name, 0, "", "r.unexpected_member"))
        if "manifest.json" not in names:
            problems.append(Problem.of("manifest.json", 0, "", "r.missing_member"))
        if problems:
            raise self._fail(*problems)
        raw = self._read_small("manifest.json")
        try:
            manifest = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError:
            raise self._fail(Problem.of("manifest.json", 0, "", "r.utf8")) from None
        except json.JSONDecodeError as exc:
            raise self._fail(
                Problem.of("manifest.json", exc.lineno, "", "r.json", detail=exc.msg)
            ) from None
        validate_manifest(manifest, problems)
        if problems:
            raise self._fail(*problems)
        self.manifest = manifest
        files: dict[str, Any] = manifest["files"]
        for member in DATA_MEMBERS:
            present = self._has(member)
            if member in files and not present:
                problems.append(Problem.of(member, 0, "", "r.missing_member"))
            if present and member not in files:
                problems.append(Problem.of(member, 0, "", "r.undeclared_member"))
            if member == DELETIONS_MEMBER and present and manifest["kind"] != "delta":
                problems.append(Problem.of(member, 0, "", "r.wrong_kind_member"))
        if problems:
            raise self._fail(*problems)

    def _has(self, member: str) -> bool:
        if self._tar is not None:
            return member in self._members
        return member in self._dir_names or member.removesuffix(".zst") in self._dir_names

    def _read_small(self, member: str) -> bytes:
        if self._tar is not None:
            info = self._members[member]
            if info.size > MAX_MANIFEST_BYTES:
                raise self._fail(
                    Problem.of(member, 0, "", "r.too_big", size=info.size, limit=MAX_MANIFEST_BYTES)
                )
            f = self._tar.extractfile(info)
            assert f is not None
            return f.read()
        path = self.path / member
        if path.stat().st_size > MAX_MANIFEST_BYTES:
            raise self._fail(Problem.of(member, 0, "", "r.too_big", size=path.stat().st_size,
                                        limit=MAX_MANIFEST_BYTES))
        return path.read_bytes()

    @property
    def kind(self) -> str:
        return str(self.manifest["kind"])

    @property
    def catalogue_id(self) -> str:
        return str(self.manifest["catalogue_id"])

    @property
    def version(self) -> int:
        return int(self.manifest["version"])

    def close(self) -> None:
        if self._tar is not None:
            self._tar.close()
            self._tar = None

    def __enter__(self) -> BundleReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _lines(self, member: str) -> Iterator[tuple[int, bytes]]:
        """Yields ``(line number, raw line)`` of a member, checking caps and the manifest."""
        info = self.manifest["files"].get(member)
        if info is None:
            return
        limit = min(int(info["uncompressed_size"]), MAX_MEMBER_UNCOMPRESSED)
        plain = False
        if self._tar is not None:
            raw = self._tar.extractfile(self._members[member])
            assert raw is not None
        else:
            path = self.path / member
            if not path.exists():
                path = self.path / member.removesuffix(".zst")
                plain = True
            raw = path.open("rb")
        try:
            hashing = _HashingReader(raw)
            if plain:
                stream: IO[bytes] = io.BufferedReader(hashing)
            else:
                dctx = zstandard.ZstdDecompressor(max_window_size=2**27)
                stream = dctx.stream_reader(cast(IO[bytes], hashing), read_size=1 << 16)
            capped = _CappedReader(stream, limit)
            buffered = io.BufferedReader(capped, buffer_size=1 << 16)
            n = 0
            try:
                while True:
                    line = buffered.readline(MAX_LINE_BYTES + 1)
                    if not line:
                        break
                    n += 1
                    if len(line) > MAX_LINE_BYTES:
                        raise self._fail(
                            Problem.of(member, n, "", "r.line_too_long", limit=MAX_LINE_BYTES)
                        )
                    if not line.endswith(b"\n"):
                        if capped.exceeded:
                            break
                        raise self._fail(Problem.of(member, n, "", "r.final_newline"))
                    if n > MAX_RECORDS:
                        raise self._fail(Problem.of(member, n, "", "r.too_many", limit=MAX_RECORDS))
                    yield n, line
            except zstandard.ZstdError as exc:
                raise self._fail(
                    Problem.of(member, n + 1, "", "r.decompress", detail=str(exc)[:200])
                ) from None
            if capped.exceeded:
                raise self._fail(Problem.of(member, n, "", "r.uncompressed_over", limit=limit))
            # Drain what the decompressor did not hand out, so the hash covers every byte.
            while hashing.read(1 << 16):
                pass
            checks: list[tuple[str, object, object]] = [
                ("lines", info["lines"], n),
                ("uncompressed_size", info["uncompressed_size"], capped.total),
            ]
            if not plain:
                checks += [
                    ("size", info["size"], hashing.size),
                    ("sha256", info["sha256"], hashing.sha.hexdigest()),
                ]
            for what, expected, actual in checks:
                if expected != actual:
                    raise self._fail(Problem.of(member, 0, what, "r.mismatch", what=what,
                                                expected=expected, actual=actual))
            count_key = _count_key(member)
            counts = self.manifest.get("counts", {})
            if count_key in counts and counts[count_key] != n:
                raise self._fail(Problem.of("manifest.json", 0, f"counts.{count_key}",
                                            "r.mismatch", what=f"counts.{count_key}",
                                            expected=counts[count_key], actual=n))
        finally:
            raw.close()

    def _parsed(self, member: str) -> Iterator[tuple[int, bytes, Any]]:
        for n, line in self._lines(member):
            if not line.strip():
                raise self._fail(Problem.of(member, n, "", "r.empty_line"))
            try:
                yield n, line, json.loads(line)
            except UnicodeDecodeError:
                raise self._fail(Problem.of(member, n, "", "r.utf8")) from None
            except json.JSONDecodeError as exc:
                raise self._fail(
                    Problem.of(member, n, "", "r.json", detail=f"{exc.msg} (column {exc.colno})")
                ) from None

    def raw_lines(self, kind: str) -> Iterator[tuple[int, bytes]]:
        """The member's lines, checked against the manifest but not parsed: for importers
        that parse and validate elsewhere (``parse_line``) — in another process, say."""
        return self._lines(MEMBER_OF_KIND[kind])

    def fail(self, problems: list[Problem]) -> BundleError:
        return self._fail(*problems)

    def records(self, kind: str) -> Iterator[tuple[int, dict[str, Any], list[str]]]:
        """Yields ``(line, record, referenced term ids)`` after validating each record.

        Collects up to ``MAX_PROBLEMS`` problems of the member before raising, so that an
        administrator sees more than the first mistake.
        """
        if kind not in KINDS:
            raise ValueError(kind)
        for n, _line, rec, refs in self._validated(MEMBER_OF_KIND[kind], kind):
            yield n, rec, refs

    def records_with_lines(
        self, kind: str
    ) -> Iterator[tuple[int, bytes, dict[str, Any], list[str]]]:
        """Like ``records`` but also yields each record's line as stored (for hashing)."""
        yield from self._validated(MEMBER_OF_KIND[kind], kind)

    def deletions(self) -> Iterator[tuple[int, dict[str, Any], list[str]]]:
        for n, _line, rec, refs in self._validated(DELETIONS_MEMBER, "deletion"):
            yield n, rec, refs

    def _validated(
        self, member: str, kind: str
    ) -> Iterator[tuple[int, bytes, dict[str, Any], list[str]]]:
        problems: list[Problem] = []
        seen: dict[tuple[str, str], int] = {}
        for n, line, rec in self._parsed(member):
            before = len(problems)
            refs = validate_record(kind, rec, member, n, problems)
            if len(problems) == before:
                key = (str(rec.get("kind", kind)), str(rec["id"]))
                first = seen.get(key)
                if first is not None:
                    problems.append(Problem.of(member, n, "id", "p.duplicate_id", id=key[1],
                                               first=first))
                else:
                    seen[key] = n
            if len(problems) >= MAX_PROBLEMS:
                break
            if not problems:
                yield n, line, rec, refs
        if problems:
            raise self._fail(*problems)


def parse_line(kind: str, n: int, line: bytes,
               problems: list[Problem]) -> tuple[dict[str, Any] | None, list[str]]:
    """Parses and validates one line of a member; problems are appended to ``problems``."""
    member = MEMBER_OF_KIND[kind]
    if not line.strip():
        problems.append(Problem.of(member, n, "", "r.empty_line"))
        return None, []
    try:
        rec = json.loads(line)
    except UnicodeDecodeError:
        problems.append(Problem.of(member, n, "", "r.utf8"))
        return None, []
    except json.JSONDecodeError as exc:
        problems.append(Problem.of(member, n, "", "r.json",
                                   detail=f"{exc.msg} (column {exc.colno})"))
        return None, []
    before = len(problems)
    refs = validate_record(kind, rec, member, n, problems)
    return (rec if len(problems) == before else None), refs


def _count_key(member: str) -> str:
    return COUNT_KEY.get(member, COUNT_KEY.get(member + ".zst", member))


def read_manifest(path: Path | str) -> dict[str, Any]:
    with BundleReader(path) as reader:
        return dict(reader.manifest)


def validate_bundle(path: Path | str) -> dict[str, Any]:
    """Reads every record of a bundle and checks references; raises ``BundleError``.

    Reference checks (attributes and checklist terms naming known terms, terms naming
    known taxonomies and parents) are complete for full bundles; for a delta they are
    done by the importer against the catalogue it applies to.
    """
    from hytedesk.bundle.digest import content_digest

    def line_hash(line: bytes) -> str:
        # Lines are canonical JSON, so this is the record hash (docs/bundle-format.md);
        # hashing the line as stored also catches a line that is not canonical.
        return hashlib.sha256(line.rstrip(b"\n")).hexdigest()

    with BundleReader(path) as reader:
        taxonomies: set[str] = set()
        terms: set[str] = set()
        entries: list[tuple[str, str, str]] = []
        for _n, line, rec, _ in reader.records_with_lines("taxonomy"):
            taxonomies.add(rec["id"])
            entries.append(("taxonomy", rec["id"], line_hash(line)))
        problems: list[Problem] = []
        full = reader.kind == "full"
        term_parents: list[tuple[int, str, str]] = []
        for n, line, rec, _ in reader.records_with_lines("taxonomy_term"):
            terms.add(rec["id"])
            entries.append(("taxonomy_term", rec["id"], line_hash(line)))
            if full and rec["taxonomy_id"] not in taxonomies:
                problems.append(Problem.of("taxonomy_terms.jsonl.zst", n, "taxonomy_id",
                                           "p.unknown_ref", ref=rec["taxonomy_id"]))
            if rec.get("parent_id"):
                term_parents.append((n, rec["parent_id"], rec["id"]))
        if full:
            for n, parent, _tid in term_parents:
                if parent not in terms:
                    problems.append(Problem.of("taxonomy_terms.jsonl.zst", n, "parent_id",
                                               "p.unknown_ref", ref=parent))
        for kind in ("checklist", "place", "service"):
            member = MEMBER_OF_KIND[kind]
            for n, line, rec, refs in reader.records_with_lines(kind):
                entries.append((kind, rec["id"], line_hash(line)))
                if full:
                    for ref in refs:
                        if ref not in terms:
                            field = "attributes" if kind == "service" else "terms"
                            problems.append(Problem.of(member, n, field, "p.unknown_ref", ref=ref))
                if len(problems) >= MAX_PROBLEMS:
                    raise BundleError(reader.name, problems)
        for _ in reader.deletions():
            pass
        if problems:
            raise BundleError(reader.name, problems)
        if full:
            digest = content_digest(entries)
            if digest != reader.manifest["content_digest"]:
                raise BundleError(reader.name, [Problem.of(
                    "manifest.json", 0, "content_digest", "r.mismatch", what="content_digest",
                    expected=reader.manifest["content_digest"], actual=digest)])
        return dict(reader.manifest)
