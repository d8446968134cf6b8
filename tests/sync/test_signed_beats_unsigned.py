"""An unsigned (development) catalogue never blocks a signed one.

A real repository made with ``hytedesk-admin`` is served on 127.0.0.1; the unsigned
bundles are imported as ``hytedesk import-bundle --allow-unsigned`` does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hytedesk.base.i18n import UserError
from hytedesk.catalogue.importer import import_bundle
from hytedesk.sync.offline import import_offline_bundle
from tests.sync.conftest import World, admin


def _unsigned(world: World, version: int, **kw: object) -> None:
    path = world.tmp / f"unsigned-v{version}.hytebundle"
    from tests.sync.catalogue import make_bundle

    make_bundle(path, version, **kw)  # type: ignore[arg-type]
    import_bundle(world.paths, path)
    p = world.pointer()
    assert (p.version, p.signed) == (version, False)


def test_unsigned_v99_does_not_block_a_signed_sync(world: World) -> None:
    world.publish(1)
    _unsigned(world, 99, changed=range(0, 3))
    result = world.sync()
    assert (result.status, result.version) == ("updated", 1)
    p = world.pointer()
    assert (p.version, p.signed) == (1, True) and p.verified_at
    # from then on the signed versions are compared as always
    world.publish(2, changed=range(0, 4))
    assert world.sync().version == 2


def test_unsigned_v99_does_not_block_a_signed_usb_bundle(world: World, tmp_path: Path) -> None:
    world.publish(1)
    usb = tmp_path / "c.hyteoffline"
    admin("offline-bundle", "--repo", world.repo_dir, "--keys", world.key_dir, "-o", usb)
    _unsigned(world, 99)  # the same records as the signed v1, under another number
    result = import_offline_bundle(world.paths, usb)
    assert (result.status, result.version) == ("updated", 1)
    assert (world.pointer().version, world.pointer().signed) == (1, True)


def test_unsigned_same_version_does_not_block_a_signed_sync(world: World) -> None:
    world.publish(1)
    _unsigned(world, 1, changed=range(0, 5), revision=7)  # v1, other content
    unsigned_file = world.pointer().file
    result = world.sync()
    assert (result.status, result.version) == ("updated", 1)
    p = world.pointer()
    assert p.signed and p.file != unsigned_file, "the file in use is not overwritten"
    assert (world.paths.data / p.file).exists()
    assert p.previous_file == unsigned_file


def test_unsigned_same_content_becomes_signed_when_verified(world: World) -> None:
    published = world.publish(1)
    import_bundle(world.paths, published)
    assert not world.pointer().signed
    assert world.sync().status == "up-to-date"
    assert world.pointer().signed


def test_signed_versions_still_refuse_a_rollback(world: World) -> None:
    world.publish(1)
    world.publish(2, changed=range(0, 4))
    world.sync()
    # an unsigned import of an older number over a signed catalogue stays refused
    with pytest.raises(UserError) as e:
        _unsigned(world, 1)
    assert e.value.key == "import.older"
    assert (world.pointer().version, world.pointer().signed) == (2, True)
