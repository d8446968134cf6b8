"""What a nurse is told when the network is not the catalogue server's, or is slow, or the
laptop's clock is wrong — against real HTTP servers on 127.0.0.1."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from hytedesk.base.i18n import UserError
from hytedesk.local.localdb import LocalDB
from tests.sync.conftest import World

PORTAL = (b"<!DOCTYPE html><html><head><title>Hotel Kajaani Wi-Fi</title></head>"
          b"<body><form>Accept the terms to continue</form></body></html>")


@pytest.mark.parametrize("content_type", ["text/html; charset=utf-8", None],
                         ids=["typed", "untyped"])
def test_captive_portal_says_sign_in_first(world: World, content_type: str | None) -> None:
    world.publish(1)
    world.server.behaviour.portal = PORTAL
    world.server.behaviour.portal_type = content_type
    with pytest.raises(UserError) as e:
        world.sync()
    assert e.value.key == "sync.captive_portal"
    assert "sign in to the network first" in e.value.text("en")
    assert "kirjaudu ensin verkkoon" in e.value.text("fi")
    assert world.pointer() is None
    world.server.behaviour.portal = None  # signed in: the next sync works
    assert world.sync().version == 1


def test_portal_page_in_place_of_a_catalogue_file(world: World) -> None:
    """Metadata came through before the portal took over: the download says the same."""
    world.publish(1)
    path = world.target_url_path("test-region-1.hytebundle")
    world.server.behaviour.override[path] = PORTAL
    with pytest.raises(UserError) as e:
        world.sync()
    assert e.value.key == "sync.captive_portal"


def test_a_206_with_the_whole_file_is_accepted(world: World) -> None:
    world.publish(1)
    world.server.behaviour.whole_206 = True
    result = world.sync()
    assert (result.status, result.version) == ("updated", 1)
    hits = world.server.target_hits()
    assert [h.status for h in hits] == [206], "one request, not five retries"


@pytest.mark.parametrize("url", [
    "http://localhost.evil.example/",
    "http://localhost@evil.example/",
    "http://127.0.0.1.evil.example/",
    "http://evil.example/?localhost",
    "ftp://localhost/",
    "https://",
])
def test_sync_url_is_parsed_not_prefix_matched(tmp_home: Path, url: str) -> None:
    from hytedesk.base.paths import default_paths
    from hytedesk.commands.main import main
    from hytedesk.sync.client import sync_once

    paths = default_paths()
    with LocalDB(paths) as local, pytest.raises(UserError):
        local.set("sync.url", url)
    with pytest.raises(UserError) as e:
        sync_once(paths, url=url)
    assert e.value.key == "sync.bad_url"
    assert main(["sync", "--url", url]) == 2


@pytest.mark.parametrize("url", ["http://127.0.0.1:8080/", "http://localhost/repo",
                                 "http://[::1]:8443/", "https://hyte.example.fi/catalogue"])
def test_local_development_and_https_urls_are_accepted(tmp_home: Path, url: str) -> None:
    from hytedesk.base.paths import default_paths

    with LocalDB(default_paths()) as local:
        local.set("sync.url", url)
        assert local.get("sync.url") == url


@pytest.fixture
def silent_server() -> Iterator[str]:
    """Accepts connections and never answers."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        sock.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = sock.accept()
                held.append(conn)
            except OSError:
                continue

    t = threading.Thread(target=accept, daemon=True)
    t.start()
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        stop.set()
        t.join()
        for c in held:
            c.close()
        sock.close()


def test_deadline_stop_says_so_not_unreachable(world: World, silent_server: str) -> None:
    from hytedesk.sync.client import sync_once

    with pytest.raises(UserError) as e:
        sync_once(world.paths, url=silent_server, deadline_seconds=1.5, socket_timeout=30)
    assert e.value.key == "sync.deadline"
    assert "did not finish within 1 seconds" in e.value.text("en")


def test_deadline_during_a_slow_download_says_so(world: World) -> None:
    from tests.sync.test_sync import BIG

    world.publish(1, **BIG)
    world.server.behaviour.trickle = (20_000, 0.5)
    with pytest.raises(UserError) as e:
        world.sync(deadline_seconds=2, socket_timeout=30)
    assert e.value.key == "sync.deadline"


def test_expiry_with_the_laptop_clock_ahead_blames_the_clock(world: World) -> None:
    world.publish(1)
    world.repo.refresh_timestamp(days=-1)  # expired by the laptop's clock...
    world.server.behaviour.date_offset = -3 * 86400.0  # ...but the server's is days behind
    with pytest.raises(UserError) as e:
        world.sync()
    assert e.value.key == "sync.clock_server"
    text = e.value.text("en")
    assert "clock seems wrong" in text and "administrator" not in text


def test_expiry_with_the_clock_before_the_build_blames_the_clock(
        world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    from hytedesk.sync import client

    world.publish(1)
    world.repo.refresh_timestamp(days=-1)
    monkeypatch.setattr(client, "BUILT", datetime.now(UTC) + timedelta(days=30))
    with pytest.raises(UserError) as e:
        world.sync()
    assert e.value.key == "sync.clock_behind"
    assert "before this version of HyteDesk" in e.value.text("en")


def test_expiry_with_a_right_clock_still_tells_the_administrator(world: World) -> None:
    world.publish(1)
    world.repo.refresh_timestamp(days=-1)
    with pytest.raises(UserError) as e:
        world.sync()
    assert e.value.key == "sync.expired"
