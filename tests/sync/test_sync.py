"""Sync against a real repository published with hytedesk-admin and a real HTTP server."""

from __future__ import annotations

from pathlib import Path

import pytest

from hytedesk.base.i18n import UserError
from hytedesk.sync import client as sync_client
from tests.sync.conftest import World, admin

BIG = {"n": 1500, "filler": 24}  # a full bundle of a few hundred kB: room to cut it


def _error_key(excinfo: pytest.ExceptionInfo[UserError]) -> str:
    return excinfo.value.key


def test_first_sync_takes_the_full_bundle(world: World) -> None:
    world.publish(1)
    result = world.sync()
    assert (result.status, result.route, result.version) == ("updated", "full", 1)
    p = world.pointer()
    assert (p.catalogue_id, p.version, p.signed) == ("test-region", 1, True)
    assert p.verified_at is not None
    assert result.services == 200
    assert not list(world.paths.downloads.glob("*")), "downloads are cleaned after import"


def test_up_to_date_sync_fetches_only_metadata(world: World) -> None:
    world.publish(1)
    world.sync()
    world.server.reset()
    result = world.sync()
    assert result.status == "up-to-date"
    assert world.server.target_hits() == []
    assert all(h.path.startswith("/metadata/") for h in world.server.hits)
    # timestamp.json plus a probe for the next root: well under the size of any bundle.
    assert result.bytes_downloaded < 4000


def test_delta_sync_when_one_version_behind(world: World) -> None:
    world.publish(1)
    world.sync()
    world.publish(2, changed=range(0, 4))
    world.server.reset()
    result = world.sync()
    assert (result.status, result.route, result.version) == ("updated", "delta", 2)
    paths = [h.path for h in world.server.target_hits()]
    assert len(paths) == 1 and paths[0].endswith("test-region-1-to-2.hytebundle")
    assert world.pointer().version == 2


def test_delta_chain_over_several_versions(world: World) -> None:
    world.publish(1, **BIG)
    world.sync()
    world.publish(2, changed=range(0, 4), **BIG)
    world.publish(3, changed=range(0, 8), **BIG)
    world.server.reset()
    result = world.sync()
    assert result.route == "delta"
    names = sorted(h.path.rsplit(".", 2)[-2] for h in world.server.target_hits())
    assert names == ["test-region-1-to-2", "test-region-2-to-3"]
    assert world.pointer().version == 3


def test_far_behind_takes_the_full_bundle(tmp_path: Path, tmp_home: Path) -> None:
    from tests.sync.conftest import make_world

    w = make_world(tmp_path, "--keep-deltas", "1")
    try:
        w.publish(1)
        w.sync()
        w.publish(2, changed=range(0, 4))
        w.publish(3, changed=range(0, 8))
        w.server.reset()
        result = w.sync()
        assert result.route == "full"
        [hit] = w.server.target_hits()
        assert hit.path.endswith("test-region-3.hytebundle")
        assert w.pointer().version == 3
    finally:
        w.server.stop()


def test_failing_delta_falls_back_to_full(world: World) -> None:
    world.publish(1)
    world.sync()
    world.publish(2, changed=range(0, 4))
    world.server.behaviour.status["-1-to-2.hytebundle"] = 404
    result = world.sync()
    assert (result.route, world.pointer().version) == ("full", 2)


def test_interrupted_download_resumes_with_fewer_bytes(world: World) -> None:
    world.publish(1, **BIG)
    size = len(world.target_bytes("test-region-1.hytebundle"))
    world.server.behaviour.cut_after = size // 2
    result = world.sync()
    assert result.status == "updated"
    hits = world.server.target_hits()
    assert [h.status for h in hits] == [200, 206]
    assert hits[1].range == f"bytes={size // 2}-" and hits[1].if_range
    sent = sum(h.sent for h in hits)
    assert sent == size  # a fresh restart would have cost 1.5 × size
    assert result.downloads[0].resumed_from == size // 2


def test_partial_download_kept_across_runs(world: World) -> None:
    world.publish(1, **BIG)
    size = len(world.target_bytes("test-region-1.hytebundle"))
    # ~100 KB/s: the 240 KB target cannot finish within the deadline, however fast the
    # machine (at 400 KB/s an idle one did).
    world.server.behaviour.trickle = (1024, 0.01)
    with pytest.raises(UserError) as e:
        world.sync(deadline_seconds=0.6)
    assert e.value.key == "sync.deadline"
    assert "still in use" in str(e.value)
    [part] = world.paths.downloads.glob("*.part")
    have = part.stat().st_size
    assert 0 < have < size
    assert world.pointer() is None
    world.server.reset()
    world.sync()
    [hit] = world.server.target_hits()
    assert (hit.status, hit.sent) == (206, size - have)
    assert world.pointer().version == 1


