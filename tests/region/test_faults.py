"""Faults on the way up and at the coordinator's desk: a server that answers 500 or 507,
times out or cuts the body; a package for another key, a truncated one, a replayed one.
Nothing is lost, nothing counted twice."""

from __future__ import annotations

import gzip
import http.server
import json
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pyrage
import pytest

from hytedesk.admin.main import main as admin_main
from hytedesk.admin.region import collect, load_keys
from hytedesk.base.i18n import UserError
from hytedesk.bundle import upload
from hytedesk.local.localdb import LocalDB
from hytedesk.outbox.prepare import pending, prepare
from hytedesk.outbox.send import send, upload_base
from tests.region.conftest import laptop_home, record


class Server:
    """A real HTTP server on 127.0.0.1 whose next answers the test chooses."""

    def __init__(self) -> None:
        self.plan: list[str] = []  # "500", "507", "hang", "cut", "redirect", "body", "ok"
        self.stored: dict[str, bytes] = {}
        self.release = threading.Event()
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_PUT(self) -> None:  # noqa: N802
                what = outer.plan.pop(0) if outer.plan else "ok"
                length = int(self.headers["Content-Length"])
                if what == "cut":  # read half the body, then drop the connection
                    self.rfile.read(length // 2)
                    self.connection.close()
                    return
                body = self.rfile.read(length)
                if what == "hang":
                    outer.release.wait(10)
                    return
                if what == "redirect":  # to another host, without https
                    self.send_response(307)
                    self.send_header("Location", "http://evil.example/upload/x.age")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if what == "body":  # 201 with a body (some WebDAV servers describe it)
                    outer.stored[self.path.rsplit("/", 1)[1]] = body
                    reply = b"<html>" + b"created " * 40_000 + b"</html>"
                    self.send_response(201)
                    self.send_header("Content-Length", str(len(reply)))
                    self.end_headers()
                    self.wfile.write(reply)
                    return
                if what in ("500", "507"):
                    self.send_response(int(what))
                    self.end_headers()
                    return
                outer.stored[self.path.rsplit("/", 1)[1]] = body
                self.send_response(201)
                self.send_header("Content-Length", "0")
                self.end_headers()

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/upload/"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server() -> Iterator[Server]:
    s = Server()
    yield s
    s.close()


@pytest.fixture
def laptop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
           region_key: tuple[Path, str]) -> LocalDB:
    paths = laptop_home(tmp_path / "laptop", monkeypatch, region_key[1])
    for _ in range(3):
        record(paths, date(2026, 11, 5), ("loneliness",), "Puolanka")
    local = LocalDB(paths)
    prepare(local)
    return local


@pytest.mark.parametrize("fault", ["500", "507", "cut"])
def test_a_failed_put_keeps_the_package_for_later(laptop: LocalDB, server: Server,
                                                  fault: str) -> None:
    todo = pending(laptop)
    assert todo
    server.plan = [fault]
    result = send(laptop, url=server.url)
    assert result.sent == 0 and result.error
    if fault == "507":
        assert "full" in result.error
    left = pending(laptop)
    assert [p.uuid for p in left] == [p.uuid for p in todo]
    assert left[0].attempts == 1 and left[0].last_error
    # The next run succeeds; every package arrives once.
    result = send(laptop, url=server.url)
    assert result.error is None and pending(laptop) == []
    assert sorted(server.stored) == sorted(p.uuid + ".age" for p in todo)


def test_a_redirect_is_not_followed_and_a_201_with_a_body_counts_as_sent(
        laptop: LocalDB, server: Server) -> None:
    todo = pending(laptop)
    server.plan = ["redirect"]
    result = send(laptop, url=server.url)
    assert result.sent == 0 and result.error and "307" in result.error
    assert [p.uuid for p in pending(laptop)] == [p.uuid for p in todo]
    server.plan = ["body"] * len(todo)
    result = send(laptop, url=server.url)
    assert result.error is None and pending(laptop) == []
    assert sorted(server.stored) == sorted(p.uuid + ".age" for p in todo)


