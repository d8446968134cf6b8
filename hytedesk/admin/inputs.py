"""Opening source files safely: size caps, zstd and zip with bomb limits, streaming JSON.

Sources can be large (a national PTV download) or hostile (a zip or zstd bomb). Every
reader here is capped before and while decompressing, and the JSON reader streams the
records of a list, a paged response or JSON Lines one at a time with the line each starts
on, so that memory stays flat and every error can name a line.
"""

from __future__ import annotations

import codecs
import io
import json
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import zstandard

from hytedesk.admin.problems import Problems
from hytedesk.base import i18n
from hytedesk.base.i18n import UserError
from hytedesk.bundle.jsontext import MAX_DEPTH

MAX_SOURCE_BYTES = 2 * 1024**3  # a source file as stored
MAX_UNCOMPRESSED_BYTES = 4 * 1024**3  # anything decompressed from one source
MAX_RATIO = 200  # uncompressed / compressed; real JSON and CSV stay far below
RATIO_FLOOR = 64 * 1024**2  # small inputs may expand up to this much regardless of ratio
MAX_RECORD_CHARS = 16 * 1024**2  # one JSON record
CHUNK = 1024 * 1024
ITEM_KEYS = ("itemList", "contents", "items")


class SourceError(UserError):
    """A problem that stops reading one source; ``line`` and ``field`` say where."""

    def __init__(self, key: str, line: int = 0, field: str = "", **params: object) -> None:
        super().__init__(key, **params)
        self.line = line
        self.field = field


class _Capped(io.RawIOBase):
    """Stops with a precise error as soon as more than ``limit`` bytes come out."""

    def __init__(self, raw: IO[bytes], limit: int, name: str) -> None:
        self.raw = raw
        self.limit = limit
        self.count = 0
        self.name_ = name

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        data = self.raw.read(len(b))
        self.count += len(data)
        if self.count > self.limit:
            raise SourceError("admin.bomb", limit=_mib(self.limit), name=self.name_)
        b[: len(data)] = data
        return len(data)


def _mib(n: int) -> str:
    return f"{n / 1024**2:.0f} MiB"


def decompress_limit(compressed_size: int) -> int:
    return min(MAX_UNCOMPRESSED_BYTES, max(RATIO_FLOOR, compressed_size * MAX_RATIO))


def check_size(path: Path) -> int:
    if not path.exists():
        raise SourceError("admin.not_found")
    if not path.is_file():
        raise SourceError("admin.not_a_file")
    size = path.stat().st_size
    if size > MAX_SOURCE_BYTES:
        raise SourceError("admin.too_big", size=_mib(size), limit=_mib(MAX_SOURCE_BYTES))
    return size


@contextmanager
def open_binary(path: Path) -> Iterator[IO[bytes]]:
    """The bytes of a source file, transparently decompressing ``.zst`` with caps."""
    size = check_size(path)
    with path.open("rb") as f:
        if path.suffix.lower() == ".zst":
            reader = zstandard.ZstdDecompressor().stream_reader(f, read_across_frames=True)
            capped = _Capped(reader, decompress_limit(size), path.name)
            try:
                yield io.BufferedReader(capped, CHUNK)
            except zstandard.ZstdError as exc:
                raise SourceError("admin.zstd", error=str(exc)) from None
        else:
            yield f


def zip_members(path: Path) -> dict[str, zipfile.ZipInfo]:
    """The members of a zip source by base name, after checking the declared sizes."""
    size = check_size(path)
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise SourceError("admin.zip_bad", error=str(exc)) from None
    with zf:
        infos = zf.infolist()
    total = sum(i.file_size for i in infos)
    if total > decompress_limit(size):
        raise SourceError("admin.bomb", limit=_mib(decompress_limit(size)), name=path.name)
    return {Path(i.filename).name: i for i in infos if not i.is_dir()}


@contextmanager
def open_zip_member(path: Path, info: zipfile.ZipInfo) -> Iterator[IO[bytes]]:
    """One member of a zip, capped at its declared size (a lying header cannot help)."""
    size = path.stat().st_size
    with zipfile.ZipFile(path) as zf:
        try:
            with zf.open(info) as raw:
                limit = min(info.file_size, decompress_limit(size))
                yield io.BufferedReader(_Capped(raw, limit, info.filename), CHUNK)
        except zipfile.BadZipFile as exc:
            raise SourceError("admin.zip_bad", error=str(exc)) from None


