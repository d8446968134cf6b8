"""HTTP for sync: socket timeouts, one overall deadline, cancellation, a byte counter.

Metadata goes through ``HttpFetcher`` (python-tuf's fetcher interface); targets through
``hytedesk.sync.download``. Both use ``open_url`` so that the deadline, the cancel event
and the counter cover the whole sync.
"""

from __future__ import annotations

import contextlib
import email.utils
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from datetime import datetime
from http.client import HTTPResponse
from typing import cast

from tuf.api import exceptions as tuf_exc
from tuf.ngclient import FetcherInterface

import hytedesk

DEFAULT_SOCKET_TIMEOUT = 30.0
DEFAULT_DEADLINE = 15 * 60.0
CHUNK = 64 * 1024
DEADLINE_SLACK = 0.1  # seconds
USER_AGENT = f"HyteDesk/{getattr(hytedesk, '__version__', '0')}"

Progress = Callable[[str, int, int], None]


class DeadlineExceeded(tuf_exc.DownloadError):
    """The overall deadline of a sync passed (a DownloadError so python-tuf passes it on)."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"deadline of {seconds:.0f} s passed")
        self.seconds = seconds


class Cancelled(tuf_exc.DownloadError):
    """The user (or the window closing) cancelled the sync."""


class CaptivePortal(tuf_exc.DownloadError):
    """The network answered with a web page (a hotel's or a library's sign-in page) where
    metadata or a catalogue was expected."""


_PAGE_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<title",
                b"<script", b"<!--")


def looks_like_a_web_page(response: HTTPResponse, first: bytes) -> bool:
    """Whether an answer is an HTML page: by its type, or by how its body starts (neither
    signed JSON nor a bundle's tar can start like a page)."""
    kind = str(response.headers.get("Content-Type") or "").lower()
    if "html" in kind:
        return True
    return first.lstrip(b"\xef\xbb\xbf \t\r\n").lower().startswith(_PAGE_STARTS)


class Budget:
    """The shared limits of one sync: deadline, cancel event, bytes received."""

    def __init__(
        self,
        deadline_seconds: float = DEFAULT_DEADLINE,
        socket_timeout: float = DEFAULT_SOCKET_TIMEOUT,
        cancel: threading.Event | None = None,
    ) -> None:
        self.seconds = deadline_seconds
        self.end = time.monotonic() + deadline_seconds
        self.socket_timeout = socket_timeout
        self.cancel = cancel
        self.bytes_received = 0
        self.requests: list[str] = []
        self.server_date: datetime | None = None  # the first Date a server sent

    def expired(self) -> bool:
        """Whether the deadline has (all but) passed: a socket timeout cut to the time
        left fires right at it, so a failure then is the deadline's doing."""
        return self.remaining() < DEADLINE_SLACK

    def remaining(self) -> float:
        return self.end - time.monotonic()

    def check(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise Cancelled("cancelled")
        if self.remaining() <= 0:
            raise DeadlineExceeded(self.seconds)

    def timeout(self) -> float:
        """The socket timeout for the next blocking call: never past the deadline."""
        self.check()
        return max(0.05, min(self.socket_timeout, self.remaining()))


def open_url(url: str, budget: Budget, headers: dict[str, str] | None = None) -> HTTPResponse:
    """GET ``url``; HTTP errors raise python-tuf's ``DownloadHTTPError``, a stop by the
    deadline ``DeadlineExceeded``, an HTML page's type ``CaptivePortal``."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, **(headers or {})})
    budget.requests.append(url)
    try:
        response = cast(HTTPResponse, urllib.request.urlopen(request, timeout=budget.timeout()))
    except urllib.error.HTTPError as exc:
        exc.close()
        raise tuf_exc.DownloadHTTPError(f"HTTP {exc.code} for {url}", exc.code) from None
    except OSError as exc:
        if budget.expired():
            raise DeadlineExceeded(budget.seconds) from exc
        raise
    if budget.server_date is None:
        with contextlib.suppress(TypeError, ValueError, IndexError):
            budget.server_date = email.utils.parsedate_to_datetime(
                str(response.headers.get("Date")))
    if "html" in str(response.headers.get("Content-Type") or "").lower():
        response.close()
        raise CaptivePortal(f"{url} answered with a web page")
    return response


def read_chunks(response: HTTPResponse, budget: Budget) -> Iterator[bytes]:
    """The body in chunks as they arrive (``read1``: a trickling server cannot hide
    behind a full buffer), checking the deadline and the cancel event between them."""
    first = True
    try:
        while True:
            budget.check()
            sock = getattr(getattr(response, "fp", None), "raw", None)
            sock = getattr(sock, "_sock", None)
            if sock is not None:
                sock.settimeout(budget.timeout())
            try:
                chunk = response.read1(CHUNK)
            except OSError as exc:
                if budget.expired():
                    raise DeadlineExceeded(budget.seconds) from exc
                raise
            if not chunk:
                return
            if first and looks_like_a_web_page(response, chunk):
                raise CaptivePortal("the answer is a web page")
            first = False
            budget.bytes_received += len(chunk)
            yield chunk
    finally:
        response.close()


class HttpFetcher(FetcherInterface):
    """python-tuf fetcher on urllib, under the sync's budget (no retries: the deadline
    and the next sync are the retry policy)."""

    def __init__(self, budget: Budget) -> None:
        self.budget = budget

    def _fetch(self, url: str) -> Iterator[bytes]:
        # Connect now, so that 404 on a root version surfaces from fetch() as python-tuf
        # expects; the body is streamed by the generator.
        response = open_url(url, self.budget)
        return read_chunks(response, self.budget)
