"""A published repository (made with the real ``hytedesk-admin``), served on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from hytedesk.admin.main import main as admin_main
from hytedesk.base.paths import Paths, default_paths
from hytedesk.publish.repo import Repository
from hytedesk.sync.client import SyncResult, sync_once
from hytedesk.sync.trust import set_trusted_root
from tests.sync.catalogue import make_bundle
from tests.sync.server import RepoServer


def admin(*argv: str | Path) -> None:
    status = admin_main([str(a) for a in argv])
    assert status == 0, f"hytedesk-admin {' '.join(map(str, argv))} exited {status}"


@dataclass
class World:
    tmp: Path
    repo_dir: Path
    key_dir: Path
    server: RepoServer
    paths: Paths

    @property
    def repo(self) -> Repository:
        return Repository(self.repo_dir, self.key_dir)

    def bundle(self, version: int, **kw: Any) -> Path:
        (self.tmp / "bundles").mkdir(exist_ok=True)
        return make_bundle(self.tmp / "bundles" / f"v{version}.hytebundle", version, **kw)

    def publish(self, version: int, **kw: Any) -> Path:
        path = self.bundle(version, **kw)
        admin("publish", path, "--repo", self.repo_dir, "--keys", self.key_dir)
        return path

    def sync(self, **kw: Any) -> SyncResult:
        kw.setdefault("deadline_seconds", 30)
        kw.setdefault("socket_timeout", 5)
        return sync_once(self.paths, url=self.server.url, **kw)

    def pointer(self) -> Any:
        from hytedesk.local.localdb import LocalDB

        with LocalDB(self.paths) as local:
            return local.pointer()

    def target_url_path(self, name: str) -> str:
        t = self.repo.targets()[name]
        return "/targets/" + t.get_prefixed_paths()[0]

    def target_bytes(self, name: str) -> bytes:
        t = self.repo.targets()[name]
        return self.repo.target_file(t).read_bytes()


def make_world(tmp: Path, *init_args: str, trust: bool = True) -> World:
    repo_dir = tmp / "site"
    key_dir = tmp / "keys"
    admin("init-repo", repo_dir, "--keys", key_dir, *init_args)
    server = RepoServer(repo_dir).start()
    paths = default_paths().ensure()
    if trust:
        set_trusted_root(paths, (repo_dir / "metadata" / "root.json").read_bytes(), "root.json")
    return World(tmp, repo_dir, key_dir, server, paths)


@pytest.fixture
def world(tmp_path: Path, tmp_home: Path) -> Iterator[World]:
    w = make_world(tmp_path)
    try:
        yield w
    finally:
        w.server.stop()