def test_a_server_that_does_not_answer_is_given_up_by_the_deadline(
        laptop: LocalDB, server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    import hytedesk.outbox.send as send_module

    monkeypatch.setattr(send_module, "SOCKET_TIMEOUT", 0.5)
    server.plan = ["hang"]
    result = send(laptop, url=server.url, deadline=1.0)
    assert result.sent == 0 and result.error and pending(laptop)
    server.release.set()
    assert send(laptop, url=server.url).error is None and pending(laptop) == []


def test_upload_addresses_are_parsed_not_prefix_matched() -> None:
    assert upload_base("https://hyte.example.fi/up") == "https://hyte.example.fi/up/"
    assert upload_base("http://127.0.0.1:8080/upload/") == "http://127.0.0.1:8080/upload/"
    for bad in ("http://localhost.evil.example/", "http://localhost@evil.example/",
                "http://hyte.example.fi/", "ftp://127.0.0.1/", "https://user:pw@x.fi/"):
        with pytest.raises(UserError):
            upload_base(bad)


def test_collect_refuses_foreign_truncated_and_replayed_packages(
        laptop: LocalDB, tmp_path: Path, region_key: tuple[Path, str],
        capsys: pytest.CaptureFixture[str]) -> None:
    key, public = region_key
    folder = tmp_path / "upload"
    from hytedesk.outbox.send import export

    assert export(laptop, folder) == 1
    good = next(folder.glob("*.age"))
    # Encrypted to another key: a package the region cannot read.
    other = pyrage.x25519.Identity.generate()
    package = upload.decrypt(good.read_bytes(), load_keys([key]), "good")
    package["package_id"] = "00000000-0000-4000-8000-000000000001"
    (folder / "foreign.age").write_bytes(upload.encrypt(package, [str(other.to_public())]))
    (folder / "truncated.age").write_bytes(good.read_bytes()[:120])
    (folder / "plain.age").write_bytes(b'{"format": "hytedesk-upload"}')
    replay = tmp_path / "replay"
    replay.mkdir()
    (replay / "copy.age").write_bytes(good.read_bytes())
    db = tmp_path / "region.db"
    assert admin_main(["collect", str(folder), str(replay), "--key", str(key), "-o", str(db),
                       "--lang", "en"]) == 1  # something was refused
    captured = capsys.readouterr()
    assert "foreign.age: the package cannot be opened with the given keys" in captured.err
    assert "truncated.age" in captured.err and "plain.age: not an age-encrypted" in captured.err
    assert "copy.age: package " in captured.err and "counted once" in captured.err
    assert "Collected 1 new packages from 1 laptops; 1 already collected, 3 refused" in \
        captured.out
    # A package that opens but breaks the format is refused too, naming the field.
    package["package_id"] = "00000000-0000-4000-8000-000000000002"
    package["referrals"][0]["count"] = -3
    bad = tmp_path / "bad.age"
    bad.write_bytes(pyrage.encrypt(gzip.compress(json.dumps(package).encode()),
                                   upload.recipients([public])))
    with open(tmp_path / "err.txt", "w") as err:
        result = collect([bad], load_keys([key]), db, err=err)
    assert result.new == 0 and len(result.refused) == 1
    assert "referrals[0].count" in result.refused[0]
    # A package that unpacks into more than the cap is refused before it is read whole.
    package["package_id"] = "00000000-0000-4000-8000-000000000003"
    package["referrals"][0]["count"] = 3
    package["local_services"] = [{"id": "x", "updated_at": "2026-11-01T00:00:00Z",
                                  "record": {"name": "x", "pad": " " * upload.MAX_PACKAGE_BYTES}}]
    bomb = tmp_path / "bomb.age"
    bomb.write_bytes(pyrage.encrypt(gzip.compress(json.dumps(package).encode()),
                                    upload.recipients([public])))
    assert bomb.stat().st_size < 100_000
    with open(tmp_path / "err.txt", "w") as err:
        result = collect([bomb], load_keys([key]), db, err=err)
    assert result.new == 0 and "too big" in result.refused[0]


def test_collect_without_a_key_file_says_so(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert admin_main(["collect", str(tmp_path), "--key", str(tmp_path / "none.txt"),
                       "-o", str(tmp_path / "r.db"), "--lang", "fi"]) == 2
    assert "ei voi lukea" in capsys.readouterr().err