def test_server_ignoring_range_restarts_from_zero(world: World) -> None:
    world.publish(1, **BIG)
    size = len(world.target_bytes("test-region-1.hytebundle"))
    world.server.behaviour.cut_after = size // 3
    world.server.behaviour.ignore_range = True
    result = world.sync()
    hits = world.server.target_hits()
    assert [h.status for h in hits] == [200, 200]
    assert hits[1].sent == size
    assert result.downloads[0].restarts == 1
    assert world.pointer().version == 1


def test_file_changed_between_requests_is_not_mixed(world: World) -> None:
    world.publish(1, **BIG)
    name = "test-region-1.hytebundle"
    url_path = world.target_url_path(name)
    good = world.target_bytes(name)
    # First run: the server has other bytes under the name (same length) and is slow.
    world.server.behaviour.override[url_path] = bytes(len(good))
    world.server.behaviour.trickle = (1024, 0.01)  # cannot finish within the deadline
    with pytest.raises(UserError):
        world.sync(deadline_seconds=0.5)
    world.server.reset()
    # Second run: the file has changed; If-Range no longer matches, so 200 from zero.
    world.sync()
    [hit] = world.server.target_hits()
    assert hit.if_range is not None and (hit.status, hit.sent) == (200, len(good))
    assert world.pointer().version == 1


