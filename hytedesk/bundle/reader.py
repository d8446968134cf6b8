"""Reading bundles: strict, streaming, with caps before and during decompression."""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, cast

import zstandard

from hytedesk.base import i18n
from hytedesk.bundle import jsontext
from hytedesk.bundle.errors import BundleError, Problem
from hytedesk.bundle.schema import (
    COUNT_KEY,
    DATA_MEMBERS,
    DELETIONS_MEMBER,
    KINDS,
    MAX_MEMBER_UNCOMPRESSED,
    MAX_RECORDS,
    MEMBER_OF_KIND,
    validate_manifest,
    validate_record,
)

# Caps (docs/bundle-format.md, "Limits and validation"). The manifest's caps on declared
# sizes are in schema.py; these are enforced while reading.
MAX_BUNDLE_BYTES = 2 * 1024**3
MAX_MANIFEST_BYTES = 1024**2
MAX_LINE_BYTES = 8 * 1024**2
MAX_PROBLEMS = 50
#: tar members read at most: the manifest and the six data members.
MAX_MEMBERS = 1 + len(DATA_MEMBERS)
#: zstd frames in one member (the writer makes a data frame and an empty closing one).
MAX_FRAMES = 4
#: the largest zstd window accepted (the writer's level 9 uses 4 MiB).
MAX_WINDOW = 2**25
#: compressed bytes handed to the decompressor at once: at most ~32,000 times as many
#: come out (one 128 KiB block per 4 bytes), so one step yields at most 16 MiB.
ZSTD_STEP = 512
ALLOWED_MEMBERS = ("manifest.json", *DATA_MEMBERS)

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
        "r.tar_type": {
            "fi": "tar-jäsen tyyppiä {kind}: vain tavalliset tiedostot sallitaan (ei linkkejä, "
            "harvoja tiedostoja eikä PAX- tai GNU-lisäotsakkeita)",
            "sv": "tar-medlem av typen {kind}: endast vanliga filer är tillåtna (inga länkar, "
            "glesa filer eller PAX- eller GNU-tilläggshuvuden)",
            "en": "a tar member of type {kind}: only plain files are allowed (no links, sparse "
            "files, PAX or GNU extension headers)",
        },
        "r.tar_header": {
            "fi": "virheellinen tar-otsake kohdassa {offset}: {detail}",
            "sv": "ogiltigt tar-huvud vid position {offset}: {detail}",
            "en": "invalid tar header at offset {offset}: {detail}",
        },
        "r.duplicate_member": {
            "fi": "tiedosto on paketissa kahdesti",
            "sv": "filen finns två gånger i paketet",
            "en": "the file appears twice in the bundle",
        },
        "r.zstd_skippable": {
            "fi": "zstd-tiedostossa on ohitettava kehys (skippable frame), jota ei sallita",
            "sv": "zstd-filen innehåller en överhoppningsbar ram (skippable frame), som inte "
            "är tillåten",
            "en": "the zstd data holds a skippable frame, which is not allowed",
        },
        "r.zstd_frame": {
            "fi": "zstd-tiedostossa on jotain muuta kuin zstd-kehyksiä kohdassa {offset}",
            "sv": "zstd-filen innehåller något annat än zstd-ramar vid position {offset}",
            "en": "the zstd data holds something other than zstd frames at offset {offset}",
        },
        "r.zstd_frames": {
            "fi": "zstd-tiedostossa on enemmän kuin {limit} kehystä",
            "sv": "zstd-filen har fler än {limit} ramar",
            "en": "the zstd data has more than {limit} frames",
        },
        "r.zstd_truncated": {
            "fi": "zstd-tiedosto katkeaa kesken kehyksen",
            "sv": "zstd-filen tar slut mitt i en ram",
            "en": "the zstd data ends in the middle of a frame",
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


class _Slice(io.RawIOBase):
    """The bytes of one tar member: ``size`` bytes from ``offset`` of the bundle file."""

    def __init__(self, path: Path, offset: int, size: int) -> None:
        self.f = path.open("rb")
        self.f.seek(offset)
        self.left = size

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        if self.left <= 0:
            return 0
        data = self.f.read(min(len(b), self.left))
        n = len(data)
        b[:n] = data
        self.left -= n
        return n

    def close(self) -> None:
        self.f.close()
        super().close()


class _FrameError(Exception):
    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"


class _ZstdFrames(io.RawIOBase):
    """Decompresses a member made of zstd frames only, a bounded step at a time.

    Refuses skippable frames (libzstd would skip them silently), anything between or after
    frames that is not a frame, more than ``MAX_FRAMES`` frames and a truncated frame.
    Each step feeds ``ZSTD_STEP`` compressed bytes, so no step yields more than 16 MiB.
    """

    def __init__(self, src: IO[bytes]) -> None:
        self.src = src
        self.dctx = zstandard.ZstdDecompressor(max_window_size=MAX_WINDOW)
        self.obj: Any = None
        self.buf = b""
        self.off = 0
        self.consumed = 0  # compressed bytes handed to the decompressor so far
        self.frames = 0
        self.out = b""
        self.pos = 0

    def readable(self) -> bool:
        return True

    def _fill(self, n: int) -> None:
        if len(self.buf) - self.off < n:
            self.buf = self.buf[self.off:] + self.src.read(max(n, 1 << 16))
            self.off = 0

    def _step(self) -> bool:
        """Decompresses one step; False at the end of the member."""
        if self.obj is None:
            self._fill(4)
            head = self.buf[self.off:self.off + 4]
            if not head:
                return False
            if len(head) == 4 and head[0] & 0xF0 == 0x50 and head[1:] == b"\x2a\x4d\x18":
                raise _FrameError("r.zstd_skippable")
            if head != _ZSTD_MAGIC:
                raise _FrameError("r.zstd_frame", offset=self.consumed)
            self.frames += 1
            if self.frames > MAX_FRAMES:
                raise _FrameError("r.zstd_frames", limit=MAX_FRAMES)
            self.obj = self.dctx.decompressobj()
        self._fill(1)
        chunk = self.buf[self.off:self.off + ZSTD_STEP]
        if not chunk:
            raise _FrameError("r.zstd_truncated")
        self.off += len(chunk)
        self.out = self.obj.decompress(chunk)
        self.pos = 0
        if self.obj.eof:
            unused = self.obj.unused_data
            self.consumed += len(chunk) - len(unused)
            self.buf = unused + self.buf[self.off:]
            self.off = 0
            self.obj = None
        else:
            self.consumed += len(chunk)
        return True

    def readinto(self, b: Any) -> int:
        while self.pos >= len(self.out):
            if not self._step():
                return 0
        n = min(len(b), len(self.out) - self.pos)
        b[:n] = self.out[self.pos:self.pos + n]
        self.pos += n
        return n


def _octal(field: bytes) -> int:
    text = field.rstrip(b"\0 ").lstrip(b" ")
    if not text or text.strip(b"01234567"):
        raise ValueError(field)
    return int(text, 8)


_TAR_TYPES = {b"1": "hard link", b"2": "symbolic link", b"3": "character device",
              b"4": "block device", b"5": "directory", b"6": "FIFO", b"7": "contiguous",
              b"x": "PAX header", b"g": "PAX global header", b"L": "GNU long name",
              b"K": "GNU long link", b"S": "GNU sparse", b"M": "GNU multi-volume",
              b"V": "GNU volume label", b"D": "GNU directory"}


def _plain_header(header: bytes) -> str | None:
    """The member name of a valid USTAR header of a regular file, else None."""
    try:
        if _octal(header[148:156]) != sum(header[:148]) + 256 + sum(header[156:]):
            return None
    except ValueError:
        return None
    if header[257:262] != b"ustar" or header[156:157] not in (b"0", b"\0"):
        return None
    return header[:100].split(b"\0", 1)[0].decode("utf-8", "replace")


def first_tar_member(path: Path | str) -> str | None:
    """The name of a tar file's first member if it is a plain file, reading one header only
    (for telling file kinds apart before any tar library reads a hostile header)."""
    try:
        with Path(path).open("rb") as f:
            return _plain_header(f.read(512))
    except OSError:
        return None


def _scan_tar(path: Path, file_size: int, name: str) -> dict[str, tuple[int, int]]:
    """Reads a bundle's tar headers: ``{member: (data offset, size)}``.

    Bounded whatever the file holds: plain files with USTAR headers only, at most
    ``MAX_MEMBERS`` of them, each one of the bundle's member names, once; nothing but a
    512-byte header is read per member and nothing is kept but its name and place.
    """
    members: dict[str, tuple[int, int]] = {}

    def fail(member: str, key: str, **params: object) -> BundleError:
        return BundleError(name, [Problem.of(member, 0, "", key, **params)])

    def bad(offset: int, detail: str) -> BundleError:
        return BundleError(name, [Problem.of(name, 0, "", "r.not_bundle", detail=(
            i18n.text("r.tar_header", offset=offset, detail=detail)))])

    with path.open("rb") as f:
        offset = 0
        while True:
            header = f.read(512)
            if len(header) < 512:
                if not members:
                    raise bad(offset, "short header")
                break  # no end-of-archive blocks: accepted, like tar does
            if header == bytes(512):
                break
            stored = header[148:156]
            try:
                checksum = _octal(stored)
                size = _octal(header[124:136])
            except ValueError:
                raise bad(offset, "not a tar header") from None
            if checksum != sum(header[:148]) + 256 + sum(header[156:]):
                raise bad(offset, "checksum")
            if header[257:262] != b"ustar":
                raise bad(offset, "not a USTAR header")
            member = header[:100].split(b"\0", 1)[0].decode("utf-8", "replace")
            typeflag = header[156:157]
            if typeflag not in (b"0", b"\0"):
                kind = _TAR_TYPES.get(typeflag, repr(typeflag.decode("latin-1")))
                raise fail(member or "?", "r.tar_type", kind=kind)
            if header[345:500].strip(b"\0") or member not in ALLOWED_MEMBERS:
                raise fail(member or "?", "r.unexpected_member")
            if member in members:
                raise fail(member, "r.duplicate_member")
            if len(members) >= MAX_MEMBERS:  # unreachable with unique allowed names
                raise fail(member, "r.unexpected_member")
            data = offset + 512
            if data + size > file_size:
                raise bad(offset, "member runs past the end of the file")
            members[member] = (data, size)
            offset = data + (size + 511) // 512 * 512
            f.seek(offset)
    return members


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
        self._tar = False
        self._members: dict[str, tuple[int, int]] = {}
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
        problems: list[Problem] = []
        if p.is_dir():
            names: set[str] = set()
            for f in p.iterdir():
                allowed = f.name in ALLOWED_MEMBERS
                allowed = allowed or (f.name.endswith(".jsonl") and f.name + ".zst" in DATA_MEMBERS)
                if not allowed:
                    raise self._fail(Problem.of(f.name, 0, "", "r.unexpected_member"))
                if f.is_file():
                    names.add(f.name)
            self._dir_names = names
        else:
            try:
                size = p.stat().st_size
                if size > MAX_BUNDLE_BYTES:
                    raise self._fail(
                        Problem.of(self.name, 0, "", "r.too_big", size=size, limit=MAX_BUNDLE_BYTES)
                    )
                self._members = _scan_tar(p, size, self.name)
            except OSError as exc:
                raise self._fail(
                    Problem.of(self.name, 0, "", "r.not_bundle", detail=str(exc)[:200])
                ) from None
            self._tar = True
            names = set(self._members)
        if "manifest.json" not in names:
            problems.append(Problem.of("manifest.json", 0, "", "r.missing_member"))
        if problems:
            raise self._fail(*problems)
        raw = self._read_small("manifest.json")
        try:
            manifest = jsontext.loads(raw)
        except UnicodeDecodeError:
            raise self._fail(Problem.of("manifest.json", 0, "", "r.utf8")) from None
        except json.JSONDecodeError as exc:
            raise self._fail(
                Problem.of("manifest.json", exc.lineno, "", "r.json", detail=exc.msg)
            ) from None
        except jsontext.JsonProblem as exc:
            raise self._fail(
                Problem.of("manifest.json", 0, exc.field, exc.key, **exc.params)
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
        if self._tar:
            return member in self._members
        return member in self._dir_names or member.removesuffix(".zst") in self._dir_names

    def _read_small(self, member: str) -> bytes:
        if self._tar:
            offset, size = self._members[member]
            if size > MAX_MANIFEST_BYTES:
                raise self._fail(
                    Problem.of(member, 0, "", "r.too_big", size=size, limit=MAX_MANIFEST_BYTES)
                )
            with _Slice(self.path, offset, size) as f:
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
        pass  # every member is opened and closed by the code that reads it

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
        raw: IO[bytes]
        if self._tar:
            raw = cast(IO[bytes], _Slice(self.path, *self._members[member]))
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
                stream = cast(IO[bytes], _ZstdFrames(cast(IO[bytes], hashing)))
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
            except _FrameError as exc:
                raise self._fail(Problem.of(member, 0, "", exc.key, **exc.params)) from None
            if capped.exceeded:
                raise self._fail(Problem.of(member, n, "", "r.uncompressed_over", limit=limit))
            # Drain what a plain member's buffer did not hand out, so the hash covers it.
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
            problems: list[Problem] = []
            rec = _parse(member, n, line, problems)
            if problems:
                raise self._fail(*problems)
            yield n, line, rec

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


def _parse(member: str, n: int, line: bytes, problems: list[Problem]) -> Any:
    """One line parsed strictly (``jsontext.loads``); None with a problem appended if not."""
    if not line.strip():
        problems.append(Problem.of(member, n, "", "r.empty_line"))
        return None
    try:
        return jsontext.loads(line)
    except UnicodeDecodeError:
        problems.append(Problem.of(member, n, "", "r.utf8"))
    except json.JSONDecodeError as exc:
        problems.append(Problem.of(member, n, "", "r.json",
                                   detail=f"{exc.msg} (column {exc.colno})"))
    except jsontext.JsonProblem as exc:
        problems.append(Problem.of(member, n, exc.field, exc.key, **exc.params))
    return None


def parse_line(kind: str, n: int, line: bytes,
               problems: list[Problem]) -> tuple[dict[str, Any] | None, list[str]]:
    """Parses and validates one line of a member; problems are appended to ``problems``."""
    member = MEMBER_OF_KIND[kind]
    before = len(problems)
    rec = _parse(member, n, line, problems)
    if len(problems) > before:
        return None, []
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
        for kind in ("checklist", "place", "service", "search_term"):
            member = MEMBER_OF_KIND[kind]
            for n, line, rec, refs in reader.records_with_lines(kind):
                entries.append((kind, rec["id"], line_hash(line)))
                if full:
                    for ref in refs:
                        if ref not in terms:
                            field = "attributes" if kind == "service" else "terms"
                            # (a checklist item's or a search term's taxonomy terms)
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
