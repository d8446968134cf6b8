"""Each attack TUF and the client claim to stop, tried against a real served repository."""

from __future__ import annotations

import io
import json
import tarfile
from pathlib import Path

import pytest
import zstandard
from securesystemslib.signer import CryptoSigner
from tuf.api.metadata import Metadata, Timestamp

from hytedesk.base.i18n import UserError
from tests.sync.conftest import World, admin, make_world


def _meta(world: World, name: str) -> bytes:
    return (world.repo_dir / "metadata" / name).read_bytes()


def _timestamp_version(world: World) -> int:
    return int(json.loads(_meta(world, "timestamp.json"))["signed"]["version"])


def _snapshot_version(world: World) -> int:
    return int(
        json.loads(_meta(world, "timestamp.json"))["signed"]["meta"]["snapshot.json"]["version"]
    )


def test_metadata_signed_by_a_wrong_key(world: World) -> None:
    world.publish(1)
    md = Metadata[Timestamp].from_bytes(_meta(world, "timestamp.json"))
    md.signed.version += 1
    md.sign(CryptoSigner.generate_ed25519())
    world.server.behaviour.override["/metadata/timestamp.json"] = md.to_bytes()
    with pytest.raises(UserError) as e:
        world.sync()
    assert e.value.key == "sync.signature_invalid"
    assert world.pointer() is None


def test_rollback_of_the_timestamp(world: World) -> None:
    world.publish(1)
    old_timestamp = _meta(world, "timestamp.json")
    world.publish(2, changed=range(0, 4))
    world.sync()
    world.server.behaviour.override["/metadata/timestamp.json"] = old_timestamp
    with pytest.raises(UserError) as e:
        world.sync()
    assert e.value.key == "sync.rollback"
    assert world.pointer().version == 2


def test_rollback_of_the_catalogue_by_a_fresh_client_is_refused(world: World) -> None:
    """A laptop that has version 2 refuses signed metadata that offers only version 1."""
    world.publish(1)
    old = {n: _meta(world, n) for n in ("timestamp.json",)}
    world.publish(2, changed=range(0, 4))
    world.sync()
    # forget the cached metadata (as if the cache were lost), then replay the old state
    import shutil

    shutil.rmtree(world.paths.tuf_metadata)
    world.server.behaviour.override["/metadata/timestamp.json"] = old["timestamp.json"]
    with pytest.raises(UserError) as e:
        world.sync()
    assert e.value.key == "sync.rollback"
    assert world.pointer().version == 2


def test_expired_timestamp(world: World) -> None:
    world.publish(1)
    world.repo.refresh_timestamp(days=-1)
    with pytest.raises(UserError) as e:
        world.sync()
    assert e.value.key == "sync.expired" and e.value.params["role"] == "timestamp"
    assert "still in use" in str(e.value)


@pytest.mark.parametrize("role", ["snapshot", "targets"])
def test_mix_and_match(world: World, role: str) -> None:
    world.publish(1)
    world.publish(2, changed=range(0, 4))
    snap_v = _snapshot_version(world)
    if role == "snapshot":
        current, older = f"{snap_v}.snapshot.json", f"{snap_v - 1}.snapshot.json"
    else:
        snap = json.loads(_meta(world, f"{snap_v}.snapshot.json"))
        tv = snap["signed"]["meta"]["targets.json"]["version"]
        current, older = f"{tv}.targets.json", f"{tv - 1}.targets.json"
    # the current name, an older (validly signed) file's bytes
    world.server.behaviour.override[f"/metadata/{current}"] = _meta(world, older)
    with pytest.raises(UserError) as e:
        world.sync()
    assert e.value.key == "sync.digest_mismatch"
    assert world.pointer() is None