def test_tampered_target_is_refused(world: World) -> None:
    world.publish(1)
    world.sync()
    world.publish(2, changed=range(0, 4))
    name = "test-region-2.hytebundle"
    data = bytearray(world.target_bytes(name))
    data[len(data) // 2] ^= 0xFF
    world.server.behaviour.override[world.target_url_path(name)] = bytes(data)
    world.server.behaviour.status["-1-to-2.hytebundle"] = 404  # force the full bundle
    with pytest.raises(UserError) as e:
        world.sync()
    assert e.value.key == "sync.digest_mismatch"
    assert world.pointer().version == 1
    assert not list(world.paths.downloads.glob("*.part")), "a tampered file is not kept"


def test_oversized_target_is_cut_at_the_signed_length(world: World) -> None:
    world.publish(1)
    world.server.behaviour.append = b"x" * 100_000
    with pytest.raises(UserError) as e:
        world.sync()
    assert e.value.key == "sync.too_large"
    assert world.pointer() is None


def test_target_over_the_client_cap_is_not_downloaded(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    world.publish(1)
    monkeypatch.setattr(sync_client, "MAX_TARGET_BYTES", 1000)
    with pytest.raises(UserError) as e:
        world.sync()
    assert e.value.key == "sync.too_large"
    assert world.server.target_hits() == []


def test_declared_uncompressed_size_over_cap_is_not_downloaded(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    world.publish(1)
    monkeypatch.setattr(sync_client, "MAX_UNCOMPRESSED_BYTES", 1000)
    with pytest.raises(UserError) as e:
        world.sync()
    assert e.value.key == "sync.too_large"
    assert world.server.target_hits() == []


@pytest.mark.parametrize(("suffix", "code"), [("timestamp.json", 500), ("timestamp.json", 404)])
def test_server_errors(world: World, suffix: str, code: int) -> None:
    world.publish(1)
    world.server.behaviour.status[suffix] = code
    with pytest.raises(UserError) as e:
        world.sync()
    assert e.value.key == "sync.server_error" and e.value.params["status"] == code


def test_target_missing_on_server(world: World) -> None:
    world.publish(1)
    world.server.behaviour.status[".hytebundle"] = 404
    with pytest.raises(UserError) as e:
        world.sync()
    assert e.value.key == "sync.server_error"
    assert world.pointer() is None


def test_no_network(world: World) -> None:
    world.publish(1)
    url = world.server.url
    world.server.stop()
    with pytest.raises(UserError) as e:
        from hytedesk.sync.client import sync_once

        sync_once(world.paths, url=url, deadline_seconds=10, socket_timeout=2)
    assert e.value.key == "sync.no_network"
    for lang in ("fi", "sv", "en"):
        assert e.value.text(lang)


def test_cancel(world: World) -> None:
    import threading

    world.publish(1, **BIG)
    cancel = threading.Event()
    world.server.behaviour.trickle = (4096, 0.01)

    def progress(stage: str, done: int, total: int) -> None:
        if stage == "download" and done > 20000:
            cancel.set()

    with pytest.raises(UserError) as e:
        world.sync(cancel=cancel, progress=progress)
    assert e.value.key == "sync.cancelled"
    assert world.pointer() is None


def test_sync_cli_sets_url_and_root(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    from hytedesk.commands.main import main

    world.publish(1)
    root = world.repo_dir / "metadata" / "root.json"
    status = main(["sync", "--url", world.server.url, "--trusted-root", str(root), "--quiet"])
    assert status == 0
    assert "version 1" in capsys.readouterr().out
    assert main(["sync", "--quiet"]) == 0  # the URL was saved
    assert world.pointer().version == 1


def test_older_version_and_same_content_are_not_published(world: World) -> None:
    from hytedesk.admin.main import main as admin_main

    world.publish(1)
    world.publish(2, changed=range(0, 3))
    before = world.repo.targets()
    # same content again (even under a new version number): no new version
    same = world.bundle(3, changed=range(0, 3), revision=2)
    admin("publish", same, "--repo", world.repo_dir, "--keys", world.key_dir)
    assert world.repo.targets() == before
    older = world.bundle(1, changed=range(0, 9))
    status = admin_main(
        ["publish", str(older), "--repo", str(world.repo_dir), "--keys", str(world.key_dir)]
    )
    assert status == 2
    assert world.repo.targets() == before


def test_key_files_are_private(world: World) -> None:
    import stat

    assert stat.S_IMODE(world.key_dir.stat().st_mode) == 0o700
    pems = list(world.key_dir.glob("*.pem"))
    assert len(pems) == 4
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in pems)
    assert not list(world.repo_dir.rglob("*.pem"))


def test_shipped_demo_root_is_the_default_anchor(tmp_home: Path) -> None:
    from hytedesk.base.paths import default_paths
    from hytedesk.sync.trust import parse_root, shipped_root_path, trusted_root_bytes

    paths = default_paths().ensure()
    data = shipped_root_path().read_bytes()
    assert trusted_root_bytes(paths) == data
    root = parse_root(data, "demo-root.json")
    assert root.signed.consistent_snapshot
    assert not list(shipped_root_path().parent.glob("*.pem")), "no keys next to the root"


def test_plain_python_http_server_updates_a_laptop(world: World) -> None:
    """The 'done when' set-up: ``python -m http.server`` (no Range support) serving the
    folder, and the real ``hytedesk sync`` command."""
    import os
    import re
    import subprocess
    import sys

    world.publish(1)
    server = subprocess.Popen(
        [
            sys.executable,
            "-u",
            "-m",
            "http.server",
            "0",
            "--bind",
            "127.0.0.1",
            "--directory",
            str(world.repo_dir),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert server.stdout is not None
        line = server.stdout.readline()
        port = re.search(r"port (\d+)", line)
        assert port, line
        env = {**os.environ, "HYTEDESK_LANG": "en"}
        url = f"http://127.0.0.1:{port[1]}"
        done = subprocess.run(
            [sys.executable, "-m", "hytedesk.commands.main", "sync", "--url", url, "--quiet"],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        assert "updated to version 1" in done.stdout
    finally:
        server.terminate()
        server.wait()
    assert world.pointer().version == 1


def test_one_sync_at_a_time(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from hytedesk.base import lock
    from hytedesk.sync.client import exclusive

    monkeypatch.setattr(lock, "DEFAULT_WAIT", 0.2)
    world.publish(1)
    held, release = threading.Event(), threading.Event()

    def other_writer() -> None:  # another window's sync or import
        with exclusive(world.paths):
            held.set()
            release.wait(30)

    t = threading.Thread(target=other_writer)
    t.start()
    try:
        assert held.wait(10)
        with pytest.raises(UserError) as e:
            world.sync()
        assert e.value.key == "lock.busy"
        assert "Another import or catalogue update is already running" in str(e.value)
    finally:
        release.set()
        t.join()
    assert world.sync().version == 1


def test_publish_without_the_previous_file_skips_the_delta(world: World) -> None:
    world.publish(1)
    world.sync()
    repo = world.repo
    repo.target_file(repo.targets()["test-region-1.hytebundle"]).unlink()
    world.publish(2, changed=range(0, 4))
    assert sorted(world.repo.targets()) == ["test-region-2.hytebundle"]
    assert world.sync().route == "full"


def test_stalled_server_hits_the_socket_timeout_not_a_hang(world: World) -> None:
    import time

    world.publish(1, **BIG)
    # A burst, then a minute of silence on every connection: without the socket timeout
    # and the deadline the sync would sit on the first silence for a minute.
    world.server.behaviour.trickle = (50_000, 60.0)
    start = time.monotonic()
    with pytest.raises(UserError) as e:
        world.sync(deadline_seconds=3, socket_timeout=0.3)
    assert e.value.key in ("sync.deadline", "sync.no_network")
    # Generous on purpose (a loaded 2-core machine): far below the server's silence, so a
    # hang still fails, while the time the deadline takes is for make bench to report.
    assert time.monotonic() - start < 40
    hits = world.server.target_hits()
    assert any(h.range for h in hits), "each new connection resumed where the last stopped"


def test_freshness_for_the_status_bar(world: World) -> None:
    from datetime import timedelta

    from hytedesk.sync.status import freshness

    before = freshness(world.paths)
    assert before.verified_at is None and before.stale == (before.stale_days > 0)
    world.publish(1)
    world.sync()
    now = freshness(world.paths)
    assert (now.version, now.stale) == (1, False) and now.verified_at is not None
    later = now.verified_at + timedelta(days=now.stale_days + 1)
    assert freshness(world.paths, later).stale
    # an up-to-date sync renews the verification
    world.sync()
    assert freshness(world.paths).verified_at >= now.verified_at  # type: ignore[operator]