class _Text:
    """A sliding window over the decoded text with a running line counter."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream
        self.decoder = codecs.getincrementaldecoder("utf-8-sig")("strict")
        self.buf = ""
        self.pos = 0
        self.eof = False
        self.line = 1  # line of buf[self.line_pos]
        self.line_pos = 0
        self.bytes_lines = 1

    def more(self) -> bool:
        if self.eof:
            return False
        data = self.stream.read(CHUNK)
        try:
            text = self.decoder.decode(data, final=not data)
        except UnicodeDecodeError as exc:
            seen = bytes(exc.object)  # this chunk, after any bytes held over from the last
            line = self.bytes_lines + seen[: exc.start].count(b"\n")
            byte = f"0x{seen[exc.start]:02x}" if exc.start < len(seen) else "EOF"
            raise SourceError("admin.not_utf8", line=line, byte=byte) from None
        self.bytes_lines += data.count(b"\n")
        if not data:
            self.eof = True
        # Drop what has been consumed, keeping line accounting right.
        if self.pos > CHUNK:
            self.line_at(self.pos)
            self.buf = self.buf[self.pos :]
            self.line_pos -= self.pos
            self.pos = 0
        self.buf += text
        return bool(data)

    def line_at(self, pos: int) -> int:
        if pos >= self.line_pos:
            self.line += self.buf.count("\n", self.line_pos, pos)
        else:
            self.line -= self.buf.count("\n", pos, self.line_pos)
        self.line_pos = pos
        return self.line

    def skip_ws(self) -> str:
        """The next non-space character (not consumed), or '' at the end."""
        while True:
            n = len(self.buf)
            while self.pos < n and self.buf[self.pos] in " \t\r\n":
                self.pos += 1
            if self.pos < n:
                return self.buf[self.pos]
            if not self.more():
                return ""

    def value(self, decoder: json.JSONDecoder) -> tuple[int, Any]:
        """Decodes one JSON value at the cursor; returns (line it starts on, value)."""
        self.skip_ws()
        while True:
            try:
                obj, end = decoder.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                if not self.eof and len(self.buf) - self.pos < MAX_RECORD_CHARS:
                    self.more()
                    continue
                line = self.line_at(self.pos) + self.buf.count("\n", self.pos, exc.pos)
                if len(self.buf) - self.pos >= MAX_RECORD_CHARS:
                    raise SourceError("admin.record_too_big", line=self.line_at(self.pos),
                                      limit=_mib(MAX_RECORD_CHARS)) from None
                raise SourceError("admin.json", line=line, error=exc.msg) from None
            except RecursionError:  # nested thousands deep: the laptop refuses far less
                raise SourceError("admin.json", line=self.line_at(self.pos),
                                  error=i18n.text("r.too_deep", limit=MAX_DEPTH)) from None
            except ValueError as exc:  # an integer of more than 4,300 digits
                raise SourceError("admin.json", line=self.line_at(self.pos),
                                  error=str(exc)[:80]) from None
            # A number or literal cut by the chunk end decodes "successfully": re-check.
            if end == len(self.buf) and not self.eof and not isinstance(obj, (dict, list, str)):
                self.more()
                continue
            line = self.line_at(self.pos)
            self.pos = end
            return line, obj

    def expect(self, chars: str) -> str:
        c = self.skip_ws()
        if c == "" or c not in chars:
            raise SourceError(
                "admin.json", line=self.line_at(self.pos),
                error=f"expected {' or '.join(repr(x) for x in chars)}, found {c!r}",
            )
        self.pos += 1
        return c


def iter_json(stream: IO[bytes]) -> Iterator[tuple[int, dict[str, Any], dict[str, Any]]]:
    """Records of a JSON source: ``(line, record, envelope)``.

    Accepts one object, a list of objects, a paged response whose list is under one of
    ``ITEM_KEYS`` (the other keys are the *envelope*), or JSON Lines. The envelope of a
    paged response is filled as its keys are read.
    """
    text = _Text(stream)
    decoder = json.JSONDecoder()
    while True:
        c = text.skip_ws()
        if c == "":
            return
        if c == "[":
            text.pos += 1
            yield from _array(text, decoder, {})
        elif c == "{":
            start_line = text.line_at(text.pos)
            text.pos += 1
            envelope: dict[str, Any] = {}
            streamed = False
            if text.skip_ws() == "}":
                text.pos += 1
            else:
                while True:
                    if text.skip_ws() != '"':
                        text.expect('"')
                    _, key = text.value(decoder)
                    text.expect(":")
                    if key in ITEM_KEYS and text.skip_ws() == "[":
                        text.pos += 1
                        streamed = True
                        yield from _array(text, decoder, envelope)
                    else:
                        _, envelope[key] = text.value(decoder)
                    if text.expect(",}") == "}":
                        break
            if not streamed:
                yield start_line, envelope, {}
        else:
            line, value = text.value(decoder)
            raise SourceError("admin.json_not_object", line=line, found=type(value).__name__)


def _array(text: _Text, decoder: json.JSONDecoder,
           envelope: dict[str, Any]) -> Iterator[tuple[int, dict[str, Any], dict[str, Any]]]:
    if text.skip_ws() == "]":
        text.pos += 1
        return
    while True:
        line, item = text.value(decoder)
        if not isinstance(item, dict):
            raise SourceError("admin.json_not_object", line=line, found=type(item).__name__)
        yield line, item, envelope
        if text.expect(",]") == "]":
            return


def read_capped(stream: IO[bytes], *, limit: int = MAX_UNCOMPRESSED_BYTES) -> bytes:
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise SourceError("admin.too_big", size=f"> {_mib(limit)}", limit=_mib(limit))
    return data


def decode_table(data: bytes, name: str, problems: Problems) -> str | None:
    """The text of a CSV file: UTF-8 (with or without BOM), or old Excel's Windows-1252
    converted with a warning; anything else is rejected with the line of the first bad
    byte."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SourceError("admin.sheet_utf16", line=1)
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise SourceError("admin.sheet_workbook", line=1)
    if b"\x00" in data[:4096]:
        raise SourceError("admin.sheet_encoding", line=1, byte="0x00")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad_line = data.count(b"\n", 0, exc.start) + 1
        bad_byte = data[exc.start]
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc2:
        raise SourceError("admin.sheet_encoding", line=data.count(b"\n", 0, exc2.start) + 1,
                          byte=f"0x{data[exc2.start]:02x}") from None
    if any(0x80 <= ord(c) <= 0x9F for c in text):
        raise SourceError("admin.sheet_encoding", line=bad_line, byte=f"0x{bad_byte:02x}")
    problems.warn(name, bad_line, "", "admin.sheet_latin1")
    return text
