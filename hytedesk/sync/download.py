"""A resumable download of one signed target, for links that drop every few minutes.

The partial file is kept in ``paths.downloads`` under the target's content-addressed name
(``<sha256>.<name>.part``), with the validator the server gave (ETag or Last-Modified)
beside it, so a later sync — even after the laptop was shut down — asks only for the
rest: ``Range: bytes=N-`` with ``If-Range: <validator>``. Only a ``206`` whose
``Content-Range`` starts at N and names the signed length is appended; a ``200`` or a
``206`` carrying the whole file (bytes 0 to the signed length; some servers answer a plain
GET so) is written from zero; any other range restarts from zero. The signed length caps what is
accepted before anything is written, and the finished file is checked against the signed
hashes (``TargetFile.verify_length_and_hashes``) before it leaves this module.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import time
from dataclasses import dataclass
from http.client import HTTPException, HTTPResponse
from pathlib import Path

from tuf.api import exceptions as tuf_exc
from tuf.api.metadata import TargetFile

from hytedesk.base.files import commit, write_atomic
from hytedesk.base.i18n import UserError
from hytedesk.sync.net import Budget, Progress, open_url, read_chunks

_CONTENT_RANGE = re.compile(r"^bytes (\d+)-(\d+)/(\d+)$")
MAX_ATTEMPTS = 5


class _Restart(Exception):
    """The server's answer cannot be appended: start again from byte zero."""


class _Incomplete(Exception):
    """The connection ended before the whole file came (resume on the next attempt)."""


@dataclass
class DownloadStats:
    bytes_received: int = 0
    restarts: int = 0
    resumed_from: int = 0
    attempts: int = 0


def _validator(response: HTTPResponse) -> str | None:
    etag = response.headers.get("ETag")
    # If-Range needs a strong validator; a weak ETag falls back to Last-Modified.
    if etag and not etag.startswith("W/"):
        return str(etag)
    modified = response.headers.get("Last-Modified")
    return str(modified) if modified else None


