"""SIGKILL a real ``hytedesk sync`` at random moments of download and apply.

After every kill: every database passes ``PRAGMA integrity_check``; the current catalogue
is wholly the old or wholly the new version (its records' digest is the pointer's, which
is one of the two published digests); every referral and local service written before is
still there. Then a sync left alone finishes the update.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hytedesk.bundle import content_digest, read_manifest
from tests.sync.conftest import World

KILLS = 52


def _seed_user_data(local_db: Path) -> tuple[set[str], set[str]]:
    conn = sqlite3.connect(local_db)
    with conn:
        for i in range(5):
            conn.execute(
                "INSERT INTO referrals (uuid, created_at, local_date, staff_service_area, "
                "age_band) VALUES (?, '2026-11-28T07:00:00Z', '2026-11-28', 'home-care', '75+')",
                (f"00000000-0000-4000-8000-00000000000{i}",),
            )
        for i in range(3):
            conn.execute(
                "INSERT INTO local_services (id, record, service_name, created_at, updated_at) "
                "VALUES (?, '{}', ?, '2026-11-28', '2026-11-28')",
                (f"local:{i}", f"Kyläkerho {i}"),
            )
    conn.close()
    return _user_data(local_db)


def _user_data(local_db: Path) -> tuple[set[str], set[str]]:
    conn = sqlite3.connect(local_db)
    try:
        refs = {r[0] for r in conn.execute("SELECT uuid FROM referrals")}
        local = {r[0] for r in conn.execute("SELECT id FROM local_services")}
    finally:
        conn.close()
    return refs, local


def _check_home(data: Path, digests: dict[int, str], user: tuple[set[str], set[str]]) -> int:
    for db in sorted(data.glob("*.db")):
        conn = sqlite3.connect(db)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", db
        finally:
            conn.close()
    conn = sqlite3.connect(data / "local.db")
    try:
        version, file, digest = conn.execute(
            "SELECT version, file, content_digest FROM catalogue_pointer WHERE slot = 1"
        ).fetchone()
    finally:
        conn.close()
    assert digests[version] == digest
    cat = sqlite3.connect(data / file)
    try:
        actual = content_digest(cat.execute("SELECT kind, id, hash FROM records"))
    finally:
        cat.close()
    assert actual == digest, f"catalogue {file} is neither wholly v1 nor v2"
    assert _user_data(data / "local.db") == user
    return int(version)


@pytest.mark.slow
def test_sigkill_during_sync_never_breaks_the_catalogue(world: World) -> None:
    big = {"n": 4000, "filler": 12}
    b1 = world.publish(1, **big)
    world.sync()
    b2 = world.publish(2, changed=range(0, 4000, 3), **big)
    digests = {
        1: read_manifest(b1)["content_digest"],
        2: read_manifest(b2)["content_digest"],
    }
    home = world.paths.data.parent
    user = _seed_user_data(world.paths.local_db)
    snapshot = world.tmp / "home-v1"
    shutil.copytree(home, snapshot)

    env = {**os.environ, "HYTEDESK_HOME": str(home), "HYTEDESK_LANG": "en"}
    cmd = [sys.executable, "-m", "hytedesk.commands.main", "sync", "--url", world.server.url,
           "--quiet"]

    # Calibrate: how long one whole run takes here (full bundle, the slower route).
    world.server.behaviour.status["-1-to-2.hytebundle"] = 404
    start = time.monotonic()
    subprocess.run(cmd, env=env, check=True, capture_output=True, timeout=120)
    whole = time.monotonic() - start
    assert _check_home(world.paths.data, digests, user) == 2

    rng = random.Random(20261128)
    outcomes = {1: 0, 2: 0}
    for i in range(KILLS):
        if _check_home(world.paths.data, digests, user) == 2:
            shutil.rmtree(home)
            shutil.copytree(snapshot, home)
        world.server.reset()
        if i % 2:
            world.server.behaviour.status["-1-to-2.hytebundle"] = 404  # the full route
        world.server.behaviour.trickle = (32 * 1024, 0.002)
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            proc.wait(timeout=rng.uniform(0.2, whole * 1.1))
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
        outcomes[_check_home(world.paths.data, digests, user)] += 1

    print(f"\none run {whole:.2f} s; after {KILLS} kills: old {outcomes[1]}, new {outcomes[2]}")
    # Both outcomes were seen: kills landed before and after the switch.
    assert outcomes[1] > 0 and outcomes[2] > 0, outcomes
    world.server.reset()
    subprocess.run(cmd, env=env, check=True, capture_output=True, timeout=120)
    assert _check_home(world.paths.data, digests, user) == 2