def _bomb_bundle(src: Path, out: Path, size: int) -> None:
    """``src`` with its services member swapped for a zstd bomb that keeps the manifest's
    declared (small) uncompressed size: stored hashes match, decompression does not."""
    cctx = zstandard.ZstdCompressor(level=3)
    line = b'{"id":"bomb","name":"x","status":"active","organization":{"id":"o","name":"o"}}\n'
    block = line * (1024 * 1024 // len(line))
    buf = io.BytesIO()
    with cctx.stream_writer(buf, closefd=False) as w:
        for _ in range(size // len(block)):
            w.write(block)
    bomb = buf.getvalue()
    import hashlib

    with tarfile.open(src) as tin, tarfile.open(out, "w", format=tarfile.PAX_FORMAT) as tout:
        members = {i.name: tin.extractfile(i).read() for i in tin.getmembers()}  # type: ignore[union-attr]
        manifest = json.loads(members["manifest.json"])
        entry = manifest["files"]["services.jsonl.zst"]
        entry["sha256"] = hashlib.sha256(bomb).hexdigest()
        entry["size"] = len(bomb)
        members["services.jsonl.zst"] = bomb
        members["manifest.json"] = json.dumps(manifest).encode()
        for name in ["manifest.json"] + [n for n in members if n != "manifest.json"]:
            info = tarfile.TarInfo(name)
            info.size = len(members[name])
            tout.addfile(info, io.BytesIO(members[name]))


def test_decompression_bomb_in_a_signed_bundle_is_refused(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hytedesk.bundle

    good = world.bundle(1)
    bomb = world.tmp / "bomb.hytebundle"
    _bomb_bundle(good, bomb, 256 * 1024 * 1024)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    # A publisher that skipped validation (or was compromised) signed it. (As the first
    # version: computing a delta from it would already stop at the cap.)
    monkeypatch.setattr(hytedesk.bundle, "validate_bundle", lambda path: {})
    admin("publish", bomb, "--repo", world.repo_dir, "--keys", world.key_dir)
    with pytest.raises(UserError) as e:
        world.sync()
    assert "larger when decompressed" in str(e.value)
    assert world.pointer() is None
    # Decompression stopped at the declared size: nothing near the bomb's 256 MiB was
    # written anywhere in the laptop's folders (not a clock: the bytes themselves).
    written = [p.stat().st_size for folder in (world.paths.data, world.paths.cache)
               for p in folder.rglob("*") if p.is_file()]
    assert written and max(written) < 16 * 1024 * 1024


def test_offline_bundle_is_accepted(world: World, tmp_path: Path) -> None:
    world.publish(1)
    world.publish(2, changed=range(0, 4))
    usb = tmp_path / "usb" / "catalogue.hyteoffline"
    admin(
        "offline-bundle",
        "--repo",
        world.repo_dir,
        "--keys",
        world.key_dir,
        "-o",
        usb,
        "--valid-days",
        "40",
    )
    from hytedesk.sync.offline import import_offline_bundle, is_offline_bundle

    assert is_offline_bundle(usb)
    assert not is_offline_bundle(world.bundle(3))
    result = import_offline_bundle(world.paths, usb)
    assert (result.status, result.version) == ("updated", 2)
    p = world.pointer()
    assert (p.version, p.signed) == (2, True) and p.verified_at
    # the same stick again: nothing to do
    assert import_offline_bundle(world.paths, usb).status == "up-to-date"
    # and online sync continues from the metadata the stick brought
    world.publish(3, changed=range(0, 6))
    assert world.sync().route == "delta"


def test_offline_bundle_through_the_import_command(world: World, tmp_path: Path) -> None:
    from hytedesk.commands.main import main

    world.publish(1)
    usb = tmp_path / "c.hyteoffline"
    admin("offline-bundle", "--repo", world.repo_dir, "--keys", world.key_dir, "-o", usb)
    assert main(["import-bundle", str(usb)]) == 0
    assert world.pointer().version == 1


def _rewrite_member(src: Path, out: Path, name_part: str, change: object) -> None:
    with tarfile.open(src) as tin, tarfile.open(out, "w", format=tarfile.PAX_FORMAT) as tout:
        for info in tin.getmembers():
            data = tin.extractfile(info).read()  # type: ignore[union-attr]
            if name_part in info.name:
                data = change(data)  # type: ignore[operator]
            new = tarfile.TarInfo(info.name)
            new.size = len(data)
            tout.addfile(new, io.BytesIO(data))


def _flip(data: bytes) -> bytes:
    b = bytearray(data)
    b[len(b) // 2] ^= 0x01
    return bytes(b)


@pytest.mark.parametrize(
    ("member", "change", "key"),
    [
        (".hytebundle", _flip, "sync.digest_mismatch"),
        (
            "timestamp.json",
            lambda d: d.replace(b'"version": ', b'"version": 9', 1),
            "sync.signature_invalid",
        ),
    ],
)
def test_tampered_offline_bundle_is_refused(
    world: World, tmp_path: Path, member: str, change: object, key: str
) -> None:
    from hytedesk.sync.offline import import_offline_bundle

    world.publish(1)
    usb = tmp_path / "c.hyteoffline"
    admin("offline-bundle", "--repo", world.repo_dir, "--keys", world.key_dir, "-o", usb)
    bad = tmp_path / "bad.hyteoffline"
    _rewrite_member(usb, bad, member, change)
    with pytest.raises(UserError) as e:
        import_offline_bundle(world.paths, bad)
    assert e.value.key == key
    assert world.pointer() is None


def test_offline_bundle_from_another_repository_is_refused(
    world: World, tmp_path: Path, tmp_home: Path
) -> None:
    from hytedesk.sync.offline import import_offline_bundle

    other = make_world(tmp_path / "other", trust=False)
    try:
        other.publish(1)
        usb = tmp_path / "other.hyteoffline"
        admin("offline-bundle", "--repo", other.repo_dir, "--keys", other.key_dir, "-o", usb)
    finally:
        other.server.stop()
    with pytest.raises(UserError) as e:
        import_offline_bundle(world.paths, usb)
    assert e.value.key == "sync.signature_invalid"


def test_key_rotation_is_followed(world: World) -> None:
    world.publish(1)
    world.sync()
    for role in ("timestamp", "snapshot", "targets", "root"):
        admin("rotate-key", "--repo", world.repo_dir, "--keys", world.key_dir, "--role", role)
    world.publish(2, changed=range(0, 4))
    result = world.sync()
    assert (result.status, world.pointer().version) == ("updated", 2)
    history = sorted(p.name for p in (world.paths.tuf_metadata / "root_history").iterdir())
    assert history == [f"{v}.root.json" for v in range(1, 6)]
    assert len(list((world.key_dir / "retired").glob("*.pem"))) == 4


def test_root_threshold_and_rotation_with_a_missing_root_key(
    tmp_path: Path, tmp_home: Path
) -> None:
    w = make_world(tmp_path, "--root-keys", "3", "--root-threshold", "2")
    try:
        root = json.loads(_meta(w, "root.json"))
        assert root["signed"]["roles"]["root"]["threshold"] == 2
        assert len(root["signatures"]) == 3
        w.publish(1)
        w.sync()
        # one root key is away (kept offline elsewhere): 2 of 3 still sign the rotation
        sorted(w.key_dir.glob("root.*.pem"))[0].unlink()
        admin("rotate-key", "--repo", w.repo_dir, "--keys", w.key_dir, "--role", "timestamp")
        w.publish(2, changed=range(0, 4))
        assert w.sync().version == 2
        # with only one root key left, a new root cannot be signed
        sorted(w.key_dir.glob("root.*.pem"))[0].unlink()
        with pytest.raises(UserError) as e:
            w.repo.rotate_key("snapshot")
        assert e.value.key == "publish.keys_missing"
    finally:
        w.server.stop()


def test_replacing_the_trusted_root_needs_consent(world: World, tmp_path: Path) -> None:
    from hytedesk.sync.trust import set_trusted_root

    world.publish(1)
    world.sync()
    ours = _meta(world, "root.json")
    assert set_trusted_root(world.paths, ours, "root.json") == "same"
    admin("rotate-key", "--repo", world.repo_dir, "--keys", world.key_dir, "--role", "root")
    assert set_trusted_root(world.paths, _meta(world, "root.json"), "2.root.json") == "set"
    admin("init-repo", tmp_path / "b", "--keys", tmp_path / "b-keys")
    theirs = (tmp_path / "b" / "metadata" / "root.json").read_bytes()
    with pytest.raises(UserError) as e:
        set_trusted_root(world.paths, theirs, "b/root.json")
    assert e.value.key == "sync.root_unrelated"
    assert set_trusted_root(world.paths, theirs, "b/root.json", replace=True) == "replaced"
    assert not world.paths.tuf_metadata.exists()
    # and now our repository is no longer trusted
    with pytest.raises(UserError) as e:
        world.sync()
    assert e.value.key == "sync.signature_invalid"


def test_unsigned_root_file_is_not_trusted(world: World) -> None:
    from hytedesk.sync.trust import set_trusted_root

    data = json.loads(_meta(world, "root.json"))
    data["signatures"] = []
    with pytest.raises(UserError) as e:
        set_trusted_root(world.paths, json.dumps(data).encode(), "x.json", replace=True)
    assert e.value.key == "sync.root_unreadable"


def test_older_offline_bundle_is_refused_as_rollback(world: World, tmp_path: Path) -> None:
    from hytedesk.sync.offline import import_offline_bundle

    world.publish(1)
    old_stick = tmp_path / "old.hyteoffline"
    admin("offline-bundle", "--repo", world.repo_dir, "--keys", world.key_dir, "-o", old_stick)
    world.publish(2, changed=range(0, 4))
    world.sync()
    with pytest.raises(UserError) as e:
        import_offline_bundle(world.paths, old_stick)
    assert e.value.key == "sync.rollback"
    assert world.pointer().version == 2


def test_disk_full_during_download(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    import hytedesk.sync.download as download

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    world.publish(1)
    monkeypatch.setattr(download.os, "fsync", full)
    with pytest.raises(UserError) as e:
        world.sync()
    assert e.value.key == "sync.disk_full"
    assert "still in use" in str(e.value)
    assert world.pointer() is None