class Download:
    """Fetches ``target`` from ``url`` into ``directory`` under ``budget``."""

    def __init__(
        self,
        url: str,
        target: TargetFile,
        directory: Path,
        budget: Budget,
        progress: Progress | None = None,
    ) -> None:
        self.url = url
        self.target = target
        self.budget = budget
        self.progress = progress
        self.final = directory / target.get_prefixed_paths()[0]
        self.part = self.final.with_name(self.final.name + ".part")
        self.meta = self.final.with_name(self.final.name + ".part.json")
        self.stats = DownloadStats()

    # -- the partial file's companion: which URL and validator its bytes came from ----

    def _load_meta(self) -> str | None:
        try:
            meta = json.loads(self.meta.read_text("utf-8"))
        except (OSError, ValueError):
            return None
        if meta.get("length") != self.target.length or meta.get("hashes") != self.target.hashes:
            return None
        validator = meta.get("validator")
        return validator if isinstance(validator, str) else None

    def _save_meta(self, validator: str | None) -> None:
        data = {"url": self.url, "length": self.target.length, "hashes": self.target.hashes}
        data["validator"] = validator
        write_atomic(self.meta, json.dumps(data))

    def discard(self) -> None:
        for p in (self.part, self.meta):
            with contextlib.suppress(FileNotFoundError):
                p.unlink()

    # -- the transfer ---------------------------------------------------------------

    def _attempt(self) -> None:
        """One request; appends to or restarts the partial file. Raises _Incomplete."""
        length = self.target.length
        have = self.part.stat().st_size if self.part.exists() else 0
        validator = self._load_meta() if have else None
        if have > length or (have and validator is None and not self.meta.exists()):
            self.discard()
            have = 0
        if have == length:
            return
        headers = {"Accept-Encoding": "identity"}
        if have:
            headers["Range"] = f"bytes={have}-"
            if validator:
                headers["If-Range"] = validator
        response = open_url(self.url, self.budget, headers)
        try:
            whole = response.status == 200 or (
                response.status == 206 and self._whole_file(response))
            if response.status == 206 and have and not whole:
                match = _CONTENT_RANGE.match(response.headers.get("Content-Range", ""))
                if not (
                    match
                    and int(match[1]) == have
                    and int(match[2]) == length - 1
                    and int(match[3]) == length
                ):
                    raise _Restart
                mode = "ab"
                self.stats.resumed_from = have
            elif whole:
                # 200, or a 206 that carries the whole file (some servers and proxies
                # answer a plain GET so): written from byte zero.
                if have:
                    self.stats.restarts += 1
                have = 0
                declared = response.headers.get("Content-Length")
                if declared and declared.isdigit() and int(declared) > length:
                    raise UserError("sync.too_large", limit=length)
                self._save_meta(_validator(response))
                mode = "wb"
            else:
                raise _Restart
            self._receive(response, mode, have)
        finally:
            response.close()

    def _whole_file(self, response: HTTPResponse) -> bool:
        """A 206 whose range is the whole signed length (or, with no Content-Range, whose
        Content-Length is)."""
        length = self.target.length
        content_range = response.headers.get("Content-Range")
        if content_range is None:
            return str(response.headers.get("Content-Length")) == str(length)
        match = _CONTENT_RANGE.match(content_range)
        return bool(match and int(match[1]) == 0 and int(match[2]) == length - 1
                    and int(match[3]) == length)

    def _receive(self, response: HTTPResponse, mode: str, have: int) -> None:
        length = self.target.length
        try:
            with self.part.open(mode) as f:
                for chunk in read_chunks(response, self.budget):
                    have += len(chunk)
                    self.stats.bytes_received += len(chunk)
                    if have > length:
                        f.truncate(0)
                        raise UserError("sync.too_large", limit=length)
                    f.write(chunk)
                    if self.progress is not None:
                        self.progress("download", have, length)
                f.flush()
                os.fsync(f.fileno())
        except OSError as exc:
            if exc.errno == errno.ENOSPC:
                raise UserError("sync.disk_full") from None
            raise _Incomplete from exc
        except HTTPException as exc:
            raise _Incomplete from exc
        if have < length:
            raise _Incomplete

    def run(self) -> Path:
        """Downloads (or resumes) and verifies; returns the verified file."""
        if self.final.exists():
            if self._verified(self.final):
                return self.final
            self.final.unlink()
        self.part.parent.mkdir(parents=True, exist_ok=True)
        resumed_once = False
        attempt = 0
        while True:
            attempt += 1
            self.stats.attempts = attempt
            try:
                if self.part.exists() and self.part.stat().st_size:
                    resumed_once = True
                self._attempt()
            except _Restart:
                self.stats.restarts += 1
                self.discard()
                if attempt >= MAX_ATTEMPTS:
                    # The server keeps answering with partial content that does not fit.
                    raise tuf_exc.DownloadHTTPError("unusable partial content", 206) from None
                continue
            except (_Incomplete, ConnectionError, TimeoutError) as exc:
                self.budget.check()
                if attempt >= MAX_ATTEMPTS:
                    raise tuf_exc.DownloadError(f"connection lost: {exc!r}") from exc
                time.sleep(min(0.2 * 2**attempt, max(0.0, self.budget.remaining())))
                continue
            if self._verified(self.part):
                commit(self.part, self.final)
                with contextlib.suppress(FileNotFoundError):
                    self.meta.unlink()
                return self.final
            # A file assembled from two runs can be wrong when the server changed it in
            # between without a validator to tell: one fresh try before calling it tampered.
            self.discard()
            if resumed_once:
                resumed_once = False
                self.stats.restarts += 1
                continue
            raise UserError("sync.digest_mismatch")

    def _verified(self, path: Path) -> bool:
        try:
            with path.open("rb") as f:
                self.target.verify_length_and_hashes(f)
        except tuf_exc.LengthOrHashMismatchError:
            return False
        return True


def download_target(
    url: str,
    target: TargetFile,
    directory: Path,
    budget: Budget,
    progress: Progress | None = None,
) -> tuple[Path, DownloadStats]:
    d = Download(url, target, directory, budget, progress)
    return d.run(), d.stats
