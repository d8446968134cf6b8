"""A laptop that never sees the network gets its trust from a USB stick and follows key
rotations from it; the administrator's key operations say what goes where (issue 11)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from hytedesk.admin.main import main as admin_main
from hytedesk.publish.keys import fingerprint
from tests.sync.conftest import World, admin, make_world

REPO = Path(__file__).resolve().parents[2]


def hytedesk(home: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HYTEDESK_HOME": str(home), "HYTEDESK_LANG": "en"}
    return subprocess.run([sys.executable, "-m", "hytedesk.commands.main", *map(str, args)],
                          capture_output=True, text=True, env=env, timeout=300, cwd=REPO)


def admin_run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HYTEDESK_LANG": "en"}
    return subprocess.run([sys.executable, "-m", "hytedesk.admin.main", *map(str, args)],
                          capture_output=True, text=True, env=env, timeout=300, cwd=REPO)


def _stick(world: World, tmp: Path, name: str = "kainuu.hyteoffline") -> Path:
    usb = tmp / "usb" / name
    admin("offline-bundle", "--repo", world.repo_dir, "--keys", world.key_dir, "-o", usb)
    return usb


def test_a_usb_only_laptop_follows_the_message_it_is_shown(tmp_path: Path,
                                                           tmp_home: Path) -> None:
    world = make_world(tmp_path / "region", trust=False)
    try:
        world.publish(1)
        usb = _stick(world, tmp_path)
        root_file = world.repo_dir / "metadata" / "root.json"
        laptop = tmp_path / "laptop"
        # No trusted root: it says exactly that and what to do, not "signature invalid".
        first = hytedesk(laptop, "import-bundle", usb)
        assert first.returncode == 2
        assert "no trusted root for the region yet" in first.stderr
        assert "hytedesk trust root.json" in first.stderr
        assert "signature is not valid" not in first.stderr
        # The administrator's fingerprints are the ones `trust` shows.
        init_out = admin_run("check-keys", "--repo", world.repo_dir, "--keys", world.key_dir)
        assert init_out.returncode == 0
        keyid = json.loads(root_file.read_text())["signed"]["roles"]["root"]["keyids"][0]
        trusted = hytedesk(laptop, "trust", root_file)
        assert trusted.returncode == 0, trusted.stderr
        assert fingerprint(keyid) in trusted.stdout
        assert "Trusted root set" in trusted.stdout
        again = hytedesk(laptop, "import-bundle", usb)
        assert again.returncode == 0, again.stderr
        assert "Imported catalogue" in again.stdout
        # The same stick a second time does not claim "0 services".
        third = hytedesk(laptop, "import-bundle", usb)
        assert third.returncode == 0, third.stderr
        assert "is already in use" in third.stdout and " 0 services" not in third.stdout
        assert "nothing was imported" in third.stdout
    finally:
        world.server.stop()


def test_trust_refuses_an_unrelated_root_unless_replaced(tmp_path: Path, tmp_home: Path) -> None:
    one = make_world(tmp_path / "one", trust=False)
    two = make_world(tmp_path / "two", trust=False)
    try:
        laptop = tmp_path / "laptop"
        assert hytedesk(laptop, "trust", one.repo_dir / "metadata" / "root.json").returncode == 0
        same = hytedesk(laptop, "trust", one.repo_dir / "metadata" / "root.json")
        assert same.returncode == 0 and "already trusted" in same.stdout
        other = two.repo_dir / "metadata" / "root.json"
        refused = hytedesk(laptop, "trust", other)
        assert refused.returncode == 2 and "Traceback" not in refused.stderr
        replaced = hytedesk(laptop, "trust", other, "--replace")
        assert replaced.returncode == 0 and "was replaced" in replaced.stdout
    finally:
        one.server.stop()
        two.server.stop()


def test_a_laptop_with_an_older_root_follows_rotations_from_the_stick(
        tmp_path: Path, tmp_home: Path) -> None:
    world = make_world(tmp_path / "region", trust=False)
    try:
        world.publish(1)
        laptop = tmp_path / "laptop"
        old_root = tmp_path / "root-v1.json"
        old_root.write_bytes((world.repo_dir / "metadata" / "root.json").read_bytes())
        assert hytedesk(laptop, "trust", old_root).returncode == 0
        for role in ("root", "timestamp", "targets"):
            admin("rotate-key", "--repo", world.repo_dir, "--keys", world.key_dir, "--role", role)
        world.publish(2, changed=range(0, 5))
        usb = _stick(world, tmp_path)
        r = hytedesk(laptop, "import-bundle", usb)
        assert r.returncode == 0, r.stderr
        assert "version 2" in r.stdout
    finally:
        world.server.stop()


def test_after_rotation_the_tool_says_which_key_goes_where(tmp_path: Path,
                                                           tmp_home: Path) -> None:
    world = make_world(tmp_path / "region")
    try:
        world.publish(1)
        daily = tmp_path / "daily-keys"  # the timestamp host holds only the timestamp key
        daily.mkdir()
        for pem in world.key_dir.glob("timestamp.*.pem"):
            (daily / pem.name).write_bytes(pem.read_bytes())
        ok = admin_run("check-keys", "--repo", world.repo_dir, "--keys", daily)
        assert ok.returncode == 0
        assert "refresh-timestamp can run now: yes" in ok.stdout
        assert "publish (signing targets) can run now: no" in ok.stdout
        rotated = admin_run("rotate-key", "--repo", world.repo_dir, "--keys", world.key_dir,
                            "--role", "timestamp")
        assert rotated.returncode == 0, rotated.stderr
        new_key = next(world.key_dir.glob("timestamp.*.pem"))
        assert f"Move {new_key} → the daily refresh-timestamp host's key folder" \
            in rotated.stdout
        # The daily job with the retired key: it fails visibly, naming the file it needs.
        stale = admin_run("check-keys", "--repo", world.repo_dir, "--keys", daily)
        assert stale.returncode == 1 and f"missing: {new_key.name}" in stale.stdout
        job = admin_run("refresh-timestamp", "--repo", world.repo_dir, "--keys", daily)
        assert job.returncode == 2
        assert new_key.name in job.stderr and "rotate-key" in job.stderr
        (daily / new_key.name).write_bytes(new_key.read_bytes())
        job2 = admin_run("refresh-timestamp", "--repo", world.repo_dir, "--keys", daily)
        assert job2.returncode == 0, job2.stderr
    finally:
        world.server.stop()


def test_refresh_timestamp_warns_when_metadata_expires_before_the_next_run(
        tmp_path: Path, tmp_home: Path) -> None:
    world = make_world(tmp_path / "region", "--timestamp-expiry-days", "1")
    try:
        world.publish(1)
        daily = [str(a) for a in ("refresh-timestamp", "--repo", world.repo_dir, "--keys",
                                  world.key_dir)]
        assert admin_main([*daily, "--lang", "en"]) == 0  # a day's validity, run daily
        late = admin_run(*daily, "--next-run-hours", "48")  # the next run only in two days
        assert late.returncode == 1
        assert "timestamp expires" in late.stderr and "before the next expected run" \
            in late.stderr
    finally:
        world.server.stop()
