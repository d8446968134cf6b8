"""The publisher's own behaviour: expiry periods, the daily timestamp job, the layout."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hytedesk.admin.main import main as admin_main
from hytedesk.publish.repo import Repository
from tests.sync.catalogue import make_bundle
from tests.sync.conftest import admin


def _init(tmp_path: Path, *args: str) -> Repository:
    admin("init-repo", tmp_path / "repo", "--keys", tmp_path / "keys", *args)
    return Repository(tmp_path / "repo", tmp_path / "keys")


def _days_left(when: datetime) -> float:
    return (when - datetime.now(UTC)) / timedelta(days=1)


def test_expiry_periods_are_configurable(tmp_path: Path) -> None:
    repo = _init(tmp_path, "--timestamp-expiry-days", "2", "--targets-expiry-days", "30")
    left = {role: _days_left(when) for role, when in repo.expiries().items()}
    assert 1.9 < left["timestamp"] <= 2
    assert 29.9 < left["targets"] <= 30
    assert 119.9 < left["snapshot"] <= 120
    assert 364.9 < left["root"] <= 365
    config = json.loads((tmp_path / "repo" / "hytedesk-repo.json").read_text())
    assert config["expiry_days"]["timestamp"] == 2


def test_refresh_timestamp_renews_what_lapses_soon(tmp_path: Path) -> None:
    repo = _init(tmp_path, "--targets-expiry-days", "10")
    make_bundle(tmp_path / "b1.hytebundle", 1)
    admin("publish", tmp_path / "b1.hytebundle", "--repo", repo.path, "--keys", repo.key_dir)
    before = json.loads((repo.metadata_dir / "timestamp.json").read_text())["signed"]
    admin("refresh-timestamp", "--repo", repo.path, "--keys", repo.key_dir)
    after = json.loads((repo.metadata_dir / "timestamp.json").read_text())["signed"]
    assert after["version"] == before["version"] + 1
    # targets had 10 days left, under timestamp (7) + margin (14): renewed with it
    assert (
        after["meta"]["snapshot.json"]["version"] == before["meta"]["snapshot.json"]["version"] + 1
    )
    assert repo.targets()  # the published catalogue is still listed


def test_refresh_timestamp_warns_without_the_keys_it_needs(tmp_path: Path) -> None:
    repo = _init(tmp_path, "--targets-expiry-days", "10")
    # the daily job's machine holds only the timestamp key
    job_keys = tmp_path / "job-keys"
    job_keys.mkdir()
    for pem in repo.key_dir.glob("timestamp.*.pem"):
        (job_keys / pem.name).write_bytes(pem.read_bytes())
    status = admin_main(["refresh-timestamp", "--repo", str(repo.path), "--keys", str(job_keys)])
    assert status == 1  # timestamp re-signed, targets not: the job's monitoring sees it
    assert _days_left(Repository(repo.path, job_keys).expiries()["timestamp"]) > 6.9


def test_served_folder_holds_no_secrets_and_is_consistent(tmp_path: Path) -> None:
    repo = _init(tmp_path)
    make_bundle(tmp_path / "b1.hytebundle", 1)
    admin("publish", tmp_path / "b1.hytebundle", "--repo", repo.path, "--keys", repo.key_dir)
    names = sorted(p.relative_to(repo.path).as_posix() for p in repo.path.rglob("*") if p.is_file())
    assert not [n for n in names if n.endswith(".pem") or "key" in n]
    root = json.loads((repo.metadata_dir / "root.json").read_text())["signed"]
    assert root["consistent_snapshot"] is True
    [target] = [n for n in names if n.startswith("targets/")]
    t = repo.targets()["test-region-1.hytebundle"]
    assert target == "targets/" + t.get_prefixed_paths()[0]
    assert t.custom == {
        "catalogue_id": "test-region",
        "kind": "full",
        "version": 1,
        "base_version": None,
        "content_digest": t.custom["content_digest"],
        "size": t.length,
        "uncompressed_size": t.custom["uncompressed_size"],
    }
    assert t.custom["content_digest"].startswith("sha256:")


def test_init_refuses_keys_inside_the_served_folder(tmp_path: Path) -> None:
    status = admin_main(
        ["init-repo", str(tmp_path / "repo"), "--keys", str(tmp_path / "repo" / "keys")]
    )
    assert status == 2
    assert not (tmp_path / "repo" / "keys").exists()
