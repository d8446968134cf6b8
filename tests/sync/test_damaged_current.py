"""Sync with a damaged current catalogue: it fetches the catalogue instead of calling the
broken file up to date."""

from __future__ import annotations

from tests.sync.conftest import World


def test_sync_repairs_a_damaged_current_catalogue(world: World) -> None:
    world.publish(1)
    world.sync()
    current = world.paths.data / world.pointer().file
    with current.open("r+b") as f:
        f.truncate(current.stat().st_size // 2)
    result = world.sync()
    assert (result.status, result.version) == ("updated", 1)
    p = world.pointer()
    assert p.file != current.name and p.signed
    from hytedesk.catalogue import catdb as cat

    cat.check_file(world.paths.data / p.file, digest=p.content_digest, thorough=True)
