"""A static-file HTTP server on 127.0.0.1 with Range/If-Range/ETag — and ways to misbehave.

Switches (attributes of ``RepoServer.behaviour``), each applying to target files
(``/targets/...``) unless it names a path:

- ``ignore_range``: answer every request with ``200`` and the whole file;
- ``cut_after``: close the connection after this many body bytes (``cut_times`` times);
- ``trickle``: ``(bytes, seconds)`` — send that many bytes, then wait, and so on;
- ``status``: ``{path suffix: code}`` — answer 404/500/... instead;
- ``override``: ``{path: bytes}`` — serve these bytes instead of the file (with their
  own ETag, so a change between two requests is visible to If-Range);
- ``append``: extra bytes after a target's content (endless data);
- ``portal``: answer every path with ``200`` and these bytes as a web page (a captive
  portal), with ``portal_type`` as its Content-Type (``None``: no type at all);
- ``whole_206``: answer a plain GET of a target with ``206`` and the whole file;
- ``date_offset``: seconds added to the ``Date`` header (a server whose clock differs).

Every request is logged as ``Hit(path, status, sent, range_header)``.
"""

from __future__ import annotations

import email.utils
import hashlib
import re
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


@dataclass
class Hit:
    path: str
    status: int
    sent: int
    range: str | None
    if_range: str | None


@dataclass
class Behaviour:
    ignore_range: bool = False
    cut_after: int | None = None
    cut_times: int = 1
    trickle: tuple[int, float] | None = None
    status: dict[str, int] = field(default_factory=dict)
    override: dict[str, bytes] = field(default_factory=dict)
    append: bytes = b""
    portal: bytes | None = None
    portal_type: str | None = "text/html; charset=utf-8"
    whole_206: bool = False
    date_offset: float = 0.0


_RANGE = re.compile(r"^bytes=(\d+)-(\d*)$")


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
    generation = 0

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass

    def date_time_string(self, timestamp: float | None = None) -> str:
        offset = self.server.behaviour.date_offset
        return email.utils.formatdate((timestamp or time.time()) + offset, usegmt=True)

    def do_GET(self) -> None:  # noqa: N802
        srv = self.server
        b = srv.behaviour
        self.generation = srv.generation  # requests from before a reset() are not logged
        path = self.path.split("?", 1)[0]
        if b.portal is not None:
            self.send_response(200)
            if b.portal_type is not None:
                self.send_header("Content-Type", b.portal_type)
            self.send_header("Content-Length", str(len(b.portal)))
            self.end_headers()
            with srv.lock:
                srv.hits.append(Hit(path, 200, len(b.portal), None, None))
            self.wfile.write(b.portal)
            return
        is_target = path.startswith("/targets/")
        for suffix, code in b.status.items():
            if path.endswith(suffix):
                self._error(path, code)
                return
        if path in b.override:
            data = b.override[path]
            mtime = srv.started + 1 + hash(data) % 1000
        else:
            file = (srv.root / path.lstrip("/")).resolve()
            if srv.root not in file.parents or not file.is_file():
                self._error(path, 404)
                return
            data = file.read_bytes()
            mtime = int(file.stat().st_mtime)
        if is_target and b.append:
            data = data + b.append
        etag = '"' + hashlib.sha256(data).hexdigest()[:20] + '"'
        last_modified = email.utils.formatdate(mtime, usegmt=True)
        rng = self.headers.get("Range")
        if_range = self.headers.get("If-Range")
        start, end = 0, len(data) - 1
        status = 200
        m = _RANGE.match(rng or "")
        if m and not b.ignore_range and (if_range is None or if_range in (etag, last_modified)):
            start = int(m[1])
            end = int(m[2]) if m[2] else len(data) - 1
            if start >= len(data):
                self._error(path, 416)
                return
            status = 206
        if is_target and b.whole_206:
            status = 206
        body = data[start : end + 1]
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", last_modified)
        self.send_header("Accept-Ranges", "bytes")
        if status == 206:
            self.send_header("Content-Range", f"bytes {start}-{end}/{len(data)}")
        self.end_headers()
        # Logged on arrival; ``sent`` grows as bytes go out (counted before each write, so
        # a client that has the bytes always sees them counted).
        hit = Hit(path, status, 0, rng, if_range)
        with srv.lock:
            if srv.generation == self.generation:
                srv.hits.append(hit)
        self._send(body, is_target, hit)

    def _send(self, body: bytes, is_target: bool, hit: Hit) -> None:
        b = self.server.behaviour
        limit = len(body)
        cut = False
        if is_target and b.cut_after is not None and b.cut_times > 0:
            with self.server.lock:
                if b.cut_times > 0 and b.cut_after < len(body):
                    b.cut_times -= 1
                    limit, cut = b.cut_after, True
        step = b.trickle[0] if is_target and b.trickle else 64 * 1024
        sent = 0
        try:
            while sent < limit:
                piece = body[sent : min(limit, sent + step)]
                hit.sent += len(piece)
                try:
                    self.wfile.write(piece)
                    self.wfile.flush()
                except OSError:
                    hit.sent -= len(piece)
                    raise
                sent += len(piece)
                if is_target and b.trickle and self.server.generation == self.generation:
                    time.sleep(b.trickle[1])
        except OSError:
            self.close_connection = True
            return
        if cut:
            self.close_connection = True
            self.connection.shutdown(2)

    def _error(self, path: str, code: int) -> None:
        self.send_response(code)
        self.send_header("Content-Length", "0")
        self.end_headers()
        with self.server.lock:
            if self.server.generation == self.generation:
                self.server.hits.append(Hit(path, code, 0, self.headers.get("Range"), None))


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    root: Path
    behaviour: Behaviour
    hits: list[Hit]
    lock: threading.Lock
    started: int
    generation: int


class RepoServer:
    """Serves ``root`` on 127.0.0.1 in a background thread."""

    def __init__(self, root: Path) -> None:
        self.httpd = _Server(("127.0.0.1", 0), _Handler)
        self.httpd.root = root.resolve()
        self.httpd.behaviour = Behaviour()
        self.httpd.hits = []
        self.httpd.lock = threading.Lock()
        self.httpd.started = int(time.time())
        self.httpd.generation = 0
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def behaviour(self) -> Behaviour:
        return self.httpd.behaviour

    def reset(self) -> None:
        with self.httpd.lock:
            self.httpd.generation += 1
            self.httpd.behaviour = Behaviour()
            self.httpd.hits.clear()

    @property
    def hits(self) -> list[Hit]:
        return list(self.httpd.hits)

    def target_hits(self) -> list[Hit]:
        return [h for h in self.hits if h.path.startswith("/targets/")]

    def start(self) -> RepoServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
